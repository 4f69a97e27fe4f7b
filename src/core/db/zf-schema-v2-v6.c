#include "config.h"

#include "zf-migrations-private.h"

/* Version 2: saved column mappings of spreadsheet imports, so that a
 * department's recurring file is mapped once and reused. */
const char zf_schema_v2[] =
  "CREATE TABLE import_mapping (" ROW_IDENTITY
  "  register TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  mapping TEXT NOT NULL, " ROW_TIMES ","
  "  UNIQUE (register, name)"
  ");";

/* Version 3: officers. pending_rules caches the event-driven rules that
 * fired for an officer and wait for a decision (e.g. "R2,R4"), rewritten by
 * the store with every event, so that "needs attention" filters in SQL over
 * 100,000 officers. The index serves the per-year training sums and the
 * last assessment, which the list computes per row. */
const char zf_schema_v3[] =
  "ALTER TABLE officer ADD COLUMN pending_rules TEXT;"
  "CREATE INDEX officer_pending ON officer (pending_rules) WHERE pending_rules IS NOT NULL;"
  "CREATE INDEX officer_event_officer_kind ON officer_event (officer_id, kind, date);"
  "CREATE INDEX certificate_officer_id ON certificate (officer_id, id);";

/* Version 4: the officers' code columns checked by comparisons instead of
 * IN lists. SQLite does not hoist an IN list out of a CHECK: it builds the
 * list's lookup table (an ephemeral b-tree) again for every row the CHECK
 * judges, a quarter of the CPU time of a 100,000-row officers import. The
 * codes and what is refused are the same. ALTER TABLE cannot change a
 * CHECK, so the tables are rebuilt the SQLite way: new table, copy, drop,
 * rename, indexes again (zf_migrations_run() turns foreign keys off for
 * it and regenerates the audit triggers). */
const char zf_schema_v4[] =
  "CREATE TABLE officer_v4 (" ROW_IDENTITY
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  id_number TEXT UNIQUE,"
  "  sex TEXT CHECK (sex = 'male' OR sex = 'female'),"
  "  birth_date TEXT,"
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,"
  "  section_id INTEGER REFERENCES section (id) ON DELETE SET NULL,"
  "  post_id INTEGER REFERENCES post (id) ON DELETE SET NULL,"
  "  title TEXT,"
  "  staffing TEXT NOT NULL DEFAULT 'administrative' CHECK (staffing = 'administrative'"
  "    OR staffing = 'civil_service_managed' OR staffing = 'institution'"
  "    OR staffing = 'non_staff' OR staffing = 'auxiliary'),"
  "  financed INTEGER NOT NULL DEFAULT 1,"
  "  enforcement_post INTEGER NOT NULL DEFAULT 1,"
  "  phone TEXT,"
  "  enforcement_category TEXT,"
  "  enforcement_area TEXT,"
  "  last_activity_date TEXT,"
  "  notes TEXT, " ROW_TIMES ","
  "  pending_rules TEXT"
  ");"
  "INSERT INTO officer_v4 SELECT * FROM officer;"
  "DROP TABLE officer;"
  "ALTER TABLE officer_v4 RENAME TO officer;"
  "CREATE INDEX officer_name ON officer (name, id);"
  "CREATE INDEX officer_body ON officer (body_id, name, id);"
  "CREATE INDEX officer_pending ON officer (pending_rules) WHERE pending_rules IS NOT NULL;"

  "CREATE TABLE certificate_v4 (" ROW_IDENTITY
  "  officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  number TEXT UNIQUE,"
  "  issuing_authority TEXT,"
  "  issue_date TEXT,"
  "  valid_until TEXT,"
  "  category TEXT,"
  "  area TEXT,"
  "  status TEXT NOT NULL DEFAULT 'applying' CHECK (status = 'applying' OR status = 'valid'"
  "    OR status = 'suspended' OR status = 'revoked' OR status = 'cancelled'"
  "    OR status = 'expired' OR status = 'void'), " ROW_TIMES
  ");"
  "INSERT INTO certificate_v4 SELECT * FROM certificate;"
  "DROP TABLE certificate;"
  "ALTER TABLE certificate_v4 RENAME TO certificate;"
  "CREATE INDEX certificate_officer ON certificate (officer_id);"
  "CREATE INDEX certificate_valid_until ON certificate (valid_until);"
  "CREATE INDEX certificate_status ON certificate (status);"
  "CREATE INDEX certificate_officer_id ON certificate (officer_id, id);"

  "CREATE TABLE officer_event_v4 (" ROW_IDENTITY
  "  officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  certificate_id INTEGER REFERENCES certificate (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL CHECK (kind = 'applied' OR kind = 'review_first'"
  "    OR kind = 'review_second' OR kind = 'review_final' OR kind = 'exam' OR kind = 'issued'"
  "    OR kind = 'annual_review' OR kind = 'training' OR kind = 'assessment'"
  "    OR kind = 'capability_test' OR kind = 'reminder' OR kind = 'criticism'"
  "    OR kind = 'suspension' OR kind = 'return' OR kind = 'revocation'"
  "    OR kind = 'cancellation' OR kind = 'lost_reissued' OR kind = 'referral'"
  "    OR kind = 'misconduct' OR kind = 'activity'),"
  "  date TEXT NOT NULL,"
  "  passed INTEGER,"
  "  hours REAL,"
  "  grade TEXT CHECK (grade IS NULL OR grade = 'excellent' OR grade = 'competent'"
  "    OR grade = 'basically_competent' OR grade = 'incompetent'),"
  "  ground TEXT,"
  "  rule TEXT,"
  "  reason TEXT,"
  "  doc_number TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "INSERT INTO officer_event_v4 SELECT * FROM officer_event;"
  "DROP TABLE officer_event;"
  "ALTER TABLE officer_event_v4 RENAME TO officer_event;"
  "CREATE INDEX officer_event_officer ON officer_event (officer_id, date, id);"
  "CREATE INDEX officer_event_kind ON officer_event (kind, date);"
  "CREATE INDEX officer_event_officer_kind ON officer_event (officer_id, kind, date);";

/* Version 5: what the rules need to judge facts as of their date.
 * - The working-day calendar of the State Council's yearly announcements
 *   (国务院办公厅关于…年部分节假日安排的通知): licensing time limits are
 *   working days (行政许可法 §42, §82), and the public holidays and the
 *   weekend days worked instead (调休) are announced each year, never
 *   computed. A year is known when work_calendar_year lists it; other
 *   years count weekends only. 2027 was not announced when this was
 *   written: add it in the settings when it is.
 * - The year an assessment grades, which is not always the year it is
 *   entered (a 2024 grade is often entered in January 2025); existing rows
 *   take their date's year, as a new one does by default.
 * - Each unit's trainings, for the all-staff training every year
 *   (S0 §四(五)).
 * - How many closed years the training rules still report. */
const char zf_schema_v5[] =
  "CREATE TABLE work_calendar (" ROW_IDENTITY
  "  date TEXT NOT NULL UNIQUE,"
  "  working INTEGER NOT NULL CHECK (working = 0 OR working = 1),"
  "  name TEXT"
  ");"
  "CREATE TABLE work_calendar_year (" ROW_IDENTITY
  "  year INTEGER NOT NULL UNIQUE,"
  "  source TEXT"
  ");"
  "INSERT INTO work_calendar_year (year, source) VALUES "
  "  (2024, '国办发明电〔2023〕7号'), "
  "  (2025, '国办发明电〔2024〕12号'), "
  "  (2026, '国务院办公厅关于2026年部分节假日安排的通知(2025年11月4日)');"
  "INSERT INTO work_calendar (date, working, name) VALUES"
  "  ('2024-01-01', 0, '元旦'), ('2024-02-10', 0, '春节'), ('2024-02-11', 0, '春节'),"
  "  ('2024-02-12', 0, '春节'), ('2024-02-13', 0, '春节'), ('2024-02-14', 0, '春节'),"
  "  ('2024-02-15', 0, '春节'), ('2024-02-16', 0, '春节'), ('2024-02-17', 0, '春节'),"
  "  ('2024-04-04', 0, '清明节'), ('2024-04-05', 0, '清明节'), ('2024-04-06', 0, '清明节'),"
  "  ('2024-05-01', 0, '劳动节'), ('2024-05-02', 0, '劳动节'), ('2024-05-03', 0, '劳动节'),"
  "  ('2024-05-04', 0, '劳动节'), ('2024-05-05', 0, '劳动节'), ('2024-06-10', 0, '端午节'),"
  "  ('2024-09-15', 0, '中秋节'), ('2024-09-16', 0, '中秋节'), ('2024-09-17', 0, '中秋节'),"
  "  ('2024-10-01', 0, '国庆节'), ('2024-10-02', 0, '国庆节'), ('2024-10-03', 0, '国庆节'),"
  "  ('2024-10-04', 0, '国庆节'), ('2024-10-05', 0, '国庆节'), ('2024-10-06', 0, '国庆节'),"
  "  ('2024-10-07', 0, '国庆节'), ('2024-02-04', 1, '春节'), ('2024-02-18', 1, '春节'),"
  "  ('2024-04-07', 1, '清明节'), ('2024-04-28', 1, '劳动节'), ('2024-05-11', 1, '劳动节'),"
  "  ('2024-09-14', 1, '中秋节'), ('2024-09-29', 1, '国庆节'), ('2024-10-12', 1, '国庆节'),"
  "  ('2025-01-01', 0, '元旦'), ('2025-01-28', 0, '春节'), ('2025-01-29', 0, '春节'),"
  "  ('2025-01-30', 0, '春节'), ('2025-01-31', 0, '春节'), ('2025-02-01', 0, '春节'),"
  "  ('2025-02-02', 0, '春节'), ('2025-02-03', 0, '春节'), ('2025-02-04', 0, '春节'),"
  "  ('2025-04-04', 0, '清明节'), ('2025-04-05', 0, '清明节'), ('2025-04-06', 0, '清明节'),"
  "  ('2025-05-01', 0, '劳动节'), ('2025-05-02', 0, '劳动节'), ('2025-05-03', 0, '劳动节'),"
  "  ('2025-05-04', 0, '劳动节'), ('2025-05-05', 0, '劳动节'), ('2025-05-31', 0, '端午节'),"
  "  ('2025-06-01', 0, '端午节'), ('2025-06-02', 0, '端午节'), ('2025-10-01', 0, '国庆节、中秋节'),"
  "  ('2025-10-02', 0, '国庆节、中秋节'), ('2025-10-03', 0, '国庆节、中秋节'), ('2025-10-04', 0, '国庆节、中秋节'),"
  "  ('2025-10-05', 0, '国庆节、中秋节'), ('2025-10-06', 0, '国庆节、中秋节'), ('2025-10-07', 0, '国庆节、中秋节'),"
  "  ('2025-10-08', 0, '国庆节、中秋节'), ('2025-01-26', 1, '春节'), ('2025-02-08', 1, '春节'),"
  "  ('2025-04-27', 1, '劳动节'), ('2025-09-28', 1, '国庆节、中秋节'), ('2025-10-11', 1, '国庆节、中秋节'),"
  "  ('2026-01-01', 0, '元旦'), ('2026-01-02', 0, '元旦'), ('2026-01-03', 0, '元旦'),"
  "  ('2026-02-15', 0, '春节'), ('2026-02-16', 0, '春节'), ('2026-02-17', 0, '春节'),"
  "  ('2026-02-18', 0, '春节'), ('2026-02-19', 0, '春节'), ('2026-02-20', 0, '春节'),"
  "  ('2026-02-21', 0, '春节'), ('2026-02-22', 0, '春节'), ('2026-02-23', 0, '春节'),"
  "  ('2026-04-04', 0, '清明节'), ('2026-04-05', 0, '清明节'), ('2026-04-06', 0, '清明节'),"
  "  ('2026-05-01', 0, '劳动节'), ('2026-05-02', 0, '劳动节'), ('2026-05-03', 0, '劳动节'),"
  "  ('2026-05-04', 0, '劳动节'), ('2026-05-05', 0, '劳动节'), ('2026-06-19', 0, '端午节'),"
  "  ('2026-06-20', 0, '端午节'), ('2026-06-21', 0, '端午节'), ('2026-09-25', 0, '中秋节'),"
  "  ('2026-09-26', 0, '中秋节'), ('2026-09-27', 0, '中秋节'), ('2026-10-01', 0, '国庆节'),"
  "  ('2026-10-02', 0, '国庆节'), ('2026-10-03', 0, '国庆节'), ('2026-10-04', 0, '国庆节'),"
  "  ('2026-10-05', 0, '国庆节'), ('2026-10-06', 0, '国庆节'), ('2026-10-07', 0, '国庆节'),"
  "  ('2026-01-04', 1, '元旦'), ('2026-02-14', 1, '春节'), ('2026-02-28', 1, '春节'),"
  "  ('2026-05-09', 1, '劳动节'), ('2026-09-20', 1, '国庆节'), ('2026-10-10', 1, '国庆节');"
  "ALTER TABLE officer_event ADD COLUMN assessment_year INTEGER;"
  "UPDATE officer_event SET assessment_year = CAST (substr (date, 1, 4) AS INTEGER) "
  "  WHERE kind = 'assessment';"
  "CREATE TABLE unit_training (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  all_staff INTEGER NOT NULL DEFAULT 1,"
  "  hours REAL CHECK (hours IS NULL OR hours > 0),"
  "  participants INTEGER CHECK (participants IS NULL OR participants >= 0),"
  "  doc_number TEXT,"
  "  notes TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX unit_training_body ON unit_training (body_id, date);"
  "INSERT OR IGNORE INTO setting (key, value) VALUES ('training_years_back', '1');";

/* Version 6: certificate numbers normalized as the import and the store now
 * compare them (zf_code_normalize(): no spaces of any kind, half-width, no
 * leading apostrophe or ="…", ASCII upper-case), so that '4209 0066 0007'
 * stored by an earlier import is found as 420900660007. A number is
 * rewritten only when no other card has, or would get, the same normalized
 * number: two cards that collide are two people's or one person's twice,
 * which no migration can decide; they stay as they are. */
const char zf_schema_v6[] =
  "CREATE TEMP TABLE certificate_normalized AS SELECT id, number AS norm FROM certificate "
  "WHERE number IS NOT NULL;"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, ' ', ''), char(160), ''), '　', "
  "''), char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279)"
  ", ''), char(9), ''), '０', '0');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, '１', '1'), '２', '2'), '３', '3')"
  ", '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'), 'Ａ', 'A');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, 'Ｂ', 'B'), 'Ｃ', 'C'), 'Ｄ', 'D')"
  ", 'Ｅ', 'E'), 'Ｆ', 'F'), 'Ｇ', 'G'), 'Ｈ', 'H'), 'Ｉ', 'I'), 'Ｊ', 'J'), 'Ｋ', 'K');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, 'Ｌ', 'L'), 'Ｍ', 'M'), 'Ｎ', 'N')"
  ", 'Ｏ', 'O'), 'Ｐ', 'P'), 'Ｑ', 'Q'), 'Ｒ', 'R'), 'Ｓ', 'S'), 'Ｔ', 'T'), 'Ｕ', 'U');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, 'Ｖ', 'V'), 'Ｗ', 'W'), 'Ｘ', 'X')"
  ", 'Ｙ', 'Y'), 'Ｚ', 'Z'), 'ａ', 'A'), 'ｂ', 'B'), 'ｃ', 'C'), 'ｄ', 'D'), 'ｅ', 'E');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, 'ｆ', 'F'), 'ｇ', 'G'), 'ｈ', 'H')"
  ", 'ｉ', 'I'), 'ｊ', 'J'), 'ｋ', 'K'), 'ｌ', 'L'), 'ｍ', 'M'), 'ｎ', 'N'), 'ｏ', 'O');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (replace (replace (replace (replace (replace (norm, 'ｐ', 'P'), 'ｑ', 'Q'), 'ｒ', 'R')"
  ", 'ｓ', 'S'), 'ｔ', 'T'), 'ｕ', 'U'), 'ｖ', 'V'), 'ｗ', 'W'), 'ｘ', 'X'), 'ｙ', 'Y');"
  "UPDATE certificate_normalized SET norm = replace (replace (replace (replace (replace"
  " (norm, 'ｚ', 'Z'), '＇', char(39)), '＂', char(34)), '＝', '='), '－', '-');"
  "UPDATE certificate_normalized SET norm = rtrim (ltrim (upper (norm), '=''\"`‘’“”'), "
  "'''\"`‘’“”');"
  "UPDATE certificate SET number = (SELECT norm FROM certificate_normalized n "
  "WHERE n.id = certificate.id) WHERE id IN (SELECT n.id FROM certificate_normalized n "
  "JOIN certificate c ON c.id = n.id WHERE n.norm <> '' AND n.norm <> c.number "
  "AND (SELECT count(*) FROM certificate_normalized m WHERE m.norm = n.norm) = 1 "
  "AND NOT EXISTS (SELECT 1 FROM certificate o WHERE o.number = n.norm));"
  "DROP TABLE certificate_normalized;";
