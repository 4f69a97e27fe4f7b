#define G_LOG_DOMAIN "zf-case-file"

#include "config.h"

#include <math.h>

#include "zf-case-file.h"
#include "zf-case-codes.h"
#include "zf-record-accessor.h"

struct _ZfCaseFile
{
  ZfRecord  parent_instance;

  gint64    body_id;
  char     *body_name;
  char     *number;
  char     *category;
  char     *procedure;
  char     *party_name;
  char     *party_kind;
  char     *party_code;
  gint64    matter_id;
  char     *matter_name;
  char     *filed_date;
  char     *investigated_date;
  char     *notified_date;
  char     *hearing_date;
  char     *legal_review_date;
  char     *collective_date;
  char     *decided_date;
  char     *served_date;
  char     *executed_date;
  char     *closed_date;
  char     *archived_date;
  double    fine_amount;
  double    confiscated_amount;
  char     *basis;
  gboolean  major;
  gboolean  transferred_judicial;
  char     *review_outcome;
  char     *litigation_outcome;
  gint64    year;
  char     *notes;
  char     *officer_names;
  double    score;
  char     *grade;
};

G_DEFINE_FINAL_TYPE (ZfCaseFile, zf_case_file, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfCaseFile, col) }

static const ZfField fields[] = {
  FIELD (body_id, INT),
  FIELD (body_name, STRING),
  FIELD (number, STRING),
  FIELD (category, STRING),
  FIELD (procedure, STRING),
  FIELD (party_name, STRING),
  FIELD (party_kind, STRING),
  FIELD (party_code, STRING),
  FIELD (matter_id, INT),
  FIELD (matter_name, STRING),
  FIELD (filed_date, STRING),
  FIELD (investigated_date, STRING),
  FIELD (notified_date, STRING),
  FIELD (hearing_date, STRING),
  FIELD (legal_review_date, STRING),
  FIELD (collective_date, STRING),
  FIELD (decided_date, STRING),
  FIELD (served_date, STRING),
  FIELD (executed_date, STRING),
  FIELD (closed_date, STRING),
  FIELD (archived_date, STRING),
  FIELD (fine_amount, DOUBLE),
  FIELD (confiscated_amount, DOUBLE),
  FIELD (basis, STRING),
  FIELD (major, BOOL),
  FIELD (transferred_judicial, BOOL),
  FIELD (review_outcome, STRING),
  FIELD (litigation_outcome, STRING),
  FIELD (year, INT),
  FIELD (notes, STRING),
  FIELD (officer_names, STRING),
  FIELD (score, DOUBLE),
  FIELD (grade, STRING),
};

static void
zf_case_file_class_init (ZfCaseFileClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_case_file_init (ZfCaseFile *self)
{
  self->category = g_strdup ("penalty");
  self->procedure = g_strdup ("ordinary");
  /* zf_record_init() runs while the instance still has ZfRecord's class,
   * which has no fields yet, so it cannot mark these "not set": an amount
   * nobody entered must stay NULL, not become 0 yuan. */
  self->fine_amount = NAN;
  self->confiscated_amount = NAN;
  self->score = NAN;
}

ZfCaseFile *
zf_case_file_new (void)
{
  return g_object_new (ZF_TYPE_CASE_FILE, NULL);
}

const char *
zf_case_file_get_number (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), NULL);
  return self->number;
}

const char *
zf_case_file_get_category (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), NULL);
  return self->category;
}

gint64
zf_case_file_get_body_id (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), 0);
  return self->body_id;
}

gint64
zf_case_file_get_matter_id (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), 0);
  return self->matter_id;
}

const char *
zf_case_file_get_body_name (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), NULL);
  return self->body_name;
}

const char *
zf_case_file_get_decided_date (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), NULL);
  return self->decided_date;
}

gboolean
zf_case_file_get_major (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), FALSE);
  return self->major;
}

const char *
zf_case_file_get_category_label (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), NULL);
  return zf_code_label (&zf_case_categories, self->category);
}

const char *
zf_case_file_get_procedure_label (ZfCaseFile *self)
{
  g_return_val_if_fail (ZF_IS_CASE_FILE (self), NULL);
  return zf_code_label (&zf_case_procedures, self->procedure);
}

#define ACCESSOR(ctype, field, fallback) \
  ZF_RECORD_ACCESSOR (ZfCaseFile, zf_case_file, ZF_IS_CASE_FILE, ctype, field, fallback)

ACCESSOR (const char *, procedure, NULL)
ACCESSOR (const char *, party_kind, NULL)
ACCESSOR (gboolean, transferred_judicial, FALSE)
ACCESSOR (double, score, NAN)
