#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include "zf-error.h"
#include "zf-store-private.h"

/* Whether the keys are of this ICU, and whether a row lacks its key. The
 * partial indexes of unkeyed rows are named: the planner would rather
 * scan a covering index of all 100,000 officers (officer_body holds the
 * key), which cost every start a read of the whole index. */
const char zf_store_name_keys_state_sql[] =
  "SELECT (SELECT count (*) FROM setting WHERE key = 'pinyin_key_version' "
  "AND value = pinyin_key_version ()), "
  "EXISTS (SELECT 1 FROM body INDEXED BY body_name_unkeyed WHERE name_key IS NULL) "
  "OR EXISTS (SELECT 1 FROM officer INDEXED BY officer_name_unkeyed WHERE name_key IS NULL)";

/* The names' stored sort keys (zf-schema-v9.c): those another program
 * left out are made, and all of them again after Debian brings an ICU of
 * another version, in one transaction, before anything reads them in
 * order. Nothing is written when every key is in place: two lookups in
 * the partial indexes of unkeyed rows. */
gboolean
zf_store_key_names (ZfStore  *self,
                    GError  **error)
{
  static const char unkeyed_sql[] =
    "BEGIN IMMEDIATE;"
    "UPDATE body SET name_key = pinyin_key (name) WHERE name_key IS NULL;"
    "UPDATE officer SET name_key = pinyin_key (name) WHERE name_key IS NULL;"
    "COMMIT;";
  static const char rekey_sql[] =
    "BEGIN IMMEDIATE;"
    "UPDATE body SET name_key = pinyin_key (name);"
    "UPDATE officer SET name_key = pinyin_key (name);"
    "INSERT OR REPLACE INTO setting (key, value) VALUES ('pinyin_key_version', pinyin_key_version ());"
    "COMMIT;";
  sqlite3 *db = zf_store_get_db (self);
  sqlite3_stmt *stmt = NULL;
  gboolean same_version = FALSE, unkeyed = FALSE;
  char *msg = NULL;

  if (sqlite3_prepare_v2 (db, zf_store_name_keys_state_sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", sqlite3_errmsg (db));
      return FALSE;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      same_version = sqlite3_column_int (stmt, 0) > 0;
      unkeyed = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_finalize (stmt);
  if (same_version && !unkeyed)
    return TRUE;
  if (sqlite3_exec (db, same_version ? unkeyed_sql : rekey_sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", msg ? msg : sqlite3_errmsg (db));
      sqlite3_free (msg);
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
