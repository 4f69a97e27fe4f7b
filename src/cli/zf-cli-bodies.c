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
  gboolean internal = FALSE;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the register to this .xlsx file"), "FILE" },
    { "internal", 0, 0, G_OPTION_ARG_NONE, &internal,
      N_("Every body and every field, in the layout the import reads (not for publication)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Export the public register of enforcement bodies "
                                           "(published bodies), or with --internal the whole "
                                           "register in the layout the import reads."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (xlsx == NULL)
    {
      g_printerr (_("zhifa-cli: say where to write the register with --xlsx FILE.\n"));
      return 2;
    }

  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (!(internal ? zf_export_bodies_register_xlsx (store, xlsx, NULL, &error)
                 : zf_export_bodies_xlsx (store, xlsx, NULL, &error)))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    g_printerr (_("Register of enforcement bodies written to %s.\n"), xlsx);
  return 0;
}
