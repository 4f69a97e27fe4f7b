#pragma once

#include <gio/gio.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

#define ZF_TYPE_XLSX_READER (zf_xlsx_reader_get_type ())

G_DECLARE_FINAL_TYPE (ZfXlsxReader, zf_xlsx_reader, ZF, XLSX_READER, GObject)

/* Reads an Office Open XML workbook (.xlsx) with libarchive and libxml2's
 * streaming reader: only the shared-strings table is held in memory, the
 * sheet itself streams row by row. Opening reads the sheet names, the date
 * system and the date styles; rows come from the sheet chosen with
 * zf_xlsx_reader_select_sheet(). */
ZfXlsxReader *zf_xlsx_reader_open              (const char    *path,
                                                GError       **error);
/* The sheet names in workbook order (NULL-terminated, owned by @self). */
const char *const *zf_xlsx_reader_get_sheet_names (ZfXlsxReader *self);
/* Starts reading @name, or the first sheet when @name is NULL. */
gboolean      zf_xlsx_reader_select_sheet       (ZfXlsxReader  *self,
                                                const char    *name,
                                                GError       **error);

/* For tests and fuzzing: rows of one sheet's XML held in memory, with the
 * given shared strings; styles listed in @date_styles (xf indexes) hold dates. */
ZfXlsxReader *zf_xlsx_reader_new_for_sheet_xml (GBytes            *sheet_xml,
                                                const char *const *shared_strings,
                                                const guint       *date_styles,
                                                guint              n_date_styles,
                                                gboolean           date1904);

/* "AB12" → column 27 (from 0) and row 12; FALSE for anything else. */
gboolean      zf_xlsx_parse_cell_ref            (const char    *ref,
                                                guint         *column,
                                                guint         *row);
/* Whether a number format (built-in id, or custom code when @code is set)
 * shows a date, so that its serial number is read as one. */
gboolean      zf_xlsx_format_is_date            (guint          format_id,
                                                const char    *code);
/* Whether a date format shows a year and a month but no day (yyyy.mm,
 * yyyy"年"m"月", mmm-yy): a 出生年月 cell, whose day is not meant. */
gboolean      zf_xlsx_format_is_year_month      (guint          format_id,
                                                 const char    *code);

G_END_DECLS
