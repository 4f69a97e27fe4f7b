#define G_LOG_DOMAIN "zf-inspection-item"

#include "config.h"

#include <math.h>

#include "zf-inspection-item.h"
#include "zf-record-accessor.h"

struct _ZfInspectionItem
{
  ZfRecord  parent_instance;

  gint64    body_id;
  char     *body_name;
  gint64    matter_id;
  char     *item;
  char     *basis;
  char     *inspecting_body;
  char     *target_type;
  char     *content;
  char     *method;
  double    ratio;
  char     *frequency;
  char     *cooperating;
  char     *enforcement_category;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfInspectionItem, zf_inspection_item, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfInspectionItem, col) }

static const ZfField fields[] = {
  FIELD (body_id, INT),
  FIELD (body_name, STRING),
  FIELD (matter_id, INT),
  FIELD (item, STRING),
  FIELD (basis, STRING),
  FIELD (inspecting_body, STRING),
  FIELD (target_type, STRING),
  FIELD (content, STRING),
  FIELD (method, STRING),
  FIELD (ratio, DOUBLE),
  FIELD (frequency, STRING),
  FIELD (cooperating, STRING),
  FIELD (enforcement_category, STRING),
  FIELD (notes, STRING),
};

static void
zf_inspection_item_class_init (ZfInspectionItemClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_inspection_item_init (ZfInspectionItem *self)
{
  self->ratio = NAN;
}

ZfInspectionItem *
zf_inspection_item_new (void)
{
  return g_object_new (ZF_TYPE_INSPECTION_ITEM, NULL);
}

#define ACCESSOR(ctype, field, fallback) \
  ZF_RECORD_ACCESSOR (ZfInspectionItem, zf_inspection_item, ZF_IS_INSPECTION_ITEM, ctype, field, \
                      fallback)

ACCESSOR (gint64, body_id, 0)
ACCESSOR (const char *, body_name, NULL)
ACCESSOR (const char *, item, NULL)
ACCESSOR (double, ratio, NAN)
