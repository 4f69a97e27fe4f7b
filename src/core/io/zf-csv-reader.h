#pragma once

#include <gio/gio.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

#define ZF_TYPE_CSV_READER (zf_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (ZfCsvReader, zf_csv_reader, ZF, CSV_READER, GObject)

/* Reads CSV as Excel writes it: UTF-8 with or without BOM, GBK/GB18030
 * (Excel on Chinese Windows) or UTF-16 with a BOM (Excel's "Unicode Text",
 * tab-separated), RFC 4180 quoting, and ',', tab or ';' as the separator.
 * @encoding is "utf-8", "gbk" or "gb18030", or NULL to detect it from the
 * first 64 KiB (BOM, then valid UTF-8, else GB18030); a UTF-16 BOM wins. */
ZfCsvReader *zf_csv_reader_new            (GInputStream  *stream,
                                           const char    *encoding,
                                           GError       **error);
ZfCsvReader *zf_csv_reader_new_for_path   (const char    *path,
                                           const char    *encoding,
                                           GError       **error);
/* "UTF-8", "GB18030", "UTF-16LE" or "UTF-16BE": what was detected or asked for. */
const char  *zf_csv_reader_get_encoding   (ZfCsvReader   *self);
char         zf_csv_reader_get_separator  (ZfCsvReader   *self);

G_END_DECLS
