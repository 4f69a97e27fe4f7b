#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <sys/wait.h>
#include <sqlite3.h>
#include <string.h>
#include <xlsxwriter.h>

#include "import-fixtures.h"
#include "zf-body.h"
#include "zf-codes.h"
#include "zf-error.h"
#include "zf-checklists-export.h"
#include "zf-export-bodies.h"
#include "zf-import.h"
#include "zf-officer-export.h"
#include "zf-store-bodies.h"
#include "zf-store-import.h"
#include "zf-store-officer-summary.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"
#include "zf-validate.h"
#include "zf-xlsx-reader.h"

/* Reads the database through its own connection, as another program would. */
static gint64
db_int (Fixture    *f,
        const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_open_v2 (zf_store_get_path (f->store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static char *
db_text (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *v = NULL;

  g_assert_cmpint (sqlite3_open_v2 (zf_store_get_path (f->store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

/* A sheet of text cells; @titles merged rows above the header. */
static void
write_xlsx (const char        *path,
            guint              titles,
            const char *const *header,
            GPtrArray         *rows)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Sheet1");
  guint n_cols = g_strv_length ((char **) header);

  for (guint t = 0; t < titles; t++)
    worksheet_merge_range (ws, t, 0, t, n_cols - 1, t == 0 ? "某县行政执法台账（测试）" : "填报日期：2023年", NULL);
  for (guint c = 0; c < n_cols; c++)
    worksheet_write_string (ws, titles, c, header[c], NULL);
  for (guint r = 0; rows && r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      for (guint c = 0; cells[c] && c < n_cols; c++)
        if (*cells[c])
          worksheet_write_string (ws, titles + 1 + r, c, cells[c], NULL);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static GPtrArray *
rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
rows_add (GPtrArray  *rows,
          const char *first,
          ...)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *s = first; s; s = va_arg (ap, const char *))
    g_strv_builder_add (b, s);
  va_end (ap);
  g_ptr_array_add (rows, g_strv_builder_end (b));
}

static int run_cli (Fixture     *f,
                    char       **out,
                    const char  *first,
                    ...) G_GNUC_NULL_TERMINATED;

static ZfImport *
plan_file (Fixture    *f,
           const char *reg,
           const char *path,
           GHashTable *saved)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
  ZfImport *import;

  g_assert_no_error (error);
  import = zf_import_new (f->store, zf_import_register_lookup (reg));
  zf_import_set_file_name (import, path);
  g_assert_true (zf_import_read (import, source, saved, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return import;
}

/* Every commit of these tests checks that the preview's accepted rows
 * are what is stored (fixture_commit_checked()). */
static void
commit (ZfImport *import)
{
  fixture_commit_checked (import);
}

static const ZfImportRow *
row_at (ZfImport *import,
        guint     excel_row)
{
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    if (zf_import_get_row (import, i)->excel_row == excel_row)
      return zf_import_get_row (import, i);
  g_assert_not_reached ();
  return NULL;
}

static void
assert_counts (ZfImport *import,
               guint     n_new,
               guint     n_update,
               guint     n_unchanged,
               guint     n_error)
{
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, n_new);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_UPDATE), ==, n_update);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_UNCHANGED), ==, n_unchanged);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_ERROR), ==, n_error);
}

static const char *const body_header[] = {
  "序号", "单位名称", "统一社会信用代码", "主体类别", "层级", "委托机关", "授权依据",
  "委托书编号", "委托起始日期", "委托截止日期", "是否备案", "法制人员数", NULL
};

/* Four good bodies (organ, authorized, entrusted by a body in the same
 * file, a second organ) and two refused. Header in row 3. */
static char *
write_bodies (Fixture *f,
              guint    n_extra)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autofree char *c1 = zf_test_credit_code (1);
  g_autofree char *c2 = zf_test_credit_code (2);
  g_autofree char *c3 = zf_test_credit_code (3);
  g_autofree char *c4 = zf_test_credit_code (4);
  g_autofree char *bad = g_strdup (c4);
  char *path = fixture_path (f->dir, "bodies.xlsx");

  bad[17] = bad[17] == '1' ? '2' : '1';
  rows_add (rows, "1", "测试县市场监督管理局", c1, "行政机关", "县级", "", "", "", "", "", "是", "3", NULL);
  rows_add (rows, "2", "测试县消防救援大队", c2, "法律法规授权组织", "县", "", "《消防法》第四条", "", "", "", "否", "", NULL);
  rows_add (rows, "3", "测试县某镇综合执法队", c3, "委托", "乡镇", "测试县市场监督管理局", "",
            "测委〔2023〕1号", "2023/1/1", "2025年12月31日", "是", "0", NULL);
  rows_add (rows, "4", "测试县交通运输局", "", "机关", "县级", "", "", "", "", "", "", "", NULL);
  rows_add (rows, "5", "信用代码错误的局", bad, "行政机关", "县级", "", "", "", "", "", "", "", NULL);
  rows_add (rows, "6", "没有委托书的队", "", "受委托组织", "乡镇", "测试县市场监督管理局", "", "", "", "", "", "", NULL);
  for (guint i = 0; i < n_extra; i++)
    {
      g_autofree char *code = zf_test_credit_code (100 + i);
      g_autofree char *name = fixture_body_name (100 + i);
      rows_add (rows, "", name, code, "行政机关", "县级", "", "", "", "", "", "", "", NULL);
    }
  write_xlsx (path, 2, body_header, rows);
  return path;
}

static void
test_bodies (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_bodies (f, 0);
  g_autofree char *errors = fixture_path (f->dir, "errors.xlsx");
  g_autoptr(ZfImport) import = plan_file (f, "bodies", path, NULL);
  g_autoptr(ZfImport) again = NULL;
  g_autoptr(ZfXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit = NULL;
  const ZfImportRow *row;
  ZfRow *r;
  guint n_error_rows = 0;

  assert_counts (import, 4, 0, 0, 2);
  g_assert_cmpint (zf_import_get_mapping (import, 0), ==, 1);   /* 序号 is not a field */
  row = row_at (import, 8);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_cmpstr (row->column, ==, "C");
  g_assert_nonnull (strstr (row->message, "check"));
  row = row_at (import, 9);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, "B3"));
  row = row_at (import, 6);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_nonnull (strstr (row->notes, "委托"));

  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body"), ==, 4);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body b JOIN body p ON p.id = b.parent_id "
                              "WHERE b.kind = 'entrusted' AND b.letter_end = '2025-12-31' "
                              "AND b.letter_start = '2023-01-01' AND p.name = '测试县市场监督管理局'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT legal_staff_count FROM body WHERE name = '测试县市场监督管理局'"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT filed FROM body WHERE name = '测试县市场监督管理局'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body WHERE kind = 'authorized' AND level = 'county'"), ==, 1);

  /* One summary row, no row per record. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE tbl = 'body' AND action = 'insert'"), ==, 0);
  audit = db_text (f, "SELECT new FROM audit_log WHERE tbl = 'body' AND action = 'import'");
  g_assert_nonnull (strstr (audit, "\"file\": \"bodies.xlsx\""));
  g_assert_nonnull (strstr (audit, "\"new\": 4"));
  g_assert_nonnull (strstr (audit, "\"errors\": 2"));

  /* The refused rows as a workbook to fix: same header, plus the reason. */
  g_assert_true (zf_import_write_errors_xlsx (import, errors, &error));
  g_assert_no_error (error);
  reader = zf_xlsx_reader_open (errors, &error);
  g_assert_no_error (error);
  g_assert_true (zf_xlsx_reader_select_sheet (reader, NULL, &error));
  r = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error);
  g_assert_cmpstr (zf_row_get_text (r, 1), ==, "单位名称");
  g_assert_cmpstr (zf_row_get_text (r, 14), ==, "Reason");
  zf_row_free (r);
  while ((r = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
    {
      g_assert_true (g_str_equal (zf_row_get_text (r, 1), "信用代码错误的局") ||
                     g_str_equal (zf_row_get_text (r, 1), "没有委托书的队"));
      g_assert_true (g_str_equal (zf_row_get_text (r, 12), "8") || g_str_equal (zf_row_get_text (r, 12), "9"));
      g_assert_cmpuint (strlen (zf_row_get_text (r, 14)), >, 10);
      n_error_rows++;
      zf_row_free (r);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n_error_rows, ==, 2);

  /* The same file again changes nothing. */
  again = plan_file (f, "bodies", path, NULL);
  assert_counts (again, 0, 0, 4, 2);
}

static void
test_bodies_update (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_bodies (f, 0);
  g_autofree char *csv = fixture_path (f->dir, "update.csv");
  g_autofree char *c1 = zf_test_credit_code (1);
  g_autofree char *text = g_strdup_printf ("统一社会信用代码,法制人员数,状态\n%s,5,已公布\n", c1);
  g_autoptr(ZfImport) first = plan_file (f, "bodies", path, NULL);
  g_autoptr(ZfImport) update = NULL;
  g_autoptr(GError) error = NULL;

  commit (first);

  /* Name is required: a file without it cannot be planned. */
  g_assert_true (g_file_set_contents (csv, text, -1, NULL));
  {
    g_autoptr(ZfRowSource) source = zf_import_open_source (csv, NULL, NULL, &error);
    g_autoptr(ZfImport) import = zf_import_new (f->store, zf_import_register_lookup ("bodies"));

    g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
    g_assert_false (zf_import_plan (import, NULL, NULL, NULL, &error));
    g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A status change by import is refused: it needs a decision. */
  g_free (text);
  text = g_strdup_printf ("单位名称,统一社会信用代码,法制人员数,状态\n测试县市场监督管理局,%s,5,已公布\n", c1);
  g_assert_true (g_file_set_contents (csv, text, -1, NULL));
  update = plan_file (f, "bodies", csv, NULL);
  assert_counts (update, 0, 0, 0, 1);
  g_assert_cmpstr (row_at (update, 2)->column, ==, "D");
  g_clear_object (&update);

  /* Matched by credit code; columns absent from the file are kept. */
  g_free (text);
  text = g_strdup_printf ("单位名称,统一社会信用代码,法制人员数\n测试县市场监督管理局,%s,5\n", c1);
  g_assert_true (g_file_set_contents (csv, text, -1, NULL));
  update = plan_file (f, "bodies", csv, NULL);
  assert_counts (update, 0, 1, 0, 0);
  commit (update);
  g_assert_cmpint (db_int (f, "SELECT legal_staff_count FROM body WHERE name = '测试县市场监督管理局'"), ==, 5);
  g_assert_cmpint (db_int (f, "SELECT filed FROM body WHERE name = '测试县市场监督管理局'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body"), ==, 4);

  /* The update keeps its old values in the audit log, beside the import's
   * one summary row naming the file by its SHA-256. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE tbl = 'body' AND action = 'update' "
                              "AND json_extract (old, '$.legal_staff_count') = 3 "
                              "AND json_extract (new, '$.legal_staff_count') = 5"), ==, 1);
  {
    g_autofree char *contents = NULL;
    gsize len = 0;
    g_autofree char *sha = NULL;
    g_autofree char *want = NULL;

    g_assert_true (g_file_get_contents (csv, &contents, &len, NULL));
    sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
    want = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE tbl = 'body' AND action = 'import' "
                            "AND json_extract (new, '$.sha256') = '%s' "
                            "AND json_extract (new, '$.updated') = 1", sha);
    g_assert_cmpint (db_int (f, want), ==, 1);
  }
}

static char *
write_gbk_csv (Fixture    *f,
               const char *name,
               const char *utf8)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gbk = NULL;
  gsize len = 0;
  char *path = fixture_path (f->dir, name);

  gbk = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, gbk, len, NULL));
  return path;
}

static void
import_bodies (Fixture *f)
{
  g_autofree char *path = write_bodies (f, 0);
  g_autoptr(ZfImport) import = plan_file (f, "bodies", path, NULL);

  commit (import);
}

/* Chinese punctuation in free text is stored as written; a body named
 * with half-width brackets where the register has full-width ones is that
 * body, and the preview says so. */
static void
test_chinese_punctuation (Fixture       *f,
                          gconstpointer  data)
{
  static const char bodies[] =
    "执法主体名称,主体类别,层级,备注\n"
    "测试县综合行政执法局（城市管理局）,行政机关,县级,挂牌（城管），合署办公：是\n";
  g_autofree char *id1 = zf_test_id_number (71, TRUE);
  g_autofree char *officers = g_strdup_printf ("姓名,身份证号码,单位\n"
                                               "赵七一,%s,测试县综合行政执法局(城市管理局)\n", id1);
  g_autofree char *bodies_path = fixture_path (f->dir, "bodies-punct.csv");
  g_autofree char *officers_path = fixture_path (f->dir, "officers-punct.csv");
  g_autoptr(ZfImport) import = NULL;
  const ZfImportRow *row;

  g_assert_true (g_file_set_contents (bodies_path, bodies, -1, NULL));
  import = plan_file (f, "bodies", bodies_path, NULL);
  assert_counts (import, 1, 0, 0, 0);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body WHERE name = '测试县综合行政执法局（城市管理局）' "
                              "AND notes = '挂牌（城管），合署办公：是'"), ==, 1);

  g_clear_object (&import);
  g_assert_true (g_file_set_contents (officers_path, officers, -1, NULL));
  import = plan_file (f, "officers", officers_path, NULL);
  assert_counts (import, 1, 0, 0, 0);
  row = row_at (import, 2);
  g_assert_nonnull (row->notes);
  g_assert_nonnull (strstr (row->notes, "→ 测试县综合行政执法局（城市管理局）"));
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                              "WHERE o.name = '赵七一' AND b.name = '测试县综合行政执法局（城市管理局）'"), ==, 1);
}

static void
test_officers (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (1, TRUE);
  g_autofree char *id2 = zf_test_id_number (2, FALSE);
  g_autofree char *id3 = zf_test_id_number (3, TRUE);
  g_autofree char *id4 = zf_test_id_number (4, FALSE);
  g_autofree char *head = g_strndup (id4, 15);
  g_autofree char *lost = g_strconcat (head, "000", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;
  const ZfImportRow *row;

  import_bodies (f);
  text = g_strdup_printf (
    "姓名,身份证号码,性别,所在单位,执法证件号,发证日期,有效期至,编制类型\r\n"
    "赵一一,%s,男,测试县市场监督管理局,42070300001,2023/3/21,2028年3月20日,行政编\r\n"
    "钱二二,%s,女,测试县市场监督管理局,42070300002,2015.1.1,2020.1.1,参公\r\n"
    "孙三三,1.10105E+17,男,测试县市场监督管理局,42070300003,2023-03-21,2028-03-20,行政编\r\n"
    "李四四,%s,男,不存在的局,42070300004,2023-03-21,2028-03-20,行政编\r\n"
    "周五五,%s,女,测试县交通运输局,42070300005,2023-03-21,2028-03-20,协管员\r\n"
    "吴六六,%s,女,测试县交通运输局,,,,辅助人员\r\n"
    "郑七七,%s,女,测试县交通运输局,,,,行政编\r\n",
    id1, id2, id3, id4, id4, lost);
  path = write_gbk_csv (f, "officers.csv", text);
  import = plan_file (f, "officers", path, NULL);

  assert_counts (import, 3, 0, 0, 4);
  row = row_at (import, 4);
  g_assert_cmpstr (row->column, ==, "B");
  g_assert_nonnull (strstr (row->message, "Excel"));
  g_assert_nonnull (strstr (row_at (import, 5)->message, "不存在的局"));
  g_assert_nonnull (strstr (row_at (import, 6)->message, "《关于加强基层法治队伍建设的实施意见》"));
  g_assert_cmpint (row_at (import, 7)->status, ==, ZF_IMPORT_ROW_NEW);   /* auxiliary, no card */
  g_assert_nonnull (strstr (row_at (import, 8)->message, "lost"));
  commit (import);

  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate"), ==, 2);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer_event WHERE kind = 'issued' "
                              "AND certificate_id IS NOT NULL"), ==, 2);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate c JOIN officer o ON o.id = c.officer_id "
                              "WHERE o.name = '赵一一' AND c.status = 'valid' AND c.issue_date = '2023-03-21' "
                              "AND c.valid_until = '2028-03-20' AND c.number = '42070300001'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number = '42070300002' "
                              "AND status = 'valid' AND valid_until < date ('now')"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '钱二二' AND sex = 'female' "
                              "AND staffing = 'civil_service_managed' AND birth_date IS NOT NULL"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE staffing = 'auxiliary'"), ==, 1);

  /* Again: unchanged. Then a renewed validity updates the same card. */
  again = plan_file (f, "officers", path, NULL);
  assert_counts (again, 0, 0, 3, 4);
  g_clear_object (&again);
  g_free (text);
  text = g_strdup_printf ("执法证号,姓名,单位,有效期\n42070300002,钱二二,测试县市场监督管理局,2030-01-01\n");
  g_free (path);
  path = fixture_path (f->dir, "renew.csv");
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  again = plan_file (f, "officers", path, NULL);
  assert_counts (again, 0, 1, 0, 0);
  commit (again);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate"), ==, 2);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number = '42070300002' "
                              "AND status = 'valid' AND valid_until = '2030-01-01'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '钱二二' AND sex = 'female'"), ==, 1);
}

/* Habits of real rosters: a name padded to three characters' width is
 * stored without the padding; a body written without its county gets the
 * register's name as a suggestion, when only one body contains it; a
 * template row with only its serial number and the totals row under the
 * table are not read as officers. */
static void
test_officers_roster_habits (Fixture       *f,
                             gconstpointer  data)
{
  static const char *const header[] = {
    "序号", "姓名", "身份证号码", "单位", "执法证号", "发证日期", "有效期至", NULL
  };
  g_autofree char *id1 = zf_test_id_number (11, TRUE);
  g_autofree char *id2 = zf_test_id_number (12, FALSE);
  g_autofree char *id3 = zf_test_id_number (13, TRUE);
  g_autofree char *path = fixture_path (f->dir, "habits.xlsx");
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;

  import_bodies (f);
  rows_add (rows, "1", "赵　一", id1, "测试县市场监督管理局", "42070300011", "2023-03-21",
            "2028-03-20", NULL);
  rows_add (rows, "2", "钱二", id2, "交通运输局", "42070300012", "2023-03-21", "2028-03-20", NULL);
  rows_add (rows, "3", "孙三", id3, "测试县", "42070300013", "2023-03-21", "2028-03-20", NULL);
  rows_add (rows, "4", "", "", "", "", "", "", NULL);
  rows_add (rows, "合计：", "3人", "", "", "", "", "", NULL);
  write_xlsx (path, 1, header, rows);

  import = plan_file (f, "officers", path, NULL);
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, 3);
  assert_counts (import, 1, 0, 0, 2);
  g_assert_nonnull (strstr (row_at (import, 4)->message, "“测试县交通运输局”"));
  /* 测试县 is in every body's name: nothing to suggest. */
  g_assert_null (strstr (row_at (import, 5)->message, "测试县市场监督管理局"));
  g_assert_null (strstr (row_at (import, 5)->message, "测试县交通运输局"));
  g_test_message ("%s", row_at (import, 4)->message);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '赵一'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 1);

  /* The same file again: the padded name is the stored one, unchanged. */
  again = plan_file (f, "officers", path, NULL);
  assert_counts (again, 0, 0, 1, 2);
  g_assert_cmpstr (zf_import_get_row (again, 0)->name, ==, "赵一");
}

/* A certificate's validity as one period, the way the card prints it:
 * the end is the validity, the start the issue date the file has no
 * column for. A row with neither an ID nor a certificate number is refused
 * (it cannot be told apart), not a reason to stop. */
static void
test_officers_validity_period (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (21, TRUE);
  g_autofree char *text = NULL;
  g_autofree char *path = fixture_path (f->dir, "period.csv");
  g_autoptr(ZfImport) import = NULL;

  import_bodies (f);
  text = g_strdup_printf ("姓名,身份证号码（18位）,单位,执法证件编号,证件有效期\n"
                          "赵一,%s,测试县市场监督管理局,42070300021,2023.03.21-2028.03.20\n"
                          "钱二,,测试县市场监督管理局,,\n", id1);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 1, 0, 0, 1);
  g_assert_nonnull (row_at (import, 3)->message);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number = '42070300021' "
                              "AND issue_date = '2023-03-21' AND valid_until = '2028-03-20'"), ==, 1);
}

/* One person or one card twice in a file is refused in the preview, at
 * the second row, naming the first; the rest is stored. What changes
 * between the preview and the commit (another program) fails the commit
 * as a single save would: naming the holder, nothing kept. */
static void
test_officers_duplicates_at_commit (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (11, TRUE);
  g_autofree char *id2 = zf_test_id_number (12, FALSE);
  g_autofree char *id3 = zf_test_id_number (13, TRUE);
  g_autofree char *id4 = zf_test_id_number (14, FALSE);
  g_autofree char *id5 = zf_test_id_number (15, TRUE);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *conflict = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import_bodies (f);
  /* Rows 2 and 3: two people, one card number; the plan sees neither card. */
  text = g_strdup_printf (
    "姓名,身份证号码,所在单位,执法证件号,发证日期,有效期至\n"
    "赵一一,%s,测试县市场监督管理局,42070300011,2023-03-21,2028-03-20\n"
    "钱二二,%s,测试县市场监督管理局,42070300011,2023-03-21,2028-03-20\n",
    id1, id2);
  path = fixture_path (f->dir, "same-card.csv");
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 1, 0, 0, 1);
  g_assert_nonnull (strstr (row_at (import, 3)->message, "row 2"));
  g_assert_nonnull (strstr (row_at (import, 3)->message, "certificate number"));
  g_assert_cmpstr (row_at (import, 3)->column, ==, "D");
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate c JOIN officer o "
                              "ON o.id = c.officer_id WHERE o.name = '赵一一'"), ==, 1);
  g_clear_object (&import);

  /* Another program stores the ID number of the file's second row after
   * the preview: the rows around it are written with it or not at all. */
  g_free (text);
  text = g_strdup_printf (
    "姓名,身份证号码,所在单位,执法证件号,发证日期,有效期至\n"
    "周四四,%s,测试县市场监督管理局,42070300014,2023-03-21,2028-03-20\n"
    "孙三三,%s,测试县市场监督管理局,42070300013,2023-03-21,2028-03-20\n"
    "吴五五,%s,测试县市场监督管理局,42070300015,2023-03-21,2028-03-20\n", id4, id3, id5);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 3, 0, 0, 0);
  conflict = g_strdup_printf ("INSERT INTO officer (name, id_number, body_id) "
                              "VALUES ('另一人', '%s', (SELECT min (id) FROM body))", id3);
  {
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open (zf_store_get_path (f->store), &db), ==, SQLITE_OK);
    sqlite3_exec (db, "DROP TRIGGER audit_officer_insert", NULL, NULL, NULL);
    g_assert_cmpint (sqlite3_exec (db, conflict, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_false (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "另一人"));
  g_assert_nonnull (strstr (error->message, "Row 3 "));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 2);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer_event"), ==, 2);
}

/* The ids a bulk import gives its rows are random version 4 UUIDs, as the
 * schema's default would give. */
static void
test_officers_bulk_uuids (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("姓名,身份证号码,所在单位,执法证件号,发证日期,有效期至\n");
  g_autofree char *path = fixture_path (f->dir, "many.csv");
  g_autoptr(ZfImport) import = NULL;
  int triggers;

  import_bodies (f);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = zf_test_id_number (100 + i, i % 2);
      g_string_append_printf (text, "官员%u,%s,测试县市场监督管理局,4207030%04u,2023-03-21,\n",
                              i, id, i);
    }
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  triggers = db_int (f, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 20, 0, 0, 0);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(DISTINCT uuid) FROM (SELECT uuid FROM officer "
                              "UNION ALL SELECT uuid FROM certificate UNION ALL "
                              "SELECT uuid FROM officer_event)"), ==, 80);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM (SELECT uuid FROM officer UNION ALL "
                              "SELECT uuid FROM certificate UNION ALL SELECT uuid FROM officer_event) "
                              "WHERE uuid GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-"
                              "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-4[0-9a-f][0-9a-f][0-9a-f]-"
                              "[89ab][0-9a-f][0-9a-f][0-9a-f]-*' AND length (uuid) = 36"), ==, 80);
  /* Handed out in ascending order of their first two bytes, so that the
   * uuid indexes grow at one edge. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer a JOIN officer b ON b.id = "
                              "(SELECT min (id) FROM officer WHERE id > a.id) "
                              "WHERE substr (b.uuid, 1, 4) < substr (a.uuid, 1, 4)"), ==, 0);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer_event a JOIN officer_event b ON b.id = "
                              "(SELECT min (id) FROM officer_event WHERE id > a.id) "
                              "WHERE substr (b.uuid, 1, 4) < substr (a.uuid, 1, 4)"), ==, 0);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate a JOIN officer b "
                              "ON b.id = a.officer_id WHERE substr (b.uuid, 1, 4) > "
                              "substr (a.uuid, 1, 4)"), ==, 0);
  /* Row times as the schema's default writes them: local time, to the
   * second, of the import. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM (SELECT created_at, updated_at FROM officer "
                              "UNION ALL SELECT created_at, updated_at FROM certificate UNION ALL "
                              "SELECT created_at, updated_at FROM officer_event) "
                              "WHERE created_at = updated_at AND created_at GLOB "
                              "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]' "
                              "AND abs (strftime ('%s', created_at) - "
                              "strftime ('%s', 'now', 'localtime')) < 600"), ==, 80);
  /* The validity the settings give when the file leaves it empty. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE valid_until = '2028-03-20'"), ==, 20);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE tbl = 'officer' "
                              "AND action = 'import'"), ==, 1);
  /* Written set-based with the summaries' idle insert trigger of the
   * events dropped for one statement: every trigger is back, and working. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), ==,
                   triggers);
  g_assert_cmpint (zf_store_verify_officer_summaries (f->store, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_exec (zf_store_get_db (f->store),
                                 "INSERT INTO officer_event (officer_id, kind, date, hours) "
                                 "VALUES ((SELECT min (id) FROM officer), 'training', "
                                 "'2024-05-06', 8)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer_training_year WHERE hours = 8"), ==, 1);
}

/* The schema as text, in a fixed order: a rebuilt index or trigger has
 * another place in sqlite_master but the same definition. */
static char *
schema_text (Fixture *f)
{
  return db_text (f, "SELECT group_concat (type || ' ' || name || ' ' || coalesce (sql, ''), "
                     "char (10)) FROM (SELECT * FROM sqlite_master ORDER BY type, name)");
}

static char *
write_officers_file (Fixture    *f,
                     const char *name,
                     guint       first,
                     guint       n,
                     gboolean    same_card)
{
  g_autoptr(GString) text = g_string_new ("姓名,身份证号码,所在单位,执法证件号,发证日期,有效期至\n");
  char *path = fixture_path (f->dir, name);

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *id = zf_test_id_number (200 + i, i % 2);
      g_string_append_printf (text, "官员%u,%s,测试县市场监督管理局,4207031%04u,2023-03-21,\n",
                              i, id, same_card ? first : i);
    }
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  return path;
}

/* A bulk import drops the secondary indexes and audit triggers of the
 * tables it fills and creates them again before its commit; whatever way
 * it ends, the schema is as before and the indexes hold every row. */
static void
test_officers_bulk_schema (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  g_autofree char *check = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(GError) error = NULL;

  import_bodies (f);
  before = schema_text (f);

  /* Cancelled, and refused at its third row: nothing changes. */
  path = write_officers_file (f, "cancelled.csv", 0, 20, FALSE);
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 20, 0, 0, 0);
  g_cancellable_cancel (cancellable);
  g_assert_false (zf_import_commit (import, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&import);
  g_clear_pointer (&path, g_free);
  after = schema_text (f);
  g_assert_cmpstr (after, ==, before);

  /* Another program stores the third row's person after the preview. */
  path = write_officers_file (f, "late.csv", 0, 3, FALSE);
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 3, 0, 0, 0);
  {
    g_autofree char *id = zf_test_id_number (202, FALSE);
    g_autoptr(ZfOfficer) late = zf_officer_new ();

    zf_record_set_string (ZF_RECORD (late), "name", "另一人");
    zf_record_set_string (ZF_RECORD (late), "id_number", id);
    zf_record_set_int (ZF_RECORD (late), "body_id", db_int (f, "SELECT min (id) FROM body"));
    g_assert_true (zf_store_save_officer (f->store, late, &error));
    g_assert_no_error (error);
  }
  g_assert_false (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_clear_object (&import);
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&after, g_free);
  after = schema_text (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate"), ==, 0);
  /* The next file's third row is that person, and updates them. */

  /* Into empty tables (indexes rebuilt), then a few more rows than none
   * but fewer than stored (indexes kept). */
  path = write_officers_file (f, "first.csv", 0, 20, FALSE);
  import = plan_file (f, "officers", path, NULL);
  commit (import);
  g_clear_object (&import);
  g_clear_pointer (&path, g_free);
  path = write_officers_file (f, "second.csv", 20, 5, FALSE);
  import = plan_file (f, "officers", path, NULL);
  commit (import);
  g_clear_pointer (&after, g_free);
  after = schema_text (f);
  g_assert_cmpstr (after, ==, before);
  check = db_text (f, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer INDEXED BY officer_name "
                              "WHERE name > ''"), ==, 25);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer_event INDEXED BY "
                              "officer_event_officer_kind WHERE officer_id > 0"), ==, 50);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE tbl = 'officer' "
                              "AND action = 'import'"), ==, 2);

  /* The audit triggers are back at work for a single save. */
  officer = zf_officer_new ();
  zf_record_set_string (ZF_RECORD (officer), "name", "单独保存");
  zf_record_set_int (ZF_RECORD (officer), "body_id", db_int (f, "SELECT min (id) FROM body"));
  g_assert_true (zf_store_save_officer (f->store, officer, &error));
  g_assert_no_error (error);
  /* Itself and the person saved by hand during a preview above. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE tbl = 'officer' "
                              "AND action = 'insert'"), ==, 2);
}

static ZfImport *
plan_text (Fixture    *f,
           const char *reg,
           const char *name,
           const char *text)
{
  g_autofree char *path = fixture_path (f->dir, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return plan_file (f, reg, path, NULL);
}

/* Identity: a row is the officer of its ID number; a certificate number
 * alone is its holder's only when the name agrees too; a number that is
 * another person's refuses the row, naming both. Numbers compare as
 * normalized: '4209 0066 0007' is 420900660007. */
static void
test_officers_identity (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (31, TRUE);
  g_autofree char *id2 = zf_test_id_number (32, FALSE);
  g_autofree char *id3 = zf_test_id_number (33, TRUE);
  g_autofree char *text = NULL;
  g_autoptr(ZfImport) import = NULL;
  const ZfImportRow *row;

  import_bodies (f);
  text = g_strdup_printf ("姓名,身份证号码,单位,执法证号,发证日期,有效期至\n"
                          "赵一,%s,测试县市场监督管理局,'4209 0066 0007,2023-03-21,2028-03-20\n"
                          "钱二,%s,测试县市场监督管理局,420900660008,2023-03-21,2028-03-20\n"
                          "孙三,,测试县市场监督管理局,=\"420900660009\",2023-03-21,2028-03-20\n",
                          id1, id2);
  import = plan_text (f, "officers", "first.csv", text);
  assert_counts (import, 3, 0, 0, 0);
  commit (import);
  g_clear_object (&import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number IN "
                              "('420900660007', '420900660008', '420900660009')"), ==, 3);

  /* A public list: name, unit, number. */
  g_free (text);
  text = g_strdup ("姓名,单位,执法证号\n"
                   "赵一,测试县交通运输局,420900660007\n"      /* moves: the name agrees */
                   "周四,测试县交通运输局,420900660008\n"      /* a typo: 钱二's number */
                   "孙　三,测试县市场监督管理局,４２０９００６６０００９\n");
  import = plan_text (f, "officers", "public.csv", text);
  assert_counts (import, 0, 1, 1, 1);
  row = row_at (import, 3);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, "钱二"));
  g_assert_nonnull (strstr (row->message, "周四"));
  g_assert_nonnull (strstr (row->message, "420900660008"));
  g_assert_cmpstr (row->column, ==, "C");
  commit (import);
  g_clear_object (&import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                              "WHERE o.name = '钱二' AND b.name = '测试县市场监督管理局'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '周四'"), ==, 0);

  /* A new ID number with someone else's card; that person's ID with
   * another's card. */
  g_free (text);
  text = g_strdup_printf ("姓名,身份证号码,单位,执法证号,发证日期\n"
                          "吴五,%s,测试县市场监督管理局,420900660007,2023-03-21\n"
                          "钱二,%s,测试县市场监督管理局,420900660009,2023-03-21\n",
                          id3, id2);
  import = plan_text (f, "officers", "swap.csv", text);
  assert_counts (import, 0, 0, 0, 2);
  g_assert_nonnull (strstr (row_at (import, 2)->message, "赵一"));
  g_assert_nonnull (strstr (row_at (import, 2)->message, "吴五"));
  g_assert_nonnull (strstr (row_at (import, 3)->message, "孙三"));
  g_assert_nonnull (strstr (row_at (import, 3)->message, "钱二"));
  g_clear_object (&import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer"), ==, 3);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '赵一' AND id_number = "
                              "(SELECT id_number FROM officer WHERE name = '赵一')"), ==, 1);

  /* The same person twice in one file, by ID number. */
  g_free (text);
  text = g_strdup_printf ("姓名,身份证号码,单位\n"
                          "郑六,%s,测试县市场监督管理局\n"
                          "郑六,%s,测试县交通运输局\n", id3, id3);
  import = plan_text (f, "officers", "twice.csv", text);
  assert_counts (import, 1, 0, 0, 1);
  g_assert_nonnull (strstr (row_at (import, 3)->message, "ID number"));
  g_assert_nonnull (strstr (row_at (import, 3)->message, "row 2"));
  g_assert_cmpstr (row_at (import, 3)->column, ==, "B");
  commit (import);
  g_clear_object (&import);

  /* No ID number, a new card, a name the body has: the same person with a
   * new card, or a namesake? Refused, not a second 钱二. */
  import = plan_text (f, "officers", "renewed.csv",
                      "姓名,单位,执法证号,发证日期\n"
                      "钱二,测试县市场监督管理局,420900669999,2024-01-01\n"
                      "钱二,测试县交通运输局,420900669998,2024-01-01\n");
  assert_counts (import, 1, 0, 0, 1);
  g_assert_nonnull (strstr (row_at (import, 2)->message, "420900660008"));
  g_assert_cmpint (row_at (import, 3)->status, ==, ZF_IMPORT_ROW_NEW);
}

/* An update lists what it changes, old → new; a blank cell changes
 * nothing, in every register. */
static void
test_updates_show_changes (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (41, TRUE);
  g_autofree char *id2 = zf_test_id_number (42, FALSE);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(ZfImport) import = NULL;
  const ZfImportRow *row;

  import_bodies (f);
  import = plan_text (f, "bodies", "basis.csv",
                      "单位名称,法律依据,是否备案,法制人员数\n测试县消防救援大队,,,\n"
                      "测试县市场监督管理局,\u200b,,\n");
  /* Blank cells (one of a zero-width space): nothing to change, the
   * stored basis stays, and a blank flag is not "no". */
  assert_counts (import, 0, 0, 2, 0);
  g_clear_object (&import);
  import = plan_text (f, "bodies", "basis2.csv",
                      "单位名称,法律依据,是否备案,法制人员数\n测试县消防救援大队,,是,4\n");
  assert_counts (import, 0, 1, 0, 0);
  row = row_at (import, 2);
  g_test_message ("%s", row->changes);
  g_assert_nonnull (strstr (row->changes, "Filed: no → yes"));
  g_assert_nonnull (strstr (row->changes, "Legal staff: 0 → 4"));
  g_assert_null (strstr (row->changes, "Legal basis"));
  commit (import);
  g_clear_object (&import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body WHERE name = '测试县消防救援大队' "
                              "AND legal_basis = '《消防法》第四条' AND filed = 1"), ==, 1);

  text = g_strdup_printf ("姓名,身份证号码,单位,职务,联系电话,执法证号,发证日期,有效期至\n"
                          "王七,%s,测试县市场监督管理局,科员,13800000000,42070300041,2023-03-21,2028-03-20\n",
                          id1);
  import = plan_text (f, "officers", "o1.csv", text);
  commit (import);
  g_clear_object (&import);
  g_free (text);
  text = g_strdup_printf ("姓名,身份证号码,单位,职务,联系电话,执法证号,发证日期,有效期至\n"
                          "王七,%s,测试县交通运输局,,,,,2029-03-20\n", id1);
  path = fixture_path (f->dir, "o2.csv");
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 0, 1, 0, 0);
  row = row_at (import, 2);
  g_test_message ("%s", row->changes);
  g_assert_nonnull (strstr (row->changes, "Body: 测试县市场监督管理局 → 测试县交通运输局"));
  g_assert_nonnull (strstr (row->changes, "Valid until: 2028-03-20 → 2029-03-20"));
  g_assert_null (strstr (row->changes, "Phone"));
  g_assert_null (strstr (row->changes, "Post title"));

  /* The CLI's dry run prints the same list. */
  g_assert_cmpint (run_cli (f, &out, "officers", path, "-n", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Body: 测试县市场监督管理局 → 测试县交通运输局"));
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE title = '科员' "
                              "AND phone = '13800000000'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM certificate WHERE number = '42070300041' "
                              "AND valid_until = '2029-03-20' AND issue_date = '2023-03-21'"), ==, 1);
  g_clear_object (&import);

  /* Blank required cells (the name, the unit) of a stored person keep the
   * stored values; a new person's blank unit is refused at its cell. */
  g_free (text);
  text = g_strdup_printf ("姓名,身份证号码,单位,职务\n"
                          ",%s,\u200b,副科长\n"
                          "赵八,%s,,科员\n", id1, id2);
  import = plan_text (f, "officers", "o3.csv", text);
  assert_counts (import, 0, 1, 0, 1);
  row = row_at (import, 2);
  g_test_message ("%s", row->changes);
  g_assert_cmpstr (row->changes, ==, "Post title: 科员 → 副科长");
  row = row_at (import, 3);
  g_assert_cmpstr (row->column, ==, "C");
  g_assert_cmpstr (row->message, ==, "Body is empty; it is required.");
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '王七' AND title = '副科长' "
                              "AND body_id = (SELECT id FROM body WHERE name = '测试县交通运输局')"), ==, 1);

  g_clear_object (&import);

  /* A post (岗位) is one of a section's: without the section it is
   * refused at its cell; with one, both are stored, and the flags too. */
  g_free (text);
  text = g_strdup_printf ("姓名,身份证号码,单位,科室,岗位,财政供给,执法岗位\n"
                          "赵八,%s,测试县市场监督管理局,,巡查岗,否,否\n", id2);
  import = plan_text (f, "officers", "o4.csv", text);
  assert_counts (import, 0, 0, 0, 1);
  row = row_at (import, 2);
  g_assert_cmpstr (row->column, ==, "E");
  g_assert_nonnull (strstr (row->message, "巡查岗"));
  g_clear_object (&import);
  g_free (text);
  text = g_strdup_printf ("姓名,身份证号码,单位,科室,岗位,财政供给,执法岗位\n"
                          "赵八,%s,测试县市场监督管理局,执法大队,巡查岗,否,否\n", id2);
  import = plan_text (f, "officers", "o5.csv", text);
  assert_counts (import, 1, 0, 0, 0);
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN post p ON p.id = o.post_id "
                              "JOIN section s ON s.id = p.section_id WHERE o.name = '赵八' "
                              "AND p.name = '巡查岗' AND s.name = '执法大队' AND o.section_id = s.id "
                              "AND o.financed = 0 AND o.enforcement_post = 0"), ==, 1);
}

/* 出生年月 as rosters type it: text, a number, a date cell formatted to
 * show year and month. With an ID number, the ID's date is stored and a
 * year-month that agrees is accepted; one that disagrees is refused at
 * its column. */
static void
test_officers_birth_year_month (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "births.xlsx");
  g_autoptr(ZfImport) import = NULL;
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  lxw_format *ym = workbook_add_format (wb);
  lxw_datetime june = { 1985, 6, 1, 0, 0, 0 };
  static const char *const header[] = { "姓名", "身份证号码", "单位", "出生年月", "执法证号", "发证日期", NULL };
  g_autofree char *with_id = zf_test_id_number (51, TRUE);
  g_autofree char *other_id = zf_test_id_number (52, FALSE);
  char birth[11];
  double as_number;

  import_bodies (f);
  g_assert_true (zf_id_number_birth_date (with_id, birth));
  format_set_num_format (ym, "yyyy.mm");
  for (guint c = 0; header[c]; c++)
    worksheet_write_string (ws, 0, c, header[c], NULL);
  /* Row 2: the number 1991.06; row 3: a yyyy.mm date cell; row 4: text. */
  worksheet_write_string (ws, 1, 0, "一号", NULL);
  worksheet_write_string (ws, 1, 2, "测试县市场监督管理局", NULL);
  worksheet_write_number (ws, 1, 3, 1991.06, NULL);
  worksheet_write_string (ws, 1, 4, "A0001", NULL);
  worksheet_write_string (ws, 1, 5, "2023-03-21", NULL);
  worksheet_write_string (ws, 2, 0, "二号", NULL);
  worksheet_write_string (ws, 2, 2, "测试县市场监督管理局", NULL);
  worksheet_write_datetime (ws, 2, 3, &june, ym);
  worksheet_write_string (ws, 2, 4, "A0002", NULL);
  worksheet_write_string (ws, 2, 5, "2023-03-21", NULL);
  /* Rows 4 and 5: the ID's year and month, then another month. */
  worksheet_write_string (ws, 3, 0, "三号", NULL);
  worksheet_write_string (ws, 3, 1, with_id, NULL);
  worksheet_write_string (ws, 3, 2, "测试县市场监督管理局", NULL);
  as_number = g_ascii_strtod (birth, NULL) + g_ascii_strtod (birth + 5, NULL) / 100.0;
  worksheet_write_number (ws, 3, 3, as_number, NULL);
  worksheet_write_string (ws, 4, 0, "四号", NULL);
  worksheet_write_string (ws, 4, 1, other_id, NULL);
  worksheet_write_string (ws, 4, 2, "测试县市场监督管理局", NULL);
  worksheet_write_string (ws, 4, 3, "1960年1月", NULL);
  worksheet_write_string (ws, 5, 0, "五号", NULL);
  worksheet_write_string (ws, 5, 2, "测试县市场监督管理局", NULL);
  worksheet_write_string (ws, 5, 3, "1899.12", NULL);
  worksheet_write_string (ws, 5, 4, "A0005", NULL);
  worksheet_write_string (ws, 5, 5, "2023-03-21", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  import = plan_file (f, "officers", path, NULL);
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    g_test_message ("row %u: %s", zf_import_get_row (import, i)->excel_row,
                    zf_import_get_row (import, i)->message);
  assert_counts (import, 3, 0, 0, 2);
  g_assert_cmpstr (row_at (import, 5)->column, ==, "D");
  g_assert_nonnull (strstr (row_at (import, 5)->message, "1960-01"));
  g_assert_cmpstr (row_at (import, 6)->column, ==, "D");
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '一号' "
                              "AND birth_date = '1991-06'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer WHERE name = '二号' "
                              "AND birth_date = '1985-06'"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM officer WHERE name = '三号' "
                                            "AND birth_date = '%s'", birth);
    g_assert_cmpint (db_int (f, sql), ==, 1);
  }
}

/* The failed-rows workbook holds each refused row's own cells: blank and
 * template rows skipped above a refused row do not shift it. */
static void
test_errors_workbook_rows (Fixture       *f,
                           gconstpointer  data)
{
  static const char *const header[] = { "序号", "姓名", "身份证号码", "单位", NULL };
  g_autofree char *path = fixture_path (f->dir, "gaps.xlsx");
  g_autofree char *errors = fixture_path (f->dir, "gaps-errors.xlsx");
  g_autofree char *id1 = zf_test_id_number (61, TRUE);
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  ZfRow *r;
  guint n = 0;

  import_bodies (f);
  rows_add (rows, "1", "", "", "", NULL);                       /* a serial number only */
  rows_add (rows, "2", "甲", id1, "测试县市场监督管理局", NULL);
  rows_add (rows, "3", "", "", "", NULL);
  rows_add (rows, "4", "乙", id1, "没有的局", NULL);             /* refused */
  rows_add (rows, "5", "丙", "", "测试县市场监督管理局", NULL);    /* refused */
  write_xlsx (path, 1, header, rows);
  import = plan_file (f, "officers", path, NULL);
  assert_counts (import, 1, 0, 0, 2);
  g_assert_true (zf_import_write_errors_xlsx (import, errors, &error));
  g_assert_no_error (error);
  reader = zf_xlsx_reader_open (errors, &error);
  g_assert_true (zf_xlsx_reader_select_sheet (reader, NULL, &error));
  zf_row_free (zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error));
  while ((r = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)))
    {
      /* Row 6 is 乙's, row 7 丙's. */
      g_assert_cmpstr (zf_row_get_text (r, 1), ==, n == 0 ? "乙" : "丙");
      g_assert_cmpstr (zf_row_get_text (r, 4), ==, n == 0 ? "6" : "7");
      zf_row_free (r);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
}

static void
test_matters_and_cases (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *matters = fixture_path (f->dir, "matters.csv");
  g_autofree char *cases = fixture_path (f->dir, "cases.csv");
  g_autoptr(ZfImport) import = NULL;

  import_bodies (f);
  g_assert_true (g_file_set_contents (matters,
    "实施主体;事项编码;事项名称;权力类型;办理时限;状态\n"
    "测试县市场监督管理局;CF001;对未取得营业执照从事经营的处罚;行政处罚;90日;有效\n"
    "测试县市场监督管理局;XK001;食品经营许可;许可;20个工作日;\n"
    "测试县市场监督管理局;QT001;某某事项;奖惩;;\n"
    "测试县市场监督管理局;XK001;食品经营许可（重复）;许可;;\n", -1, NULL));
  import = plan_file (f, "matters", matters, NULL);
  assert_counts (import, 2, 0, 0, 2);
  g_assert_cmpstr (row_at (import, 4)->column, ==, "D");
  g_assert_nonnull (strstr (row_at (import, 5)->message, "row 3"));
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM matter WHERE category = 'licensing' AND code = 'XK001' "
                              "AND status = 'active'"), ==, 1);
  g_clear_object (&import);

  g_assert_true (g_file_set_contents (cases,
    "办案单位\t案号\t案件类别\t适用程序\t当事人\t立案日期\t决定日期\t罚款金额\t是否重大\n"
    "测试县市场监督管理局\t测市监罚〔2023〕1号\t行政处罚\t普通程序\t测试商行\t2023-02-01\t45006\t5,000元\t否\n"
    "测试县市场监督管理局\t测市监罚〔2023〕2号\t处罚\t听证\t测试公司\t2023/4/1\t2023/6/1\t200000\t是\n"
    "测试县市场监督管理局\t测市监罚〔2023〕3号\t处罚\t简易\t某人\t2023-13-01\t\t\t\n", -1, NULL));
  import = plan_file (f, "cases", cases, NULL);
  assert_counts (import, 2, 0, 0, 1);
  g_assert_cmpstr (row_at (import, 4)->column, ==, "F");
  commit (import);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM case_file WHERE decided_date = '2023-03-21' "
                              "AND fine_amount = 5000 AND year = 2023 AND procedure = 'ordinary' "
                              "AND major = 0"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM case_file WHERE major = 1 AND procedure = 'hearing'"), ==, 1);
}

static gboolean
insert_conflict (Fixture *f)
{
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autofree char *code = zf_test_credit_code (100 + 9);
  g_autoptr(GError) error = NULL;

  g_object_set (body, "name", "抢先登记的局", "credit-code", code, NULL);
  g_assert_true (zf_store_save_body (f->store, body, &error));
  g_assert_no_error (error);
  return TRUE;
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_bodies (f, 10);
  g_autoptr(ZfImport) import = plan_file (f, "bodies", path, NULL);
  g_autoptr(GError) error = NULL;

  assert_counts (import, 14, 0, 0, 2);
  /* Another program stores the last row's credit code after the preview. */
  insert_conflict (f);
  g_assert_false (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "19"));    /* Excel row of the last data row */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE action = 'import'"), ==, 0);

  /* Per-row auditing is back on after the failure. */
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM audit_log WHERE tbl = 'body' AND action = 'insert'"), ==, 1);
}

static void
cancel_on_progress (guint    done,
                    guint    total,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_bodies (f, 1200);
  g_autoptr(ZfImport) import = plan_file (f, "bodies", path, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  assert_counts (import, 1204, 0, 0, 2);
  g_assert_false (zf_import_commit (import, cancellable, cancel_on_progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body"), ==, 0);
}

static void
test_mapping (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = fixture_path (f->dir, "odd.csv");
  g_autofree char *json = NULL;
  g_autofree char *loaded = NULL;
  g_autoptr(ZfRowSource) source = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) second = NULL;
  g_autoptr(GHashTable) saved = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = zf_test_credit_code (5);
  g_autofree char *text = g_strdup_printf ("执法机构全称,代码,层级\n测试局,%s,县级\n", code);

  g_assert_true (g_file_set_contents (csv, text, -1, NULL));
  source = zf_import_open_source (csv, NULL, NULL, &error);
  import = zf_import_new (f->store, zf_import_register_lookup ("bodies"));
  /* With a saved mapping even one recognized header is enough. */
  saved = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (saved, "level", "层级");
  g_assert_true (zf_import_read (import, source, saved, NULL, &error));
  g_clear_pointer (&saved, g_hash_table_unref);
  g_assert_cmpint (zf_import_get_mapping (import, 0), ==, -1);
  zf_import_set_mapping (import, 0, 0);
  zf_import_set_mapping (import, 1, 1);
  json = zf_import_get_mapping_json (import);
  g_assert_true (zf_store_save_import_mapping (f->store, "bodies", "某局台账", json, &error));
  g_assert_no_error (error);
  names = zf_store_list_import_mappings (f->store, "bodies", &error);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "某局台账");

  loaded = zf_store_load_import_mapping (f->store, "bodies", "某局台账", &error);
  g_assert_no_error (error);
  saved = zf_store_parse_import_mapping (f->store, "bodies", loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (saved, "name"), ==, "执法机构全称");
  g_assert_cmpstr (g_hash_table_lookup (saved, "credit_code"), ==, "代码");

  second = plan_file (f, "bodies", csv, saved);
  assert_counts (second, 1, 0, 0, 0);
  g_assert_cmpint (zf_import_get_mapping (second, 2), ==, -1);   /* kind: not in the file */
  g_assert_cmpint (zf_import_get_mapping (second, 3), ==, 2);

  g_assert_null (zf_store_parse_import_mapping (f->store, "bodies", "{not json", &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (zf_store_parse_import_mapping (f->store, "officers", json, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (zf_store_load_import_mapping (f->store, "bodies", "没有", &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND);
}


/* The documented layout: one column per field, headed by its label, codes
 * by their labels, dates as date cells, numbers as numbers. Exporting a
 * register this way and importing the file again must change nothing. */
static const char *const roundtrip_sql[] = {
  [ZF_IMPORT_BODIES] =
    "SELECT b.name, b.credit_code, b.kind, b.level, b.region_code, b.domain, p.name, b.legal_basis, "
    "b.letter_number, b.letter_date, b.letter_scope, b.letter_start, b.letter_end, b.filed, "
    "b.filed_date, b.has_legal_section, b.legal_staff_count, b.address, b.contact, b.phone, b.status, "
    "b.published_date, b.notes FROM body b LEFT JOIN body p ON p.id = b.parent_id ORDER BY b.id",
  [ZF_IMPORT_OFFICERS] =
    "SELECT o.name, o.id_number, o.sex, o.birth_date, b.name, "
    "(SELECT name FROM section WHERE id = o.section_id), o.title, "
    "(SELECT name FROM post WHERE id = o.post_id), o.staffing, o.financed, o.enforcement_post, "
    "o.phone, o.enforcement_category, o.enforcement_area, c.number, c.issuing_authority, "
    "c.issue_date, c.valid_until, NULL, NULL, NULL, o.last_activity_date, o.notes "
    "FROM officer o JOIN body b ON b.id = o.body_id "
    "LEFT JOIN certificate c ON c.officer_id = o.id ORDER BY o.id",
  [ZF_IMPORT_MATTERS] =
    "SELECT b.name, m.code, m.name, m.category, "
    "(SELECT group_concat (line, '；') FROM (SELECT '《' || l.title || '》' || a.article AS line "
    " FROM matter_basis mb JOIN law_article a ON a.id = mb.article_id JOIN law l ON l.id = a.law_id "
    " WHERE mb.matter_id = m.id ORDER BY line)), "
    "(SELECT name FROM section WHERE id = m.section_id), (SELECT name FROM post WHERE id = m.post_id), "
    "m.cooperating, m.time_limit_days, m.time_limit_text, m.responsibility, "
    "m.accountability, m.supervision_phone, m.status, m.enforcement_category, m.notes "
    "FROM matter m JOIN body b ON b.id = m.body_id ORDER BY m.id",
  [ZF_IMPORT_CASES] =
    "SELECT b.name, c.number, c.category, c.procedure, c.party_name, c.party_kind, c.party_code, "
    "(SELECT name FROM matter WHERE id = c.matter_id), c.filed_date, c.investigated_date, "
    "c.notified_date, c.hearing_date, c.legal_review_date, c.collective_date, c.decided_date, "
    "c.served_date, c.executed_date, c.closed_date, c.archived_date, c.fine_amount, "
    "c.confiscated_amount, c.basis, c.major, c.transferred_judicial, c.review_outcome, "
    "c.litigation_outcome, c.year, c.notes FROM case_file c JOIN body b ON b.id = c.body_id "
    "ORDER BY c.id",
};

static guint
export_register (Fixture                *f,
                 const ZfImportRegister *reg,
                 const char             *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  lxw_format *date = workbook_add_format (wb);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint out = 0;

  format_set_num_format (date, "yyyy年m月d日");
  worksheet_merge_range (ws, 0, 0, 0, 3, _(reg->label), NULL);
  for (guint i = 0, c = 0; i < reg->n_fields; i++)
    if (reg->fields[i].kind != ZF_IMPORT_HIDDEN)
      worksheet_write_string (ws, 1, c++, zf_import_field_label (&reg->fields[i]), NULL);

  g_assert_cmpint (sqlite3_open_v2 (zf_store_get_path (f->store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, roundtrip_sql[reg->id], -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (guint i = 0; i < (guint) sqlite3_column_count (stmt); i++)
        {
          const ZfImportField *field = &reg->fields[i];
          const char *v = (const char *) sqlite3_column_text (stmt, i);
          int row = 2 + out;

          if (v == NULL)
            continue;
          if (field->kind == ZF_IMPORT_CODE)
            worksheet_write_string (ws, row, i, zf_code_label (field->codes, v), NULL);
          else if (field->kind == ZF_IMPORT_BOOL)
            worksheet_write_string (ws, row, i, sqlite3_column_int (stmt, i) ? "是" : "否", NULL);
          else if (field->kind == ZF_IMPORT_INT || field->kind == ZF_IMPORT_DOUBLE)
            worksheet_write_number (ws, row, i, sqlite3_column_double (stmt, i), NULL);
          else if (field->kind == ZF_IMPORT_DATE)
            {
              lxw_datetime dt = { 0 };
              g_assert_cmpint (sscanf (v, "%d-%d-%d", &dt.year, &dt.month, &dt.day), ==, 3);
              worksheet_write_datetime (ws, row, i, &dt, date);
            }
          else
            worksheet_write_string (ws, row, i, v, NULL);
        }
      out++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return out;
}

static void
assert_all_unchanged (ZfImport *import,
                      guint     n)
{
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    if (zf_import_get_row (import, i)->status != ZF_IMPORT_ROW_UNCHANGED)
      g_test_message ("row %u: %s", zf_import_get_row (import, i)->excel_row,
                      zf_import_get_row (import, i)->message);
  assert_counts (import, 0, 0, n, 0);
}

/* Bodies, matters, cases and one officer with a card and a section. */
static void
import_sample_registers (Fixture       *f,
                         gconstpointer  data)
{
  test_matters_and_cases (f, data);
  {
    g_autofree char *id1 = zf_test_id_number (11, TRUE);
    g_autofree char *text = g_strdup_printf (
      "姓名,身份证号,单位,科室,职务,联系电话,执法证号,发证机关,发证日期,有效期至,执法类别,执法区域\n"
      "王八八,%s,测试县市场监督管理局,执法一科,科员,13800000000,42070300011,测试省人民政府,2022-11-01,2027-10-31,市场监管,测试县\n",
      id1);
    g_autofree char *path = fixture_path (f->dir, "officers-rt.csv");
    g_autoptr(ZfImport) import = NULL;

    g_assert_true (g_file_set_contents (path, text, -1, NULL));
    import = plan_file (f, "officers", path, NULL);
    assert_counts (import, 1, 0, 0, 0);
    commit (import);
  }

}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  import_sample_registers (f, data);

  for (ZfImportRegisterId id = ZF_IMPORT_BODIES; id <= ZF_IMPORT_CASES; id++)
    {
      const ZfImportRegister *reg = zf_import_register_get (id);
      g_autofree char *name = g_strdup_printf ("export-%s.xlsx", reg->name);
      g_autofree char *path = fixture_path (f->dir, name);
      g_autoptr(ZfImport) import = NULL;
      guint n = export_register (f, reg, path);

      g_test_message ("round trip of %s: %u rows", reg->name, n);
      g_assert_cmpuint (n, >, 0);
      import = plan_file (f, reg->name, path, NULL);
      assert_all_unchanged (import, n);
    }
}

/* The files the app itself exports, read back unchanged: the officers
 * roster (more columns than the import knows: post, status, training…) and
 * the checklists tab's matters list (title rows above the header). */
static void
test_round_trip_exports (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *roster = fixture_path (f->dir, "roster.xlsx");
  g_autofree char *matters = fixture_path (f->dir, "matters-export.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ZfImport) officers = NULL;
  g_autoptr(ZfImport) listed = NULL;
  g_autoptr(GError) error = NULL;
  static const char snapshot_sql[] =
    "SELECT (SELECT count(*) FROM officer) || '/' || (SELECT count(*) FROM certificate) || '/' || "
    "(SELECT count(*) FROM officer_event) || '/' || (SELECT count(*) FROM section) || '/' || "
    "(SELECT count(*) FROM matter) || '/' || (SELECT max (updated_at) FROM officer) || '/' || "
    "(SELECT group_concat (o.name || o.section_id || c.status, ',') FROM officer o "
    "JOIN certificate c ON c.officer_id = o.id)";

  import_sample_registers (f, data);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer o JOIN section s ON s.id = o.section_id "
                              "WHERE s.name = '执法一科'"), ==, 1);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM officer_event WHERE kind IN ('applied', 'issued')"), ==, 2);
  before = db_text (f, snapshot_sql);

  g_assert_true (zf_officer_export_xlsx (f->store, roster, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  officers = plan_file (f, "officers", roster, NULL);
  g_assert_cmpint (zf_import_get_mapping (officers, zf_import_register_field_index (
                     zf_import_get_register (officers), "section_name")), >=, 0);
  assert_all_unchanged (officers, 1);
  commit (officers);

  g_assert_true (zf_export_checklist_xlsx (f->store, ZF_CHECKLIST_MATTERS, 0, matters, &error));
  g_assert_no_error (error);
  listed = plan_file (f, "matters", matters, NULL);
  assert_all_unchanged (listed, 2);
  commit (listed);

  after = db_text (f, snapshot_sql);
  g_assert_cmpstr (after, ==, before);
}

/* The public register that zhifa-cli exports, read back: nothing changes. */
static void
test_round_trip_public_register (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *path = write_bodies (f, 0);
  g_autofree char *exported = fixture_path (f->dir, "register.xlsx");
  g_autoptr(ZfImport) import = plan_file (f, "bodies", path, NULL);
  g_autoptr(ZfImport) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *const published[] = { "测试县市场监督管理局", "测试县某镇综合执法队", "测试县消防救援大队" };

  commit (import);
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      g_autoptr(ZfBody) body = zf_store_find_body_by_name (f->store, published[i]);
      gint64 id = zf_record_get_id (ZF_RECORD (body));

      g_assert_true (zf_store_change_body_status (f->store, id, "confirmed", "2023-01-10", "测确〔2023〕1号", NULL, &error));
      g_assert_true (zf_store_change_body_status (f->store, id, "published", "2023-02-01", "测公〔2023〕1号", NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (zf_export_bodies_xlsx (f->store, exported, NULL, &error));
  g_assert_no_error (error);

  again = plan_file (f, "bodies", exported, NULL);
  for (guint i = 0; i < zf_import_get_n_rows (again); i++)
    if (zf_import_get_row (again, i)->status != ZF_IMPORT_ROW_UNCHANGED)
      g_test_message ("row %u: %s", zf_import_get_row (again, i)->excel_row,
                      zf_import_get_row (again, i)->message);
  g_assert_cmpint (zf_import_get_mapping (again, zf_import_register_field_index (zf_import_get_register (again), "parent_name")), >=, 0);
  assert_counts (again, 0, 0, 3, 0);
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

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = write_bodies (f, 0);
  g_autofree char *errors = fixture_path (f->dir, "cli-errors.xlsx");
  g_autofree char *mapping = fixture_path (f->dir, "mapping.json");
  g_autofree char *out = NULL;

  g_assert_cmpint (run_cli (f, &out, "bodies", path, "--dry-run", NULL), ==, 2);
  g_assert_nonnull (strstr (out, "Row 8, column C"));
  g_assert_nonnull (strstr (out, "Dry run"));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body"), ==, 0);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (f, &out, "bodies", path, "--errors", errors, "--save-mapping", "县台账", NULL), ==, 2);
  g_assert_true (g_file_test (errors, G_FILE_TEST_EXISTS));
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM body"), ==, 4);
  g_assert_cmpint (db_int (f, "SELECT count(*) FROM import_mapping WHERE register = 'bodies' AND name = '县台账'"), ==, 1);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (f, &out, "bodies", path, "--use-mapping", "县台账", NULL), ==, 2);
  g_assert_nonnull (strstr (out, "unchanged: 4"));
  g_clear_pointer (&out, g_free);

  g_assert_true (g_file_set_contents (mapping, "{\"register\": \"bodies\", \"columns\": "
                                      "{\"name\": \"单位名称\", \"credit_code\": \"统一社会信用代码\"}}", -1, NULL));
  /* Only name and credit code mapped: the entrusted row without its letter
   * is now a plain new body; the wrong check character is still refused. */
  g_assert_cmpint (run_cli (f, &out, "bodies", path, "--mapping", mapping, "-n", NULL), ==, 2);
  g_assert_nonnull (strstr (out, "New: 1"));
  g_assert_nonnull (strstr (out, "unchanged: 4"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (f, &out, "nothing", path, NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, "bodies", "/nonexistent/file.csv", NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/bodies", test_bodies);
  ADD ("/import/bodies/update", test_bodies_update);
  ADD ("/import/officers", test_officers);
  ADD ("/import/chinese-punctuation", test_chinese_punctuation);
  ADD ("/import/officers-roster-habits", test_officers_roster_habits);
  ADD ("/import/officers-validity-period", test_officers_validity_period);
  ADD ("/import/officers-duplicates-at-commit", test_officers_duplicates_at_commit);
  ADD ("/import/officers-bulk-schema", test_officers_bulk_schema);
  ADD ("/import/officers-bulk-uuids", test_officers_bulk_uuids);
  ADD ("/import/officers-identity", test_officers_identity);
  ADD ("/import/updates-show-changes", test_updates_show_changes);
  ADD ("/import/officers-birth-year-month", test_officers_birth_year_month);
  ADD ("/import/errors-workbook-rows", test_errors_workbook_rows);
  ADD ("/import/matters-and-cases", test_matters_and_cases);
  ADD ("/import/all-or-nothing", test_all_or_nothing);
  ADD ("/import/cancel", test_cancel);
  ADD ("/import/mapping", test_mapping);
  ADD ("/import/round-trip", test_round_trip);
  ADD ("/import/round-trip/public-register", test_round_trip_public_register);
  ADD ("/import/round-trip/app-exports", test_round_trip_exports);
  ADD ("/import/cli", test_cli);
  return g_test_run ();
}
