#!/bin/sh
# zhifa-cli bodies training: the unit's all-staff training of every year
# (S0 §四(五)) recorded as a user would, and what check says of it. TAP.
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
count () { "$ZF_PYTHON" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$DB" "$1"; }
LAST=$(( $(date +%Y) - 1 ))

echo "1..11"

"$CLI" --database "$DB" init > /dev/null 2>&1
"$ZF_PYTHON" - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_function("zf_audit_enabled", 0, lambda: 0)
db.create_function("zf_operator", 0, lambda: "test")
db.execute("INSERT INTO body (id, name, status, published_date, domain, has_legal_section, "
           "legal_staff_count) VALUES (1, '示例县市场监督管理局', 'published', '2020-05-01', "
           "'市场监管', 1, 2)")
db.commit()
PY

LANGUAGE=en "$CLI" --database "$DB" check > "$DIR/before.out" 2>&1
check "check names the closed year without an all-staff training" \
  "grep -q \"B8.*$LAST\" '$DIR/before.out'"

"$CLI" --database "$DB" bodies training 1 --date "$LAST-13-01" --title "全员法律知识培训" \
  > /dev/null 2> "$DIR/bad.err"
rc=$?
check "a date that is not a date is refused, nothing stored" \
  "[ $rc -ne 0 ] && [ -s '$DIR/bad.err' ] && [ \"\$(count 'SELECT count(*) FROM unit_training')\" = 0 ]"

"$CLI" --database "$DB" bodies training 1 --date "$LAST-06-01" --title "业务骨干培训" --partial \
  --hours 8 > /dev/null 2>&1
LANGUAGE=en "$CLI" --database "$DB" check > "$DIR/partial.out" 2>&1
check "a training not for all the staff does not count" \
  "grep -q \"B8.*$LAST\" '$DIR/partial.out'"

"$CLI" --database "$DB" bodies training 1 --date "$LAST-09-01" --title "全员法律知识培训" \
  --hours 8 --participants 45 --doc "示市监〔$LAST〕7号" > "$DIR/ok.out" 2>&1
rc=$?
check "an all-staff training is recorded with its hours, people and number" \
  "[ $rc -eq 0 ] && [ \"\$(count \"SELECT count(*) FROM unit_training WHERE all_staff = 1 AND hours = 8 AND participants = 45 AND doc_number = '示市监〔$LAST〕7号'\")\" = 1 ]"

LANGUAGE=en "$CLI" --database "$DB" check > "$DIR/after.out" 2>&1
check "then check is silent about that year" "! grep -q 'B8' '$DIR/after.out'"

"$CLI" --database "$DB" bodies training 99 --date "$LAST-09-01" --title "x" > /dev/null 2>&1
rc=$?
check "an unknown body is refused" "[ $rc -ne 0 ] && [ \"\$(count 'SELECT count(*) FROM unit_training')\" = 2 ]"

# The list: every training with its number, one body's, one year's.
LANGUAGE=en "$CLI" --database "$DB" bodies training list > "$DIR/list.out" 2>&1
rc=$?
check "list shows both trainings with their numbers" \
  "[ $rc -eq 0 ] && grep -q \"^1	1	示例县市场监督管理局	$LAST-06-01	业务骨干培训	No	8\" '$DIR/list.out' && grep -q \"^2	1	示例县市场监督管理局	$LAST-09-01	全员法律知识培训	Yes	8	45	示市监〔$LAST〕7号\" '$DIR/list.out'"
LANGUAGE=en "$CLI" --database "$DB" bodies training list --year $((LAST - 1)) > "$DIR/none.out" 2>&1
check "a year without trainings lists none" "[ \"\$(grep -c \"$LAST\" '$DIR/none.out')\" = 0 ] && grep -q '^No\.' '$DIR/none.out'"

# Delete: the all-staff training entered by mistake goes, and check names
# the year again; an unknown number is refused and changes nothing.
"$CLI" --database "$DB" bodies training delete 2 > /dev/null 2>&1
rc=$?
check "delete removes that training only" \
  "[ $rc -eq 0 ] && [ \"\$(count 'SELECT group_concat(id) FROM unit_training')\" = 1 ]"
LANGUAGE=en "$CLI" --database "$DB" check > "$DIR/deleted.out" 2>&1
check "then check names the year without an all-staff training again" \
  "grep -q \"B8.*$LAST\" '$DIR/deleted.out'"
"$CLI" --database "$DB" bodies training delete 2 > /dev/null 2> "$DIR/again.err"
rc=$?
check "deleting a number that is not there is refused" \
  "[ $rc -eq 1 ] && [ -s '$DIR/again.err' ] && [ \"\$(count 'SELECT count(*) FROM unit_training')\" = 1 ]"

exit $FAILED
