#include "config.h"

#include <stdint.h>

#include "zf-import-format.h"
#include "zf-xls-biff.h"
#include "zf-xls-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Our own code on an .xls's way in: the format sniffing on its bytes, the
 * compound-file and BIFF8 parsing of formula results, and the reader's
 * parsing of the stream its FreeXL child writes (the input taken as that
 * stream, with the input as the file for formula results), then the rows
 * of every sheet. FreeXL itself, not memory-safe on damaged files, runs
 * only in that child process and is not fuzzed here. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(ZfXlsReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  ZfImportFormat format;
  const char *const *sheets;

  if (zf_import_sniff_bytes ("fuzz.xls", data, size, NULL, NULL, &format, &error))
    g_assert (format <= ZF_IMPORT_FORMAT_ODS);
  else
    g_assert (error != NULL && error->message[0] != '\0');
  g_clear_error (&error);

  {
    g_autoptr(ZfXlsBiff) biff = zf_xls_biff_new (data, size, size % 2);
    g_autoptr(ZfRow) row = zf_row_new (1);

    for (guint r = 0; biff != NULL && r < 16; r++)
      for (guint c = 0; c < 16; c++)
        zf_xls_biff_formula_cell (biff, "Sheet1", r, c, row);
    zf_xls_biff_sheet_hidden (biff, "Sheet1");
    zf_xls_biff_check (data, size);
  }

  reader = zf_xls_reader_new_from_stream (data, size, data, size, "fuzz.xls", &error);
  if (reader == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  sheets = zf_row_source_get_sheet_names (ZF_ROW_SOURCE (reader));
  for (guint i = 0; sheets[i] && i < 8; i++)
    {
      ZfRow *row;
      guint n = 0;

      zf_row_source_is_sheet_hidden (ZF_ROW_SOURCE (reader), i);
      if (!zf_row_source_select_sheet (ZF_ROW_SOURCE (reader), sheets[i], &error))
        {
          g_clear_error (&error);
          continue;
        }
      /* A stream may declare a million empty rows; a few thousand are
       * enough to reach every path. */
      while (n++ < 4096 && (row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
        zf_row_free (row);
    }
  return 0;
}
