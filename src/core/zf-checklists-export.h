#pragma once

#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* Writes @tables as one workbook, a sheet each: title in row 1, headers in
 * row 2, data from row 3 (the standard layout of Zhifa's registers). */
gboolean zf_export_tables_xlsx   (ZfTable *const *tables,
                                  guint           n_tables,
                                  const char     *path,
                                  GError        **error);

/* The public draw record (一公开): summary and result, as .xlsx or PDF. */
gboolean zf_export_draw_xlsx     (ZfStore        *store,
                                  gint64          draw_id,
                                  const char     *path,
                                  GError        **error);
gboolean zf_export_draw_pdf      (ZfStore        *store,
                                  gint64          draw_id,
                                  const char     *path,
                                  GError        **error);

G_END_DECLS
