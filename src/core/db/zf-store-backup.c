#define G_LOG_DOMAIN "zf-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "zf-backup.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-migrations.h"
#include "zf-store-private.h"

#define DAILY_PREFIX "zhifa-"
#define DAILY_SUFFIX ".db"

char *
zf_backup_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autofree char *own = NULL;

  if (g_str_equal (base, "zhifa.db"))
    return g_build_filename (dir, "backups", NULL);
  /* Two registers in one folder must not share (and prune, and restore)
   * each other's backups. */
  own = g_strconcat (base, "-backups", NULL);
  return g_build_filename (dir, own, NULL);
}

/* Copies everything from @src into @dest in steps, so that a large register
 * does not hold the source's read lock for the whole copy. */
static gboolean
copy_database (sqlite3     *dest,
               sqlite3     *src,
               GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", src, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Cannot start the copy: %s"), sqlite3_errmsg (dest));
      return FALSE;
    }

  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Copying the database failed: %s"), sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
create_private (const char  *path,
                GError     **error)
{
  int fd = open (path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Copies the database open in @src to @dest_path. */
static gboolean
copy_to_file (sqlite3     *src,
              const char  *dest_path,
              GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *dir = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;

  dir = g_path_get_dirname (dest_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  /* Unique, so that the app and zhifa-cli starting together never write
   * into the same temporary file. */
  tmp = g_strconcat (dest_path, ".XXXXXX.part", NULL);
  {
    int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);

    if (fd < 0)
      {
        int saved = errno;
        g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                     _("Cannot write “%s”: %s"), dest_path, g_strerror (saved));
        return FALSE;
      }
    close (fd);
  }

  if (sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Cannot write “%s”: %s"), dest_path, sqlite3_errmsg (dest));
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }

  ok = copy_database (dest, src, error);
  /* A backup is one self-contained file: no WAL beside it on a USB stick. */
  if (ok)
    sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (dest);

  if (ok && g_rename (tmp, dest_path) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot write “%s”: %s"), dest_path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

gboolean
zf_backup_to_file (ZfStore     *store,
                   const char  *dest_path,
                   GError     **error)
{
  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  return copy_to_file (zf_store_get_db (store), dest_path, error);
}

char *
zf_backup_before_upgrade (const char  *db_path,
                          GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "before-upgrade-%Y-%m-%d-%H%M%S.db");
  g_autofree char *dir = zf_backup_dir_for (db_path);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  sqlite3 *src = NULL;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, NULL);

  /* Read-only: the file stays as it is until the upgrade itself. */
  if (sqlite3_open_v2 (db_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, _("Cannot open the database “%s”: %s"),
                   db_path, src ? sqlite3_errmsg (src) : "");
      sqlite3_close (src);
      return NULL;
    }
  sqlite3_db_config (src, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_busy_timeout (src, 10000);
  ok = copy_to_file (src, path, error);
  sqlite3_close (src);
  return ok ? g_steal_pointer (&path) : NULL;
}

static gint64
modified_time (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_mtime : 0;
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const char *pa = *(const char **) a;
  const char *pb = *(const char **) b;
  gint64 ta = modified_time (pa);
  gint64 tb = modified_time (pb);

  /* Same second: the names carry the date, later names are newer. */
  if (ta != tb)
    return ta < tb ? 1 : -1;
  return -g_strcmp0 (pa, pb);
}

GPtrArray *
zf_backup_list (const char *db_path)
{
  g_autofree char *dir_path = zf_backup_dir_for (db_path);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, DAILY_SUFFIX))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (paths, compare_newest_first);
  return g_steal_pointer (&paths);
}

static void
prune_daily (const char *db_path,
             guint       keep)
{
  g_autoptr(GPtrArray) all = zf_backup_list (db_path);
  guint kept = 0;

  for (guint i = 0; i < all->len; i++)
    {
      g_autofree char *base = g_path_get_basename (all->pdata[i]);

      /* Only automatic backups are pruned; safety copies made before a
       * restore are kept until the user removes them. */
      if (!g_str_has_prefix (base, DAILY_PREFIX))
        continue;
      if (++kept > keep)
        g_unlink (all->pdata[i]);
    }
}

char *
zf_backup_daily (ZfStore  *store,
                 guint     keep,
                 GError  **error)
{
  g_autofree char *today = zf_date_today ();
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  dir = zf_backup_dir_for (zf_store_get_path (store));
  name = g_strconcat (DAILY_PREFIX, today, DAILY_SUFFIX, NULL);
  path = g_build_filename (dir, name, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  if (!zf_backup_to_file (store, path, error))
    return NULL;
  prune_daily (zf_store_get_path (store), MAX (keep, 1));
  return g_steal_pointer (&path);
}

gboolean
zf_backup_verify (const char  *path,
                  GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int version = -1;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("“%s” does not exist."), path);
      return FALSE;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    goto bad;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW ||
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    goto bad;
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master WHERE name = 'body'",
                          -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 0) != 1)
    goto bad;
  sqlite3_finalize (stmt);
  stmt = NULL;

  version = zf_migrations_current_version (db, NULL);
  if (version > ZF_SCHEMA_VERSION)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was written by a newer version of Zhifa (schema %d; this "
                     "version knows up to %d)."), path, version, ZF_SCHEMA_VERSION);
      sqlite3_close (db);
      return FALSE;
    }
  ok = version >= 1;

bad:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (!ok)
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                 _("“%s” is not a sound Zhifa database (damaged or another kind of file)."),
                 path);
  return ok;
}

char *
zf_backup_restore (ZfStore     *store,
                   const char  *backup_path,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *safety = NULL;
  sqlite3 *src = NULL;
  gboolean ok;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if (!zf_backup_verify (backup_path, error))
    return NULL;

  dir = zf_backup_dir_for (zf_store_get_path (store));
  name = g_strconcat ("before-restore-", stamp, DAILY_SUFFIX, NULL);
  safety = g_build_filename (dir, name, NULL);
  if (!zf_backup_to_file (store, safety, error))
    {
      g_prefix_error (error, _("Nothing was restored: the current data could not be "
                               "saved first. "));
      return NULL;
    }

  if (sqlite3_open_v2 (backup_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Cannot open “%s”: %s"), backup_path, sqlite3_errmsg (src));
      sqlite3_close (src);
      return NULL;
    }
  ok = copy_database (zf_store_get_db (store), src, error);
  sqlite3_close (src);
  if (!ok)
    return NULL;

  /* The copy may be from an older version: bring it up to date and make
   * sure the connection's settings still hold. */
  if (!zf_migrations_run (zf_store_get_db (store), ZF_SCHEMA_VERSION, error))
    return NULL;
  sqlite3_exec (zf_store_get_db (store), "PRAGMA journal_mode = WAL", NULL, NULL, NULL);

  zf_store_notify_changed (store, "*", 0);
  return g_steal_pointer (&safety);
}

char *
zf_backup_latest_good (const char *db_path)
{
  g_autoptr(GPtrArray) all = zf_backup_list (db_path);

  for (guint i = 0; i < all->len; i++)
    if (zf_backup_verify (all->pdata[i], NULL))
      return g_strdup (all->pdata[i]);
  return NULL;
}

static gboolean
rename_or_error (const char  *from,
                 const char  *to,
                 GError     **error)
{
  if (g_rename (from, to) == 0)
    return TRUE;

  {
    int saved = errno;
    g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                 _("Cannot move “%s” to “%s”: %s"), from, to, g_strerror (saved));
  }
  return FALSE;
}

/* Fills a new private file at @db_path from @backup_path. */
static gboolean
copy_backup_to_new_file (const char  *db_path,
                         const char  *backup_path,
                         GError     **error)
{
  sqlite3 *src = NULL;
  sqlite3 *dest = NULL;
  gboolean ok = FALSE;

  if (!create_private (db_path, error))
    return FALSE;
  if (sqlite3_open_v2 (backup_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_open_v2 (db_path, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, _("Cannot open “%s”: %s"), backup_path,
                 sqlite3_errmsg (src));
  else if (copy_database (dest, src, error))
    ok = sqlite3_exec (dest, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close (dest);
  sqlite3_close (src);
  return ok;
}

char *
zf_backup_restore_file (const char  *db_path,
                        const char  *backup_path,
                        GError     **error)
{
  static const char *const suffixes[] = { "", "-wal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *dir = zf_backup_dir_for (db_path);
  g_autofree char *name = g_strconcat ("damaged-", stamp, DAILY_SUFFIX, NULL);
  g_autofree char *kept = g_build_filename (dir, name, NULL);
  gboolean moved[G_N_ELEMENTS (suffixes)] = { FALSE, };
  gboolean ok = TRUE;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, NULL);

  if (!zf_backup_verify (backup_path, error))
    return NULL;
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return NULL;
    }

  /* Renamed, not copied: the damaged bytes are kept exactly as they were,
   * and a WAL must travel with its database. */
  for (guint i = 0; ok && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (db_path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (kept, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        ok = moved[i] = rename_or_error (from, to, error);
    }

  if (ok && copy_backup_to_new_file (db_path, backup_path, error))
    return g_steal_pointer (&kept);

  /* Put everything back as it was. */
  g_unlink (db_path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (moved[i])
      {
        g_autofree char *from = g_strconcat (kept, suffixes[i], NULL);
        g_autofree char *to = g_strconcat (db_path, suffixes[i], NULL);

        g_rename (from, to);
      }
  return NULL;
}
