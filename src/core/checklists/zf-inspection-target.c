#define G_LOG_DOMAIN "zf-inspection-target"

#include "config.h"

#include "zf-inspection-target.h"
#include "zf-record-accessor.h"

struct _ZfInspectionTarget
{
  ZfRecord  parent_instance;

  char     *name;
  char     *credit_code;
  char     *address;
  char     *domain;
  char     *region_code;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfInspectionTarget, zf_inspection_target, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfInspectionTarget, col) }

static const ZfField fields[] = {
  FIELD (name, STRING),
  FIELD (credit_code, STRING),
  FIELD (address, STRING),
  FIELD (domain, STRING),
  FIELD (region_code, STRING),
  FIELD (notes, STRING),
};

static void
zf_inspection_target_class_init (ZfInspectionTargetClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_inspection_target_init (ZfInspectionTarget *self)
{
}

ZfInspectionTarget *
zf_inspection_target_new (void)
{
  return g_object_new (ZF_TYPE_INSPECTION_TARGET, NULL);
}

ZF_RECORD_ACCESSOR (ZfInspectionTarget, zf_inspection_target, ZF_IS_INSPECTION_TARGET,
                    const char *, name, NULL)
