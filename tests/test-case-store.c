#include "config.h"

#include <glib/gstdio.h>

#include "case-fixture.h"
#include "zf-case-reports.h"
#include "zf-error.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"

static gint64
item_id (ZfStandard *s,
         const char *name)
{
  ZfStandardItem *item = zf_standard_find_item_by_name (s, name);

  g_assert_nonnull (item);
  return item->id;
}

static gint64
evaluate (ZfStore    *store,
          gint64      case_id,
          ZfStandard *s,
          const char *date,
          double      deduction,
          gboolean    veto)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfEvaluation) e = zf_evaluation_new ();

  e->case_id = case_id;
  e->standard_id = s->id;
  e->evaluator = g_strdup ("评查员甲");
  e->date = g_strdup (date);
  e->comments = g_strdup ("卷宗整理尚需规范。");
  if (deduction > 0)
    zf_evaluation_set_line (e, item_id (s, "文书格式"), deduction, FALSE, "文书填写不完整");
  if (veto)
    zf_evaluation_set_line (e, item_id (s, "程序违法"), 0, TRUE, "未告知陈述申辩权");
  zf_store_save_evaluation (store, e, &error);
  g_assert_no_error (error);
  return e->id;
}

static void
test_deduction_and_veto (void)
{
  g_autoptr(GError) error = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  gint64 id = case_fixture_good_case (store, "甲市监罚〔2024〕1号");
  g_autoptr(ZfStandard) s = zf_store_get_current_standard (store, "penalty", &error);
  g_autoptr(ZfEvaluation) back = NULL;
  gint64 eval_id;

  g_assert_no_error (error);
  g_assert_cmpint (s->version, ==, 1);
  eval_id = evaluate (store, id, s, "2024-06-01", 3, TRUE);
  back = zf_store_get_evaluation (store, eval_id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (back->score, ==, 0);
  g_assert_cmpstr (back->grade, ==, "fail");
  g_assert_true (back->vetoed);
  g_assert_cmpuint (back->lines->len, ==, 2);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM evaluation_item WHERE veto = 1"), ==, 1);

  /* Deduction only: 97, excellent. */
  g_clear_pointer (&back, zf_evaluation_free);
  eval_id = evaluate (store, id, s, "2024-06-02", 3, FALSE);
  back = zf_store_get_latest_evaluation (store, id, &error);
  g_assert_cmpint (back->id, ==, eval_id);
  g_assert_cmpfloat (back->score, ==, 97);
  g_assert_cmpstr (back->grade, ==, "excellent");

  g_clear_pointer (&s, zf_standard_free);
  g_clear_pointer (&back, zf_evaluation_free);
  case_fixture_close (store, path);
}

static void
test_invalid_evaluation_writes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  gint64 id = case_fixture_good_case (store, "甲市监罚〔2024〕1号");
  g_autoptr(ZfStandard) s = zf_store_get_current_standard (store, "penalty", &error);
  g_autoptr(ZfEvaluation) e = zf_evaluation_new ();

  e->case_id = id;
  e->standard_id = s->id;
  e->evaluator = g_strdup ("评查员甲");
  e->date = g_strdup ("2024-06-01");
  zf_evaluation_set_line (e, item_id (s, "文书格式"), 0, TRUE, "not a veto item");
  g_assert_false (zf_store_save_evaluation (store, e, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM evaluation"), ==, 0);

  g_clear_pointer (&s, zf_standard_free);
  g_clear_pointer (&e, zf_evaluation_free);
  case_fixture_close (store, path);
}

static void
test_standard_versioning (void)
{
  g_autoptr(GError) error = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  gint64 id = case_fixture_good_case (store, "甲市监罚〔2024〕1号");
  g_autoptr(ZfStandard) v1 = zf_store_get_current_standard (store, "penalty", &error);
  g_autoptr(ZfStandard) edit = NULL;
  g_autoptr(ZfStandard) current = NULL;
  g_autoptr(ZfStandard) old = NULL;
  g_autoptr(ZfEvaluation) e = NULL;
  gint64 v1_id = v1->id, eval_id;

  /* Unused: edited in place. */
  {
    ZfStandardItem *item = zf_standard_find_item_by_name (v1, "文书格式");
    g_free (item->description);
    item->description = g_strdup ("改");
  }
  g_assert_true (zf_store_save_standard (store, v1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (v1->id, ==, v1_id);
  g_assert_cmpint (v1->version, ==, 1);

  eval_id = evaluate (store, id, v1, "2024-06-01", 4, FALSE);

  /* Used: the edit becomes version 2; the evaluation keeps version 1. */
  edit = zf_store_get_standard (store, v1_id, &error);
  zf_standard_find_item_by_name (edit, "文书格式")->max_points = 3;
  zf_standard_find_item_by_name (edit, "封面")->max_points = 5;
  g_assert_true (zf_store_save_standard (store, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (edit->version, ==, 2);
  g_assert_cmpint (edit->id, !=, v1_id);

  current = zf_store_get_current_standard (store, "penalty", &error);
  g_assert_cmpint (current->id, ==, edit->id);
  g_assert_cmpfloat (zf_standard_find_item_by_name (current, "文书格式")->max_points, ==, 3);

  e = zf_store_get_evaluation (store, eval_id, &error);
  g_assert_cmpint (e->standard_id, ==, v1_id);
  old = zf_store_get_standard (store, v1_id, &error);
  g_assert_cmpfloat (zf_standard_find_item_by_name (old, "文书格式")->max_points, ==, 5);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM standard WHERE family = 'default-penalty'"), ==, 2);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM standard WHERE active = 1 AND category = 'penalty'"), ==, 1);

  /* Invalid totals are refused and write nothing. */
  zf_standard_find_item_by_name (current, "封面")->max_points = 9;
  g_assert_false (zf_store_save_standard (store, current, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM standard"), ==, 2);

  g_clear_pointer (&v1, zf_standard_free);
  g_clear_pointer (&edit, zf_standard_free);
  g_clear_pointer (&current, zf_standard_free);
  g_clear_pointer (&old, zf_standard_free);
  g_clear_pointer (&e, zf_evaluation_free);
  case_fixture_close (store, path);
}

static void
test_sampling_recorded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(GArray) stored = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  gint64 s1, s2;

  for (int i = 1; i <= 7; i++)
    {
      g_autofree char *n = g_strdup_printf ("甲市监罚〔2024〕%d号", i);
      case_fixture_good_case (store, n);
    }
  s1 = zf_store_draw_sample (store, 2024, NULL, 2, 4, 987654321, &a, &error);
  g_assert_no_error (error);
  s2 = zf_store_draw_sample (store, 2024, NULL, 2, 4, 987654321, &b, &error);
  g_assert_no_error (error);
  g_assert_cmpint (s1, !=, s2);
  g_assert_cmpuint (a->len, >=, 2);
  g_assert_cmpuint (a->len, <=, 4);
  g_assert_cmpmem (a->data, a->len * sizeof (gint64), b->data, b->len * sizeof (gint64));
  g_assert_cmpint (case_fixture_int (store, "SELECT seed FROM sampling ORDER BY id LIMIT 1"), ==, 987654321);
  g_assert_cmpint (case_fixture_int (store, "SELECT algorithm FROM sampling ORDER BY id LIMIT 1"), ==, 1);
  stored = zf_store_list_sampling_cases (store, s1, &error);
  g_assert_cmpuint (stored->len, ==, a->len);
  case_fixture_close (store, path);
}

static void
test_rectification (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRectification) row = zf_rectification_new ();
  g_autoptr(GPtrArray) overdue = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);

  row->body_id = 1;
  row->problem = g_strdup ("卷内目录缺页码");
  row->requirement = g_strdup ("补编页码");
  row->deadline = g_strdup ("2024-07-01");
  row->responsible = g_strdup ("法制股");
  g_assert_true (zf_store_save_rectification (store, row, &error));

  /* 销号 needs evidence. */
  g_assert_false (zf_store_close_rectification (store, row->id, "2024-06-20", "  ", &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM rectification WHERE status = 'closed'"), ==, 0);

  overdue = zf_store_list_rectifications (store, "2024-07-02", TRUE, &error);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_clear_pointer (&overdue, g_ptr_array_unref);

  g_assert_true (zf_store_close_rectification (store, row->id, "2024-06-20", "整改报告及补编后的目录", &error));
  g_assert_no_error (error);
  overdue = zf_store_list_rectifications (store, "2024-07-02", TRUE, &error);
  g_assert_cmpuint (overdue->len, ==, 0);
  case_fixture_close (store, path);
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed:\n%s%s", argv[0], out, err);
  return g_steal_pointer (&out);
}

/* Three units with files in two categories, some evaluated twice (the
 * latest counts), two units tied; the checker recomputes from the database. */
static void
test_reports (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStandard) pen = NULL;
  g_autoptr(ZfStandard) lic = NULL;
  g_autofree char *dir = NULL, *summary = NULL, *ledger = NULL, *pdf = NULL;
  g_autofree char *text = NULL, *info = NULL;
  g_autoptr(ZfRectification) r1 = zf_rectification_new ();
  g_autoptr(ZfRectification) r2 = zf_rectification_new ();
  g_autoptr(ZfCaseOpinion) opinion = NULL;
  const char *python = g_getenv ("CASE_PYTHON");
  const char *srcdir = g_getenv ("CASE_TEST_SRCDIR");
  g_autofree char *summary_py = NULL, *ledger_py = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  gint64 c[6], veto_eval;

  g_assert_nonnull (python);
  case_fixture_exec (store, "UPDATE matter SET body_id = 1");
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *n = g_strdup_printf ("罚〔2024〕%d号", i + 1);
      c[i] = case_fixture_good_case (store, n);
    }
  case_fixture_exec (store, "UPDATE case_file SET body_id = 2 WHERE id IN (3, 4);"
                            "UPDATE case_file SET body_id = 3 WHERE id = 5;"
                            "UPDATE case_file SET category = 'licensing' WHERE id IN (2, 6);");
  pen = zf_store_get_current_standard (store, "penalty", &error);
  lic = zf_store_get_current_standard (store, "licensing", &error);
  g_assert_no_error (error);
  evaluate (store, c[0], pen, "2024-06-01", 5, FALSE);
  evaluate (store, c[0], pen, "2024-06-05", 2, FALSE);  /* latest: 98 */
  evaluate (store, c[1], lic, "2024-06-01", 4, FALSE);  /* 96 */
  evaluate (store, c[2], pen, "2024-06-01", 5, FALSE);  /* 95 */
  veto_eval = evaluate (store, c[3], pen, "2024-06-01", 1, TRUE); /* 0 */
  evaluate (store, c[4], pen, "2024-06-01", 3, FALSE);  /* 97 */
  evaluate (store, c[5], lic, "2024-06-01", 3, FALSE);  /* 97 */

  r1->body_id = 2; r1->case_id = c[3]; r1->problem = g_strdup ("未告知陈述申辩权");
  r1->requirement = g_strdup ("完善告知程序"); r1->deadline = g_strdup ("2024-07-01");
  r2->body_id = 1; r2->problem = g_strdup ("案卷排序混乱"); r2->deadline = g_strdup ("2024-12-31");
  g_assert_true (zf_store_save_rectification (store, r1, &error));
  g_assert_true (zf_store_save_rectification (store, r2, &error));

  dir = g_path_get_dirname (path);
  summary = g_build_filename (dir, "summary.xlsx", NULL);
  ledger = g_build_filename (dir, "ledger.xlsx", NULL);
  pdf = g_build_filename (dir, "opinion.pdf", NULL);

  g_assert_true (zf_case_report_summary_xlsx (store, 2024, summary, &error));
  g_assert_no_error (error);
  g_assert_true (zf_case_report_ledger_xlsx (store, "2024-08-01", ledger, &error));
  g_assert_no_error (error);
  opinion = zf_case_opinion_new (store, veto_eval, "2026-12-07", &error);
  g_assert_no_error (error);
  g_assert_true (zf_case_opinion_write_pdf (opinion, pdf, &error));
  g_assert_no_error (error);

  summary_py = g_build_filename (srcdir, "check-case-summary.py", NULL);
  ledger_py = g_build_filename (srcdir, "check-case-ledger.py", NULL);
  g_free (run ((const char *[]) { python, summary_py, path, summary, "2024", NULL }));
  g_free (run ((const char *[]) { python, ledger_py, path, ledger, "2024-08-01", NULL }));

  text = run ((const char *[]) { "pdftotext", "-layout", pdf, "-", NULL });
  g_assert_nonnull (strstr (text, "罚〔2024〕4号"));
  g_assert_nonnull (strstr (text, "甲县农业农村局"));
  g_assert_nonnull (strstr (text, "程序违法"));
  g_assert_nonnull (strstr (text, "未告知陈述申辩权"));
  g_assert_nonnull (strstr (text, "文书格式"));
  g_assert_nonnull (strstr (text, "完善告知程序"));
  g_assert_nonnull (strstr (text, "卷宗整理尚需规范"));
  g_assert_nonnull (strstr (text, "Fail"));
  g_assert_null (strstr (text, "案卷排序混乱"));  /* the other unit's row is not here */
  /* Every page numbered "— N —"; the demand follows from the veto, and
   * no page holds only a heading (the last page has body text). */
  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "Title:"));
  g_assert_nonnull (strstr (text, "— 1 —"));
  g_assert_null (strstr (text, "None."));
  g_assert_nonnull (strstr (text, "2026"));
  g_unlink (summary);
  g_unlink (ledger);
  g_unlink (pdf);
  g_clear_pointer (&pen, zf_standard_free);
  g_clear_pointer (&lic, zf_standard_free);
  g_clear_pointer (&opinion, zf_case_opinion_free);
  case_fixture_close (store, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-store/deduction-and-veto", test_deduction_and_veto);
  g_test_add_func ("/case-store/invalid-evaluation-writes-nothing", test_invalid_evaluation_writes_nothing);
  g_test_add_func ("/case-store/standard-versioning", test_standard_versioning);
  g_test_add_func ("/case-store/sampling-recorded", test_sampling_recorded);
  g_test_add_func ("/case-store/rectification", test_rectification);
  g_test_add_func ("/case-store/reports", test_reports);
  return g_test_run ();
}
