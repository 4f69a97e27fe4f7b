#pragma once

#include "zf-inspection-item.h"
#include "zf-inspection-target.h"
#include "zf-leniency-entry.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The four lists, random-inspection items, their targets and plans
 * (DOMAIN.md §3, zf-store-checklists.c). Every call that writes is one
 * transaction, validated by the rules of zf-checklist-rules.h before
 * anything is written. */

/* C5: refused in the excluded domains (the entry's domain, or its body's). */
gboolean   zf_store_save_leniency_entry    (ZfStore         *self,
                                            ZfLeniencyEntry *entry,
                                            GError         **error);
gboolean   zf_store_save_inspection_item   (ZfStore         *self,
                                            ZfInspectionItem *item,
                                            GError         **error);
/* Credit code checked (GB 32100) and unique. */
gboolean   zf_store_save_inspection_target (ZfStore         *self,
                                            ZfInspectionTarget *target,
                                            GError         **error);
gboolean   zf_store_set_inspection_plan    (ZfStore         *self,
                                            gint64           body_id,
                                            int              year,
                                            gint64           planned,
                                            GError         **error);
gboolean   zf_store_leniency_rows          (ZfStore      *self,
                                            gint64        body_id,
                                            GArray        *ids,
                                            ZfTable      *table,
                                            GError      **error);
gboolean   zf_store_inspection_items_rows  (ZfStore      *self,
                                            gint64        body_id,
                                            GArray        *ids,
                                            ZfTable      *table,
                                            GError      **error);

typedef enum
{
  ZF_LENIENCY_SORT_VIOLATION,
  ZF_LENIENCY_SORT_LIST,          /* in the order of the policy */
  ZF_LENIENCY_SORT_BODY,
  ZF_LENIENCY_N_SORTS
} ZfLeniencySort;
enum { ZF_LENIENCY_FILTER_BODY = 1, ZF_LENIENCY_FILTER_LIST };
const ZfQuerySpec *zf_leniency_query_spec  (void);


typedef enum
{
  ZF_INSPECTION_ITEM_SORT_ITEM,
  ZF_INSPECTION_ITEM_SORT_RATIO,
  ZF_INSPECTION_ITEM_SORT_BODY,
  ZF_INSPECTION_ITEM_N_SORTS
} ZfInspectionItemSort;
enum { ZF_INSPECTION_ITEM_FILTER_BODY = 1 };
const ZfQuerySpec *zf_inspection_item_query_spec (void);

typedef enum
{
  ZF_INSPECTION_TARGET_SORT_NAME,
  ZF_INSPECTION_TARGET_SORT_CREDIT_CODE,
  ZF_INSPECTION_TARGET_SORT_DOMAIN,
  ZF_INSPECTION_TARGET_N_SORTS
} ZfInspectionTargetSort;
enum { ZF_INSPECTION_TARGET_FILTER_DOMAIN = 1 };
const ZfQuerySpec *zf_inspection_target_query_spec (void);

/* The 检查对象名录库 for export (no body: targets are shared). */
gboolean   zf_store_inspection_targets_rows (ZfStore      *self,
                                             gint64        body_id,
                                             GArray        *ids,
                                             ZfTable      *table,
                                             GError      **error);

G_END_DECLS
