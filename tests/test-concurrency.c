/* Two programs on one database: zhifa-cli writes while another connection
 * (the app, or a second zhifa-cli) holds the write lock. It waits and then
 * succeeds; when the wait exceeds the busy timeout it says so, translated,
 * and changes nothing; and an open store (the app's window) sees the rows
 * the other program wrote. */
#include "config.h"

#include <glib/gstdio.h>

#include "zf-store-bodies.h"
#include "zf-query-model.h"
#include "zf-test-util.h"

static char *
make_db (const char *name,
         guint       bodies)
{
  char *path = zf_test_db_path (name);
  g_autofree char *count = g_strdup_printf ("%u", bodies);
  const char *argv[] = { g_getenv ("ZHIFA_CLI"), "--database", path, "--quiet", "demo",
                         "--bodies", count, "--officers", "20", "--matters", "10", "--cases",
                         "0", NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return path;
}

static GSubprocess *
start_set_domain (const char *path,
                  const char *language)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GError) error = NULL;
  GSubprocess *proc;

  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  proc = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("ZHIFA_CLI"), "--database",
                                      path, "bodies", "set-domain", "--from", "城市管理",
                                      "--to", "城管", NULL);
  g_assert_no_error (error);
  return proc;
}

static void
test_second_writer_waits (void)
{
  g_autofree char *path = make_db ("waits.db", 40);
  sqlite3 *holder = zf_test_sqlite_open (path);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 moving = zf_test_sqlite_int (holder, "SELECT count(*) FROM body WHERE domain = '城市管理'");
  gint64 started;

  g_assert_cmpint (moving, >, 0);
  /* The app saving a body: its write transaction is open for 2 s. */
  zf_test_sqlite_exec (holder, "BEGIN IMMEDIATE");
  zf_test_sqlite_exec (holder, "UPDATE body SET notes = 'edited in the window' WHERE id = 1");
  started = g_get_monotonic_time ();
  proc = start_set_domain (path, NULL);
  g_usleep (2 * G_USEC_PER_SEC);
  zf_test_sqlite_exec (holder, "COMMIT");

  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_subprocess_get_successful (proc));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 2 * G_USEC_PER_SEC);

  /* Both writes are there. */
  g_assert_cmpint (zf_test_sqlite_int (holder, "SELECT count(*) FROM body WHERE domain = '城管'"),
                   ==, moving);
  g_assert_cmpint (zf_test_sqlite_int (holder, "SELECT count(*) FROM body WHERE notes = "
                                               "'edited in the window'"), ==, 1);
  sqlite3_close (holder);
}

static void
test_busy_is_reported (void)
{
  g_autofree char *path = make_db ("busy.db", 40);
  sqlite3 *holder = zf_test_sqlite_open (path);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  zf_test_sqlite_exec (holder, "BEGIN IMMEDIATE");
  zf_test_sqlite_exec (holder, "UPDATE body SET notes = 'held' WHERE id = 1");
  proc = start_set_domain (path, "zh_CN");
  /* Held past the busy timeout (10 s): the second program gives up. */
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  zf_test_sqlite_exec (holder, "COMMIT");
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_false (g_subprocess_get_successful (proc));
  g_assert_nonnull (strstr (err, "数据库正忙"));
  g_assert_cmpint (zf_test_sqlite_int (holder, "SELECT count(*) FROM body WHERE domain = '城管'"),
                   ==, 0);
  sqlite3_close (holder);
}

static void
on_changed (ZfStore    *store,
            const char *table,
            gint64      row_id,
            gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_open_store_sees_new_rows (void)
{
  g_autofree char *path = make_db ("window.db", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfQueryModel) model = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  guint changes = 0;
  guint before;

  g_assert_no_error (error);
  model = zf_query_model_new (store, zf_body_query_spec ());
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);
  before = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_false (zf_store_poll_external_changes (store));

  /* zhifa-cli imports three bodies while the store is open. */
  csv = g_build_filename (dir, "three.csv", NULL);
  g_assert_true (g_file_set_contents (csv,
    "Name of the body,Unified social credit code,Kind,Level\n"
    "甲执法局,11420703MB0000000K,organ,county\n"
    "乙执法局,11420703MB0000001N,organ,county\n"
    "丙执法局,11420703MB0000002R,organ,county\n", -1, NULL));
  {
    const char *argv[] = { g_getenv ("ZHIFA_CLI"), "--database", path, "--quiet", "import",
                           "bodies", csv, NULL };
    int status = 0;
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  /* What the window does on focus and on its timer. */
  g_assert_true (zf_store_poll_external_changes (store));
  g_assert_cmpuint (changes, ==, 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  zf_query_model_refresh (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, before + 3);
  g_assert_false (zf_store_poll_external_changes (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/concurrency/second-writer-waits", test_second_writer_waits);
  g_test_add_func ("/concurrency/busy-is-reported", test_busy_is_reported);
  g_test_add_func ("/concurrency/open-store-sees-new-rows", test_open_store_sees_new_rows);
  return g_test_run ();
}
