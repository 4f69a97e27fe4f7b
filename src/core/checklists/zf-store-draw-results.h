#pragma once

#include "zf-draw.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

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

/* The public record (一公开): one row a drawn target (position, target,
 * credit code, address, inspectors by name and certificate number only,
 * done 1 or 0, date done, findings), for zf_checklist_draw_table(). */
gboolean   zf_store_draw_rows              (ZfStore            *self,
                                            gint64              draw_id,
                                            ZfTable            *table,
                                            GError            **error);
/* The draw's one row of particulars (body, item, basis, date, pool sizes,
 * targets drawn, inspectors per target, seed, algorithm, document number,
 * operator, time), for zf_checklist_draw_summary(); NOT_FOUND without it. */
gboolean   zf_store_draw_summary_rows      (ZfStore            *self,
                                            gint64              draw_id,
                                            ZfTable            *table,
                                            GError            **error);
/* The years up to @last_year with an inspection plan or a draw (GArray of
 * int, ascending). */
GArray    *zf_store_list_random_share_years (ZfStore           *self,
                                            int                 last_year,
                                            GError            **error);
/* Per body with a plan or a draw in @year: name, planned, drawn, done and
 * the body's id, for zf_checklist_random_statistics(). */
gboolean   zf_store_random_share_rows      (ZfStore            *self,
                                            int                 year,
                                            ZfTable            *table,
                                            GError            **error);

G_END_DECLS
