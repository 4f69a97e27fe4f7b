#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <stdio.h>

#include "zf-backup.h"
#include "zf-cli.h"
#include "zf-error.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-store-startup.h"

/* What every command shares: failing with a message, parsing options and
 * ids, opening the store, printing findings. */

int
zf_cli_fail (GError *error)
{
  g_printerr ("zhifa-cli: %s\n", error->message);
  g_error_free (error);
  return 1;
}

gboolean
zf_cli_parse_arguments (int            *argc,
                        char         ***argv,
                        GOptionEntry   *entries,
                        const char     *parameter,
                        const char     *summary,
                        int             min_args,
                        int             max_args)
{
  GOptionEntry none[] = { G_OPTION_ENTRY_NULL };
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries != NULL ? entries : none, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("zhifa-cli: %s\n", error->message);
      return FALSE;
    }
  if (*argc - 1 > max_args)
    {
      g_printerr (_("zhifa-cli: unexpected argument “%s”.\n"), (*argv)[max_args + 1]);
      return FALSE;
    }
  if (*argc - 1 < min_args)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("%s", help);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_cli_parse_options (int            *argc,
                      char         ***argv,
                      GOptionEntry   *entries,
                      const char     *summary)
{
  return zf_cli_parse_arguments (argc, argv, entries, NULL, summary, 0, 0);
}

gboolean
zf_cli_parse_id (const char *text,
                 gint64     *id)
{
  guint64 value = 0;

  /* Digits only: "12abc", "-3", " 7" or "0" are no row's id, and reading
   * them as a number would act on another row or on none. */
  if (text == NULL || !g_ascii_isdigit (*text) ||
      !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_printerr (_("zhifa-cli: “%s” is not an id: give the number the list shows.\n"),
                  text != NULL ? text : "");
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

/* The user cannot do anything with "damaged" alone: name the backup to go
 * back to and the exact command, and say that nothing was changed. */
static void
explain_damage (const char *db_path,
                GError     *error)
{
  g_autofree char *good = zf_backup_latest_good (db_path);

  g_printerr ("zhifa-cli: %s\n", error->message);
  g_printerr (_("The file was not changed.\n"));
  if (good != NULL)
    {
      g_autofree char *quoted_db = g_shell_quote (db_path);
      g_autofree char *quoted_backup = g_shell_quote (good);

      g_printerr (_("The latest good backup is %s.\n"
                    "To restore it (the damaged file is kept beside the backups), run:\n"
                    "  zhifa-cli --database %s restore %s\n"),
                  good, quoted_db, quoted_backup);
    }
  else
    g_printerr (_("No good backup of it was found. Keep a copy of the file and restore one "
                  "from another place (a USB stick) with “zhifa-cli restore FILE”.\n"));
}

ZfStore *
zf_cli_open_store (ZfCliContext *ctx)
{
  g_autofree char *path = zf_store_resolve_path (ctx->database);
  g_autofree char *daily = NULL;
  g_autoptr(GError) backup_error = NULL;
  g_autoptr(GError) error = NULL;
  ZfStore *store = zf_store_open_at_start (path, &daily, &backup_error, &error);

  if (store == NULL)
    {
      if (g_error_matches (error, ZF_ERROR, ZF_ERROR_DAMAGED))
        explain_damage (path, error);
      else
        g_printerr ("zhifa-cli: %s\n", error->message);
      return NULL;
    }
  /* A failed automatic backup is worth knowing about, not worth stopping. */
  if (backup_error != NULL)
    g_printerr (_("zhifa-cli: warning: today's automatic backup failed: %s\n"),
                backup_error->message);
  return store;
}

ZfStore *
zf_cli_open_store_to_read (ZfCliContext *ctx)
{
  g_autofree char *path = zf_store_resolve_path (ctx->database);
  ZfStore *store = zf_store_try_open_to_read (path);

  return store != NULL ? store : zf_cli_open_store (ctx);
}

void
zf_cli_print_table (ZfTable *table)
{
  printf ("%s\n", table->title);
  for (guint c = 0; c < table->headers->len; c++)
    printf ("%s%s", c ? "\t" : "", (const char *) table->headers->pdata[c]);
  printf ("\n");
  for (guint r = 0; r < table->rows->len; r++)
    {
      for (guint c = 0; c < table->headers->len; c++)
        printf ("%s%s", c ? "\t" : "", zf_table_cell (table, r, c));
      printf ("\n");
    }
}
