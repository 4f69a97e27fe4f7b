#include "config.h"

#include "zf-migrations-private.h"

/* Names in pinyin order without sorting them at read time. ORDER BY name
 * COLLATE pinyin sorts every row of an export through ICU before the first
 * one is written (half of a 10,000-officer roster's read), and a list
 * computed pinyin_key () for every officer and body name at load. The key
 * is now kept beside the name, and the indexes are built on it: the roster
 * streams in body and name order straight from officer_body, as it did
 * before names sorted in pinyin.
 *
 * The store writes the key with the name. Another writer (the sqlite3
 * shell, a script) knows no pinyin_key (), so nothing here calls it: a
 * row it inserts has no key, and the trigger below drops the key of a
 * name it changes. The store keys such rows when it opens the file and
 * when it sees another program's commit (zf_store_key_names(), through
 * the partial indexes), and makes every key again when Debian brings an
 * ICU of another version than the setting pinyin_key_version names. The
 * audit leaves name_key out: it is derived, and JSON holds no BLOB. */
#define NAME_KEY_KEPT(table) \
  "CREATE INDEX " table "_name_unkeyed ON " table " (id) WHERE name_key IS NULL;" \
  "CREATE TRIGGER " table "_name_key_drop AFTER UPDATE OF name ON " table " " \
  "WHEN new.name IS NOT old.name AND new.name_key IS old.name_key BEGIN " \
  "UPDATE " table " SET name_key = NULL WHERE id = new.id; END;"

const char zf_schema_v9[] =
  "ALTER TABLE body ADD COLUMN name_key BLOB;"
  "ALTER TABLE officer ADD COLUMN name_key BLOB;"
  /* Made again after this step without the key (zf_migrations.c). */
  "DROP TRIGGER IF EXISTS audit_body_update;"
  "DROP TRIGGER IF EXISTS audit_officer_update;"
  "UPDATE body SET name_key = pinyin_key (name);"
  "UPDATE officer SET name_key = pinyin_key (name);"
  "DROP INDEX IF EXISTS officer_body;"
  "CREATE INDEX officer_body ON officer (body_id, name_key, id);"
  "CREATE INDEX body_name_key ON body (name_key, id);"
  NAME_KEY_KEPT ("body")
  NAME_KEY_KEPT ("officer")
  "INSERT OR REPLACE INTO setting (key, value) VALUES ('pinyin_key_version', pinyin_key_version ());";
