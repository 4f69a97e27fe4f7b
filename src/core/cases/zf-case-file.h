#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_CASE_FILE (zf_case_file_get_type ())

G_DECLARE_FINAL_TYPE (ZfCaseFile, zf_case_file, ZF, CASE_FILE, ZfRecord)

/* A case file (案卷), DOMAIN.md §4. Fields are properties named like the
 * columns of table case_file; body-name, matter-name, officer-names, the
 * latest score and grade are read-only context joined by the store. */
ZfCaseFile *zf_case_file_new               (void);

const char *zf_case_file_get_number        (ZfCaseFile *self);
const char *zf_case_file_get_category      (ZfCaseFile *self);
gint64      zf_case_file_get_body_id       (ZfCaseFile *self);
gint64      zf_case_file_get_matter_id     (ZfCaseFile *self);
const char *zf_case_file_get_body_name     (ZfCaseFile *self);
const char *zf_case_file_get_decided_date  (ZfCaseFile *self);
gboolean    zf_case_file_get_major         (ZfCaseFile *self);
const char *zf_case_file_get_procedure     (ZfCaseFile *self);
const char *zf_case_file_get_party_kind    (ZfCaseFile *self);
gboolean    zf_case_file_get_transferred_judicial (ZfCaseFile *self);
/* The score of the file's evaluation; NAN when not evaluated. */
double      zf_case_file_get_score         (ZfCaseFile *self);

/* Labels in the user's language, for lists and exports. */
const char *zf_case_file_get_category_label  (ZfCaseFile *self);
const char *zf_case_file_get_procedure_label (ZfCaseFile *self);

G_END_DECLS
