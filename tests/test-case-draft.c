#include "config.h"

#include "case-fixture.h"
#include "zf-error.h"
#include "zf-evaluation-draft.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"

typedef struct
{
  ZfStore *store;
  char    *path;
  gint64   case_id;
} Fixture;

/* The good case of the fixture, handled by one officer only: E2 breaks. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = case_fixture_open (&f->path);
  f->case_id = case_fixture_good_case (f->store, "甲市监罚〔2024〕7号");
  case_fixture_exec (f->store, "DELETE FROM case_officer WHERE officer_id = 2");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  case_fixture_close (f->store, f->path);
}

static gint64
item (ZfEvaluationDraft *d,
      const char        *name)
{
  ZfStandardItem *it = zf_standard_find_item_by_name ((ZfStandard *) zf_evaluation_draft_get_standard (d), name);

  g_assert_nonnull (it);
  return it->id;
}

static const ZfFinding *
suggestion (ZfEvaluationDraft *d,
            const char        *rule)
{
  GPtrArray *s = zf_evaluation_draft_get_suggestions (d);

  for (guint i = 0; i < s->len; i++)
    if (g_strcmp0 (((ZfFinding *) s->pdata[i])->rule, rule) == 0)
      return s->pdata[i];
  return NULL;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A deduction lowers the score as it is typed; the floor holds per item. */
static void
test_deduction_live (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfEvaluationDraft) d = zf_evaluation_draft_new (f->store, f->case_id, &error);
  gint64 format_id;
  guint grade_notes = 0;

  g_assert_no_error (error);
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 100);
  g_assert_cmpstr (zf_evaluation_draft_get_grade (d), ==, "excellent");
  g_assert_cmpint (zf_evaluation_draft_get_id (d), ==, 0);
  g_signal_connect (d, "notify::grade", G_CALLBACK (count_notify), &grade_notes);

  format_id = item (d, "文书格式");
  g_assert_true (zf_evaluation_draft_set_deduction (d, format_id, 3, "文书填写不完整"));
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 97);
  g_assert_cmpuint (grade_notes, ==, 0);

  /* Far more than the item's points: the item stops at zero. */
  g_assert_true (zf_evaluation_draft_set_deduction (d, format_id, 500, "x"));
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d),
                     ==, 100 - zf_standard_find_item_by_name ((ZfStandard *) zf_evaluation_draft_get_standard (d), "文书格式")->max_points);

  /* Clearing the points removes the line. */
  g_assert_true (zf_evaluation_draft_set_deduction (d, format_id, 0, "x"));
  g_assert_null (zf_evaluation_draft_get_line (d, format_id));
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 100);

  /* A deduction on a veto item, a veto on a scored item: refused. */
  g_assert_false (zf_evaluation_draft_set_deduction (d, item (d, "程序违法"), 2, "x"));
  g_assert_false (zf_evaluation_draft_set_veto (d, format_id, TRUE, "x"));
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 100);
}

/* The scenario: one deduction, one veto from a suggestion, 不合格;
 * the stored row agrees and reopening shows the same lines. */
static void
test_suggestion_veto_saved (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfEvaluationDraft) d = zf_evaluation_draft_new (f->store, f->case_id, &error);
  g_autoptr(ZfEvaluationDraft) again = NULL;
  const ZfFinding *e2;
  const ZfEvaluationLine *line;
  gint64 veto_id = 0;
  guint vetoed_notes = 0;

  g_assert_no_error (error);
  e2 = suggestion (d, "E2");
  g_assert_nonnull (e2);
  g_assert_cmpint (e2->severity, ==, ZF_SEVERITY_ERROR);
  g_assert_null (suggestion (d, "E1"));

  zf_evaluation_draft_set_deduction (d, item (d, "文书格式"), 2, "目录页码缺失");
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 98);

  g_signal_connect (d, "notify::vetoed", G_CALLBACK (count_notify), &vetoed_notes);
  g_assert_true (zf_evaluation_draft_apply_suggestion (d, e2, &veto_id));
  g_assert_cmpint (veto_id, ==, item (d, "执法人员少于2人"));
  g_assert_cmpuint (vetoed_notes, ==, 1);
  line = zf_evaluation_draft_get_line (d, veto_id);
  g_assert_true (line->veto);
  g_assert_nonnull (strstr (line->reason, "E2"));
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 0);
  g_assert_cmpstr (zf_evaluation_draft_get_grade (d), ==, "fail");

  /* Without an evaluator nothing is written. */
  g_assert_false (zf_evaluation_draft_save (d, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation"), ==, 0);

  zf_evaluation_draft_set_evaluator (d, "评查员丙");
  zf_evaluation_draft_set_comments (d, "主办人员不足两人。");
  g_assert_true (zf_evaluation_draft_save (d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zf_evaluation_draft_get_id (d), >, 0);
  g_assert_cmpint (case_fixture_int (f->store,
                                     "SELECT count(*) FROM evaluation WHERE grade = 'fail' "
                                     "AND score = 0 AND vetoed = 1 AND evaluator = '评查员丙'"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation_item"), ==, 2);

  /* The problems become ledger rows, once each; a bad deadline adds none. */
  {
    guint added = 99;

    g_assert_false (zf_store_add_evaluation_rectifications (f->store, zf_evaluation_draft_get_id (d),
                                                            "七月底", "张某", &added, &error));
    g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
    g_clear_error (&error);
    g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM rectification"), ==, 0);
    g_assert_true (zf_store_add_evaluation_rectifications (f->store, zf_evaluation_draft_get_id (d),
                                                           "2024-07-31", "张某", &added, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (added, ==, 2);
    g_assert_true (zf_store_add_evaluation_rectifications (f->store, zf_evaluation_draft_get_id (d),
                                                           "2024-07-31", "张某", &added, &error));
    g_assert_cmpuint (added, ==, 0);
    g_assert_cmpint (case_fixture_int (f->store,
                                       "SELECT count(*) FROM rectification WHERE status = 'open' "
                                       "AND body_id = 1 AND deadline = '2024-07-31' "
                                       "AND problem LIKE '%执法人员少于2人%E2%'"), ==, 1);
  }

  /* Undoing the veto and saving again updates the same row. */
  zf_evaluation_draft_set_veto (d, veto_id, FALSE, NULL);
  g_assert_cmpstr (zf_evaluation_draft_get_grade (d), ==, "excellent");
  g_assert_true (zf_evaluation_draft_save (d, &error));
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT score FROM evaluation"), ==, 98);

  again = zf_evaluation_draft_new (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zf_evaluation_draft_get_id (again), ==, zf_evaluation_draft_get_id (d));
  g_assert_cmpfloat (zf_evaluation_draft_get_score (again), ==, 98);
  g_assert_cmpstr (zf_evaluation_draft_get_evaluator (again), ==, "评查员丙");
  g_assert_null (zf_evaluation_draft_get_line (again, veto_id));
}

/* The evaluation and the ledger rows it raises are one transaction: a bad
 * deadline or a refused ledger row leaves no evaluation behind. */
static void
test_save_with_ledger (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfEvaluationDraft) d = zf_evaluation_draft_new (f->store, f->case_id, &error);

  g_assert_no_error (error);
  zf_evaluation_draft_set_evaluator (d, "评查员丙");
  zf_evaluation_draft_set_deduction (d, item (d, "文书格式"), 2, "目录页码缺失");
  g_assert_true (zf_evaluation_draft_apply_suggestion (d, suggestion (d, "E2"), NULL));

  g_assert_false (zf_evaluation_draft_save_with_ledger (d, "七月底", "张某", &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation"), ==, 0);

  case_fixture_exec (f->store, "CREATE TRIGGER refuse BEFORE INSERT ON rectification "
                               "BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_false (zf_evaluation_draft_save_with_ledger (d, "2024-07-31", "张某", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation"), ==, 0);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation_item"), ==, 0);

  case_fixture_exec (f->store, "DROP TRIGGER refuse");
  g_assert_true (zf_evaluation_draft_save_with_ledger (d, "2024-07-31", "张某", &error));
  g_assert_no_error (error);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM evaluation"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store,
                                     "SELECT count(*) FROM rectification WHERE deadline = '2024-07-31' "
                                     "AND responsible = '张某' AND evaluation_id = "
                                     "(SELECT id FROM evaluation)"), ==, 2);

  /* Without a deadline it saves the evaluation alone. */
  g_assert_true (zf_evaluation_draft_save_with_ledger (d, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM rectification"), ==, 2);
}

/* An INFO ("not checkable yet") suggests nothing; nor does an item the
 * standard no longer has. */
static void
test_suggestion_nothing (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfEvaluationDraft) d = zf_evaluation_draft_new (f->store, f->case_id, &error);
  g_autoptr(ZfFinding) info = zf_finding_new ("E6", "S1 §二(三)6", ZF_SEVERITY_INFO, "not checkable yet");
  g_autoptr(ZfFinding) unknown = zf_finding_new ("E99", "S0", ZF_SEVERITY_ERROR, "x");
  gint64 id = -1;

  g_assert_no_error (error);
  g_assert_false (zf_evaluation_draft_apply_suggestion (d, info, &id));
  g_assert_false (zf_evaluation_draft_apply_suggestion (d, unknown, &id));
  g_assert_cmpint (id, ==, -1);
  g_assert_cmpfloat (zf_evaluation_draft_get_score (d), ==, 100);
}

static void
test_missing_case (void)
{
  g_autoptr(GError) error = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  ZfEvaluationDraft *d = zf_evaluation_draft_new (store, 4242, &error);

  g_assert_null (d);
  g_assert_nonnull (error);
  case_fixture_close (store, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/case-draft/deduction-live", Fixture, NULL, fixture_set_up, test_deduction_live, fixture_tear_down);
  g_test_add ("/case-draft/suggestion-veto-saved", Fixture, NULL, fixture_set_up,
              test_suggestion_veto_saved, fixture_tear_down);
  g_test_add ("/case-draft/save-with-ledger", Fixture, NULL, fixture_set_up,
              test_save_with_ledger, fixture_tear_down);
  g_test_add ("/case-draft/suggestion-nothing", Fixture, NULL, fixture_set_up,
              test_suggestion_nothing, fixture_tear_down);
  g_test_add_func ("/case-draft/missing-case", test_missing_case);
  return g_test_run ();
}
