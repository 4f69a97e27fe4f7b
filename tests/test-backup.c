/* Backups and restore: every table survives the round trip, files stay
 * private, retention keeps the newest, and a bad file is never restored. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "zf-backup.h"
#include "zf-body.h"
#include "zf-error.h"
#include "zf-migrations.h"
#include "zf-store-bodies.h"
#include "zf-store-private.h"
#include "zf-store-startup.h"
#include "zf-test-util.h"
#include "zf-validate.h"

typedef struct
{
  char    *dir;
  char    *path;
  ZfStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zhifa-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "zhifa.db", NULL);
  f->store = zf_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_body (ZfStore    *store,
          const char *name,
          guint       serial)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();
  char code[19];

  g_snprintf (code, sizeof code, "11420703MB%07u", serial);
  code[17] = zf_credit_code_check_char (code);
  code[18] = '\0';
  g_object_set (body, "name", name, "credit-code", code, "has-legal-section", TRUE,
                "legal-staff-count", (gint64) 2, NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  return zf_record_get_id (ZF_RECORD (body));
}

/* Every row of every table, as text, in a stable order. */
static char *
dump_tables (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1",
                                              sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (out, "[%s]\n", sqlite3_column_text (tables, 0));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            g_string_append_printf (out, "%s|", sqlite3_column_text (rows, c)
                                    ? (const char *) sqlite3_column_text (rows, c) : "∅");
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
assert_private (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_backup_restore_round_trip (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "usb", "copy.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *in_backup = NULL;
  gint64 id;

  id = add_body (f->store, "鄂州市华容区市场监督管理局", 1);
  add_body (f->store, "𠀀字测试局", 2);
  g_assert_true (zf_store_change_body_status (f->store, id, "confirmed", "2023-03-21",
                                              "华司发〔2023〕1号", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (zf_backup_to_file (f->store, backup, &error));
  g_assert_no_error (error);
  assert_private (backup);
  g_assert_true (zf_backup_verify (backup, &error));
  g_assert_no_error (error);

  /* The backup holds every table exactly as the database did. */
  before = dump_tables (f->path);
  in_backup = dump_tables (backup);
  g_assert_cmpstr (before, ==, in_backup);

  /* Change things, then restore: back to the backed-up state. */
  add_body (f->store, "后来新增的单位", 3);
  g_assert_true (zf_store_delete_body (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 2);

  safety = zf_backup_restore (f->store, backup, &error);
  g_assert_no_error (error);
  g_assert_nonnull (safety);
  assert_private (safety);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 2);

  after = dump_tables (f->path);
  g_assert_cmpstr (before, ==, after);

  /* The safety copy holds what was replaced: the body added afterwards. */
  {
    g_autofree char *replaced = dump_tables (safety);
    g_assert_nonnull (strstr (replaced, "后来新增的单位"));
    g_assert_null (strstr (after, "后来新增的单位"));
  }
}

static void
test_restore_refuses_bad_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *junk = g_build_filename (f->dir, "junk.db", NULL);
  g_autofree char *result = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_body (f->store, "保留的单位", 4);
  before = dump_tables (f->path);
  g_assert_true (g_file_set_contents (junk, "this is not a database at all, just text "
                                      "that a careless user picked", -1, NULL));

  result = zf_backup_restore (f->store, junk, &error);
  g_assert_null (result);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);

  after = dump_tables (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_restore_refuses_newer_schema (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *result = NULL;
  sqlite3 *db = NULL;

  g_assert_true (zf_backup_to_file (f->store, newer, &error));
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  result = zf_backup_restore (f->store, newer, &error);
  g_assert_null (result);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_SCHEMA_TOO_NEW);
}

static void
test_daily_once_and_retention (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = zf_backup_dir_for (f->path);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *latest = NULL;
  GStatBuf st;

  /* Older daily backups from earlier days. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint day = 1; day <= 5; day++)
    {
      g_autofree char *name = g_strdup_printf ("zhifa-2020-01-0%u.db", day);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct utimbuf times;

      g_assert_true (zf_backup_to_file (f->store, path, &error));
      times.actime = times.modtime = 1577836800 + day * 86400;
      g_utime (path, &times);
    }

  first = zf_backup_daily (f->store, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  assert_private (first);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* The second start of the same day makes no new backup. */
  second = zf_backup_daily (f->store, 3, &error);
  g_assert_no_error (error);
  g_assert_null (second);

  list = zf_backup_list (f->path);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (list->pdata[0], ==, first);
  g_assert_true (g_str_has_suffix (list->pdata[1], "zhifa-2020-01-05.db"));
  g_assert_true (g_str_has_suffix (list->pdata[2], "zhifa-2020-01-04.db"));

  latest = zf_backup_latest_good (f->path);
  g_assert_cmpstr (latest, ==, first);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* zf_store_check_at_start_async() to its end: (checked, backup written). */
static gboolean
check_at_start (ZfStore  *store,
                char    **daily,
                GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) backup_error = NULL;
  gboolean ok;

  zf_store_check_at_start_async (store, NULL, on_checked, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ok = zf_store_check_at_start_finish (store, result, daily, &backup_error, error);
  g_assert_no_error (backup_error);
  return ok;
}

/* A store that waits for its check, or was opened to read, refuses to
 * save, saying that nothing was saved. */
static void
assert_save_refused (ZfStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();
  char code[19];

  g_snprintf (code, sizeof code, "11420703MB%07u", 2);
  code[17] = zf_credit_code_check_char (code);
  code[18] = '\0';
  g_object_set (body, "name", "华容区水利局", "credit-code", code, NULL);
  g_assert_false (zf_store_save_body (store, body, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_BUSY);
  g_test_message ("%s", error->message);
}

/* The window's start: the file is open before its check, refusing writes
 * with a message that says why, and writable once the check has passed;
 * the day's backup comes after the check. */
static void
test_window_start_checks_later (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *daily = NULL;

  add_body (f->store, "华容区交通运输局", 1);
  g_clear_object (&f->store);

  store = zf_store_open_for_window (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (zf_store_is_check_pending (store));
  assert_save_refused (store);
  backups = zf_backup_list (f->path);
  g_assert_cmpuint (backups->len, ==, 0);

  g_assert_true (check_at_start (store, &daily, &error));
  g_assert_no_error (error);
  g_assert_false (zf_store_is_check_pending (store));
  g_assert_nonnull (daily);
  g_assert_true (g_file_test (daily, G_FILE_TEST_IS_REGULAR));
  add_body (store, "华容区水利局", 3);
}

/* 300 bodies, then one leaf page of them overwritten: opening never reads
 * it, the check and a read of every body do (the middle of the file might
 * hold the schema, read at open). The store is closed. */
static void
damage_bodies (Fixture *f)
{
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("华容区第%u执法局", i);
      add_body (f->store, name, i + 1);
    }
  g_clear_object (&f->store);
  {
    sqlite3 *db = zf_test_sqlite_open (f->path);
    gint64 page = zf_test_sqlite_int (db, "SELECT max (pageno) FROM dbstat "
                                          "WHERE name = 'body' AND pagetype = 'leaf'");
    FILE *file;
    char junk[4096];

    zf_test_sqlite_exec (db, "PRAGMA wal_checkpoint (TRUNCATE)");
    sqlite3_close (db);
    g_assert_cmpint (page, >, 1);
    file = fopen (f->path, "r+b");
    g_assert_nonnull (file);
    memset (junk, 0xff, sizeof junk);
    fseek (file, (page - 1) * 4096, SEEK_SET);
    g_assert_cmpuint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
    fclose (file);
  }
}

/* Not a byte of the file changed since it read @before, and nothing
 * was backed up. */
static void
assert_untouched (Fixture    *f,
                  const char *before,
                  gsize       before_len)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *after = NULL;
  gsize after_len;

  g_assert_true (g_file_get_contents (f->path, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, before, before_len);
  backups = zf_backup_list (f->path);
  g_assert_cmpuint (backups->len, ==, 0);
}

/* A damaged file opened for the window is found by the check, and neither
 * the wait nor closing the store changes a byte of it. */
static void
test_window_start_damaged (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autofree char *before = NULL;
  gsize before_len;

  damage_bodies (f);
  g_assert_true (g_file_get_contents (f->path, &before, &before_len, NULL));

  store = zf_store_open_for_window (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (zf_store_is_check_pending (store));
  g_assert_false (check_at_start (store, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DAMAGED);
  g_assert_true (zf_store_is_check_pending (store));
  g_clear_object (&store);

  assert_untouched (f, before, before_len);
}

/* An older register is copied as it is before the upgrade, and kept;
 * one at the current schema is not copied again. */
static void
test_copy_before_upgrade (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) backup_error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  const char *copy = NULL;
  sqlite3 *db;

  /* Written as version 3 was: today's store writes columns it lacked. */
  store = zf_store_open_at_version (old_path, 3, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  db = zf_test_sqlite_open (old_path);
  zf_test_sqlite_exec (db, "INSERT INTO body (name) VALUES ('华容区交通运输局')");
  sqlite3_close (db);

  store = zf_store_open_at_start (old_path, NULL, &backup_error, &error);
  g_assert_no_error (error);
  g_assert_no_error (backup_error);
  g_assert_cmpint (zf_store_count_bodies (store), ==, 1);
  g_clear_object (&store);

  backups = zf_backup_list (old_path);
  for (guint i = 0; i < backups->len; i++)
    if (strstr (backups->pdata[i], "before-upgrade-") != NULL)
      copy = backups->pdata[i];
  g_assert_nonnull (copy);
  db = zf_test_sqlite_open (copy);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body"), ==, 1);
  sqlite3_close (db);
  db = zf_test_sqlite_open (old_path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, ZF_SCHEMA_VERSION);
  sqlite3_close (db);

  /* Upgraded now: the next start copies nothing more than the day's. */
  store = zf_store_open_at_start (old_path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = zf_backup_list (old_path);
  {
    guint n_copies = 0;
    for (guint i = 0; i < backups->len; i++)
      if (strstr (backups->pdata[i], "before-upgrade-") != NULL)
        n_copies++;
    g_assert_cmpuint (n_copies, ==, 1);
  }
}

static gboolean
count_body (ZfBody   *body,
            gpointer  user_data)
{
  (*(guint *) user_data)++;
  return TRUE;
}

/* An export's open: the file is read as it is, writes are refused, and
 * neither a check nor a backup runs, so not a byte of it changes. */
static void
test_open_to_read (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autofree char *before = NULL;
  gsize before_len;
  guint n = 0;

  add_body (f->store, "华容区交通运输局", 1);
  add_body (f->store, "华容区水利局", 2);
  g_clear_object (&f->store);
  g_assert_true (g_file_get_contents (f->path, &before, &before_len, NULL));

  store = zf_store_try_open_to_read (f->path);
  g_assert_nonnull (store);
  g_assert_true (zf_store_foreach_body (store, FALSE, count_body, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (zf_store_count_bodies (store), ==, 2);
  assert_save_refused (store);
  g_clear_object (&store);

  assert_untouched (f, before, before_len);
}

/* What must be migrated, created or checked first is not opened to read. */
static void
test_open_to_read_needs_start (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "none.db", NULL);
  g_autoptr(ZfStore) store = NULL;
  sqlite3 *db;

  g_assert_null (zf_store_try_open_to_read (missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_clear_object (&f->store);
  db = zf_test_sqlite_open (f->path);
  zf_test_sqlite_exec (db, "PRAGMA user_version = 1");
  sqlite3_close (db);
  g_assert_null (zf_store_try_open_to_read (f->path));
}

/* Damage the check would have found is met by the read, and said so. */
static void
test_open_to_read_damaged (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  guint n = 0;

  damage_bodies (f);
  store = zf_store_try_open_to_read (f->path);
  g_assert_nonnull (store);
  g_assert_false (zf_store_foreach_body (store, FALSE, count_body, &n, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DAMAGED);
  g_test_message ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup/round-trip", test_backup_restore_round_trip);
  ADD ("/backup/refuses-bad-file", test_restore_refuses_bad_file);
  ADD ("/backup/refuses-newer-schema", test_restore_refuses_newer_schema);
  ADD ("/backup/daily-retention", test_daily_once_and_retention);
  ADD ("/backup/window-start-checks-later", test_window_start_checks_later);
  ADD ("/backup/window-start-damaged", test_window_start_damaged);
  ADD ("/backup/copy-before-upgrade", test_copy_before_upgrade);
  ADD ("/backup/open-to-read", test_open_to_read);
  ADD ("/backup/open-to-read-needs-start", test_open_to_read_needs_start);
  ADD ("/backup/open-to-read-damaged", test_open_to_read_damaged);
#undef ADD

  return g_test_run ();
}
