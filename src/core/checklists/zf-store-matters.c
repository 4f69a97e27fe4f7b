#define G_LOG_DOMAIN "zf-store-matters"

#include "config.h"

#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"

/* The basis as one line ("《title》article；…", the law's document number
 * after its title where two laws share it), for lists and exports. */
#define MATTER_BASIS \
  "(SELECT group_concat (" ZF_ARTICLE_LABEL_OF ("mb.article_id") ", '；') FROM matter_basis mb " \
  "WHERE mb.matter_id = m.id) AS basis"

/* The transfers a matter went through, at the source (matter_id) and at
 * the receiving body (new_matter_id): "date 文号：from → to", oldest first. */
#define MATTER_TRANSFERS \
  "(SELECT group_concat (line, '；') FROM (SELECT t.date || ' ' || coalesce (t.doc_number, '') " \
  "|| '：' || fb.name || ' → ' || tb.name AS line FROM matter_transfer t " \
  "JOIN body fb ON fb.id = t.from_body_id JOIN body tb ON tb.id = t.to_body_id " \
  "WHERE t.matter_id = m.id OR t.new_matter_id = m.id ORDER BY t.date, t.id)) AS transfers"

/* Who holds the matter's duty: "section / post / officer" per assignment. */
#define MATTER_DUTIES \
  "(SELECT group_concat (line, '；') FROM (SELECT ltrim (coalesce (ds.name, '') " \
  "|| coalesce (' / ' || dp.name, '') || coalesce (' / ' || dof.name, ''), ' /') AS line " \
  "FROM duty_assignment d LEFT JOIN section ds ON ds.id = d.section_id " \
  "LEFT JOIN post dp ON dp.id = d.post_id LEFT JOIN officer dof ON dof.id = d.officer_id " \
  "WHERE d.matter_id = m.id ORDER BY d.id)) AS duties"

#define MATTER_COLUMNS \
  "m.id, m.uuid, m.body_id, b.name AS body_name, m.code, m.name, m.category, m.section_id, " \
  "s.name AS section_name, m.post_id, p.name AS post_name, m.cooperating, m.time_limit_days, " \
  "m.time_limit_text, m.responsibility, m.accountability, m.supervision_phone, m.status, " \
  "m.enforcement_category, m.notes, " MATTER_BASIS ", " MATTER_TRANSFERS ", " MATTER_DUTIES " "

#define MATTER_FROM \
  "FROM matter m JOIN body b ON b.id = m.body_id LEFT JOIN section s ON s.id = m.section_id " \
  "LEFT JOIN post p ON p.id = m.post_id "

#define MATTER_IDS(order) \
  "SELECT m.id FROM matter m WHERE (?1 IS NULL OR instr (m.name, ?1) > 0 " \
  "OR instr (m.code, ?1) > 0) AND (?2 IS NULL OR m.body_id = ?2) " \
  "AND (?3 IS NULL OR m.category = ?3) AND (?4 IS NULL OR m.status = ?4) ORDER BY " order

static const char *const matter_ids_sql[ZF_MATTER_N_SORTS * 2] = {
  MATTER_IDS ("m.code, m.id"), MATTER_IDS ("m.code DESC, m.id DESC"),
  MATTER_IDS ("m.name COLLATE pinyin, m.id"), MATTER_IDS ("m.name COLLATE pinyin DESC, m.id DESC"),
  MATTER_IDS ("m.category, m.code, m.id"), MATTER_IDS ("m.category DESC, m.code DESC, m.id DESC"),
  MATTER_IDS ("m.status, m.code, m.id"), MATTER_IDS ("m.status DESC, m.code DESC, m.id DESC"),
};

static const char matter_item_sql[] = "SELECT " MATTER_COLUMNS MATTER_FROM "WHERE m.id = ?1";
static const char *const matter_watch[] = {
  "matter", "matter_basis", "matter_transfer", "duty_assignment", NULL
};

static const ZfQuerySpec matter_spec = {
  .item_type = zf_matter_get_type,
  .watch = matter_watch,
  .n_sorts = ZF_MATTER_N_SORTS,
  .ids_sql = matter_ids_sql,
  .item_sql = matter_item_sql,
};

const ZfQuerySpec *
zf_matter_query_spec (void)
{
  return &matter_spec;
}

ZfMatter *
zf_store_get_matter (ZfStore  *self,
                     gint64    id,
                     GError  **error)
{
  return ZF_MATTER (zf_store_load_record (self, matter_item_sql, ZF_TYPE_MATTER, id,
                                          _("The matter no longer exists; it may have been "
                                            "deleted by another program."), error));
}

/* Reads the basis articles of @body_id's matter-to-be: whether the body's
 * catalog holds each (the whole law or that article) and whether it is
 * repealed. Runs C3 on them. */
static gboolean
check_basis (ZfStore      *self,
             gint64        body_id,
             const char   *matter_name,
             const gint64 *article_ids,
             guint         n_articles,
             const char   *today,
             GPtrArray    *findings,
             GError      **error)
{
  static const char sql[] =
    "SELECT l.title, a.article, l.repealed, EXISTS (SELECT 1 FROM body_catalog c "
    "WHERE c.body_id = ?1 AND c.law_id = l.id AND (c.article_id IS NULL OR c.article_id = a.id)) "
    "FROM law_article a JOIN law l ON l.id = a.law_id WHERE a.id = ?2";
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (ZfBasisLine));

  for (guint i = 0; i < n_articles; i++)
    {
      sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
      ZfBasisLine line = { 0 };

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, body_id);
      sqlite3_bind_int64 (stmt, 2, article_ids[i]);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                       _("A basis article no longer exists."));
          return FALSE;
        }
      line.title = zf_column_dup (stmt, 0);
      line.article = zf_column_dup (stmt, 1);
      line.repealed = zf_column_dup (stmt, 2);
      line.in_catalog = sqlite3_column_int (stmt, 3) != 0;
      sqlite3_reset (stmt);
      g_ptr_array_add (strings, (char *) line.title);
      g_ptr_array_add (strings, (char *) line.article);
      g_ptr_array_add (strings, (char *) line.repealed);
      g_array_append_val (lines, line);
    }
  zf_rule_matter_basis (matter_name, (ZfBasisLine *) lines->data, lines->len, today, findings);
  return TRUE;
}

/* Long: one transaction: the basis judged (C3), the holders judged (C4),
 * the row and its basis written. */
gboolean
zf_store_save_matter (ZfStore      *self,
                      ZfMatter     *matter,
                      const gint64 *article_ids,
                      guint         n_articles,
                      const char   *today,
                      GError      **error)
{
  static const char insert_sql[] =
    "INSERT INTO matter (body_id, code, name, category, section_id, post_id, cooperating, "
    "time_limit_days, time_limit_text, responsibility, accountability, supervision_phone, status, "
    "enforcement_category, notes) VALUES (:body_id, :code, :name, :category, :section_id, "
    ":post_id, :cooperating, :time_limit_days, :time_limit_text, :responsibility, "
    ":accountability, :supervision_phone, :status, :enforcement_category, :notes) "
    "RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE matter SET code = :code, name = :name, category = :category, "
    "section_id = :section_id, post_id = :post_id, cooperating = :cooperating, "
    "time_limit_days = :time_limit_days, time_limit_text = :time_limit_text, "
    "responsibility = :responsibility, accountability = :accountability, "
    "supervision_phone = :supervision_phone, enforcement_category = :enforcement_category, "
    "notes = :notes, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  static const char section_sql[] =
    "SELECT (?2 IS NULL OR EXISTS (SELECT 1 FROM section WHERE id = ?2 AND body_id = ?1)) "
    "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM post p JOIN section s ON s.id = p.section_id "
    "WHERE p.id = ?3 AND s.body_id = ?1 AND (?2 IS NULL OR p.section_id = ?2)))";
  static const char clear_basis_sql[] = "DELETE FROM matter_basis WHERE matter_id = ?1";
  static const char add_basis_sql[] =
    "INSERT OR IGNORE INTO matter_basis (matter_id, article_id) VALUES (?1, ?2)";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  ZfRecord *record = ZF_RECORD (matter);
  const char *name = zf_record_get_string (record, "name");
  gint64 body_id = zf_record_get_int (record, "body_id");
  sqlite3_stmt *stmt;
  gboolean inside = FALSE;
  gint64 id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_MATTER (matter), FALSE);

  if (!zf_rule_matter_fields (name, body_id, zf_record_get_string (record, "category"), error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;

  if (!check_basis (self, body_id, name, article_ids, n_articles, today, findings, error))
    goto fail;
  if (!zf_findings_to_error (findings, error))
    goto fail;

  stmt = zf_store_prepare (self, section_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_id (stmt, 2, zf_record_get_int (record, "section_id"));
  zf_bind_id (stmt, 3, zf_record_get_int (record, "post_id"));
  inside = zf_store_step_int64 (self, stmt, NULL) != 0;
  if (!zf_rule_matter_holders (inside, error))
    goto fail;

  if (!zf_store_write_record (self, record, insert_sql, update_sql, NULL, error))
    goto fail;
  id = zf_record_get_id (record);

  stmt = zf_store_prepare (self, clear_basis_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;
  for (guint i = 0; i < n_articles; i++)
    {
      stmt = zf_store_prepare (self, add_basis_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, article_ids[i]);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  zf_store_notify_changed (self, "matter", id);
  zf_store_notify_changed (self, "matter_basis", 0);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

/* One query decides containment for every assignment, so that the check
 * and the refusal at assignment time cannot disagree. */
#define DUTY_LINES DUTY_LINES_OF ("duty_assignment d")
#define DUTY_LINES_OF(duties) \
  "SELECT m.name, CASE WHEN d.officer_id IS NOT NULL THEN 'officer' " \
  "WHEN d.post_id IS NOT NULL THEN 'post' ELSE 'section' END, " \
  "coalesce (o.name, p.name, s.name), m.status = 'active', " \
  "(d.section_id IS NULL OR s.body_id = m.body_id) " \
  "AND (d.post_id IS NULL OR ps.body_id = m.body_id) " \
  "AND (d.officer_id IS NULL OR o.body_id = m.body_id), " \
  "(d.post_id IS NULL OR d.section_id IS NULL OR p.section_id = d.section_id) " \
  "AND (d.officer_id IS NULL OR d.post_id IS NULL OR o.post_id = d.post_id) " \
  "FROM " duties " JOIN matter m ON m.id = d.matter_id " \
  "LEFT JOIN section s ON s.id = d.section_id LEFT JOIN post p ON p.id = d.post_id " \
  "LEFT JOIN section ps ON ps.id = p.section_id LEFT JOIN officer o ON o.id = d.officer_id "

static gboolean
collect_duties (ZfStore       *self,
                sqlite3_stmt  *stmt,
                ZfDutyLine    *facts,
                GPtrArray     *findings,
                GError       **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (ZfDutyLine));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfDutyLine line;

      line.matter_name = zf_column_dup (stmt, 0);
      line.holder_kind = zf_column_dup (stmt, 1);
      line.holder_name = zf_column_dup (stmt, 2);
      line.matter_active = sqlite3_column_int (stmt, 3) != 0;
      line.same_body = sqlite3_column_int (stmt, 4) != 0;
      line.within_upper = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (strings, (char *) line.matter_name);
      g_ptr_array_add (strings, (char *) line.holder_kind);
      g_ptr_array_add (strings, (char *) line.holder_name);
      g_array_append_val (lines, line);
      if (facts != NULL)
        {
          facts->matter_active = line.matter_active;
          facts->same_body = line.same_body;
          facts->within_upper = line.within_upper;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  zf_rule_duty_contained ((ZfDutyLine *) lines->data, lines->len, findings);
  return TRUE;
}

gint64
zf_store_assign_duty (ZfStore  *self,
                      gint64    matter_id,
                      gint64    section_id,
                      gint64    post_id,
                      gint64    officer_id,
                      GError  **error)
{
  static const char insert_sql[] =
    "INSERT INTO duty_assignment (matter_id, section_id, post_id, officer_id) "
    "VALUES (?1, ?2, ?3, ?4) RETURNING id";
  static const char check_sql[] = DUTY_LINES "WHERE d.id = ?1";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  if (!zf_rule_duty_holder (section_id, post_id, officer_id, error))
    return 0;
  if (!zf_store_begin (self, error))
    return 0;

  /* Written first and checked inside the transaction: the same query as
   * the check decides, and a refusal rolls the row back. */
  stmt = zf_store_prepare (self, insert_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, matter_id);
  zf_bind_id (stmt, 2, section_id);
  zf_bind_id (stmt, 3, post_id);
  zf_bind_id (stmt, 4, officer_id);
  id = zf_store_step_int64 (self, stmt, error);
  if (id == 0)
    goto fail;

  stmt = zf_store_prepare (self, check_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!collect_duties (self, stmt, NULL, findings, error) || !zf_findings_to_error (findings, error))
    goto fail;

  zf_store_notify_changed (self, "duty_assignment", id);
  return zf_store_commit (self, error) ? id : 0;

fail:
  zf_store_rollback (self);
  return 0;
}

gboolean
zf_store_check_duty (ZfStore     *self,
                     gint64       matter_id,
                     gint64       section_id,
                     gint64       post_id,
                     gint64       officer_id,
                     ZfDutyLine  *facts,
                     GPtrArray   *findings,
                     GError     **error)
{
  /* The query of a stored assignment over one not yet written. */
  static const char sql[] =
    DUTY_LINES_OF ("(SELECT ?1 AS matter_id, ?2 AS section_id, ?3 AS post_id, ?4 AS officer_id) d");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *facts = (ZfDutyLine) { NULL, NULL, NULL, TRUE, TRUE, TRUE };
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, matter_id);
  zf_bind_id (stmt, 2, section_id);
  zf_bind_id (stmt, 3, post_id);
  zf_bind_id (stmt, 4, officer_id);
  return collect_duties (self, stmt, facts, findings, error);
}

gboolean
zf_store_duties_rows (ZfStore  *self,
                      gint64    body_id,
                      GArray   *ids,
                      ZfTable  *table,
                      GError  **error)
{
  /* The officer by name and by the number of their latest card, which
   * tells two of one name apart; never an ID number. */
  static const char sql[] =
    "SELECT b.name, m.code, m.name, s.name, p.name, o.name, "
    "(SELECT number FROM certificate WHERE officer_id = o.id ORDER BY id DESC LIMIT 1) "
    "FROM duty_assignment d JOIN matter m ON m.id = d.matter_id JOIN body b ON b.id = m.body_id "
    "LEFT JOIN section s ON s.id = d.section_id LEFT JOIN post p ON p.id = d.post_id "
    "LEFT JOIN officer o ON o.id = d.officer_id "
    "WHERE (?1 IS NULL OR m.body_id = ?1) "
    "AND (?2 IS NULL OR m.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name COLLATE pinyin, b.id, m.code, m.id, d.id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}

/* Long: one transaction in which each matter is read, judged, copied with
 * its basis, marked and recorded; the steps share its statements. */
gboolean
zf_store_transfer_matters (ZfStore      *self,
                           const gint64 *matter_ids,
                           guint         n_matters,
                           gint64        to_body_id,
                           const char   *date,
                           const char   *doc_number,
                           const char   *reason,
                           GError      **error)
{
  static const char source_sql[] =
    "SELECT m.body_id, m.status, m.name, (SELECT count(*) FROM body WHERE id = ?2) "
    "FROM matter m WHERE m.id = ?1";
  static const char copy_sql[] =
    "INSERT INTO matter (body_id, code, name, category, cooperating, time_limit_days, "
    "time_limit_text, responsibility, accountability, supervision_phone, status, "
    "enforcement_category, notes) SELECT ?2, code, name, category, cooperating, "
    "time_limit_days, time_limit_text, responsibility, accountability, supervision_phone, "
    "'active', enforcement_category, notes FROM matter WHERE id = ?1 RETURNING id";
  static const char copy_basis_sql[] =
    "INSERT INTO matter_basis (matter_id, article_id) SELECT ?2, article_id FROM matter_basis "
    "WHERE matter_id = ?1";
  static const char mark_sql[] =
    "UPDATE matter SET status = 'transferred', "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?1";
  static const char record_sql[] =
    "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, new_matter_id, date, "
    "doc_number, reason, operator) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, zf_operator ())";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_matter_transfer_request (date, doc_number, n_matters, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_matters; i++)
    {
      g_autofree char *status = NULL;
      g_autofree char *name = NULL;
      gint64 from_body = 0, new_id = 0;
      gboolean target_exists = FALSE;

      stmt = zf_store_prepare (self, source_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, matter_ids[i]);
      sqlite3_bind_int64 (stmt, 2, to_body_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          from_body = sqlite3_column_int64 (stmt, 0);
          status = zf_column_dup (stmt, 1);
          name = zf_column_dup (stmt, 2);
          target_exists = sqlite3_column_int (stmt, 3) == 1;
        }
      sqlite3_reset (stmt);
      if (from_body == 0 || !target_exists)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                       _("A matter or the receiving body no longer exists."));
          goto fail;
        }
      if (!zf_rule_matter_transfer (name, status, from_body, to_body_id, error))
        goto fail;

      stmt = zf_store_prepare (self, copy_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, matter_ids[i]);
      sqlite3_bind_int64 (stmt, 2, to_body_id);
      new_id = zf_store_step_int64 (self, stmt, error);
      if (new_id == 0)
        {
          g_prefix_error (error, _("“%s” cannot be transferred: "), name);
          goto fail;
        }

      stmt = zf_store_prepare (self, copy_basis_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, matter_ids[i]);
      sqlite3_bind_int64 (stmt, 2, new_id);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;

      stmt = zf_store_prepare (self, mark_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, matter_ids[i]);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;

      stmt = zf_store_prepare (self, record_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, matter_ids[i]);
      sqlite3_bind_int64 (stmt, 2, from_body);
      sqlite3_bind_int64 (stmt, 3, to_body_id);
      sqlite3_bind_int64 (stmt, 4, new_id);
      zf_bind_text (stmt, 5, date);
      zf_bind_text (stmt, 6, doc_number);
      zf_bind_text (stmt, 7, reason);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  zf_store_notify_changed (self, "matter", 0);
  zf_store_notify_changed (self, "matter_transfer", 0);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

gboolean
zf_store_check_matters (ZfStore     *self,
                        gint64       body_id,
                        const char  *today,
                        GPtrArray   *findings,
                        GError     **error)
{
  static const char matters_sql[] =
    "SELECT id, name FROM matter WHERE body_id = ?1 AND status = 'active' ORDER BY code, id";
  static const char basis_sql[] =
    "SELECT article_id FROM matter_basis WHERE matter_id = ?1 ORDER BY id";
  static const char duties_sql[] = DUTY_LINES "WHERE m.body_id = ?1 ORDER BY d.id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, matters_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_ptr_array_add (names, zf_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GArray) articles = g_array_new (FALSE, FALSE, sizeof (gint64));

      stmt = zf_store_prepare (self, basis_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 a = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (articles, a);
        }
      sqlite3_reset (stmt);
      if (!check_basis (self, body_id, names->pdata[i], (gint64 *) articles->data, articles->len,
                        today, findings, error))
        return FALSE;
    }

  stmt = zf_store_prepare (self, duties_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  return collect_duties (self, stmt, NULL, findings, error);
}

gboolean
zf_store_matters_rows (ZfStore  *self,
                       gint64    body_id,
                       GArray    *ids,
                       ZfTable  *table,
                       GError  **error)
{
  static const char sql[] =
    "SELECT b.name, m.code, m.name, m.category, " MATTER_BASIS ", s.name, p.name, m.cooperating, "
    "m.time_limit_days, m.time_limit_text, m.responsibility, m.accountability, "
    "m.supervision_phone, m.status, m.enforcement_category, "
    "(SELECT tb.name || ' ' || t.date || ' ' || coalesce (t.doc_number, '') FROM matter_transfer t "
    "JOIN body tb ON tb.id = t.to_body_id WHERE t.matter_id = m.id ORDER BY t.id DESC LIMIT 1) "
    MATTER_FROM "WHERE (?1 IS NULL OR m.body_id = ?1) "
    "AND (?2 IS NULL OR m.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name COLLATE pinyin, b.id, m.code, m.id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}

gboolean
zf_store_transfers_rows (ZfStore  *self,
                         gint64    body_id,
                         GArray    *ids,
                         ZfTable  *table,
                         GError  **error)
{
  static const char sql[] =
    "SELECT t.date, m.code, m.name, fb.name, tb.name, t.doc_number, t.reason, t.operator "
    "FROM matter_transfer t JOIN matter m ON m.id = t.matter_id "
    "JOIN body fb ON fb.id = t.from_body_id JOIN body tb ON tb.id = t.to_body_id "
    "WHERE (?1 IS NULL OR t.from_body_id = ?1 OR t.to_body_id = ?1) "
    "AND (?2 IS NULL OR t.matter_id IN (SELECT value FROM json_each (?2))) ORDER BY t.date, t.id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}

GArray *
zf_store_get_matter_basis (ZfStore  *self,
                           gint64    matter_id,
                           GError  **error)
{
  static const char sql[] =
    "SELECT article_id FROM matter_basis WHERE matter_id = ?1 ORDER BY id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, matter_id);
  return zf_store_collect_ids (self, stmt, error);
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
