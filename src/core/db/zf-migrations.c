#define G_LOG_DOMAIN "zf-migrations"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-migrations-private.h"

typedef struct
{
  int         version;
  const char *sql;
} MigrationStep;

/* Inspection items of earlier registers (and of an earlier demo) held
 * 抽查比例 and 抽查频次 swapped: a ratio of "每年一次" (text in a REAL
 * column) and a frequency of "30.0". A ratio written "30%" is its number;
 * a ratio in words is the frequency, and a number then in the frequency is
 * the ratio, as is a number in the frequency of an item without a ratio;
 * words in both stay for a person to read. */
#define TRIMMED(col) "rtrim (trim (" col "), '%％')"
#define IS_NUMBER(text) \
  "(" text " GLOB '*[0-9]*' AND " text " NOT GLOB '*[^0-9.]*' AND " text " NOT GLOB '*.*.*')"
static const char inspection_ratio_frequency[] =
  "UPDATE inspection_item SET ratio = CAST (" TRIMMED ("ratio") " AS REAL) "
  "WHERE typeof (ratio) = 'text' AND " IS_NUMBER (TRIMMED ("ratio")) ";"
  "UPDATE inspection_item SET "
  "  ratio = CASE WHEN " IS_NUMBER (TRIMMED ("frequency")) " "
  "    THEN CAST (" TRIMMED ("frequency") " AS REAL) END, "
  "  frequency = trim (ratio) "
  "WHERE typeof (ratio) = 'text' AND trim (ratio) <> '' "
  "AND (frequency IS NULL OR trim (frequency) = '' OR " IS_NUMBER (TRIMMED ("frequency")) ");"
  "UPDATE inspection_item SET ratio = NULL WHERE typeof (ratio) = 'text' AND trim (ratio) = '';"
  "UPDATE inspection_item SET ratio = CAST (" TRIMMED ("frequency") " AS REAL), frequency = NULL "
  "WHERE ratio IS NULL AND " IS_NUMBER (TRIMMED ("frequency")) ";";
#undef IS_NUMBER
#undef TRIMMED

/* Ordered; append only. Each runs in its own transaction together with the
 * user_version bump, so a failed step leaves the previous version intact. */
static const MigrationStep steps[] = {
  { 1, zf_schema_v1 },
  { 2, zf_schema_v2 },
  { 3, zf_schema_v3 },
  { 4, zf_schema_v4 },
  { 5, zf_schema_v5 },
  { 6, zf_schema_v6 },
  { 7, inspection_ratio_frequency },
  { 8, zf_schema_v8 },
  { 9, zf_schema_v9 },
  { 10, zf_schema_v10 },
  { 11, zf_schema_v11 },
  { 12, zf_schema_v12 },
  { 13, zf_schema_v13 },
};

/* Every table with an id and a uuid is audited. The triggers are derived from
 * the live column list, so a later migration that adds a column gets it
 * audited by calling this again; no trigger text is kept by hand. Identifiers
 * come from sqlite_master, never from user input. The WHEN clause of the
 * inserts lets a bulk import record one summary row instead of one per new
 * record (the file's name, its SHA-256 and the counts say what came in);
 * an update or a delete is always recorded with the old values, so that an
 * import that changed a record can be undone by hand. */
static gboolean
rebuild_audit_triggers (sqlite3  *db,
                        GError  **error)
{
  static const char list_sql[] =
    "SELECT m.name FROM sqlite_master m "
    "WHERE m.type = 'table' AND m.name NOT IN ('audit_log', 'setting') "
    "AND m.name NOT LIKE 'sqlite_%' "
    "AND EXISTS (SELECT 1 FROM pragma_table_info (m.name) WHERE name = 'uuid') "
    "ORDER BY m.name";
  /* A derived column is left out (JSON holds no BLOB), and an update of it
   * alone is no change of the record: the update trigger names the others. */
  static const char cols_sql[] =
    "SELECT name FROM pragma_table_info (?1) WHERE name <> 'name_key' ORDER BY cid";
  static const char *const actions[] = { "insert", "update", "delete" };
  sqlite3_stmt *list = NULL;
  sqlite3_stmt *cols = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (db, list_sql, -1, &list, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, cols_sql, -1, &cols, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", sqlite3_errmsg (db));
      ok = FALSE;
      goto out;
    }

  while (ok && sqlite3_step (list) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (list, 0);
      g_autoptr(GString) old_obj = g_string_new ("json_object(");
      g_autoptr(GString) new_obj = g_string_new ("json_object(");
      g_autoptr(GString) update_of = g_string_new ("UPDATE OF ");
      gboolean first = TRUE;

      sqlite3_bind_text (cols, 1, table, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (cols) == SQLITE_ROW)
        {
          const char *col = (const char *) sqlite3_column_text (cols, 0);

          g_string_append_printf (old_obj, "%s'%s', OLD.\"%s\"", first ? "" : ", ", col, col);
          g_string_append_printf (new_obj, "%s'%s', NEW.\"%s\"", first ? "" : ", ", col, col);
          g_string_append_printf (update_of, "%s\"%s\"", first ? "" : ", ", col);
          first = FALSE;
        }
      sqlite3_reset (cols);
      g_string_append_c (old_obj, ')');
      g_string_append_c (new_obj, ')');

      for (guint i = 0; ok && i < G_N_ELEMENTS (actions); i++)
        {
          const char *a = actions[i];
          const char *event = i == 1 ? update_of->str : a;
          const char *row = i == 2 ? "OLD" : "NEW";
          g_autofree char *drop = g_strdup_printf ("DROP TRIGGER IF EXISTS \"audit_%s_%s\"", table, a);
          g_autofree char *create = g_strdup_printf (
            "CREATE TRIGGER \"audit_%s_%s\" AFTER %s ON \"%s\" %s"
            "BEGIN INSERT INTO audit_log (who, tbl, row_id, row_uuid, action, old, new) "
            "VALUES (zf_operator (), '%s', %s.id, %s.uuid, '%s', %s, %s); END",
            table, a, event, table, i == 0 ? "WHEN zf_audit_enabled () " : "",
            table, row, row, a,
            i == 0 ? "NULL" : old_obj->str,
            i == 2 ? "NULL" : new_obj->str);
          char *msg = NULL;

          if (sqlite3_exec (db, drop, NULL, NULL, &msg) != SQLITE_OK ||
              sqlite3_exec (db, create, NULL, NULL, &msg) != SQLITE_OK)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", msg);
              sqlite3_free (msg);
              ok = FALSE;
            }
        }
    }

out:
  sqlite3_finalize (list);
  sqlite3_finalize (cols);
  return ok;
}

int
zf_migrations_current_version (sqlite3  *db,
                               GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  else
    g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                 _("Cannot read the database version: %s"), sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return version;
}

static gboolean
exec_or_error (sqlite3     *db,
               const char  *sql,
               GError     **error)
{
  char *msg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", msg ? msg : sqlite3_errmsg (db));
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

static int
pragma_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* With foreign keys off, a rebuilt table could lose a row another one
 * points at: SQLite's own recipe checks before the commit. */
static gboolean
foreign_keys_hold (sqlite3  *db,
                   GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  gboolean broken = rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW;

  if (broken)
    g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED,
                 _("A row of “%s” refers to a row that no longer exists."),
                 (const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_OK)
    g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED, "%s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK && !broken;
}

/* One step in its own transaction together with the user_version bump, so
 * that a failed step leaves the previous version intact. A step may
 * rebuild a table others refer to, and dropping the old one with foreign
 * keys on would cascade into its children: they are off for the step (the
 * pragma is a no-op inside a transaction, hence around it). */
static gboolean
migrate_step (sqlite3              *db,
              const MigrationStep  *step,
              GError              **error)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", step->version);
  gboolean foreign_keys = pragma_int (db, "PRAGMA foreign_keys") != 0;
  gboolean ok;

  if (foreign_keys && !exec_or_error (db, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = exec_or_error (db, "BEGIN IMMEDIATE", error);
  if (ok &&
      !(exec_or_error (db, step->sql, error) &&
        foreign_keys_hold (db, error) &&
        rebuild_audit_triggers (db, error) &&
        exec_or_error (db, bump, error) &&
        exec_or_error (db, "COMMIT", error)))
    {
      g_prefix_error (error, _("Upgrading the database to version %d failed: "), step->version);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      ok = FALSE;
    }
  if (foreign_keys)
    sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return ok;
}

gboolean
zf_migrations_run (sqlite3  *db,
                   int       target_version,
                   GError  **error)
{
  int current = zf_migrations_current_version (db, error);

  if (current < 0)
    return FALSE;

  if (current > ZF_SCHEMA_VERSION)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_SCHEMA_TOO_NEW,
                   _("This database was written by a newer version of Zhifa "
                     "(schema %d; this version knows up to %d). It was not opened, "
                     "so nothing in it was changed. Please update Zhifa."),
                   current, ZF_SCHEMA_VERSION);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (steps[i].version <= current || steps[i].version > target_version)
        continue;
      if (!migrate_step (db, &steps[i], error))
        return FALSE;
      g_debug ("Migrated database to schema version %d", steps[i].version);
    }

  return TRUE;
}
