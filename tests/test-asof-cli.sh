#!/bin/sh
# zhifa-cli check --as-of: the registers judged as they stood on a date,
# each case file on the facts of the day of its acts. TAP output.
set -u
CLI="$1"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
n=0
FAILED=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); echo "not ok $n - $1"; FAILED=1; }
check () { if eval "$2"; then ok "$1"; else fail "$1"; fi; }
DB="$DIR/zhifa.db"
run () { LANGUAGE=en "$CLI" --database "$DB" check --format tsv "$@" > "$DIR/out" 2>&1; }

echo "1..8"

"$CLI" --database "$DB" init > /dev/null 2>&1
# A body published on 2024-02-01; two officers, the second suspended from
# March to September 2025 (trained and examined before the return); a
# penalty decided on 2025-05-10, in the suspension.
"$ZF_PYTHON" - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_function("zf_audit_enabled", 0, lambda: 0)
db.create_function("zf_operator", 0, lambda: "test")
db.executescript("""
INSERT INTO body (id, name, status, published_date, domain, has_legal_section, legal_staff_count)
  VALUES (1, '示例县交通运输局', 'published', '2024-02-01', '交通运输', 1, 2);
INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'confirmed', '2024-01-10'),
  (1, 'published', '2024-02-01');
INSERT INTO officer (id, name, body_id) VALUES (1, '甲一', 1), (2, '乙二', 1);
INSERT INTO certificate (id, officer_id, number, issue_date, valid_until, status) VALUES
  (1, 1, 'A-1', '2023-01-01', '2027-12-31', 'valid'), (2, 2, 'A-2', '2023-01-01', '2027-12-31', 'valid');
INSERT INTO officer_event (officer_id, certificate_id, kind, date, hours, passed) VALUES
  (1, 1, 'applied', '2022-12-01', NULL, NULL), (1, 1, 'issued', '2023-01-01', NULL, NULL),
  (2, 2, 'applied', '2022-12-01', NULL, NULL), (2, 2, 'issued', '2023-01-01', NULL, NULL),
  (2, 2, 'suspension', '2025-03-01', NULL, NULL), (2, 2, 'training', '2025-06-01', 40, NULL),
  (2, 2, 'exam', '2025-07-01', NULL, 1), (2, 2, 'return', '2025-09-01', NULL, NULL);
INSERT INTO case_file (id, body_id, number, category, procedure, filed_date, investigated_date,
  notified_date, legal_review_date, decided_date, year)
  VALUES (1, 1, '示交罚〔2025〕9号', 'penalty', 'ordinary', '2025-04-01', '2025-04-05',
  '2025-05-01', '2025-05-05', '2025-05-10', 2025);
INSERT INTO case_officer VALUES (1, 1), (1, 2);
""")
db.commit()
PY

run
check "today: the decision of May 2025 by an officer suspended then is an E3 error" \
  "grep -q 'E3.*乙二' '$DIR/out' && ! grep -q 'E3.*甲一' '$DIR/out'"
check "today: the body is published" "! grep -q 'B5' '$DIR/out'"

run --as-of 2025-05-09
check "as of the day before the decision: the file is not judged yet" "! grep -q 'E3' '$DIR/out'"
run --as-of 2025-05-10
check "as of the day of the decision: it is" "grep -q 'E3.*乙二' '$DIR/out'"

run --as-of 2024-01-31
check "as of the day before its publication: the body is not published yet" "grep -q 'B5' '$DIR/out'"
run --as-of 2024-02-01
check "as of its publication: it is" "! grep -q 'B5' '$DIR/out'"

# The year an assessment grades: typed, or the date's by default.
year () { "$ZF_PYTHON" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT assessment_year FROM officer_event WHERE kind = \\'assessment\\' AND date = ?', (sys.argv[2],)).fetchone()[0])" "$DB" "$1"; }
"$CLI" --database "$DB" officers event add 1 --kind assessment --date 2026-01-05 \
  --grade competent --year 2025 > /dev/null 2>&1
check "an assessment entered in January grades the year typed" "[ \"\$(year 2026-01-05)\" = 2025 ]"
"$CLI" --database "$DB" officers event add 1 --kind assessment --date 2026-12-20 \
  --grade competent > /dev/null 2>&1
check "without --year, the year of its date" "[ \"\$(year 2026-12-20)\" = 2026 ]"

exit $FAILED
