#define G_LOG_DOMAIN "zf-store-officer-summary"

#include "config.h"

#include "zf-store-officer-summary.h"
#include "zf-store-private.h"

/* Derived here with window functions and grouping over the whole tables,
 * not with the triggers' per-officer subqueries: a mistake in one
 * formulation is not repeated in the other. Hours are compared to a
 * thousandth, since a sum over the same rows in another order may differ
 * in the last bits. */
static const char verify_sql[] =
  "WITH card AS (SELECT officer_id, max (id) AS id FROM certificate GROUP BY officer_id), "
  "graded AS (SELECT officer_id, grade, coalesce (assessment_year, "
  "  CAST (substr (date, 1, 4) AS INTEGER)) AS year, row_number () OVER (PARTITION BY officer_id "
  "  ORDER BY coalesce (assessment_year, CAST (substr (date, 1, 4) AS INTEGER)) DESC, date DESC, "
  "  id DESC) AS n FROM officer_event WHERE kind = 'assessment'), "
  "active AS (SELECT officer_id, max (date) AS date FROM officer_event WHERE kind = 'activity' "
  "  GROUP BY officer_id), "
  "trained AS (SELECT officer_id, CAST (substr (date, 1, 4) AS INTEGER) AS year, "
  "  total (hours) AS hours FROM officer_event WHERE kind = 'training' GROUP BY 1, 2), "
  "latest AS (SELECT officer_id, year, hours, row_number () OVER (PARTITION BY officer_id "
  "  ORDER BY year DESC) AS n FROM trained), "
  "status AS (SELECT certificate_id, date, doc_number, row_number () OVER (PARTITION BY "
  "  certificate_id ORDER BY date DESC, id DESC) AS n FROM officer_event "
  "  WHERE kind IN " ZF_STATUS_EVENT_KINDS " AND certificate_id IS NOT NULL), "
  /* Whether the events are plain (zf-schema-v13.c), with strftime and
   * the first application and issue by (date, id) rather than by count. */
  "plain AS (SELECT officer_id, max (date) AS last, "
  "  max (CASE WHEN kind = 'applied' THEN date END) AS applied, "
  "  max (CASE WHEN kind = 'issued' THEN date END) AS issued, "
  "  count (*) FILTER (WHERE kind NOT IN ('applied', 'review_first', 'review_second', "
  "    'review_final', 'exam', 'issued', 'training', 'assessment', 'activity') "
  "    OR date IS NULL OR date < '0001-01-01' OR strftime ('%Y-%m-%d', date) IS NOT date "
  "    OR length (date) <> 10 OR (kind = 'assessment' AND grade IS 'incompetent') "
  "    OR (kind = 'training' AND hours IS NOT NULL AND (typeof (hours) NOT IN ('integer', 'real') "
  "    OR hours * 4 <> CAST (hours * 4 AS INTEGER)))) = 0 "
  "  AND count (*) FILTER (WHERE kind = 'applied') <= 1 "
  "  AND count (*) FILTER (WHERE kind = 'issued') <= 1 "
  "  AND coalesce (min (CASE WHEN kind = 'issued' THEN date || printf ('/%020d', id) END) > "
  "    min (CASE WHEN kind = 'applied' THEN date || printf ('/%020d', id) END), "
  "    count (*) FILTER (WHERE kind = 'issued') = 0) AS flag "
  "  FROM officer_event GROUP BY officer_id), "
  "wrong AS ("
  "  SELECT o.id FROM officer o LEFT JOIN officer_summary s ON s.officer_id = o.id "
  "  LEFT JOIN card ON card.officer_id = o.id "
  "  LEFT JOIN graded g ON g.officer_id = o.id AND g.n = 1 "
  "  LEFT JOIN active a ON a.officer_id = o.id "
  "  LEFT JOIN latest l ON l.officer_id = o.id AND l.n = 1 "
  "  LEFT JOIN status st ON st.certificate_id = card.id AND st.n = 1 "
  "  LEFT JOIN plain p ON p.officer_id = o.id "
  "  WHERE s.officer_id IS NULL OR s.certificate_id IS NOT card.id "
  "  OR s.last_grade IS NOT g.grade OR s.last_grade_year IS NOT g.year "
  "  OR s.last_activity IS NOT a.date OR s.training_year IS NOT l.year "
  "  OR (s.training_hours IS NULL) IS NOT (l.hours IS NULL) "
  "  OR abs (s.training_hours - l.hours) > 0.001 "
  "  OR s.status_date IS NOT st.date OR s.status_document IS NOT st.doc_number "
  "  OR s.events_plain IS NOT coalesce (p.flag, 1) OR s.last_event_date IS NOT p.last "
  "  OR s.applied_date IS NOT p.applied OR s.issued_date IS NOT p.issued "
  "  UNION SELECT t.officer_id FROM trained t LEFT JOIN officer_training_year y "
  "  ON y.officer_id = t.officer_id AND y.year = t.year "
  "  WHERE y.hours IS NULL OR abs (y.hours - t.hours) > 0.001 "
  "  UNION SELECT y.officer_id FROM officer_training_year y LEFT JOIN trained t "
  "  ON t.officer_id = y.officer_id AND t.year = y.year WHERE t.officer_id IS NULL "
  "  UNION SELECT s.officer_id FROM officer_summary s "
  "  WHERE NOT EXISTS (SELECT 1 FROM officer o WHERE o.id = s.officer_id)) "
  "SELECT id FROM wrong ORDER BY id";

gint64
zf_store_verify_officer_summaries (ZfStore  *self,
                                   GArray   *officer_ids,
                                   GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), -1);

  stmt = zf_store_prepare (self, verify_sql, error);
  if (stmt == NULL)
    return -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (officer_ids != NULL)
        g_array_append_val (officer_ids, id);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return -1;
    }
  return n;
}
