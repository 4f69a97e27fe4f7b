#include "config.h"

#include <stdint.h>

#include "zf-date.h"
#include "zf-import-normalize.h"
#include "zf-validate.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* GB 11643 ID numbers as typed or pasted (full-width, spaces, lower-case x)
 * and as the import reads them from a cell (the first byte picks the cell
 * type). What validates must carry a consistent check character, a real
 * birth date and a sex. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *imported = NULL;
  g_autoptr(GError) error = NULL;
  ZfCellType type = ZF_CELL_TEXT;

  if (size > 0)
    type = (data[0] & 1) ? ZF_CELL_NUMBER : ZF_CELL_TEXT;
  text = g_strndup ((const char *) data + (size > 0), size - (size > 0));
  if (!g_utf8_validate (text, -1, NULL))
    return 0;

  normal = zf_id_number_normalize (text);
  g_assert (normal != NULL && g_utf8_validate (normal, -1, NULL));
  if (zf_id_number_validate (normal, NULL))
    {
      char birth[11];

      g_assert (strlen (normal) == 18);
      g_assert (zf_id_number_check_char (normal) == normal[17]);
      g_assert (zf_id_number_birth_date (normal, birth));
      g_assert (zf_date_is_valid (birth));
      g_assert (zf_id_number_sex (normal) != ZF_SEX_UNKNOWN);
    }
  zf_id_number_validate (text, NULL);

  imported = zf_import_id_number (text, type, &error);
  g_assert ((imported == NULL) == (error != NULL));
  /* An empty cell is an empty field, not an error. */
  g_assert (imported == NULL || *imported == '\0' || zf_id_number_validate (imported, NULL));
  return 0;
}
