#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-private.h"
#include "zf-store-query.h"

/* Reading rows: one value, one record, the ids of a list. */

gint64
zf_store_step_int64 (ZfStore       *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  gint64 value = 0;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return value;
}

gint64
zf_store_step_saved (ZfStore       *self,
                     sqlite3_stmt  *stmt,
                     ZfRecord      *record,
                     const char    *gone,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);
  gint64 id = 0;

  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (record != NULL)
        {
          zf_record_set_id (record, id);
          if (sqlite3_column_count (stmt) > 1 &&
              strcmp (sqlite3_column_name (stmt, 1), "uuid") == 0)
            g_object_set (record, "uuid", sqlite3_column_text (stmt, 1), NULL);
        }
    }
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                         gone ? gone : _("The record no longer exists; it may have been "
                                         "deleted by another program."));
  else
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return id;
}

gboolean
zf_store_write_record (ZfStore     *self,
                       ZfRecord    *record,
                       const char  *insert_sql,
                       const char  *update_sql,
                       const char  *gone,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = zf_store_prepare (self, zf_record_get_id (record) > 0 ? update_sql : insert_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_record_bind (record, stmt);
  return zf_store_step_saved (self, stmt, record, gone, error) != 0;
}

gboolean
zf_store_save_record (ZfStore     *self,
                      ZfRecord    *record,
                      const char  *table,
                      const char  *insert_sql,
                      const char  *update_sql,
                      GError     **error)
{
  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_write_record (self, record, insert_sql, update_sql, NULL, error))
    {
      zf_store_rollback (self);
      return FALSE;
    }
  zf_store_notify_changed (self, table, zf_record_get_id (record));
  return zf_store_commit (self, error);
}

ZfRecord *
zf_store_step_record (sqlite3_stmt *stmt,
                      GType         type)
{
  ZfRecord *record = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      record = g_object_new (type, NULL);
      zf_record_load_row (record, stmt);
    }
  sqlite3_reset (stmt);
  return record;
}

ZfRecord *
zf_store_load_record (ZfStore     *self,
                      const char  *sql,
                      GType        type,
                      gint64       id,
                      const char  *not_found,
                      GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
  ZfRecord *record;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  record = zf_store_step_record (stmt, type);
  if (record == NULL && not_found != NULL)
    g_set_error_literal (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, not_found);
  return record;
}

/* Appends column 0 of each row of @stmt to @ids; returns the last step's
 * result code. */
static int
step_ids (sqlite3_stmt *stmt,
          GArray       *ids)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return rc;
}

GArray *
zf_store_collect_ids (ZfStore       *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc = step_ids (stmt, ids);

  if (rc != SQLITE_DONE)
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

ZfRecord *
zf_store_find_record (ZfStore    *self,
                      const char *sql,
                      GType       type,
                      const char *key)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, key);
  return zf_store_step_record (stmt, type);
}

ZfRecord *
zf_store_query_item (ZfStore     *self,
                     const char  *sql,
                     GType        type,
                     gint64       id)
{
  return zf_store_load_record (self, sql, type, id, NULL, NULL);
}

gboolean
zf_store_query_run (ZfStore             *self,
                    const char          *sql,
                    const char          *search,
                    const ZfQueryFilter *filters,
                    guint                n_filters,
                    ZfQueryRows         *rows,
                    GArray              *ids,
                    GError             **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  zf_bind_text (stmt, 1, search);
  for (guint i = 0; i < n_filters; i++)
    {
      const ZfQueryFilter *f = &filters[i];
      int index = (int) i + 2;

      if (index > sqlite3_bind_parameter_count (stmt))
        break;
      if (!f->set)
        sqlite3_bind_null (stmt, index);
      else if (f->is_text)
        zf_bind_text (stmt, index, f->text);
      else
        sqlite3_bind_int64 (stmt, index, f->number);
    }

  if (rows != NULL)
    rc = zf_query_rows_load (rows, stmt);
  else
    rc = step_ids (stmt, ids);
  if (rc != SQLITE_DONE)
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/* The id of the row called @name under @parent_id, created when missing;
 * inside the caller's transaction. */
gint64
zf_store_ensure_named_row (ZfStore     *self,
                           const char  *find_sql,
                           const char  *insert_sql,
                           gint64       parent_id,
                           const char  *name,
                           GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, find_sql, error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  zf_bind_text (stmt, 2, name);
  id = zf_store_step_int64 (self, stmt, NULL);
  if (id > 0)
    return id;

  stmt = zf_store_prepare (self, insert_sql, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  zf_bind_text (stmt, 2, name);
  id = zf_store_step_int64 (self, stmt, error);
  return id;
}
