#include "config.h"

#include <stdint.h>
#include <string.h>

#include "zf-date.h"
#include "zf-import-normalize.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Dates as users type them and as workbooks store them: the ISO parser,
 * the date arithmetic on what it accepts, the import's lenient parser (the
 * first byte picks the cell type and the 1904 system) and Excel serials
 * (the first 8 bytes as a double). Whatever is accepted must be a valid
 * ISO date. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const ZfCellType types[] = { ZF_CELL_TEXT, ZF_CELL_NUMBER, ZF_CELL_DATE, ZF_CELL_BOOL,
                                      ZF_CELL_ERROR };
  g_autofree char *text = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *serial_iso = NULL;
  g_autoptr(GError) error = NULL;
  ZfCellType type = ZF_CELL_TEXT;
  gboolean date1904 = FALSE;
  GDate date;

  if (size > 0)
    {
      type = types[data[0] % G_N_ELEMENTS (types)];
      date1904 = (data[0] & 0x80) != 0;
    }
  if (size >= sizeof (double))
    {
      double serial;
      memcpy (&serial, data, sizeof serial);
      serial_iso = zf_excel_serial_to_iso (serial, date1904);
      g_assert (serial_iso == NULL || zf_date_is_valid (serial_iso));
    }
  text = g_strndup ((const char *) data + (size > 0), size - (size > 0));

  if (zf_date_parse (text, &date))
    {
      g_autofree char *iso = zf_date_to_iso (&date);
      g_autofree char *later = zf_date_add_days (iso, 400);
      g_autofree char *month_end = zf_date_add_months (iso, 13);
      g_autofree char *shown = zf_date_format_display (iso);

      g_assert (zf_date_is_valid (iso));
      g_assert (later == NULL || zf_date_days_between (iso, later) == 400);
      g_assert (month_end == NULL || zf_date_is_valid (month_end));
      g_assert (zf_date_year (iso) > 0);
      g_assert (shown != NULL);
    }

  if (g_utf8_validate (text, -1, NULL))
    {
      imported = zf_import_date (text, type, date1904, &error);
      g_assert ((imported == NULL) == (error != NULL));
      /* An empty cell is an empty field, not an error. */
      g_assert (imported == NULL || *imported == '\0' || zf_date_is_valid (imported));
    }
  return 0;
}
