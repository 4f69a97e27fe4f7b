#pragma once

#include <gio/gio.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

#define ZF_TYPE_ODS_READER (zf_ods_reader_get_type ())

G_DECLARE_FINAL_TYPE (ZfOdsReader, zf_ods_reader, ZF, ODS_READER, GObject)

/* Reads an OpenDocument spreadsheet (.ods, as LibreOffice and WPS write it)
 * with libarchive and libxml2's streaming reader, like the .xlsx reader:
 * content.xml streams row by row. Repeated rows and columns are expanded,
 * comments left out, a date cell read as its date. Rows come from the
 * first sheet until another is selected. */
ZfOdsReader *zf_ods_reader_open          (const char  *path,
                                          GError     **error);

/* For tests and fuzzing: the first sheet of a content.xml held in memory. */
ZfOdsReader *zf_ods_reader_new_for_xml   (GBytes      *content_xml);

G_END_DECLS
