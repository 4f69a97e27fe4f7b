#include "config.h"

#include <locale.h>
#include <xlsxwriter.h>

#include "import-fixtures.h"
#include "zf-body.h"
#include "zf-import.h"
#include "zf-store-bodies.h"
#include "zf-validate.h"

/* 100,000 officers with certificates from one .xlsx: written in constant
 * memory mode (inline strings, as large exports are), then read, planned
 * and committed. Prints the time of each phase; run with `meson test
 * --benchmark`, never in the timed suite. */
#define N_ROWS bench_rows ()

static guint
bench_rows (void)
{
  const char *env = g_getenv ("ZHIFA_BENCH_ROWS");

  return env ? (guint) g_ascii_strtoull (env, NULL, 10) : 100000;
}

static void
write_workbook (const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  static const char *const header[] = { "姓名", "身份证号码", "单位", "执法证号", "发证日期", "有效期至" };

  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    worksheet_write_string (ws, 0, c, header[c], NULL);
  for (guint r = 1; r <= N_ROWS; r++)
    {
      g_autofree char *name = fixture_person_name (r);
      g_autofree char *id = NULL;
      char first17[18], number[16];

      GDate birth;

      /* Unique ID numbers: a birth date per row, the sequence per 15,000. */
      g_date_set_dmy (&birth, 1, 1, 1960);
      g_date_add_days (&birth, r % 15000);
      g_snprintf (first17, sizeof first17, "420703%04u%02u%02u%03u",
                  g_date_get_year (&birth), g_date_get_month (&birth),
                  g_date_get_day (&birth), r / 15000);
      id = g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
      g_snprintf (number, sizeof number, "42%09u", r);
      worksheet_write_string (ws, r, 0, name, NULL);
      worksheet_write_string (ws, r, 1, id, NULL);
      worksheet_write_string (ws, r, 2, "测试县市场监督管理局", NULL);
      worksheet_write_string (ws, r, 3, number, NULL);
      worksheet_write_string (ws, r, 4, "2023-03-21", NULL);
      worksheet_write_string (ws, r, 5, "2028-03-20", NULL);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

int
main (int   argc,
      char *argv[])
{
  char *dir = NULL;
  g_autoptr(ZfStore) store = fixture_store (&dir);
  g_autofree char *path = fixture_path (dir, "officers-100k.xlsx");
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfRowSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  setlocale (LC_ALL, "C.UTF-8");
  g_object_set (body, "name", "测试县市场监督管理局", NULL);
  g_assert_true (zf_store_save_body (store, body, &error));

  write_workbook (path);
  g_print ("write %u rows: %.2f s\n", N_ROWS, g_timer_elapsed (timer, NULL));

  g_timer_start (timer);
  source = zf_import_open_source (path, NULL, NULL, &error);
  g_assert_no_error (error);
  import = zf_import_new (store, zf_import_register_lookup ("officers"));
  g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
  g_print ("read: %.2f s\n", g_timer_elapsed (timer, NULL));

  g_timer_start (timer);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_print ("plan: %.2f s (new %u, errors %u)\n", g_timer_elapsed (timer, NULL),
           zf_import_count (import, ZF_IMPORT_ROW_NEW), zf_import_count (import, ZF_IMPORT_ROW_ERROR));
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, N_ROWS);

  g_timer_start (timer);
  g_assert_true (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_print ("commit: %.2f s\n", g_timer_elapsed (timer, NULL));

  g_clear_object (&import);
  g_clear_object (&source);
  g_clear_object (&store);
  g_free (dir);
  return 0;
}
