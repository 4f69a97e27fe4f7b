#define G_LOG_DOMAIN "zf-body"

#include "config.h"

#include "zf-body.h"
#include "zf-codes.h"
#include "zf-record-accessor.h"

struct _ZfBody
{
  ZfRecord  parent_instance;

  char     *name;
  char     *credit_code;
  char     *kind;
  char     *level;
  char     *region_code;
  char     *domain;
  gint64    parent_id;
  char     *parent_name;
  char     *legal_basis;
  char     *letter_number;
  char     *letter_date;
  char     *letter_scope;
  char     *letter_start;
  char     *letter_end;
  gboolean  filed;
  char     *filed_date;
  gboolean  has_legal_section;
  gint64    legal_staff_count;
  char     *address;
  char     *contact;
  char     *phone;
  char     *status;
  char     *published_date;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfBody, zf_body, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfBody, col) }

static const ZfField fields[] = {
  FIELD (name, STRING),
  FIELD (credit_code, STRING),
  FIELD (kind, STRING),
  FIELD (level, STRING),
  FIELD (region_code, STRING),
  FIELD (domain, STRING),
  FIELD (parent_id, INT),
  FIELD (parent_name, STRING),
  FIELD (legal_basis, STRING),
  FIELD (letter_number, STRING),
  FIELD (letter_date, STRING),
  FIELD (letter_scope, STRING),
  FIELD (letter_start, STRING),
  FIELD (letter_end, STRING),
  FIELD (filed, BOOL),
  FIELD (filed_date, STRING),
  FIELD (has_legal_section, BOOL),
  FIELD (legal_staff_count, INT),
  FIELD (address, STRING),
  FIELD (contact, STRING),
  FIELD (phone, STRING),
  FIELD (status, STRING),
  FIELD (published_date, STRING),
  FIELD (notes, STRING),
};

static void
zf_body_class_init (ZfBodyClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_body_init (ZfBody *self)
{
  self->kind = g_strdup ("organ");
  self->level = g_strdup ("county");
  self->status = g_strdup ("pending");
}

ZfBody *
zf_body_new (void)
{
  return g_object_new (ZF_TYPE_BODY, NULL);
}

const char *
zf_body_get_name (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return self->name;
}

const char *
zf_body_get_credit_code (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return self->credit_code;
}

const char *
zf_body_get_kind (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return self->kind;
}

const char *
zf_body_get_level (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return self->level;
}

const char *
zf_body_get_status (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return self->status;
}

gint64
zf_body_get_parent_id (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), 0);
  return self->parent_id;
}

const char *
zf_body_get_kind_label (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return zf_code_label (&zf_body_kinds, self->kind);
}

const char *
zf_body_get_level_label (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return zf_code_label (&zf_body_levels, self->level);
}

const char *
zf_body_get_status_label (ZfBody *self)
{
  g_return_val_if_fail (ZF_IS_BODY (self), NULL);
  return zf_code_label (&zf_body_statuses, self->status);
}

#define STRING(field) ZF_RECORD_ACCESSOR (ZfBody, zf_body, ZF_IS_BODY, const char *, field, NULL)
#define BOOL(field) ZF_RECORD_ACCESSOR (ZfBody, zf_body, ZF_IS_BODY, gboolean, field, FALSE)

STRING (region_code)
STRING (domain)
STRING (parent_name)
STRING (legal_basis)
STRING (letter_number)
STRING (letter_date)
STRING (letter_scope)
STRING (letter_start)
STRING (letter_end)
BOOL (filed)
STRING (filed_date)
BOOL (has_legal_section)
ZF_RECORD_ACCESSOR (ZfBody, zf_body, ZF_IS_BODY, gint64, legal_staff_count, 0)
STRING (address)
STRING (contact)
STRING (phone)
STRING (published_date)
STRING (notes)
