#include "config.h"

#include <stdint.h>
#include <string.h>

#include "zf-import-normalize.h"
#include "zf-xlsx-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The cell-level parsers of the xlsx reader and the normalizers they feed:
 * the input is a cell reference, a number format, a cell value and a whole
 * sheet's XML at once. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const shared[] = { "姓名", "", "1.10105E+17", NULL };
  static const guint date_styles[] = { 1, 3 };
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(ZfXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *id = NULL;
  guint column, row_number;
  ZfRow *row;

  if (zf_xlsx_parse_cell_ref (text, &column, &row_number))
    g_assert (column < 16384 && row_number >= 1 && row_number <= 1048576);
  zf_xlsx_format_is_date (size, text);

  if (g_utf8_validate (text, -1, NULL))
    {
      date = zf_import_date (text, ZF_CELL_NUMBER, size % 2, NULL);
      g_assert (date == NULL || *date == '\0' || strlen (date) == 10);
      id = zf_import_id_number (text, ZF_CELL_TEXT, NULL);
      g_assert (id == NULL || *id == '\0' || strlen (id) == 18);
    }

  reader = zf_xlsx_reader_new_for_sheet_xml (bytes, shared, date_styles,
                                             G_N_ELEMENTS (date_styles), size % 3 == 0);
  while ((row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
    zf_row_free (row);
  return 0;
}
