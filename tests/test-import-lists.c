#include "config.h"

#include <locale.h>
#include <string.h>

#include "import-fixtures.h"
#include "zf-test-util.h"
#include "zf-body.h"
#include "zf-import.h"
#include "zf-store-bodies.h"

/* The lists of the checklists tab imported as offices write them: each
 * row the window would refuse refused at its cell with the rule's reason,
 * the rest stored; the same file again unchanged; blank cells that erase
 * nothing; updates that list what they change. */

/* One row of a file and what the preview makes of it: accepted as new
 * (@column NULL), or refused at @column with a reason that says @part. */
typedef struct
{
  const char *cells;
  const char *column;
  const char *part;
} Case;

/* Plans @header and a row per case in register @reg, checks every row
 * and commits (fixture_commit_checked()). */
static ZfImport *
plan_cases (Fixture    *f,
            const char *reg,
            const char *header,
            const Case *cases,
            guint       n_cases)
{
  g_autofree char *path = g_strdup_printf ("%s/%s-cases.csv", f->dir, reg);
  g_autoptr(GString) text = g_string_new (header);
  ZfImport *import;

  g_string_append_c (text, '\n');
  for (guint i = 0; i < n_cases; i++)
    g_string_append_printf (text, "%s\n", cases[i].cells);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  import = fixture_plan_file (f->store, reg, path);
  for (guint i = 0; i < n_cases; i++)
    {
      const ZfImportRow *row = fixture_row_at (import, i + 2);

      g_test_message ("row %u: %s", i + 2, cases[i].cells);
      if (cases[i].column == NULL)
        {
          if (row->status != ZF_IMPORT_ROW_NEW)
            g_test_message ("refused: %s", row->message);
          g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_NEW);
        }
      else
        fixture_assert_refused (import, i + 2, cases[i].column, cases[i].part);
    }
  return import;
}

static ZfImport *
plan_text (Fixture    *f,
           const char *reg,
           const char *name,
           const char *text)
{
  g_autofree char *path = fixture_path (f->dir, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return fixture_plan_file (f->store, reg, path);
}

/* A body of @domain, named @name. */
static void
add_body_of (ZfStore    *store,
             const char *name,
             guint       n,
             const char *domain)
{
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = zf_test_credit_code (n);

  g_object_set (body, "name", name, "credit-code", code, "kind", "organ", "domain", domain, NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
}

/* C5 (S1 §二(三)5): an entry of the four lists names its list, violation,
 * basis and conditions, and is refused in work safety, food and drugs,
 * ecology and environment and epidemic prevention — by its own domain,
 * at that cell, or by its body's, at the body's. */
static void
test_leniency (Fixture       *f,
               gconstpointer  data)
{
  static const Case cases[] = {
    { "测试县市场监督管理局,不予处罚,,销售不合格产品,《中华人民共和国行政处罚法》第三十三条,初次违法且及时改正", NULL, NULL },
    { "测试县市场监督管理局,从轻处罚,食品安全,生产经营不符合食品安全标准的食品,《中华人民共和国食品安全法》第一百二十四条,主动改正", "C", "food and drugs" },
    { "测试县生态环境分局,减轻处罚,,超标排放大气污染物,《中华人民共和国大气污染防治法》第九十九条,主动改正", "A", "ecology and environment" },
    { "测试县市场监督管理局,减轻处罚,疫情防控,违规经营,《中华人民共和国行政处罚法》第三十二条,主动改正", "C", "epidemic prevention" },
    { "测试县市场监督管理局,从轻处罚,安全生产,违规储存,《中华人民共和国行政处罚法》第三十二条,主动改正", "C", "work safety" },
    { "测试县市场监督管理局,免予行政强制,,违法停车,,情节轻微", "E", "legal basis" },
    { "测试县市场监督管理局,从轻处罚,,无照经营,《中华人民共和国行政处罚法》第三十二条,", "F", "conditions" },
    { "测试县市场监督管理局,不予处罚,,销售不合格产品,《中华人民共和国行政处罚法》第三十三条,另一情形", "D", "row 2" },
    { "测试县市场监督管理局,首违不罚,市场监管,发布虚假广告,《中华人民共和国行政处罚法》第三十三条,初次违法", NULL, NULL },
    { "测试县不存在的局,不予处罚,,销售不合格产品,《中华人民共和国行政处罚法》第三十三条,初次违法", "A", "测试县不存在的局" },
  };
  static const char header[] = "执法主体,清单类型,执法领域,违法行为名称,法律依据,情形";
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;

  add_body_of (f->store, "测试县市场监督管理局", 1, "市场监管");
  add_body_of (f->store, "测试县生态环境分局", 2, "生态环境");
  import = plan_cases (f, "leniency", header, cases, G_N_ELEMENTS (cases));
  fixture_commit_checked (import);
  /* The domain the row gives is its body's: the entry keeps none of its
   * own, as when saved in the window without one. */
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry WHERE "
                                             "domain IS NULL"), ==, 2);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry WHERE "
                                             "list = 'no_penalty' AND violation = '发布虚假广告'"), ==, 1);

  /* Blank cells keep the stored values; a changed cell is an update that
   * says what it changes. */
  again = plan_text (f, "leniency", "again.csv",
                     "执法主体,清单类型,执法领域,违法行为名称,法律依据,情形\n"
                     "测试县市场监督管理局,不予处罚,,销售不合格产品,,初次违法且在三日内改正\n"
                     "测试县市场监督管理局,不予处罚,,发布虚假广告,,\n");
  g_assert_cmpint (fixture_row_at (again, 2)->status, ==, ZF_IMPORT_ROW_UPDATE);
  g_assert_cmpstr (fixture_row_at (again, 2)->changes, ==,
                   "Conditions: 初次违法且及时改正 → 初次违法且在三日内改正");
  g_assert_cmpint (fixture_row_at (again, 3)->status, ==, ZF_IMPORT_ROW_UNCHANGED);
  fixture_commit_checked (again);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry WHERE "
                                             "basis = '《中华人民共和国行政处罚法》第三十三条' "
                                             "AND conditions = '初次违法且在三日内改正'"), ==, 1);
}

/* C6 (S1 §二(三)6, S2 §三(二)4): a benchmark's statutory range, each tier
 * inside it (its edges included), the tiers not overlapping (adjacent
 * ones may share a bound); one benchmark alike on the rows of its tiers. */
static void
test_benchmarks (Fixture       *f,
                 gconstpointer  data)
{
  static const Case cases[] = {
    { "测试县市场监督管理局,销售不合格产品,《中华人民共和国产品质量法》第四十九条,0,10000,轻微,情节轻微,0,1000,元", NULL, NULL },
    { "测试县市场监督管理局,销售不合格产品,,,,一般,情节一般,1000,5000,", NULL, NULL },
    { "测试县市场监督管理局,销售不合格产品,,,,较重,情节较重,4000,8000,", "H", "overlap" },
    { "测试县市场监督管理局,销售不合格产品,,,,严重,情节严重,8000,10000.01,", "I", "outside" },
    { "测试县市场监督管理局,销售不合格产品,,,,较重,情节较重,5000,8000,", NULL, NULL },
    { "测试县市场监督管理局,销售不合格产品,,,,严重,情节严重,8000,10000,", NULL, NULL },
    { "测试县市场监督管理局,销售不合格产品,,0,20000,,,,,", "E", "row 2" },
    { "测试县市场监督管理局,发布虚假广告,,5000,1000,轻微,情节轻微,1000,2000,元", "E", "lower" },
    { "测试县市场监督管理局,无照经营,,0,1000,轻微,情节轻微,-5,100,元", "H", "outside" },
    { "测试县不存在的局,无照经营,,0,1000,轻微,情节轻微,0,100,元", "A", "测试县不存在的局" },
    { "测试县市场监督管理局,销售不合格产品,,,,一般,情节一般,1000,5000,", "F", "row 3" },
    { "测试县市场监督管理局,无证生产,,0,50,轻微,情节轻微,0,50,万元", NULL, NULL },
  };
  static const char header[] =
    "执法主体,违法行为,处罚依据,法定下限,法定上限,裁量档次,适用情形,档次下限,档次上限,单位";
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  import = plan_cases (f, "benchmarks", header, cases, G_N_ELEMENTS (cases));
  fixture_commit_checked (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM benchmark"), ==, 2);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM benchmark k JOIN benchmark_tier t "
                                             "ON t.benchmark_id = k.id WHERE k.violation = '销售不合格产品' "
                                             "AND k.unit = 'yuan' AND k.statutory_max = 10000 "
                                             "AND k.basis = '《中华人民共和国产品质量法》第四十九条'"), ==, 4);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM benchmark WHERE "
                                             "unit = 'ten_thousand_yuan'"), ==, 1);

  /* A new statutory range must hold the stored tiers the file leaves out;
   * a tier changed alone must not overlap the stored ones; blank cells
   * keep what is stored, a changed one is shown. */
  again = plan_text (f, "benchmarks", "again.csv",
                     "执法主体,违法行为,法定下限,法定上限,裁量档次,适用情形,档次下限,档次上限\n"
                     "测试县市场监督管理局,销售不合格产品,0,9000,轻微,,0,1000\n"
                     "测试县市场监督管理局,无证生产,,,轻微,情节轻微、及时改正,,\n"
                     "测试县市场监督管理局,无证生产,,,一般,情节一般,10,60\n");
  fixture_assert_refused (again, 2, "D", "outside");
  g_assert_cmpint (fixture_row_at (again, 3)->status, ==, ZF_IMPORT_ROW_UPDATE);
  g_assert_cmpstr (fixture_row_at (again, 3)->changes, ==,
                   "Circumstances: 情节轻微 → 情节轻微、及时改正");
  fixture_assert_refused (again, 4, "H", "outside");
  fixture_commit_checked (again);
}

/* S4: a random inspection item of a body the register has, its ratio a
 * percentage above 0 and at most 100, its frequency in words; one row per
 * body and item. */
static void
test_items (Fixture       *f,
            gconstpointer  data)
{
  static const Case cases[] = {
    { "测试县市场监督管理局,食品经营检查,《中华人民共和国食品安全法》,测试县市场监督管理局,100,每年一次", NULL, NULL },
    { "测试县不存在的局,药品经营检查,,,10,每年一次", "A", "测试县不存在的局" },
    { "测试县市场监督管理局,价格检查,,,100.5,每年一次", "E", "100" },
    { "测试县市场监督管理局,广告检查,,,0,每年一次", "E", "100" },
    { "测试县市场监督管理局,计量检查,,,0.5,每年一次", NULL, NULL },
    { "测试县市场监督管理局,特种设备检查,,,10,30%", "F", "30%" },
    { "测试县市场监督管理局,食品经营检查,,,20,", "B", "row 2" },
  };
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  import = plan_cases (f, "items", "执法主体,抽查事项名称,抽查依据,检查主体,抽查比例,抽查频次",
                       cases, G_N_ELEMENTS (cases));
  fixture_commit_checked (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_item"), ==, 2);
  /* The item's own body as its inspecting body is none: the export writes
   * its name there. */
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_item WHERE "
                                             "inspecting_body IS NULL AND ratio = 100"), ==, 1);

  /* Blank cells keep what is stored; a changed cell is an update that
   * says what it changes. */
  again = plan_text (f, "items", "again.csv",
                     "执法主体,抽查事项名称,抽查依据,检查主体,抽查比例,抽查频次\n"
                     "测试县市场监督管理局,食品经营检查,,,,每半年一次\n");
  g_assert_cmpint (fixture_row_at (again, 2)->status, ==, ZF_IMPORT_ROW_UPDATE);
  g_assert_cmpstr (fixture_row_at (again, 2)->changes, ==,
                   "Inspection frequency: 每年一次 → 每半年一次");
  fixture_commit_checked (again);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_item WHERE "
                                             "basis = '《中华人民共和国食品安全法》' "
                                             "AND ratio = 100 AND frequency = '每半年一次'"), ==, 1);
}

/* The directory of targets: a credit code normalized (spaces, full-width
 * forms, a leading apostrophe) and checked (GB 32100); one entity a row,
 * by its credit code, or by its name where it has none. */
static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *code = zf_test_credit_code (7);
  g_autofree char *other = zf_test_credit_code (8);
  g_autofree char *third = zf_test_credit_code (9);
  g_autofree char *fourth = zf_test_credit_code (10);
  g_autofree char *bad = g_strdup (code);
  /* As exported from a spreadsheet: a leading apostrophe, a space, in
   * full-width forms. */
  g_autofree char *written = g_strdup_printf ("'%.6s　%s", code, code + 6);
  g_autofree char *row2 = g_strdup_printf ("甲商贸有限公司,%s,测试县一路1号,市场监管", written);
  g_autofree char *row3 = g_strdup_printf ("乙商贸有限公司,%s,,", code);
  g_autofree char *row4 = NULL;
  g_autofree char *row8 = g_strdup_printf ("丙商贸有限公司,%s,,", other);
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;
  g_autofree char *changed_text = NULL;
  g_autofree char *sql = NULL;

  bad[17] = bad[17] == '1' ? '2' : '1';
  row4 = g_strdup_printf ("丁商贸有限公司,%s,,", bad);
  {
    const Case cases[] = {
      { row2, NULL, NULL },
      { row3, "B", "row 2" },
      { row4, "B", bad },
      { "戊商贸有限公司,,测试县二路2号,", NULL, NULL },
      { "戊商贸有限公司,,,", "A", "row 5" },
      { ",,测试县三路3号,", "A", "" },
      { row8, NULL, NULL },
    };

    import = plan_cases (f, "targets", "市场主体名称,统一社会信用代码,住所,所属行业", cases,
                         G_N_ELEMENTS (cases));
  }
  fixture_commit_checked (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_target"), ==, 3);
  sql = g_strdup_printf ("SELECT count(*) FROM inspection_target WHERE credit_code = '%s' "
                         "AND name = '甲商贸有限公司'", code);
  g_assert_cmpint (fixture_db_int (f->store, sql), ==, 1);

  /* By the credit code: a new name is an update, shown; a blank address
   * keeps the stored one. A target stored without a credit code gets the
   * row's; a name stored with another credit code is refused, naming
   * both. */
  changed_text = g_strdup_printf ("市场主体名称,统一社会信用代码,住所,所属行业\n"
                                  "甲商贸集团有限公司,%s,,\n"
                                  "戊商贸有限公司,%s,,\n"
                                  "丙商贸有限公司,%s,,\n", code, third, fourth);
  again = plan_text (f, "targets", "again.csv", changed_text);
  g_assert_cmpint (fixture_row_at (again, 2)->status, ==, ZF_IMPORT_ROW_UPDATE);
  g_assert_cmpstr (fixture_row_at (again, 2)->changes, ==,
                   "Target name: 甲商贸有限公司 → 甲商贸集团有限公司");
  g_assert_cmpint (fixture_row_at (again, 3)->status, ==, ZF_IMPORT_ROW_UPDATE);
  fixture_assert_refused (again, 4, "B", other);
  fixture_commit_checked (again);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_target WHERE "
                                             "name = '甲商贸集团有限公司' "
                                             "AND address = '测试县一路1号'"), ==, 1);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM inspection_target WHERE credit_code = '%s' "
                         "AND name = '戊商贸有限公司' AND address = '测试县二路2号'", third);
  g_assert_cmpint (fixture_db_int (f->store, sql), ==, 1);
}

/* Matters of one body (two of one name) and laws (two of one title,
 * told apart by their document numbers) for records to link to. */
static void
add_link_targets (Fixture *f)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (f->store));

  add_body_of (f->store, "测试县市场监督管理局", 1, "市场监管");
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO matter (body_id, code, name, category) SELECT id, 'CF-001', '对销售不合格产品的处罚', "
    "'penalty' FROM body; "
    "INSERT INTO matter (body_id, code, name, category) SELECT id, 'CF-002', '对无照经营的处罚', "
    "'penalty' FROM body; "
    "INSERT INTO matter (body_id, code, name, category) SELECT id, 'CF-003', '对无照经营的处罚', "
    "'penalty' FROM body; "
    "INSERT INTO law (title, level, doc_number) VALUES ('中华人民共和国行政处罚法', 'law', '主席令第七十号'), "
    "('测试县市场管理办法', 'normative_document', '测政发〔2020〕1号'), "
    "('测试县市场管理办法', 'normative_document', '测政发〔2022〕3号'); "
    "INSERT INTO law_article (law_id, article) SELECT id, CASE WHEN title = '中华人民共和国行政处罚法' "
    "THEN '第三十三条' ELSE '第五条' END FROM law",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* An entry of the four lists links to a matter of its body (by code or
 * name) and to an article (《title》article, the law's document number
 * in brackets where two laws share the title): one the register lacks,
 * or that names more than one, is refused at its cell; a blank cell
 * keeps the stored link. */
static void
test_leniency_links (Fixture       *f,
                     gconstpointer  data)
{
  static const Case cases[] = {
    { "测试县市场监督管理局,不予处罚,销售不合格产品,《中华人民共和国行政处罚法》第三十三条,初次违法,CF-001,《中华人民共和国行政处罚法》第33条", NULL, NULL },
    { "测试县市场监督管理局,不予处罚,发布虚假广告,《中华人民共和国行政处罚法》第三十三条,初次违法,对销售不合格产品的处罚,", NULL, NULL },
    { "测试县市场监督管理局,不予处罚,无照经营,《中华人民共和国行政处罚法》第三十三条,初次违法,对无照经营的处罚,", "F", "More than one matter" },
    { "测试县市场监督管理局,不予处罚,违规储存,《中华人民共和国行政处罚法》第三十三条,初次违法,CF-999,", "F", "CF-999" },
    { "测试县市场监督管理局,不予处罚,违法停车,《中华人民共和国行政处罚法》第三十三条,初次违法,,《测试县市场管理办法》第五条", "G", "测政发〔2022〕3号" },
    { "测试县市场监督管理局,不予处罚,超限经营,《中华人民共和国行政处罚法》第三十三条,初次违法,,《测试县市场管理办法》（测政发〔2022〕3号）第五条", NULL, NULL },
    { "测试县市场监督管理局,不予处罚,未亮照经营,《中华人民共和国行政处罚法》第三十三条,初次违法,,《中华人民共和国行政处罚法》第九十九条", "G", "第九十九条" },
    { "测试县市场监督管理局,不予处罚,占道经营,《中华人民共和国行政处罚法》第三十三条,初次违法,,第三十三条", "G", "《title》" },
    { "测试县市场监督管理局,不予处罚,违规摆摊,《中华人民共和国行政处罚法》第三十三条,初次违法,,《行政处罚法》（2021年修订）第三十三条", NULL, NULL },
  };
  static const char header[] = "执法主体,清单类型,违法行为名称,法律依据,情形,执法事项,条款";
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;

  add_link_targets (f);
  import = plan_cases (f, "leniency", header, cases, G_N_ELEMENTS (cases));
  g_assert_nonnull (strstr (fixture_row_at (import, 6)->message, "测政发〔2020〕1号"));
  fixture_commit_checked (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry e JOIN matter m "
                                             "ON m.id = e.matter_id JOIN law_article a ON a.id = "
                                             "e.article_id WHERE e.violation = '销售不合格产品' AND "
                                             "m.code = 'CF-001' AND a.article = '第三十三条'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry e JOIN matter m "
                                             "ON m.id = e.matter_id WHERE e.violation = '发布虚假广告' "
                                             "AND m.code = 'CF-001' AND e.article_id IS NULL"), ==, 1);
  /* A short title, and an edition in brackets that names no law. */
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry e JOIN law_article a "
                                             "ON a.id = e.article_id WHERE e.violation = '违规摆摊' "
                                             "AND a.article = '第三十三条'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry e JOIN law_article a "
                                             "ON a.id = e.article_id JOIN law l ON l.id = a.law_id "
                                             "WHERE e.violation = '超限经营' AND "
                                             "l.doc_number = '测政发〔2022〕3号'"), ==, 1);

  /* Blank link cells keep the stored links; a new one is an update (a
   * matter whose name another shares is named by its code). */
  again = plan_text (f, "leniency", "again.csv",
                     "执法主体,清单类型,违法行为名称,执法事项,条款\n"
                     "测试县市场监督管理局,不予处罚,销售不合格产品,,\n"
                     "测试县市场监督管理局,不予处罚,发布虚假广告,CF-002,\n");
  g_assert_cmpint (fixture_row_at (again, 2)->status, ==, ZF_IMPORT_ROW_UNCHANGED);
  g_assert_cmpint (fixture_row_at (again, 3)->status, ==, ZF_IMPORT_ROW_UPDATE);
  g_assert_cmpstr (fixture_row_at (again, 3)->changes, ==,
                   "Enforcement matter: 对销售不合格产品的处罚 → CF-002");
  fixture_commit_checked (again);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry WHERE "
                                             "matter_id IS NOT NULL"), ==, 2);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry WHERE "
                                             "article_id IS NOT NULL"), ==, 3);
}

/* A benchmark's matter, article and notes are the benchmark's, alike on
 * the rows of all its tiers; an inspection item's matter, enforcement
 * category and notes are read back as its export writes them. */
static void
test_benchmark_item_links (Fixture       *f,
                           gconstpointer  data)
{
  static const Case benchmarks[] = {
    { "测试县市场监督管理局,销售不合格产品,0,10000,轻微,0,1000,CF-001,《中华人民共和国行政处罚法》第三十三条,参照市级基准", NULL, NULL },
    { "测试县市场监督管理局,销售不合格产品,,,一般,1000,5000,,,", NULL, NULL },
    { "测试县市场监督管理局,销售不合格产品,,,较重,5000,8000,,,另一说明", "J", "row 2" },
    { "测试县市场监督管理局,发布虚假广告,0,1000,轻微,0,100,CF-404,,", "H", "CF-404" },
  };
  static const Case items[] = {
    { "测试县市场监督管理局,食品经营检查,10,CF-001,市场监管,每年公示", NULL, NULL },
    { "测试县市场监督管理局,价格检查,10,对无照经营的处罚,,", "D", "More than one matter" },
  };
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) items_import = NULL;

  add_link_targets (f);
  import = plan_cases (f, "benchmarks", "执法主体,违法行为,法定下限,法定上限,裁量档次,档次下限,"
                       "档次上限,执法事项,条款,备注", benchmarks, G_N_ELEMENTS (benchmarks));
  fixture_commit_checked (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM benchmark k JOIN matter m ON "
                                             "m.id = k.matter_id JOIN law_article a ON a.id = "
                                             "k.article_id WHERE m.code = 'CF-001' AND a.article = "
                                             "'第三十三条' AND k.notes = '参照市级基准'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM benchmark_tier"), ==, 2);

  items_import = plan_cases (f, "items", "执法主体,抽查事项名称,抽查比例,执法事项,执法类别,备注", items,
                             G_N_ELEMENTS (items));
  fixture_commit_checked (items_import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_item i JOIN matter m ON "
                                             "m.id = i.matter_id WHERE m.code = 'CF-001' AND "
                                             "i.enforcement_category = '市场监管' AND i.notes = "
                                             "'每年公示'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/lists/leniency", test_leniency);
  ADD ("/import/lists/benchmarks", test_benchmarks);
  ADD ("/import/lists/items", test_items);
  ADD ("/import/lists/targets", test_targets);
  ADD ("/import/lists/leniency-links", test_leniency_links);
  ADD ("/import/lists/benchmark-item-links", test_benchmark_item_links);
  return g_test_run ();
}
