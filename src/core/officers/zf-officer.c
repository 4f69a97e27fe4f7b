#define G_LOG_DOMAIN "zf-officer"

#include "config.h"

#include <math.h>

#include "zf-codes.h"
#include "zf-officer.h"
#include "zf-record-accessor.h"

struct _ZfOfficer
{
  ZfRecord  parent_instance;

  char     *name;
  char     *id_number;
  char     *sex;
  char     *birth_date;
  gint64    body_id;
  gint64    section_id;
  gint64    post_id;
  char     *title;
  char     *staffing;
  gboolean  financed;
  gboolean  enforcement_post;
  char     *phone;
  char     *enforcement_category;
  char     *enforcement_area;
  char     *last_activity_date;
  char     *notes;
  char     *pending_rules;

  /* Joined, read-only context. */
  char     *body_name;
  char     *section_name;
  char     *post_name;
  gint64    certificate_id;
  char     *certificate_number;
  char     *certificate_status;
  char     *issuing_authority;
  char     *issue_date;
  char     *valid_until;
  double    training_hours_year;
  char     *last_grade;
  /* The event that set the card's status: its date and 文号. */
  char     *status_date;
  char     *status_document;
  char     *attention_rules;  /* why the officer needs attention: "R3 V1" */
  /* The last decision of a case file the officer handled, on or before the
   * date the officer is judged as of (zf_store_officer_set_last_case). */
  char     *last_case_date;
};

G_DEFINE_FINAL_TYPE (ZfOfficer, zf_officer, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfOfficer, col) }

static const ZfField fields[] = {
  FIELD (name, STRING),
  FIELD (id_number, STRING),
  FIELD (sex, STRING),
  FIELD (birth_date, STRING),
  FIELD (body_id, INT),
  FIELD (section_id, INT),
  FIELD (post_id, INT),
  FIELD (title, STRING),
  FIELD (staffing, STRING),
  FIELD (financed, BOOL),
  FIELD (enforcement_post, BOOL),
  FIELD (phone, STRING),
  FIELD (enforcement_category, STRING),
  FIELD (enforcement_area, STRING),
  FIELD (last_activity_date, STRING),
  FIELD (notes, STRING),
  FIELD (pending_rules, STRING),
  FIELD (body_name, STRING),
  FIELD (section_name, STRING),
  FIELD (post_name, STRING),
  FIELD (certificate_id, INT),
  FIELD (certificate_number, STRING),
  FIELD (certificate_status, STRING),
  FIELD (issuing_authority, STRING),
  FIELD (issue_date, STRING),
  FIELD (valid_until, STRING),
  FIELD (training_hours_year, DOUBLE),
  FIELD (last_grade, STRING),
  FIELD (status_date, STRING),
  FIELD (status_document, STRING),
  FIELD (attention_rules, STRING),
  FIELD (last_case_date, STRING),
};

static void
zf_officer_class_init (ZfOfficerClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_officer_init (ZfOfficer *self)
{
  self->staffing = g_strdup ("administrative");
  self->financed = TRUE;
  self->enforcement_post = TRUE;
}

ZfOfficer *
zf_officer_new (void)
{
  return g_object_new (ZF_TYPE_OFFICER, NULL);
}

const char *
zf_officer_get_name (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->name;
}

const char *
zf_officer_get_id_number (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->id_number;
}

gint64
zf_officer_get_body_id (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), 0);
  return self->body_id;
}

const char *
zf_officer_get_staffing (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->staffing;
}

const char *
zf_officer_get_certificate_number (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->certificate_number;
}

const char *
zf_officer_get_certificate_status (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->certificate_status;
}

gint64
zf_officer_get_certificate_id (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), 0);
  return self->certificate_id;
}

const char *
zf_officer_get_staffing_label (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return zf_code_label (&zf_officer_staffings, self->staffing);
}

const char *
zf_officer_get_status_label (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  if (self->certificate_status == NULL)
    return zf_code_label (&zf_certificate_statuses, "none");
  return zf_code_label (&zf_certificate_statuses, self->certificate_status);
}

const char *
zf_officer_get_sex_label (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->sex ? zf_code_label (&zf_sexes, self->sex) : "";
}

const char *
zf_officer_get_grade_label (ZfOfficer *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER (self), NULL);
  return self->last_grade ? zf_code_label (&zf_assessment_grades, self->last_grade) : "";
}

#define STRING(field) ZF_RECORD_ACCESSOR (ZfOfficer, zf_officer, ZF_IS_OFFICER, const char *, field, NULL)
#define BOOL(field) ZF_RECORD_ACCESSOR (ZfOfficer, zf_officer, ZF_IS_OFFICER, gboolean, field, FALSE)

STRING (birth_date)
STRING (title)
BOOL (financed)
BOOL (enforcement_post)
STRING (phone)
STRING (enforcement_category)
STRING (enforcement_area)
STRING (notes)
STRING (body_name)
STRING (section_name)
STRING (post_name)
STRING (issuing_authority)
STRING (issue_date)
STRING (valid_until)
STRING (last_activity_date)
STRING (status_date)
STRING (status_document)
STRING (attention_rules)
ZF_RECORD_ACCESSOR (ZfOfficer, zf_officer, ZF_IS_OFFICER, double, training_hours_year, NAN)
