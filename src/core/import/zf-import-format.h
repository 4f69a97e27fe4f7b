#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a file to import holds, judged by its content, not its name: offices
 * send .xls files that are web pages and .xlsx files that are encrypted. */
typedef enum
{
  ZF_IMPORT_FORMAT_TEXT,   /* CSV or tab-separated text, UTF-8, GB18030 or UTF-16 */
  ZF_IMPORT_FORMAT_XLSX,   /* Office Open XML workbook (.xlsx, .xlsm) */
  ZF_IMPORT_FORMAT_XLS,    /* Excel 97–2003 (BIFF in a compound file) */
  ZF_IMPORT_FORMAT_ODS,    /* OpenDocument spreadsheet */
} ZfImportFormat;

/* The format of @path. A file that is not one of these (a WPS .et, an
 * encrypted workbook, a Word or PDF document, an image, a web page…) fails
 * with ZF_ERROR_INVALID and a message naming what it is and what to do. */
gboolean zf_import_sniff_format (const char      *path,
                                 ZfImportFormat  *format,
                                 GError         **error);

/* The same for @len bytes of a file's start (@name for the messages and
 * the extension, @entries the names in it when it is a zip, else NULL, and
 * @streams the compound file's stream names, else NULL). */
gboolean zf_import_sniff_bytes  (const char         *name,
                                 const guint8       *data,
                                 gsize               len,
                                 const char *const  *entries,
                                 const char *const  *streams,
                                 ZfImportFormat     *format,
                                 GError            **error);

G_END_DECLS
