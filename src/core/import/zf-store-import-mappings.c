#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-import-private.h"

/* Saved mappings of a register's columns, stored as JSON. */

gboolean
zf_store_save_import_mapping (ZfStore     *self,
                              const char  *register_name,
                              const char  *name,
                              const char  *json,
                              GError     **error)
{
  static const char sql[] =
    "INSERT INTO import_mapping (register, name, mapping) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (register, name) DO UPDATE SET mapping = excluded.mapping, " TOUCH;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (name == NULL || *name == '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("A saved mapping needs a name."));
      return FALSE;
    }
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, register_name);
  zf_bind_text (stmt, 2, name);
  zf_bind_text (stmt, 3, json);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_store_notify_changed (self, "import_mapping", 0);
  return TRUE;
}

char *
zf_store_load_import_mapping (ZfStore     *self,
                              const char  *register_name,
                              const char  *name,
                              GError     **error)
{
  static const char sql[] = "SELECT mapping FROM import_mapping WHERE register = ?1 AND name = ?2";
  sqlite3_stmt *stmt;
  char *json = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, register_name);
  zf_bind_text (stmt, 2, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    json = zf_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (json == NULL)
    g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                 _("There is no saved mapping named “%s”."), name);
  return json;
}

GPtrArray *
zf_store_list_import_mappings (ZfStore     *self,
                               const char  *register_name,
                               GError     **error)
{
  static const char sql[] = "SELECT name FROM import_mapping WHERE register = ?1 ORDER BY name COLLATE pinyin";
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, register_name);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, zf_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  return g_steal_pointer (&names);
}

/* SQLite's JSON functions parse the mapping: no second JSON library, and
 * the same parser that checks what is stored. */
GHashTable *
zf_store_parse_import_mapping (ZfStore     *self,
                               const char  *register_name,
                               const char  *json,
                               GError     **error)
{
  static const char check_sql[] =
    "SELECT json_valid (?1), json_type (?1, '$.columns'), json_extract (?1, '$.register')";
  /* The register's columns, and those of the registers read from the
   * workbook's other sheets with it ("transfers": {…}) as
   * "transfers.date". */
  static const char each_sql[] =
    "SELECT key, value FROM json_each (?1, '$.columns') WHERE type = 'text' "
    "UNION ALL SELECT p.key || '.' || c.key, c.value FROM json_each (?1) p, json_each (p.value) c "
    "WHERE p.type = 'object' AND p.key <> 'columns' AND c.type = 'text'";
  g_autoptr(GHashTable) mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *kind = NULL;
  g_autofree char *reg = NULL;
  gboolean valid = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, check_sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, json);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      valid = sqlite3_column_int (stmt, 0) == 1;
      kind = zf_column_dup (stmt, 1);
      reg = zf_column_dup (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (!valid || g_strcmp0 (kind, "object") != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The mapping is not valid: it should be JSON like "
                     "{\"register\": \"officers\", \"columns\": {\"name\": \"姓名\"}}."));
      return NULL;
    }
  if (reg != NULL && register_name != NULL && strcmp (reg, register_name) != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The mapping is for the register “%s”, not “%s”."), reg, register_name);
      return NULL;
    }

  stmt = zf_store_prepare (self, each_sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, json);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (mapping, zf_column_dup (stmt, 0), zf_column_dup (stmt, 1));
  sqlite3_reset (stmt);
  return g_steal_pointer (&mapping);
}
