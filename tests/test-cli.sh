#!/bin/sh
# Runs the built zhifa-cli as a user would. TAP output.
set -u
CLI="$1"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); echo "not ok $n - $1"; FAILED=1; }
FAILED=0
DB="$DIR/sub/zhifa.db"

echo "1..15"

# The schema version init reports is the one this build writes.
SCHEMA=$("$CLI" --version | sed -n 's/.* \([0-9][0-9]*\))$/\1/p')
"$CLI" --database "$DB" init > "$DIR/init.out" 2> "$DIR/init.err" \
  && grep -q "$DB" "$DIR/init.out" && [ -n "$SCHEMA" ] && grep -q ": $SCHEMA\$" "$DIR/init.out" \
  && ok "init prints path and version" || fail "init prints path and version"
[ "$(stat -c %a "$DB")" = "600" ] && ok "database file is private (0600)" || fail "database mode $(stat -c %a "$DB")"

ZHIFA_DB="$DB" "$CLI" --quiet demo --bodies 40 --officers 300 --cases 100 --matters 100 \
  > /dev/null 2> "$DIR/demo.err" && [ ! -s "$DIR/demo.err" ] \
  && ok "demo into the database named by ZHIFA_DB" || fail "demo: $(cat "$DIR/demo.err")"

"$CLI" --database "$DB" export bodies --xlsx "$DIR/bodies.xlsx" 2> /dev/null \
  && [ -s "$DIR/bodies.xlsx" ] && ok "export bodies" || fail "export bodies"

# An export only reads: no check, no backup, not a byte written.
BEFORE=$(cat "$DB" "$DB-wal" 2> /dev/null | md5sum)
rm -rf "$DIR/sub/backups"
"$CLI" --quiet --database "$DB" export officers --xlsx "$DIR/officers.xlsx" 2> /dev/null \
  && [ -s "$DIR/officers.xlsx" ] && [ ! -e "$DIR/sub/backups" ] \
  && [ "$(cat "$DB" "$DB-wal" 2> /dev/null | md5sum)" = "$BEFORE" ] \
  && ok "an export writes nothing to the database and no backup" \
  || fail "export officers changed the database or backed it up"

LANGUAGE=en "$CLI" --database "$DB" check > "$DIR/check.out" 2>&1 \
  && grep -q "\] R5 (S1" "$DIR/check.out" \
  && ok "check passes on demo data and reports officers" || fail "check on demo data: $(head -5 "$DIR/check.out")"

"$CLI" --database "$DB" check --strict > /dev/null 2>&1 \
  && fail "check --strict fails on warnings" || ok "check --strict fails on warnings"

# The audit triggers call functions the store defines; supply them.
"$ZF_PYTHON" - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_function("zf_audit_enabled", 0, lambda: 1)
db.create_function("zf_operator", 0, lambda: "test")
db.execute("UPDATE body SET credit_code = substr(credit_code, 1, 17) || "
           "CASE substr(credit_code, 18) WHEN '0' THEN '1' ELSE '0' END "
           "WHERE id = (SELECT min(id) FROM body)")
db.commit()
PY
"$CLI" --database "$DB" check > "$DIR/check2.out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -q "B1 (GB 32100)" "$DIR/check2.out" \
  && ok "check exits 1 on a wrong credit code" || fail "check after corruption: rc=$rc"

"$CLI" --database "$DB" frobnicate > /dev/null 2> "$DIR/unknown.err"
rc=$?
[ $rc -ne 0 ] && grep -q "frobnicate" "$DIR/unknown.err" \
  && ok "unknown command fails with a message" || fail "unknown command: rc=$rc"

NEW="$DIR/new.db"
sqlite3 "$NEW" "PRAGMA user_version = 99; CREATE TABLE x (y);"
"$CLI" --database "$NEW" init > /dev/null 2> "$DIR/new.err"
rc=$?
[ $rc -ne 0 ] && grep -q "99" "$DIR/new.err" \
  && ok "newer schema is refused with a message" || fail "newer schema: rc=$rc"

"$CLI" --database "$DB" export bodies --xlsx "$DIR/no/such/dir/x.xlsx" > /dev/null 2> "$DIR/exp.err"
rc=$?
[ $rc -ne 0 ] && [ -s "$DIR/exp.err" ] \
  && ok "export into a missing folder fails with a message" || fail "export to missing folder: rc=$rc"

# The unit and the user: shown, set, validated; documents print the unit.
"$CLI" --database "$DB" settings set unit.name "示例市司法局" > /dev/null \
  && "$CLI" --database "$DB" settings set unit.level county > /dev/null \
  && "$CLI" --database "$DB" settings set unit.region 420704 > /dev/null \
  && "$CLI" --database "$DB" settings set user.name "科员甲" > /dev/null \
  && LANGUAGE=en "$CLI" --database "$DB" settings > "$DIR/settings.out" \
  && grep -q "^unit.name *示例市司法局" "$DIR/settings.out" \
  && grep -q "^unit.level *County" "$DIR/settings.out" \
  && grep -q "^unit.region *420704" "$DIR/settings.out" \
  && grep -q "^user.name *科员甲" "$DIR/settings.out" \
  && ok "settings set and shown" || fail "settings: $(cat "$DIR/settings.out")"
BEFORE=$(sqlite3 "$DB" "SELECT group_concat(key || '=' || value) FROM setting WHERE key LIKE 'u%.%'")
"$CLI" --database "$DB" settings set unit.region 4207 > /dev/null 2> "$DIR/set1.err"; rc1=$?
"$CLI" --database "$DB" settings set unit.level planet > /dev/null 2> "$DIR/set2.err"; rc2=$?
"$CLI" --database "$DB" settings set unit.colour red > /dev/null 2> "$DIR/set3.err"; rc3=$?
[ $rc1 -ne 0 ] && [ $rc2 -ne 0 ] && [ $rc3 -ne 0 ] \
  && grep -q "unit.region" "$DIR/set1.err" && grep -q "planet" "$DIR/set2.err" \
  && grep -q "unit.colour" "$DIR/set3.err" \
  && [ "$(sqlite3 "$DB" "SELECT group_concat(key || '=' || value) FROM setting WHERE key LIKE 'u%.%'")" = "$BEFORE" ] \
  && ok "a wrong key or value is refused and changes nothing" \
  || fail "settings refusals: $rc1 $rc2 $rc3 $(cat "$DIR/set1.err" "$DIR/set2.err" "$DIR/set3.err")"
"$CLI" --database "$DB" export officers --pdf "$DIR/holders.pdf" > /dev/null 2>&1 \
  && pdftotext "$DIR/holders.pdf" - | tr -d ' ' | grep -q "示例市司法局" \
  && ok "the holder list names the unit of the settings" || fail "holder list without the unit"
"$CLI" --database "$DB" draw run --item "$(sqlite3 "$DB" "SELECT min(id) FROM inspection_item")" \
  --date 2026-03-01 --count 1 > /dev/null 2> "$DIR/draw.err" \
  && [ "$(sqlite3 "$DB" "SELECT operator FROM draw ORDER BY id DESC LIMIT 1")" = "科员甲" ] \
  && ok "a draw's operator (经办人) is the user of the settings" \
  || fail "draw operator: $(cat "$DIR/draw.err") $(sqlite3 "$DB" "SELECT operator FROM draw")"

exit $FAILED
