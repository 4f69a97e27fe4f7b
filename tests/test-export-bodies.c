#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include <string.h>

#include "zf-error.h"
#include "zf-export-bodies.h"
#include "zf-store-bodies.h"
#include "zf-validate.h"
#include "zf-xlsx.h"

/* A body with a valid synthetic credit code derived from @serial. */
static gint64
add_body (ZfStore    *store,
          const char *name,
          guint       serial,
          const char *kind,
          gint64      parent_id,
          const char *final_status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();
  char code[19];
  gint64 id;

  g_snprintf (code, sizeof code, "11420703%09u", serial);
  code[17] = zf_credit_code_check_char (code);
  code[18] = '\0';

  g_object_set (body,
                "name", name,
                "credit-code", code,
                "kind", kind,
                "level", "county",
                "region-code", "420703",
                "domain", "市场监管",
                "parent-id", parent_id,
                "address", "湖北省鄂州市华容区华容大道1号",
                "contact", "联系人甲",
                "phone", "13900000001",
                NULL);
  if (g_strcmp0 (kind, "authorized") == 0)
    g_object_set (body, "legal-basis", "《中华人民共和国食品安全法》第六条", NULL);
  if (g_strcmp0 (kind, "entrusted") == 0)
    g_object_set (body, "letter-number", "华容委〔2023〕1号",
                  "letter-start", "2023-01-01", "letter-end", "2099-12-31", NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  id = zf_record_get_id (ZF_RECORD (body));

  if (g_strcmp0 (final_status, "pending") != 0)
    {
      g_assert_true (zf_store_change_body_status (store, id, "confirmed", "2023-02-01",
                                                  "华容政〔2023〕2号", NULL, &error));
      g_assert_no_error (error);
    }
  if (g_strcmp0 (final_status, "published") == 0)
    {
      g_assert_true (zf_store_change_body_status (store, id, "published", "2023-03-21",
                                                  "华容政〔2023〕3号", NULL, &error));
      g_assert_no_error (error);
    }
  return id;
}

static void
test_export_published_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-export-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "bodies.xlsx", NULL);
  g_autoptr(ZfStore) store = NULL;
  const char *checker = g_getenv ("ZF_CHECK_XLSX");
  const char *python = g_getenv ("ZF_PYTHON");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  gint64 organ;

  g_assert_no_error (error);
  store = zf_store_open (db, &error);
  g_assert_no_error (error);

  organ = add_body (store, "鄂州市华容区市场监督管理局", 1, "organ", 0, "published");
  add_body (store, "鄂州市华容区综合行政执法局", 2, "organ", 0, "published");
  add_body (store, "鄂州市华容区食品药品检验所", 3, "authorized", 0, "published");
  add_body (store, "华容镇市场监管服务中心", 4, "entrusted", organ, "published");
  add_body (store, "鄂州市华容区未公布机构", 5, "organ", 0, "confirmed");
  add_body (store, "鄂州市华容区待确认机构", 6, "organ", 0, "pending");

  g_assert_true (zf_export_bodies_xlsx (store, xlsx, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  g_assert_nonnull (checker);
  g_assert_nonnull (python);
  {
    const char *argv[] = { python, checker, "bodies", xlsx, NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("checker: %s%s", out, err);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_unlink (xlsx);
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);
    g_clear_object (&store);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

static void
test_export_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-export-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "no-such-folder", "bodies.xlsx", NULL);
  g_autoptr(ZfStore) store = zf_store_open (db, &error);

  g_assert_no_error (error);
  g_assert_false (zf_export_bodies_xlsx (store, xlsx, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_IO);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
}

static void
test_export_cancelled_keeps_old_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-export-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "bodies.xlsx", NULL);
  g_autoptr(ZfStore) store = zf_store_open (db, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  add_body (store, "鄂州市华容区市场监督管理局", 1, "organ", 0, "published");
  g_assert_true (g_file_set_contents (xlsx, "old", -1, &error));

  g_cancellable_cancel (cancellable);
  g_assert_false (zf_export_bodies_xlsx (store, xlsx, cancellable, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_CANCELLED);

  g_assert_true (g_file_get_contents (xlsx, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  /* No partial file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, <=, 4);   /* t.db, -wal, -shm, bodies.xlsx */
  {
    const char *name;
    g_dir_rewind (listing);
    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_null (strstr (name, "partial"));
  }
}

typedef struct
{
  const char *text;
  guint       width;
} WidthCase;

static void
test_display_width (void)
{
  static const WidthCase cases[] = {
    { "", 0 },
    { "abc", 3 },
    { "执法", 4 },
    { "Ａ１", 4 },            /* full-width forms */
    { "《行政处罚法》第1条", 19 },
    { "420703", 6 },
  };

  g_assert_cmpuint (zf_xlsx_display_width (NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (zf_xlsx_display_width (cases[i].text), ==, cases[i].width);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/bodies/published-only", test_export_published_only);
  g_test_add_func ("/export/bodies/missing-folder", test_export_missing_folder);
  g_test_add_func ("/export/bodies/cancelled", test_export_cancelled_keeps_old_file);
  g_test_add_func ("/export/xlsx/display-width", test_display_width);

  return g_test_run ();
}
