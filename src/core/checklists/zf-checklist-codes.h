#pragma once

#include "zf-codes.h"

G_BEGIN_DECLS

/* Code lists of the checklists (DOMAIN.md §3). Kept apart from zf-codes.c
 * so that each register owns its own lists. */

/* Legal force, highest first: the order of a body's catalog (S3 §二(一)1). */
extern const ZfCodeList zf_law_levels;
/* The twelve categories of enforcement power (S1 §二(三)1). */
extern const ZfCodeList zf_matter_categories;
extern const ZfCodeList zf_matter_statuses;
/* 包容审慎监管"四张清单" (S1 §二(三)5). */
extern const ZfCodeList zf_leniency_lists;
/* 裁量基准 tiers, lightest first (S1 §二(三)6). */
extern const ZfCodeList zf_benchmark_tiers;
extern const ZfCodeList zf_benchmark_units;

/* Position of a code in its list (its rank), or -1. */
int zf_code_index (const ZfCodeList *list,
                   const char       *code);

G_END_DECLS
