/* Public exports never carry private data: every public file Zhifa writes
 * from a full demonstration database is searched for every ID number and
 * phone in that database (tests/check-private.py). */
#include "config.h"

#include <glib/gstdio.h>

#include "zf-checklists-export.h"
#include "zf-demo.h"
#include "zf-export-bodies.h"
#include "zf-holder-list.h"
#include "zf-officer-export.h"
#include "zf-store-draws.h"
#include "zf-test-util.h"

static char    *db_path;
static ZfStore *store;

/* Exit status of the checker on @db and @files. */
static int
run_checker (const char *const *files)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("ZF_PYTHON"));
  g_ptr_array_add (argv, (char *) g_getenv ("ZF_CHECK_PRIVATE"));
  g_ptr_array_add (argv, db_path);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) files[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (argv->pdata[0]);
  g_assert_nonnull (argv->pdata[1]);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", out);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* A draw needs an item whose body has inspectors: try the items in turn. */
static gint64
make_draw (void)
{
  sqlite3 *db = zf_test_sqlite_open (db_path);
  gint64 n_items = zf_test_sqlite_int (db, "SELECT count(*) FROM inspection_item");
  gint64 draw_id = 0;

  for (gint64 i = 0; i < n_items && draw_id == 0; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM inspection_item ORDER BY id "
                                              "LIMIT 1 OFFSET %" G_GINT64_FORMAT, i);
      ZfDrawRequest request = { 0 };

      request.item_id = zf_test_sqlite_int (db, sql);
      request.inspection_date = "2024-06-01";
      request.target_count = 5;
      request.per_target = 2;
      request.seed = 42;
      request.doc_number = "测试〔2024〕1号";
      draw_id = zf_store_create_draw (store, &request, NULL);
    }
  sqlite3_close (db);
  g_assert_cmpint (draw_id, >, 0);
  return draw_id;
}

static void
test_public_exports (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *bodies = g_build_filename (dir, "bodies.xlsx", NULL);
  g_autofree char *draw_xlsx = g_build_filename (dir, "draw.xlsx", NULL);
  g_autofree char *draw_pdf = g_build_filename (dir, "draw.pdf", NULL);
  g_autofree char *officers = g_build_filename (dir, "officers-public.xlsx", NULL);
  g_autofree char *holders = g_build_filename (dir, "holders.pdf", NULL);
  g_autoptr(ZfHolderList) holder_list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 draw_id;

  g_assert_true (zf_export_bodies_xlsx (store, bodies, NULL, &error));
  g_assert_no_error (error);
  draw_id = make_draw ();
  g_assert_true (zf_export_draw_xlsx (store, draw_id, draw_xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (zf_export_draw_pdf (store, draw_id, draw_pdf, &error));
  g_assert_no_error (error);

  /* 执法人员公示名单 (R10) and the printable holder list. */
  g_assert_true (zf_officer_export_xlsx (store, officers, NULL, TRUE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  holder_list = zf_holder_list_new (store, NULL, "测试发证机关", "2024-05-01");
  g_assert_true (zf_holder_list_write_pdf (holder_list, holders, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Searching empty lists would prove nothing. */
  g_assert_cmpint (zf_holder_list_get_n_rows (holder_list), >, 50);

  {
    const char *files[] = { bodies, draw_xlsx, draw_pdf, officers, holders, NULL };
    g_assert_cmpint (run_checker (files), ==, 0);
  }
}

/* The check itself can fail: the full officer roster (not public: it has
 * every field) and a text with a phone broken across lines are caught. */
static void
test_checker_finds_leaks (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *roster = g_build_filename (dir, "roster.xlsx", NULL);
  g_autofree char *txt = g_build_filename (dir, "leak.txt", NULL);
  sqlite3 *db = zf_test_sqlite_open (db_path);
  g_autofree char *phone = zf_test_sqlite_text (db, "SELECT phone FROM officer "
                                                    "WHERE phone IS NOT NULL LIMIT 1");
  g_autofree char *spaced = NULL;
  g_autoptr(GError) error = NULL;

  sqlite3_close (db);
  g_assert_nonnull (phone);
  g_assert_true (zf_officer_export_xlsx (store, roster, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    const char *files[] = { roster, NULL };
    g_assert_cmpint (run_checker (files), ==, 1);
  }

  /* Broken across lines, as pdftotext may print it. */
  spaced = g_strdup_printf ("电话 %.*s\n%s\n", 5, phone, phone + 5);
  g_assert_true (g_file_set_contents (txt, spaced, -1, NULL));
  {
    const char *files[] = { txt, NULL };
    g_assert_cmpint (run_checker (files), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  ZfDemoSizes sizes;
  int status;

  g_test_init (&argc, &argv, NULL);

  db_path = zf_test_db_path ("privacy.db");
  store = zf_store_open (db_path, &error);
  g_assert_no_error (error);
  zf_demo_sizes_init (&sizes);
  sizes.bodies = 40;
  sizes.officers = 400;
  sizes.matters = 100;
  sizes.cases = 100;
  sizes.today = "2024-05-01";
  g_assert_true (zf_demo_generate (store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/privacy/public-exports", test_public_exports);
  g_test_add_func ("/privacy/checker-finds-leaks", test_checker_finds_leaks);
  status = g_test_run ();

  g_clear_object (&store);
  g_free (db_path);
  return status;
}
