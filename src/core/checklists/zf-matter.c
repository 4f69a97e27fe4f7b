#define G_LOG_DOMAIN "zf-matter"

#include "config.h"

#include "zf-matter.h"
#include "zf-record-accessor.h"

struct _ZfMatter
{
  ZfRecord  parent_instance;

  gint64    body_id;
  char     *body_name;
  char     *code;
  char     *name;
  char     *category;
  gint64    section_id;
  char     *section_name;
  gint64    post_id;
  char     *post_name;
  char     *cooperating;
  gint64    time_limit_days;
  char     *time_limit_text;
  char     *responsibility;
  char     *accountability;
  char     *supervision_phone;
  char     *status;
  char     *enforcement_category;
  char     *basis;
  char     *transfers;
  char     *duties;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfMatter, zf_matter, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfMatter, col) }

static const ZfField fields[] = {
  FIELD (body_id, INT),
  FIELD (body_name, STRING),
  FIELD (code, STRING),
  FIELD (name, STRING),
  FIELD (category, STRING),
  FIELD (section_id, INT),
  FIELD (section_name, STRING),
  FIELD (post_id, INT),
  FIELD (post_name, STRING),
  FIELD (cooperating, STRING),
  FIELD (time_limit_days, INT),
  FIELD (time_limit_text, STRING),
  FIELD (responsibility, STRING),
  FIELD (accountability, STRING),
  FIELD (supervision_phone, STRING),
  FIELD (status, STRING),
  FIELD (enforcement_category, STRING),
  FIELD (basis, STRING),
  FIELD (transfers, STRING),
  FIELD (duties, STRING),
  FIELD (notes, STRING),
};

static void
zf_matter_class_init (ZfMatterClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_matter_init (ZfMatter *self)
{
  self->category = g_strdup ("penalty");
  self->status = g_strdup ("active");
}

ZfMatter *
zf_matter_new (void)
{
  return g_object_new (ZF_TYPE_MATTER, NULL);
}

#define STRING(field) ZF_RECORD_ACCESSOR (ZfMatter, zf_matter, ZF_IS_MATTER, const char *, field, NULL)

ZF_RECORD_ACCESSOR (ZfMatter, zf_matter, ZF_IS_MATTER, gint64, body_id, 0)
STRING (body_name)
STRING (code)
STRING (name)
STRING (status)
STRING (duties)
