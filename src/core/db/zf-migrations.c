#define G_LOG_DOMAIN "zf-migrations"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-migrations.h"

/* A random (version 4) UUID computed by SQLite itself, so that rows inserted
 * by any program, even the sqlite3 shell, get their stable identity. */
#define UUID_DEFAULT \
  "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || " \
  "substr(lower(hex(randomblob(2))), 2) || '-' || " \
  "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || " \
  "lower(hex(randomblob(6))))"

#define ROW_IDENTITY \
  "id INTEGER PRIMARY KEY, " \
  "uuid TEXT NOT NULL UNIQUE DEFAULT " UUID_DEFAULT ", "

#define ROW_TIMES \
  "created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), " \
  "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))"

/* Version 1: the whole shape of DOMAIN.md §1–§4. Codes are stored as short
 * English words with CHECK constraints: readable in any SQLite tool and
 * independent of the UI language. */
static const char schema_v1[] =
  "CREATE TABLE setting ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "INSERT INTO setting (key, value) VALUES"
  "  ('training_hours_min', '40'),"
  "  ('certificate_validity_years', '5'),"
  "  ('expiry_warning_days', '90'),"
  "  ('exam_before_expiry_months', '6'),"
  "  ('inactive_years', '2'),"
  "  ('grade_excellent_min', '90'),"
  "  ('grade_pass_min', '60'),"
  "  ('random_inspection_share_min', '30'),"
  "  ('backup_keep', '14');"

  /* §1 Enforcement bodies */
  "CREATE TABLE body (" ROW_IDENTITY
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  credit_code TEXT UNIQUE,"
  "  kind TEXT NOT NULL DEFAULT 'organ' CHECK (kind IN ('organ', 'authorized', 'entrusted')),"
  "  level TEXT NOT NULL DEFAULT 'county' CHECK (level IN ('province', 'city', 'county', 'township')),"
  "  region_code TEXT,"
  "  domain TEXT,"
  "  parent_id INTEGER REFERENCES body (id) ON DELETE RESTRICT,"
  "  legal_basis TEXT,"
  "  letter_number TEXT,"
  "  letter_date TEXT,"
  "  letter_scope TEXT,"
  "  letter_start TEXT,"
  "  letter_end TEXT,"
  "  filed INTEGER NOT NULL DEFAULT 0,"
  "  filed_date TEXT,"
  "  has_legal_section INTEGER NOT NULL DEFAULT 0,"
  "  legal_staff_count INTEGER NOT NULL DEFAULT 0 CHECK (legal_staff_count >= 0),"
  "  address TEXT,"
  "  contact TEXT,"
  "  phone TEXT,"
  "  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'published', 'revoked')),"
  "  published_date TEXT,"
  "  notes TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX body_name ON body (name, id);"
  "CREATE INDEX body_kind ON body (kind, name, id);"
  "CREATE INDEX body_level ON body (level, name, id);"
  "CREATE INDEX body_domain ON body (domain, name, id);"
  "CREATE INDEX body_status ON body (status, name, id);"
  "CREATE INDEX body_published ON body (published_date, name, id);"
  "CREATE INDEX body_parent ON body (parent_id);"

  /* Each status change, with its document: the register must show when and
   * on what authority a body was confirmed, published or revoked. */
  "CREATE TABLE body_status_event (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'published', 'revoked')),"
  "  date TEXT NOT NULL,"
  "  doc_number TEXT,"
  "  reason TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX body_status_event_body ON body_status_event (body_id, date);"

  /* 定期清理确认 */
  "CREATE TABLE body_review (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  result TEXT NOT NULL CHECK (result IN ('kept', 'changed', 'revoked')),"
  "  doc_number TEXT,"
  "  notes TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX body_review_body ON body_review (body_id, date);"

  /* Duties decompose body → section → post → officer (S3 §二(二)). */
  "CREATE TABLE section (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  UNIQUE (body_id, name)"
  ");"
  "CREATE TABLE post (" ROW_IDENTITY
  "  section_id INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  is_enforcement INTEGER NOT NULL DEFAULT 1,"
  "  UNIQUE (section_id, name)"
  ");"

  /* §2 Officers and certificates */
  "CREATE TABLE officer (" ROW_IDENTITY
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  id_number TEXT UNIQUE,"
  "  sex TEXT CHECK (sex IN ('male', 'female')),"
  "  birth_date TEXT,"
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,"
  "  section_id INTEGER REFERENCES section (id) ON DELETE SET NULL,"
  "  post_id INTEGER REFERENCES post (id) ON DELETE SET NULL,"
  "  title TEXT,"
  "  staffing TEXT NOT NULL DEFAULT 'administrative' CHECK (staffing IN"
  "    ('administrative', 'civil_service_managed', 'institution', 'non_staff', 'auxiliary')),"
  "  financed INTEGER NOT NULL DEFAULT 1,"
  "  enforcement_post INTEGER NOT NULL DEFAULT 1,"
  "  phone TEXT,"
  "  enforcement_category TEXT,"
  "  enforcement_area TEXT,"
  "  last_activity_date TEXT,"
  "  notes TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX officer_name ON officer (name, id);"
  "CREATE INDEX officer_body ON officer (body_id, name, id);"

  /* A card; an officer may hold several over the years (reissue, renewal).
   * status is a cache of what the events imply, rewritten by the store in
   * the same transaction as each event, so that lists can filter and sort
   * in SQL. It is never edited on its own. */
  "CREATE TABLE certificate (" ROW_IDENTITY
  "  officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  number TEXT UNIQUE,"
  "  issuing_authority TEXT,"
  "  issue_date TEXT,"
  "  valid_until TEXT,"
  "  category TEXT,"
  "  area TEXT,"
  "  status TEXT NOT NULL DEFAULT 'applying' CHECK (status IN"
  "    ('applying', 'valid', 'suspended', 'revoked', 'cancelled', 'expired', 'void')), " ROW_TIMES
  ");"
  "CREATE INDEX certificate_officer ON certificate (officer_id);"
  "CREATE INDEX certificate_valid_until ON certificate (valid_until);"
  "CREATE INDEX certificate_status ON certificate (status);"

  "CREATE TABLE officer_event (" ROW_IDENTITY
  "  officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  certificate_id INTEGER REFERENCES certificate (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('applied', 'review_first', 'review_second', 'review_final',"
  "    'exam', 'issued', 'annual_review', 'training', 'assessment', 'capability_test',"
  "    'reminder', 'criticism', 'suspension', 'return', 'revocation', 'cancellation',"
  "    'lost_reissued', 'referral', 'misconduct', 'activity')),"
  "  date TEXT NOT NULL,"
  "  passed INTEGER,"
  "  hours REAL,"
  "  grade TEXT CHECK (grade IS NULL OR grade IN ('excellent', 'competent', 'basically_competent', 'incompetent')),"
  "  ground TEXT,"
  "  rule TEXT,"
  "  reason TEXT,"
  "  doc_number TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX officer_event_officer ON officer_event (officer_id, date, id);"
  "CREATE INDEX officer_event_kind ON officer_event (kind, date);"

  /* §3 Checklists: legal bases */
  "CREATE TABLE law (" ROW_IDENTITY
  "  title TEXT NOT NULL,"
  "  level TEXT NOT NULL CHECK (level IN ('law', 'administrative_regulation', 'local_regulation',"
  "    'autonomous_regulation', 'department_rule', 'local_government_rule', 'normative_document',"
  "    'sanding')),"
  "  issuing_organ TEXT,"
  "  doc_number TEXT,"
  "  promulgated TEXT,"
  "  effective TEXT,"
  "  amended TEXT,"
  "  repealed TEXT,"
  "  notes TEXT, " ROW_TIMES
  ");"
  "CREATE INDEX law_title ON law (title);"
  "CREATE TABLE law_article (" ROW_IDENTITY
  "  law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,"
  "  article TEXT NOT NULL,"
  "  content TEXT,"
  "  UNIQUE (law_id, article)"
  ");"
  "CREATE TABLE body_catalog (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE RESTRICT,"
  "  article_id INTEGER REFERENCES law_article (id) ON DELETE RESTRICT,"
  "  sections TEXT,"
  "  cooperating TEXT,"
  "  notes TEXT"
  ");"
  "CREATE INDEX body_catalog_body ON body_catalog (body_id);"

  /* Matters (事项清单) */
  "CREATE TABLE matter (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,"
  "  code TEXT,"
  "  name TEXT NOT NULL,"
  "  category TEXT NOT NULL CHECK (category IN ('licensing', 'penalty', 'coercion', 'levy',"
  "    'requisition', 'charge', 'benefit', 'inspection', 'confirmation', 'reward', 'adjudication',"
  "    'other')),"
  "  section_id INTEGER REFERENCES section (id) ON DELETE SET NULL,"
  "  post_id INTEGER REFERENCES post (id) ON DELETE SET NULL,"
  "  cooperating TEXT,"
  "  time_limit_days INTEGER,"
  "  time_limit_text TEXT,"
  "  responsibility TEXT,"
  "  accountability TEXT,"
  "  supervision_phone TEXT,"
  "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'transferred', 'abolished')),"
  "  enforcement_category TEXT,"
  "  notes TEXT, " ROW_TIMES ","
  "  UNIQUE (body_id, code)"
  ");"
  "CREATE INDEX matter_body ON matter (body_id, code);"
  "CREATE INDEX matter_name ON matter (name, id);"
  "CREATE TABLE matter_basis (" ROW_IDENTITY
  "  matter_id INTEGER NOT NULL REFERENCES matter (id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL REFERENCES law_article (id) ON DELETE RESTRICT,"
  "  UNIQUE (matter_id, article_id)"
  ");"
  "CREATE TABLE matter_transfer (" ROW_IDENTITY
  "  matter_id INTEGER NOT NULL REFERENCES matter (id) ON DELETE CASCADE,"
  "  from_body_id INTEGER NOT NULL REFERENCES body (id),"
  "  to_body_id INTEGER NOT NULL REFERENCES body (id),"
  "  new_matter_id INTEGER REFERENCES matter (id),"
  "  date TEXT NOT NULL,"
  "  doc_number TEXT,"
  "  reason TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE TABLE duty_assignment (" ROW_IDENTITY
  "  matter_id INTEGER NOT NULL REFERENCES matter (id) ON DELETE CASCADE,"
  "  section_id INTEGER REFERENCES section (id) ON DELETE CASCADE,"
  "  post_id INTEGER REFERENCES post (id) ON DELETE CASCADE,"
  "  officer_id INTEGER REFERENCES officer (id) ON DELETE CASCADE"
  ");"

  /* 四张清单 */
  "CREATE TABLE leniency_entry (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  list TEXT NOT NULL CHECK (list IN ('no_penalty', 'lighter', 'mitigated', 'no_coercion')),"
  "  domain TEXT,"
  "  matter_id INTEGER REFERENCES matter (id) ON DELETE SET NULL,"
  "  violation TEXT NOT NULL,"
  "  basis TEXT,"
  "  article_id INTEGER REFERENCES law_article (id) ON DELETE SET NULL,"
  "  conditions TEXT,"
  "  notes TEXT, " ROW_TIMES
  ");"

  /* 裁量基准 */
  "CREATE TABLE benchmark (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  matter_id INTEGER REFERENCES matter (id) ON DELETE SET NULL,"
  "  violation TEXT NOT NULL,"
  "  article_id INTEGER REFERENCES law_article (id) ON DELETE SET NULL,"
  "  basis TEXT,"
  "  unit TEXT NOT NULL DEFAULT 'yuan',"
  "  statutory_min REAL,"
  "  statutory_max REAL,"
  "  notes TEXT, " ROW_TIMES
  ");"
  "CREATE TABLE benchmark_tier (" ROW_IDENTITY
  "  benchmark_id INTEGER NOT NULL REFERENCES benchmark (id) ON DELETE CASCADE,"
  "  tier TEXT NOT NULL CHECK (tier IN ('slight', 'general', 'serious', 'severe')),"
  "  circumstances TEXT,"
  "  range_min REAL,"
  "  range_max REAL,"
  "  UNIQUE (benchmark_id, tier)"
  ");"

  /* 随机抽查 and 双随机 */
  "CREATE TABLE inspection_item (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  matter_id INTEGER REFERENCES matter (id) ON DELETE SET NULL,"
  "  item TEXT NOT NULL,"
  "  basis TEXT,"
  "  inspecting_body TEXT,"
  "  target_type TEXT,"
  "  content TEXT,"
  "  method TEXT,"
  "  ratio REAL,"
  "  frequency TEXT,"
  "  cooperating TEXT,"
  "  enforcement_category TEXT,"
  "  notes TEXT, " ROW_TIMES
  ");"
  "CREATE TABLE inspection_target (" ROW_IDENTITY
  "  name TEXT NOT NULL,"
  "  credit_code TEXT UNIQUE,"
  "  address TEXT,"
  "  domain TEXT,"
  "  region_code TEXT,"
  "  notes TEXT, " ROW_TIMES
  ");"
  "CREATE TABLE inspection_plan (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  planned INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (body_id, year)"
  ");"
  /* A draw keeps everything needed to run it again and get the same answer:
   * the seed, the algorithm version and both pools as they were. */
  "CREATE TABLE draw (" ROW_IDENTITY
  "  item_id INTEGER NOT NULL REFERENCES inspection_item (id) ON DELETE RESTRICT,"
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,"
  "  inspection_date TEXT NOT NULL,"
  "  seed INTEGER NOT NULL,"
  "  algorithm INTEGER NOT NULL,"
  "  target_count INTEGER,"
  "  target_ratio REAL,"
  "  inspectors_per_target INTEGER NOT NULL DEFAULT 2 CHECK (inspectors_per_target >= 2),"
  "  target_pool TEXT NOT NULL,"
  "  inspector_pool TEXT NOT NULL,"
  "  doc_number TEXT,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE TABLE draw_exclusion (" ROW_IDENTITY
  "  draw_id INTEGER NOT NULL REFERENCES draw (id) ON DELETE CASCADE,"
  "  officer_id INTEGER NOT NULL REFERENCES officer (id),"
  "  target_id INTEGER REFERENCES inspection_target (id),"
  "  reason TEXT"
  ");"
  "CREATE TABLE draw_assignment (" ROW_IDENTITY
  "  draw_id INTEGER NOT NULL REFERENCES draw (id) ON DELETE CASCADE,"
  "  target_id INTEGER NOT NULL REFERENCES inspection_target (id),"
  "  officer_id INTEGER NOT NULL REFERENCES officer (id),"
  "  position INTEGER NOT NULL,"
  "  UNIQUE (draw_id, target_id, officer_id)"
  ");"
  "CREATE TABLE draw_result (" ROW_IDENTITY
  "  draw_id INTEGER NOT NULL REFERENCES draw (id) ON DELETE CASCADE,"
  "  target_id INTEGER NOT NULL REFERENCES inspection_target (id),"
  "  done INTEGER NOT NULL DEFAULT 0,"
  "  done_date TEXT,"
  "  findings TEXT,"
  "  UNIQUE (draw_id, target_id)"
  ");"

  /* §4 Case files */
  "CREATE TABLE case_file (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,"
  "  number TEXT NOT NULL,"
  "  category TEXT NOT NULL CHECK (category IN ('penalty', 'coercion', 'licensing', 'inspection')),"
  "  procedure TEXT CHECK (procedure IN ('simple', 'ordinary', 'hearing')),"
  "  party_name TEXT,"
  "  party_kind TEXT CHECK (party_kind IN ('person', 'organization')),"
  "  party_code TEXT,"
  "  matter_id INTEGER REFERENCES matter (id) ON DELETE SET NULL,"
  "  filed_date TEXT,"
  "  investigated_date TEXT,"
  "  notified_date TEXT,"
  "  hearing_date TEXT,"
  "  legal_review_date TEXT,"
  "  collective_date TEXT,"
  "  decided_date TEXT,"
  "  served_date TEXT,"
  "  executed_date TEXT,"
  "  closed_date TEXT,"
  "  archived_date TEXT,"
  "  fine_amount REAL,"
  "  confiscated_amount REAL,"
  "  basis TEXT,"
  "  major INTEGER NOT NULL DEFAULT 0,"
  "  transferred_judicial INTEGER NOT NULL DEFAULT 0,"
  "  review_outcome TEXT,"
  "  litigation_outcome TEXT,"
  "  year INTEGER,"
  "  notes TEXT, " ROW_TIMES ","
  "  UNIQUE (body_id, number)"
  ");"
  "CREATE INDEX case_file_body ON case_file (body_id, year, category);"
  "CREATE INDEX case_file_year ON case_file (year, category);"
  "CREATE TABLE case_officer ("
  "  case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,"
  "  officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (case_id, officer_id)"
  ");"
  "CREATE INDEX case_officer_officer ON case_officer (officer_id);"

  /* Scoring standards are data. A version in use is never edited: editing
   * makes the next version, and evaluations keep pointing at theirs. */
  "CREATE TABLE standard (" ROW_IDENTITY
  "  family TEXT NOT NULL,"
  "  category TEXT NOT NULL CHECK (category IN ('penalty', 'coercion', 'licensing', 'inspection')),"
  "  name TEXT NOT NULL,"
  "  version INTEGER NOT NULL DEFAULT 1,"
  "  total_points REAL NOT NULL DEFAULT 100,"
  "  excellent_min REAL NOT NULL DEFAULT 90,"
  "  pass_min REAL NOT NULL DEFAULT 60,"
  "  rounding TEXT NOT NULL DEFAULT 'one_decimal',"
  "  active INTEGER NOT NULL DEFAULT 1, " ROW_TIMES ","
  "  UNIQUE (family, version)"
  ");"
  "CREATE TABLE standard_group (" ROW_IDENTITY
  "  standard_id INTEGER NOT NULL REFERENCES standard (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  points REAL NOT NULL DEFAULT 0,"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE standard_item (" ROW_IDENTITY
  "  standard_id INTEGER NOT NULL REFERENCES standard (id) ON DELETE CASCADE,"
  "  group_id INTEGER REFERENCES standard_group (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  description TEXT,"
  "  max_points REAL NOT NULL DEFAULT 0 CHECK (max_points >= 0),"
  "  deduction_step REAL NOT NULL DEFAULT 1,"
  "  is_veto INTEGER NOT NULL DEFAULT 0,"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE sampling (" ROW_IDENTITY
  "  year INTEGER NOT NULL,"
  "  per_unit_min INTEGER NOT NULL DEFAULT 2,"
  "  per_unit_max INTEGER NOT NULL DEFAULT 4,"
  "  seed INTEGER NOT NULL,"
  "  algorithm INTEGER NOT NULL,"
  "  operator TEXT, " ROW_TIMES
  ");"
  "CREATE TABLE sampling_case ("
  "  sampling_id INTEGER NOT NULL REFERENCES sampling (id) ON DELETE CASCADE,"
  "  case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (sampling_id, case_id)"
  ");"
  "CREATE TABLE evaluation (" ROW_IDENTITY
  "  case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,"
  "  standard_id INTEGER NOT NULL REFERENCES standard (id) ON DELETE RESTRICT,"
  "  mode TEXT NOT NULL CHECK (mode IN ('self', 'central')),"
  "  sampling_id INTEGER REFERENCES sampling (id) ON DELETE SET NULL,"
  "  evaluator TEXT,"
  "  date TEXT,"
  "  comments TEXT,"
  "  score REAL,"
  "  grade TEXT CHECK (grade IS NULL OR grade IN ('excellent', 'pass', 'fail')),"
  "  vetoed INTEGER NOT NULL DEFAULT 0, " ROW_TIMES
  ");"
  "CREATE INDEX evaluation_case ON evaluation (case_id);"
  "CREATE TABLE evaluation_item (" ROW_IDENTITY
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,"
  "  item_id INTEGER NOT NULL REFERENCES standard_item (id) ON DELETE RESTRICT,"
  "  deduction REAL NOT NULL DEFAULT 0 CHECK (deduction >= 0),"
  "  veto INTEGER NOT NULL DEFAULT 0,"
  "  reason TEXT,"
  "  UNIQUE (evaluation_id, item_id)"
  ");"
  "CREATE TABLE rectification (" ROW_IDENTITY
  "  body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE CASCADE,"
  "  case_id INTEGER REFERENCES case_file (id) ON DELETE SET NULL,"
  "  evaluation_id INTEGER REFERENCES evaluation (id) ON DELETE SET NULL,"
  "  problem TEXT NOT NULL,"
  "  requirement TEXT,"
  "  deadline TEXT,"
  "  responsible TEXT,"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
  "  closed_date TEXT,"
  "  evidence TEXT, " ROW_TIMES ","
  "  CHECK (status = 'open' OR (closed_date IS NOT NULL AND length(trim(evidence)) > 0))"
  ");"
  "CREATE INDEX rectification_status ON rectification (status, deadline);"

  /* Who changed what. Rows are written by triggers (see rebuild_audit_triggers)
   * and can never be changed or removed. */
  "CREATE TABLE audit_log ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),"
  "  who TEXT,"
  "  tbl TEXT NOT NULL,"
  "  row_id INTEGER,"
  "  row_uuid TEXT,"
  "  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'import')),"
  "  old TEXT,"
  "  new TEXT"
  ");"
  "CREATE INDEX audit_log_row ON audit_log (tbl, row_id);"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;";

/* Version 2: saved column mappings of spreadsheet imports, so that a
 * department's recurring file is mapped once and reused. */
static const char schema_v2[] =
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
static const char schema_v3[] =
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
static const char schema_v4[] =
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
static const char schema_v5[] =
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
static const char schema_v6[] =
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

typedef struct
{
  int         version;
  const char *sql;
} MigrationStep;

/* Ordered; append only. Each runs in its own transaction together with the
 * user_version bump, so a failed step leaves the previous version intact. */
static const MigrationStep steps[] = {
  { 1, schema_v1 },
  { 2, schema_v2 },
  { 3, schema_v3 },
  { 4, schema_v4 },
  { 5, schema_v5 },
  { 6, schema_v6 },
};

/* Every table with an id and a uuid is audited. The triggers are derived from
 * the live column list, so a later migration that adds a column gets it
 * audited by calling this again; no trigger text is kept by hand. Identifiers
 * come from sqlite_master, never from user input. The WHEN clause lets a bulk
 * import record one summary row instead of one per record. */
static gboolean
rebuild_audit_triggers (sqlite3  *db,
                        GError  **error)
{
  static const char list_sql[] =
    "SELECT m.name FROM sqlite_master m "
    "WHERE m.type = 'table' AND m.name NOT IN ('audit_log', 'setting') "
    "AND m.name NOT LIKE 'sqlite_%' "
    "AND EXISTS (SELECT 1 FROM pragma_table_info (m.name) WHERE name = 'uuid') "
    "ORDER BY m.name";
  static const char cols_sql[] = "SELECT name FROM pragma_table_info (?1) ORDER BY cid";
  static const char *const actions[] = { "insert", "update", "delete" };
  sqlite3_stmt *list = NULL;
  sqlite3_stmt *cols = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (db, list_sql, -1, &list, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, cols_sql, -1, &cols, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", sqlite3_errmsg (db));
      ok = FALSE;
      goto out;
    }

  while (ok && sqlite3_step (list) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (list, 0);
      g_autoptr(GString) old_obj = g_string_new ("json_object(");
      g_autoptr(GString) new_obj = g_string_new ("json_object(");
      gboolean first = TRUE;

      sqlite3_bind_text (cols, 1, table, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (cols) == SQLITE_ROW)
        {
          const char *col = (const char *) sqlite3_column_text (cols, 0);

          g_string_append_printf (old_obj, "%s'%s', OLD.\"%s\"", first ? "" : ", ", col, col);
          g_string_append_printf (new_obj, "%s'%s', NEW.\"%s\"", first ? "" : ", ", col, col);
          first = FALSE;
        }
      sqlite3_reset (cols);
      g_string_append_c (old_obj, ')');
      g_string_append_c (new_obj, ')');

      for (guint i = 0; ok && i < G_N_ELEMENTS (actions); i++)
        {
          const char *a = actions[i];
          const char *row = i == 2 ? "OLD" : "NEW";
          g_autofree char *drop = g_strdup_printf ("DROP TRIGGER IF EXISTS \"audit_%s_%s\"", table, a);
          g_autofree char *create = g_strdup_printf (
            "CREATE TRIGGER \"audit_%s_%s\" AFTER %s ON \"%s\" WHEN zf_audit_enabled () "
            "BEGIN INSERT INTO audit_log (who, tbl, row_id, row_uuid, action, old, new) "
            "VALUES (zf_operator (), '%s', %s.id, %s.uuid, '%s', %s, %s); END",
            table, a, a, table, table, row, row, a,
            i == 0 ? "NULL" : old_obj->str,
            i == 2 ? "NULL" : new_obj->str);
          char *msg = NULL;

          if (sqlite3_exec (db, drop, NULL, NULL, &msg) != SQLITE_OK ||
              sqlite3_exec (db, create, NULL, NULL, &msg) != SQLITE_OK)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", msg);
              sqlite3_free (msg);
              ok = FALSE;
            }
        }
    }

out:
  sqlite3_finalize (list);
  sqlite3_finalize (cols);
  return ok;
}

int
zf_migrations_current_version (sqlite3  *db,
                               GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  else
    g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                 _("Cannot read the database version: %s"), sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return version;
}

static gboolean
exec_or_error (sqlite3     *db,
               const char  *sql,
               GError     **error)
{
  char *msg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE, "%s", msg ? msg : sqlite3_errmsg (db));
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

static int
pragma_int (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* With foreign keys off, a rebuilt table could lose a row another one
 * points at: SQLite's own recipe checks before the commit. */
static gboolean
foreign_keys_hold (sqlite3  *db,
                   GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  gboolean broken = rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW;

  if (broken)
    g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED,
                 _("A row of “%s” refers to a row that no longer exists."),
                 (const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_OK)
    g_set_error (error, ZF_ERROR, ZF_ERROR_DAMAGED, "%s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK && !broken;
}

/* One step in its own transaction together with the user_version bump, so
 * that a failed step leaves the previous version intact. A step may
 * rebuild a table others refer to, and dropping the old one with foreign
 * keys on would cascade into its children: they are off for the step (the
 * pragma is a no-op inside a transaction, hence around it). */
static gboolean
migrate_step (sqlite3              *db,
              const MigrationStep  *step,
              GError              **error)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", step->version);
  gboolean foreign_keys = pragma_int (db, "PRAGMA foreign_keys") != 0;
  gboolean ok;

  if (foreign_keys && !exec_or_error (db, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = exec_or_error (db, "BEGIN IMMEDIATE", error);
  if (ok &&
      !(exec_or_error (db, step->sql, error) &&
        foreign_keys_hold (db, error) &&
        rebuild_audit_triggers (db, error) &&
        exec_or_error (db, bump, error) &&
        exec_or_error (db, "COMMIT", error)))
    {
      g_prefix_error (error, _("Upgrading the database to version %d failed: "), step->version);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      ok = FALSE;
    }
  if (foreign_keys)
    sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return ok;
}

gboolean
zf_migrations_run (sqlite3  *db,
                   int       target_version,
                   GError  **error)
{
  int current = zf_migrations_current_version (db, error);

  if (current < 0)
    return FALSE;

  if (current > ZF_SCHEMA_VERSION)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_SCHEMA_TOO_NEW,
                   _("This database was written by a newer version of Zhifa "
                     "(schema %d; this version knows up to %d). It was not opened, "
                     "so nothing in it was changed. Please update Zhifa."),
                   current, ZF_SCHEMA_VERSION);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (steps[i].version <= current || steps[i].version > target_version)
        continue;
      if (!migrate_step (db, &steps[i], error))
        return FALSE;
      g_debug ("Migrated database to schema version %d", steps[i].version);
    }

  return TRUE;
}
