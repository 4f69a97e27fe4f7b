#pragma once

#include "zf-body.h"
#include "zf-finding.h"

G_BEGIN_DECLS

/* The rules of DOMAIN.md §1, one function each. Each appends what it finds
 * to @findings (ZF_SEVERITY_ERROR blocks a save). @entrusting is the body's
 * parent row, or NULL when it has none. */

/* B0: name present, dates well-formed, letter end not before its start. */
void zf_rule_body_fields               (ZfBody    *body,
                                        GPtrArray *findings);
/* B1: GB 32100 credit code with a correct check character. */
void zf_rule_body_credit_code          (ZfBody    *body,
                                        GPtrArray *findings);
/* B2: an authorized organization names its authorizing statute (S0 §二(一)). */
void zf_rule_body_authorized_basis     (ZfBody    *body,
                                        GPtrArray *findings);
/* B3: an entrusted organization has an entrusting body that is an
 * administrative organ (行政处罚法 §20: not an authorized organization, and
 * no re-entrustment), and an entrustment letter with number, start and
 * end (S0 §二(一)). */
void zf_rule_body_entrustment          (ZfBody    *body,
                                        ZfBody    *entrusting,
                                        GPtrArray *findings);
/* B4: an expired entrustment letter means the body may not act (S0). */
void zf_rule_body_letter_current       (ZfBody    *body,
                                        const char *today,
                                        GPtrArray *findings);
/* B5: only a published body holds enforcement qualification (S0). */
void zf_rule_body_published            (ZfBody    *body,
                                        GPtrArray *findings);
/* B6: the basis and the letter are filed with the government legal office (S0). */
void zf_rule_body_filed                (ZfBody    *body,
                                        GPtrArray *findings);
/* B7: every enforcement department has a legal-affairs section with staff;
 * the county supervision body has at least three (S1 §二(一)1–2). */
void zf_rule_body_legal_section        (ZfBody    *body,
                                        GPtrArray *findings);

/* B8: the unit held an all-staff training (全员培训) in each of the
 * @years_back calendar years before @today's, from the year it was
 * published (S0 §四(五): 每年必须至少安排一次全员培训). @dates are the
 * all-staff trainings' dates, NULL-terminated. */
void zf_rule_body_unit_training        (ZfBody             *body,
                                        const char *const  *dates,
                                        const char         *today,
                                        int                 years_back,
                                        GPtrArray          *findings);

/* One dated status change of a body (body_status_event). */
typedef struct
{
  const char *status;
  const char *date;
} ZfBodyStatusLine;

/* The body's status on @date from its status changes (@lines in date
 * order) dated on or before it; before the first change, "published" when
 * the register's @published_date is on or before @date. NULL when the
 * register cannot tell (no change on or before @date and no published
 * date). @since gets the date of the change that set the status. */
const char *zf_body_status_on          (const ZfBodyStatusLine *lines,
                                        guint                   n_lines,
                                        const char             *current_status,
                                        const char             *published_date,
                                        const char             *date,
                                        const char            **since);

/* The refusals of a write to the bodies' register: each takes the plain
 * values the store has read and sets a ZF_ERROR (RULE: a clause refuses
 * the write; INVALID: the request lacks something) with a message the
 * user can act on. */

/* A status change names a known status, its date and the document that
 * decides it (S0 §二(一): bodies are confirmed and published by decision). */
gboolean zf_rule_body_status_request   (const char         *status,
                                        const char         *date,
                                        const char         *doc_number,
                                        GError            **error);
/* A body is confirmed, then published; any body may be revoked, and a
 * revoked body stays revoked (S0 §二(一)). @name names the body. */
gboolean zf_rule_body_status_change    (const char         *name,
                                        const char         *from,
                                        const char         *to,
                                        GError            **error);
/* A periodic review (定期清理确认, S0 §二(一)) has its date and a known result. */
gboolean zf_rule_body_review           (const char         *date,
                                        const char         *result,
                                        GError            **error);
/* A unit training (S0 §四(五)) has its date, a title (@title already
 * trimmed) and, when given (not NaN), hours above 0. */
gboolean zf_rule_unit_training         (const char         *date,
                                        const char         *title,
                                        double              hours,
                                        GError            **error);
/* Renaming an enforcement domain across bodies names both domains (already
 * normalized). */
gboolean zf_rule_body_domain_rename    (const char         *from,
                                        const char         *to,
                                        GError            **error);

/* A body is listed once in the register (主体名录, S0 §二(一)): a new body,
 * or a body renamed, may not take a name another body has, the same up to
 * spaces and full-width forms; the refusal (ZF_ERROR_DUPLICATE) names that
 * body. @others are the other bodies' names (NULL-terminated); @stored_name
 * is the body's name as saved, NULL for a new body: a name two bodies
 * already shared is kept when the body is saved unrenamed. */
gboolean zf_rule_body_name_unique      (const char         *name,
                                        const char         *stored_name,
                                        const char *const  *others,
                                        GError            **error);
/* The form under which two names are the same body's: full-width letters,
 * digits and brackets as half-width (NFKC), without spaces. */
char    *zf_body_name_key              (const char         *name);

/* The rules that must hold before a body is saved (B0–B3). */
void zf_body_validate                  (ZfBody    *body,
                                        ZfBody    *entrusting,
                                        GPtrArray *findings);
/* Every rule, for `zhifa-cli check` and the body's detail pane. */
void zf_body_check                     (ZfBody    *body,
                                        ZfBody    *entrusting,
                                        const char *today,
                                        GPtrArray *findings);

/* The domain name that marks a supervision body (行政执法监督). */
#define ZF_SUPERVISION_DOMAIN "行政执法监督"

G_END_DECLS
