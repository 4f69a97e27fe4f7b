#define G_LOG_DOMAIN "zf-store-officers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-rules.h"
#include "zf-store-officers-private.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"

/* An officer judged from his summary as of ?2 (NULL: none is): his events
 * are all of the plain kinds and dated by then (zf-schema-v13.c). An
 * auxiliary's years of service are read from any of his records (R5): his
 * events are always read. */
#define FROM_SUMMARY \
  "(?2 IS NOT NULL AND s.events_plain IS 1 AND (s.last_event_date IS NULL " \
  "OR s.last_event_date <= ?2) AND o.staffing IS NOT 'auxiliary')"

/* The rules read the events themselves: not the list's summaries of them
 * (this year's hours, the last grade), a subquery each per row. */
static const char officers_sql[] =
  "SELECT " OFFICER_OWN_COLUMNS ", " FROM_SUMMARY " AS from_summary, "
  "s.applied_date AS summary_applied, s.issued_date AS summary_issued, "
  "s.last_activity AS summary_activity "
  STREAM_FROM "WHERE (?1 IS NULL OR o.body_id = ?1) " INDEX_ORDER;
/* The officers' order, then each one's events by date: CROSS JOIN keeps
 * body → officer → event, so the indexes body_name_key, officer_body and
 * officer_event_officer give the order without sorting 460,000 rows. The
 * columns the rules read, not the certificate's number nor the
 * document's; only for the officers not judged from their summary. */
static const char events_sql[] =
  "SELECT e.id, e.officer_id, e.kind, e.date, coalesce (e.passed, -1) AS passed, e.hours, "
  "e.grade, e.ground, e.rule, e.assessment_year "
  "FROM body b CROSS JOIN officer o ON o.body_id = b.id "
  "CROSS JOIN officer_event e ON e.officer_id = o.id "
  "WHERE (?1 IS NULL OR o.body_id = ?1) AND NOT coalesce ((SELECT " FROM_SUMMARY " "
  "FROM officer_summary s WHERE s.officer_id = o.id), 0) " INDEX_ORDER ", e.date, e.id";
/* The training hours of the years the rules judge (R5), in the same order;
 * the officer second, as in the events. */
static const char training_sql[] =
  "SELECT t.year, t.officer_id, t.hours "
  "FROM body b CROSS JOIN officer o ON o.body_id = b.id "
  "CROSS JOIN officer_training_year t ON t.officer_id = o.id AND t.year BETWEEN ?2 AND ?3 "
  "WHERE (?1 IS NULL OR o.body_id = ?1) " INDEX_ORDER ", t.year";

typedef struct
{
  sqlite3_stmt *stmt;
  int           rc;
} Stream;

static gboolean
stream_at (Stream *stream,
           gint64  officer_id)
{
  return stream->rc == SQLITE_ROW && sqlite3_column_int64 (stream->stmt, 1) == officer_id;
}

static void
stream_next (Stream *stream)
{
  stream->rc = sqlite3_step (stream->stmt);
}

static int
column_named (sqlite3_stmt *stmt,
              const char   *name)
{
  for (int c = sqlite3_column_count (stmt) - 1; c >= 0; c--)
    if (strcmp (sqlite3_column_name (stmt, c), name) == 0)
      return c;
  g_assert_not_reached ();
}

/* The stand-ins of plain histories, used again officer after officer
 * unless the callback kept one. */
typedef struct
{
  GPtrArray *pool;
  guint      used;
} StandIns;

static void
add_event (GPtrArray  *events,
           StandIns   *stand_ins,
           const char *kind,
           const char *date,
           double      hours)
{
  ZfOfficerEvent *e;

  if (date == NULL)
    return;
  if (stand_ins->used == stand_ins->pool->len)
    g_ptr_array_add (stand_ins->pool, zf_officer_event_new (kind, date));
  else if (G_OBJECT (stand_ins->pool->pdata[stand_ins->used])->ref_count > 1)
    {
      g_object_unref (stand_ins->pool->pdata[stand_ins->used]);
      stand_ins->pool->pdata[stand_ins->used] = zf_officer_event_new (kind, date);
    }
  e = stand_ins->pool->pdata[stand_ins->used++];
  zf_officer_event_refill (e, kind, date, hours);
  g_ptr_array_add (events, g_object_ref (e));
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (zf_officer_event_get_date (*(ZfOfficerEvent **) a),
                 zf_officer_event_get_date (*(ZfOfficerEvent **) b));
}

/* What the rules read of a plain history, from the summary (@officers at
 * its column @at) and the training years: the application and the issue,
 * one training a year with the year's hours, the last activity. By date,
 * the application before an issue of the same day (a stable sort). */
static void
events_from_summary (GPtrArray    *events,
                     StandIns     *stand_ins,
                     sqlite3_stmt *officers,
                     int           at,
                     Stream       *training,
                     gint64        officer_id)
{
  stand_ins->used = 0;
  add_event (events, stand_ins, "applied", (const char *) sqlite3_column_text (officers, at + 1), NAN);
  add_event (events, stand_ins, "issued", (const char *) sqlite3_column_text (officers, at + 2), NAN);
  add_event (events, stand_ins, "activity", (const char *) sqlite3_column_text (officers, at + 3), NAN);
  for (; stream_at (training, officer_id); stream_next (training))
    {
      int year = sqlite3_column_int (training->stmt, 0);
      char date[11] = { '0' + year / 1000 % 10, '0' + year / 100 % 10, '0' + year / 10 % 10,
                        '0' + year % 10, '-', '0', '1', '-', '0', '1', '\0' };

      add_event (events, stand_ins, "training", date, sqlite3_column_double (training->stmt, 2));
    }
  g_ptr_array_sort (events, compare_dates);
}

/* Long: three statements read side by side and their errors, one loop. */
gboolean
zf_store_foreach_officer_history (ZfStore               *self,
                                  gint64                 body_id,
                                  const char            *as_of,
                                  ZfOfficerHistoryFunc   func,
                                  gpointer               user_data,
                                  GError               **error)
{
  g_autoptr(ZfRecordColumns) officer_columns = NULL;
  g_autoptr(ZfRecordColumns) event_columns = NULL;
  /* The events are lent to @func one officer at a time, in objects used
   * again for the next officer's (460,000 events in a province). */
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) spare = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_object_unref);
  StandIns stand_ins = { pool, 0 };
  Stream events = { NULL, SQLITE_DONE }, training = { NULL, SQLITE_DONE };
  sqlite3_stmt *officers;
  gboolean ok = TRUE;
  int rc = SQLITE_DONE, at;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (as_of == NULL || zf_date_is_valid (as_of), FALSE);

  if ((officers = zf_store_prepare (self, officers_sql, error)) == NULL ||
      (events.stmt = zf_store_prepare (self, events_sql, error)) == NULL ||
      (training.stmt = zf_store_prepare (self, training_sql, error)) == NULL)
    return FALSE;
  officer_columns = zf_record_columns_new (ZF_TYPE_OFFICER, officers);
  event_columns = zf_record_columns_new (ZF_TYPE_OFFICER_EVENT, events.stmt);
  at = column_named (officers, "from_summary");
  zf_bind_id (officers, 1, body_id);
  zf_bind_text (officers, 2, as_of);
  zf_bind_id (events.stmt, 1, body_id);
  zf_bind_text (events.stmt, 2, as_of);
  if (as_of != NULL)
    {
      ZfOfficerSettings settings;

      zf_store_get_officer_settings (self, &settings);
      zf_bind_id (training.stmt, 1, body_id);
      sqlite3_bind_int (training.stmt, 2, zf_date_year (as_of) - MAX (settings.training_years_back, 0));
      sqlite3_bind_int (training.stmt, 3, zf_date_year (as_of));
      stream_next (&training);
    }
  stream_next (&events);
  while (ok && (rc = sqlite3_step (officers)) == SQLITE_ROW)
    {
      g_autoptr(ZfOfficer) officer = zf_record_new_from_row (officer_columns, officers);
      gint64 id = zf_record_get_id (ZF_RECORD (officer));

      if (sqlite3_column_int (officers, at))
        {
          events_from_summary (history, &stand_ins, officers, at, &training, id);
          ok = func (officer, history, user_data);
          g_ptr_array_set_size (history, 0);
          continue;
        }
      /* Every stream has the same order: this officer's rows are next. */
      for (; stream_at (&training, id); stream_next (&training))
        ;
      for (; stream_at (&events, id); stream_next (&events))
        g_ptr_array_add (history, zf_record_reuse_from_row (event_columns, events.stmt, spare));
      ok = func (officer, history, user_data);
      zf_record_recycle (history, spare);
    }
  if (ok && (rc != SQLITE_DONE || (events.rc != SQLITE_ROW && events.rc != SQLITE_DONE) ||
             (training.rc != SQLITE_ROW && training.rc != SQLITE_DONE)))
    {
      zf_store_set_error (self, error);
      ok = FALSE;
    }
  else if (!ok)
    g_set_error (error, ZF_ERROR, ZF_ERROR_CANCELLED, _("Cancelled."));
  sqlite3_reset (training.stmt);
  sqlite3_reset (events.stmt);
  sqlite3_reset (officers);
  return ok;
}
