#include "config.h"

#include "zf-migrations-private.h"

/* What every officer's row shows but only events change: the current card,
 * the newest assessment grade, the last activity and the training hours of
 * each year. Lists, exports and check read these summaries instead of
 * computing them per row at read time (six correlated subqueries per
 * officer, most of a 100,000-officer export's read). Triggers keep them in
 * the same transaction as the rows that change them, whoever writes those
 * rows (the store, an import, the sqlite3 shell), and
 * zf_store_verify_officer_summaries() recomputes them to prove it.
 *
 * Each recomputation reads only the officer's own rows through the
 * indexes certificate_officer and officer_event_officer. A row of an
 * officer being deleted is not recreated: the officer is gone before the
 * cascade deletes its events, and every insert asks that it still exists. */

/* The officer's newest assessment, by the year it grades, then by date. */
#define NEWEST_ASSESSMENT(who, column) \
  "(SELECT " column " FROM officer_event e WHERE e.officer_id = " who " " \
  "AND e.kind = 'assessment' ORDER BY coalesce (e.assessment_year, " \
  "CAST (substr (e.date, 1, 4) AS INTEGER)) DESC, e.date DESC, e.id DESC LIMIT 1)"

#define RECOMPUTE_EVENTS(who) \
  "UPDATE officer_summary SET " \
  "last_grade = " NEWEST_ASSESSMENT (who, "e.grade") ", " \
  "last_grade_year = " NEWEST_ASSESSMENT (who, "coalesce (e.assessment_year, " \
  "CAST (substr (e.date, 1, 4) AS INTEGER))") ", " \
  "last_activity = (SELECT max (date) FROM officer_event e WHERE e.officer_id = " who " " \
  "AND e.kind = 'activity') WHERE officer_id = " who ";"

#define RECOMPUTE_TRAINING(who, date) \
  "DELETE FROM officer_training_year WHERE officer_id = " who " " \
  "AND year = CAST (substr (" date ", 1, 4) AS INTEGER);" \
  "INSERT INTO officer_training_year (officer_id, year, hours) " \
  "SELECT " who ", CAST (substr (" date ", 1, 4) AS INTEGER), coalesce (sum (e.hours), 0) " \
  "FROM officer_event e WHERE e.officer_id = " who " AND e.kind = 'training' " \
  "AND substr (e.date, 1, 4) = substr (" date ", 1, 4) " \
  "AND EXISTS (SELECT 1 FROM officer WHERE id = " who ") HAVING count (*) > 0;"

#define RECOMPUTE_CARD(who) \
  "UPDATE officer_summary SET certificate_id = (SELECT max (id) FROM certificate " \
  "WHERE officer_id = " who ") WHERE officer_id = " who ";"

#define SUMMARY_KINDS "('training', 'assessment', 'activity')"

const char zf_schema_v8[] =
  "CREATE TABLE officer_summary ("
  "  officer_id INTEGER PRIMARY KEY REFERENCES officer (id) ON DELETE CASCADE,"
  "  certificate_id INTEGER,"
  "  last_grade TEXT,"
  "  last_grade_year INTEGER,"
  "  last_activity TEXT"
  ");"
  "CREATE TABLE officer_training_year ("
  "  officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  hours REAL NOT NULL,"
  "  PRIMARY KEY (officer_id, year)"
  ") WITHOUT ROWID;"

  "CREATE TRIGGER officer_summary_officer_insert AFTER INSERT ON officer BEGIN "
  "INSERT INTO officer_summary (officer_id) VALUES (new.id); END;"
  "CREATE TRIGGER officer_summary_officer_delete AFTER DELETE ON officer BEGIN "
  "DELETE FROM officer_summary WHERE officer_id = old.id;"
  "DELETE FROM officer_training_year WHERE officer_id = old.id; END;"

  "CREATE TRIGGER officer_summary_card_insert AFTER INSERT ON certificate BEGIN "
  RECOMPUTE_CARD ("new.officer_id") " END;"
  "CREATE TRIGGER officer_summary_card_delete AFTER DELETE ON certificate BEGIN "
  RECOMPUTE_CARD ("old.officer_id") " END;"
  "CREATE TRIGGER officer_summary_card_move AFTER UPDATE OF officer_id ON certificate BEGIN "
  RECOMPUTE_CARD ("old.officer_id") RECOMPUTE_CARD ("new.officer_id") " END;"

  "CREATE TRIGGER officer_summary_event_insert AFTER INSERT ON officer_event "
  "WHEN new.kind IN " SUMMARY_KINDS " BEGIN "
  RECOMPUTE_EVENTS ("new.officer_id") RECOMPUTE_TRAINING ("new.officer_id", "new.date") " END;"
  "CREATE TRIGGER officer_summary_event_delete AFTER DELETE ON officer_event "
  "WHEN old.kind IN " SUMMARY_KINDS " BEGIN "
  RECOMPUTE_EVENTS ("old.officer_id") RECOMPUTE_TRAINING ("old.officer_id", "old.date") " END;"
  "CREATE TRIGGER officer_summary_event_update AFTER UPDATE OF officer_id, kind, date, hours, "
  "grade, assessment_year ON officer_event "
  "WHEN old.kind IN " SUMMARY_KINDS " OR new.kind IN " SUMMARY_KINDS " BEGIN "
  RECOMPUTE_EVENTS ("old.officer_id") RECOMPUTE_TRAINING ("old.officer_id", "old.date")
  RECOMPUTE_EVENTS ("new.officer_id") RECOMPUTE_TRAINING ("new.officer_id", "new.date") " END;"

  /* The register as it stands. */
  "INSERT INTO officer_summary (officer_id, certificate_id) "
  "SELECT o.id, (SELECT max (id) FROM certificate WHERE officer_id = o.id) FROM officer o;"
  RECOMPUTE_EVENTS ("officer_summary.officer_id")
  "INSERT INTO officer_training_year (officer_id, year, hours) "
  "SELECT officer_id, CAST (substr (date, 1, 4) AS INTEGER), coalesce (sum (hours), 0) "
  "FROM officer_event WHERE kind = 'training' AND officer_id IN (SELECT id FROM officer) "
  "GROUP BY officer_id, substr (date, 1, 4);";
