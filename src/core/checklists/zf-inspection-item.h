#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_INSPECTION_ITEM (zf_inspection_item_get_type ())

G_DECLARE_FINAL_TYPE (ZfInspectionItem, zf_inspection_item, ZF, INSPECTION_ITEM, ZfRecord)

/* An item of the random inspection list (随机抽查事项清单), DOMAIN.md §3. Fields are properties named like the columns. */
ZfInspectionItem *zf_inspection_item_new (void);

gint64      zf_inspection_item_get_body_id   (ZfInspectionItem *self);
const char *zf_inspection_item_get_body_name (ZfInspectionItem *self);
const char *zf_inspection_item_get_item      (ZfInspectionItem *self);
/* The share of targets to draw, in percent; NAN when not set. */
double      zf_inspection_item_get_ratio     (ZfInspectionItem *self);

G_END_DECLS
