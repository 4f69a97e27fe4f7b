#define G_LOG_DOMAIN "zf-draw"

#include "config.h"

#include "zf-draw.h"

struct _ZfDraw
{
  ZfRecord  parent_instance;

  gint64    item_id;
  char     *item_name;
  gint64    body_id;
  char     *body_name;
  char     *inspection_date;
  gint64    seed;
  gint64    algorithm;
  gint64    target_count;
  gint64    inspectors_per_target;
  char     *doc_number;
  char     *operator;
  char     *created_at;
  gint64    n_targets;
  gint64    n_done;
};

G_DEFINE_FINAL_TYPE (ZfDraw, zf_draw, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfDraw, col) }

static const ZfField fields[] = {
  FIELD (item_id, INT),
  FIELD (item_name, STRING),
  FIELD (body_id, INT),
  FIELD (body_name, STRING),
  FIELD (inspection_date, STRING),
  FIELD (seed, INT),
  FIELD (algorithm, INT),
  FIELD (target_count, INT),
  FIELD (inspectors_per_target, INT),
  FIELD (doc_number, STRING),
  FIELD (operator, STRING),
  FIELD (created_at, STRING),
  FIELD (n_targets, INT),
  FIELD (n_done, INT),
};

static void
zf_draw_class_init (ZfDrawClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_draw_init (ZfDraw *self)
{
}

ZfDraw *
zf_draw_new (void)
{
  return g_object_new (ZF_TYPE_DRAW, NULL);
}
