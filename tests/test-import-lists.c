#include "config.h"

#include <locale.h>
#include <string.h>

#include "import-fixtures.h"
#include "zf-import.h"

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/lists/items", test_items);
  ADD ("/import/lists/targets", test_targets);
  return g_test_run ();
}
