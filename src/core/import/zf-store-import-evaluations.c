#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include "zf-store-import-evaluations.h"
#include "zf-store-import-private.h"

gint64
zf_store_import_case_of_body (ZfStore     *self,
                              const char  *body_name,
                              const char  *number,
                              char       **category)
{
  static const char sql[] = "SELECT id, category FROM case_file WHERE body_id = ?1 AND number = ?2";
  gint64 body_id = zf_store_import_body_id (self, body_name);
  sqlite3_stmt *stmt;
  gint64 id = 0;

  *category = NULL;
  if (body_id <= 0 || (stmt = zf_store_prepare (self, sql, NULL)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      *category = zf_column_dup (stmt, 1);
    }
  sqlite3_reset (stmt);
  return id;
}

GArray *
zf_store_import_standards_named (ZfStore     *self,
                                 const char  *name,
                                 int          version,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT id FROM standard WHERE name = ?1 AND (?2 IS NULL OR version = ?2) "
    "ORDER BY version DESC, id DESC";
  sqlite3_stmt *stmt;

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  zf_bind_text (stmt, 1, name);
  if (version > 0)
    sqlite3_bind_int (stmt, 2, version);
  return zf_store_collect_ids (self, stmt, error);
}

gboolean
zf_store_import_has_standard (ZfStore    *self,
                              const char *category)
{
  static const char sql[] = "SELECT 1 FROM standard WHERE category = ?1 LIMIT 1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return TRUE;
  zf_bind_text (stmt, 1, category);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

GArray *
zf_store_import_find_evaluations (ZfStore     *self,
                                  gint64       case_id,
                                  gint64       standard_id,
                                  const char  *mode,
                                  const char  *date,
                                  const char  *evaluator,
                                  GError     **error)
{
  static const char sql[] =
    "SELECT id FROM evaluation WHERE case_id = ?1 AND standard_id = ?2 AND mode = ?3 "
    "AND date = ?4 AND evaluator = ?5 ORDER BY id";
  sqlite3_stmt *stmt;

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, standard_id);
  zf_bind_text (stmt, 3, mode);
  zf_bind_text (stmt, 4, date);
  zf_bind_text (stmt, 5, evaluator);
  return zf_store_collect_ids (self, stmt, error);
}

/* Columns named after the register's fields; the lines in the order the
 * form shows them (veto items, then each group's items). */
static const char evaluation_export_sql[] =
  "SELECT b.name AS body_name, c.number AS number, s.name AS standard, "
  "s.version AS standard_version, e.mode AS mode, e.evaluator AS evaluator, e.date AS date, "
  "e.comments AS comments, i.name AS item, i.description AS item_text, "
  "ei.deduction AS deduction, ei.veto AS veto, ei.reason AS reason, e.score AS score, "
  "e.grade AS grade "
  "FROM evaluation e JOIN case_file c ON c.id = e.case_id JOIN body b ON b.id = c.body_id "
  "JOIN standard s ON s.id = e.standard_id "
  "LEFT JOIN evaluation_item ei ON ei.evaluation_id = e.id "
  "LEFT JOIN standard_item i ON i.id = ei.item_id "
  "LEFT JOIN standard_group g ON g.id = i.group_id "
  "WHERE (?1 IS NULL OR c.body_id = ?1) AND (?2 IS NULL OR c.year = ?2) "
  "AND (?3 IS NULL OR c.id IN (SELECT value FROM json_each (?3))) "
  "ORDER BY b.name COLLATE pinyin, c.number COLLATE pinyin, e.date, e.id, i.is_veto DESC, g.position, i.position, i.id";

gboolean
zf_store_import_foreach_evaluation (ZfStore            *self,
                                    gint64              body_id,
                                    int                 year,
                                    GArray             *ids,
                                    ZfImportValuesFunc  func,
                                    gpointer            user_data,
                                    GError            **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return zf_store_import_foreach_filtered (self, zf_import_register_get (ZF_IMPORT_EVALUATIONS),
                                           evaluation_export_sql, body_id, year, ids, func,
                                           user_data, error);
}
