#define G_LOG_DOMAIN "test-collation"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "zf-collation.h"
#include "zf-query-model.h"
#include "zf-store-bodies.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"
#include "zf-store.h"
#include "zf-test-util.h"

/* Each list in the order a reader expects; the texts' byte (code point)
 * order differs from it. */
static const char *const places[] = {
  "安徽省", "北京市", "鄂州市", "黄石市", "武汉市", "浙江省",
};
static const char *const case_numbers[] = {
  "鄂州司罚〔2024〕200号", "鄂州司罚〔2025〕9号", "鄂州司罚〔2025〕15号", "鄂州司罚〔2025〕104号",
};
static const char *const officers[] = {
  "安某", "北某", "鄂某", "黄某", "武某", "浙某",
};

static void
test_compare (void)
{
  for (guint i = 0; i + 1 < G_N_ELEMENTS (places); i++)
    {
      g_assert_cmpint (zf_collation_compare (places[i], places[i + 1]), <, 0);
      g_assert_cmpint (zf_collation_compare (places[i + 1], places[i]), >, 0);
    }
  for (guint i = 0; i + 1 < G_N_ELEMENTS (case_numbers); i++)
    g_assert_cmpint (zf_collation_compare (case_numbers[i], case_numbers[i + 1]), <, 0);
  g_assert_cmpint (zf_collation_compare ("鄂州市", "鄂州市"), ==, 0);
  /* Not byte order: 北 (U+5317) comes before 安 (U+5B89) there. */
  g_assert_cmpint (strcmp (places[0], places[1]), >, 0);
}

/* ORDER BY … COLLATE pinyin and ORDER BY pinyin_key (…) give the order. */
static void
test_sql (void)
{
  sqlite3 *db = NULL;
  const char *const queries[] = {
    "SELECT t FROM x ORDER BY t COLLATE pinyin",
    "SELECT t FROM x ORDER BY pinyin_key (t)",
  };
  const char *const *lists[] = { places, case_numbers };
  guint lens[] = { G_N_ELEMENTS (places), G_N_ELEMENTS (case_numbers) };

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (zf_collation_register (db, NULL));
  g_assert_null (zf_test_sqlite_text (db, "SELECT pinyin_key (NULL)"));

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      zf_test_sqlite_exec (db, "DROP TABLE IF EXISTS x; CREATE TABLE x (t TEXT)");
      /* Inserted backwards, so that the table's order is no help. */
      for (guint i = lens[l]; i-- > 0;)
        {
          g_autofree char *sql = g_strdup_printf ("INSERT INTO x VALUES ('%s')", lists[l][i]);
          zf_test_sqlite_exec (db, sql);
        }
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          sqlite3_stmt *stmt = NULL;
          guint pos = 0;

          g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            {
              g_assert_cmpuint (pos, <, lens[l]);
              g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, lists[l][pos]);
              pos++;
            }
          sqlite3_finalize (stmt);
          g_assert_cmpuint (pos, ==, lens[l]);
        }
    }
  sqlite3_close (db);
}

static void
assert_model_names (ZfQueryModel       *model,
                    const char *const  *expected,
                    guint               n,
                    gboolean            descending,
                    const char         *property)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autofree char *name = NULL;

      g_object_get (item, property, &name, NULL);
      g_assert_cmpstr (name, ==, expected[descending ? n - 1 - i : i]);
    }
}

/* The registers: bodies sorted in SQL, officers by keys held in memory. */
static void
test_lists (void)
{
  g_autofree char *path = zf_test_db_path ("collation");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfQueryModel) bodies = NULL;
  g_autoptr(ZfQueryModel) people = NULL;
  gint64 body_id = 0;

  g_assert_no_error (error);
  for (guint i = G_N_ELEMENTS (places); i-- > 0;)
    {
      g_autofree char *name = g_strconcat (places[i], "司法局", NULL);
      body_id = zf_test_add_body (store, name, i + 1);
    }
  for (guint i = G_N_ELEMENTS (officers); i-- > 0;)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autofree char *id_number = zf_test_id_number (i + 1, i % 2 == 0);

      g_object_set (officer, "name", officers[i], "id-number", id_number, "body-id", body_id, NULL);
      g_assert_true (zf_store_save_officer (store, officer, &error));
      g_assert_no_error (error);
    }

  bodies = zf_query_model_new (store, zf_body_query_spec ());
  for (guint desc = 0; desc < 2; desc++)
    {
      char *expected[G_N_ELEMENTS (places)] = { NULL };

      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        expected[i] = g_strconcat (places[i], "司法局", NULL);
      zf_query_model_set_sort (bodies, ZF_BODY_SORT_NAME, desc);
      assert_model_names (bodies, (const char *const *) expected, G_N_ELEMENTS (places), desc, "name");
      for (guint i = 0; i < G_N_ELEMENTS (places); i++)
        g_free (expected[i]);
    }

  people = zf_query_model_new (store, zf_officer_query_spec ());
  for (guint desc = 0; desc < 2; desc++)
    {
      zf_query_model_set_sort (people, ZF_OFFICER_SORT_NAME, desc);
      assert_model_names (people, officers, G_N_ELEMENTS (officers), desc, "name");
    }

  g_clear_object (&bodies);
  g_clear_object (&people);
  g_clear_object (&store);
  zf_test_remove_db (path);
}

static gboolean
collect_officer_id (ZfOfficer *officer,
                    gpointer   user_data)
{
  g_string_append_printf (user_data, "%" G_GINT64_FORMAT ",", zf_record_get_id (ZF_RECORD (officer)));
  return TRUE;
}

/* The stream's order, from the stored keys, is the collation's. */
static void
assert_stream_order (ZfStore *store,
                     sqlite3 *db)
{
  g_autoptr(GString) streamed = g_string_new (NULL);
  g_autofree char *collated = zf_test_sqlite_text (
    db, "SELECT group_concat (id, ',') || ',' FROM (SELECT o.id FROM body b JOIN officer o "
        "ON o.body_id = b.id ORDER BY b.name COLLATE pinyin, b.id, o.name COLLATE pinyin, o.id)");
  g_autoptr(GError) error = NULL;

  g_assert_true (zf_store_foreach_officer (store, NULL, 0, -1, collect_officer_id, streamed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (streamed->str, ==, collated);
}

static gint64
stale_keys (sqlite3 *db)
{
  return zf_test_sqlite_int (db, "SELECT (SELECT count (*) FROM body WHERE name_key IS NOT "
                                 "pinyin_key (name)) + (SELECT count (*) FROM officer WHERE "
                                 "name_key IS NOT pinyin_key (name))");
}

/* @sql looks rows up in indexes: it scans no table nor whole index but
 * the partial ones of unkeyed rows (the check made at every start, which
 * must not grow with the register). */
static void
assert_no_scan (sqlite3    *db,
                const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *detail = (const char *) sqlite3_column_text (stmt, 3);

      g_test_message ("plan: %s", detail);
      /* A partial index of the rows without a key holds none of them. */
      if (g_str_has_prefix (detail, "SCAN ") && strcmp (detail, "SCAN CONSTANT ROW") != 0)
        g_assert_nonnull (strstr (detail, "_unkeyed"));
    }
  sqlite3_finalize (stmt);
}

/* Names keep their sort key whoever writes them, the audit leaves the key
 * out, and keys of another ICU version are made again at open. */
static void
test_stored_keys (void)
{
  g_autofree char *path = zf_test_db_path ("collation-keys");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  sqlite3 *db;
  gint64 body_id = 0, audit_rows;

  g_assert_no_error (error);
  for (guint i = G_N_ELEMENTS (places); i-- > 0;)
    {
      g_autofree char *name = g_strconcat (places[i], "司法局", NULL);
      body_id = zf_test_add_body (store, name, i + 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (officers); i++)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autofree char *id_number = zf_test_id_number (i + 1, i % 2 == 0);

      g_object_set (officer, "name", officers[i], "id-number", id_number,
                    "body-id", body_id - (gint64) (i % 3), NULL);
      g_assert_true (zf_store_save_officer (store, officer, &error));
      g_assert_no_error (error);
    }

  db = zf_test_sqlite_open (path);
  g_assert_cmpint (stale_keys (db), ==, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer WHERE name_key IS NULL"), ==, 0);
  assert_stream_order (store, db);
  assert_no_scan (zf_store_get_db (store), zf_store_name_keys_state_sql);

  /* Another writer, which knows no pinyin_key (): a row without its key,
   * names changed behind the store, a key dropped. Its commit is seen by
   * the store, which keys them. */
  zf_test_sqlite_exec (db, "INSERT INTO body (name) VALUES ('澳门特别行政区司法局')");
  zf_test_sqlite_exec (db, "INSERT INTO officer (name, id_number, body_id) SELECT '阿某', "
                           "'110101199003070011', max (id) FROM body");
  zf_test_sqlite_exec (db, "UPDATE officer SET name = '张某' WHERE name = '安某'");
  zf_test_sqlite_exec (db, "UPDATE body SET name = '郑州市司法局' WHERE name = '北京市司法局'");
  audit_rows = zf_test_sqlite_int (db, "SELECT count (*) FROM audit_log");
  zf_test_sqlite_exec (db, "UPDATE officer SET name_key = NULL WHERE name = '浙某'");
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer WHERE name_key IS NULL"), ==, 3);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM body WHERE name_key IS NULL"), ==, 2);
  g_assert_true (zf_store_poll_external_changes (store));
  g_assert_cmpint (stale_keys (db), ==, 0);
  /* Keys are no change of a record: the audit has only the renames. */
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM audit_log"), ==, audit_rows);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM audit_log WHERE "
                                           "instr (coalesce (old, '') || coalesce (new, ''), "
                                           "'name_key') > 0"), ==, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM audit_log WHERE tbl = 'officer' "
                                           "AND action = 'update' AND json_extract (new, '$.name') = '张某'"), ==, 1);
  assert_stream_order (store, db);

  /* A new ICU: every key of another version, as the setting says. */
  zf_test_sqlite_exec (db, "UPDATE officer SET name_key = x'01'; UPDATE body SET name_key = x'01';"
                           "UPDATE setting SET value = '0.0.0.0' WHERE key = 'pinyin_key_version'");
  g_assert_cmpint (stale_keys (db), >, 0);
  g_clear_object (&store);
  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stale_keys (db), ==, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM setting WHERE key = "
                                           "'pinyin_key_version' AND value = pinyin_key_version ()"), ==, 1);
  assert_stream_order (store, db);

  sqlite3_close (db);
  g_clear_object (&store);
  zf_test_remove_db (path);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collation/compare", test_compare);
  g_test_add_func ("/collation/sql", test_sql);
  g_test_add_func ("/collation/lists", test_lists);
  g_test_add_func ("/collation/stored-keys", test_stored_keys);

  return g_test_run ();
}
