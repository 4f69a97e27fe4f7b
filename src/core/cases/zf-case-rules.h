#pragma once

#include "zf-case-file.h"
#include "zf-date.h"
#include "zf-finding.h"

G_BEGIN_DECLS

/* One card of a handling officer, as the certificate register holds it. */
typedef struct
{
  char *number;
  char *issue_date;
  char *valid_until;
  char *status;        /* the register's cache: today's status */
} ZfCaseCertificate;

void zf_case_certificate_free (ZfCaseCertificate *certificate);

/* One handling officer as the checks see him: every card he held and the
 * events of his certificate history, so that the status of the day of
 * each act can be derived (zf_certificate_status_on). */
typedef struct
{
  char      *name;
  GPtrArray *certificates;   /* ZfCaseCertificate */
  GPtrArray *events;         /* ZfOfficerEvent, in date order */
} ZfCaseOfficerFacts;

/* Everything the automatic checks read, gathered by the store from the
 * registers (body, matter, certificate, benchmark, calendar); the rules
 * themselves are pure. NULL or FALSE "known" fields mean the register has
 * no data yet. */
typedef struct
{
  ZfCaseFile *case_file;
  char       *body_status;       /* today's; NULL when the body is unknown */
  char       *body_name;
  char       *body_kind;
  char       *body_published_date;
  GArray     *body_events;       /* ZfBodyStatusLine (owned strings), date order */
  char       *letter_start;      /* an entrusted body's letter period */
  char       *letter_end;
  char       *entrusting_name;
  char       *entrusting_kind;
  gboolean    matter_known;
  gint64      matter_body_id;
  char       *matter_status;
  char       *matter_transfer_date;  /* when it left the case's body, if it did */
  char       *matter_received_date;  /* when it came to the body by a transfer, if it did */
  char       *matter_name;
  gint64      matter_time_limit_days;  /* 0: no time limit recorded */
  GPtrArray  *officers;          /* ZfCaseOfficerFacts */
  gboolean    benchmark_known;
  double      statutory_min;     /* NaN when not recorded */
  double      statutory_max;
  GArray     *tiers;             /* ZfCaseTier */
  ZfWorkCalendar *calendar;      /* NULL: weekends only */
} ZfCaseFacts;

/* One tier's range of the discretion benchmark; NaN where open. */
typedef struct
{
  double range_min;
  double range_max;
} ZfCaseTier;

ZfCaseFacts *zf_case_facts_new  (ZfCaseFile  *case_file);
void         zf_case_facts_free (ZfCaseFacts *facts);
ZfCaseOfficerFacts *zf_case_facts_add_officer (ZfCaseFacts *facts,
                                               const char  *name,
                                               GPtrArray   *events);
void         zf_case_officer_add_certificate  (ZfCaseOfficerFacts *officer,
                                               const char  *number,
                                               const char  *issue_date,
                                               const char  *valid_until,
                                               const char  *status);
void         zf_case_facts_add_body_event     (ZfCaseFacts *facts,
                                               const char  *status,
                                               const char  *date);
void         zf_case_facts_add_tier           (ZfCaseFacts *facts,
                                               double       range_min,
                                               double       range_max);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfCaseFacts, zf_case_facts_free)

/* The automatic checks of a case file, one function each. A breach appends
 * an ERROR (suggests a veto) or a WARNING (suggests a deduction); data that
 * is missing appends an INFO "not checkable yet"; a pass appends nothing. */

/* E0: the fields of the file itself (number, body, category, dates, party
 * code; S0 §五(二)); errors block the save. */
void zf_rule_case_fields            (ZfCaseFile        *case_file,
                                     GPtrArray         *findings);
/* E1: on the decision date the body was published (and an entrusted
 * body's letter in force, from an administrative organ), and the matter
 * is on its list and active (S0 §二(一); S1 §二(三)1; 行政处罚法 §20). */
void zf_rule_case_body_matter       (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E2: at least 2 handling officers (行政处罚法 §42). */
void zf_rule_case_two_officers      (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E3: each holds a valid certificate on the date of each act: the
 * investigation and the decision (S0 §二(二); 行政处罚法 §42). */
void zf_rule_case_certificates      (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E4: apart from the simple procedure, every penalty and coercion decision,
 * and every major decision, has its written legal review (法制审查意见)
 * before it (S1 §二(三)4; 行政处罚法 §58). */
void zf_rule_case_legal_review      (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E5: the party was told of his rights before the decision (S0 §五(二)). */
void zf_rule_case_notice            (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E6: the fine lies inside one of the discretion benchmark's tiers (not in
 * a gap between them) and inside the statutory range (S1 §二(三)6;
 * S2 §三(二)4). */
void zf_rule_case_discretion        (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E7: the decision came within the time limit: a penalty within 90 days
 * of 立案 (行政处罚法 §60), a licence within 20 working days of the
 * application's acceptance (行政许可法 §42, §82), or the matter's own
 * limit where it records one. */
void zf_rule_case_time_limit        (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);
/* E8: a major decision was discussed collectively (集体讨论) by the body's
 * heads before it was made (S0 §四(四); 行政处罚法 §57). */
void zf_rule_case_collective        (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);

/* E1–E8 in order. */
void zf_case_check                  (const ZfCaseFacts *facts,
                                     GPtrArray         *findings);

/* What a finding suggests to the evaluator: the standard item (by its name
 * in the default standards), whether it is a veto, and the deduction.
 * FALSE for findings that suggest nothing (INFO, unknown rules). */
gboolean zf_case_check_suggestion   (const ZfFinding   *finding,
                                     const char       **item_name,
                                     gboolean          *veto,
                                     double            *deduction);

/* The central evaluation draws 2–4 files per unit and category (S1
 * §二(五)3): at least 1 per unit, the minimum not above the maximum. */
gboolean zf_rule_sampling_per_unit   (guint        per_unit_min,
                                      guint        per_unit_max,
                                      GError     **error);

/* Line @line_no (from 1) of the published holiday calendar that statutory
 * time limits are counted with (行政许可法 §42): "2024-10-01 休 国庆节" (a day
 * off, 休 or off) or "2024-09-29 班" (a weekend day worked, 班 or work).
 * @line is trimmed and neither blank nor a # comment; @seen holds the
 * dates of the lines before it. Sets @date, @working and @name (NULL when
 * the line names none; free both), or refuses with ZF_ERROR_INVALID. */
gboolean zf_rule_holiday_line        (guint        line_no,
                                      const char  *line,
                                      GHashTable  *seen,
                                      char       **date,
                                      gboolean    *working,
                                      char       **name,
                                      GError     **error);

G_END_DECLS
