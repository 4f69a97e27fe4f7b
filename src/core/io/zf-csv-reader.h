#pragma once

#include <gio/gio.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

#define ZF_TYPE_CSV_READER (zf_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (ZfCsvReader, zf_csv_reader, ZF, CSV_READER, GObject)

/* Reads CSV as Excel writes it: UTF-8 with or without BOM, or GBK/GB18030
 * (Excel on Chinese Windows), RFC 4180 quoting, and ',', tab or ';' as the
 * separator. @encoding is "utf-8", "gbk" or "gb18030", or NULL to detect it
 * from the first 64 KiB (BOM, then valid UTF-8, else GB18030). */
ZfCsvReader *zf_csv_reader_new            (GInputStream  *stream,
                                           const char    *encoding,
                                           GError       **error);
ZfCsvReader *zf_csv_reader_new_for_path   (const char    *path,
                                           const char    *encoding,
                                           GError       **error);
/* "UTF-8" or "GB18030": what was detected or asked for. */
const char  *zf_csv_reader_get_encoding   (ZfCsvReader   *self);
char         zf_csv_reader_get_separator  (ZfCsvReader   *self);

G_END_DECLS
