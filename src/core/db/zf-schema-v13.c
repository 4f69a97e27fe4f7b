#include "config.h"

#include "zf-migrations-private.h"
#include "zf-store-private.h"

/* Whether an officer's rules can be judged from his summary instead of his
 * events, and the dates they then need (zf_store_foreach_officer_history):
 * - events_plain: every event is one of the card's first application and
 *   issue, its reviews and exam, training in whole quarter hours, an
 *   assessment not graded 不称职, an activity; each dated with a valid
 *   date; one application at most, one issue at most, and an issue only
 *   after the application (by date, then id: the order the rules read the
 *   events in). None of the rules of conduct (R1–R4, R6, R9), nor an
 *   annual review's exam (R7), can then find anything, and the card's
 *   status follows from the two dates alone. Quarter hours add up to the
 *   same total in any order, so a year's sum in officer_training_year is
 *   the one the rules make. Any other history is replayed from its events.
 * - applied_date, issued_date: the dates of that application and issue.
 * - last_event_date: the latest date of any event; a check as of an
 *   earlier day must not see the events after it, and replays them.
 *
 * Kept by triggers on every change of an officer's events, in the same
 * transaction, whoever writes them; each recomputation reads the
 * officer's own events through officer_event_officer.
 * zf_store_verify_officer_summaries() derives them again. */

#define PLAIN_EVENT \
  "(e.kind IN ('applied', 'review_first', 'review_second', 'review_final', 'exam', 'issued', " \
  "'training', 'assessment', 'activity') " \
  "AND e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND e.date >= '0001-01-01' " \
  "AND date (e.date) IS e.date " \
  "AND (e.kind <> 'assessment' OR e.grade IS NOT 'incompetent') " \
  "AND (e.kind <> 'training' OR e.hours IS NULL OR " \
  "(typeof (e.hours) IN ('integer', 'real') AND e.hours * 4 = round (e.hours * 4))))"

#define RECOMPUTE_PLAIN(who) \
  "UPDATE officer_summary SET (events_plain, applied_date, issued_date, last_event_date) = " \
  "(SELECT bad = 0 AND applied <= 1 AND issued <= 1 AND (issued = 0 OR (applied = 1 " \
  "AND (applied_on < issued_on OR (applied_on = issued_on AND applied_id < issued_id)))), " \
  "applied_on, issued_on, last FROM (SELECT " \
  "total (CASE WHEN " PLAIN_EVENT " THEN 0 ELSE 1 END) AS bad, " \
  "total (e.kind = 'applied') AS applied, total (e.kind = 'issued') AS issued, " \
  "max (CASE WHEN e.kind = 'applied' THEN e.date END) AS applied_on, " \
  "max (CASE WHEN e.kind = 'applied' THEN e.id END) AS applied_id, " \
  "max (CASE WHEN e.kind = 'issued' THEN e.date END) AS issued_on, " \
  "max (CASE WHEN e.kind = 'issued' THEN e.id END) AS issued_id, " \
  "max (e.date) AS last FROM officer_event e WHERE e.officer_id = " who ")) " \
  "WHERE officer_id = " who ";"

const char zf_schema_v13[] =
  "ALTER TABLE officer_summary ADD COLUMN events_plain INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE officer_summary ADD COLUMN applied_date TEXT;"
  "ALTER TABLE officer_summary ADD COLUMN issued_date TEXT;"
  "ALTER TABLE officer_summary ADD COLUMN last_event_date TEXT;"

  "CREATE TRIGGER officer_summary_plain_insert AFTER INSERT ON officer_event BEGIN "
  RECOMPUTE_PLAIN ("new.officer_id") " END;"
  "CREATE TRIGGER officer_summary_plain_delete AFTER DELETE ON officer_event BEGIN "
  RECOMPUTE_PLAIN ("old.officer_id") " END;"
  "CREATE TRIGGER officer_summary_plain_update AFTER UPDATE OF officer_id, kind, date, hours, "
  "grade ON officer_event BEGIN "
  RECOMPUTE_PLAIN ("old.officer_id") RECOMPUTE_PLAIN ("new.officer_id") " END;"

  /* The register as it stands. */
  RECOMPUTE_PLAIN ("officer_summary.officer_id");
