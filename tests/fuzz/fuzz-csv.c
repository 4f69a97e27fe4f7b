#include "config.h"

#include <stdint.h>

#include "zf-csv-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The first byte picks the encoding, so that detection and both decoders
 * all see arbitrary input. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const encodings[] = { NULL, "utf-8", "gbk" };
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(ZfCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char *encoding = NULL;
  ZfRow *row;

  if (size > 0)
    {
      encoding = encodings[data[0] % G_N_ELEMENTS (encodings)];
      data++;
      size--;
    }
  in = g_memory_input_stream_new_from_data (data, size, NULL);
  reader = zf_csv_reader_new (in, encoding, &error);
  if (reader == NULL)
    return 0;
  while ((row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
    {
      for (guint c = 0; c < row->cells->len; c++)
        g_assert (g_utf8_validate (zf_row_get_text (row, c), -1, NULL));
      zf_row_free (row);
    }
  return 0;
}
