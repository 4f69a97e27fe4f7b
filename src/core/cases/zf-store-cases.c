#define G_LOG_DOMAIN "zf-store-cases"

#include "config.h"

#include <math.h>

#include "zf-body-rules.h"
#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-cases.h"
#include "zf-store-officer-events.h"
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
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

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

  stmt = zf_store_prepare (self, id > 0 ? update_sql : insert_sql, error);
  if (stmt == NULL)
    goto fail;
  zf_record_bind (record, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                     _("The case file no longer exists; it may have been deleted by another program."));
      else
        zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      goto fail;
    }
  zf_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  g_object_set (case_file, "uuid", sqlite3_column_text (stmt, 1), NULL);
  sqlite3_reset (stmt);

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

static double
column_double_or_nan (sqlite3_stmt *stmt,
                      int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN
         : sqlite3_column_double (stmt, column);
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

/* What the checks of many files read once: a body's facts, a matter's with
 * its benchmark, a handling officer's events and cards, the calendar. A
 * province has thousands of bodies and tens of thousands of matters for
 * fifty thousand files, and an officer handles many files. */
typedef struct
{
  char   *status, *name, *kind, *published_date, *letter_start, *letter_end;
  char   *entrusting_name, *entrusting_kind;
  GArray *events;                 /* ZfBodyStatusLine */
} BodyFacts;

typedef struct
{
  gboolean known;
  gint64   body_id;
  char    *status, *name, *transfer_date, *received_date;
  gint64   time_limit_days;
  gboolean benchmark_known;
  double   statutory_min, statutory_max;
  GArray  *tiers;                 /* ZfCaseTier */
} MatterFacts;

typedef struct
{
  GPtrArray *events;              /* ZfOfficerEvent, date order */
  GPtrArray *certificates;        /* ZfCaseCertificate */
} HandlerFacts;

typedef struct
{
  GHashTable *bodies;             /* id → BodyFacts */
  GHashTable *matters;            /* id → MatterFacts */
  GHashTable *handlers;           /* id → HandlerFacts */
  gboolean    calendar_read;
  GArray     *calendar_years;     /* int */
  GArray     *calendar_days;      /* CalendarDay */
} FactsCache;

typedef struct
{
  char     *date;
  gboolean  working;
} CalendarDay;

static void
calendar_day_clear (gpointer data)
{
  g_free (((CalendarDay *) data)->date);
}

static void
body_line_free (gpointer data)
{
  ZfBodyStatusLine *line = data;

  g_free ((char *) line->status);
  g_free ((char *) line->date);
}

static void
body_facts_free (BodyFacts *b)
{
  g_free (b->status);
  g_free (b->name);
  g_free (b->kind);
  g_free (b->published_date);
  g_free (b->letter_start);
  g_free (b->letter_end);
  g_free (b->entrusting_name);
  g_free (b->entrusting_kind);
  g_array_unref (b->events);
  g_free (b);
}

static void
matter_facts_free (MatterFacts *m)
{
  g_free (m->status);
  g_free (m->name);
  g_free (m->transfer_date);
  g_free (m->received_date);
  g_array_unref (m->tiers);
  g_free (m);
}

static void
case_certificate_free (ZfCaseCertificate *c)
{
  g_free (c->number);
  g_free (c->issue_date);
  g_free (c->valid_until);
  g_free (c->status);
  g_free (c);
}

static void
handler_facts_free (HandlerFacts *h)
{
  g_ptr_array_unref (h->events);
  g_ptr_array_unref (h->certificates);
  g_free (h);
}

static void
facts_cache_init (FactsCache *cache)
{
  cache->bodies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) body_facts_free);
  cache->matters = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) matter_facts_free);
  cache->handlers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) handler_facts_free);
  cache->calendar_read = FALSE;
  cache->calendar_years = g_array_new (FALSE, FALSE, sizeof (int));
  cache->calendar_days = g_array_new (FALSE, FALSE, sizeof (CalendarDay));
  g_array_set_clear_func (cache->calendar_days, calendar_day_clear);
}

static void
facts_cache_clear (FactsCache *cache)
{
  g_hash_table_unref (cache->bodies);
  g_hash_table_unref (cache->matters);
  g_hash_table_unref (cache->handlers);
  g_array_unref (cache->calendar_years);
  g_array_unref (cache->calendar_days);
}

static const BodyFacts *
cached_body (ZfStore     *self,
             FactsCache  *cache,
             gint64       body_id,
             GError     **error)
{
  static const char body_sql[] =
    "SELECT b.status, b.name, b.kind, b.published_date, b.letter_start, b.letter_end, "
    "  p.name, p.kind FROM body b LEFT JOIN body p ON p.id = b.parent_id WHERE b.id = ?1";
  static const char body_events_sql[] =
    "SELECT status, date FROM body_status_event WHERE body_id = ?1 ORDER BY date, id";
  BodyFacts *b = g_hash_table_lookup (cache->bodies, &body_id);
  sqlite3_stmt *stmt;

  if (b != NULL)
    return b;
  if ((stmt = zf_store_prepare (self, body_sql, error)) == NULL)
    return NULL;
  b = g_new0 (BodyFacts, 1);
  b->events = g_array_new (FALSE, TRUE, sizeof (ZfBodyStatusLine));
  g_array_set_clear_func (b->events, body_line_free);
  g_hash_table_insert (cache->bodies, g_memdup2 (&body_id, sizeof body_id), b);
  sqlite3_bind_int64 (stmt, 1, body_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      b->status = zf_column_dup (stmt, 0);
      b->name = zf_column_dup (stmt, 1);
      b->kind = zf_column_dup (stmt, 2);
      b->published_date = zf_column_dup (stmt, 3);
      b->letter_start = zf_column_dup (stmt, 4);
      b->letter_end = zf_column_dup (stmt, 5);
      b->entrusting_name = zf_column_dup (stmt, 6);
      b->entrusting_kind = zf_column_dup (stmt, 7);
    }
  sqlite3_reset (stmt);

  if ((stmt = zf_store_prepare (self, body_events_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, body_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfBodyStatusLine line = { zf_column_dup (stmt, 0), zf_column_dup (stmt, 1) };

      g_array_append_val (b->events, line);
    }
  sqlite3_reset (stmt);
  return b;
}

static const MatterFacts *
cached_matter (ZfStore     *self,
               FactsCache  *cache,
               gint64       matter_id,
               GError     **error)
{
  static const char matter_sql[] =
    "SELECT m.body_id, m.status, m.name, m.time_limit_days, "
    "  (SELECT min (t.date) FROM matter_transfer t WHERE t.matter_id = m.id "
    "   AND t.from_body_id = m.body_id), "
    "  (SELECT min (t.date) FROM matter_transfer t WHERE t.new_matter_id = m.id "
    "   AND t.to_body_id = m.body_id) "
    "FROM matter m WHERE m.id = ?1";
  static const char benchmark_sql[] =
    "SELECT bm.id, bm.statutory_min, bm.statutory_max "
    "FROM benchmark bm WHERE bm.matter_id = ?1 ORDER BY bm.id LIMIT 1";
  static const char tiers_sql[] =
    "SELECT range_min, range_max FROM benchmark_tier WHERE benchmark_id = ?1 "
    "ORDER BY range_min, id";
  MatterFacts *m = g_hash_table_lookup (cache->matters, &matter_id);
  sqlite3_stmt *stmt;
  gint64 benchmark_id = 0;

  if (m != NULL)
    return m;
  if ((stmt = zf_store_prepare (self, matter_sql, error)) == NULL)
    return NULL;
  m = g_new0 (MatterFacts, 1);
  m->statutory_min = NAN;
  m->statutory_max = NAN;
  m->tiers = g_array_new (FALSE, TRUE, sizeof (ZfCaseTier));
  g_hash_table_insert (cache->matters, g_memdup2 (&matter_id, sizeof matter_id), m);
  sqlite3_bind_int64 (stmt, 1, matter_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      m->known = TRUE;
      m->body_id = sqlite3_column_int64 (stmt, 0);
      m->status = zf_column_dup (stmt, 1);
      m->name = zf_column_dup (stmt, 2);
      m->time_limit_days = sqlite3_column_int64 (stmt, 3);
      m->transfer_date = zf_column_dup (stmt, 4);
      m->received_date = zf_column_dup (stmt, 5);
    }
  sqlite3_reset (stmt);

  if ((stmt = zf_store_prepare (self, benchmark_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, matter_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      m->benchmark_known = TRUE;
      benchmark_id = sqlite3_column_int64 (stmt, 0);
      m->statutory_min = column_double_or_nan (stmt, 1);
      m->statutory_max = column_double_or_nan (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (benchmark_id > 0)
    {
      if ((stmt = zf_store_prepare (self, tiers_sql, error)) == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, benchmark_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          ZfCaseTier tier = { column_double_or_nan (stmt, 0), column_double_or_nan (stmt, 1) };

          g_array_append_val (m->tiers, tier);
        }
      sqlite3_reset (stmt);
    }
  return m;
}

static const HandlerFacts *
cached_handler (ZfStore     *self,
                FactsCache  *cache,
                gint64       officer_id,
                GError     **error)
{
  static const char certificates_sql[] =
    "SELECT number, issue_date, valid_until, status FROM certificate "
    "WHERE officer_id = ?1 AND status <> 'applying' ORDER BY issue_date, id";
  HandlerFacts *h = g_hash_table_lookup (cache->handlers, &officer_id);
  g_autoptr(GPtrArray) events = NULL;
  sqlite3_stmt *stmt;

  if (h != NULL)
    return h;
  if ((events = zf_store_list_certificate_history (self, officer_id, error)) == NULL)
    return NULL;
  if ((stmt = zf_store_prepare (self, certificates_sql, error)) == NULL)
    return NULL;
  h = g_new0 (HandlerFacts, 1);
  h->events = g_steal_pointer (&events);
  h->certificates = g_ptr_array_new_with_free_func ((GDestroyNotify) case_certificate_free);
  g_hash_table_insert (cache->handlers, g_memdup2 (&officer_id, sizeof officer_id), h);
  sqlite3_bind_int64 (stmt, 1, officer_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfCaseCertificate *c = g_new0 (ZfCaseCertificate, 1);

      c->number = zf_column_dup (stmt, 0);
      c->issue_date = zf_column_dup (stmt, 1);
      c->valid_until = zf_column_dup (stmt, 2);
      c->status = zf_column_dup (stmt, 3);
      g_ptr_array_add (h->certificates, c);
    }
  sqlite3_reset (stmt);
  return h;
}

static ZfWorkCalendar *
cached_calendar (ZfStore     *self,
                 FactsCache  *cache,
                 GError     **error)
{
  static const char years_sql[] = "SELECT year FROM work_calendar_year";
  static const char days_sql[] = "SELECT date, working FROM work_calendar";
  ZfWorkCalendar *calendar;
  sqlite3_stmt *stmt;

  if (!cache->calendar_read)
    {
      if ((stmt = zf_store_prepare (self, years_sql, error)) == NULL)
        return NULL;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          int year = sqlite3_column_int (stmt, 0);

          g_array_append_val (cache->calendar_years, year);
        }
      sqlite3_reset (stmt);
      if ((stmt = zf_store_prepare (self, days_sql, error)) == NULL)
        return NULL;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          CalendarDay day = { zf_column_dup (stmt, 0), sqlite3_column_int (stmt, 1) != 0 };

          g_array_append_val (cache->calendar_days, day);
        }
      sqlite3_reset (stmt);
      cache->calendar_read = TRUE;
    }
  /* The facts own their calendar: a copy of the one read. */
  calendar = zf_work_calendar_new ();
  for (guint i = 0; i < cache->calendar_years->len; i++)
    zf_work_calendar_add_year (calendar, g_array_index (cache->calendar_years, int, i));
  for (guint i = 0; i < cache->calendar_days->len; i++)
    {
      const CalendarDay *day = &g_array_index (cache->calendar_days, CalendarDay, i);

      zf_work_calendar_set_day (calendar, day->date, day->working);
    }
  return calendar;
}

/* The facts of @case_file from the registers, through @cache. */
static ZfCaseFacts *
load_case_facts (ZfStore     *self,
                 ZfCaseFile  *case_file,
                 FactsCache  *cache,
                 GError     **error)
{
  static const char officers_sql[] =
    "SELECT o.id, o.name FROM case_officer co JOIN officer o ON o.id = co.officer_id "
    "WHERE co.case_id = ?1 ORDER BY o.name COLLATE pinyin, o.id";
  g_autoptr(ZfCaseFacts) facts = zf_case_facts_new (case_file);
  g_autoptr(GArray) officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) officer_names = g_ptr_array_new_with_free_func (g_free);
  const BodyFacts *b;
  gint64 matter_id;
  sqlite3_stmt *stmt;

  if ((b = cached_body (self, cache, zf_case_file_get_body_id (case_file), error)) == NULL)
    return NULL;
  facts->body_status = g_strdup (b->status);
  facts->body_name = g_strdup (b->name);
  facts->body_kind = g_strdup (b->kind);
  facts->body_published_date = g_strdup (b->published_date);
  facts->letter_start = g_strdup (b->letter_start);
  facts->letter_end = g_strdup (b->letter_end);
  facts->entrusting_name = g_strdup (b->entrusting_name);
  facts->entrusting_kind = g_strdup (b->entrusting_kind);
  for (guint i = 0; i < b->events->len; i++)
    {
      const ZfBodyStatusLine *line = &g_array_index (b->events, ZfBodyStatusLine, i);

      zf_case_facts_add_body_event (facts, line->status, line->date);
    }

  matter_id = zf_case_file_get_matter_id (case_file);
  if (matter_id > 0)
    {
      const MatterFacts *m = cached_matter (self, cache, matter_id, error);

      if (m == NULL)
        return NULL;
      facts->matter_known = m->known;
      facts->matter_body_id = m->body_id;
      facts->matter_status = g_strdup (m->status);
      facts->matter_name = g_strdup (m->name);
      facts->matter_time_limit_days = m->time_limit_days;
      facts->matter_transfer_date = g_strdup (m->transfer_date);
      facts->matter_received_date = g_strdup (m->received_date);
      facts->benchmark_known = m->benchmark_known;
      facts->statutory_min = m->statutory_min;
      facts->statutory_max = m->statutory_max;
      for (guint i = 0; i < m->tiers->len; i++)
        {
          const ZfCaseTier *tier = &g_array_index (m->tiers, ZfCaseTier, i);

          zf_case_facts_add_tier (facts, tier->range_min, tier->range_max);
        }
    }

  if ((stmt = zf_store_prepare (self, officers_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, zf_record_get_id (ZF_RECORD (case_file)));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (officer_ids, id);
      g_ptr_array_add (officer_names, zf_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < officer_ids->len; i++)
    {
      const HandlerFacts *h = cached_handler (self, cache, g_array_index (officer_ids, gint64, i),
                                              error);
      ZfCaseOfficerFacts *o;

      if (h == NULL)
        return NULL;
      o = zf_case_facts_add_officer (facts, officer_names->pdata[i], h->events);
      for (guint j = 0; j < h->certificates->len; j++)
        {
          const ZfCaseCertificate *c = h->certificates->pdata[j];

          zf_case_officer_add_certificate (o, c->number, c->issue_date, c->valid_until,
                                           c->status);
        }
    }

  if (g_strcmp0 (zf_case_file_get_category (case_file), "licensing") == 0 &&
      (facts->calendar = cached_calendar (self, cache, error)) == NULL)
    return NULL;

  return g_steal_pointer (&facts);
}

ZfCaseFacts *
zf_store_get_case_facts (ZfStore  *self,
                         gint64    case_id,
                         GError  **error)
{
  g_autoptr(ZfCaseFile) case_file = NULL;
  FactsCache cache;
  ZfCaseFacts *facts;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  case_file = zf_store_get_case_file (self, case_id, error);
  if (case_file == NULL)
    return NULL;
  facts_cache_init (&cache);
  facts = load_case_facts (self, case_file, &cache, error);
  facts_cache_clear (&cache);
  return facts;
}

/* Long: one statement streams the files in the order of
 * zf_store_list_case_ids() with the columns the checks read (not the
 * lists' handlers' names and latest evaluation, a subquery each), and
 * each file's facts come through the cache. */
gboolean
zf_store_foreach_case_facts (ZfStore              *self,
                             gint64                body_id,
                             ZfCaseFileWantedFunc  wanted,
                             ZfCaseFactsFunc       func,
                             gpointer              user_data,
                             GError              **error)
{
  static const char sql[] =
    "SELECT c.id, c.body_id, b.name AS body_name, c.number, c.category, c.procedure, "
    "c.party_name, c.party_kind, c.party_code, c.matter_id, "
    "c.filed_date, c.investigated_date, c.notified_date, c.hearing_date, c.legal_review_date, "
    "c.collective_date, c.decided_date, c.served_date, c.executed_date, c.closed_date, "
    "c.archived_date, c.fine_amount, c.confiscated_amount, c.basis, c.major, "
    "c.transferred_judicial, c.review_outcome, c.litigation_outcome, c.year, c.notes "
    "FROM case_file c LEFT JOIN body b ON b.id = c.body_id "
    "WHERE ?1 = 0 OR c.body_id = ?1 "
    "ORDER BY c.body_id, c.number COLLATE pinyin, c.id";
  FactsCache cache;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  facts_cache_init (&cache);
  sqlite3_bind_int64 (stmt, 1, body_id);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ZfCaseFile) case_file = g_object_new (ZF_TYPE_CASE_FILE, NULL);
      g_autoptr(ZfCaseFacts) facts = NULL;

      zf_record_load_row (ZF_RECORD (case_file), stmt);
      if (wanted != NULL && !wanted (case_file, user_data))
        continue;
      if ((facts = load_case_facts (self, case_file, &cache, error)) == NULL)
        {
          /* The error is set: not the statement's. */
          rc = SQLITE_DONE;
          ok = FALSE;
          break;
        }
      if (!func (facts, user_data))
        {
          ok = FALSE;
          g_set_error (error, ZF_ERROR, ZF_ERROR_CANCELLED, _("Cancelled."));
        }
    }
  if (ok && rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      ok = FALSE;
    }
  sqlite3_reset (stmt);
  facts_cache_clear (&cache);
  return ok;
}
