#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include <glib/gstdio.h>

#include "zf-backup.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-private.h"
#include "zf-store-startup.h"

#define BACKUP_KEEP_DEFAULT 14

/* The check runs on its own connection before the store opens, because
 * opening migrates an older schema and closing checkpoints the WAL: both
 * write to the file, and a damaged file must stay exactly as it is.
 *
 * The connection is read-only, which also keeps the check to what damage
 * is: every page, B-tree and record of the file. On a writable connection
 * SQLite's quick_check re-evaluates every CHECK constraint of every row as
 * well, and the 20-code IN list of officer_event.kind alone made that three
 * quarters of the check (about a second for a register of 100,000
 * officers, paid by every command), though SQLite never lets a row break
 * them unless told to ignore them. */
static gboolean
quick_check_file (const char  *path,
                  GError     **error)
{
  static const char sql[] = "PRAGMA quick_check";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      sqlite3_busy_timeout (db, 10000);
      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *line = (const char *) sqlite3_column_text (stmt, 0);

        /* The first lines name the damage; hundreds more say nothing new. */
        if (g_strcmp0 (line, "ok") != 0 && problems->len < 400)
          g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
      }
  if (rc != SQLITE_DONE)
    {
      int code = rc & 0xff;

      if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        g_set_error (error, ZF_ERROR, ZF_ERROR_BUSY,
                     _("The database is busy: another Zhifa program is writing to it. "
                       "Please try again in a moment."));
      else if (code == SQLITE_CANTOPEN || code == SQLITE_PERM || code == SQLITE_READONLY)
        g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot open the database “%s”: %s"),
                     path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      else
        g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED, _("The database “%s” is damaged: %s"),
                     path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
    }
  else if (problems->len > 0)
    g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED, _("The database “%s” is damaged: %s"),
                 path, problems->str);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rc == SQLITE_DONE && problems->len == 0;
}

guint
zf_store_backup_keep (ZfStore *store)
{
  gint64 keep;

  g_return_val_if_fail (ZF_IS_STORE (store), BACKUP_KEEP_DEFAULT);

  keep = zf_store_get_setting_int (store, "backup_keep", BACKUP_KEEP_DEFAULT);
  return (guint) CLAMP (keep, 1, 3650);
}

ZfStore *
zf_store_open_at_start (const char  *path,
                        char       **daily_backup,
                        GError     **backup_error,
                        GError     **error)
{
  g_autoptr(ZfStore) store = NULL;
  g_autofree char *written = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  /* A new or empty file has nothing to check (SQLite writes it on open). */
  if (g_stat (path, &st) == 0 && st.st_size > 0 && !quick_check_file (path, error))
    return NULL;

  store = zf_store_open (path, error);
  if (store == NULL)
    return NULL;

  written = zf_backup_daily (store, zf_store_backup_keep (store), backup_error);
  if (daily_backup != NULL)
    *daily_backup = g_steal_pointer (&written);
  return g_steal_pointer (&store);
}
