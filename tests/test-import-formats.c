#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <string.h>
#include <xlsxwriter.h>

#include "import-fixtures.h"
#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-import.h"
#include "zf-import-format.h"
#include "zf-test-util.h"
#include "zf-xls-reader.h"

/* What county offices send besides .xlsx and CSV: legacy and OpenDocument
 * workbooks, Excel's "Unicode Text", and files that are no spreadsheet at
 * all, which must be named for what they are. */

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

#define ROW(rows, i) ((ZfRow *) g_ptr_array_index (rows, i))

static gint64
db_int (Fixture    *f,
        const char *sql)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (f->store));
  gint64 v = zf_test_sqlite_int (db, sql);

  sqlite3_close (db);
  return v;
}

static ZfImport *
read_file (Fixture     *f,
           const char  *path,
           const char  *sheet,
           GHashTable  *saved,
           GError     **error)
{
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, sheet, NULL, error);
  g_autoptr(ZfImport) import = NULL;

  if (source == NULL)
    return NULL;
  import = zf_import_new (f->store, zf_import_register_lookup ("officers"));
  zf_import_set_file_name (import, path);
  if (!zf_import_read (import, source, saved, NULL, error))
    return NULL;
  return g_steal_pointer (&import);
}

static ZfImport *
plan_officers (Fixture    *f,
               const char *path,
               GHashTable *saved)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfImport) import = read_file (f, path, NULL, saved, &error);

  g_assert_no_error (error);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&import);
}

static void
commit (ZfImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static const char *
mapped_header (ZfImport   *import,
               const char *field)
{
  const ZfImportRegister *reg = zf_import_get_register (import);
  int col = zf_import_get_mapping (import, zf_import_register_field_index (reg, field));

  return col < 0 ? NULL : zf_row_get_text (zf_import_get_header (import), col);
}

static void
add_bodies (Fixture *f)
{
  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  zf_test_add_body (f->store, "测试县交通运输局", 2);
}

static char *
test_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "import-files", name, NULL);
}

static char *
write_bytes (Fixture    *f,
             const char *name,
             const void *data,
             gssize      len)
{
  char *path = fixture_path (f->dir, name);

  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

/* A compound file (the container of .xls, .doc and encrypted workbooks)
 * whose directory holds @names after the root entry. */
static char *
write_compound (Fixture           *f,
                const char        *file_name,
                const char *const *names)
{
  g_autofree guint8 *data = g_malloc0 (2048);
  static const guint8 magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  const char *all[8] = { "Root Entry" };
  guint n = 1;

  memcpy (data, magic, sizeof magic);
  for (guint i = 0; names[i] && n < G_N_ELEMENTS (all); i++)
    all[n++] = names[i];
  for (guint i = 0; i < n; i++)
    {
      guint8 *e = data + 512 + 128 * i;
      glong len = 0;
      g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (all[i], -1, NULL, &len, NULL);

      for (glong k = 0; k < len; k++)
        {
          e[2 * k] = utf16[k] & 0xFF;
          e[2 * k + 1] = utf16[k] >> 8;
        }
      e[0x40] = (len + 1) * 2;
      e[0x42] = i == 0 ? 5 : 2;
    }
  return write_bytes (f, file_name, data, 2048);
}

/* Opens @path as the import does and returns its error message. */
static char *
open_error (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);

  g_assert_null (source);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  return g_strdup (error->message);
}

static void
assert_names (const char *message,
              const char *what,
              const char *todo)
{
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, what));
  g_assert_nonnull (strstr (message, todo));
  /* Never sent round in a circle to the encoding choice. */
  g_assert_null (strstr (message, "UTF-8"));
  g_assert_null (strstr (message, "GBK"));
}

static void
test_not_spreadsheets (Fixture       *f,
                       gconstpointer  data)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
  static const guint8 jpeg[] = { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
  const char *const docx[] = {
    "[Content_Types].xml", "<Types/>",
    "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
    NULL
  };
  const char *const odt[] = {
    "mimetype", "application/vnd.oasis.opendocument.text",
    "content.xml", "<office:document-content/>",
    NULL
  };
  const char *const zip[] = { "名单/执法人员.xlsx", "PK", NULL };
  const char *const encrypted[] = { "EncryptionInfo", "EncryptedPackage", "\x06" "DataSpaces", NULL };
  const char *const doc[] = { "WordDocument", "1Table", NULL };
  const char *const wps[] = { "WpsContent", NULL };
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

#define CHECK(make, what, todo) \
  G_STMT_START { \
    g_free (path); \
    g_free (message); \
    path = (make); \
    message = open_error (path); \
    assert_names (message, what, todo); \
  } G_STMT_END

  path = fixture_path (f->dir, "人员名单.docx");
  fixture_write_zip (path, docx);
  message = open_error (path);
  assert_names (message, ".docx", ".xlsx");

  /* The content decides, not the name: a Word file named .xlsx. */
  g_free (path);
  g_free (message);
  path = fixture_path (f->dir, "人员名单.xlsx");
  fixture_write_zip (path, docx);
  message = open_error (path);
  assert_names (message, "Word", ".xlsx");

  g_free (path);
  g_free (message);
  path = fixture_path (f->dir, "名单.odt");
  fixture_write_zip (path, odt);
  message = open_error (path);
  assert_names (message, ".odt", ".xlsx");

  g_free (path);
  g_free (message);
  path = fixture_path (f->dir, "名单.zip");
  fixture_write_zip (path, zip);
  message = open_error (path);
  assert_names (message, "zip", "Unpack");

  CHECK (write_compound (f, "加密.xlsx", encrypted), "password", "remove the password");
  CHECK (write_compound (f, "加密.xls", encrypted), "password", "remove the password");
  CHECK (write_compound (f, "人员.doc", doc), "Word", ".xlsx");
  CHECK (write_compound (f, "人员.et", wps), "WPS", ".xlsx");
  CHECK (write_bytes (f, "扫描件.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", 20), "PDF", "Excel file");
  CHECK (write_bytes (f, "照片.png", png, sizeof png), "image", "Excel file");
  CHECK (write_bytes (f, "照片.xls", jpeg, sizeof jpeg), "image", "Excel file");
  CHECK (write_bytes (f, "导出.xls",
                      "\xEF\xBB\xBF<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n"
                      "<body><table><tr><td>姓名</td></tr></table></body></html>", -1),
         "web page", ".xlsx");
  CHECK (write_bytes (f, "导出2003.xml",
                      "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">",
                      -1),
         "2003 XML", ".xlsx");
  CHECK (write_bytes (f, "数据.bin", "\x01\x02\x00\x00\x03", 5), "neither", ".xlsx");
#undef CHECK
}

/* Excel's "Unicode 文本" (Unicode Text): UTF-16LE with a byte order mark,
 * tab-separated, CRLF; and the same big-endian, as other tools write it. */
static void
test_utf16_text (Fixture       *f,
                 gconstpointer  data)
{
  static const char text[] =
    "某县执法人员名单\r\n"
    "姓名\t身份证号码\t单位\t执法证号\r\n"
    "赵一一\t110105198506150011\t测试县市场监督管理局\t42070300001\r\n"
    "\"钱二二\"\t11010519900101002X\t测试县市场监督管理局\t\r\n";
  const char *const encodings[] = { "UTF-16LE", "UTF-16BE" };

  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *body = NULL;
      g_autofree char *bytes = NULL;
      g_autofree char *path = NULL;
      g_autoptr(ZfRowSource) source = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      gsize len = 0;
      ZfImportFormat format;

      body = g_convert (text, -1, encodings[e], "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      bytes = g_malloc (len + 2);
      memcpy (bytes, e == 0 ? "\xFF\xFE" : "\xFE\xFF", 2);
      memcpy (bytes + 2, body, len);
      path = write_bytes (f, e == 0 ? "名单.txt" : "名单.csv", bytes, len + 2);

      g_assert_true (zf_import_sniff_format (path, &format, &error));
      g_assert_cmpint (format, ==, ZF_IMPORT_FORMAT_TEXT);
      source = zf_import_open_source (path, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (zf_csv_reader_get_encoding (ZF_CSV_READER (source)), ==, encodings[e]);
      g_assert_cmpint (zf_csv_reader_get_separator (ZF_CSV_READER (source)), ==, '\t');
      rows = read_all (source, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, 4);
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "某县执法人员名单");
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 3), ==, "执法证号");
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 1), ==, "110105198506150011");
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 0), ==, "钱二二");
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 2), ==, "测试县市场监督管理局");
      g_assert_cmpuint (ROW (rows, 3)->number, ==, 4);

      /* Asking for GBK does not turn a file that says it is UTF-16 into
       * mojibake. */
      g_clear_object (&source);
      source = zf_import_open_source (path, NULL, "gbk", &error);
      g_assert_no_error (error);
      g_clear_pointer (&rows, g_ptr_array_unref);
      rows = read_all (source, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 0), ==, "赵一一");
    }
}

/* A county roster as offices lay it out: a merged title, a notes row, a
 * group header (身份信息, 执法证信息) merged over its sub-headers, 性别
 * and 所在单位 merged down over both header rows, a blank column between. */
static void
write_grouped_roster (const char *path,
                      gboolean    three_rows)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "花名册");
  lxw_format *date = workbook_add_format (wb);
  guint top = three_rows ? 3 : 2;   /* the first header row */
  guint sub = three_rows ? 5 : 3;   /* the sub-header row */
  lxw_datetime day = { 2023, 3, 21, 0, 0, 0 };
  lxw_datetime until = { 2028, 3, 20, 0, 0, 0 };

  format_set_num_format (date, "yyyy-mm-dd");
  worksheet_merge_range (ws, 0, 0, 0, 10, "测试县行政执法人员信息汇总表", NULL);
  worksheet_merge_range (ws, 1, 0, 1, 10, "填报单位（盖章）：          填报时间：2023年12月", NULL);
  if (three_rows)
    {
      /* 人员基本情况 over 身份信息 over 姓名 / 身份证号. */
      worksheet_merge_range (ws, 2, 1, 2, 4, "人员基本情况", NULL);
      worksheet_merge_range (ws, 2, 6, 2, 9, "持证情况", NULL);
    }
  worksheet_merge_range (ws, top, 0, sub, 0, "序号", NULL);
  worksheet_merge_range (ws, sub - 1, 1, sub - 1, 2, "身份信息", NULL);
  worksheet_write_string (ws, sub, 1, "姓名", NULL);
  worksheet_write_string (ws, sub, 2, "身份证号", NULL);
  worksheet_merge_range (ws, sub - 1, 3, sub, 3, "性别", NULL);
  worksheet_merge_range (ws, sub - 1, 4, sub, 4, "所在单位", NULL);
  worksheet_merge_range (ws, sub - 1, 6, sub - 1, 9, "执法证信息", NULL);
  worksheet_write_string (ws, sub, 6, "执法证号", NULL);
  worksheet_write_string (ws, sub, 7, "发证机关", NULL);
  worksheet_write_string (ws, sub, 8, "发证日期", NULL);
  worksheet_write_string (ws, sub, 9, "有效期至", NULL);
  worksheet_merge_range (ws, sub - 1, 10, sub, 10, "备注", NULL);

  for (guint i = 0; i < 12; i++)
    {
      guint r = sub + 1 + i;
      g_autofree char *name = fixture_person_name (i);
      g_autofree char *id = zf_test_id_number (100 + i, i % 2 == 0);
      g_autofree char *number = g_strdup_printf ("4209220%04u", i + 1);

      worksheet_write_number (ws, r, 0, i + 1, NULL);
      worksheet_write_string (ws, r, 1, name, NULL);
      worksheet_write_string (ws, r, 2, id, NULL);
      worksheet_write_string (ws, r, 3, i % 2 == 0 ? "男" : "女", NULL);
      worksheet_write_string (ws, r, 4, i < 8 ? "测试县市场监督管理局" : "测试县交通运输局", NULL);
      worksheet_write_string (ws, r, 6, number, NULL);
      worksheet_write_string (ws, r, 7, "测试县人民政府", NULL);
      worksheet_write_datetime (ws, r, 8, &day, date);
      worksheet_write_datetime (ws, r, 9, &until, date);
    }
  worksheet_write_string (ws, sub + 13, 0, "合计", NULL);
  worksheet_write_string (ws, sub + 13, 1, "12人", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
test_grouped_header (Fixture       *f,
                     gconstpointer  data)
{
  gboolean three_rows = GPOINTER_TO_INT (data);
  g_autofree char *path = fixture_path (f->dir, "花名册.xlsx");
  g_autoptr(ZfImport) import = NULL;

  add_bodies (f);
  write_grouped_roster (path, three_rows);
  import = plan_officers (f, path, NULL);

  g_assert_cmpstr (mapped_header (import, "name"), ==, "姓名");
  g_assert_cmpstr (mapped_header (import, "id_number"), ==, "身份证号");
  g_assert_cmpstr (mapped_header (import, "sex"), ==, "性别");
  g_assert_cmpstr (mapped_header (import, "body_name"), ==, "所在单位");
  g_assert_cmpstr (mapped_header (import, "certificate_number"), ==, "执法证号");
  g_assert_cmpstr (mapped_header (import, "issuing_authority"), ==, "发证机关");
  g_assert_cmpstr (mapped_header (import, "issue_date"), ==, "发证日期");
  g_assert_cmpstr (mapped_header (import, "valid_until"), ==, "有效期至");
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, 12);
  g_assert_cmpuint (zf_import_get_row (import, 0)->excel_row, ==, three_rows ? 7 : 5);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 12);
  commit (import);

  /* Every officer with their card, not 12 officers with none. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 12);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE issue_date = '2023-03-21' "
                              "AND valid_until = '2028-03-20' AND issuing_authority = '测试县人民政府'"), ==, 12);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                              "WHERE b.name = '测试县交通运输局'"), ==, 4);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE sex = 'female'"), ==, 6);
}

/* A group header that is half of the name: 身份证 over 号码, 执法证 over
 * 号码 / 有效期. Each sub-header alone names nothing or the wrong thing. */
static void
test_group_joined (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "joined.csv");
  g_autofree char *id = zf_test_id_number (7, TRUE);
  g_autofree char *text = g_strdup_printf (
    "姓名,单位,身份证,执法证,\n"
    ",,号码,号码,有效期\n"
    "赵一一,测试县市场监督管理局,%s,42092200001,2028-03-20\n", id);
  g_autoptr(ZfImport) import = NULL;

  add_bodies (f);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = plan_officers (f, path, NULL);
  g_assert_cmpstr (mapped_header (import, "id_number"), ==, "身份证号码");
  g_assert_cmpstr (mapped_header (import, "certificate_number"), ==, "执法证号码");
  g_assert_cmpstr (mapped_header (import, "valid_until"), ==, "有效期");
  g_assert_cmpstr (mapped_header (import, "name"), ==, "姓名");
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, 1);
}

/* A title that is itself a header's name (执法人员), merged over the table
 * right above its header: the 工号 column under it is no name column. */
static void
test_title_over_header (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "title.xlsx");
  g_autofree char *id = zf_test_id_number (9, TRUE);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "名单");
  g_autoptr(ZfImport) import = NULL;

  add_bodies (f);
  worksheet_merge_range (ws, 0, 0, 0, 4, "执法人员", NULL);
  worksheet_write_string (ws, 1, 0, "工号", NULL);
  worksheet_write_string (ws, 1, 1, "姓名", NULL);
  worksheet_write_string (ws, 1, 2, "身份证号", NULL);
  worksheet_write_string (ws, 1, 3, "单位", NULL);
  worksheet_write_string (ws, 1, 4, "职务", NULL);
  worksheet_write_string (ws, 2, 0, "A0017", NULL);
  worksheet_write_string (ws, 2, 1, "赵一一", NULL);
  worksheet_write_string (ws, 2, 2, id, NULL);
  worksheet_write_string (ws, 2, 3, "测试县市场监督管理局", NULL);
  worksheet_write_string (ws, 2, 4, "科员", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  import = plan_officers (f, path, NULL);
  g_assert_cmpstr (mapped_header (import, "name"), ==, "姓名");
  g_assert_cmpint (zf_import_get_mapping (import, zf_import_register_field_index (
                     zf_import_get_register (import), "name")), ==, 1);
  g_assert_cmpstr (zf_import_get_row (import, 0)->name, ==, "赵一一");
}

/* An explicit mapping: a column it names is used even under a group
 * header, and a header the sheet lacks stops the import with its name. */
static void
test_mapping_strict (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "花名册.xlsx");
  g_autoptr(GHashTable) saved = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GError) error = NULL;

  add_bodies (f);
  write_grouped_roster (path, FALSE);
  g_hash_table_insert (saved, "name", "姓名");
  g_hash_table_insert (saved, "body_name", "所在单位");
  g_hash_table_insert (saved, "certificate_number", "执法证号");
  g_hash_table_insert (saved, "valid_until", "有效期至");
  import = plan_officers (f, path, saved);
  g_assert_cmpstr (mapped_header (import, "certificate_number"), ==, "执法证号");
  g_assert_cmpstr (mapped_header (import, "body_name"), ==, "所在单位");
  g_assert_null (mapped_header (import, "issue_date"));
  g_clear_object (&import);

  g_hash_table_insert (saved, "issue_date", "领证时间");
  g_hash_table_insert (saved, "phone", "手机号码");
  import = read_file (f, path, NULL, saved, &error);
  g_assert_null (import);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "领证时间"));
  g_assert_nonnull (strstr (error->message, "手机号码"));
}

/* Excel 97–2003 and OpenDocument, converted by LibreOffice from the same
 * county roster (tests/import-files/make-legacy-fixtures.py): the values,
 * types and row numbers Excel shows, and the officers stored. */
static void
test_legacy_roster (Fixture       *f,
                    gconstpointer  data)
{
  const char *name = data;
  g_autofree char *path = test_file (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ZfImport) import = NULL;
  const char *const *sheets;
  ZfImportFormat format;

  g_assert_no_error (error);
  g_assert_true (zf_import_sniff_format (path, &format, &error));
  g_assert_cmpint (format, ==, g_str_has_suffix (name, ".xls") ? ZF_IMPORT_FORMAT_XLS : ZF_IMPORT_FORMAT_ODS);
  sheets = zf_row_source_get_sheet_names (source);
  g_assert_nonnull (sheets);
  g_assert_cmpstr (sheets[0], ==, "执法人员");
  g_assert_cmpstr (sheets[1], ==, "填表说明");
  g_assert_null (sheets[2]);

  rows = read_all (source, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 8);
  g_assert_cmpuint (ROW (rows, 0)->number, ==, 1);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "某县行政执法人员信息表");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 1), ==, "身份信息");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 6), ==, "执法证号");
  g_assert_cmpuint (ROW (rows, 4)->number, ==, 5);
  g_assert_cmpint (zf_row_get_type (ROW (rows, 4), 0), ==, ZF_CELL_NUMBER);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 0), ==, "1");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 1), ==, "赵一一");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 4), 2), ==, ZF_CELL_TEXT);
  g_assert_cmpuint (strlen (zf_row_get_text (ROW (rows, 4), 2)), ==, 18);
  g_assert_cmpint (zf_row_get_type (ROW (rows, 4), 8), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 8), ==, "2023-03-21");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 9), ==, "2028-03-20");
  /* 出生年月: a date cell shown as yyyy.mm is a year and month. */
  g_assert_cmpint (zf_row_get_type (ROW (rows, 4), 11), ==, ZF_CELL_YEAR_MONTH);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 11), ==, "1985-06-01");
  /* A certificate number typed as a number: all its digits. */
  g_assert_cmpint (zf_row_get_type (ROW (rows, 5), 6), ==, ZF_CELL_NUMBER);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 5), 6), ==, "42092200002");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 7), 0), ==, "合计");
  /* Formula cells give the result Excel stored: a serial number, a joined
   * text, a validity computed from the issue date (a date cell). */
  g_assert_cmpint (zf_row_get_type (ROW (rows, 6), 0), ==, ZF_CELL_NUMBER);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 6), 0), ==, "3");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 5), 7), ==, "测试县人民政府");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 6), 9), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 6), 9), ==, "2027-01-09");

  /* The other sheet. */
  g_assert_true (zf_row_source_select_sheet (source, "填表说明", &error));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = read_all (source, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "填表说明");
  g_assert_false (zf_row_source_select_sheet (source, "没有", &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Imported whole, two-row header and all. */
  add_bodies (f);
  import = plan_officers (f, path, NULL);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 3);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_ERROR), ==, 0);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number = '42092200002' "
                              "AND issue_date = '2021-07-01' AND valid_until = '2026-06-30'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '钱二二' AND sex = 'female' "
                              "AND birth_date = '1990-01-01'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number = '42092200003' "
                              "AND valid_until = '2027-01-09'"), ==, 1);
  /* Born 1978-11-30 by the ID number, 1978.11 by the 出生年月 column. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '孙三三' "
                              "AND birth_date = '1978-11-30'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate "
                              "WHERE issuing_authority = '测试县人民政府'"), ==, 3);
}

/* A workbook as Excel 5.0/95 saved it (BIFF5 in a "Book" stream, text in
 * code page 936; tests/import-files/make-biff5-fixture.py): Chinese sheet
 * names and text, the stored results of a number, a text and a date
 * formula, a hidden row and a hidden sheet, and the officers stored. */
static void
test_excel95 (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = test_file ("county-excel95.xls");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autofree guint8 *copy = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *message = NULL;
  const char *const *sheets;
  const guint8 *raw;
  gsize len;
  guint patched = 0;

  g_assert_no_error (error);
  sheets = zf_row_source_get_sheet_names (source);
  g_assert_cmpstr (sheets[0], ==, "执法人员");
  g_assert_cmpstr (sheets[1], ==, "填表说明");
  g_assert_cmpstr (sheets[2], ==, "数据字典");
  g_assert_null (sheets[3]);
  g_assert_false (zf_row_source_is_sheet_hidden (source, 0));
  g_assert_true (zf_row_source_is_sheet_hidden (source, 2));

  rows = read_all (source, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "某县行政执法人员信息表（Excel 95）");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 6), ==, "发证机关");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 1), ==, "赵一一");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 4), ==, "测试县市场监督管理局");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 2), 7), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 7), ==, "2023-03-21");
  /* A date in a 年月日 format whose text is in code page 936. */
  g_assert_cmpint (zf_row_get_type (ROW (rows, 2), 8), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), 8), ==, "2028-03-20");
  /* The formulas' stored results: a number, a text, a date. */
  g_assert_cmpint (zf_row_get_type (ROW (rows, 4), 0), ==, ZF_CELL_NUMBER);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 0), ==, "3");
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 3), 6), ==, "测试县人民政府");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 4), 8), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 4), 8), ==, "2027-01-09");
  /* Excel row 5 is hidden. */
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (ROW (rows, i)->hidden, ==, ROW (rows, i)->number == 5);

  add_bodies (f);
  import = plan_officers (f, path, NULL);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 3);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_ERROR), ==, 0);
  g_assert_cmpuint (zf_import_count_hidden (import), ==, 1);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate "
                              "WHERE issuing_authority = '测试县人民政府'"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate c JOIN officer o ON o.id = c.officer_id "
                              "WHERE o.name = '孙三三' AND c.number = '42092295003' "
                              "AND c.issue_date = '2022-01-10' AND c.valid_until = '2027-01-09' "
                              "AND o.body_id = (SELECT id FROM body WHERE name = '测试县交通运输局')"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '钱二二' AND sex = 'female' "
                              "AND birth_date = '1990-01-01'"), ==, 1);

  /* A formula's text that is not in the workbook's code page: refused,
   * never read as an empty cell. */
  g_assert_true (g_file_get_contents (path, (char **) &copy, &len, NULL));
  raw = copy;
  for (gsize i = 0; i + 6 < len; i++)
    if (raw[i] == 0x07 && raw[i + 1] == 0x02 && raw[i + 2] == 16 && raw[i + 3] == 0 &&
        raw[i + 4] == 14 && raw[i + 5] == 0)
      {
        copy[i + 6] = 0xFF;
        copy[i + 7] = 0xFF;
        patched++;
      }
  g_assert_cmpuint (patched, ==, 1);
  bad = write_bytes (f, "旧名单.xls", copy, len);
  message = open_error (bad);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, "旧名单.xls"));
  g_assert_nonnull (strstr (message, "Excel 95"));
}

static int
run_cli (Fixture     *f,
         char       **out,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ZHIFA_CLI");
  int status = -1;
  va_list ap;

  g_assert_nonnull (cli);
  envp = g_environ_setenv (envp, "ZHIFA_DB", zf_store_get_path (f->store), TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, "import");
  va_start (ap, first);
  for (const char *s = first; s; s = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) s);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, out, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
write_unit_sheet (lxw_worksheet *ws,
                  const char    *unit,
                  guint          first,
                  guint          n,
                  gboolean       reordered)
{
  g_autofree char *title = g_strconcat (unit, "行政执法人员名单", NULL);

  worksheet_merge_range (ws, 0, 0, 0, 5, title, NULL);
  worksheet_write_string (ws, 1, 0, "序号", NULL);
  worksheet_write_string (ws, 1, reordered ? 3 : 1, "姓名", NULL);
  worksheet_write_string (ws, 1, reordered ? 1 : 2, "身份证号码", NULL);
  worksheet_write_string (ws, 1, reordered ? 2 : 3, "执法证号", NULL);
  worksheet_write_string (ws, 1, 4, "发证日期", NULL);
  worksheet_write_string (ws, 1, 5, "有效期至", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = fixture_person_name (first + i);
      g_autofree char *id = zf_test_id_number (200 + first + i, i % 2 == 0);
      g_autofree char *number = g_strdup_printf ("4209229%04u", first + i);

      worksheet_write_number (ws, 2 + i, 0, i + 1, NULL);
      worksheet_write_string (ws, 2 + i, reordered ? 3 : 1, name, NULL);
      worksheet_write_string (ws, 2 + i, reordered ? 1 : 2, id, NULL);
      worksheet_write_string (ws, 2 + i, reordered ? 2 : 3, number, NULL);
      worksheet_write_string (ws, 2 + i, 4, "2023-03-21", NULL);
      worksheet_write_string (ws, 2 + i, 5, "2028-03-20", NULL);
    }
}

/* A workbook of one sheet per unit, named after it, with no unit column:
 * instructions first, the units' sheets with their columns in different
 * orders, a hidden row, a hidden old copy of a unit's sheet and a hidden
 * sheet of lists last. */
static void
write_per_unit (const char *path,
                const char *third_unit)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *notes = workbook_add_worksheet (wb, "填表说明");
  lxw_worksheet *market = workbook_add_worksheet (wb, "测试县市场监督管理局");
  lxw_worksheet *transport;
  lxw_row_col_options hide = { .hidden = 1 };
  lxw_worksheet *hidden;

  worksheet_write_string (notes, 0, 0, "填表说明", NULL);
  worksheet_write_string (notes, 1, 0, "1. 每个单位一个工作表，工作表名称为单位全称。", NULL);
  worksheet_write_string (notes, 2, 0, "2. 姓名、身份证号码、执法证号必填。", NULL);
  write_unit_sheet (market, "测试县市场监督管理局", 0, 3, FALSE);
  /* A row someone hid rather than deleted: Excel row 4. */
  worksheet_set_row_opt (market, 3, LXW_DEF_ROW_HEIGHT, NULL, &hide);
  transport = workbook_add_worksheet (wb, "测试县交通运输局");
  write_unit_sheet (transport, "测试县交通运输局", 3, 2, TRUE);
  if (third_unit != NULL)
    {
      write_unit_sheet (workbook_add_worksheet (wb, third_unit), third_unit, 5, 1, FALSE);
      /* A wrong ID number in the reordered sheet: its column B, where
       * the first sheet has its names. */
      worksheet_write_string (transport, 3, 1, "12345", NULL);
    }
  hidden = workbook_add_worksheet (wb, "测试县交通运输局（旧）");
  write_unit_sheet (hidden, "测试县交通运输局", 40, 2, FALSE);
  worksheet_hide (hidden);
  hidden = workbook_add_worksheet (wb, "数据字典");
  worksheet_write_string (hidden, 0, 0, "男", NULL);
  worksheet_write_string (hidden, 1, 0, "女", NULL);
  worksheet_hide (hidden);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
test_per_unit (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "分单位.xlsx");
  g_autoptr(ZfImport) import = NULL;
  g_autofree char *out = NULL;
  const char *const *skipped;

  add_bodies (f);
  write_per_unit (path, NULL);
  import = plan_officers (f, path, NULL);
  g_assert_true (zf_import_is_per_sheet (import));
  skipped = zf_import_get_skipped_sheets (import);
  g_assert_cmpstr (skipped[0], ==, "填表说明");
  g_assert_null (skipped[1]);
  /* Hidden sheets are not read: an old copy no one sees is no record. */
  skipped = zf_import_get_hidden_sheets (import);
  g_assert_cmpstr (skipped[0], ==, "测试县交通运输局（旧）");
  g_assert_cmpstr (skipped[1], ==, "数据字典");
  g_assert_null (skipped[2]);
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, 5);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 5);
  /* Every row names its sheet, with the row number that sheet shows. */
  for (guint i = 0; i < 5; i++)
    {
      const ZfImportRow *row = zf_import_get_row (import, i);

      g_assert_cmpstr (row->sheet, ==, i < 3 ? "测试县市场监督管理局" : "测试县交通运输局");
      g_assert_cmpuint (row->excel_row, ==, 3 + (i < 3 ? i : i - 3));
      /* A hidden row is imported, and marked. */
      g_assert_cmpint (row->hidden, ==, i == 1);
    }
  g_assert_cmpuint (zf_import_count_hidden (import), ==, 1);
  commit (import);

  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                              "WHERE b.name = '测试县市场监督管理局'"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                              "WHERE b.name = '测试县交通运输局'"), ==, 2);
  /* The second sheet's columns in another order went to the right fields. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate c JOIN officer o ON o.id = c.officer_id "
                              "WHERE c.number = '42092290003' AND o.body_id = "
                              "(SELECT id FROM body WHERE name = '测试县交通运输局') "
                              "AND c.valid_until = '2028-03-20'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate"), ==, 5);

  /* The command line says the same: again, unchanged, listed by sheet. */
  g_assert_cmpint (run_cli (f, &out, "officers", path, "--dry-run", NULL), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "填表说明"));
  g_assert_nonnull (strstr (out, "Sheet “数据字典” is hidden and was skipped"));
  g_assert_nonnull (strstr (out, "unchanged: 5"));
  g_assert_nonnull (strstr (out, "1 of these rows are hidden in the workbook"));
  g_assert_nonnull (strstr (out, "Sheet “测试县市场监督管理局”: Row 4 is hidden in the workbook (unchanged)"));
}

/* A sheet whose name is no unit of the register: its rows are refused,
 * naming the sheet; the other sheets' rows are stored, in one commit. */
static void
test_per_unit_unknown (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "分单位.xlsx");
  g_autoptr(ZfImport) import = NULL;
  g_autofree char *out = NULL;
  const ZfImportRow *row;

  add_bodies (f);
  write_per_unit (path, "Sheet4");
  import = plan_officers (f, path, NULL);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 4);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_ERROR), ==, 2);
  /* The column a refusal names is the sheet's own: B in the reordered
   * sheet, not the common header's C. */
  row = zf_import_get_row (import, 4);
  g_assert_cmpstr (row->sheet, ==, "测试县交通运输局");
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_cmpstr (row->column, ==, "B");
  /* A unit taken from the sheet's name has no column to name. */
  row = zf_import_get_row (import, 5);
  g_assert_cmpstr (row->sheet, ==, "Sheet4");
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, "Sheet4"));
  g_assert_null (row->column);

  /* The refused rows' workbook names each one's sheet. */
  {
    g_autofree char *errors = fixture_path (f->dir, "未通过.xlsx");
    g_autoptr(GError) error = NULL;
    g_autoptr(ZfRowSource) source = NULL;
    g_autoptr(GPtrArray) rows = NULL;
    const ZfRow *head;
    guint sheet_col = G_MAXUINT;

    g_assert_true (zf_import_write_errors_xlsx (import, errors, &error));
    source = zf_import_open_source (errors, NULL, NULL, &error);
    g_assert_no_error (error);
    rows = read_all (source, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (rows->len, ==, 3);
    head = ROW (rows, 0);
    for (guint c = 0; c < head->cells->len; c++)
      if (g_strcmp0 (zf_row_get_text (head, c), "Sheet") == 0)
        sheet_col = c;
    g_assert_cmpuint (sheet_col, !=, G_MAXUINT);
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), sheet_col), ==, "测试县交通运输局");
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), sheet_col + 1), ==, "4");
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), sheet_col + 2), ==, "B");
    g_assert_cmpstr (zf_row_get_text (ROW (rows, 2), sheet_col), ==, "Sheet4");
  }

  g_assert_cmpint (run_cli (f, &out, "officers", path, NULL), ==, 2);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Sheet “Sheet4”: Row 3"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 4);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE action = 'import'"), ==, 1);
}

/* A first sheet without a table, where the workbook is not one sheet per
 * unit: the message lists the other sheets, to choose the right one. */
static void
test_first_sheet_no_header (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "分单位.xlsx");
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GError) error = NULL;

  write_per_unit (path, NULL);
  /* The bodies register has no unit column to fill from a sheet's name. */
  {
    g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
    g_autoptr(ZfImport) bodies = zf_import_new (f->store, zf_import_register_lookup ("bodies"));

    g_assert_no_error (error);
    g_assert_false (zf_import_read (bodies, source, NULL, NULL, &error));
    g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "“填表说明”"));
    g_assert_nonnull (strstr (error->message, "“测试县市场监督管理局”, “测试县交通运输局”, "
                                              "“测试县交通运输局（旧）”, “数据字典”"));
    g_clear_error (&error);
  }
  /* A sheet named by the user is read alone. */
  import = read_file (f, path, "填表说明", NULL, &error);
  g_assert_null (import);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“测试县交通运输局”"));
  g_clear_error (&error);
  import = read_file (f, path, "测试县交通运输局", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (zf_import_is_per_sheet (import));
}

/* The same layout as LibreOffice saves it in .xls and .ods. */
static void
test_per_unit_legacy (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = test_file (data);
  g_autoptr(ZfImport) import = NULL;

  add_bodies (f);
  import = plan_officers (f, path, NULL);
  g_assert_true (zf_import_is_per_sheet (import));
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 3);
  g_assert_cmpstr (zf_import_get_row (import, 2)->sheet, ==, "测试县交通运输局");
  g_assert_cmpstr (zf_import_get_skipped_sheets (import)[0], ==, "填表说明");
  g_assert_null (zf_import_get_skipped_sheets (import)[1]);
  g_assert_cmpstr (zf_import_get_hidden_sheets (import)[0], ==, "数据字典");
  /* The second row of the first unit is hidden, in either format. */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (zf_import_get_row (import, i)->hidden, ==, i == 1);
  g_assert_cmpuint (zf_import_count_hidden (import), ==, 1);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                              "WHERE b.name = '测试县交通运输局'"), ==, 1);
}

/* FreeXL runs in a child process: a child that aborts (as FreeXL does on
 * some damaged files), writes a malformed stream or never finishes makes
 * the file "damaged", and the app goes on. */
static void
test_xls_child_fails (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = test_file ("county-roster.xls");
  static const ZfXlsTestFault faults[] = {
    ZF_XLS_TEST_FAULT_ABORT, ZF_XLS_TEST_FAULT_GARBAGE, ZF_XLS_TEST_FAULT_HANG,
  };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *message = NULL;
      gint64 start = g_get_monotonic_time ();

      zf_xls_reader_set_test_fault (faults[i], 1);
      message = open_error (path);
      zf_xls_reader_set_test_fault (ZF_XLS_TEST_FAULT_NONE, 0);
      g_test_message ("%s", message);
      g_assert_nonnull (strstr (message, "county-roster.xls"));
      g_assert_nonnull (strstr (message, "damaged and cannot be read"));
      g_assert_nonnull (strstr (message, ".xlsx"));
      g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
    }

  /* And the next import reads the file. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZfXlsReader) reader = zf_xls_reader_open (path, &error);
    g_autoptr(ZfRow) row = NULL;

    g_assert_no_error (error);
    row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (zf_row_get_text (row, 0), ==, "某县行政执法人员信息表");
  }
}

static void
put_u32 (GByteArray *b,
         guint32     v)
{
  g_byte_array_append (b, (const guint8 *) &v, sizeof v);
}

static void
put_text (GByteArray *b,
          const char *text)
{
  put_u32 (b, (guint32) strlen (text));
  g_byte_array_append (b, (const guint8 *) text, (guint) strlen (text));
}

static void
put_cell (GByteArray *b,
          guint8      kind,
          guint32     row,
          guint32     column)
{
  g_byte_array_append (b, &kind, 1);
  put_u32 (b, row);
  put_u32 (b, column);
}

/* The child's stream: "ZFXL", status 0, date1904 0, one sheet 名单 of
 * 4 rows × 3 columns: (0,0) 姓名, (0,2) 42, (3,1) a date; then "END!".
 * With @swap the last two cells come out of order. */
static GByteArray *
make_stream (gboolean swap)
{
  GByteArray *b = g_byte_array_new ();
  double number = 42;
  guint8 end = 0, readable = 1;

  g_byte_array_append (b, (const guint8 *) "ZFXL", 4);
  put_u32 (b, 0);
  put_u32 (b, 0);
  put_u32 (b, 1);
  put_text (b, "名单");
  g_byte_array_append (b, &readable, 1);
  put_u32 (b, 4);
  put_u32 (b, 3);
  put_cell (b, 2, 0, 0);
  put_text (b, "姓名");
  if (!swap)
    {
      put_cell (b, 1, 0, 2);
      g_byte_array_append (b, (const guint8 *) &number, sizeof number);
    }
  put_cell (b, 3, 3, 1);
  put_text (b, "2024-05-06 08:00:00");
  if (swap)
    {
      put_cell (b, 1, 0, 2);
      g_byte_array_append (b, (const guint8 *) &number, sizeof number);
    }
  g_byte_array_append (b, &end, 1);
  g_byte_array_append (b, (const guint8 *) "END!", 4);
  return b;
}

/* The parent reads the child's stream into rows, and refuses one that is
 * cut short, out of order or followed by more bytes. */
static void
test_xls_stream (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GByteArray) good = make_stream (FALSE);
  g_autoptr(GByteArray) swapped = make_stream (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfXlsReader) reader = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  reader = zf_xls_reader_new_from_stream (good->data, good->len, NULL, 0, "名单.xls", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_row_source_get_sheet_names (ZF_ROW_SOURCE (reader))[0], ==, "名单");
  g_assert_null (zf_row_source_get_sheet_names (ZF_ROW_SOURCE (reader))[1]);
  rows = read_all (ZF_ROW_SOURCE (reader), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpuint (ROW (rows, 0)->number, ==, 1);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 0), ==, "姓名");
  g_assert_cmpint (zf_row_get_type (ROW (rows, 0), 2), ==, ZF_CELL_NUMBER);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 0), 2), ==, "42");
  g_assert_cmpuint (ROW (rows, 1)->number, ==, 4);
  g_assert_cmpint (zf_row_get_type (ROW (rows, 1), 1), ==, ZF_CELL_DATE);
  g_assert_cmpstr (zf_row_get_text (ROW (rows, 1), 1), ==, "2024-05-06");
  g_clear_object (&reader);

  for (guint len = 0; len < good->len; len++)
    {
      reader = zf_xls_reader_new_from_stream (good->data, len, NULL, 0, "名单.xls", &error);
      g_assert_null (reader);
      g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "damaged and cannot be read"));
      g_clear_error (&error);
    }
  reader = zf_xls_reader_new_from_stream (swapped->data, swapped->len, NULL, 0, "名单.xls", &error);
  g_assert_null (reader);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_byte_array_append (good, (const guint8 *) "x", 1);
  reader = zf_xls_reader_new_from_stream (good->data, good->len, NULL, 0, "名单.xls", &error);
  g_assert_null (reader);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/formats/not-spreadsheets", Fixture, NULL,
              fixture_set_up, test_not_spreadsheets, fixture_tear_down);
  g_test_add ("/import/formats/utf16-text", Fixture, NULL,
              fixture_set_up, test_utf16_text, fixture_tear_down);
  g_test_add ("/import/formats/header/grouped", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_grouped_header, fixture_tear_down);
  g_test_add ("/import/formats/header/three-rows", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_grouped_header, fixture_tear_down);
  g_test_add ("/import/formats/header/joined", Fixture, NULL,
              fixture_set_up, test_group_joined, fixture_tear_down);
  g_test_add ("/import/formats/header/title-over-header", Fixture, NULL,
              fixture_set_up, test_title_over_header, fixture_tear_down);
  g_test_add ("/import/formats/header/mapping-strict", Fixture, NULL,
              fixture_set_up, test_mapping_strict, fixture_tear_down);
  g_test_add ("/import/formats/xls", Fixture, "county-roster.xls",
              fixture_set_up, test_legacy_roster, fixture_tear_down);
  g_test_add ("/import/formats/xls/excel95", Fixture, NULL,
              fixture_set_up, test_excel95, fixture_tear_down);
  g_test_add ("/import/formats/ods", Fixture, "county-roster.ods",
              fixture_set_up, test_legacy_roster, fixture_tear_down);
  g_test_add ("/import/formats/per-unit/xlsx", Fixture, NULL,
              fixture_set_up, test_per_unit, fixture_tear_down);
  g_test_add ("/import/formats/per-unit/unknown-unit", Fixture, NULL,
              fixture_set_up, test_per_unit_unknown, fixture_tear_down);
  g_test_add ("/import/formats/per-unit/first-sheet-no-header", Fixture, NULL,
              fixture_set_up, test_first_sheet_no_header, fixture_tear_down);
  g_test_add ("/import/formats/per-unit/xls", Fixture, "county-per-unit.xls",
              fixture_set_up, test_per_unit_legacy, fixture_tear_down);
  g_test_add ("/import/formats/per-unit/ods", Fixture, "county-per-unit.ods",
              fixture_set_up, test_per_unit_legacy, fixture_tear_down);
  g_test_add ("/import/formats/xls/child-fails", Fixture, NULL,
              fixture_set_up, test_xls_child_fails, fixture_tear_down);
  g_test_add ("/import/formats/xls/stream", Fixture, NULL,
              fixture_set_up, test_xls_stream, fixture_tear_down);
  return g_test_run ();
}
