#define G_LOG_DOMAIN "zf-unit-settings"

#include "config.h"

#include <string.h>

#include "zf-codes.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-unit-settings.h"

#define NAME_MAX_CHARS 100

static const ZfUnitSetting settings[] = {
  { ZF_SETTING_UNIT_NAME, N_("Unit (制表单位 / supervising office)") },
  { ZF_SETTING_UNIT_LEVEL, N_("Level of the unit") },
  { ZF_SETTING_UNIT_REGION, N_("Administrative division code") },
  { ZF_SETTING_USER_NAME, N_("Your name") },
};

const ZfUnitSetting *
zf_unit_settings_list (guint *n_settings)
{
  g_return_val_if_fail (n_settings != NULL, NULL);

  *n_settings = G_N_ELEMENTS (settings);
  return settings;
}

static gboolean
is_known (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    if (g_str_equal (settings[i].key, key))
      return TRUE;
  return FALSE;
}

static gboolean
is_region_code (const char *text)
{
  if (strlen (text) != 6)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

gboolean
zf_unit_setting_check (const char  *key,
                       const char  *value,
                       char       **normalized,
                       GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));

  g_return_val_if_fail (key != NULL, FALSE);

  if (!is_known (key))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not a setting; use unit.name, unit.level, unit.region or "
                     "user.name."), key);
      return FALSE;
    }

  if (*text != '\0')
    {
      if ((g_str_equal (key, ZF_SETTING_UNIT_NAME) || g_str_equal (key, ZF_SETTING_USER_NAME))
          && g_utf8_strlen (text, -1) > NAME_MAX_CHARS)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("%s: at most %d characters."), key, NAME_MAX_CHARS);
          return FALSE;
        }
      if (g_str_equal (key, ZF_SETTING_UNIT_LEVEL))
        {
          const char *code = zf_code_match (&zf_body_levels, text);

          if (code == NULL)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("%s: “%s” is not a level; use province, city, county or "
                             "township."), key, text);
              return FALSE;
            }
          g_free (text);
          text = g_strdup (code);
        }
      if (g_str_equal (key, ZF_SETTING_UNIT_REGION) && !is_region_code (text))
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("%s: an administrative division code has six digits, "
                         "such as 420700."), key);
          return FALSE;
        }
    }

  if (normalized != NULL)
    *normalized = g_steal_pointer (&text);
  return TRUE;
}

gboolean
zf_unit_setting_set (ZfStore     *store,
                     const char  *key,
                     const char  *value,
                     GError     **error)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);

  if (!zf_unit_setting_check (key, value, &normalized, error))
    return FALSE;
  return zf_store_set_setting_text (store, key, normalized, error);
}

char *
zf_unit_setting_display (ZfStore    *store,
                         const char *key)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  value = zf_store_get_setting_text (store, key);
  if (value != NULL && g_str_equal (key, ZF_SETTING_UNIT_LEVEL)
      && zf_code_is_valid (&zf_body_levels, value))
    return g_strdup (_(zf_code_label (&zf_body_levels, value)));
  return g_steal_pointer (&value);
}

gboolean
zf_unit_settings_missing (ZfStore *store)
{
  g_autofree char *name = zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);

  return name == NULL;
}
