#define G_LOG_DOMAIN "test-ui-cases"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "case-fixture.h"
#include "zf-cases-view.h"
#include "ui-test-util.h"
#include "zf-date.h"
#include "zf-evaluation-form.h"
#include "zf-issue-dialog.h"
#include "zf-preferences-dialog.h"
#include "zf-standard-editor.h"
#include "zf-store-standards.h"
#include "zf-test-util.h"

/* The 案卷评查 page on a temporary database, in Chinese: open a case file,
 * evaluate it through the form's own widgets with one deduction and one
 * veto, see the score and grade follow (优秀, then 不合格), save, and find
 * the stored evaluation and the grade in the register. Then edit the
 * standard the evaluation used: the edit becomes its next version. */

/* The text of a PDF, as pdftotext reads it. */
static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* The opinion issued through the dialog the export button opens: its
 * series prefilled (the opinions'), its date prefilled (today) and set to
 * @date; the exported PDF carries the number and the date written in
 * full. Returns the PDF's text. */
static char *
issue_opinion (ZfCasesView *view,
               const char  *dir,
               const char  *date,
               const char  *number)
{
  g_autofree char *pdf = g_strdup_printf ("%s/opinion-%s.pdf", dir, number);
  g_autofree char *today = zf_date_today ();
  ZfIssueDialog *dialog = ZF_ISSUE_DIALOG (zf_cases_view_issue_opinion (view, FALSE, pdf));

  g_assert_true (ZF_IS_ISSUE_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (zf_issue_dialog_get_series (dialog), ==, "opinion");
  g_assert_cmpstr (zf_issue_dialog_get_date (dialog), ==, today);
  zf_issue_dialog_set_date (dialog, date);
  /* The dialog says which number the document will get. */
  g_assert_nonnull (strstr (zf_issue_dialog_get_preview (dialog), number));
  case_fixture_settle ();
  ui_test_screenshot (GTK_WIDGET (dialog), "issue-opinion");
  g_assert_true (zf_issue_dialog_accept (dialog));
  case_fixture_settle ();
  g_assert_null (dialog);
  while (zf_cases_view_is_exporting (view))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  return pdf_text (pdf);
}

/* The first scored or veto item of the standard. */
static const ZfStandardItem *
first_item (const ZfStandard *standard,
            gboolean          veto)
{
  for (guint i = 0; i < standard->items->len; i++)
    {
      const ZfStandardItem *item = standard->items->pdata[i];
      if (item->is_veto == veto)
        return item;
    }
  g_assert_not_reached ();
}

static void
test_evaluate_fail (void)
{
  g_autofree char *path = NULL;
  ZfStore *store = case_fixture_open (&path);
  GtkWindow *window;
  ZfCasesView *view;
  ZfEvaluationForm *form;
  ZfStandardEditor *editor;
  g_autoptr(ZfStandard) current = NULL;
  const ZfStandard *standard;
  const ZfStandardItem *scored, *veto;
  gint64 case_id, standard_id;

  zf_store_set_operator (store, "tester");
  case_id = case_fixture_good_case (store, "甲市监罚〔2024〕17号");

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 800);
  view = g_object_new (ZF_TYPE_CASES_VIEW, "store", store, NULL);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  case_fixture_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (zf_cases_view_get_model (view)), ==, 1);
  zf_cases_view_select_id (view, case_id);
  form = ZF_EVALUATION_FORM (zf_cases_view_evaluate (view));
  g_assert_true (ZF_IS_EVALUATION_FORM (form));
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  case_fixture_settle ();

  /* No user.name in the settings: the evaluator is left to be typed, never
   * the login name the opinion would print as 评查人. */
  g_assert_null (zf_store_get_setting_text (store, ZF_SETTING_USER_NAME));
  g_assert_cmpstr (gtk_editable_get_text (zf_evaluation_form_get_evaluator (form)), ==, "");

  standard = zf_evaluation_draft_get_standard (zf_evaluation_form_get_draft (form));
  standard_id = standard->id;
  scored = first_item (standard, FALSE);
  veto = first_item (standard, TRUE);
  g_assert_cmpstr (gtk_label_get_text (zf_evaluation_form_get_score_label (form)), ==, "100.0");
  g_assert_cmpstr (gtk_label_get_text (zf_evaluation_form_get_grade_label (form)), ==, "优秀");

  /* One deduction: the score follows the spin button at once. */
  gtk_editable_set_text (zf_evaluation_form_get_reason (form, scored->id), "文书编号不规范");
  gtk_spin_button_set_value (zf_evaluation_form_get_deduction (form, scored->id), 1);
  g_assert_cmpstr (gtk_label_get_text (zf_evaluation_form_get_score_label (form)), ==, "99.0");
  g_assert_cmpstr (gtk_label_get_text (zf_evaluation_form_get_grade_label (form)), ==, "优秀");

  /* One veto: score 0 and 不合格, whatever was deducted. */
  gtk_editable_set_text (zf_evaluation_form_get_reason (form, veto->id), "证据链不完整");
  gtk_check_button_set_active (zf_evaluation_form_get_veto (form, veto->id), TRUE);
  g_assert_cmpstr (gtk_label_get_text (zf_evaluation_form_get_score_label (form)), ==, "0.0");
  g_assert_cmpstr (gtk_label_get_text (zf_evaluation_form_get_grade_label (form)), ==, "不合格");

  /* No evaluator: refused, nothing written. */
  gtk_editable_set_text (zf_evaluation_form_get_evaluator (form), "");
  g_assert_false (zf_evaluation_form_save (form));
  g_assert_nonnull (zf_evaluation_form_get_error (form));
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM evaluation"), ==, 0);

  gtk_editable_set_text (zf_evaluation_form_get_evaluator (form), "周评查");
  g_assert_true (zf_evaluation_form_save (form));
  case_fixture_settle ();
  g_assert_null (form);

  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM evaluation WHERE grade = 'fail' "
                                            "AND vetoed = 1 AND score = 0 AND evaluator = '周评查'"), ==, 1);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM evaluation_item WHERE veto = 1 "
                                            "AND reason = '证据链不完整'"), ==, 1);
  g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM evaluation_item WHERE veto = 0 "
                                            "AND deduction = 1 AND reason = '文书编号不规范'"), ==, 1);
  /* Saving the evaluation kept the case selected. */
  g_assert_nonnull (zf_cases_view_get_selected_case (view));
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (zf_cases_view_get_selected_case (view))), ==, case_id);
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (zf_cases_view_get_selected_case (view)), "grade"),
                   ==, "fail");

  /* Printed, the opinion carries the veto and the grade, on A4. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GtkPrintOperation) operation = zf_cases_view_new_print_operation (view, NULL, NULL, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (operation);
    text = ui_test_print_to_text (operation);
    g_assert_nonnull (strstr (text, "证据链不完整"));
    g_assert_nonnull (strstr (text, "不合格"));
    g_assert_nonnull (strstr (text, "(A4)"));
  }

  /* Issued: numbered per year in the opinions' series, dated as chosen
   * and written 2026年12月7日; the next one gets the next number, and a
   * print the one after. */
  {
    /* The series' prefix, set in the preferences. */
    ZfPreferencesDialog *preferences = zf_preferences_dialog_new (window, store);

    zf_preferences_dialog_set_prefix (preferences, "opinion", " 华司执监 ");
    gtk_window_present (GTK_WINDOW (preferences));
    case_fixture_settle ();
    ui_test_screenshot (GTK_WIDGET (preferences), "preferences-document-numbers");
    g_assert_true (zf_preferences_dialog_save (preferences));
    case_fixture_settle ();
  }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("zf-ui-opinion-XXXXXX", &error);
    g_autofree char *first = NULL, *second = NULL, *printed = NULL;
    g_autoptr(GtkPrintOperation) operation = NULL;
    ZfIssueDialog *dialog;

    g_assert_no_error (error);
    first = issue_opinion (view, dir, "2026-12-07", "华司执监〔2026〕1号");
    g_assert_nonnull (strstr (first, "华司执监〔2026〕1号"));
    g_assert_nonnull (strstr (first, "2026年12月7日"));
    second = issue_opinion (view, dir, "2026-12-08", "华司执监〔2026〕2号");
    g_assert_nonnull (strstr (second, "华司执监〔2026〕2号"));
    g_assert_nonnull (strstr (second, "2026年12月8日"));
    g_assert_null (strstr (second, "〔2026〕1号"));

    operation = zf_cases_view_new_print_operation (view, "opinion", "2026-12-09", &error);
    g_assert_no_error (error);
    printed = ui_test_print_to_text (operation);
    g_assert_nonnull (strstr (printed, "华司执监〔2026〕3号"));
    g_assert_nonnull (strstr (printed, "2026年12月9日"));

    /* A date that is not one is refused, and no number is taken. */
    dialog = ZF_ISSUE_DIALOG (zf_cases_view_issue_opinion (view, FALSE, NULL));
    zf_issue_dialog_set_date (dialog, "2026-13-01");
    g_assert_false (zf_issue_dialog_accept (dialog));
    g_assert_nonnull (zf_issue_dialog_get_error (dialog));
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_cmpint (case_fixture_int (store, "SELECT value FROM setting WHERE key = 'document.opinion.2026'"),
                     ==, 3);
    for (guint i = 0; i < 2; i++)
      {
        g_autofree char *pdf = g_strdup_printf ("%s/opinion-华司执监〔2026〕%u号.pdf", dir, i + 1);
        g_unlink (pdf);
      }
    g_rmdir (dir);
  }

  /* The standard is now in use: an edit becomes version 2, the evaluation
   * keeps version 1. */
  editor = zf_standard_editor_new (window, store, "penalty");
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpint (zf_standard_editor_get_standard (editor)->id, ==, standard_id);
  zf_standard_editor_get_standard (editor)->pass_min = 65;
  zf_standard_editor_refresh (editor);
  g_assert_true (zf_standard_editor_save (editor));
  case_fixture_settle ();
  g_assert_null (editor);
  current = zf_store_get_current_standard (store, "penalty", NULL);
  g_assert_nonnull (current);
  g_assert_cmpint (current->version, ==, 2);
  g_assert_cmpfloat (current->pass_min, ==, 65);
  g_assert_cmpint (case_fixture_int (store, "SELECT standard_id FROM evaluation"), ==, standard_id);

  gtk_window_destroy (window);
  case_fixture_settle ();
  g_assert_null (view);
  case_fixture_close (store, g_steal_pointer (&path));
}

int
main (int   argc,
      char *argv[])
{
  zf_test_use_zh_CN ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/cases/evaluate-fail", test_evaluate_fail);
  return g_test_run ();
}
