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
/* B3: an entrusted organization has an entrusting body that is not itself
 * entrusted, and an entrustment letter with number, start and end (S0). */
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
