#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include "zf-store-audit.h"
#include "zf-store-private.h"

static void
audit_change_free (gpointer data)
{
  ZfAuditChange *change = data;

  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

void
zf_audit_entry_free (ZfAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->who);
  g_free (entry->action);
  g_clear_pointer (&entry->changes, g_ptr_array_unref);
  g_free (entry);
}

GPtrArray *
zf_store_row_history (ZfStore     *self,
                      const char  *table,
                      gint64       row_id,
                      GError     **error)
{
  /* The triggers store the whole row before and after: the fields of an
   * update are those whose values differ. */
  static const char sql[] =
    "SELECT a.id, a.at, a.who, a.action, e.key, "
    "       json_extract (a.old, '$.\"' || e.key || '\"'), "
    "       json_extract (a.new, '$.\"' || e.key || '\"') "
    "FROM audit_log a, json_each (coalesce (a.new, a.old)) e "
    "WHERE a.tbl = ?1 AND a.row_id = ?2 "
    "  AND e.key NOT IN ('id', 'uuid', 'created_at', 'updated_at') "
    "  AND CASE a.action "
    "        WHEN 'update' THEN json_extract (a.old, '$.\"' || e.key || '\"') "
    "                    IS NOT json_extract (a.new, '$.\"' || e.key || '\"') "
    "        ELSE e.value IS NOT NULL AND e.value != '' END "
    "ORDER BY a.id DESC, e.id";
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_audit_entry_free);
  ZfAuditEntry *entry = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, table);
  sqlite3_bind_int64 (stmt, 2, row_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfAuditChange *change;

      if (entry == NULL || entry->id != sqlite3_column_int64 (stmt, 0))
        {
          entry = g_new0 (ZfAuditEntry, 1);
          entry->id = sqlite3_column_int64 (stmt, 0);
          entry->at = zf_column_dup (stmt, 1);
          entry->who = zf_column_dup (stmt, 2);
          entry->action = zf_column_dup (stmt, 3);
          entry->changes = g_ptr_array_new_with_free_func (audit_change_free);
          g_ptr_array_add (entries, entry);
        }
      change = g_new0 (ZfAuditChange, 1);
      change->field = zf_column_dup (stmt, 4);
      change->old_value = zf_column_dup (stmt, 5);
      change->new_value = zf_column_dup (stmt, 6);
      g_ptr_array_add (entry->changes, change);
    }
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&entries);
}
