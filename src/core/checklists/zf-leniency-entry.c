#define G_LOG_DOMAIN "zf-leniency-entry"

#include "config.h"

#include "zf-leniency-entry.h"

struct _ZfLeniencyEntry
{
  ZfRecord  parent_instance;

  gint64    body_id;
  char     *body_name;
  char     *list;
  char     *domain;
  gint64    matter_id;
  char     *violation;
  char     *basis;
  gint64    article_id;
  char     *conditions;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfLeniencyEntry, zf_leniency_entry, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfLeniencyEntry, col) }

static const ZfField fields[] = {
  FIELD (body_id, INT),
  FIELD (body_name, STRING),
  FIELD (list, STRING),
  FIELD (domain, STRING),
  FIELD (matter_id, INT),
  FIELD (violation, STRING),
  FIELD (basis, STRING),
  FIELD (article_id, INT),
  FIELD (conditions, STRING),
  FIELD (notes, STRING),
};

static void
zf_leniency_entry_class_init (ZfLeniencyEntryClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_leniency_entry_init (ZfLeniencyEntry *self)
{
  self->list = g_strdup ("no_penalty");
}

ZfLeniencyEntry *
zf_leniency_entry_new (void)
{
  return g_object_new (ZF_TYPE_LENIENCY_ENTRY, NULL);
}
