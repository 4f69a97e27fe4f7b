#define G_LOG_DOMAIN "zf-store-benchmarks"

#include "config.h"

#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"

/* Every SQL statement of the discretion benchmarks (裁量基准): the list,
 * the save with its tiers, the tiers an editor shows again, the export. */

/* ── 裁量基准 ───────────────────────────────────────────────────────────── */

#define BENCHMARK_IDS(order) \
  "SELECT k.id FROM benchmark k JOIN body b ON b.id = k.body_id " \
  "WHERE (?1 IS NULL OR instr (k.violation, ?1) > 0 OR instr (k.basis, ?1) > 0) " \
  "AND (?2 IS NULL OR k.body_id = ?2) ORDER BY " order
#define BENCHMARK_TAIL "k.violation, k.id"
#define BENCHMARK_TAIL_DESC "k.violation DESC, k.id DESC"

static const char *const benchmark_ids_sql[ZF_BENCHMARK_N_SORTS * 2] = {
  BENCHMARK_IDS ("k.violation, k.id"), BENCHMARK_IDS ("k.violation DESC, k.id DESC"),
  SORT (BENCHMARK_IDS, "k.statutory_max", BENCHMARK_TAIL),
  SORT (BENCHMARK_IDS, "b.name COLLATE pinyin", BENCHMARK_TAIL),
};

static const char benchmark_item_sql[] =
  "SELECT k.id, k.uuid, k.body_id, b.name AS body_name, k.matter_id, k.violation, "
  "k.article_id, k.basis, k.unit, k.statutory_min, k.statutory_max, k.notes FROM benchmark k "
  "JOIN body b ON b.id = k.body_id WHERE k.id = ?1";
static const char *const benchmark_watch[] = { "benchmark", "benchmark_tier", "body", NULL };

static const ZfQuerySpec benchmark_spec = {
  .item_type = zf_benchmark_get_type,
  .watch = benchmark_watch,
  .n_sorts = ZF_BENCHMARK_N_SORTS,
  .ids_sql = benchmark_ids_sql,
  .item_sql = benchmark_item_sql,
};

const ZfQuerySpec *
zf_benchmark_query_spec (void)
{
  return &benchmark_spec;
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

/* Long: one transaction: C6 judged, the benchmark written, its tiers
 * replaced. */
gboolean
zf_store_save_benchmark (ZfStore           *self,
                         ZfBenchmark       *benchmark,
                         const ZfTierLine  *tiers,
                         const char *const *circumstances,
                         guint              n_tiers,
                         GPtrArray         *warnings,
                         GError           **error)
{
  static const char insert_sql[] =
    "INSERT INTO benchmark (body_id, matter_id, violation, article_id, basis, unit, "
    "statutory_min, statutory_max, notes) VALUES (:body_id, :matter_id, :violation, "
    ":article_id, :basis, :unit, :statutory_min, :statutory_max, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE benchmark SET matter_id = :matter_id, violation = :violation, "
    "article_id = :article_id, basis = :basis, unit = :unit, statutory_min = :statutory_min, "
    "statutory_max = :statutory_max, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  static const char clear_sql[] = "DELETE FROM benchmark_tier WHERE benchmark_id = ?1";
  static const char tier_sql[] =
    "INSERT INTO benchmark_tier (benchmark_id, tier, circumstances, range_min, range_max) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  ZfRecord *record = ZF_RECORD (benchmark);
  const char *violation = zf_record_get_string (record, "violation");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_BENCHMARK (benchmark), FALSE);

  if (violation == NULL || *violation == '\0')
    zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_ERROR,
                     _("The benchmark needs the violation it applies to."));
  zf_rule_benchmark_tiers (zf_record_get_double (record, "statutory_min"),
                           zf_record_get_double (record, "statutory_max"),
                           tiers, n_tiers, findings);
  for (guint i = 0; warnings && i < findings->len; i++)
    if (((ZfFinding *) findings->pdata[i])->severity != ZF_SEVERITY_ERROR)
      g_ptr_array_add (warnings, zf_finding_copy (findings->pdata[i]));
  if (!zf_findings_to_error (findings, error))
    return FALSE;
  if (!zf_checklists_body_exists (self, zf_record_get_int (record, "body_id"), NULL))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The body no longer exists."));
      return FALSE;
    }

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_write_record (self, record, insert_sql, update_sql, NULL, error))
    goto fail;

  stmt = zf_store_prepare (self, clear_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, zf_record_get_id (record));
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;
  for (guint i = 0; i < n_tiers; i++)
    {
      stmt = zf_store_prepare (self, tier_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, zf_record_get_id (record));
      zf_bind_text (stmt, 2, tiers[i].tier);
      zf_bind_text (stmt, 3, circumstances ? circumstances[i] : NULL);
      sqlite3_bind_double (stmt, 4, tiers[i].range_min);
      sqlite3_bind_double (stmt, 5, tiers[i].range_max);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  zf_store_notify_changed (self, "benchmark", zf_record_get_id (record));
  zf_store_notify_changed (self, "benchmark_tier", 0);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

gboolean
zf_store_benchmarks_rows (ZfStore  *self,
                          gint64    body_id,
                          GArray    *ids,
                          ZfTable  *table,
                          GError  **error)
{
  static const char sql[] =
    "SELECT b.name, k.violation, coalesce (k.basis, '《' || l.title || '》' || a.article), "
    "k.statutory_min, k.statutory_max, t.tier, t.circumstances, t.range_min, t.range_max, k.unit, "
    ZF_MATTER_LABEL_OF ("k.matter_id") ", " ZF_ARTICLE_LABEL_OF ("k.article_id") ", k.notes "
    "FROM benchmark k JOIN body b ON b.id = k.body_id "
    "LEFT JOIN benchmark_tier t ON t.benchmark_id = k.id "
    "LEFT JOIN law_article a ON a.id = k.article_id LEFT JOIN law l ON l.id = a.law_id "
    "WHERE (?1 IS NULL OR k.body_id = ?1) "
    "AND (?2 IS NULL OR k.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name COLLATE pinyin, b.id, k.id, "
    "CASE t.tier WHEN 'slight' THEN 0 WHEN 'general' THEN 1 WHEN 'serious' THEN 2 ELSE 3 END";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}
