#pragma once

#include <gio/gio.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

#define ZF_TYPE_XLS_READER (zf_xls_reader_get_type ())

G_DECLARE_FINAL_TYPE (ZfXlsReader, zf_xls_reader, ZF, XLS_READER, GObject)

/* Reads an Excel 97–2003 workbook (.xls, BIFF5/BIFF8) with FreeXL: the
 * values Excel stored (text, numbers, dates by their cell format). FreeXL
 * leaves formula cells out; in a BIFF8 workbook their stored results and
 * the sheets' visibility are read from the workbook stream (zf-xls-biff.h).
 * Rows come from the first sheet until another is selected. */
ZfXlsReader *zf_xls_reader_open (const char  *path,
                                 GError     **error);

G_END_DECLS
