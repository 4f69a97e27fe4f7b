#define G_LOG_DOMAIN "zf-cli-settings"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zf-cli.h"
#include "zf-unit-settings.h"

/* zhifa-cli settings [set KEY VALUE]: the unit and the user that documents,
 * draws and evaluations name, as the app's "Unit and User" page edits them. */

static int
show_settings (ZfCliContext *ctx)
{
  g_autoptr(ZfStore) store = zf_cli_open_store_to_read (ctx);
  const ZfUnitSetting *settings;
  guint n;

  if (store == NULL)
    return 1;
  settings = zf_unit_settings_list (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = zf_unit_setting_display (store, settings[i].key);

      printf ("%-12s %s\t(%s)\n", settings[i].key, value != NULL ? value : _("(not set)"),
              _(settings[i].label));
    }
  return 0;
}

int
zf_cli_settings (ZfCliContext  *ctx,
                 int            argc,
                 char         **argv)
{
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_arguments (&argc, &argv, NULL, _("[set KEY VALUE]"),
                               _("Show the unit and user settings, or set one: unit.name, "
                                 "unit.level (province, city, county, township), unit.region "
                                 "(six digits), user.name."), 0, 3))
    return 2;

  if (argc == 1)
    return show_settings (ctx);
  if (argc != 4 || !g_str_equal (argv[1], "set"))
    {
      g_printerr (_("zhifa-cli: use “settings” to show them or “settings set KEY VALUE”.\n"));
      return 2;
    }
  /* Refused before the file is opened: a wrong key or value changes nothing. */
  if (!zf_unit_setting_check (argv[2], argv[3], NULL, &error))
    return zf_cli_fail (g_steal_pointer (&error));

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!zf_unit_setting_set (store, argv[2], argv[3], &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    {
      g_autofree char *value = zf_unit_setting_display (store, argv[2]);

      printf ("%s = %s\n", argv[2], value != NULL ? value : _("(not set)"));
    }
  return 0;
}
