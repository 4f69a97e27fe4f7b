-- The floor of an officers import: the sqlite3 shell putting the rows of
-- the CSV (already in the table import_rows) into Zhifa's own tables with
-- set-based INSERT … SELECT, with every constraint and default of the
-- schema but no validation and no per-row code; tests/bench/run drops the
-- indexes Zhifa's bulk import defers before and creates them after, as that
-- import does. The audit triggers are dropped first: they call functions
-- only Zhifa defines (its own import writes one summary row instead). The
-- floor leaves the names' pinyin sort keys empty, which Zhifa computes in
-- each insert: that flatters the floor. Run on a throw-away copy.
DROP TRIGGER audit_officer_insert;
DROP TRIGGER audit_certificate_insert;
DROP TRIGGER audit_officer_event_insert;
PRAGMA cache_size = -262144;
BEGIN;
INSERT INTO officer (name, id_number, sex, birth_date, body_id)
  SELECT r.name, r.id_number,
         CASE WHEN CAST (substr (r.id_number, 17, 1) AS INTEGER) % 2 = 1 THEN 'male' ELSE 'female' END,
         substr (r.id_number, 7, 4) || '-' || substr (r.id_number, 11, 2) || '-' || substr (r.id_number, 13, 2),
         (SELECT b.id FROM body b WHERE b.name = r.unit ORDER BY b.id LIMIT 1)
  FROM import_rows r;
INSERT INTO certificate (officer_id, number, issue_date, valid_until, status)
  SELECT o.id, r.number, r.issue_date, r.valid_until, 'valid'
  FROM import_rows r JOIN officer o ON o.id_number = r.id_number WHERE r.number <> '';
INSERT INTO officer_event (officer_id, certificate_id, kind, date)
  SELECT c.officer_id, c.id, k.kind, c.issue_date
  FROM certificate c, (SELECT 'applied' AS kind UNION ALL SELECT 'issued') k;
COMMIT;
