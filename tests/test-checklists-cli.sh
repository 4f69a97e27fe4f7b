#!/bin/sh
# zhifa-cli's checklist commands as a user runs them, over demo data.
# TAP output. Arguments: zhifa-cli, python3, check-checklists-xlsx.py
set -u
CLI="$1"
PY="$2"
CHECK="$3"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
DB="$DIR/zhifa.db"
TODAY=$(date +%F)
YEAR=$(date +%Y)
n=0
FAILED=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); echo "not ok $n - $1"; FAILED=1; }
cli () { "$CLI" --database "$DB" "$@"; }
# The audit triggers call functions the store defines; supply them.
sql () {
  "$PY" - "$DB" "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_function("zf_audit_enabled", 0, lambda: 0)
db.create_function("zf_operator", 0, lambda: "test")
for row in db.execute(sys.argv[2]):
    print("|".join(str(v) for v in row))
db.commit()
PY
}

echo "1..15"

cli --quiet demo --bodies 20 --officers 300 --matters 80 --cases 10 > /dev/null 2>&1 \
  && ok "demo data" || fail "demo data"

cli check > "$DIR/check.out" 2>&1
grep -q " C[1-4] " "$DIR/check.out" && fail "demo data breaks C1–C4: $(grep ' C[1-4] ' "$DIR/check.out" | head -2)" \
  || ok "check runs C1–C4 and demo data passes them"

# A body loses its own law from the catalog: its matters' basis is outside it (C3).
BODY=$(sql "SELECT body_id FROM matter WHERE status = 'active' ORDER BY id LIMIT 1")
sql "DELETE FROM body_catalog WHERE body_id = $BODY AND law_id IN (SELECT a.law_id FROM matter_basis mb JOIN law_article a ON a.id = mb.article_id JOIN matter m ON m.id = mb.matter_id WHERE m.body_id = $BODY)" > /dev/null
cli check --rule C > "$DIR/check2.out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -q "C3 (《沽源县深入推行行政执法责任制实施方案》" "$DIR/check2.out" \
  && ok "check exits 1 and names C3 when a basis leaves the catalog" || fail "check after catalog change: rc=$rc"

LAWS=$(sql "SELECT count(*) FROM body_catalog WHERE body_id = 1")
cli export laws --xlsx "$DIR/laws.xlsx" --body 1 2> /dev/null \
  && "$PY" "$CHECK" register "$DIR/laws.xlsx" "Catalog of legal bases" "$LAWS" "Level=Law@1" "Body=$(sql 'SELECT name FROM body WHERE id = 1')@1" > "$DIR/c.out" 2>&1 \
  && ok "export laws --body 1 ($LAWS rows)" || fail "export laws: $(cat "$DIR/c.out")"

MATTERS=$(sql "SELECT count(*) FROM matter")
cli export matters --xlsx "$DIR/matters.xlsx" 2> /dev/null \
  && "$PY" "$CHECK" register "$DIR/matters.xlsx" "Enforcement matters" "$MATTERS" > "$DIR/c.out" 2>&1 \
  && ok "export matters ($MATTERS rows, transfers sheet)" || fail "export matters: $(cat "$DIR/c.out")"

ITEMS=$(sql "SELECT count(*) FROM inspection_item")
LENIENCY=$(sql "SELECT count(*) FROM leniency_entry")
TIERS=$(sql "SELECT count(*) FROM benchmark_tier")
for reg in leniency benchmarks items; do
  cli export $reg --xlsx "$DIR/$reg.xlsx" 2> /dev/null || FAILED_REG="$reg"
done
"$PY" "$CHECK" register "$DIR/items.xlsx" "Random inspection items" "$ITEMS" > "$DIR/c.out" 2>&1 \
  && "$PY" "$CHECK" register "$DIR/leniency.xlsx" "Four lists" "$LENIENCY" >> "$DIR/c.out" 2>&1 \
  && "$PY" "$CHECK" register "$DIR/benchmarks.xlsx" "Discretion benchmarks" "$TIERS" >> "$DIR/c.out" 2>&1 \
  && ok "export leniency, benchmarks, items" || fail "export registers: $(cat "$DIR/c.out")"

# Each list exported imports again into the same register unchanged.
: > "$DIR/i.out"
for reg in leniency benchmarks items; do
  cli import $reg "$DIR/$reg.xlsx" --dry-run >> "$DIR/i.out" 2>&1 || FAILED_REG="$reg"
done
cli export targets --xlsx "$DIR/targets.xlsx" > /dev/null 2>&1 \
  && cli import targets "$DIR/targets.xlsx" --dry-run >> "$DIR/i.out" 2>&1 \
  && [ -z "${FAILED_REG:-}" ] \
  && [ "$(grep -c 'New: 0, update: 0, unchanged: [1-9][0-9]*, errors: 0' "$DIR/i.out")" = 4 ] \
  && ok "import leniency, benchmarks, items, targets: every exported row unchanged" \
  || fail "import of the exported lists: ${FAILED_REG:-} $(head -20 "$DIR/i.out")"

cli export items --xlsx "$DIR/x.xlsx" --body abc > /dev/null 2>&1
[ $? -eq 2 ] && ok "a body that is not a number is refused" || fail "--body abc accepted"

# The item whose body has the most inspectors with a valid certificate of its category.
ITEM=$(sql "SELECT i.id FROM inspection_item i ORDER BY (SELECT count(*) FROM officer o JOIN certificate c ON c.officer_id = o.id WHERE o.body_id = i.body_id AND c.status = 'valid' AND c.valid_until >= '$TODAY' AND instr (c.category, i.enforcement_category) > 0) DESC, i.id LIMIT 1")
ITEM_BODY=$(sql "SELECT body_id FROM inspection_item WHERE id = $ITEM")
EXCLUDED=$(sql "SELECT min (o.id) FROM officer o JOIN certificate c ON c.officer_id = o.id JOIN inspection_item i ON i.body_id = o.body_id WHERE i.id = $ITEM AND c.status = 'valid' AND c.valid_until >= '$TODAY' AND instr (c.category, i.enforcement_category) > 0")

cli draw run --item "$ITEM" --date "$TODAY" --count 4 --seed 777 --exclude "$EXCLUDED" > "$DIR/run.out" 2>&1
DRAW=$(sed -n 's/^Draw \([0-9]*\) stored.*/\1/p' "$DIR/run.out")
[ -n "$DRAW" ] \
  && [ "$(sql "SELECT count(*) FROM (SELECT target_id FROM draw_assignment WHERE draw_id = $DRAW GROUP BY target_id HAVING count(*) = 2)")" = 4 ] \
  && [ "$(sql "SELECT seed FROM draw WHERE id = $DRAW")" = 777 ] \
  && [ "$(sql "SELECT count(*) FROM draw_assignment WHERE draw_id = $DRAW AND officer_id = $EXCLUDED")" = 0 ] \
  && ok "draw run: 4 targets, 2 inspectors each, seed stored, exclusion honoured" \
  || fail "draw run: $(cat "$DIR/run.out")"

cli draw verify "$DRAW" > "$DIR/verify.out" 2>&1 \
  && grep -q "reproduces" "$DIR/verify.out" && ok "draw verify reproduces the stored draw" \
  || fail "draw verify: $(cat "$DIR/verify.out")"

TARGET=$(sql "SELECT t.name FROM draw_assignment a JOIN inspection_target t ON t.id = a.target_id WHERE a.draw_id = $DRAW ORDER BY a.position LIMIT 1")
cli draw export "$DRAW" --xlsx "$DIR/draw.xlsx" --pdf "$DIR/draw.pdf" 2> /dev/null \
  && "$PY" "$CHECK" draw "$DIR/draw.xlsx" "$TARGET" 777 > "$DIR/c.out" 2>&1 \
  && pdftotext -raw "$DIR/draw.pdf" - | tr -d "\n" | grep -q "$TARGET" \
  && pdftotext "$DIR/draw.pdf" - | grep -q "— 1 —" \
  && ok "draw export: .xlsx read back, PDF names the target, pages numbered" \
  || fail "draw export: $(cat "$DIR/c.out")"

sql "UPDATE draw_assignment SET officer_id = (SELECT max (id) FROM officer) WHERE id = (SELECT max (id) FROM draw_assignment WHERE draw_id = $DRAW)" > /dev/null
cli draw verify "$DRAW" > "$DIR/verify2.out" 2>&1
rc=$?
[ $rc -eq 1 ] && [ -s "$DIR/verify2.out" ] \
  && ok "draw verify exits 1 on an altered result" || fail "verify after tampering: rc=$rc"

cli draw run --item "$ITEM" --date "$TODAY" > /dev/null 2> "$DIR/bad.err"
rc=$?
[ $rc -eq 2 ] && grep -q -- "--count" "$DIR/bad.err" \
  && ok "draw run without --count or --ratio is refused" || fail "draw run without count: rc=$rc"

cli draw run --item "$ITEM" --date "$TODAY" --count 4 --seed 778 > /dev/null 2>&1
sql "INSERT INTO inspection_plan (body_id, year, planned) VALUES ($ITEM_BODY, $YEAR, 20)" > /dev/null
BODY_NAME=$(sql "SELECT name FROM body WHERE id = $ITEM_BODY")
cli stats random-share --year "$YEAR" --xlsx "$DIR/stats.xlsx" > "$DIR/stats.out" 2>&1 \
  && grep -q "$BODY_NAME" "$DIR/stats.out" \
  && "$PY" "$CHECK" stats "$DIR/stats.xlsx" "$BODY_NAME" 40.0 Yes > "$DIR/c.out" 2>&1 \
  && ok "stats random-share: 8 of 20 planned is 40%, above the floor" \
  || fail "stats: $(cat "$DIR/stats.out" "$DIR/c.out")"

sql "UPDATE inspection_plan SET planned = 40 WHERE body_id = $ITEM_BODY" > /dev/null
cli stats random-share --year "$YEAR" --xlsx "$DIR/stats.xlsx" > "$DIR/stats.out" 2>&1 \
  && grep -q "C9" "$DIR/stats.out" \
  && "$PY" "$CHECK" stats "$DIR/stats.xlsx" "$BODY_NAME" 20.0 No > "$DIR/c.out" 2>&1 \
  && ok "stats random-share: 8 of 40 is below the floor and names C9" \
  || fail "stats below the floor: $(cat "$DIR/stats.out" "$DIR/c.out")"

exit $FAILED
