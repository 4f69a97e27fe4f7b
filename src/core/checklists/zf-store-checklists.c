#define G_LOG_DOMAIN "zf-store-checklists"

#include "config.h"

#include <math.h>

#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"
#include "zf-validate.h"

gboolean
zf_checklists_fill_table (ZfStore                 *self,
                          sqlite3_stmt            *stmt,
                          ZfTable                 *table,
                          const ZfCodeList *const *labels,
                          guint                    n_labels,
                          GError                 **error)
{
  int n = sqlite3_column_count (stmt);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = zf_table_add_row (table);

      for (int c = 0; c < n; c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          if ((guint) c < n_labels && labels[c] != NULL && text != NULL)
            text = zf_code_label (labels[c], text);
          zf_table_row_add (row, text);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_checklists_fill_rows (ZfStore     *self,
                         const char  *sql,
                         gint64       body_id,
                         GArray      *ids,
                         ZfTable     *table,
                         GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    zf_bind_id (stmt, 1, body_id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    zf_bind_id_set (stmt, 2, ids);
  return zf_checklists_fill_table (self, stmt, table, NULL, 0, error);
}

gboolean
zf_checklists_body_exists (ZfStore  *self,
                           gint64    body_id,
                           char    **domain_out)
{
  static const char sql[] = "SELECT domain FROM body WHERE id = ?1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (domain_out)
        *domain_out = zf_column_dup (stmt, 0);
    }
  sqlite3_reset (stmt);
  return found;
}

gboolean
zf_store_save_leniency_entry (ZfStore          *self,
                              ZfLeniencyEntry  *entry,
                              GError          **error)
{
  static const char insert_sql[] =
    "INSERT INTO leniency_entry (body_id, list, domain, matter_id, violation, basis, article_id, "
    "conditions, notes) VALUES (:body_id, :list, :domain, :matter_id, :violation, :basis, "
    ":article_id, :conditions, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE leniency_entry SET list = :list, domain = :domain, matter_id = :matter_id, "
    "violation = :violation, basis = :basis, article_id = :article_id, "
    "conditions = :conditions, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *body_domain = NULL;
  ZfRecord *record = ZF_RECORD (entry);
  const char *domain = zf_record_get_string (record, "domain");

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_LENIENCY_ENTRY (entry), FALSE);

  if (!zf_checklists_body_exists (self, zf_record_get_int (record, "body_id"), &body_domain))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The body no longer exists."));
      return FALSE;
    }
  /* The entry's domain and its body's: a food-safety bureau cannot escape
   * the exclusion by leaving the field empty or naming another domain. */
  zf_rule_leniency_fields (zf_record_get_string (record, "list"),
                           zf_record_get_string (record, "violation"),
                           zf_record_get_string (record, "basis"),
                           zf_record_get_string (record, "conditions"), findings);
  zf_rule_leniency_domain (domain, body_domain, zf_record_get_string (record, "violation"), findings);
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  return zf_store_save_record (self, record, "leniency_entry", insert_sql, update_sql, error);
}

gboolean
zf_store_check_leniency (ZfStore    *self,
                         gint64      body_id,
                         GPtrArray  *findings,
                         GError    **error)
{
  static const char sql[] =
    "SELECT e.id, e.domain, b.domain, e.violation FROM leniency_entry e "
    "JOIN body b ON b.id = e.body_id WHERE e.body_id = ?1 ORDER BY e.id";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint before = findings->len;

      zf_rule_leniency_domain ((const char *) sqlite3_column_text (stmt, 1),
                               (const char *) sqlite3_column_text (stmt, 2),
                               (const char *) sqlite3_column_text (stmt, 3), findings);
      zf_findings_locate (findings, before, "leniency_entry", sqlite3_column_int64 (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}


gboolean
zf_store_save_inspection_item (ZfStore           *self,
                               ZfInspectionItem  *item,
                               GError           **error)
{
  static const char insert_sql[] =
    "INSERT INTO inspection_item (body_id, matter_id, item, basis, inspecting_body, target_type, "
    "content, method, ratio, frequency, cooperating, enforcement_category, notes) VALUES "
    "(:body_id, :matter_id, :item, :basis, :inspecting_body, :target_type, :content, :method, "
    ":ratio, :frequency, :cooperating, :enforcement_category, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE inspection_item SET matter_id = :matter_id, item = :item, basis = :basis, "
    "inspecting_body = :inspecting_body, target_type = :target_type, content = :content, "
    "method = :method, ratio = :ratio, frequency = :frequency, cooperating = :cooperating, "
    "enforcement_category = :enforcement_category, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  ZfRecord *record = ZF_RECORD (item);
  const char *text = zf_record_get_string (record, "item");
  double ratio = zf_record_get_double (record, "ratio");

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_INSPECTION_ITEM (item), FALSE);

  if (!zf_rule_inspection_item_fields (text, ratio, error) ||
      !zf_rule_inspection_item_frequency (zf_record_get_string (record, "frequency"), error))
    return FALSE;
  if (!zf_checklists_body_exists (self, zf_record_get_int (record, "body_id"), NULL))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The body no longer exists."));
      return FALSE;
    }
  return zf_store_save_record (self, record, "inspection_item", insert_sql, update_sql, error);
}

gboolean
zf_store_save_inspection_target (ZfStore             *self,
                                 ZfInspectionTarget  *target,
                                 GError             **error)
{
  static const char insert_sql[] =
    "INSERT INTO inspection_target (name, credit_code, address, domain, region_code, notes) "
    "VALUES (:name, :credit_code, :address, :domain, :region_code, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE inspection_target SET name = :name, credit_code = :credit_code, address = :address, "
    "domain = :domain, region_code = :region_code, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  ZfRecord *record = ZF_RECORD (target);
  const char *name = zf_record_get_string (record, "name");
  const char *code = zf_record_get_string (record, "credit_code");

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_INSPECTION_TARGET (target), FALSE);

  if (!zf_rule_inspection_target_fields (name, error))
    return FALSE;
  if (code != NULL)
    {
      g_autofree char *normal = zf_credit_code_normalize (code);

      if (!zf_credit_code_validate (normal, error))
        return FALSE;
      zf_record_set_string (record, "credit_code", normal);
    }
  return zf_store_save_record (self, record, "inspection_target", insert_sql, update_sql, error);
}

gboolean
zf_store_set_inspection_plan (ZfStore  *self,
                              gint64    body_id,
                              int       year,
                              gint64    planned,
                              GError  **error)
{
  static const char sql[] =
    "INSERT INTO inspection_plan (body_id, year, planned) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (body_id, year) DO UPDATE SET planned = excluded.planned";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_inspection_plan (year, planned, error))
    return FALSE;
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, planned);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_store_notify_changed (self, "inspection_plan", 0);
  return TRUE;
}

gboolean
zf_store_leniency_rows (ZfStore  *self,
                        gint64    body_id,
                        GArray    *ids,
                        ZfTable  *table,
                        GError  **error)
{
  static const char sql[] =
    "SELECT b.name, e.list, coalesce (e.domain, b.domain), e.violation, "
    "coalesce (e.basis, '《' || l.title || '》' || a.article), e.conditions, e.notes, "
    ZF_MATTER_LABEL_OF ("e.matter_id") ", " ZF_ARTICLE_LABEL_OF ("e.article_id") " "
    "FROM leniency_entry e JOIN body b ON b.id = e.body_id "
    "LEFT JOIN law_article a ON a.id = e.article_id LEFT JOIN law l ON l.id = a.law_id "
    "WHERE (?1 IS NULL OR e.body_id = ?1) "
    "AND (?2 IS NULL OR e.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name COLLATE pinyin, b.id, CASE e.list WHEN 'no_penalty' THEN 0 WHEN 'lighter' THEN 1 "
    "WHEN 'mitigated' THEN 2 ELSE 3 END, e.id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}


gboolean
zf_store_inspection_items_rows (ZfStore  *self,
                                gint64    body_id,
                                GArray    *ids,
                                ZfTable  *table,
                                GError  **error)
{
  static const char sql[] =
    "SELECT b.name, i.item, i.basis, coalesce (i.inspecting_body, b.name), i.target_type, "
    "i.content, i.method, i.ratio, i.frequency, i.cooperating, "
    ZF_MATTER_LABEL_OF ("i.matter_id") ", i.enforcement_category, i.notes FROM inspection_item i "
    "JOIN body b ON b.id = i.body_id WHERE (?1 IS NULL OR i.body_id = ?1) "
    "AND (?2 IS NULL OR i.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name COLLATE pinyin, b.id, i.id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}

/* ── 四张清单 ───────────────────────────────────────────────────────────── */

#define LENIENCY_IDS(order) \
  "SELECT e.id FROM leniency_entry e JOIN body b ON b.id = e.body_id " \
  "WHERE (?1 IS NULL OR instr (e.violation, ?1) > 0 OR instr (e.basis, ?1) > 0 " \
  "OR instr (e.conditions, ?1) > 0) AND (?2 IS NULL OR e.body_id = ?2) " \
  "AND (?3 IS NULL OR e.list = ?3) ORDER BY " order
#define LENIENCY_TAIL "e.violation, e.id"
#define LENIENCY_TAIL_DESC "e.violation DESC, e.id DESC"
/* The lists in the order of the policy: no penalty, lighter, mitigated,
 * no coercive measure. */
#define LENIENCY_LIST_RANK \
  "CASE e.list WHEN 'no_penalty' THEN 0 WHEN 'lighter' THEN 1 WHEN 'mitigated' THEN 2 ELSE 3 END"

static const char *const leniency_ids_sql[ZF_LENIENCY_N_SORTS * 2] = {
  LENIENCY_IDS ("e.violation, e.id"), LENIENCY_IDS ("e.violation DESC, e.id DESC"),
  SORT (LENIENCY_IDS, LENIENCY_LIST_RANK, LENIENCY_TAIL),
  SORT (LENIENCY_IDS, "b.name COLLATE pinyin", LENIENCY_TAIL),
};

static const char leniency_item_sql[] =
  "SELECT e.id, e.uuid, e.body_id, b.name AS body_name, e.list, e.domain, e.matter_id, "
  "e.violation, e.basis, e.article_id, e.conditions, e.notes FROM leniency_entry e "
  "JOIN body b ON b.id = e.body_id WHERE e.id = ?1";
static const char *const leniency_watch[] = { "leniency_entry", "body", NULL };

static const ZfQuerySpec leniency_spec = {
  .item_type = zf_leniency_entry_get_type,
  .watch = leniency_watch,
  .n_sorts = ZF_LENIENCY_N_SORTS,
  .ids_sql = leniency_ids_sql,
  .item_sql = leniency_item_sql,
};

const ZfQuerySpec *
zf_leniency_query_spec (void)
{
  return &leniency_spec;
}

/* ── 随机抽查事项清单 ───────────────────────────────────────────────────── */

#define ITEM_IDS(order) \
  "SELECT i.id FROM inspection_item i JOIN body b ON b.id = i.body_id " \
  "WHERE (?1 IS NULL OR instr (i.item, ?1) > 0 OR instr (i.content, ?1) > 0 " \
  "OR instr (i.basis, ?1) > 0) AND (?2 IS NULL OR i.body_id = ?2) ORDER BY " order
#define ITEM_TAIL "i.item COLLATE pinyin, i.id"
#define ITEM_TAIL_DESC "i.item COLLATE pinyin DESC, i.id DESC"

static const char *const item_ids_sql[ZF_INSPECTION_ITEM_N_SORTS * 2] = {
  ITEM_IDS ("i.item COLLATE pinyin, i.id"), ITEM_IDS ("i.item COLLATE pinyin DESC, i.id DESC"),
  SORT (ITEM_IDS, "i.ratio", ITEM_TAIL),
  SORT (ITEM_IDS, "b.name COLLATE pinyin", ITEM_TAIL),
};

static const char item_item_sql[] =
  "SELECT i.id, i.uuid, i.body_id, b.name AS body_name, i.matter_id, i.item, i.basis, "
  "i.inspecting_body, i.target_type, i.content, i.method, i.ratio, i.frequency, i.cooperating, "
  "i.enforcement_category, i.notes FROM inspection_item i JOIN body b ON b.id = i.body_id "
  "WHERE i.id = ?1";
static const char *const item_watch[] = { "inspection_item", "body", NULL };

static const ZfQuerySpec item_spec = {
  .item_type = zf_inspection_item_get_type,
  .watch = item_watch,
  .n_sorts = ZF_INSPECTION_ITEM_N_SORTS,
  .ids_sql = item_ids_sql,
  .item_sql = item_item_sql,
};

const ZfQuerySpec *
zf_inspection_item_query_spec (void)
{
  return &item_spec;
}

/* ── 检查对象名录库 ─────────────────────────────────────────────────────── */

/* Credit codes are stored in upper case: "91420" and "9142a" both find. */
#define TARGET_IDS(order) \
  "SELECT t.id FROM inspection_target t " \
  "WHERE (?1 IS NULL OR instr (t.name, ?1) > 0 OR instr (t.credit_code, upper (?1)) > 0 " \
  "OR instr (t.address, ?1) > 0) AND (?2 IS NULL OR t.domain = ?2) ORDER BY " order
#define TARGET_TAIL "t.name COLLATE pinyin, t.id"
#define TARGET_TAIL_DESC "t.name COLLATE pinyin DESC, t.id DESC"

static const char *const target_ids_sql[ZF_INSPECTION_TARGET_N_SORTS * 2] = {
  TARGET_IDS ("t.name COLLATE pinyin, t.id"), TARGET_IDS ("t.name COLLATE pinyin DESC, t.id DESC"),
  SORT (TARGET_IDS, "t.credit_code", TARGET_TAIL),
  SORT (TARGET_IDS, "t.domain", TARGET_TAIL),
};

static const char target_item_sql[] =
  "SELECT t.id, t.uuid, t.name, t.credit_code, t.address, t.domain, t.region_code, t.notes "
  "FROM inspection_target t WHERE t.id = ?1";
static const char *const target_watch[] = { "inspection_target", NULL };

static const ZfQuerySpec target_spec = {
  .item_type = zf_inspection_target_get_type,
  .watch = target_watch,
  .n_sorts = ZF_INSPECTION_TARGET_N_SORTS,
  .ids_sql = target_ids_sql,
  .item_sql = target_item_sql,
};

const ZfQuerySpec *
zf_inspection_target_query_spec (void)
{
  return &target_spec;
}

gboolean
zf_store_inspection_targets_rows (ZfStore  *self,
                                  gint64    body_id,
                                  GArray    *ids,
                                  ZfTable  *table,
                                  GError  **error)
{
  static const char sql[] =
    "SELECT name, credit_code, address, domain, region_code, notes FROM inspection_target "
    "WHERE ?2 IS NULL OR id IN (SELECT value FROM json_each (?2)) "
    "ORDER BY name COLLATE pinyin, id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}
