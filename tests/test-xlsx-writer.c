#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "zf-test-util.h"
#include "zf-xlsx-private.h"
#include "zf-xlsx-reader.h"

/* What a sheet of the file holds, read back through the import's reader. */
static GPtrArray *
read_sheet (ZfXlsxReader *reader,
            const char   *name)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  ZfRow *row;

  g_assert_true (zf_xlsx_reader_select_sheet (reader, name, &error));
  g_assert_no_error (error);
  while ((row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
    g_ptr_array_add (rows, row);
  g_assert_no_error (error);
  return rows;
}

static const ZfXlsxColumn columns[] = {
  { "姓名", ZF_XLSX_TEXT, 0 },
  { "序号", ZF_XLSX_INTEGER, 0 },
};

/* Writes @n data rows (and a totals line when @total) to a sheet that
 * holds @limit rows: title, subtitle, header and limit − 3 data rows. */
static char *
write_table (const char *sheet_name,
             guint       limit,
             guint       n,
             gboolean    total)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-xlsx-XXXXXX", &error);
  char *path = g_build_filename (dir, "table.xlsx", NULL);
  g_autoptr(ZfXlsx) xlsx = zf_xlsx_new (path, &error);

  g_assert_no_error (error);
  if (limit > 0)
    zf_xlsx_set_sheet_row_limit (xlsx, limit);
  g_assert_true (zf_xlsx_begin_sheet (xlsx, sheet_name, "执法人员名册", "制表单位：某县司法局",
                                      columns, G_N_ELEMENTS (columns), &error));
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *name = g_strdup_printf ("人员%u", i);
      zf_xlsx_add_text (xlsx, name);
      zf_xlsx_add_int (xlsx, i);
      g_assert_true (zf_xlsx_end_row (xlsx, &error));
    }
  if (total)
    {
      zf_xlsx_set_row_style (xlsx, ZF_XLSX_ROW_TOTAL);
      zf_xlsx_add_text (xlsx, "合计");
      zf_xlsx_add_int (xlsx, n);
      g_assert_true (zf_xlsx_end_row (xlsx, &error));
    }
  g_assert_true (zf_xlsx_close (xlsx, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_table (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static const char *
cell (GPtrArray *rows,
      guint      row,
      guint      column)
{
  return zf_row_get_text (g_ptr_array_index (rows, row), column);
}

/* A table longer than a sheet goes on on further sheets, each under the
 * title, subtitle and header, every row once and in order, the totals line
 * on the last. */
static void
test_continues_on_next_sheet (void)
{
  g_autofree char *path = write_table ("名册", 10, 20, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfXlsxReader) reader = zf_xlsx_reader_open (path, &error);
  const char *const *names;
  const char *const expected[] = { "名册", "名册 (2)", "名册 (3)" };
  const guint per_sheet[] = { 7, 7, 6 };
  guint next = 1;

  g_assert_no_error (error);
  names = zf_xlsx_reader_get_sheet_names (reader);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 3);
  for (guint s = 0; s < 3; s++)
    {
      g_autoptr(GPtrArray) rows = read_sheet (reader, names[s]);
      guint data = per_sheet[s] + (s == 2 ? 1 : 0);

      g_assert_cmpstr (names[s], ==, expected[s]);
      g_assert_cmpuint (rows->len, ==, 3 + data);
      g_assert_cmpstr (cell (rows, 0, 0), ==, "执法人员名册");
      g_assert_cmpstr (cell (rows, 1, 0), ==, "制表单位：某县司法局");
      g_assert_cmpstr (cell (rows, 2, 0), ==, "姓名");
      g_assert_cmpstr (cell (rows, 2, 1), ==, "序号");
      for (guint r = 0; r < per_sheet[s]; r++, next++)
        {
          g_autofree char *name = g_strdup_printf ("人员%u", next);
          g_autofree char *number = g_strdup_printf ("%u", next);
          g_assert_cmpstr (cell (rows, 3 + r, 0), ==, name);
          g_assert_cmpstr (cell (rows, 3 + r, 1), ==, number);
        }
    }
  g_assert_cmpuint (next, ==, 21);
  {
    g_autoptr(GPtrArray) last = read_sheet (reader, names[2]);
    g_assert_cmpstr (cell (last, last->len - 1, 0), ==, "合计");
    g_assert_cmpstr (cell (last, last->len - 1, 1), ==, "20");
  }
  remove_table (path);
}

/* A table that exactly fills its sheet leaves no empty sheet after it. */
static void
test_exactly_full (void)
{
  g_autofree char *path = write_table ("名册", 10, 7, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfXlsxReader) reader = zf_xlsx_reader_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) zf_xlsx_reader_get_sheet_names (reader)), ==, 1);
  remove_table (path);
}

/* A sheet name at Excel's 31 characters keeps its part number whole. */
static void
test_long_sheet_name (void)
{
  const char *name = "某某省某某市某某县人民政府办公室行政执法人员花名册登记表格汇总";
  g_autofree char *path = write_table (name, 10, 8, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfXlsxReader) reader = zf_xlsx_reader_open (path, &error);
  const char *const *names;

  g_assert_no_error (error);
  names = zf_xlsx_reader_get_sheet_names (reader);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 2);
  g_assert_cmpuint (g_utf8_strlen (names[0], -1), ==, 31);
  g_assert_cmpuint (g_utf8_strlen (names[1], -1), ==, 31);
  g_assert_true (g_str_has_suffix (names[1], " (2)"));
  remove_table (path);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx/writer/continues-on-next-sheet", test_continues_on_next_sheet);
  g_test_add_func ("/xlsx/writer/exactly-full", test_exactly_full);
  g_test_add_func ("/xlsx/writer/long-sheet-name", test_long_sheet_name);
  return g_test_run ();
}
