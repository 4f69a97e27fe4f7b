/* Public exports never carry private data: every public file Zhifa writes
 * from a full demonstration database is searched for every ID number and
 * phone in that database (tests/check-private.py). */
#include "config.h"

#include <glib/gstdio.h>

#include "zf-checklists-export.h"
#include "zf-demo.h"
#include "zf-export-bodies.h"
#include "zf-store-checklists.h"
#include "zf-table.h"
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
  g_autoptr(GError) error = NULL;
  gint64 draw_id;

  g_assert_true (zf_export_bodies_xlsx (store, bodies, NULL, &error));
  g_assert_no_error (error);
  draw_id = make_draw ();
  g_assert_true (zf_export_draw_xlsx (store, draw_id, draw_xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (zf_export_draw_pdf (store, draw_id, draw_pdf, &error));
  g_assert_no_error (error);

  {
    const char *files[] = { bodies, draw_xlsx, draw_pdf, NULL };
    g_assert_cmpint (run_checker (files), ==, 0);
  }
}

/* The check itself can fail: a sheet and a text file holding an officer's
 * ID number and phone are caught. */
static void
test_checker_finds_leaks (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *xlsx = g_build_filename (dir, "leak.xlsx", NULL);
  g_autofree char *txt = g_build_filename (dir, "leak.txt", NULL);
  sqlite3 *db = zf_test_sqlite_open (db_path);
  g_autofree char *id = zf_test_sqlite_text (db, "SELECT id_number FROM officer "
                                                 "WHERE id_number IS NOT NULL LIMIT 1");
  g_autofree char *phone = zf_test_sqlite_text (db, "SELECT phone FROM officer "
                                                    "WHERE phone IS NOT NULL LIMIT 1");
  const char *headers[] = { "A", "B", NULL };
  g_autoptr(ZfTable) table = zf_table_new ("leak", headers);
  GPtrArray *row = zf_table_add_row (table);
  g_autofree char *spaced = NULL;
  g_autoptr(GError) error = NULL;

  sqlite3_close (db);
  g_assert_nonnull (id);
  g_assert_nonnull (phone);
  zf_table_row_add (row, "x");
  zf_table_row_add (row, id);
  g_assert_true (zf_export_tables_xlsx ((ZfTable *const *) &table, 1, xlsx, &error));
  g_assert_no_error (error);
  {
    const char *files[] = { xlsx, NULL };
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
