#include "config.h"

#include <locale.h>
#include <string.h>

#include "import-fixtures.h"
#include "zf-case-export.h"
#include "zf-import.h"

/* The evaluations register (案卷评查): one row per line, the lines of one
 * evaluation one record, saved as the window saves it. */

static gint64
db_int (ZfStore    *store,
        const char *sql)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (store));
  gint64 v = zf_test_sqlite_int (db, sql);

  sqlite3_close (db);
  return v;
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
assert_row (ZfImport       *import,
            guint           excel_row,
            ZfImportStatus  status,
            const char     *column,
            const char     *part)
{
  const ZfImportRow *row = row_at (import, excel_row);

  g_test_message ("row %u: %s %s %s", excel_row, zf_import_status_label (row->status),
                  row->message ? row->message : "", row->changes ? row->changes : "");
  g_assert_cmpint (row->status, ==, status);
  g_assert_cmpstr (row->column, ==, column);
  if (part != NULL)
    g_assert_nonnull (strstr (row->message ? row->message : row->changes, part));
}

/* A body with three case files, imported as the cases register. */
static void
add_cases (Fixture *f)
{
  g_autoptr(ZfImport) cases = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  cases = plan_text (f, "cases", "cases.csv",
                     "执法主体,案号,案件类别,立案日期\n"
                     "测试县市场监督管理局,测罚〔2024〕1号,行政处罚,2024-01-05\n"
                     "测试县市场监督管理局,测罚〔2024〕2号,行政处罚,2024-02-05\n"
                     "测试县市场监督管理局,测罚〔2024〕3号,行政处罚,2024-03-05\n");
  g_assert_cmpuint (zf_import_count (cases, ZF_IMPORT_ROW_NEW), ==, 3);
  fixture_commit_checked (cases);
}

#define HEADER "执法主体,案号,评查标准,评查方式,评查人,评查日期,评查意见,评查项目,扣分,否决,扣分理由\n"
#define BODY "测试县市场监督管理局"
#define STANDARD "行政处罚案卷评查标准"

/* New evaluations under the default standard, which the first one creates
 * in a register that has none yet; a refused line refuses its whole
 * evaluation, at its own row and column; an unknown case file, an unknown
 * item and a veto on an item that is not one are refused where they are. */
static void
test_new (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(ZfImport) import = NULL;

  add_cases (f);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM standard"), ==, 0);
  import = plan_text (f, "evaluations", "new.csv",
    HEADER
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,整体规范,文书格式,2,否,文书填写不完整\n"
    BODY ",测罚〔2024〕2号," STANDARD ",集中评查,案卷评查组（一）,2024-06-01,\"卷面整洁，装订规范\",,,,\n"
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,整体规范,证据收集,4,否,\n"
    BODY ",测罚〔2024〕3号," STANDARD ",自查,法制科,2024-05-11,,不存在的项目,1,否,\n"
    BODY ",测罚〔2024〕3号," STANDARD ",自查,法制科,2024-05-11,,封面,1,否,\n"
    BODY ",测罚〔2024〕9号," STANDARD ",自查,法制科,2024-05-11,,封面,1,否,\n"
    BODY ",测罚〔2024〕2号," STANDARD ",自查,法制科,2024-05-12,,封面,,是,\n"
    BODY ",测罚〔2024〕2号," STANDARD ",自查,法制科,2024-05-13,,主体不合法,,是,超越职权\n");

  assert_row (import, 2, ZF_IMPORT_ROW_NEW, NULL, NULL);
  assert_row (import, 3, ZF_IMPORT_ROW_NEW, NULL, NULL);
  assert_row (import, 4, ZF_IMPORT_ROW_NEW, NULL, NULL);
  g_assert_cmpuint (row_at (import, 2)->part_of, ==, 0);
  g_assert_cmpuint (row_at (import, 4)->part_of, ==, 1);
  assert_row (import, 5, ZF_IMPORT_ROW_ERROR, "H", "不存在的项目");
  assert_row (import, 6, ZF_IMPORT_ROW_ERROR, NULL, "Row 5");
  assert_row (import, 7, ZF_IMPORT_ROW_ERROR, "B", "测罚〔2024〕9号");
  assert_row (import, 8, ZF_IMPORT_ROW_ERROR, "J", "封面");
  assert_row (import, 9, ZF_IMPORT_ROW_NEW, NULL, NULL);
  fixture_commit_checked (import);

  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation"), ==, 3);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM standard"), ==, 1);
  /* 100 − 2 − 4, graded as a save grades it. */
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation e JOIN case_file c ON c.id = e.case_id "
                                     "WHERE c.number = '测罚〔2024〕1号' AND e.score = 94 AND e.grade = 'excellent' "
                                     "AND e.mode = 'self' AND e.evaluator = '法制科' AND e.date = '2024-05-10' "
                                     "AND e.comments = '整体规范' AND (SELECT count(*) FROM evaluation_item "
                                     "WHERE evaluation_id = e.id) = 2"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation_item ei JOIN standard_item i "
                                     "ON i.id = ei.item_id WHERE i.name = '文书格式' AND ei.deduction = 2 "
                                     "AND ei.reason = '文书填写不完整'"), ==, 1);
  /* Prose and names as written, full-width punctuation included. */
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation WHERE mode = 'central' AND score = 100 "
                                     "AND comments = '卷面整洁，装订规范' AND evaluator = '案卷评查组（一）'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation WHERE vetoed = 1 AND score = 0 "
                                     "AND grade = 'fail'"), ==, 1);
}

/* The same evaluation again: unchanged where its lines agree, an update
 * listing each change where not; a blank reason keeps the stored one. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ZfImport) first = NULL;
  g_autoptr(ZfImport) again = NULL;

  add_cases (f);
  first = plan_text (f, "evaluations", "first.csv",
    HEADER
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,整体规范,文书格式,2,否,文书填写不完整\n"
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,整体规范,证据收集,4,否,\n"
    BODY ",测罚〔2024〕2号," STANDARD ",集中评查,案卷评查组,2024-06-01,卷面整洁,,,,\n");
  fixture_commit_checked (first);

  again = plan_text (f, "evaluations", "again.csv",
    HEADER
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,,文书格式,3,,\n"
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,,证据收集,4,否,\n"
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,,封面,1,否,页码缺失\n"
    BODY ",测罚〔2024〕2号," STANDARD ",集中评查,案卷评查组,2024-06-01,,,,,\n");
  assert_row (again, 2, ZF_IMPORT_ROW_UPDATE, NULL, "2 → 3");
  assert_row (again, 3, ZF_IMPORT_ROW_UPDATE, NULL, NULL);
  g_assert_null (row_at (again, 3)->changes);
  assert_row (again, 4, ZF_IMPORT_ROW_UPDATE, NULL, "页码缺失");
  assert_row (again, 5, ZF_IMPORT_ROW_UNCHANGED, NULL, NULL);
  g_assert_cmpint (row_at (again, 2)->existing_id, ==, row_at (again, 4)->existing_id);
  fixture_commit_checked (again);

  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation"), ==, 2);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation WHERE score = 92 "
                                     "AND comments = '整体规范'"), ==, 1);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM evaluation_item ei JOIN standard_item i "
                                     "ON i.id = ei.item_id WHERE i.name = '文书格式' AND ei.deduction = 3 "
                                     "AND ei.reason = '文书填写不完整'"), ==, 1);
}

/* The register's own export reads back unchanged, and into a register
 * that has the case files but no evaluations, as they were. */
static void
test_export_reads_back (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZfImport) first = NULL;
  g_autoptr(ZfImport) again = NULL;
  g_autofree char *path = fixture_path (f->dir, "evaluations.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  add_cases (f);
  first = plan_text (f, "evaluations", "first.csv",
    HEADER
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,整体规范,文书格式,2.5,否,文书填写不完整\n"
    BODY ",测罚〔2024〕1号," STANDARD ",自查,法制科,2024-05-10,整体规范,主体不合法,,是,超越职权\n"
    BODY ",测罚〔2024〕2号," STANDARD ",集中评查,案卷评查组,2024-06-01,卷面整洁,,,,\n");
  fixture_commit_checked (first);

  g_assert_true (zf_export_evaluations_xlsx (f->store, path, 0, 0, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);

    g_assert_no_error (error);
    again = zf_import_new (f->store, zf_import_register_lookup ("evaluations"));
    g_assert_true (zf_import_read (again, source, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (zf_import_plan (again, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  /* One row per line, one for the evaluation without lines. */
  g_assert_cmpuint (zf_import_get_n_rows (again), ==, 3);
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==, 3);
  /* The score and grade are there to read. */
  {
    const ZfRow *header = zf_import_get_header (again);
    gboolean score = FALSE;

    for (guint c = 0; c < header->cells->len; c++)
      score |= g_strcmp0 (zf_row_get_text (header, c), "Score") == 0;
    g_assert_true (score);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/evaluations/new", test_new);
  ADD ("/import/evaluations/update", test_update);
  ADD ("/import/evaluations/export-reads-back", test_export_reads_back);
  return g_test_run ();
}
