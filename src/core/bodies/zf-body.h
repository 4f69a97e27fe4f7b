#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_BODY (zf_body_get_type ())

G_DECLARE_FINAL_TYPE (ZfBody, zf_body, ZF, BODY, ZfRecord)

/* An enforcement body (执法主体), DOMAIN.md §1. Fields are properties named
 * like the columns of table body ("credit-code" ⇄ credit_code); parent-name
 * is read-only context joined from the parent row. */
ZfBody     *zf_body_new                 (void);

const char *zf_body_get_name            (ZfBody *self);
const char *zf_body_get_credit_code     (ZfBody *self);
const char *zf_body_get_kind            (ZfBody *self);
const char *zf_body_get_level           (ZfBody *self);
const char *zf_body_get_status          (ZfBody *self);
gint64      zf_body_get_parent_id       (ZfBody *self);
const char *zf_body_get_region_code     (ZfBody *self);
const char *zf_body_get_domain          (ZfBody *self);
const char *zf_body_get_parent_name     (ZfBody *self);
const char *zf_body_get_legal_basis     (ZfBody *self);
const char *zf_body_get_letter_number   (ZfBody *self);
const char *zf_body_get_letter_date     (ZfBody *self);
const char *zf_body_get_letter_scope    (ZfBody *self);
const char *zf_body_get_letter_start    (ZfBody *self);
const char *zf_body_get_letter_end      (ZfBody *self);
gboolean    zf_body_get_filed           (ZfBody *self);
const char *zf_body_get_filed_date      (ZfBody *self);
gboolean    zf_body_get_has_legal_section (ZfBody *self);
gint64      zf_body_get_legal_staff_count (ZfBody *self);
const char *zf_body_get_address         (ZfBody *self);
const char *zf_body_get_contact         (ZfBody *self);
const char *zf_body_get_phone           (ZfBody *self);
const char *zf_body_get_published_date  (ZfBody *self);
const char *zf_body_get_notes           (ZfBody *self);

/* Labels in the user's language, for lists and exports. */
const char *zf_body_get_kind_label      (ZfBody *self);
const char *zf_body_get_level_label     (ZfBody *self);
const char *zf_body_get_status_label    (ZfBody *self);

G_END_DECLS
