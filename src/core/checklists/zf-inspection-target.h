#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_INSPECTION_TARGET (zf_inspection_target_get_type ())

G_DECLARE_FINAL_TYPE (ZfInspectionTarget, zf_inspection_target, ZF, INSPECTION_TARGET, ZfRecord)

/* A market entity of the target pool (检查对象名录库), DOMAIN.md §3. Fields are properties named like the columns. */
ZfInspectionTarget *zf_inspection_target_new (void);

const char *zf_inspection_target_get_name (ZfInspectionTarget *self);

G_END_DECLS
