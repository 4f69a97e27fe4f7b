#!/bin/sh
# zhifa-cli's backups and its behaviour on a damaged database, as a user
# runs it. TAP output. $1 = zhifa-cli; ZF_PYTHON = python3.
set -u
CLI="$1"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
n=0
FAILED=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); echo "not ok $n - $1"; FAILED=1; }
check () { if eval "$2"; then ok "$1"; else fail "$1"; fi; }
DB="$DIR/data/zhifa.db"
BK="$DIR/data/backups"
count () { "$ZF_PYTHON" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM $2').fetchone()[0])" "$1"; }
mode () { stat -c %a "$1"; }

echo "1..20"

# A permissive umask: the files must be private regardless.
umask 000

"$CLI" --database "$DB" --quiet demo --bodies 60 --officers 300 --matters 60 --cases 60 >/dev/null 2>&1
TODAY=$(date +%Y-%m-%d)
check "first start of the day makes the automatic backup" "[ -f '$BK/zhifa-$TODAY.db' ]"
check "backups folder is private (0700)" "[ \"\$(mode '$BK')\" = 700 ]"
check "automatic backup is private (0600)" "[ \"\$(mode '$BK/zhifa-$TODAY.db')\" = 600 ]"
BODIES=$(count "$DB" body)
"$ZF_PYTHON" - "$CLI" "$DB" <<'PY'
# The modes of the database and the files SQLite derives from it, while
# zhifa-cli has them open (a second connection keeps the WAL in place).
import os, sqlite3, subprocess, sys
cli, db = sys.argv[1], sys.argv[2]
hold = sqlite3.connect(db)
hold.execute("PRAGMA journal_mode")
subprocess.run([cli, "--database", db, "init"], capture_output=True, check=True)
modes = {s: oct(os.stat(db + s).st_mode & 0o777) for s in ("", "-wal", "-shm")}
print("# modes", modes)
sys.exit(0 if set(modes.values()) == {"0o600"} else 1)
PY
check "database, WAL and shared-memory file are private (0600)" "[ $? -eq 0 ]"

"$CLI" --database "$DB" backup > "$DIR/backup.out" 2>&1
MANUAL=$(sed -n 's/^Backup written to //p' "$DIR/backup.out")
check "backup without FILE writes a dated file in the backups folder" \
  "[ -n '$MANUAL' ] && [ -f '$MANUAL' ] && [ \"\$(dirname '$MANUAL')\" = '$BK' ]"
check "manual backup is private and holds every body" \
  "[ \"\$(mode '$MANUAL')\" = 600 ] && [ \"\$(count '$MANUAL' body)\" = '$BODIES' ]"
mkdir "$DIR/usb"
"$CLI" --database "$DB" backup "$DIR/usb/copy.db" >/dev/null 2>&1
check "backup to a chosen file" "[ \"\$(count '$DIR/usb/copy.db' body)\" = '$BODIES' ]"
"$CLI" --database "$DB" backups > "$DIR/list.out" 2>&1
check "backups lists the automatic and the manual backup" \
  "grep -q 'zhifa-$TODAY.db' '$DIR/list.out' && grep -q '$MANUAL' '$DIR/list.out'"

# Retention: keep the newest backup_keep automatic backups, never others.
for d in 01 02 03 04 05; do
  cp "$BK/zhifa-$TODAY.db" "$BK/zhifa-2020-01-$d.db"
  touch -d "2020-01-$d 12:00" "$BK/zhifa-2020-01-$d.db"
done
rm "$BK/zhifa-$TODAY.db"
"$ZF_PYTHON" - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.create_function("zf_audit_enabled", 0, lambda: 1)
db.create_function("zf_operator", 0, lambda: "test")
db.execute("INSERT INTO setting (key, value) VALUES ('backup_keep', '3') "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
db.commit()
PY
"$CLI" --database "$DB" init >/dev/null 2>&1
check "retention keeps the newest backup_keep automatic backups" \
  "[ \"\$(ls '$BK' | grep -c '^zhifa-')\" = 3 ] && [ -f '$BK/zhifa-$TODAY.db' ] \
   && [ -f '$BK/zhifa-2020-01-05.db' ] && [ ! -f '$BK/zhifa-2020-01-01.db' ] && [ -f '$MANUAL' ]"

# Damage pages in the middle of the file, as a failing disk would, and
# the body register's first page, which every command below reads (where
# the middle falls depends on the schema and the demo's data).
PAGES=$(( $(stat -c %s "$DB") / 4096 ))
BODY_PAGE=$("$ZF_PYTHON" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT rootpage FROM sqlite_master WHERE name = 'body'\").fetchone()[0])" "$DB")
head -c 16384 /dev/zero | tr '\0' '\377' \
  | dd of="$DB" bs=4096 seek=$((PAGES / 2)) count=4 conv=notrunc 2>/dev/null
head -c 4096 /dev/zero | tr '\0' '\377' \
  | dd of="$DB" bs=4096 seek=$((BODY_PAGE - 1)) count=1 conv=notrunc 2>/dev/null
SUM=$(sha256sum "$DB" | cut -d' ' -f1)
NBACKUPS=$(ls "$BK" | wc -l)
"$CLI" --database "$DB" init > "$DIR/damaged.out" 2> "$DIR/damaged.err"
rc=$?
check "a damaged database makes the command fail" "[ $rc -ne 0 ]"
check "the message says the database is damaged and was not changed" \
  "grep -q 'is damaged' '$DIR/damaged.err' && grep -q 'not changed' '$DIR/damaged.err'"
GOOD=$(ls -t "$BK"/*.db | head -n 1)
check "the message names the latest good backup and the restore command" \
  "grep -qF 'zhifa-cli --database' '$DIR/damaged.err' && grep -qF \"restore '$GOOD'\" '$DIR/damaged.err'"
check "the damaged file is left untouched" "[ \"\$(sha256sum '$DB' | cut -d' ' -f1)\" = '$SUM' ]"
check "no automatic backup is made of a damaged file" "[ \"\$(ls '$BK' | wc -l)\" = '$NBACKUPS' ]"
LANGUAGE=zh_CN LC_ALL=C.UTF-8 "$CLI" --database "$DB" export bodies --xlsx "$DIR/x.xlsx" \
  > /dev/null 2> "$DIR/damaged-zh.err"
rc=$?
check "the message is translated" "[ $rc -ne 0 ] && grep -q '已损坏' '$DIR/damaged-zh.err'"

printf 'not a database at all, just text\n%.0s' $(seq 1 300) > "$DIR/junk.db"
"$CLI" --database "$DB" restore "$DIR/junk.db" > /dev/null 2> "$DIR/junk.err"
rc=$?
check "restore refuses a file that is not a sound database, changing nothing" \
  "[ $rc -ne 0 ] && [ -s '$DIR/junk.err' ] && [ \"\$(sha256sum '$DB' | cut -d' ' -f1)\" = '$SUM' ]"

"$CLI" --database "$DB" restore "$MANUAL" > "$DIR/restore.out" 2>&1
rc=$?
KEPT=$(sed -n 's/^The previous database was kept as //p' "$DIR/restore.out")
check "restore over the damaged file succeeds and keeps the damaged file as it was" \
  "[ $rc -eq 0 ] && [ -f '$KEPT' ] && [ \"\$(sha256sum '$KEPT' | cut -d' ' -f1)\" = '$SUM' ]"
check "the restored database is sound and holds every body" \
  "'$CLI' --database '$DB' check > /dev/null 2>&1 && [ \"\$(count '$DB' body)\" = '$BODIES' ] \
   && [ \"\$(mode '$DB')\" = 600 ]"

# Restoring over a sound database keeps its current content first.
"$CLI" --database "$DIR/empty.db" init > /dev/null 2>&1
"$CLI" --database "$DB" restore "$DIR/empty.db" > "$DIR/restore2.out" 2>&1
rc=$?
SAFETY=$(sed -n 's/^The previous database was kept as //p' "$DIR/restore2.out")
check "restore over a sound database replaces its content" "[ $rc -eq 0 ] && [ \"\$(count '$DB' body)\" = 0 ]"
check "and prints the safety copy, which holds the previous content" \
  "[ -f '$SAFETY' ] && [ \"\$(count '$SAFETY' body)\" = '$BODIES' ] && [ \"\$(mode '$SAFETY')\" = 600 ]"

exit $FAILED
