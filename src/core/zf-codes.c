#define G_LOG_DOMAIN "zf-codes"

#include "config.h"

#include <string.h>

#include "zf-codes.h"
#include "zf-i18n.h"

#define CODE_LIST(name, ...) \
  static const ZfCode name##_codes[] = { __VA_ARGS__ }; \
  const ZfCodeList name = { name##_codes, G_N_ELEMENTS (name##_codes) }

CODE_LIST (zf_body_kinds,
  { "organ", N_("Administrative organ") },
  { "authorized", N_("Authorized organization") },
  { "entrusted", N_("Entrusted organization") });

CODE_LIST (zf_body_levels,
  { "province", N_("Province") },
  { "city", N_("City") },
  { "county", N_("County") },
  { "township", N_("Township") });

CODE_LIST (zf_body_statuses,
  { "pending", N_("Pending") },
  { "confirmed", N_("Confirmed") },
  { "published", N_("Published") },
  { "revoked", N_("Revoked") });

CODE_LIST (zf_body_review_results,
  { "kept", N_("Confirmed unchanged") },
  { "changed", N_("Confirmed with changes") },
  { "revoked", N_("Revoked") });

const char *
zf_code_label (const ZfCodeList *list,
               const char       *code)
{
  g_return_val_if_fail (list != NULL, NULL);

  for (guint i = 0; code && i < list->n_codes; i++)
    if (strcmp (list->codes[i].code, code) == 0)
      return _(list->codes[i].label);
  return code ? code : "";
}

gboolean
zf_code_is_valid (const ZfCodeList *list,
                  const char       *code)
{
  for (guint i = 0; code && i < list->n_codes; i++)
    if (strcmp (list->codes[i].code, code) == 0)
      return TRUE;
  return FALSE;
}

const char *
zf_code_match (const ZfCodeList *list,
               const char       *text)
{
  const char *found = NULL;
  guint n_found = 0;

  g_return_val_if_fail (list != NULL, NULL);

  if (text == NULL || *text == '\0')
    return NULL;

  for (guint i = 0; i < list->n_codes; i++)
    {
      const ZfCode *c = &list->codes[i];

      if (g_ascii_strcasecmp (text, c->code) == 0 ||
          g_ascii_strcasecmp (text, c->label) == 0 ||
          strcmp (text, _(c->label)) == 0)
        return c->code;
    }

  for (guint i = 0; i < list->n_codes; i++)
    {
      const char *label = _(list->codes[i].label);

      if (strstr (label, text) != NULL || strstr (text, label) != NULL)
        {
          found = list->codes[i].code;
          n_found++;
        }
    }
  return n_found == 1 ? found : NULL;
}
