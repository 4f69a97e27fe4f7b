#include "config.h"

#include <stdint.h>

#include "zf-import-normalize.h"
#include "zf-validate.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* GB 32100 credit codes as typed, pasted and imported, and the text
 * helpers every field passes through. A valid code carries its own check
 * character; normalized and visible text is valid UTF-8, and visible text
 * needs no further change. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *normal = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *visible = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_utf8_validate (text, -1, NULL))
    return 0;

  normal = zf_credit_code_normalize (text);
  g_assert (normal != NULL && g_utf8_validate (normal, -1, NULL));
  if (zf_credit_code_validate (normal, NULL))
    {
      g_assert (strlen (normal) == 18);
      g_assert (zf_credit_code_check_char (normal) == normal[17]);
    }
  zf_credit_code_validate (text, NULL);

  imported = zf_import_credit_code (text, &error);
  g_assert ((imported == NULL) == (error != NULL));
  /* An empty cell is an empty field, not an error. */
  g_assert (imported == NULL || *imported == '\0' || zf_credit_code_validate (imported, NULL));

  plain = zf_text_normalize (text);
  g_assert (g_utf8_validate (plain, -1, NULL));
  visible = zf_text_make_visible (text);
  if (visible != NULL)
    {
      g_autofree char *again = zf_text_make_visible (visible);
      g_assert (g_utf8_validate (visible, -1, NULL));
      g_assert (again == NULL);
    }
  return 0;
}
