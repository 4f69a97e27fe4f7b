#define G_LOG_DOMAIN "zf-store-cases"

#include "config.h"

#include <math.h>

#include "zf-body-rules.h"
#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-event.h"
#include "zf-store-cases.h"
#include "zf-store-officer-events.h"
#include "zf-store-private.h"

/* What the automatic checks of case files read (ZfCaseFacts): for one
 * file, or for every file of a check in one pass. */

static double
column_double_or_nan (sqlite3_stmt *stmt,
                      int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN
         : sqlite3_column_double (stmt, column);
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
  gboolean    handlers_read;      /* all of them: a miss has no card */
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
  cache->handlers_read = FALSE;
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

static HandlerFacts *
handler_new (FactsCache *cache,
             gint64      officer_id)
{
  HandlerFacts *h = g_new0 (HandlerFacts, 1);

  h->events = g_ptr_array_new_with_free_func (g_object_unref);
  h->certificates = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_case_certificate_free);
  g_hash_table_insert (cache->handlers, g_memdup2 (&officer_id, sizeof officer_id), h);
  return h;
}

static void
add_certificate (HandlerFacts *h,
                 sqlite3_stmt *stmt,
                 int           first)
{
  ZfCaseCertificate *c = g_new0 (ZfCaseCertificate, 1);

  c->number = zf_column_dup (stmt, first);
  c->issue_date = zf_column_dup (stmt, first + 1);
  c->valid_until = zf_column_dup (stmt, first + 2);
  c->status = zf_column_dup (stmt, first + 3);
  g_ptr_array_add (h->certificates, c);
}

/* The officers who handled a file of @body_id (0: any body). */
#define HANDLERS \
  "(SELECT co.officer_id FROM case_officer co JOIN case_file c ON c.id = co.case_id " \
  "WHERE ?1 = 0 OR c.body_id = ?1) "

/* Every handler's card history and cards in two statements, instead of
 * two per handler (fifty thousand handlers in a province). */
static gboolean
read_handlers (ZfStore     *self,
               FactsCache  *cache,
               gint64       body_id,
               GError     **error)
{
  static const char events_sql[] =
    "SELECT e.id, e.officer_id, e.certificate_id, e.kind, e.date FROM officer_event e "
    "WHERE e.kind IN " ZF_CERTIFICATE_HISTORY_KINDS " AND e.officer_id IN " HANDLERS
    "ORDER BY e.officer_id, e.date, e.id";
  static const char certificates_sql[] =
    "SELECT officer_id, number, issue_date, valid_until, status FROM certificate "
    "WHERE status <> 'applying' AND officer_id IN " HANDLERS
    "ORDER BY officer_id, issue_date, id";
  g_autoptr(ZfRecordColumns) columns = NULL;
  HandlerFacts *h = NULL;
  gint64 current = 0;
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = zf_store_prepare (self, events_sql, error)) == NULL)
    return FALSE;
  columns = zf_record_columns_new (ZF_TYPE_OFFICER_EVENT, stmt);
  sqlite3_bind_int64 (stmt, 1, body_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 officer_id = sqlite3_column_int64 (stmt, 1);

      if (h == NULL || officer_id != current)
        {
          h = handler_new (cache, officer_id);
          current = officer_id;
        }
      g_ptr_array_add (h->events, zf_record_new_from_row (columns, stmt));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }

  if ((stmt = zf_store_prepare (self, certificates_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 officer_id = sqlite3_column_int64 (stmt, 0);

      h = g_hash_table_lookup (cache->handlers, &officer_id);
      add_certificate (h != NULL ? h : handler_new (cache, officer_id), stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  cache->handlers_read = TRUE;
  return TRUE;
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
  /* Read with every handler: he has neither card nor history. */
  if (cache->handlers_read)
    return handler_new (cache, officer_id);
  if ((events = zf_store_list_certificate_history (self, officer_id, error)) == NULL)
    return NULL;
  if ((stmt = zf_store_prepare (self, certificates_sql, error)) == NULL)
    return NULL;
  h = handler_new (cache, officer_id);
  g_ptr_array_extend_and_steal (h->events, g_steal_pointer (&events));
  sqlite3_bind_int64 (stmt, 1, officer_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_certificate (h, stmt, 0);
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

/* The acting body's facts: its status and its history, its letter of
 * entrustment. */
static gboolean
add_body_facts (ZfStore     *self,
                ZfCaseFacts *facts,
                gint64       body_id,
                FactsCache  *cache,
                GError     **error)
{
  const BodyFacts *b;

  if ((b = cached_body (self, cache, body_id, error)) == NULL)
    return FALSE;
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
  return TRUE;
}

/* The matter's facts: whose it was, its transfers, its time limit and its
 * discretion benchmark's tiers. */
static gboolean
add_matter_facts (ZfStore     *self,
                  ZfCaseFacts *facts,
                  gint64       matter_id,
                  FactsCache  *cache,
                  GError     **error)
{
  const MatterFacts *m = cached_matter (self, cache, matter_id, error);

  if (m == NULL)
    return FALSE;
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
  return TRUE;
}

/* The handlers in name order, each with the events and cards of the
 * certificate history the rules judge on the day of the act. */
static gboolean
add_handler_facts (ZfStore     *self,
                   ZfCaseFacts *facts,
                   gint64       case_id,
                   FactsCache  *cache,
                   GError     **error)
{
  static const char officers_sql[] =
    "SELECT o.id, o.name FROM case_officer co JOIN officer o ON o.id = co.officer_id "
    "WHERE co.case_id = ?1 ORDER BY o.name COLLATE pinyin, o.id";
  g_autoptr(GArray) officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) officer_names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if ((stmt = zf_store_prepare (self, officers_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
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
        return FALSE;
      o = zf_case_facts_add_officer (facts, officer_names->pdata[i], h->events);
      for (guint j = 0; j < h->certificates->len; j++)
        {
          const ZfCaseCertificate *c = h->certificates->pdata[j];

          zf_case_officer_add_certificate (o, c->number, c->issue_date, c->valid_until,
                                           c->status);
        }
    }
  return TRUE;
}

/* The facts of @case_file from the registers, through @cache. */
static ZfCaseFacts *
load_case_facts (ZfStore     *self,
                 ZfCaseFile  *case_file,
                 FactsCache  *cache,
                 GError     **error)
{
  g_autoptr(ZfCaseFacts) facts = zf_case_facts_new (case_file);
  gint64 matter_id = zf_case_file_get_matter_id (case_file);

  if (!add_body_facts (self, facts, zf_case_file_get_body_id (case_file), cache, error))
    return NULL;
  if (matter_id > 0 && !add_matter_facts (self, facts, matter_id, cache, error))
    return NULL;
  if (!add_handler_facts (self, facts, zf_record_get_id (ZF_RECORD (case_file)), cache, error))
    return NULL;
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
  g_autoptr(ZfRecordColumns) columns = NULL;
  FactsCache cache;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  facts_cache_init (&cache);
  if (!read_handlers (self, &cache, body_id, error))
    {
      facts_cache_clear (&cache);
      return FALSE;
    }
  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    {
      facts_cache_clear (&cache);
      return FALSE;
    }
  columns = zf_record_columns_new (ZF_TYPE_CASE_FILE, stmt);
  sqlite3_bind_int64 (stmt, 1, body_id);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ZfCaseFile) case_file = zf_record_new_from_row (columns, stmt);
      g_autoptr(ZfCaseFacts) facts = NULL;

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
