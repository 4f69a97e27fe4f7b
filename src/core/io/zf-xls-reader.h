#pragma once

#include <gio/gio.h>

#include "zf-row-source.h"

G_BEGIN_DECLS

#define ZF_TYPE_XLS_READER (zf_xls_reader_get_type ())

G_DECLARE_FINAL_TYPE (ZfXlsReader, zf_xls_reader, ZF, XLS_READER, GObject)

/* Reads an Excel 97–2003 workbook (.xls, BIFF5/BIFF8) with FreeXL: the
 * values Excel stored (text, numbers, dates by their cell format). FreeXL
 * runs in a child process (it is not memory-safe on damaged files); a
 * child that crashes, fails or overruns its time limit makes the file
 * "damaged". FreeXL leaves formula cells out; in a BIFF8 workbook their
 * stored results and the sheets' visibility are read from the workbook
 * stream (zf-xls-biff.h). Rows come from the first sheet until another is
 * selected. */
ZfXlsReader *zf_xls_reader_open (const char  *path,
                                 GError     **error);

/* The reader over a stream as the child writes it (see zf-xls-reader.c),
 * with the file's bytes for the formula results; a malformed stream makes
 * the file "damaged". For tests and fuzzing. */
ZfXlsReader *zf_xls_reader_new_from_stream (const guint8  *stream,
                                            gsize          stream_len,
                                            const guint8  *file,
                                            gsize          file_len,
                                            const char    *name,
                                            GError       **error);

typedef enum
{
  ZF_XLS_TEST_FAULT_NONE,
  ZF_XLS_TEST_FAULT_ABORT,    /* the child aborts */
  ZF_XLS_TEST_FAULT_GARBAGE,  /* the child writes a malformed stream */
  ZF_XLS_TEST_FAULT_HANG,     /* the child never finishes */
} ZfXlsTestFault;

/* For tests: makes the next children fail so, with a time limit in
 * seconds (0: the usual one). */
void zf_xls_reader_set_test_fault (ZfXlsTestFault fault,
                                   guint          time_limit_s);

G_END_DECLS
