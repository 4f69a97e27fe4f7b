#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "zf-backup.h"
#include "zf-cli.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-bulk.h"
#include "zf-store-startup.h"

int
zf_cli_backup (ZfCliContext  *ctx,
               int            argc,
               char         **argv)
{
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = NULL;

  if (!zf_cli_parse_arguments (&argc, &argv, NULL, _("[FILE]"),
                               _("Copy the database to FILE (a USB stick), or to a dated "
                                 "file in the backups folder beside it."), 0, 1))
    return 2;
  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  if (argc > 1)
    dest = g_strdup (argv[1]);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "manual-%Y-%m-%d-%H%M%S.db");
      g_autofree char *dir = zf_backup_dir_for (zf_store_get_path (store));

      dest = g_build_filename (dir, stamp, NULL);
    }
  if (g_file_test (dest, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "zhifa-backup-%Y-%m-%d-%H%M%S.db");
      g_autofree char *in_dir = g_build_filename (dest, stamp, NULL);

      g_free (dest);
      dest = g_steal_pointer (&in_dir);
    }

  if (!zf_backup_to_file (store, dest, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  printf (_("Backup written to %s\n"), dest);
  return 0;
}

int
zf_cli_restore (ZfCliContext  *ctx,
                int            argc,
                char         **argv)
{
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  const char *backup;

  if (!zf_cli_parse_arguments (&argc, &argv, NULL, _("FILE"),
                               _("Replace the database with the backup FILE after checking "
                                 "it. The current database is kept as a backup first."), 1, 1))
    return 2;
  backup = argv[1];
  path = zf_store_resolve_path (ctx->database);

  if (!zf_backup_verify (backup, &error))
    return zf_cli_fail (g_steal_pointer (&error));

  /* A sound database is replaced through its own connection, so a window
   * that has it open sees the restored rows; a damaged one cannot be read
   * for the safety copy and is moved aside whole instead. */
  store = zf_store_open_at_start (path, NULL, NULL, &error);
  if (store != NULL)
    kept = zf_backup_restore (store, backup, &error);
  else if (g_error_matches (error, ZF_ERROR, ZF_ERROR_DAMAGED))
    {
      g_clear_error (&error);
      kept = zf_backup_restore_file (path, backup, &error);
      if (kept != NULL)
        store = zf_store_open (path, &error);
      if (store == NULL)
        g_clear_pointer (&kept, g_free);
    }
  if (kept == NULL)
    return zf_cli_fail (g_steal_pointer (&error));

  printf (_("Restored %s from %s.\nThe previous database was kept as %s\n"),
          path, backup, kept);
  return 0;
}

int
zf_cli_backups (ZfCliContext  *ctx,
                int            argc,
                char         **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) all = NULL;

  if (!zf_cli_parse_arguments (&argc, &argv, NULL, NULL,
                               _("List the backups beside the database, newest first."), 0, 0))
    return 2;
  path = zf_store_resolve_path (ctx->database);
  all = zf_backup_list (path);

  if (all->len == 0 && !ctx->quiet)
    {
      g_autofree char *dir = zf_backup_dir_for (path);
      g_printerr (_("No backups in %s.\n"), dir);
    }
  for (guint i = 0; i < all->len; i++)
    {
      GStatBuf st;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *stamp = NULL;

      if (g_stat (all->pdata[i], &st) != 0)
        continue;
      when = g_date_time_new_from_unix_local (st.st_mtime);
      stamp = g_date_time_format (when, "%Y-%m-%d %H:%M:%S");
      printf ("%s  %10lld  %s\n", stamp, (long long) st.st_size, (const char *) all->pdata[i]);
    }
  return 0;
}

int
zf_cli_bodies_set_domain (ZfCliContext  *ctx,
                          int            argc,
                          char         **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The enforcement domain to change"), "DOMAIN" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The new enforcement domain"), "DOMAIN" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint64 changed = 0;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Move every body of one enforcement domain to another, all in "
                               "one step.")))
    return 2;
  if (from == NULL || to == NULL)
    {
      g_printerr (_("zhifa-cli: say which domain to change with --from and --to.\n"));
      return 2;
    }

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!zf_store_bodies_set_domain (store, from, to, &changed, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, changed);
      printf (_("%s bodies moved to “%s”.\n"), count, to);
    }
  return 0;
}
