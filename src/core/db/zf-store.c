#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zf-collation.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-migrations.h"
#include "zf-store-private.h"
#include "zf-store-startup.h"
#include "zf-util.h"

struct _ZfStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  char        *operator_name;
  GHashTable  *statements;     /* const char *sql → sqlite3_stmt * */
  guint        depth;          /* open transactions (outermost + savepoints) */
  GHashTable  *pending;        /* table → GINT64 row id or 0: changes to announce */
  gboolean     audit_rows;
  gint64       data_version;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ZfStore, zf_store, G_TYPE_OBJECT)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
zf_store_finalize (GObject *object)
{
  ZfStore *self = ZF_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  if (self->db)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->operator_name, g_free);

  G_OBJECT_CLASS (zf_store_parent_class)->finalize (object);
}

static void
zf_store_class_init (ZfStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zf_store_finalize;

  /**
   * ZfStore::changed:
   * @table: the table written
   * @row_id: the row written, or 0 when many rows (or unknown ones) changed
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
zf_store_init (ZfStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->audit_rows = TRUE;
  /* g_get_real_name() answers "Unknown" when the account has no full name. */
  if (g_strcmp0 (g_get_real_name (), "Unknown") != 0)
    self->operator_name = g_strdup (g_get_real_name ());
  else
    self->operator_name = g_strdup (g_get_user_name ());
}

char *
zf_store_resolve_path (const char *explicit_path)
{
  const char *env;

  if (explicit_path != NULL && *explicit_path != '\0')
    return g_strdup (explicit_path);

  env = g_getenv ("ZHIFA_DB");
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "zhifa", "zhifa.db", NULL);
}

/* The register holds ID numbers and phones: its file, and the WAL and
 * shared-memory files SQLite derives from it (they inherit its mode), must
 * be readable by the user alone. Creating the file ourselves is the only way
 * to get 0600 regardless of the umask. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot open the database “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static void
sql_operator (sqlite3_context  *ctx,
              int               argc,
              sqlite3_value   **argv)
{
  ZfStore *self = sqlite3_user_data (ctx);

  sqlite3_result_text (ctx, self->operator_name, -1, SQLITE_TRANSIENT);
}

static void
sql_audit_enabled (sqlite3_context  *ctx,
                   int               argc,
                   sqlite3_value   **argv)
{
  ZfStore *self = sqlite3_user_data (ctx);

  sqlite3_result_int (ctx, self->audit_rows);
}

static gint64 map_size;

void
zf_store_set_map_size (gint64 bytes)
{
  map_size = MAX (bytes, 0);
}

void
zf_store_apply_map_size (sqlite3 *db)
{
  g_autofree char *sql = NULL;

  if (map_size == 0)
    return;
  /* A hint: SQLite caps it at its own limit and reads pages as before
   * where it cannot map. */
  sql = g_strdup_printf ("PRAGMA mmap_size = %" G_GINT64_FORMAT, map_size);
  sqlite3_exec (db, sql, NULL, NULL, NULL);
}

static ZfStore *
store_open (const char  *path,
            int          version,
            GError     **error)
{
  g_autoptr(ZfStore) self = NULL;
  static const char pragmas[] =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = FULL;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA temp_store = MEMORY;";
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_private_file (path, error))
    return NULL;

  self = g_object_new (ZF_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Cannot open the database “%s”: %s"),
                   path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  /* A second program (the CLI beside the app) waits for the lock instead of
   * failing at once. */
  sqlite3_busy_timeout (self->db, 10000);
  sqlite3_extended_result_codes (self->db, 1);

  sqlite3_create_function (self->db, "zf_operator", 0, SQLITE_UTF8, self,
                           sql_operator, NULL, NULL);
  sqlite3_create_function (self->db, "zf_audit_enabled", 0, SQLITE_UTF8, self,
                           sql_audit_enabled, NULL, NULL);
  if (!zf_collation_register (self->db, error))
    return NULL;

  /* Refuse a newer schema before touching anything, even the journal mode. */
  if (zf_migrations_current_version (self->db, error) > ZF_SCHEMA_VERSION)
    {
      g_clear_error (error);
      zf_migrations_run (self->db, ZF_SCHEMA_VERSION, error);
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  if (sqlite3_exec (self->db, pragmas, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("“%s” is not a Zhifa database or is damaged: %s"),
                   path, sqlite3_errmsg (self->db));
      return NULL;
    }

  if (!zf_migrations_run (self->db, version, error))
    return NULL;
  zf_store_apply_map_size (self->db);

  if (version == ZF_SCHEMA_VERSION)
    {
      if (!zf_store_key_names (self, error))
        {
          g_prefix_error (error, "%s: ", path);
          return NULL;
        }
      g_autofree char *user = zf_store_get_setting_text (self, ZF_SETTING_USER_NAME);

      if (user != NULL)
        zf_store_set_operator (self, user);
    }

  self->data_version = -1;
  zf_store_poll_external_changes (self);

  return g_steal_pointer (&self);
}

ZfStore *
zf_store_open (const char  *path,
               GError     **error)
{
  return store_open (path, ZF_SCHEMA_VERSION, error);
}

ZfStore *
zf_store_open_at_version (const char  *path,
                          int          version,
                          GError     **error)
{
  return store_open (path, version, error);
}

const char *
zf_store_get_path (ZfStore *self)
{
  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  return self->path;
}

const char *
zf_store_get_operator (ZfStore *self)
{
  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  return self->operator_name;
}

void
zf_store_set_operator (ZfStore    *self,
                       const char *operator_name)
{
  g_return_if_fail (ZF_IS_STORE (self));
  g_return_if_fail (operator_name != NULL);

  g_free (self->operator_name);
  self->operator_name = g_strdup (operator_name);
}

sqlite3 *
zf_store_get_db (ZfStore *self)
{
  return self->db;
}

static const char *
constraint_message (const char *sqlite_message)
{
  if (strstr (sqlite_message, "UNIQUE") != NULL)
    return _("Another record already has this value");
  if (strstr (sqlite_message, "FOREIGN KEY") != NULL)
    return _("Other records still refer to this one");
  if (strstr (sqlite_message, "CHECK") != NULL || strstr (sqlite_message, "NOT NULL") != NULL)
    return _("A required field is missing or has a value that is not allowed");
  return NULL;
}

void
zf_store_set_error (ZfStore  *self,
                    GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);
  const char *msg = sqlite3_errmsg (self->db);
  const char *human;

  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, ZF_ERROR, ZF_ERROR_BUSY,
                   _("The database is busy: another Zhifa program is writing to it. "
                     "Please try again in a moment."));
      return;
    case SQLITE_CONSTRAINT:
      human = constraint_message (msg);
      if (human != NULL)
        {
          g_set_error (error, ZF_ERROR,
                       code == SQLITE_CONSTRAINT_UNIQUE ? ZF_ERROR_DUPLICATE : ZF_ERROR_INVALID,
                       "%s (%s)", human, msg);
          return;
        }
      break;
    case SQLITE_READONLY:
      /* Refused by zf_store_open_for_window() until the file is checked. */
      if (code == SQLITE_READONLY)
        {
          /* Asking runs a statement, which replaces the message. */
          g_autofree char *saved = g_strdup (msg);

          if (zf_store_is_check_pending (self))
            g_set_error (error, ZF_ERROR, ZF_ERROR_BUSY,
                         _("The database is still being checked; nothing was saved. "
                           "Please try again in a moment."));
          else
            g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, _("Database error: %s"), saved);
          return;
        }
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      /* A store opened to read is not checked first: damage shows here. */
      g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED, _("The database “%s” is damaged: %s"),
                   self->path, msg);
      return;
    case SQLITE_FULL:
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("The disk is full; nothing was saved."));
      return;
    default:
      break;
    }

  g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, _("Database error: %s"), msg);
}

sqlite3_stmt *
zf_store_prepare (ZfStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_critical ("Cannot prepare %s: %s", sql, sqlite3_errmsg (self->db));
      zf_store_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
zf_store_exec_stmt (ZfStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
zf_store_exec (ZfStore     *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  return stmt != NULL && zf_store_exec_stmt (self, stmt, error);
}

GPtrArray *
zf_store_collect_rows (ZfStore        *self,
                       sqlite3_stmt   *stmt,
                       ZfRowFunc       make_row,
                       GDestroyNotify  free_row,
                       GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, make_row (stmt));
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&rows);
}

void
zf_bind_text (sqlite3_stmt *stmt,
              int           index,
              const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
zf_bind_id (sqlite3_stmt *stmt,
            int           index,
            gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

void
zf_bind_id_set (sqlite3_stmt *stmt,
                int           index,
                GArray       *ids)
{
  GString *json;

  if (ids == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  json = g_string_sized_new (8 * ids->len + 2);
  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');
  sqlite3_bind_text (stmt, index, g_string_free (json, FALSE), -1, g_free);
}

char *
zf_column_dup (sqlite3_stmt *stmt,
               int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static void
emit_pending (ZfStore *self)
{
  g_autoptr(GHashTable) pending = g_steal_pointer (&self->pending);
  GHashTableIter iter;
  gpointer key, value;

  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 row = GPOINTER_TO_SIZE (value) == G_MAXSIZE ? 0 : (gint64) GPOINTER_TO_SIZE (value);
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (key), key, row);
    }
}

void
zf_store_notify_changed (ZfStore    *self,
                         const char *table,
                         gint64      row_id)
{
  gpointer old;
  gsize value = row_id > 0 ? (gsize) row_id : G_MAXSIZE;

  g_return_if_fail (ZF_IS_STORE (self));

  /* Two different rows of one table in one transaction collapse to "many". */
  if (g_hash_table_lookup_extended (self->pending, table, NULL, &old) &&
      GPOINTER_TO_SIZE (old) != value)
    value = G_MAXSIZE;
  g_hash_table_insert (self->pending, g_strdup (table), GSIZE_TO_POINTER (value));

  if (self->depth == 0)
    emit_pending (self);
}

/* The outermost level opens the transaction with @begin_sql; a nested
 * one is a savepoint inside it. */
static gboolean
begin_level (ZfStore     *self,
             const char  *begin_sql,
             GError     **error)
{
  static const char savepoint_sql[] = "SAVEPOINT zf_nested";

  if (!zf_store_exec (self, self->depth == 0 ? begin_sql : savepoint_sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
zf_store_begin (ZfStore  *self,
                GError  **error)
{
  static const char begin_sql[] = "BEGIN IMMEDIATE";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return begin_level (self, begin_sql, error);
}

gboolean
zf_store_begin_read (ZfStore  *self,
                     GError  **error)
{
  static const char begin_sql[] = "BEGIN DEFERRED";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return begin_level (self, begin_sql, error);
}

gboolean
zf_store_commit (ZfStore  *self,
                 GError  **error)
{
  static const char commit_sql[] = "COMMIT";
  static const char release_sql[] = "RELEASE zf_nested";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!zf_store_exec (self, self->depth == 1 ? commit_sql : release_sql, error))
    {
      zf_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  if (self->depth == 0)
    emit_pending (self);
  return TRUE;
}

void
zf_store_rollback (ZfStore *self)
{
  static const char rollback_sql[] = "ROLLBACK";
  static const char rollback_nested_sql[] = "ROLLBACK TO zf_nested";
  static const char release_sql[] = "RELEASE zf_nested";

  g_return_if_fail (ZF_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      /* SQLite may already have rolled back (e.g. SQLITE_FULL); a failing
       * ROLLBACK then is harmless. */
      zf_store_exec (self, rollback_sql, NULL);
      g_hash_table_remove_all (self->pending);
    }
  else
    {
      zf_store_exec (self, rollback_nested_sql, NULL);
      zf_store_exec (self, release_sql, NULL);
    }
  self->depth--;
}

void
zf_store_set_audit_rows (ZfStore  *self,
                         gboolean  enabled)
{
  g_return_if_fail (ZF_IS_STORE (self));

  self->audit_rows = !!enabled;
}

gboolean
zf_store_audit_summary (ZfStore     *self,
                        const char  *table,
                        const char  *summary_json,
                        GError     **error)
{
  static const char sql[] =
    "INSERT INTO audit_log (who, tbl, action, new) VALUES (zf_operator (), ?1, 'import', ?2)";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, table);
  zf_bind_text (stmt, 2, summary_json);
  return zf_store_exec_stmt (self, stmt, error);
}

gboolean
zf_store_check_integrity (ZfStore    *self,
                          gboolean    quick,
                          GPtrArray  *problems,
                          GError    **error)
{
  static const char quick_sql[] = "PRAGMA quick_check";
  static const char full_sql[] = "PRAGMA integrity_check";
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, quick ? quick_sql : full_sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        {
          ok = FALSE;
          if (problems)
            g_ptr_array_add (problems, g_strdup (line));
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }

  return zf_store_check_foreign_keys (self, problems, error) && ok;
}

gboolean
zf_store_check_foreign_keys (ZfStore    *self,
                             GPtrArray  *problems,
                             GError    **error)
{
  static const char fk_sql[] = "PRAGMA foreign_key_check";
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, fk_sql, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ok = FALSE;
      if (problems)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("Row %lld of table %s refers to a missing row of %s"),
                                          (long long) sqlite3_column_int64 (stmt, 1),
                                          sqlite3_column_text (stmt, 0),
                                          sqlite3_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  return ok;
}

gboolean
zf_store_poll_external_changes (ZfStore *self)
{
  static const char sql[] = "PRAGMA data_version";
  sqlite3_stmt *stmt;
  gint64 version = -1;
  gboolean changed;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  /* data_version changes only for commits by other connections. */
  changed = self->data_version >= 0 && version != self->data_version;
  self->data_version = version;
  if (changed && self->depth == 0)
    {
      g_autoptr(GError) error = NULL;

      /* The other program may have written names without their keys; a
       * failure (the file busy) leaves them for the next poll. */
      if (!zf_store_key_names (self, &error))
        g_debug ("Names not keyed yet: %s", error->message);
      g_signal_emit (self, signals[CHANGED], g_quark_from_static_string ("*"), "*", (gint64) 0);
    }
  return changed;
}
