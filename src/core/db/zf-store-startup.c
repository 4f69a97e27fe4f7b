#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "zf-backup.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-migrations.h"
#include "zf-store-private.h"
#include "zf-store-startup.h"

#define BACKUP_KEEP_DEFAULT 14

/* The first bytes of an SQLite file: its magic, and where the format puts
 * the write version (2 in WAL mode) and user_version (our schema). */
#define HEADER_SIZE           64
#define HEADER_WRITE_VERSION  18
#define HEADER_READ_VERSION   19
#define HEADER_USER_VERSION   60

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
      zf_store_apply_map_size (db);
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

/* The day's backup once the file is known sound, @daily_backup its path
 * when one was written. */
static void
back_up_today (ZfStore  *store,
               char    **daily_backup,
               GError  **backup_error)
{
  g_autofree char *written = zf_backup_daily (store, zf_store_backup_keep (store), backup_error);

  if (daily_backup != NULL)
    *daily_backup = g_steal_pointer (&written);
}

/* The first bytes of the SQLite file at @path; FALSE when it has none (new,
 * empty, or not SQLite). Read from the file, because even a read-only
 * connection may touch a WAL file. */
static gboolean
read_header (const char *path,
             guint8      header[HEADER_SIZE])
{
  FILE *f = g_fopen (path, "rb");
  gboolean complete;

  if (f == NULL)
    return FALSE;
  complete = fread (header, 1, HEADER_SIZE, f) == HEADER_SIZE;
  fclose (f);
  return complete && memcmp (header, "SQLite format 3", 16) == 0;
}

static guint32
header_user_version (const guint8 header[HEADER_SIZE])
{
  return (guint32) header[HEADER_USER_VERSION] << 24 |
         (guint32) header[HEADER_USER_VERSION + 1] << 16 |
         (guint32) header[HEADER_USER_VERSION + 2] << 8 |
         (guint32) header[HEADER_USER_VERSION + 3];
}

/* Whether opening @path for the window can leave its check for later: an
 * SQLite file in WAL mode at the current schema, which the store opens
 * without writing (no journal-mode change, no migration). A migration
 * committed to the WAL only is not in the header: such a file is simply
 * checked first. */
static gboolean
can_defer_check (const char *path)
{
  guint8 header[HEADER_SIZE];

  if (!read_header (path, header))
    return FALSE;
  if (header[HEADER_WRITE_VERSION] != 2 || header[HEADER_READ_VERSION] != 2)
    return FALSE;
  return header_user_version (header) == ZF_SCHEMA_VERSION;
}

gboolean
zf_store_opens_at_once (const char *path)
{
  GStatBuf st;

  g_return_val_if_fail (path != NULL, TRUE);

  return g_stat (path, &st) != 0 || st.st_size == 0 || can_defer_check (path);
}

/* A file of an older schema is copied before the store upgrades it. */
static gboolean
back_up_before_upgrade (const char  *path,
                        GError     **error)
{
  guint8 header[HEADER_SIZE];
  guint32 version;
  g_autofree char *written = NULL;

  if (!read_header (path, header))
    return TRUE;
  version = header_user_version (header);
  if (version == 0 || version >= ZF_SCHEMA_VERSION)
    return TRUE;
  written = zf_backup_before_upgrade (path, error);
  if (written == NULL)
    g_prefix_error (error, _("The register was not upgraded to this version of Zhifa, because "
                             "no copy of it could be kept first: "));
  return written != NULL;
}

ZfStore *
zf_store_open_at_start (const char  *path,
                        char       **daily_backup,
                        GError     **backup_error,
                        GError     **error)
{
  g_autoptr(ZfStore) store = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  /* A new or empty file has nothing to check (SQLite writes it on open). */
  if (g_stat (path, &st) == 0 && st.st_size > 0 && !quick_check_file (path, error))
    return NULL;
  if (!back_up_before_upgrade (path, error))
    return NULL;

  store = zf_store_open (path, error);
  if (store == NULL)
    return NULL;

  back_up_today (store, daily_backup, backup_error);
  return g_steal_pointer (&store);
}

/* query_only refuses every change, to the file and to the WAL; without a
 * checkpoint on close nothing the connection read is written back either. */
static gboolean
set_check_pending (ZfStore   *store,
                   gboolean   pending,
                   GError   **error)
{
  static const char on_sql[] = "PRAGMA query_only = ON";
  static const char off_sql[] = "PRAGMA query_only = OFF";

  sqlite3_db_config (zf_store_get_db (store), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                     pending ? 1 : 0, NULL);
  return zf_store_exec (store, pending ? on_sql : off_sql, error);
}

gboolean
zf_store_is_check_pending (ZfStore *store)
{
  static const char sql[] = "PRAGMA query_only";
  sqlite3_stmt *stmt;
  gboolean pending = FALSE;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);

  stmt = zf_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  pending = zf_store_step_int64 (store, stmt, NULL) != 0;
  return pending;
}

ZfStore *
zf_store_try_open_to_read (const char *path)
{
  g_autoptr(ZfStore) store = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!can_defer_check (path))
    return NULL;
  store = zf_store_open (path, NULL);
  /* What the store cannot open may be damage: the caller's check says which. */
  if (store == NULL || !set_check_pending (store, TRUE, NULL))
    return NULL;
  return g_steal_pointer (&store);
}

ZfStore *
zf_store_open_for_window (const char  *path,
                          GError     **error)
{
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) backup_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  store = zf_store_try_open_to_read (path);
  if (store != NULL)
    return g_steal_pointer (&store);

  store = zf_store_open_at_start (path, NULL, &backup_error, error);
  if (backup_error != NULL)
    g_message ("Today's automatic backup failed: %s", backup_error->message);
  return g_steal_pointer (&store);
}

/* What zf_store_open_at_start() gives, carried from its thread. */
typedef struct
{
  ZfStore *store;
  GError  *backup_error;
} Opened;

static void
opened_free (Opened *opened)
{
  g_clear_object (&opened->store);
  g_clear_error (&opened->backup_error);
  g_free (opened);
}

/* The store is made on the thread and used on the main one afterwards:
 * an SQLite connection may change threads when no other uses it. */
static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Opened *opened = g_new0 (Opened, 1);
  GError *error = NULL;

  opened->store = zf_store_open_at_start (task_data, NULL, &opened->backup_error, &error);
  if (opened->store == NULL)
    {
      opened_free (opened);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, opened, (GDestroyNotify) opened_free);
}

void
zf_store_open_at_start_async (const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zf_store_open_at_start_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_in_thread);
}

ZfStore *
zf_store_open_at_start_finish (GAsyncResult  *result,
                               GError       **backup_error,
                               GError       **error)
{
  Opened *opened;
  ZfStore *store;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  opened = g_task_propagate_pointer (G_TASK (result), error);
  if (opened == NULL)
    return NULL;
  store = g_steal_pointer (&opened->store);
  if (opened->backup_error != NULL)
    g_propagate_error (backup_error, g_steal_pointer (&opened->backup_error));
  opened_free (opened);
  return store;
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (quick_check_file (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
zf_store_check_at_start_async (ZfStore             *store,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ZF_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, zf_store_check_at_start_async);
  if (!zf_store_is_check_pending (store))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_task_set_task_data (task, g_strdup (zf_store_get_path (store)), g_free);
  g_task_run_in_thread (task, check_in_thread);
}

gboolean
zf_store_check_at_start_finish (ZfStore       *store,
                                GAsyncResult  *result,
                                char         **daily_backup,
                                GError       **backup_error,
                                GError       **error)
{
  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (zf_store_is_check_pending (store) && !set_check_pending (store, FALSE, error))
    return FALSE;

  back_up_today (store, daily_backup, backup_error);
  return TRUE;
}
