#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_OFFICER (zf_officer_get_type ())

G_DECLARE_FINAL_TYPE (ZfOfficer, zf_officer, ZF, OFFICER, ZfRecord)

/* An enforcement officer (执法人员), DOMAIN.md §2, with the current
 * certificate and this year's figures joined in read-only for lists:
 * body-name, section-name, post-name, certificate-id, certificate-number,
 * certificate-status (derived, "expired" included), issuing-authority,
 * issue-date, valid-until, training-hours-year, last-grade; in the
 * officers list also attention-rules, the codes of the rules that put the
 * officer among those needing attention ("R3 V1"), or NULL. */
ZfOfficer  *zf_officer_new                    (void);

const char *zf_officer_get_name               (ZfOfficer *self);
const char *zf_officer_get_id_number          (ZfOfficer *self);
gint64      zf_officer_get_body_id            (ZfOfficer *self);
const char *zf_officer_get_staffing           (ZfOfficer *self);
const char *zf_officer_get_certificate_number (ZfOfficer *self);
const char *zf_officer_get_certificate_status (ZfOfficer *self);
gint64      zf_officer_get_certificate_id     (ZfOfficer *self);
const char *zf_officer_get_birth_date         (ZfOfficer *self);
const char *zf_officer_get_title              (ZfOfficer *self);
gboolean    zf_officer_get_financed           (ZfOfficer *self);
gboolean    zf_officer_get_enforcement_post   (ZfOfficer *self);
const char *zf_officer_get_phone              (ZfOfficer *self);
const char *zf_officer_get_enforcement_category (ZfOfficer *self);
const char *zf_officer_get_enforcement_area   (ZfOfficer *self);
const char *zf_officer_get_notes              (ZfOfficer *self);
/* Joined from the officer's body, section, post and certificate. */
const char *zf_officer_get_body_name          (ZfOfficer *self);
const char *zf_officer_get_section_name       (ZfOfficer *self);
const char *zf_officer_get_post_name          (ZfOfficer *self);
const char *zf_officer_get_issuing_authority  (ZfOfficer *self);
const char *zf_officer_get_issue_date         (ZfOfficer *self);
const char *zf_officer_get_valid_until        (ZfOfficer *self);
const char *zf_officer_get_last_activity_date (ZfOfficer *self);
/* From the officer's summary: the date and 文号 of the card's status event. */
const char *zf_officer_get_status_date        (ZfOfficer *self);
const char *zf_officer_get_status_document    (ZfOfficer *self);
/* The codes of the rules that put the officer among those needing
 * attention ("R3 V1"), as the officers list reads them; NULL when none. */
const char *zf_officer_get_attention_rules    (ZfOfficer *self);
/* NAN when not known. */
double      zf_officer_get_training_hours_year (ZfOfficer *self);

/* Labels in the user's language. */
const char *zf_officer_get_staffing_label     (ZfOfficer *self);
const char *zf_officer_get_status_label       (ZfOfficer *self);
const char *zf_officer_get_sex_label          (ZfOfficer *self);
const char *zf_officer_get_grade_label        (ZfOfficer *self);

G_END_DECLS
