#define G_LOG_DOMAIN "zf-store-checklist-picks"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"

/* Rows the editors show again: a matter's basis, a benchmark's tiers, a
 * draw's targets with their results. Each is read with one statement. */

void
zf_article_ref_free (ZfArticleRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->title);
  g_free (ref->level);
  g_free (ref->article);
  g_free (ref->content);
  g_free (ref->repealed);
  g_free (ref);
}

void
zf_tier_row_free (ZfTierRow *row)
{
  if (row == NULL)
    return;
  g_free (row->tier);
  g_free (row->circumstances);
  g_free (row);
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

GArray *
zf_store_get_matter_basis (ZfStore  *self,
                           gint64    matter_id,
                           GError  **error)
{
  static const char sql[] =
    "SELECT article_id FROM matter_basis WHERE matter_id = ?1 ORDER BY id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, matter_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

static gpointer
tier_row_from_stmt (sqlite3_stmt *stmt)
{
  ZfTierRow *row = g_new0 (ZfTierRow, 1);

  row->tier = zf_column_dup (stmt, 0);
  row->circumstances = zf_column_dup (stmt, 1);
  row->range_min = sqlite3_column_double (stmt, 2);
  row->range_max = sqlite3_column_double (stmt, 3);
  return row;
}

GPtrArray *
zf_store_list_benchmark_tiers (ZfStore  *self,
                               gint64    benchmark_id,
                               GError  **error)
{
  static const char sql[] =
    "SELECT tier, circumstances, range_min, range_max FROM benchmark_tier "
    "WHERE benchmark_id = ?1 ORDER BY CASE tier WHEN 'slight' THEN 0 WHEN 'general' THEN 1 "
    "WHEN 'serious' THEN 2 ELSE 3 END";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, benchmark_id);
  return zf_store_collect_rows (self, stmt, tier_row_from_stmt,
                                (GDestroyNotify) zf_tier_row_free, error);
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
zf_store_inspection_targets_rows (ZfStore  *self,
                                  gint64    body_id,
                                  ZfTable  *table,
                                  GError  **error)
{
  static const char sql[] =
    "SELECT name, credit_code, address, domain, region_code, notes FROM inspection_target "
    "ORDER BY name, id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, table, error);
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

void
zf_duty_holder_free (ZfDutyHolder *holder)
{
  if (holder == NULL)
    return;
  g_free (holder->kind);
  g_free (holder->name);
  g_free (holder);
}

static gpointer
duty_holder_from_stmt (sqlite3_stmt *stmt)
{
  ZfDutyHolder *holder = g_new0 (ZfDutyHolder, 1);

  holder->kind = zf_column_dup (stmt, 0);
  holder->id = sqlite3_column_int64 (stmt, 1);
  holder->name = zf_column_dup (stmt, 2);
  return holder;
}

GPtrArray *
zf_store_list_duty_holders (ZfStore  *self,
                            gint64    body_id,
                            GError  **error)
{
  static const char sql[] =
    "SELECT 'section', s.id, s.name, 0 AS level FROM section s WHERE s.body_id = ?1 "
    "UNION ALL SELECT 'post', p.id, s.name || ' / ' || p.name, 1 FROM post p "
    "JOIN section s ON s.id = p.section_id WHERE s.body_id = ?1 "
    "UNION ALL SELECT 'officer', o.id, o.name || coalesce ('（' || po.name || '）', ''), 2 "
    "FROM officer o LEFT JOIN post po ON po.id = o.post_id WHERE o.body_id = ?1 "
    "ORDER BY 4, 3, 2";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, body_id);
  return zf_store_collect_rows (self, stmt, duty_holder_from_stmt,
                                (GDestroyNotify) zf_duty_holder_free, error);
}
