#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <unistd.h>

#include "zf-import-format.h"
#include "zf-xls-biff.h"
#include "zf-xls-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* What an .xls goes through: the format sniffing on its bytes, the
 * compound-file and BIFF8 parsing of formula results, then FreeXL and the
 * reader's rows over every sheet. FreeXL reads from a path, so the input is
 * written to a file first. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
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
  }

  if (path == NULL)
    {
      int fd = g_file_open_tmp ("zhifa-fuzz-XXXXXX.xls", &path, NULL);
      g_assert (fd >= 0);
      close (fd);
    }
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return 0;
  if (!zf_import_sniff_format (path, &format, &error))
    g_assert (error != NULL);
  g_clear_error (&error);

  reader = zf_xls_reader_open (path, &error);
  if (reader == NULL)
    return 0;
  sheets = zf_row_source_get_sheet_names (ZF_ROW_SOURCE (reader));
  for (guint i = 0; sheets[i] && i < 8; i++)
    {
      ZfRow *row;

      if (!zf_row_source_select_sheet (ZF_ROW_SOURCE (reader), sheets[i], &error))
        {
          g_clear_error (&error);
          continue;
        }
      while ((row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
        zf_row_free (row);
    }
  return 0;
}
