#include "config.h"

#include <locale.h>
#include <string.h>
#include <xlsxwriter.h>

#include "import-fixtures.h"
#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-xlsx-reader.h"

static GPtrArray *
read_all (ZfRowSource  *source,
          GError      **error)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  ZfRow *row;

  while ((row = zf_row_source_next_row (source, error)))
    g_ptr_array_add (rows, row);
  return rows;
}

static ZfCsvReader *
csv_from (const char *data,
          gssize      len,
          const char *encoding)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GError) error = NULL;
  ZfCsvReader *reader;

  in = g_memory_input_stream_new_from_data (g_memdup2 (data, len < 0 ? strlen (data) : (gsize) len),
                                            len < 0 ? (gssize) strlen (data) : len, g_free);
  reader = zf_csv_reader_new (in, encoding, &error);
  g_assert_no_error (error);
  return reader;
}

#define ROW(rows, i) ((ZfRow *) g_ptr_array_index (rows, i))

typedef struct
{
  const char *name;
  const char *data;
  char        separator;
  guint       n_rows;
  guint       check_row;       /* index of the row to check */
  guint       check_number;    /* its record number */
  const char *cells[4];
} CsvCase;

static void
test_csv_parsing (void)
{
  static const CsvCase cases[] = {
    { "plain", "姓名,单位\n张三,某局\n", ',', 2, 1, 2, { "张三", "某局" } },
    { "bom", "\xEF\xBB\xBF姓名,单位\r\n李四,某局\r\n", ',', 2, 0, 1, { "姓名", "单位" } },
    { "quoted comma", "a,b\n\"x,y\",z\n", ',', 2, 1, 2, { "x,y", "z" } },
    { "quoted quote", "a,b\n\"say \"\"hi\"\"\",z\n", ',', 2, 1, 2, { "say \"hi\"", "z" } },
    { "quoted newline", "a,b\n\"line1\nline2\",z\nc,d\n", ',', 3, 2, 3, { "c", "d" } },
    { "quoted newline cell", "a,b\n\"line1\r\nline2\",z\n", ',', 2, 1, 2, { "line1\r\nline2", "z" } },
    { "tab", "a\tb\tc\nx\ty\tz\n", '\t', 2, 1, 2, { "x", "y", "z" } },
    { "semicolon", "a;b;c\n1,5;2;3\n", ';', 2, 1, 2, { "1,5", "2", "3" } },
    { "blank lines keep numbers", "a,b\n\n,\nx,y\n", ',', 2, 1, 4, { "x", "y" } },
    { "no final newline", "a,b\nx,y", ',', 2, 1, 2, { "x", "y" } },
    { "empty fields", "a,b,c\n,,z\n", ',', 2, 1, 2, { "", "", "z" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZfCsvReader) reader = csv_from (cases[i].data, -1, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);
      ZfRow *row;

      g_test_message ("csv case %s", cases[i].name);
      g_assert_no_error (error);
      g_assert_cmpint (zf_csv_reader_get_separator (reader), ==, cases[i].separator);
      g_assert_cmpuint (rows->len, ==, cases[i].n_rows);
      row = ROW (rows, cases[i].check_row);
      g_assert_cmpuint (row->number, ==, cases[i].check_number);
      for (guint c = 0; c < G_N_ELEMENTS (cases[i].cells) && cases[i].cells[c]; c++)
        g_assert_cmpstr (zf_row_get_text (row, c), ==, cases[i].cells[c]);
    }
}

static void
test_csv_encodings (void)
{
  static const char text[] = "姓名,单位,执法证号\n王小明,某县市场监督管理局,42000000001\n";
  g_autofree char *gbk = NULL;
  gsize gbk_len = 0;
  g_autoptr(GError) error = NULL;

  gbk = g_convert (text, -1, "GB18030", "UTF-8", NULL, &gbk_len, &error);
  g_assert_no_error (error);

  /* Detected. */
  {
    g_autoptr(ZfCsvReader) reader = csv_from (gbk, gbk_len, NULL);
    g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (zf_csv_reader_get_encoding (reader), ==, "GB18030");
    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 1), ==, "某县市场监督管理局");
  }
  /* UTF-8 detected. */
  {
    g_autoptr(ZfCsvReader) reader = csv_from (text, -1, NULL);
    g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (zf_csv_reader_get_encoding (reader), ==, "UTF-8");
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 0), ==, "王小明");
  }
  /* Overridden: GBK bytes read as UTF-8 are refused with a hint. */
  {
    g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (gbk, gbk_len, NULL);
    g_autoptr(ZfCsvReader) reader = zf_csv_reader_new (in, "utf-8", &error);

    g_assert_null (reader);
    g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "GBK"));
    g_clear_error (&error);
  }
  /* Overridden to GBK. */
  {
    g_autoptr(ZfCsvReader) reader = csv_from (gbk, gbk_len, "gbk");
    g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 0), ==, "王小明");
  }
  /* Unknown encoding name. */
  {
    g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (text, -1, NULL);
    g_autoptr(ZfCsvReader) reader = zf_csv_reader_new (in, "latin9", &error);

    g_assert_null (reader);
    g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_csv_large_chunks (void)
{
  /* Characters and quoted fields split across the 64 KiB read boundary. */
  g_autoptr(GString) data = g_string_new ("姓名,备注\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *gbk = NULL;
  gsize gbk_len;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (data, "测试人员%u,\"第%u行，含逗号,\"\"引号\"\"\n和换行\"\n", i, i);

  gbk = g_convert (data->str, -1, "GB18030", "UTF-8", NULL, &gbk_len, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(ZfCsvReader) reader = k == 0 ? csv_from (data->str, data->len, NULL)
                                             : csv_from (gbk, gbk_len, NULL);
      g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);
      g_autofree char *expected = g_strdup_printf ("第%u行，含逗号,\"引号\"\n和换行", 4321);

      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, 5001);
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 4322), 1), ==, expected);
      g_assert_cmpuint (ROW (rows, 4322)->number, ==, 4323);
    }
}

static void
test_csv_unterminated (void)
{
  g_autoptr(ZfCsvReader) reader = csv_from ("a,b\n\"open,x\n", -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);

  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
}

/* A workbook as libxlsxwriter (and so Excel) writes it. */
static void
test_xlsx_written (void)
{
  char *dir = NULL;
  g_autoptr(ZfStore) store = fixture_store (&dir);
  g_autofree char *path = fixture_path (dir, "cells.xlsx");
  g_autoptr(ZfXlsxReader) reader = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *first = workbook_add_worksheet (wb, "说明");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "人员名单");
  lxw_format *date = workbook_add_format (wb);
  lxw_format *cn_date = workbook_add_format (wb);
  lxw_format *merged = workbook_add_format (wb);
  lxw_datetime when = { 2023, 3, 21, 0, 0, 0 };
  const char *const *names;

  format_set_num_format (date, "yyyy-mm-dd");
  format_set_num_format (cn_date, "yyyy\"年\"m\"月\"d\"日\"");
  worksheet_write_string (first, 0, 0, "本表为测试数据", NULL);
  worksheet_merge_range (ws, 0, 0, 0, 5, "某县行政执法人员名单", merged);
  worksheet_merge_range (ws, 1, 0, 1, 5, "填报单位：测试", merged);
  worksheet_write_string (ws, 2, 0, "姓名", NULL);
  worksheet_write_string (ws, 2, 1, "人数", NULL);
  worksheet_write_string (ws, 2, 2, "发证日期", NULL);
  worksheet_write_string (ws, 2, 3, "在编", NULL);
  worksheet_write_string (ws, 2, 4, "有效期至", NULL);
  worksheet_write_string (ws, 2, 28, "远列", NULL);
  worksheet_write_string (ws, 3, 0, "赵一一", NULL);
  worksheet_write_number (ws, 3, 1, 3, NULL);
  worksheet_write_datetime (ws, 3, 2, &when, date);
  worksheet_write_boolean (ws, 3, 3, 1, NULL);
  worksheet_write_datetime (ws, 3, 4, &when, cn_date);
  worksheet_write_number (ws, 3, 5, 110105199001011234.0, NULL);
  worksheet_write_string (ws, 3, 28, "AC", NULL);
  worksheet_write_string (ws, 5, 0, "钱二二", NULL);
  worksheet_write_number (ws, 5, 1, 2.5, NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  reader = zf_xlsx_reader_open (path, &error);
  g_assert_no_error (error);
  names = zf_xlsx_reader_get_sheet_names (reader);
  g_assert_cmpstr (names[0], ==, "说明");
  g_assert_cmpstr (names[1], ==, "人员名单");
  g_assert_null (names[2]);
  g_assert_false (zf_row_source_is_date1904 (ZF_ROW_SOURCE (reader)));

  g_assert_false (zf_xlsx_reader_select_sheet (reader, "不存在", &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (zf_xlsx_reader_select_sheet (reader, "人员名单", &error));
  rows = read_all (ZF_ROW_SOURCE (reader), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpuint (ROW (rows, 0)->number, ==, 1);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "某县行政执法人员名单");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 28), ==, "远列");
  g_assert_cmpuint (ROW (rows, 3)->number, ==, 4);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 0), ==, "赵一一");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 1), ==, "3");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 3), 1), ==, ZF_CELL_NUMBER);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 2), ==, "2023-03-21");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 3), 2), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 3), ==, "TRUE");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 4), ==, "2023-03-21");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 3), 5), ==, ZF_CELL_NUMBER);
  g_assert_nonnull (strstr (zf_row_get_text (ROW (rows, 3), 5), "e+17"));
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 28), ==, "AC");
  g_assert_cmpuint (ROW (rows, 4)->number, ==, 6);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 1), ==, "2.5");

  /* The first sheet by default. */
  g_assert_true (zf_xlsx_reader_select_sheet (reader, NULL, &error));
  g_ptr_array_unref (g_steal_pointer (&rows));
  rows = read_all (ZF_ROW_SOURCE (reader), &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "本表为测试数据");

  g_clear_object (&reader);
  g_clear_object (&store);
  g_free (dir);
}

/* What libxlsxwriter does not write: the 1904 system, inline strings,
 * phonetic runs, error cells, cells without references, odd rels paths. */
static void
test_xlsx_hand_made (void)
{
  char *dir = NULL;
  g_autoptr(ZfStore) store = fixture_store (&dir);
  g_autofree char *path = fixture_path (dir, "hand.xlsx");
  g_autofree char *bad = fixture_path (dir, "bad.xlsx");
  g_autoptr(ZfXlsxReader) reader = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const char *const entries[] = {
    "xl/workbook.xml",
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<workbookPr date1904=\"1\"/><sheets><sheet name=\"数据\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>",
    "xl/_rels/workbook.xml.rels",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"/xl/worksheets/data.xml\"/></Relationships>",
    "xl/styles.xml",
    "<styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"200\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"200\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
    "xl/sharedStrings.xml",
    "<sst><si><t>姓名</t></si><si><r><t>张</t></r><r><t xml:space=\"preserve\">三 </t></r>"
    "<rPh sb=\"0\" eb=\"1\"><t>zhang</t></rPh></si></sst>",
    "xl/worksheets/data.xml",
    "<worksheet><sheetData>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>日期</t></is></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" s=\"1\"><v>43544</v></c>"
    "<c r=\"C3\" t=\"e\"><v>#N/A</v></c><c t=\"str\"><v>公式</v></c><c r=\"E3\" s=\"2\"><v>0</v></c></row>"
    "<row r=\"4\"/>"
    "<row><c t=\"s\"><v>99</v></c><c/><c><v>12</v></c></row>"
    "</sheetData></worksheet>",
    NULL
  };

  fixture_write_zip (path, entries);
  reader = zf_xlsx_reader_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (zf_row_source_is_date1904 (ZF_ROW_SOURCE (reader)));
  g_assert_true (zf_xlsx_reader_select_sheet (reader, "数据", &error));
  rows = read_all (ZF_ROW_SOURCE (reader), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (ROW (rows, 0)->number, ==, 2);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 1), ==, "日期");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 0), ==, "张三 ");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 1), ==, "2023-03-21");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 1), 2), ==, ZF_CELL_ERROR);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 3), ==, "公式");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 4), ==, "1904-01-01");
  g_assert_cmpuint (ROW (rows, 2)->number, ==, 5);
  g_assert_cmpint (zf_row_get_type (ROW (rows, 2), 0), ==, ZF_CELL_ERROR);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 1), ==, "12");

  /* Not a workbook at all. */
  g_assert_true (g_file_set_contents (bad, "姓名,单位\n", -1, NULL));
  g_assert_null (zf_xlsx_reader_open (bad, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);

  g_clear_object (&reader);
  g_clear_object (&store);
  g_free (dir);
}

static void
test_xlsx_damaged_sheet (void)
{
  static const char xml[] = "<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c></row><row r=\"2\"><c>";
  const char *const shared[] = { "x", NULL };
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(ZfXlsxReader) reader = zf_xlsx_reader_new_for_sheet_xml (bytes, shared, NULL, 0, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = read_all (ZF_ROW_SOURCE (reader), &error);

  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/parsing", test_csv_parsing);
  g_test_add_func ("/import/csv/encodings", test_csv_encodings);
  g_test_add_func ("/import/csv/large-chunks", test_csv_large_chunks);
  g_test_add_func ("/import/csv/unterminated", test_csv_unterminated);
  g_test_add_func ("/import/xlsx/written", test_xlsx_written);
  g_test_add_func ("/import/xlsx/hand-made", test_xlsx_hand_made);
  g_test_add_func ("/import/xlsx/damaged-sheet", test_xlsx_damaged_sheet);
  return g_test_run ();
}
