#include "config.h"

#include <locale.h>
#include <string.h>

#include <xlsxwriter.h>

#include "import-fixtures.h"
#include "zf-checklists-export.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-import.h"
#include "zf-store-import.h"

/* The checklists' registers as a county writes them: the catalog of legal
 * bases with its articles' texts, two laws of one title, a basis citing a
 * repealed law. */

static gint64
db_int (ZfStore    *store,
        const char *sql)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (store));
  gint64 v = zf_test_sqlite_int (db, sql);

  sqlite3_close (db);
  return v;
}

static void
db_exec (ZfStore    *store,
         const char *sql)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (store));

  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static ZfImport *
plan_text (Fixture    *f,
           const char *reg,
           const char *name,
           const char *text)
{
  g_autofree char *path = fixture_path (f->dir, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = NULL;
  ZfImport *import;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  source = zf_import_open_source (path, NULL, NULL, &error);
  g_assert_no_error (error);
  import = zf_import_new (f->store, zf_import_register_lookup (reg));
  zf_import_set_file_name (import, path);
  g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return import;
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
assert_status (ZfImport       *import,
               guint           excel_row,
               ZfImportStatus  status)
{
  const ZfImportRow *row = row_at (import, excel_row);

  if (row->status != status)
    g_test_message ("row %u: %s", excel_row, row->message ? row->message : "");
  g_assert_cmpint (row->status, ==, status);
}

/* A refused row names its column, and its reason says each of @parts. */
static void
assert_refused (ZfImport   *import,
                guint       excel_row,
                const char *column,
                const char *part,
                const char *part2)
{
  const ZfImportRow *row = row_at (import, excel_row);

  g_test_message ("row %u: %s", excel_row, row->message);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_cmpstr (row->column, ==, column);
  g_assert_nonnull (strstr (row->message, part));
  g_assert_true (part2 == NULL || strstr (row->message, part2) != NULL);
}

/* An article's text: read with the article, one text on every row of the
 * file (another refused at its cell naming the first row, a blank the
 * first row's), a blank cell keeping the stored text, a text without
 * an article refused. */
static void
test_article_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ZfImport) laws = NULL;
  g_autoptr(ZfImport) again = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  zf_test_add_body (f->store, "测试县综合行政执法局", 2);
  laws = plan_text (f, "laws", "catalog.csv",
    "执法主体,效力层级,名称,条款,条款内容\n"
    "测试县市场监督管理局,法律,中华人民共和国行政处罚法,第二十八条,行政机关实施行政处罚时，应当责令当事人改正。\n"
    "测试县综合行政执法局,法律,中华人民共和国行政处罚法,第二十八条,\n"
    "测试县综合行政执法局,法律,中华人民共和国食品安全法,第一百二十二条,违反本法规定，未取得食品生产经营许可。\n"
    "测试县市场监督管理局,法律,中华人民共和国食品安全法,第一百二十二条,另一段文字\n"
    "测试县市场监督管理局,法律,中华人民共和国食品安全法,,没有条款的文字\n");
  assert_status (laws, 2, ZF_IMPORT_ROW_NEW);
  assert_status (laws, 3, ZF_IMPORT_ROW_NEW);
  assert_status (laws, 4, ZF_IMPORT_ROW_NEW);
  assert_refused (laws, 5, "E", "row 4", "第一百二十二条");
  assert_refused (laws, 6, "E", "中华人民共和国食品安全法", NULL);
  fixture_commit_checked (laws);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第二十八条' "
                                     "AND content = '行政机关实施行政处罚时，应当责令当事人改正。'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第一百二十二条' "
                                     "AND content = '违反本法规定，未取得食品生产经营许可。'"), ==, 1);

  /* Blank keeps the stored text; another text is an update, shown. */
  again = plan_text (f, "laws", "again.csv",
    "执法主体,效力层级,名称,条款,条款内容\n"
    "测试县市场监督管理局,法律,中华人民共和国行政处罚法,第二十八条,\n"
    "测试县综合行政执法局,法律,中华人民共和国食品安全法,第一百二十二条,新的文字\n");
  assert_status (again, 2, ZF_IMPORT_ROW_UNCHANGED);
  assert_status (again, 3, ZF_IMPORT_ROW_UPDATE);
  g_assert_nonnull (strstr (row_at (again, 3)->changes, "新的文字"));
  fixture_commit_checked (again);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第二十八条' "
                                     "AND content = '行政机关实施行政处罚时，应当责令当事人改正。'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第一百二十二条' "
                                     "AND content = '新的文字'"), ==, 1);
}

/* A law held whole with its articles' texts in one cell, one article a
 * line, as the catalog export writes it: the articles added, their texts
 * written, the ones the cell leaves out kept; another text for an
 * article given in the same file refused, naming that row. */
static void
test_whole_law_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZfImport) laws = NULL;
  g_autoptr(ZfImport) again = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  zf_test_add_body (f->store, "测试县综合行政执法局", 2);
  laws = plan_text (f, "laws", "whole.csv",
    "执法主体,效力层级,名称,条款,条款内容\n"
    "测试县市场监督管理局,法律,中华人民共和国行政处罚法,,\"第一条 为了规范行政处罚的设定和实施。\n"
    "第二条 行政处罚是指行政机关依法对违反行政管理秩序的当事人的惩戒。\n"
    "前款所称当事人，包括公民、法人和其他组织。\n第3条\"\n"
    "测试县综合行政执法局,法律,中华人民共和国行政处罚法,,\n");
  assert_status (laws, 2, ZF_IMPORT_ROW_NEW);
  assert_status (laws, 3, ZF_IMPORT_ROW_NEW);
  fixture_commit_checked (laws);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article"), ==, 3);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第二条' AND "
                                     "content = '行政处罚是指行政机关依法对违反行政管理秩序的当事人的"
                                     "惩戒。' || char (10) || '前款所称当事人，包括公民、法人和其他组织。'"),
                   ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第三条' "
                                     "AND content IS NULL"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM body_catalog WHERE article_id IS NULL"), ==, 2);

  again = plan_text (f, "laws", "whole-again.csv",
    "执法主体,效力层级,名称,条款,条款内容\n"
    "测试县市场监督管理局,法律,中华人民共和国行政处罚法,,\"第三条 新的文字\n第四条\"\n"
    "测试县综合行政执法局,法律,中华人民共和国行政处罚法,,第三条 另一段文字\n"
    "测试县综合行政执法局,法律,中华人民共和国食品安全法,,总则\n");
  assert_status (again, 2, ZF_IMPORT_ROW_UPDATE);
  g_assert_nonnull (strstr (row_at (again, 2)->changes, "新的文字"));
  assert_refused (again, 3, "E", "row 2", "第三条");
  assert_refused (again, 4, "E", "总则", NULL);
  fixture_commit_checked (again);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article"), ==, 4);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第一条' AND "
                                     "content = '为了规范行政处罚的设定和实施。'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law_article WHERE article = '第三条' "
                                     "AND content = '新的文字'"), ==, 1);
}

/* Two laws of one title in the register: a catalog row is refused until
 * its document number or promulgation date picks one, and then it is
 * that one, said in the preview. */
static void
test_same_title (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ZfImport) laws = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  db_exec (f->store,
           "INSERT INTO law (title, level, doc_number, promulgated) VALUES "
           "('测试市养犬管理规定', 'local_government_rule', '测政发〔2010〕1号', '2010-01-01'), "
           "('测试市养犬管理规定', 'local_government_rule', '测政发〔2020〕9号', '2020-06-01')");
  laws = plan_text (f, "laws", "same-title.csv",
    "执法主体,名称,文号,公布日期,执行科（股）室\n"
    "测试县市场监督管理局,测试市养犬管理规定,,,稽查科\n"
    "测试县市场监督管理局,测试市养犬管理规定,测政发〔2020〕9号,,稽查科\n");
  assert_refused (laws, 2, "C", "2", "测试市养犬管理规定");
  assert_status (laws, 3, ZF_IMPORT_ROW_NEW);
  g_assert_nonnull (strstr (row_at (laws, 3)->notes, "测政发〔2020〕9号"));
  fixture_commit_checked (laws);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM body_catalog c JOIN law l ON l.id = c.law_id "
                                     "WHERE l.doc_number = '测政发〔2020〕9号'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM body_catalog"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM law"), ==, 2);
}

/* A matter's basis naming a law of a title two laws of the body's
 * catalog share is refused at the basis cell, naming both, until the
 * law's document number or promulgation date in brackets after the title
 * picks one; the list then writes it so, and reads it back unchanged. */
static void
test_basis_same_title (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZfImport) matters = NULL;
  g_autoptr(ZfImport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfTable) table = NULL;
  g_autofree char *export_path = fixture_path (f->dir, "matters.xlsx");

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  db_exec (f->store,
           "INSERT INTO law (title, level, doc_number, promulgated) VALUES "
           "('测试市养犬管理规定', 'local_government_rule', '测政发〔2010〕1号', '2010-01-01'), "
           "('测试市养犬管理规定', 'local_government_rule', '测政发〔2020〕9号', '2020-06-01'), "
           "('测试市市容管理规定', 'local_government_rule', NULL, '2018-03-01'); "
           "INSERT INTO body_catalog (body_id, law_id) SELECT b.id, l.id FROM body b, law l");
  matters = plan_text (f, "matters", "matters.csv",
    "执法主体,事项编码,事项名称,事项类别,实施依据\n"
    "测试县市场监督管理局,CF-001,对违规养犬的行政处罚,行政处罚,《测试市养犬管理规定》第十条\n"
    "测试县市场监督管理局,CF-002,对未办证养犬的行政处罚,行政处罚,《测试市养犬管理规定》（测政发〔2020〕9号）第十条\n"
    "测试县市场监督管理局,CF-003,对遛犬不拴绳的行政处罚,行政处罚,《测试市养犬管理规定》(2020-06-01)第十一条、第十二条\n"
    "测试县市场监督管理局,CF-004,对违规设置广告的行政处罚,行政处罚,《测试市市容管理规定》第五条\n"
    "测试县市场监督管理局,CF-005,对违规遛犬的行政处罚,行政处罚,《测试市养犬管理规定》（测政发〔1999〕5号）第十条\n");
  assert_refused (matters, 2, "E", "测政发〔2010〕1号", "测政发〔2020〕9号");
  assert_status (matters, 3, ZF_IMPORT_ROW_NEW);
  assert_status (matters, 4, ZF_IMPORT_ROW_NEW);
  assert_status (matters, 5, ZF_IMPORT_ROW_NEW);
  assert_refused (matters, 6, "E", "测政发〔2010〕1号", "测政发〔2020〕9号");
  fixture_commit_checked (matters);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM matter_basis mb JOIN law_article a "
                                     "ON a.id = mb.article_id JOIN law l ON l.id = a.law_id "
                                     "WHERE l.doc_number = '测政发〔2020〕9号'"), ==, 3);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM matter_basis mb JOIN law_article a "
                                     "ON a.id = mb.article_id JOIN law l ON l.id = a.law_id "
                                     "WHERE l.doc_number = '测政发〔2010〕1号'"), ==, 0);

  /* The list names the law by its document number; its own export
   * comes back unchanged. */
  table = zf_checklist_table (f->store, ZF_CHECKLIST_MATTERS, 0, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < table->rows->len; r++)
    g_test_message ("%s", zf_table_cell (table, r, 4));
  g_assert_cmpstr (zf_table_cell (table, 0, 4), ==, "《测试市养犬管理规定》（测政发〔2020〕9号）第十条");
  g_assert_cmpstr (zf_table_cell (table, 2, 4), ==, "《测试市市容管理规定》第五条");
  g_assert_true (zf_export_checklist_xlsx (f->store, ZF_CHECKLIST_MATTERS, 0, export_path, &error));
  g_assert_no_error (error);
  again = fixture_plan_file (f->store, "matters", export_path);
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==, zf_import_get_n_rows (again));
}

/* C2 at the import as in the window: a basis citing a law repealed on or
 * before the day is refused at the basis cell with the law's title and
 * repeal date; a law repealed later still stands. */
static void
test_repealed_basis (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZfImport) laws = NULL;
  g_autoptr(ZfImport) matters = NULL;
  g_autofree char *today = zf_date_today ();
  g_autofree char *catalog = g_strdup_printf (
    "执法主体,效力层级,名称,废止日期,条款\n"
    "测试县市场监督管理局,地方性法规,测试省旧条例,%s,\n"
    "测试县市场监督管理局,地方性法规,测试省新条例,2999-12-31,\n", today);

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  laws = plan_text (f, "laws", "catalog.csv", catalog);
  fixture_commit_checked (laws);
  matters = plan_text (f, "matters", "matters.csv",
    "执法主体,事项编码,事项名称,事项类别,实施依据\n"
    "测试县市场监督管理局,CF-001,对旧违法行为的行政处罚,行政处罚,《测试省旧条例》第十条\n"
    "测试县市场监督管理局,CF-002,对新违法行为的行政处罚,行政处罚,《测试省新条例》第十条\n");
  assert_refused (matters, 2, "E", "测试省旧条例", today);
  assert_status (matters, 3, ZF_IMPORT_ROW_NEW);
  fixture_commit_checked (matters);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM matter"), ==, 1);
}

/* A body with two sections and their posts, an officer on a post, an
 * officer of another body, and two matters: what duties are given to. */
static void
set_up_duties (Fixture *f)
{
  g_autofree char *id1 = zf_test_id_number (41, TRUE);
  g_autofree char *id2 = zf_test_id_number (42, FALSE);
  g_autofree char *id3 = zf_test_id_number (43, TRUE);
  g_autofree char *officers = g_strdup_printf (
    "姓名,身份证号码,单位,科室,岗位,执法证号,发证日期,有效期至\n"
    "赵一,%s,测试县市场监督管理局,稽查科,执法岗,42070300041,2023-01-01,2028-01-01\n"
    "钱二,%s,测试县综合行政执法局,执法大队,执法岗,42070300042,2023-01-01,2028-01-01\n"
    "孙三,%s,测试县市场监督管理局,法规科,审核岗,42070300043,2023-01-01,2028-01-01\n",
    id1, id2, id3);
  g_autoptr(ZfImport) people = NULL;
  g_autoptr(ZfImport) laws = NULL;
  g_autoptr(ZfImport) matters = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  zf_test_add_body (f->store, "测试县综合行政执法局", 2);
  people = plan_text (f, "officers", "officers.csv", officers);
  g_assert_cmpuint (zf_import_count (people, ZF_IMPORT_ROW_NEW), ==, 3);
  fixture_commit_checked (people);
  laws = plan_text (f, "laws", "catalog.csv",
    "执法主体,效力层级,名称\n"
    "测试县市场监督管理局,法律,中华人民共和国行政处罚法\n");
  fixture_commit_checked (laws);
  matters = plan_text (f, "matters", "matters.csv",
    "执法主体,事项编码,事项名称,事项类别,实施依据\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,行政处罚,《中华人民共和国行政处罚法》第二十八条\n"
    "测试县市场监督管理局,CF-002,对无证经营的行政处罚,行政处罚,《中华人民共和国行政处罚法》第二十八条\n");
  fixture_commit_checked (matters);
}

/* Duty assignments (C4): each of what the row names found in the
 * register, refused at its cell when it is not there or out of place,
 * as the window refuses it; the same assignment again unchanged. */
static void
test_duties (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ZfImport) duties = NULL;

  set_up_duties (f);
  duties = plan_text (f, "duties", "duties.csv",
    "执法主体,事项编码,事项名称,科室,岗位,执法人员,执法证号\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,稽查科,执法岗,赵一,42070300041\n"
    "测试县市场监督管理局,CF-099,对无照经营的行政处罚,稽查科,,,\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,不存在科,,,\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,稽查科,审核岗,,\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,,,钱二,42070300042\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,,,周五,\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,,,,\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,稽查科,执法岗,赵一,42070300041\n"
    "测试县市场监督管理局,CF-002,对无证经营的行政处罚,法规科,,,\n"
    "测试县市场监督管理局,CF-002,对无照经营的行政处罚,稽查科,,,\n"
    "测试县市场监督管理局,CF-002,对无证经营的行政处罚,,执法岗,孙三,\n"
    "测试县市场监督管理局,,对无证经营的行政处罚,,,赵一,42070300043\n");
  assert_status (duties, 2, ZF_IMPORT_ROW_NEW);
  assert_refused (duties, 3, "B", "CF-099", NULL);
  assert_refused (duties, 4, "D", "不存在科", NULL);
  /* 审核岗 is a post of 法规科, not of 稽查科. */
  assert_refused (duties, 5, "E", "C4", "审核岗");
  /* 钱二 works for another body. */
  assert_refused (duties, 6, "G", "C4", "钱二");
  assert_refused (duties, 7, "F", "周五", NULL);
  assert_refused (duties, 8, "D", "", NULL);
  assert_refused (duties, 9, "C", "2", NULL);
  assert_status (duties, 10, ZF_IMPORT_ROW_NEW);
  assert_refused (duties, 11, "C", "对无证经营的行政处罚", NULL);
  /* 孙三 is not on 执法岗. */
  assert_refused (duties, 12, "F", "C4", "孙三");
  assert_refused (duties, 13, "F", "孙三", "赵一");
  fixture_commit_checked (duties);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM duty_assignment d "
                                     "JOIN matter m ON m.id = d.matter_id "
                                     "JOIN section s ON s.id = d.section_id "
                                     "JOIN post p ON p.id = d.post_id AND p.section_id = s.id "
                                     "JOIN officer o ON o.id = d.officer_id AND o.post_id = p.id "
                                     "WHERE m.code = 'CF-001' AND s.name = '稽查科' "
                                     "AND o.name = '赵一'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM duty_assignment d "
                                     "JOIN matter m ON m.id = d.matter_id "
                                     "JOIN section s ON s.id = d.section_id "
                                     "WHERE m.code = 'CF-002' AND s.name = '法规科' "
                                     "AND d.post_id IS NULL AND d.officer_id IS NULL"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM duty_assignment"), ==, 2);
}

/* A sheet named @name of rows of cells separated by '|', the first the
 * header. */
static void
add_sheet (lxw_workbook      *wb,
           const char        *name,
           const char *const *rows)
{
  lxw_worksheet *ws = workbook_add_worksheet (wb, name);

  for (guint r = 0; rows[r]; r++)
    {
      g_auto(GStrv) cells = g_strsplit (rows[r], "|", -1);

      for (guint c = 0; cells[c]; c++)
        if (*cells[c])
          worksheet_write_string (ws, r, c, cells[c], NULL);
    }
}

/* The matters workbook imported once, as the matters: its transfers and
 * duties read from their sheets in the same preview and transaction, so
 * they may name matters the same file brings; every row names its sheet,
 * a refusal its sheet, row and column. */
static void
test_matters_workbook (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const matters[] = {
    "执法主体|事项编码|事项名称|事项类别",
    "测试县市场监督管理局|CF-011|对无照销售的行政处罚|行政处罚",
    "测试县市场监督管理局|CF-012|对无证销售的行政处罚|行政处罚",
    "测试县综合行政执法局|CF-011|对无照销售的行政处罚|行政处罚",
    NULL,
  };
  static const char *const transfers[] = {
    "日期|编码|事项名称|划出主体|承接主体|文号",
    "2024-01-01|CF-011|对无照销售的行政处罚|测试县市场监督管理局|测试县综合行政执法局|测编〔2024〕1号",
    "2024-01-01|CF-019|对无照销售的行政处罚|测试县市场监督管理局|测试县综合行政执法局|测编〔2024〕1号",
    NULL,
  };
  static const char *const duties[] = {
    "执法主体|事项编码|事项名称|科室|岗位|执法人员|执法证号",
    "测试县市场监督管理局|CF-012|对无证销售的行政处罚|稽查科|执法岗|赵一|42070300041",
    "测试县市场监督管理局|CF-012|对无证销售的行政处罚|稽查科|审核岗||",
    NULL,
  };
  g_autofree char *path = fixture_path (f->dir, "matters-workbook.xlsx");
  g_autofree char *errors = fixture_path (f->dir, "matters-errors.xlsx");
  g_autoptr(ZfRowSource) source = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sheets = NULL;
  lxw_workbook *wb;

  set_up_duties (f);
  wb = workbook_new (path);
  add_sheet (wb, "事项清单", matters);
  add_sheet (wb, "事项划转记录", transfers);
  add_sheet (wb, "职责分解", duties);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  source = zf_import_open_source (path, NULL, NULL, &error);
  g_assert_no_error (error);
  import = zf_import_new (f->store, zf_import_register_lookup ("matters"));
  zf_import_set_file_name (import, path);
  g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (zf_import_get_n_parts (import), ==, 3);
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, 7);
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    {
      const ZfImportRow *row = zf_import_get_row (import, i);

      g_test_message ("%s row %u: %s %s", row->sheet, row->excel_row,
                      zf_import_status_label (row->status), row->message ? row->message : "");
      g_assert_cmpstr (row->sheet, ==, i < 3 ? "事项清单" : i < 5 ? "事项划转记录" : "职责分解");
      g_assert_cmpint (row->status, ==, i == 4 || i == 6 ? ZF_IMPORT_ROW_ERROR : ZF_IMPORT_ROW_NEW);
    }
  g_assert_cmpstr (zf_import_get_row (import, 4)->column, ==, "B");
  g_assert_nonnull (strstr (zf_import_get_row (import, 4)->message, "CF-019"));
  g_assert_cmpstr (zf_import_get_row (import, 6)->column, ==, "E");
  g_assert_nonnull (strstr (zf_import_get_row (import, 6)->message, "C4"));
  sheets = zf_import_describe_sheets (import);
  g_test_message ("%s", sheets);
  g_assert_nonnull (strstr (sheets, "“职责分解” (Duty assignments): 1 new, 0 updated, 0 unchanged, "
                                    "1 refused"));
  /* The refused rows, each on a sheet of its own sheet's name. */
  g_assert_true (zf_import_write_errors_xlsx (import, errors, &error));
  g_assert_no_error (error);

  fixture_commit_checked (import);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM matter_transfer t "
                                     "JOIN matter m ON m.id = t.matter_id "
                                     "WHERE m.code = 'CF-011'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM duty_assignment d "
                                     "JOIN matter m ON m.id = d.matter_id "
                                     "WHERE m.code = 'CF-012' AND d.officer_id IS NOT NULL"), ==, 1);
}

/* Reads the workbook at @path as matters with the mapping @json (NULL:
 * guessed from the headers); NULL with @error when the import stops. */
static ZfImport *
read_matters_workbook (Fixture     *f,
                       const char  *path,
                       const char  *json,
                       GError     **error)
{
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, error);
  g_autoptr(GHashTable) saved = NULL;
  g_autoptr(ZfImport) import = zf_import_new (f->store, zf_import_register_lookup ("matters"));

  g_assert_nonnull (source);
  if (json != NULL)
    {
      saved = zf_store_parse_import_mapping (f->store, "matters", json, error);
      g_assert_nonnull (saved);
    }
  zf_import_set_file_name (import, path);
  if (!zf_import_read (import, source, saved, NULL, error))
    return NULL;
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, error));
  return g_steal_pointer (&import);
}

/* A mapping file maps the columns of each sheet a matters workbook is
 * read from: a transfers sheet whose headers name no field is read by
 * the mapping's "transfers" columns, a header it names that no sheet has
 * stops the import, and the mapping an import used is written with its
 * parts' columns. */
static void
test_workbook_mapping (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const matters[] = {
    "执法主体|事项编码|事项名称|事项类别",
    "测试县市场监督管理局|CF-011|对无照销售的行政处罚|行政处罚",
    "测试县综合行政执法局|CF-011|对无照销售的行政处罚|行政处罚",
    NULL,
  };
  static const char *const transfers[] = {
    "移交时间|权力代码|权力事项|原单位|接收单位",
    "2024-01-01|CF-011|对无照销售的行政处罚|测试县市场监督管理局|测试县综合行政执法局",
    NULL,
  };
  static const char columns[] =
    "{\"register\": \"matters\", \"columns\": {\"body_name\": \"执法主体\", \"code\": \"事项编码\", "
    "\"name\": \"事项名称\", \"category\": \"事项类别\"}, \"transfers\": {\"date\": \"移交时间\", "
    "\"code\": \"权力代码\", \"name\": \"权力事项\", \"from_body\": \"原单位\", \"to_body\": \"%s\"}}";
  g_autofree char *path = fixture_path (f->dir, "mapped-workbook.xlsx");
  g_autofree char *mapping = g_strdup_printf (columns, "接收单位");
  g_autofree char *wrong = g_strdup_printf (columns, "承接单位名称");
  g_autoptr(ZfImport) guessed = NULL;
  g_autoptr(ZfImport) mapped = NULL;
  g_autoptr(ZfImport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  lxw_workbook *wb;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  zf_test_add_body (f->store, "测试县综合行政执法局", 2);
  wb = workbook_new (path);
  add_sheet (wb, "事项清单", matters);
  add_sheet (wb, "移交记录", transfers);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  /* Guessed from the headers, the transfers sheet is not read. */
  guessed = read_matters_workbook (f, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zf_import_get_n_parts (guessed), ==, 1);

  mapped = read_matters_workbook (f, path, mapping, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zf_import_get_n_parts (mapped), ==, 2);
  g_assert_cmpstr (zf_import_get_sheet (zf_import_get_part (mapped, 1)), ==, "移交记录");
  g_assert_cmpuint (zf_import_count (mapped, ZF_IMPORT_ROW_NEW), ==, 3);
  json = zf_import_get_mapping_json (mapped);
  g_test_message ("%s", json);
  g_assert_nonnull (strstr (json, "\"transfers\": {"));
  g_assert_nonnull (strstr (json, "\"from_body\": \"原单位\""));
  fixture_commit_checked (mapped);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM matter_transfer"), ==, 1);

  /* The mapping the import used reads the workbook again, unchanged. */
  again = read_matters_workbook (f, path, json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==, 3);

  /* A header the mapping names that no sheet has stops the import. */
  g_assert_null (read_matters_workbook (f, path, wrong, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "承接单位名称"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/laws/article-text", test_article_text);
  ADD ("/import/laws/same-title", test_same_title);
  ADD ("/import/laws/whole-law-text", test_whole_law_text);
  ADD ("/import/matters/repealed-basis", test_repealed_basis);
  ADD ("/import/matters/basis-same-title", test_basis_same_title);
  ADD ("/import/duties", test_duties);
  ADD ("/import/matters/workbook", test_matters_workbook);
  ADD ("/import/matters/workbook-mapping", test_workbook_mapping);
  return g_test_run ();
}
