#pragma once

#include "zf-case-file.h"
#include "zf-finding.h"

G_BEGIN_DECLS

/* One handling officer as the checks see him: his best certificate on the
 * decision date (status, issue and expiry), or none. */
typedef struct
{
  char     *name;
  gboolean  has_certificate;
  char     *certificate_number;
  char     *certificate_status;
  char     *issue_date;
  char     *valid_until;
  char     *status_since;   /* date of the event that set a bad status */
} ZfCaseOfficerFacts;

/* Everything the automatic checks read, gathered by the store from the
 * registers (body, matter, certificate, benchmark); the rules themselves are
 * pure. NULL or FALSE "known" fields mean the register has no data yet. */
typedef struct
{
  ZfCaseFile *case_file;
  char       *body_status;       /* NULL when the body is unknown */
  gboolean    matter_known;
  gint64      matter_body_id;
  char       *matter_status;
  char       *matter_name;
  gint64      matter_time_limit_days;  /* 0: no time limit recorded */
  GPtrArray  *officers;          /* ZfCaseOfficerFacts */
  gboolean    benchmark_known;
  double      statutory_min;     /* NaN when not recorded */
  double      statutory_max;
  double      tiers_min;         /* the union of the tiers' ranges; NaN when none */
  double      tiers_max;
} ZfCaseFacts;

ZfCaseFacts *zf_case_facts_new  (ZfCaseFile  *case_file);
void         zf_case_facts_free (ZfCaseFacts *facts);
void         zf_case_facts_add_officer (ZfCaseFacts *facts,
                                        const char  *name,
                                        const char  *certificate_number,
                                        const char  *certificate_status,
                                        const char  *issue_date,
                                        const char  *valid_until,
                                        const char  *status_since);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfCaseFacts, zf_case_facts_free)

/* The automatic checks of a case file, one function each. A breach appends
 * an ERROR (suggests a veto) or a WARNING (suggests a deduction); data that
 * is missing appends an INFO "not checkable yet"; a pass appends nothing. */

/* C0: the fields of the file itself (number, body, category, dates, party
 * code); errors block the save. */
void zf_rule_case_fields            (ZfCaseFile        *case_file,
                                     GPtrArray         *findings);
/* E1: the body is published, and the matter is on its list and active
 * (S0 §二(一); S1 §二(三)1). */
void zf_rule_case_body_matter       (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E2: at least 2 handling officers (S0 §二(二)). */
void zf_rule_case_two_officers      (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E3: each holds a valid certificate on the decision date (S0 §二(二)). */
void zf_rule_case_certificates      (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E4: a major decision has its legal review recorded before the decision
 * (S1 §二(三)4, 三项制度; S0 §四(四)). */
void zf_rule_case_legal_review      (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E5: the party was told of his rights before the decision (S0 §五(二)). */
void zf_rule_case_notice            (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E6: the fine lies inside the discretion benchmark's tiers and the
 * statutory range (S1 §二(三)6; S2 §三(二)4). */
void zf_rule_case_discretion        (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E7: the decision came within the matter's time limit after 立案
 * (S0 §五(一)). */
void zf_rule_case_time_limit        (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);

/* E1–E7 in order. */
void zf_case_check                  (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);

/* What a finding suggests to the evaluator: the standard item (by its name
 * in the default standards), whether it is a veto, and the deduction.
 * FALSE for findings that suggest nothing (INFO, unknown rules). */
gboolean zf_case_check_suggestion   (const ZfFinding   *finding,
                                     const char       **item_name,
                                     gboolean          *veto,
                                     double            *deduction);

G_END_DECLS
