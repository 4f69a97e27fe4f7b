#include "config.h"

#include <stdint.h>

#include "zf-ods-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The OpenDocument reader on a content.xml: repeated rows and columns,
 * cells of every value type, comments, nested tables. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(ZfOdsReader) reader = zf_ods_reader_new_for_xml (bytes);
  g_autoptr(GError) error = NULL;
  guint n = 0;
  ZfRow *row;

  while ((row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
    {
      g_assert (row->number >= 1 && row->number <= 1048576);
      g_assert (row->cells->len <= 16384);
      zf_row_free (row);
      g_assert (++n <= 1048576);
    }
  return 0;
}
