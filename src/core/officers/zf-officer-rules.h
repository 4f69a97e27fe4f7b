#pragma once

#include "zf-certificate-status.h"
#include "zf-finding.h"
#include "zf-officer.h"
#include "zf-officer-event.h"

G_BEGIN_DECLS

/* Policy values that differ between provinces: kept in the setting table
 * (zf_store_get_officer_settings) and handed to the rules. */
typedef struct
{
  double training_hours_min;          /* R5: 40 in S1 */
  int    certificate_validity_years;  /* 5 in practice */
  int    expiry_warning_days;         /* 90 */
  int    exam_before_expiry_months;   /* 6 */
  int    inactive_years;              /* R8: 2 */
  int    training_years_back;         /* R5, B8: closed years still reported (1) */
} ZfOfficerSettings;

void zf_officer_settings_init_defaults (ZfOfficerSettings *settings);

/* What Zhifa proposes when a rule fires: the user confirms it with a
 * document number and it becomes an event of kind @action. */
typedef struct
{
  char *rule;
  char *clause;
  char *action;     /* an officer_event kind: reminder, suspension, revocation… */
  char *reason;     /* translated, names the facts */
} ZfProposal;

#define ZF_TYPE_PROPOSAL (zf_proposal_get_type ())

GType       zf_proposal_get_type  (void) G_GNUC_CONST;
ZfProposal *zf_proposal_new       (const char       *rule,
                                   const char       *clause,
                                   const char       *action,
                                   const char       *reason);
ZfProposal *zf_proposal_copy      (const ZfProposal *proposal);
void        zf_proposal_free      (ZfProposal       *proposal);
GPtrArray  *zf_proposals_new      (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfProposal, zf_proposal_free)

/* Field checks (O0): name, body, GB 11643 ID number, dates. */
void zf_rule_officer_fields            (ZfOfficer   *officer,
                                        GPtrArray   *findings);
/* O1, S1 §二(二)1: only enforcement posts, on the establishment and
 * financed by the budget may apply; auxiliary staff never. */
void zf_rule_officer_eligibility       (ZfOfficer   *officer,
                                        GPtrArray   *findings);

/* The rules of DOMAIN.md §2. @events are in date order (oldest first). */
void zf_rule_officer_irregular_conduct (GPtrArray   *events,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
void zf_rule_officer_incompetent       (GPtrArray   *events,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
void zf_rule_officer_return            (GPtrArray   *events,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
void zf_rule_officer_revocation        (GPtrArray   *events,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
void zf_rule_officer_training_hours    (GPtrArray   *events,
                                        int          year,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings);
/* R5 over the years: the year of @today and each of the
 * settings->training_years_back calendar years before it in which the
 * officer held a card (or, auxiliary staff, had any record). */
void zf_rule_officer_training_years    (ZfOfficer   *officer,
                                        GPtrArray   *events,
                                        const char  *today,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings);
void zf_rule_officer_capability_test   (GPtrArray   *events,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
void zf_rule_officer_biennial_exam     (GPtrArray   *events,
                                        const char  *valid_until,
                                        const char  *today,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
void zf_rule_officer_cleanup           (ZfOfficer   *officer,
                                        GPtrArray   *events,
                                        const char  *today,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings);
void zf_rule_officer_referral          (GPtrArray   *events,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);
/* R10: a public list shows only these columns (S0 §二(二)). Returns FALSE
 * and names the column when @columns (NULL-terminated) holds another. */
gboolean zf_rule_officer_public_columns (const char *const *columns,
                                         GPtrArray         *findings);
extern const char *const zf_officer_public_columns[];

/* R3 and the status machine: may an event of @kind be recorded now?
 * Appends an error finding when not. */
void zf_rule_officer_event_allowed     (GPtrArray      *events,
                                        ZfOfficerEvent *event,
                                        GPtrArray      *findings);

/* The refusals of a write to the officers' register: plain values in, a
 * ZF_ERROR out (INVALID: the request lacks something). */

/* A certificate (行政执法证, S0 §二(二)) issued or reissued has its number. */
gboolean zf_rule_certificate_number    (const char   *number,
                                        GError      **error);
/* An issued certificate's end of validity, when given, is a date. */
gboolean zf_rule_certificate_valid_until (const char *valid_until,
                                          GError    **error);
/* A certificate taken over from an existing register has its issue date
 * and its number. */
gboolean zf_rule_certificate_taken_over (const char  *issue_date,
                                         const char  *number,
                                         GError     **error);
/* A proposal (@action, an officer_event kind) becomes an event only with
 * the document number (文号) that decided it: every change of an officer
 * is an event with its document. */
gboolean zf_rule_proposal_confirmation (const char   *action,
                                        const char   *doc_number,
                                        GError      **error);
/* The province's settings: training hours not below 0, validity and
 * inactive years at least 1, the other periods not below 0. */
gboolean zf_rule_officer_settings      (const ZfOfficerSettings *settings,
                                        GError                 **error);
/* A post belongs to a section (S3 §二(二)3): an officer's post @post
 * (normalized, NULL or empty for none) is given with its section. */
gboolean zf_rule_officer_post_section  (const char   *post,
                                        gboolean      has_section,
                                        GError      **error);

/* Every event-driven rule (R1–R4, R6, R7, R9): findings and proposals.
 * A revocation supersedes a suspension proposed on the same facts. */
void zf_officer_propose                (ZfOfficer   *officer,
                                        GPtrArray   *events,
                                        const char  *today,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);

/* V1: the certificate expires within the warning period, or has expired. */
void zf_rule_officer_expiry            (const char  *status,
                                        const char  *valid_until,
                                        const char  *today,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings);


/* Everything as of @today (events dated after it are left out):
 * zf_officer_propose plus the date-driven rules (R5 for the year of @today
 * and the closed years still reported, R8, V1), for the detail pane and
 * `zhifa-cli check`. */
void zf_officer_check                  (ZfOfficer   *officer,
                                        GPtrArray   *events,
                                        const char  *today,
                                        const ZfOfficerSettings *settings,
                                        GPtrArray   *findings,
                                        GPtrArray   *proposals);

/* What an officer rule asks for, in a few words (translated), for the
 * 需关注 column of the list: 培训学时不足 for R5. NULL for a code that is
 * not an officer rule. The finding itself says why, and cites its source. */
const char *zf_officer_rule_label      (const char  *rule);
/* The labels of the rules in @rules (codes separated by spaces, as the
 * list's attention_rules column holds them), joined by 、; NULL when
 * @rules is NULL or holds none. */
char       *zf_officer_rule_labels     (const char  *rules);

G_END_DECLS
