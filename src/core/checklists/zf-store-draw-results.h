#pragma once

#include "zf-draw.h"
#include "zf-query-model.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The list of draws and the results of each (zf-store-draw-results.c). */

/* Items are ZfDraw (zf-draw.h). */
typedef enum
{
  ZF_DRAW_SORT_DATE,
  ZF_DRAW_SORT_ITEM,
  ZF_DRAW_SORT_BODY,
  ZF_DRAW_N_SORTS
} ZfDrawSort;
enum { ZF_DRAW_FILTER_BODY = 1, ZF_DRAW_FILTER_ITEM };
const ZfQuerySpec *zf_draw_query_spec      (void);

/* One drawn target with its inspectors and result. */
typedef struct
{
  gint64    target_id;
  guint     position;
  char     *target;
  char     *inspectors;   /* names, "、"-separated */
  gboolean  done;
  char     *done_date;
  char     *findings;
} ZfDrawResultRow;

void       zf_draw_result_row_free         (ZfDrawResultRow    *row);
/* The targets of @draw_id in draw order. */
GPtrArray *zf_store_list_draw_results      (ZfStore            *self,
                                            gint64              draw_id,
                                            GError            **error);

/* Marks the rows of @rows (ZfDrawResultRow) whose done is set, with their
 * date and findings, in one transaction: all or none. */
gboolean   zf_store_mark_draw_results      (ZfStore            *self,
                                            gint64              draw_id,
                                            GPtrArray          *rows,
                                            GError            **error);

G_END_DECLS
