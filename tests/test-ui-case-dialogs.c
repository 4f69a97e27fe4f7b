#define G_LOG_DOMAIN "test-ui-case-dialogs"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <string.h>

#include "case-fixture.h"
#include "zf-case-dialog.h"
#include "zf-cases-view.h"
#include "zf-rectification-dialog.h"
#include "zf-sampling-dialog.h"
#include "zf-sampling.h"
#include "zf-store-evaluations.h"
#include "zf-test-util.h"

/* The dialogs of the 案卷评查 page on a temporary database, in Chinese,
 * driven through their own widgets and actions: the case editor (officers
 * of another body survive an unchanged save; a new file with two officers;
 * dates out of order refused with the rule's message), the central draw
 * (the files the core draws for the seed, stored with the seed) and 销号 of
 * a ledger row (refused without evidence, then closed). */

typedef struct
{
  char        *path;
  ZfStore     *store;
  GtkWindow   *window;
  ZfCasesView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = case_fixture_open (&f->path);
  zf_store_set_operator (f->store, "tester");
  /* An officer of the second body, for joint enforcement. */
  case_fixture_exec (f->store, "INSERT INTO officer (id, name, body_id) VALUES (5, '钱五', 2);");
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  f->view = g_object_new (ZF_TYPE_CASES_VIEW, "store", f->store, NULL);
  g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  case_fixture_settle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  case_fixture_settle ();
  g_assert_null (f->view);
  case_fixture_close (f->store, g_steal_pointer (&f->path));
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* The open toplevel of @type (a dialog the view presented). */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static void
set_field (ZfCaseDialog *dialog,
           const char   *property,
           const char   *text)
{
  GtkEditable *entry = zf_case_dialog_get_field (dialog, property);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}

static void
select_body (ZfCaseDialog *dialog,
             const char   *name)
{
  GtkDropDown *dropdown = template_child (dialog, ZF_TYPE_CASE_DIALOG, "body_dropdown");
  GListModel *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_assert_not_reached ();
}

/* A file of body 1 handled by officer 1 of its own body and officer 5 of
 * body 2: opened and saved unchanged, both rows stay; switching the body
 * back and forth keeps them checked; unchecking one removes only it. */
static void
test_foreign_officer_kept (Fixture       *f,
                           gconstpointer  data)
{
  gint64 case_id = case_fixture_good_case (f->store, "甲市监罚〔2024〕21号");
  g_autofree char *sql = g_strdup_printf ("DELETE FROM case_officer WHERE case_id = %" G_GINT64_FORMAT
                                          " AND officer_id = 2; INSERT INTO case_officer (case_id, officer_id) "
                                          "VALUES (%" G_GINT64_FORMAT ", 5);", case_id, case_id);
  ZfCaseDialog *dialog;
  GtkCheckButton *foreign;

  case_fixture_exec (f->store, sql);
  case_fixture_settle ();
  zf_cases_view_select_id (f->view, case_id);
  dialog = ZF_CASE_DIALOG (zf_cases_view_edit_case (f->view, FALSE));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  case_fixture_settle ();

  /* Shown, checked, and named with its body. */
  foreign = zf_case_dialog_get_officer (dialog, 5);
  g_assert_nonnull (foreign);
  g_assert_true (gtk_check_button_get_active (foreign));
  g_assert_cmpstr (gtk_check_button_get_label (foreign), ==, "钱五（甲县农业农村局）");
  g_assert_true (gtk_check_button_get_active (zf_case_dialog_get_officer (dialog, 1)));
  g_assert_false (gtk_check_button_get_active (zf_case_dialog_get_officer (dialog, 2)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "case.save", NULL));
  case_fixture_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_officer"), ==, 2);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_officer WHERE officer_id IN (1, 5)"),
                   ==, 2);
  /* Nothing else changed either: an empty amount stays empty. */
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_file WHERE fine_amount = 1500 "
                                               "AND confiscated_amount IS NULL AND hearing_date IS NULL "
                                               "AND decided_date = '2024-04-01' AND major = 1"), ==, 1);

  /* Body 2 and back: officer 1 is then the other body's, and stays. */
  zf_cases_view_select_id (f->view, case_id);
  dialog = ZF_CASE_DIALOG (zf_cases_view_edit_case (f->view, FALSE));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  select_body (dialog, "甲县农业农村局");
  g_assert_true (gtk_check_button_get_active (zf_case_dialog_get_officer (dialog, 1)));
  g_assert_true (gtk_check_button_get_active (zf_case_dialog_get_officer (dialog, 5)));
  select_body (dialog, "甲县市场监督管理局");
  gtk_check_button_set_active (zf_case_dialog_get_officer (dialog, 1), FALSE);
  /* An amount cleared is not entered any more, not 0 yuan. */
  g_assert_cmpstr (gtk_editable_get_text (zf_case_dialog_get_field (dialog, "fine-amount")), ==, "1500.00");
  g_assert_cmpstr (gtk_editable_get_text (zf_case_dialog_get_field (dialog, "confiscated-amount")), ==, "");
  set_field (dialog, "fine-amount", "");
  g_assert_true (zf_case_dialog_save (dialog));
  case_fixture_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_file WHERE fine_amount IS NULL "
                                               "AND confiscated_amount IS NULL"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_officer"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT officer_id FROM case_officer"), ==, 5);
}

/* A new file through the editor: body, number, party, two officers and
 * dates; then dates out of order refused with the rule's message, nothing
 * written. */
static void
test_new_case (Fixture       *f,
               gconstpointer  data)
{
  ZfCaseDialog *dialog = ZF_CASE_DIALOG (zf_cases_view_edit_case (f->view, TRUE));
  const char *error;

  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  select_body (dialog, "甲县市场监督管理局");
  set_field (dialog, "number", "甲市监罚〔2024〕30号");
  set_field (dialog, "party-name", "某某食品店");
  set_field (dialog, "fine-amount", "２０００");
  set_field (dialog, "filed-date", "2024-05-06");
  set_field (dialog, "decided-date", "2024-05-02");
  gtk_check_button_set_active (zf_case_dialog_get_officer (dialog, 1), TRUE);
  gtk_check_button_set_active (zf_case_dialog_get_officer (dialog, 3), TRUE);

  /* Decided before it was filed: the rule's message, nothing written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "case.save", NULL));
  case_fixture_settle ();
  g_assert_nonnull (dialog);
  error = zf_case_dialog_get_error (dialog);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "E0"));
  g_assert_nonnull (strstr (error, "决定日期早于立案日期"));
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_file"), ==, 0);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_officer"), ==, 0);

  set_field (dialog, "decided-date", "2024-05-20");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "case.save", NULL));
  case_fixture_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_file WHERE body_id = 1 "
                                               "AND number = '甲市监罚〔2024〕30号' AND party_name = '某某食品店' "
                                               "AND filed_date = '2024-05-06' AND decided_date = '2024-05-20' "
                                               "AND fine_amount = 2000 AND confiscated_amount IS NULL "
                                               "AND year = 2024"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_officer co JOIN case_file c "
                                               "ON c.id = co.case_id WHERE co.officer_id IN (1, 3)"), ==, 2);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM case_officer"), ==, 2);
  g_assert_nonnull (zf_cases_view_get_selected_case (f->view));
}

static void
add_cases (ZfStore    *store,
           gint64      body_id,
           const char *category,
           int         year,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO case_file (body_id, number, category, year) "
                                              "VALUES (%" G_GINT64_FORMAT ", '抽-%s-%d-%02u', '%s', %d);",
                                              body_id, category, year, i + 1, category, year);
      case_fixture_exec (store, sql);
    }
}

/* The case ids the core draws for @seed over the 2024 penalty and
 * licensing files. */
static GArray *
core_draw (const char *path,
           guint64     seed)
{
  static const char sql[] = "SELECT id, body_id, category, number FROM case_file "
                            "WHERE year = 2024 AND category IN ('penalty', 'licensing')";
  g_autoptr(GArray) pool = g_array_new (FALSE, FALSE, sizeof (ZfSampleCandidate));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = zf_test_sqlite_open (path);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfSampleCandidate c = {
        .case_id = sqlite3_column_int64 (stmt, 0),
        .body_id = sqlite3_column_int64 (stmt, 1),
        .category = g_strdup ((const char *) sqlite3_column_text (stmt, 2)),
        .number = g_strdup ((const char *) sqlite3_column_text (stmt, 3)),
      };
      g_ptr_array_add (strings, (char *) c.category);
      g_ptr_array_add (strings, (char *) c.number);
      g_array_append_val (pool, c);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return zf_sample_draw ((ZfSampleCandidate *) (void *) pool->data, pool->len, seed, 2, 3);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The case ids of the result rows, from their Evaluate buttons. */
static GArray *
shown_ids (ZfSamplingDialog *dialog)
{
  GtkListBox *list = template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "result_list");
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkWidget *button = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
      gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "case-id"));

      g_assert_true (GTK_IS_BUTTON (button));
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_same_ids (GArray *a,
                 GArray *b)
{
  g_array_sort (a, compare_ids);
  g_array_sort (b, compare_ids);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

static void
test_sampling (Fixture       *f,
               gconstpointer  data)
{
  ZfSamplingDialog *dialog;
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GArray) shown = NULL;
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GArray) again = NULL;
  gint64 sampling_id;

  add_cases (f->store, 1, "penalty", 2024, 7);
  add_cases (f->store, 1, "licensing", 2024, 3);
  add_cases (f->store, 2, "penalty", 2024, 5);
  add_cases (f->store, 2, "inspection", 2024, 4);  /* category not chosen */
  add_cases (f->store, 1, "penalty", 2023, 4);     /* another year */

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "cases.sample", NULL));
  case_fixture_settle ();
  dialog = find_toplevel (ZF_TYPE_SAMPLING_DIALOG);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  gtk_spin_button_set_value (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "year_spin"), 2024);
  gtk_spin_button_set_value (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "min_spin"), 2);
  gtk_spin_button_set_value (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "max_spin"), 3);
  gtk_check_button_set_active (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "coercion_check"), FALSE);
  gtk_check_button_set_active (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "inspection_check"), FALSE);
  gtk_editable_set_text (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "seed_entry"), "20240101");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sampling.draw", NULL));
  case_fixture_settle ();

  sampling_id = zf_sampling_dialog_get_sampling_id (dialog);
  g_assert_cmpint (sampling_id, >, 0);
  expected = core_draw (f->path, 20240101);
  shown = shown_ids (dialog);
  /* Three groups of 2 or 3 files each. */
  g_assert_cmpuint (expected->len, >=, 6);
  g_assert_cmpuint (expected->len, <=, 9);
  stored = zf_store_list_sampling_cases (f->store, sampling_id, NULL);
  assert_same_ids (shown, expected);
  assert_same_ids (stored, expected);
  g_assert_nonnull (strstr (gtk_label_get_text (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG,
                                                                "result_label")), "20240101"));
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM sampling WHERE year = 2024 "
                                               "AND seed = 20240101 AND per_unit_min = 2 "
                                               "AND per_unit_max = 3 AND operator = 'tester'"), ==, 1);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM sampling_case sc JOIN case_file c "
                                               "ON c.id = sc.case_id WHERE c.year <> 2024 "
                                               "OR c.category = 'inspection'"), ==, 0);

  /* The seed stays in the entry: drawing again repeats the draw. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sampling.draw", NULL));
  case_fixture_settle ();
  g_assert_cmpint (zf_sampling_dialog_get_sampling_id (dialog), >, sampling_id);
  again = shown_ids (dialog);
  assert_same_ids (again, expected);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM sampling WHERE seed = 20240101"), ==, 2);

  /* A seed that is not a number: refused, no new draw. */
  gtk_editable_set_text (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "seed_entry"), "abc");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "sampling.draw", NULL));
  g_assert_true (gtk_widget_get_visible (template_child (dialog, ZF_TYPE_SAMPLING_DIALOG, "error_label")));
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM sampling"), ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  case_fixture_settle ();
  g_assert_null (dialog);
}

static void
set_evidence (ZfRectificationDialog *dialog,
              const char            *text)
{
  GtkTextView *view = template_child (dialog, ZF_TYPE_RECTIFICATION_DIALOG, "evidence_view");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
test_close_rectification (Fixture       *f,
                          gconstpointer  data)
{
  gint64 case_id = case_fixture_good_case (f->store, "甲市监罚〔2024〕40号");
  g_autoptr(ZfRectification) row = zf_rectification_new ();
  g_autoptr(GError) error = NULL;
  ZfRectificationDialog *dialog;
  GtkListBox *ledger;
  GtkLabel *error_label;

  row->body_id = 1;
  row->case_id = case_id;
  row->problem = g_strdup ("询问笔录未由当事人签字");
  row->deadline = g_strdup ("2024-07-31");
  row->responsible = g_strdup ("张一");
  g_assert_true (zf_store_save_rectification (f->store, row, &error));
  g_assert_no_error (error);
  case_fixture_settle ();

  ledger = zf_cases_view_get_ledger (f->view);
  g_assert_nonnull (gtk_list_box_get_row_at_index (ledger, 0));
  g_assert_null (gtk_list_box_get_row_at_index (ledger, 1));
  gtk_list_box_select_row (ledger, gtk_list_box_get_row_at_index (ledger, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "cases.close-rectification", NULL));
  case_fixture_settle ();
  dialog = find_toplevel (ZF_TYPE_RECTIFICATION_DIALOG);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  error_label = template_child (dialog, ZF_TYPE_RECTIFICATION_DIALOG, "error_label");

  /* A date but no evidence: refused, the row stays open. */
  gtk_editable_set_text (template_child (dialog, ZF_TYPE_RECTIFICATION_DIALOG, "date_entry"), "2024-07-20");
  set_evidence (dialog, "   ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "rectification.close", NULL));
  case_fixture_settle ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "RL1"));
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM rectification WHERE status = 'open' "
                                               "AND closed_date IS NULL AND evidence IS NULL"), ==, 1);

  /* No date: refused too. */
  gtk_editable_set_text (template_child (dialog, ZF_TYPE_RECTIFICATION_DIALOG, "date_entry"), "");
  set_evidence (dialog, "补签笔录复印件已归档");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "rectification.close", NULL));
  case_fixture_settle ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM rectification WHERE status = 'open'"),
                   ==, 1);

  gtk_editable_set_text (template_child (dialog, ZF_TYPE_RECTIFICATION_DIALOG, "date_entry"), "2024-07-20");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "rectification.close", NULL));
  case_fixture_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (case_fixture_int (f->store, "SELECT count(*) FROM rectification WHERE status = 'closed' "
                                               "AND closed_date = '2024-07-20' "
                                               "AND evidence = '补签笔录复印件已归档'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  zf_test_use_zh_CN ();
  /* The application's own _() looks in the default domain, which
   * ZfApplication sets at start-up; without an application, set it here. */
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/ui/case-dialogs/" path, Fixture, NULL, fixture_set_up, func, \
                                    fixture_tear_down)
  ADD ("foreign-officer-kept", test_foreign_officer_kept);
  ADD ("new-case", test_new_case);
  ADD ("sampling", test_sampling);
  ADD ("close-rectification", test_close_rectification);
#undef ADD
  return g_test_run ();
}
