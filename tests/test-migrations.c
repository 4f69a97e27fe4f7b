#define G_LOG_DOMAIN "test-migrations"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "zf-error.h"
#include "zf-migrations.h"
#include "zf-store.h"
#include "zf-store-private.h"
#include "zf-test-util.h"

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_upgrade_keeps_data (void)
{
  g_autofree char *path = zf_test_db_path ("v1.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) old = NULL;
  g_autoptr(ZfStore) store = NULL;
  sqlite3 *db;

  old = zf_store_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (old);
  g_clear_object (&old);

  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master "
                                           "WHERE name = 'import_mapping'"), ==, 0);
  zf_test_sqlite_exec (db, "INSERT INTO body (name, credit_code, kind, level) VALUES "
                           "('鄂州市市场监督管理局', '91350100M000100Y43', 'organ', 'city')");
  zf_test_sqlite_exec (db, "UPDATE setting SET value = '60' WHERE key = 'training_hours_min'");
  sqlite3_close (db);

  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, ZF_SCHEMA_VERSION);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body WHERE "
                                           "name = '鄂州市市场监督管理局' AND "
                                           "credit_code = '91350100M000100Y43'"), ==, 1);
  g_assert_cmpint (zf_store_get_setting_int (store, "training_hours_min", 0), ==, 60);
  /* The v2 table exists, is usable and audited like every other. */
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master "
                                           "WHERE type = 'table' AND name = 'import_mapping'"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master WHERE "
                                           "type = 'trigger' AND name LIKE 'audit_import_mapping_%'"),
                   ==, 3);
  zf_test_sqlite_exec (db, "INSERT INTO import_mapping (register, name, mapping) "
                           "VALUES ('body', '县司法局', '{}')");
  sqlite3_close (db);
  g_clear_object (&store);

  /* Opening again at the current version changes nothing. */
  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM import_mapping"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body"), ==, 1);
  sqlite3_close (db);
}

/* A new file at schema version 3, open in a plain connection to be
 * filled as a Zhifa of that version would have. */
static sqlite3 *
open_at_version_3 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) old = zf_store_open_at_version (path, 3, &error);

  g_assert_no_error (error);
  g_clear_object (&old);
  return zf_test_sqlite_open (path);
}

/* Version 4 rebuilds officer, certificate and officer_event (their CHECKs
 * without IN lists): every row keeps its id and uuid, the rows that refer
 * to them still do, and the rebuilt tables refuse, cascade and audit as
 * before. */
static void
test_upgrade_v3_officers (void)
{
  g_autofree char *path = zf_test_db_path ("v3.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  sqlite3 *db;

  db = open_at_version_3 (path);
  zf_test_sqlite_exec (db, "INSERT INTO body (id, name, kind, level) VALUES (7, '县局', 'organ', 'county')");
  zf_test_sqlite_exec (db, "INSERT INTO officer (id, uuid, name, id_number, sex, body_id, staffing, "
                           "pending_rules) VALUES (11, 'u-officer', '赵一', '420703199001011234', "
                           "'male', 7, 'institution', 'R2')");
  zf_test_sqlite_exec (db, "INSERT INTO certificate (id, uuid, officer_id, number, status) "
                           "VALUES (21, 'u-card', 11, '42070300011', 'valid')");
  zf_test_sqlite_exec (db, "INSERT INTO officer_event (id, uuid, officer_id, certificate_id, kind, "
                           "date, grade) VALUES (31, 'u-event', 11, 21, 'assessment', '2023-03-21', "
                           "'competent')");
  zf_test_sqlite_exec (db, "INSERT INTO officer_event (id, uuid, officer_id, certificate_id, kind, "
                           "date, doc_number) VALUES (32, 'u-issued', 11, 21, 'issued', '2021-05-06', "
                           "'鄂政执〔2021〕3号')");
  zf_test_sqlite_exec (db, "INSERT INTO officer_event (id, uuid, officer_id, kind, date, hours) "
                           "VALUES (33, 'u-trained', 11, 'training', '2022-04-01', 12), "
                           "(34, 'u-trained-2', 11, 'training', '2023-04-01', 8.5), "
                           "(35, 'u-trained-3', 11, 'training', '2023-09-01', 16)");
  zf_test_sqlite_exec (db, "INSERT INTO case_file (id, body_id, number, category) "
                           "VALUES (41, 7, '案-1', 'penalty')");
  zf_test_sqlite_exec (db, "INSERT INTO case_officer (case_id, officer_id) VALUES (41, 11)");
  sqlite3_close (db);

  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);

  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, ZF_SCHEMA_VERSION);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer WHERE id = 11 AND "
                                           "uuid = 'u-officer' AND staffing = 'institution' AND "
                                           "pending_rules = 'R2' AND body_id = 7"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM certificate WHERE id = 21 AND "
                                           "uuid = 'u-card' AND officer_id = 11"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer_event WHERE id = 31 AND "
                                           "uuid = 'u-event' AND certificate_id = 21 AND "
                                           "grade = 'competent'"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM case_officer WHERE officer_id = 11"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                           "AND name IN ('officer', 'certificate', 'officer_event') "
                                           "AND sql NOT LIKE '% IN (%'"), ==, 3);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name IN ('officer', 'certificate', 'officer_event') "
                                           "AND sql IS NOT NULL"), ==, 10 + 2);   /* unkeyed names, status events */
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                           "AND tbl_name IN ('officer', 'certificate', 'officer_event')"),
                   ==, 9 + 8 + 3 + 3 + 1);   /* the audit's three each, the summaries' (their card,
                                               * events and status event; whether the events
                                               * are plain), a renamed officer's key */
  /* A case file's matter finds its transfers by index, not by a temporary
   * one built for every matter. */
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = 'matter_transfer' AND name IN "
                                           "('matter_transfer_matter', 'matter_transfer_new_matter')"),
                   ==, 2);
  /* The summaries start from the register as it was. */
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer_summary WHERE officer_id = 11 "
                                           "AND certificate_id = 21 AND last_grade = 'competent' "
                                           "AND training_year = 2023 AND training_hours = 24.5 "
                                           "AND status_date = '2021-05-06' "
                                           "AND status_document = '鄂政执〔2021〕3号'"), ==, 1);
  /* An issue without an application is replayed from the events. */
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer_summary WHERE officer_id = 11 "
                                           "AND events_plain = 0 AND applied_date IS NULL "
                                           "AND issued_date = '2021-05-06' "
                                           "AND last_event_date = '2023-09-01'"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA foreign_keys"), ==, 1);
  /* The same codes refused. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO officer_event (officer_id, kind, date) "
                                     "VALUES (11, 'holiday', '2023-03-21')", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE certificate SET status = 'lost' WHERE id = 21",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE officer SET staffing = 'volunteer' WHERE id = 11",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE officer_event SET grade = 'good' WHERE id = 31",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  zf_test_sqlite_exec (db, "UPDATE officer_event SET grade = NULL WHERE id = 31");
  /* Still the parent of its cards and events. */
  zf_test_sqlite_exec (db, "DELETE FROM case_officer");
  zf_test_sqlite_exec (db, "DELETE FROM officer WHERE id = 11");
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM certificate"), ==, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer_event"), ==, 0);
  sqlite3_close (db);
}

/* A rebuild runs with foreign keys off: a row pointing nowhere (written
 * by another program with them off) stops the upgrade, which leaves the
 * file at its version, rather than being carried over. */
static void
test_upgrade_refuses_broken_reference (void)
{
  g_autofree char *path = zf_test_db_path ("v3-orphan.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  sqlite3 *db;

  db = open_at_version_3 (path);
  zf_test_sqlite_exec (db, "PRAGMA foreign_keys = OFF");
  zf_test_sqlite_exec (db, "INSERT INTO certificate (id, uuid, officer_id, number, status) "
                           "VALUES (21, 'u-card', 404, '42070300011', 'valid')");
  sqlite3_close (db);

  store = zf_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "certificate"));

  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM certificate WHERE id = 21"), ==, 1);
  sqlite3_close (db);
}

/* Version 6 normalizes stored certificate numbers as the import compares
 * them; two cards that would collide are left as they are. */
static void
test_upgrade_v5_certificate_numbers (void)
{
  g_autofree char *path = zf_test_db_path ("v5-numbers.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) old = zf_store_open_at_version (path, 5, &error);
  g_autoptr(ZfStore) store = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&old);
  db = zf_test_sqlite_open (path);
  zf_test_sqlite_exec (db, "INSERT INTO body (id, name, kind, level) VALUES (7, '县局', 'organ', 'county')");
  zf_test_sqlite_exec (db, "INSERT INTO officer (id, name, body_id) VALUES (11, '赵一', 7), "
                           "(12, '钱二', 7), (13, '孙三', 7), (14, '李四', 7)");
  zf_test_sqlite_exec (db, "INSERT INTO certificate (id, officer_id, number, status) VALUES "
                           "(21, 11, '''4209 0066 0007', 'valid'), "
                           "(22, 12, '=\"４２０９００６６０００８\"', 'valid'), "
                           "(23, 13, 'ea' || char (160) || '0012' || char (8203), 'valid'), "
                           /* 420900660009 twice: two people, for a person to decide */
                           "(24, 14, '420900660009', 'valid'), (25, 13, '4209 0066 0009', 'valid')");
  sqlite3_close (db);

  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, ZF_SCHEMA_VERSION);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM certificate WHERE "
                                           "(id = 21 AND number = '420900660007') OR "
                                           "(id = 22 AND number = '420900660008') OR "
                                           "(id = 23 AND number = 'EA0012') OR "
                                           "(id = 24 AND number = '420900660009') OR "
                                           "(id = 25 AND number = '4209 0066 0009')"), ==, 5);
  sqlite3_close (db);
}

/* Version 7 repairs inspection items whose 抽查比例 and 抽查频次 were
 * swapped: a ratio in words moves to the frequency, a number in the
 * frequency to the ratio; words in both stay. */
static void
test_upgrade_v6_inspection_ratio (void)
{
  g_autofree char *path = zf_test_db_path ("v6-items.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) old = zf_store_open_at_version (path, 6, &error);
  g_autoptr(ZfStore) store = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&old);
  db = zf_test_sqlite_open (path);
  zf_test_sqlite_exec (db, "INSERT INTO body (id, name, kind, level) VALUES (7, '县局', 'organ', 'county')");
  zf_test_sqlite_exec (db, "INSERT INTO inspection_item (id, body_id, item, ratio, frequency) VALUES "
                           "(1, 7, '甲', '每年一次', '30.0'), "
                           "(2, 7, '乙', '每年一次', NULL), "
                           "(3, 7, '丙', '30%', '每年一次'), "
                           "(4, 7, '丁', 25.0, '每半年一次'), "
                           "(5, 7, '戊', '每季度一次', '每年一次'), "
                           "(6, 7, '己', NULL, '15')");
  sqlite3_close (db);

  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, ZF_SCHEMA_VERSION);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM inspection_item WHERE "
                                           "(id = 1 AND ratio = 30 AND frequency = '每年一次') OR "
                                           "(id = 2 AND ratio IS NULL AND frequency = '每年一次') OR "
                                           "(id = 3 AND ratio = 30 AND frequency = '每年一次') OR "
                                           "(id = 4 AND ratio = 25 AND frequency = '每半年一次') OR "
                                           "(id = 5 AND ratio = '每季度一次' AND frequency = '每年一次') OR "
                                           "(id = 6 AND ratio = 15 AND frequency IS NULL)"), ==, 6);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM inspection_item "
                                           "WHERE typeof (ratio) = 'real'"), ==, 4);
  sqlite3_close (db);
}

static void
test_newer_schema_refused (void)
{
  g_autofree char *path = zf_test_db_path ("newer.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gsize before_len, after_len;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", ZF_SCHEMA_VERSION + 1);
  sqlite3 *db;

  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* As a newer Zhifa would leave it: back in rollback-journal mode, so the
   * whole database is the one file compared below. */
  db = zf_test_sqlite_open (path);
  zf_test_sqlite_exec (db, "PRAGMA journal_mode = DELETE");
  zf_test_sqlite_exec (db, sql);
  sqlite3_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  store = zf_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_SCHEMA_TOO_NEW);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));

  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_private_files (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "private", "sub", "zhifa.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autofree char *parent = g_path_get_dirname (path);
  mode_t old_umask = umask (0022);

  store = zf_store_open (path, &error);
  umask (old_umask);
  g_assert_no_error (error);

  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (file_mode (parent), ==, 0700);

  g_assert_true (zf_store_set_setting (store, "backup_keep", "7", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (shm), ==, 0600);
}

static void
test_pragmas_and_identity (void)
{
  g_autofree char *path = zf_test_db_path ("pragmas.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(GRegex) uuid_v4 = g_regex_new ("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                           "[0-9a-f]{12}$", 0, 0, NULL);
  g_autofree char *mode = NULL;
  sqlite3_stmt *tables = NULL;
  sqlite3 *db;
  guint n_tables = 0;

  g_assert_no_error (error);
  db = zf_test_sqlite_open (path);
  mode = zf_test_sqlite_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  /* foreign_keys is per connection: the store's own is checked by a write
   * it must refuse; this connection turned it on itself. */
  zf_test_sqlite_exec (db, "INSERT INTO body (name) VALUES ('鄂城区司法局')");

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                     "SELECT name FROM sqlite_master WHERE type = 'table' "
                     "AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *has_uuid = g_strdup_printf (
        "SELECT count(*) FROM pragma_table_info ('%s') WHERE name = 'uuid'", table);

      /* Link tables (a pair of ids), the settings, the audit log itself
       * and the officers' summaries (derived from events, rebuilt by
       * triggers) have no identity of their own. */
      if (g_str_equal (table, "setting") || g_str_equal (table, "audit_log") ||
          g_str_equal (table, "case_officer") || g_str_equal (table, "sampling_case") ||
          g_str_equal (table, "officer_summary") || g_str_equal (table, "officer_training_year"))
        continue;
      g_test_message ("table %s", table);
      g_assert_cmpint (zf_test_sqlite_int (db, has_uuid), ==, 1);
      n_tables++;
    }
  sqlite3_finalize (tables);
  g_assert_cmpuint (n_tables, >=, 30);

  /* Filled by SQLite itself, v4, distinct. */
  for (guint i = 0; i < 200; i++)
    zf_test_sqlite_exec (db, "INSERT INTO law (title, level) VALUES ('中华人民共和国行政处罚法', 'law')");
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT uuid FROM law UNION ALL SELECT uuid FROM body",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_assert_true (g_regex_match (uuid_v4, (const char *) sqlite3_column_text (stmt, 0), 0, NULL));
    sqlite3_finalize (stmt);
  }
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(DISTINCT uuid) FROM law"), ==, 200);
  sqlite3_close (db);
}

static void
test_store_foreign_keys_on (void)
{
  g_autofree char *path = zf_test_db_path ("fk.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;

  g_assert_no_error (error);

  /* The store's own connection enforces foreign keys. */
  g_assert_cmpint (sqlite3_prepare_v2 (zf_store_get_db (store), "PRAGMA foreign_keys", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  /* A row written behind the store's back with foreign keys off, pointing
   * at a body that does not exist, is named by the integrity check. */
  g_assert_true (zf_store_check_integrity (store, TRUE, problems, &error));
  db = zf_test_sqlite_open (path);
  zf_test_sqlite_exec (db, "PRAGMA foreign_keys = OFF");
  zf_test_sqlite_exec (db, "INSERT INTO officer (name, body_id) VALUES ('张三', 999)");
  sqlite3_close (db);

  g_assert_false (zf_store_check_integrity (store, TRUE, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (problems->pdata[0], "officer"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/upgrade-keeps-data", test_upgrade_keeps_data);
  g_test_add_func ("/migrations/upgrade-v3-officers", test_upgrade_v3_officers);
  g_test_add_func ("/migrations/refuses-broken-reference", test_upgrade_refuses_broken_reference);
  g_test_add_func ("/migrations/upgrade-v5-certificate-numbers", test_upgrade_v5_certificate_numbers);
  g_test_add_func ("/migrations/upgrade-v6-inspection-ratio", test_upgrade_v6_inspection_ratio);
  g_test_add_func ("/migrations/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/migrations/private-files", test_private_files);
  g_test_add_func ("/migrations/pragmas-and-identity", test_pragmas_and_identity);
  g_test_add_func ("/migrations/foreign-keys", test_store_foreign_keys_on);

  return g_test_run ();
}
