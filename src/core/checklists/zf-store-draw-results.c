#define G_LOG_DOMAIN "zf-store-draw-results"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"

/* ── 双随机抽查记录 ─────────────────────────────────────────────────────── */

#define DRAW_IDS(order) \
  "SELECT d.id FROM draw d JOIN inspection_item i ON i.id = d.item_id " \
  "JOIN body b ON b.id = d.body_id " \
  "WHERE (?1 IS NULL OR instr (i.item, ?1) > 0 OR instr (d.doc_number, ?1) > 0 " \
  "OR instr (b.name, ?1) > 0) AND (?2 IS NULL OR d.body_id = ?2) " \
  "AND (?3 IS NULL OR d.item_id = ?3) ORDER BY " order
/* Two draws of one day list in the order they were made. */
#define DRAW_TAIL "d.inspection_date, d.id"
#define DRAW_TAIL_DESC "d.inspection_date DESC, d.id DESC"

static const char *const draw_ids_sql[ZF_DRAW_N_SORTS * 2] = {
  DRAW_IDS ("d.inspection_date, d.id"), DRAW_IDS ("d.inspection_date DESC, d.id DESC"),
  SORT (DRAW_IDS, "i.item COLLATE pinyin", DRAW_TAIL),
  SORT (DRAW_IDS, "b.name COLLATE pinyin", DRAW_TAIL),
};

static const char draw_item_sql[] =
  "SELECT d.id, d.uuid, d.item_id, i.item AS item_name, d.body_id, b.name AS body_name, "
  "d.inspection_date, d.seed, d.algorithm, d.target_count, d.inspectors_per_target, "
  "d.doc_number, d.operator, d.created_at, "
  "(SELECT count(*) FROM draw_result r WHERE r.draw_id = d.id) AS n_targets, "
  "(SELECT count(*) FROM draw_result r WHERE r.draw_id = d.id AND r.done) AS n_done "
  "FROM draw d JOIN inspection_item i ON i.id = d.item_id JOIN body b ON b.id = d.body_id "
  "WHERE d.id = ?1";
static const char *const draw_watch[] = { "draw", "draw_result", NULL };

static const ZfQuerySpec draw_spec = {
  .item_type = zf_draw_get_type,
  .watch = draw_watch,
  .n_sorts = ZF_DRAW_N_SORTS,
  .ids_sql = draw_ids_sql,
  .item_sql = draw_item_sql,
};

const ZfQuerySpec *
zf_draw_query_spec (void)
{
  return &draw_spec;
}

void
zf_draw_result_row_free (ZfDrawResultRow *row)
{
  if (row == NULL)
    return;
  g_free (row->target);
  g_free (row->inspectors);
  g_free (row->done_date);
  g_free (row->findings);
  g_free (row);
}

static gpointer
draw_result_row_from_stmt (sqlite3_stmt *stmt)
{
  ZfDrawResultRow *row = g_new0 (ZfDrawResultRow, 1);

  row->target_id = sqlite3_column_int64 (stmt, 0);
  row->position = sqlite3_column_int (stmt, 1);
  row->target = zf_column_dup (stmt, 2);
  row->inspectors = zf_column_dup (stmt, 3);
  row->done = sqlite3_column_int (stmt, 4) != 0;
  row->done_date = zf_column_dup (stmt, 5);
  row->findings = zf_column_dup (stmt, 6);
  return row;
}

GPtrArray *
zf_store_list_draw_results (ZfStore  *self,
                            gint64    draw_id,
                            GError  **error)
{
  /* Names come from the pool as drawn: an officer renamed or removed later
   * still shows as the record published them. */
  static const char sql[] =
    "SELECT a.target_id, a.position, t.name, "
    "group_concat (o.value ->> '$.name', '、'), coalesce (r.done, 0), r.done_date, r.findings "
    "FROM draw_assignment a JOIN draw d ON d.id = a.draw_id "
    "JOIN json_each (d.inspector_pool) o ON o.value ->> '$.id' = a.officer_id "
    "JOIN inspection_target t ON t.id = a.target_id "
    "LEFT JOIN draw_result r ON r.draw_id = a.draw_id AND r.target_id = a.target_id "
    "WHERE a.draw_id = ?1 GROUP BY a.position ORDER BY a.position";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  return zf_store_collect_rows (self, stmt, draw_result_row_from_stmt,
                                (GDestroyNotify) zf_draw_result_row_free, error);
}

gboolean
zf_store_mark_draw_results (ZfStore    *self,
                            gint64      draw_id,
                            GPtrArray  *rows,
                            GError    **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  if (!zf_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ZfDrawResultRow *row = rows->pdata[i];

      if (row->done && !zf_store_mark_draw_result (self, draw_id, row->target_id, row->done_date,
                                                   row->findings, error))
        {
          zf_store_rollback (self);
          return FALSE;
        }
    }
  return zf_store_commit (self, error);
}

gboolean
zf_store_draw_rows (ZfStore  *self,
                    gint64    draw_id,
                    ZfTable  *table,
                    GError  **error)
{
  static const char sql[] =
    "SELECT a.position, t.name, t.credit_code, t.address, "
    "group_concat (o.value ->> '$.name' || '（' || coalesce (o.value ->> '$.certificate', '') || '）', '、'), "
    "coalesce (r.done, 0), r.done_date, r.findings "
    "FROM draw_assignment a JOIN draw d ON d.id = a.draw_id "
    "JOIN json_each (d.inspector_pool) o ON o.value ->> '$.id' = a.officer_id "
    "JOIN inspection_target t ON t.id = a.target_id "
    "LEFT JOIN draw_result r ON r.draw_id = a.draw_id AND r.target_id = a.target_id "
    "WHERE a.draw_id = ?1 GROUP BY a.position ORDER BY a.position";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, draw_id, NULL, table, error);
}

gboolean
zf_store_draw_summary_rows (ZfStore  *self,
                            gint64    draw_id,
                            ZfTable  *table,
                            GError  **error)
{
  static const char sql[] =
    "SELECT b.name, i.item, i.basis, d.inspection_date, json_array_length (d.target_pool), "
    "json_array_length (d.inspector_pool), d.target_count, d.inspectors_per_target, "
    "CAST (d.seed AS TEXT), d.algorithm, d.doc_number, d.operator, "
    "replace (substr (d.created_at, 1, 16), 'T', ' ') FROM draw d "
    "JOIN body b ON b.id = d.body_id JOIN inspection_item i ON i.id = d.item_id WHERE d.id = ?1";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_checklists_fill_rows (self, sql, draw_id, NULL, table, error))
    return FALSE;
  if (table->rows->len == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The draw no longer exists."));
      return FALSE;
    }
  return TRUE;
}

GArray *
zf_store_list_random_share_years (ZfStore  *self,
                                  int       last_year,
                                  GError  **error)
{
  static const char sql[] =
    "SELECT year FROM inspection_plan WHERE year <= ?1 UNION "
    "SELECT CAST (substr (inspection_date, 1, 4) AS INTEGER) FROM draw "
    "WHERE CAST (substr (inspection_date, 1, 4) AS INTEGER) <= ?1 ORDER BY 1";
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, last_year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&years);
}

gboolean
zf_store_random_share_rows (ZfStore  *self,
                            int       year,
                            ZfTable  *table,
                            GError  **error)
{
  static const char sql[] =
    "SELECT b.name, coalesce (p.planned, 0), "
    "(SELECT count(*) FROM draw_result r JOIN draw d ON d.id = r.draw_id "
    " WHERE d.body_id = b.id AND substr (d.inspection_date, 1, 4) = ?1), "
    "(SELECT count(*) FROM draw_result r JOIN draw d ON d.id = r.draw_id "
    " WHERE d.body_id = b.id AND substr (d.inspection_date, 1, 4) = ?1 AND r.done), b.id "
    "FROM body b LEFT JOIN inspection_plan p ON p.body_id = b.id AND p.year = ?2 "
    "WHERE p.id IS NOT NULL OR EXISTS (SELECT 1 FROM draw d WHERE d.body_id = b.id "
    "AND substr (d.inspection_date, 1, 4) = ?1) ORDER BY b.name COLLATE pinyin, b.id";
  g_autofree char *year_text = g_strdup_printf ("%04d", year);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, year_text);
  sqlite3_bind_int (stmt, 2, year);
  return zf_checklists_fill_table (self, stmt, table, NULL, 0, error);
}
