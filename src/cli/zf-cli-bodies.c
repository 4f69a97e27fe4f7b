#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include "zf-cli.h"
#include "zf-export-bodies.h"
#include "zf-i18n.h"

int
zf_cli_export_bodies (ZfCliContext  *ctx,
                      int            argc,
                      char         **argv)
{
  g_autofree char *xlsx = NULL;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the register to this .xlsx file"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Export the public register of enforcement bodies.")))
    return 2;
  if (xlsx == NULL)
    {
      g_printerr (_("zhifa-cli: say where to write the register with --xlsx FILE.\n"));
      return 2;
    }

  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (!zf_export_bodies_xlsx (store, xlsx, NULL, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    g_printerr (_("Register of enforcement bodies written to %s.\n"), xlsx);
  return 0;
}
