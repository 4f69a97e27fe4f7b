#define G_LOG_DOMAIN "zf-law"

#include "config.h"

#include "zf-law.h"

struct _ZfLaw
{
  ZfRecord  parent_instance;

  char     *title;
  char     *level;
  char     *issuing_organ;
  char     *doc_number;
  char     *promulgated;
  char     *effective;
  char     *amended;
  char     *repealed;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfLaw, zf_law, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfLaw, col) }

static const ZfField fields[] = {
  FIELD (title, STRING),
  FIELD (level, STRING),
  FIELD (issuing_organ, STRING),
  FIELD (doc_number, STRING),
  FIELD (promulgated, STRING),
  FIELD (effective, STRING),
  FIELD (amended, STRING),
  FIELD (repealed, STRING),
  FIELD (notes, STRING),
};

static void
zf_law_class_init (ZfLawClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_law_init (ZfLaw *self)
{
  self->level = g_strdup ("law");
}

ZfLaw *
zf_law_new (void)
{
  return g_object_new (ZF_TYPE_LAW, NULL);
}
