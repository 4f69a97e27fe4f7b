#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_INSPECTION_ITEM (zf_inspection_item_get_type ())

G_DECLARE_FINAL_TYPE (ZfInspectionItem, zf_inspection_item, ZF, INSPECTION_ITEM, ZfRecord)

/* An item of the random inspection list (随机抽查事项清单), DOMAIN.md §3. Fields are properties named like the columns. */
ZfInspectionItem *zf_inspection_item_new (void);

G_END_DECLS
