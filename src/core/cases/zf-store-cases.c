#define G_LOG_DOMAIN "zf-store-cases"

#include "config.h"

#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-cases.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"

/* The latest evaluation of a file is the one lists and reports show. */
#define LATEST_EVALUATION \
  "LEFT JOIN evaluation e ON e.id = (SELECT x.id FROM evaluation x WHERE x.case_id = c.id " \
  "ORDER BY x.date DESC, x.id DESC LIMIT 1) "

#define CASE_COLUMNS \
  "c.id, c.uuid, c.body_id, b.name AS body_name, c.number, c.category, c.procedure, " \
  "c.party_name, c.party_kind, c.party_code, c.matter_id, m.name AS matter_name, " \
  "c.filed_date, c.investigated_date, c.notified_date, c.hearing_date, c.legal_review_date, " \
  "c.collective_date, c.decided_date, c.served_date, c.executed_date, c.closed_date, " \
  "c.archived_date, c.fine_amount, c.confiscated_amount, c.basis, c.major, " \
  "c.transferred_judicial, c.review_outcome, c.litigation_outcome, c.year, c.notes, " \
  "(SELECT group_concat (name, '、') FROM (SELECT o.name FROM case_officer co " \
  "  JOIN officer o ON o.id = co.officer_id WHERE co.case_id = c.id ORDER BY o.name COLLATE pinyin)) " \
  "  AS officer_names, " \
  "e.score AS score, e.grade AS grade "

#define CASE_FROM \
  "FROM case_file c LEFT JOIN body b ON b.id = c.body_id " \
  "LEFT JOIN matter m ON m.id = c.matter_id " LATEST_EVALUATION

/* Search matches a substring of the number, the party or the body. */
#define CASE_IDS(order) \
  "SELECT c.id FROM case_file c LEFT JOIN body b ON b.id = c.body_id " LATEST_EVALUATION \
  "WHERE (?1 IS NULL OR instr (c.number, ?1) > 0 OR instr (c.party_name, ?1) > 0 " \
  "OR instr (b.name, ?1) > 0) " \
  "AND (?2 IS NULL OR c.body_id = ?2) AND (?3 IS NULL OR c.category = ?3) " \
  "AND (?4 IS NULL OR c.year = ?4) AND (?5 IS NULL OR e.grade = ?5) " \
  "ORDER BY " order

#define CASE_SORT(key) \
  CASE_IDS (key ", c.number COLLATE pinyin, c.id"), CASE_IDS (key " DESC, c.number COLLATE pinyin DESC, c.id DESC")

static const char *const case_ids_sql[ZF_CASE_N_SORTS * 2] = {
  CASE_IDS ("c.number COLLATE pinyin, c.id"), CASE_IDS ("c.number COLLATE pinyin DESC, c.id DESC"),
  CASE_SORT ("b.name COLLATE pinyin"),
  CASE_SORT ("c.category"),
  CASE_SORT ("c.decided_date"),
  CASE_SORT ("e.score"),
};

static const char case_item_sql[] = "SELECT " CASE_COLUMNS CASE_FROM "WHERE c.id = ?1";

static const char *const case_watch[] = { "case_file", "evaluation", "body", NULL };

static const ZfQuerySpec case_spec = {
  .item_type = zf_case_file_get_type,
  .watch = case_watch,
  .n_sorts = ZF_CASE_N_SORTS,
  .ids_sql = case_ids_sql,
  .item_sql = case_item_sql,
};

const ZfQuerySpec *
zf_case_file_query_spec (void)
{
  return &case_spec;
}

static ZfCaseFile *
lookup_case (ZfStore    *self,
             const char *sql,
             gint64      id,
             const char *text)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text)
    zf_bind_text (stmt, 2, text);
  return ZF_CASE_FILE (zf_store_step_record (stmt, ZF_TYPE_CASE_FILE));
}

ZfCaseFile *
zf_store_get_case_file (ZfStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  return ZF_CASE_FILE (zf_store_load_record (self, case_item_sql, ZF_TYPE_CASE_FILE, id,
                                             _("The case file no longer exists; it may have been "
                                               "deleted by another program."), error));
}

ZfCaseFile *
zf_store_find_case_file (ZfStore    *self,
                         gint64      body_id,
                         const char *number)
{
  static const char sql[] = "SELECT " CASE_COLUMNS CASE_FROM "WHERE c.body_id = ?1 AND c.number = ?2";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (number == NULL || *number == '\0')
    return NULL;
  return lookup_case (self, sql, body_id, number);
}

static gboolean
replace_officers (ZfStore  *self,
                  gint64    case_id,
                  GArray   *officer_ids,
                  GError  **error)
{
  static const char clear_sql[] = "DELETE FROM case_officer WHERE case_id = ?1";
  static const char add_sql[] =
    "INSERT OR IGNORE INTO case_officer (case_id, officer_id) VALUES (?1, ?2)";
  sqlite3_stmt *stmt = zf_store_prepare (self, clear_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < officer_ids->len; i++)
    {
      stmt = zf_store_prepare (self, add_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, case_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (officer_ids, gint64, i));
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Long: the rules judged, then one transaction that writes the file and
 * the rows that belong to it. */
gboolean
zf_store_save_case_file (ZfStore     *self,
                         ZfCaseFile  *case_file,
                         GArray      *officer_ids,
                         GError     **error)
{
  static const char insert_sql[] =
    "INSERT INTO case_file (body_id, number, category, procedure, party_name, party_kind, "
    "party_code, matter_id, filed_date, investigated_date, notified_date, hearing_date, "
    "legal_review_date, collective_date, decided_date, served_date, executed_date, closed_date, "
    "archived_date, fine_amount, confiscated_amount, basis, major, transferred_judicial, "
    "review_outcome, litigation_outcome, year, notes) VALUES (:body_id, :number, :category, "
    ":procedure, :party_name, :party_kind, :party_code, :matter_id, :filed_date, "
    ":investigated_date, :notified_date, :hearing_date, :legal_review_date, :collective_date, "
    ":decided_date, :served_date, :executed_date, :closed_date, :archived_date, :fine_amount, "
    ":confiscated_amount, :basis, :major, :transferred_judicial, :review_outcome, "
    ":litigation_outcome, :year, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE case_file SET body_id = :body_id, number = :number, category = :category, "
    "procedure = :procedure, party_name = :party_name, party_kind = :party_kind, "
    "party_code = :party_code, matter_id = :matter_id, filed_date = :filed_date, "
    "investigated_date = :investigated_date, notified_date = :notified_date, "
    "hearing_date = :hearing_date, legal_review_date = :legal_review_date, "
    "collective_date = :collective_date, decided_date = :decided_date, "
    "served_date = :served_date, executed_date = :executed_date, closed_date = :closed_date, "
    "archived_date = :archived_date, fine_amount = :fine_amount, "
    "confiscated_amount = :confiscated_amount, basis = :basis, major = :major, "
    "transferred_judicial = :transferred_judicial, review_outcome = :review_outcome, "
    "litigation_outcome = :litigation_outcome, year = :year, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfCaseFile) other = NULL;
  ZfRecord *record = ZF_RECORD (case_file);
  gint64 id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_CASE_FILE (case_file), FALSE);

  zf_rule_case_fields (case_file, findings);
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  if (zf_record_get_int (record, "year") <= 0)
    {
      const char *date = zf_record_get_string (record, "filed_date");
      if (!zf_date_is_valid (date))
        date = zf_case_file_get_decided_date (case_file);
      if (zf_date_is_valid (date))
        zf_record_set_int (record, "year", zf_date_year (date));
    }

  id = zf_record_get_id (record);
  other = zf_store_find_case_file (self, zf_case_file_get_body_id (case_file),
                                   zf_case_file_get_number (case_file));
  if (other != NULL && zf_record_get_id (ZF_RECORD (other)) != id)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The body already has a case file numbered “%s”."),
                   zf_case_file_get_number (case_file));
      return FALSE;
    }

  if (!zf_store_begin (self, error))
    return FALSE;

  if (!zf_store_write_record (self, record, insert_sql, update_sql,
                              _("The case file no longer exists; it may have been deleted "
                                "by another program."), error))
    goto fail;

  if (officer_ids != NULL && !replace_officers (self, zf_record_get_id (record), officer_ids, error))
    goto fail;

  zf_store_notify_changed (self, "case_file", zf_record_get_id (record));
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

gboolean
zf_store_delete_case_file (ZfStore  *self,
                           gint64    id,
                           GError  **error)
{
  static const char sql[] = "DELETE FROM case_file WHERE id = ?1";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_store_begin (self, error))
    return FALSE;
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;
  zf_store_notify_changed (self, "case_file", id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

GArray *
zf_store_list_case_officers (ZfStore  *self,
                             gint64    case_id,
                             GError  **error)
{
  static const char sql[] =
    "SELECT co.officer_id FROM case_officer co JOIN officer o ON o.id = co.officer_id "
    "WHERE co.case_id = ?1 ORDER BY o.name COLLATE pinyin, o.id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

GArray *
zf_store_list_case_ids (ZfStore  *self,
                        gint64    body_id,
                        GError  **error)
{
  static const char sql[] =
    "SELECT c.id FROM case_file c WHERE ?1 = 0 OR c.body_id = ?1 "
    "ORDER BY c.body_id, c.number COLLATE pinyin, c.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, body_id);
  return zf_store_collect_ids (self, stmt, error);
}

char *
zf_store_get_work_calendar_text (ZfStore  *self,
                                 GError  **error)
{
  static const char sql[] =
    "SELECT date, working, name FROM work_calendar ORDER BY date";
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 2);

      g_string_append_printf (text, "%s %s%s%s\n", sqlite3_column_text (stmt, 0),
                              sqlite3_column_int (stmt, 1) ? "班" : "休",
                              name && *name ? " " : "", name ? name : "");
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
zf_store_set_work_calendar_text (ZfStore     *self,
                                 const char  *text,
                                 GError     **error)
{
  static const char clear_days_sql[] = "DELETE FROM work_calendar";
  static const char clear_years_sql[] =
    "DELETE FROM work_calendar_year WHERE year NOT IN "
    "(SELECT DISTINCT CAST (substr (date, 1, 4) AS INTEGER) FROM work_calendar)";
  static const char day_sql[] = "INSERT INTO work_calendar (date, working, name) VALUES (?1, ?2, ?3)";
  static const char year_sql[] = "INSERT OR IGNORE INTO work_calendar_year (year) VALUES (?1)";
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_store_begin (self, error))
    return FALSE;
  if ((stmt = zf_store_prepare (self, clear_days_sql, error)) == NULL ||
      !zf_store_exec_stmt (self, stmt, error))
    goto fail;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *date = NULL, *name = NULL;
      char *line = g_strstrip (lines[i]);
      gboolean working;

      if (*line == '\0' || *line == '#')
        continue;
      if (!zf_rule_holiday_line (i + 1, line, seen, &date, &working, &name, error))
        goto fail;
      g_hash_table_add (seen, g_strdup (date));
      if ((stmt = zf_store_prepare (self, day_sql, error)) == NULL)
        goto fail;
      zf_bind_text (stmt, 1, date);
      sqlite3_bind_int (stmt, 2, working ? 1 : 0);
      zf_bind_text (stmt, 3, name);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
      if ((stmt = zf_store_prepare (self, year_sql, error)) == NULL)
        goto fail;
      sqlite3_bind_int (stmt, 1, zf_date_year (date));
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  if ((stmt = zf_store_prepare (self, clear_years_sql, error)) == NULL ||
      !zf_store_exec_stmt (self, stmt, error))
    goto fail;
  zf_store_notify_changed (self, "work_calendar", 0);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}
