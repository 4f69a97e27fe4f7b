#pragma once

#include <glib.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

/* What FreeXL leaves out of an Excel 97–2003 workbook, read from its BIFF8
 * workbook stream (or the BIFF5 "Book" stream of Excel 5.0/95): each sheet's
 * and row's visibility and the last results Excel stored for formula cells
 * (a 有效期至 computed from the issue date would otherwise read as empty). */
typedef struct _ZfXlsBiff ZfXlsBiff;

/* Parses the compound file in @data; NULL when it holds no BIFF8 or BIFF5
 * workbook stream, or a BIFF5 one whose text is not in the code page it
 * names: its formula results cannot be read, and the workbook must not be
 * read without them. */
ZfXlsBiff *zf_xls_biff_new           (const guint8 *data,
                                      gsize         len,
                                      gboolean      date1904);
void       zf_xls_biff_free          (ZfXlsBiff    *self);
/* Whether @data is a compound file holding a workbook stream (BIFF8 or
 * BIFF5) whose records follow one another within it: the check before a
 * file is handed to FreeXL, which over-reads on some damaged files. */
gboolean   zf_xls_biff_check         (const guint8 *data,
                                      gsize         len);
/* Whether the sheet named @sheet is hidden or very hidden. */
gboolean   zf_xls_biff_sheet_hidden  (ZfXlsBiff    *self,
                                      const char   *sheet);
/* Whether row @row (0-based) of @sheet is hidden (height zero). */
gboolean   zf_xls_biff_row_hidden    (ZfXlsBiff    *self,
                                      const char   *sheet,
                                      guint         row);
/* Whether cell (@row, @column) of @sheet (0-based) is a date whose format
 * shows no day (yyyy.mm, yyyy"年"m"月"). */
gboolean   zf_xls_biff_year_month    (ZfXlsBiff    *self,
                                      const char   *sheet,
                                      guint         row,
                                      guint         column);
/* Sets cell (@row, @column) of @out (0-based) from a formula's stored
 * result in @sheet; FALSE when that cell holds no formula. */
gboolean   zf_xls_biff_formula_cell  (ZfXlsBiff    *self,
                                      const char   *sheet,
                                      guint         row,
                                      guint         column,
                                      ZfRow        *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfXlsBiff, zf_xls_biff_free)

G_END_DECLS
