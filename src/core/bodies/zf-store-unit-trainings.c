#define G_LOG_DOMAIN "zf-store-unit-trainings"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-private.h"
#include "zf-store-unit-trainings.h"

ZfTable *
zf_store_list_unit_trainings (ZfStore  *self,
                              gint64    body_id,
                              int       year,
                              GError  **error)
{
  static const char sql[] =
    "SELECT t.id, b.id, b.name, t.date, t.title, t.all_staff, t.hours, t.participants, "
    "t.doc_number, t.notes FROM unit_training t JOIN body b ON b.id = t.body_id "
    "WHERE (?1 = 0 OR t.body_id = ?1) AND (?2 = 0 OR substr (t.date, 1, 4) = printf ('%04d', ?2)) "
    "ORDER BY b.name_key, b.id, t.date, t.id";
  static const char *const headers[] = {
    N_("No."), N_("Body number"), N_("Body"), N_("Date"), N_("Title"), N_("All staff"),
    N_("Hours"), N_("Participants"), N_("Document number"), N_("Notes"), NULL,
  };
  g_autoptr(ZfTable) table = zf_table_new (_("Trainings of the units"), headers);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, body_id);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = zf_table_add_row (table);

      for (int i = 0; i < 10; i++)
        if (i == 5)
          zf_table_row_add (row, sqlite3_column_int (stmt, i) ? _("Yes") : _("No"));
        else if (i == 6 && sqlite3_column_type (stmt, i) != SQLITE_NULL)
          {
            g_autofree char *hours = g_strdup_printf ("%g", sqlite3_column_double (stmt, i));

            zf_table_row_add (row, hours);
          }
        else
          zf_table_row_add (row, (const char *) sqlite3_column_text (stmt, i));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&table);
}

gboolean
zf_store_delete_unit_training (ZfStore  *self,
                               gint64    id,
                               GError  **error)
{
  static const char sql[] = "DELETE FROM unit_training WHERE id = ?1";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_store_begin (self, error))
    return FALSE;
  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;
  if (sqlite3_changes (zf_store_get_db (self)) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                   _("There is no recorded training with the number %s."), number);
      goto fail;
    }
  zf_store_notify_changed (self, "unit_training", id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}
