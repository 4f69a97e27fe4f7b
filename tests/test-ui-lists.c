#define G_LOG_DOMAIN "test-ui-lists"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "zf-application.h"
#include "zf-bodies-view.h"
#include "zf-case-dialog.h"
#include "zf-cases-view.h"
#include "zf-checklists-view.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-officers-view.h"
#include "zf-query-model.h"
#include "zf-record-dialog.h"
#include "zf-register-page.h"
#include "zf-store-bodies.h"
#include "zf-store-cases.h"
#include "zf-window.h"
#include "ui-test-util.h"

/* The registers of the demo in the real window: what the exports of the
 * bodies, cases and checklists tabs hold after a search, and the widths
 * of the name columns. */

typedef UiTestWindow Fixture;

static GtkApplication *app;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_window_open_store (f, "lists");
  ui_test_window_fill_demo (f, 200, 300, 300);
  ui_test_window_present (f, app, 1366, 768);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_window_close (f);
}

static GtkWidget *
show_tab (Fixture    *f,
          const char *name)
{
  GtkStack *stack = zf_window_get_stack (f->window);

  gtk_stack_set_visible_child_name (stack, name);
  ui_test_settle ();
  return gtk_stack_get_child_by_name (stack, name);
}

/* The first widget of @type under @widget (itself included). */
static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The register page shown under @widget. */
static ZfRegisterPage *
shown_page (GtkWidget *widget)
{
  if (ZF_IS_REGISTER_PAGE (widget) && gtk_widget_get_mapped (widget))
    return ZF_REGISTER_PAGE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ZfRegisterPage *found = shown_page (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_shown (ZfRegisterPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (zf_register_page_get_model (page)));
}

/* Types @text into the page's search and waits for the list to follow. */
static void
search (ZfRegisterPage *page,
        const char     *text)
{
  GtkSearchEntry *entry = zf_register_page_get_search_entry (page);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  ui_test_settle ();
  g_assert_cmpstr (zf_query_model_get_search (zf_register_page_get_model (page)), ==,
                   *text ? text : NULL);
}

/* Every data row holds @text (the search). */
static void
assert_rows_hold (GPtrArray  *rows,
                  const char *text)
{
  for (guint i = 0; i < rows->len; i++)
    if (strstr (rows->pdata[i], text) == NULL)
      g_error ("exported row without “%s”: %s", text, (char *) rows->pdata[i]);
}

/* The status bar offers to open the file written. */
static void
assert_offers_file (ZfRegisterPage *page,
                    const char     *path)
{
  g_autofree char *shown = ui_test_shown_text (GTK_WIDGET (page));

  g_assert_cmpstr (zf_register_page_get_status_file (page), ==, path);
  g_assert_nonnull (strstr (shown, "\nOpen\n"));
  g_assert_nonnull (strstr (shown, "\nOpen Folder\n"));
}

/* The public register of bodies holds the published bodies the list
 * shows after a search and the status filter, no other. */
static void
test_export_bodies (Fixture       *f,
                    gconstpointer  data)
{
  ZfBodiesView *view = ZF_BODIES_VIEW (find_type (show_tab (f, "bodies"), ZF_TYPE_BODIES_VIEW));
  ZfRegisterPage *page = shown_page (GTK_WIDGET (view));
  g_autofree char *xlsx = g_build_filename (f->dir, "bodies.xlsx", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  guint all;

  g_assert_nonnull (page);
  all = n_shown (page);
  zf_query_model_set_filter_text (zf_register_page_get_model (page), ZF_BODY_FILTER_STATUS,
                                  "published");
  search (page, "鄂州");
  ui_test_settle ();
  g_assert_cmpuint (n_shown (page), >, 1);
  g_assert_cmpuint (n_shown (page), <, all);

  zf_bodies_view_export_to (view, xlsx);
  while (zf_bodies_view_is_exporting (view))
    g_main_context_iteration (NULL, TRUE);
  rows = ui_test_xlsx_data_rows (xlsx);
  g_assert_cmpuint (rows->len, ==, n_shown (page));
  assert_rows_hold (rows, "鄂州");
  assert_offers_file (page, xlsx);
  g_unlink (xlsx);
}

/* The register of case files holds the files the search finds. */
static void
test_export_cases (Fixture       *f,
                   gconstpointer  data)
{
  ZfCasesView *view = ZF_CASES_VIEW (find_type (show_tab (f, "cases"), ZF_TYPE_CASES_VIEW));
  ZfRegisterPage *page = shown_page (GTK_WIDGET (view));
  g_autofree char *xlsx = g_build_filename (f->dir, "cases.xlsx", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  guint all;

  g_assert_nonnull (page);
  all = n_shown (page);
  search (page, "罚决字");
  g_assert_cmpuint (n_shown (page), >, 1);
  g_assert_cmpuint (n_shown (page), <, all);

  zf_cases_view_export_to (view, "cases.export-register", xlsx);
  while (zf_cases_view_is_exporting (view))
    g_main_context_iteration (NULL, TRUE);
  rows = ui_test_xlsx_data_rows (xlsx);
  g_assert_cmpuint (rows->len, ==, n_shown (page));
  assert_rows_hold (rows, "罚决字");
  assert_offers_file (page, xlsx);
  g_unlink (xlsx);
}

/* Each register of the checklists tab exports the rows its search finds
 * (one exported row per listed row in these). */
static void
test_export_checklists (Fixture       *f,
                        gconstpointer  data)
{
  static const struct { const char *name, *search; } registers[] = {
    { "matters", "许可" }, { "items", "市场" }, { "targets", "化工" },
  };
  ZfChecklistsView *view = ZF_CHECKLISTS_VIEW (find_type (show_tab (f, "checklists"), ZF_TYPE_CHECKLISTS_VIEW));
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                              ZF_TYPE_CHECKLISTS_VIEW, "stack"));

  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    {
      g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", f->dir, registers[i].name);
      g_autoptr(GPtrArray) rows = NULL;
      ZfRegisterPage *page;
      guint all;

      zf_checklists_view_show_register (view, registers[i].name);
      ui_test_settle ();
      /* The register shown, not the one a transition still shows too. */
      page = shown_page (gtk_stack_get_visible_child (stack));
      g_assert_nonnull (page);
      all = n_shown (page);
      search (page, registers[i].search);
      g_test_message ("%s: %u of %u", registers[i].name, n_shown (page), all);
      g_assert_cmpuint (n_shown (page), >, 0);
      g_assert_cmpuint (n_shown (page), <, all);

      zf_checklists_view_export_to (view, xlsx);
      while (zf_checklists_view_is_exporting (view))
        g_main_context_iteration (NULL, TRUE);
      rows = ui_test_xlsx_data_rows (xlsx);
      g_assert_cmpuint (rows->len, ==, n_shown (page));
      assert_rows_hold (rows, registers[i].search);
      assert_offers_file (page, xlsx);
      search (page, "");
      g_unlink (xlsx);
    }
}

/* The label under @widget showing @text, or NULL. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The column of @page titled @title. */
static GtkColumnViewColumn *
column_titled (ZfRegisterPage *page,
               const char     *title)
{
  GListModel *columns = gtk_column_view_get_columns (zf_register_page_get_column_view (page));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

/* Waits until @label is drawn at its new width. */
static gboolean
label_is_cut (GtkLabel *label)
{
  return pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/* A search that leaves one long name shows it whole, in a list whose
 * other columns are as wide as they need, when the list has the room;
 * where it has not, the name is shortened and the list still fits; a
 * width the user gave the column stays whatever the rows. */
static void
test_name_columns (Fixture       *f,
                   gconstpointer  data)
{
  ZfOfficersView *view = ZF_OFFICERS_VIEW (find_type (show_tab (f, "officers"), ZF_TYPE_OFFICERS_VIEW));
  ZfRegisterPage *page = shown_page (GTK_WIDGET (view));
  GtkColumnView *column_view = zf_register_page_get_column_view (page);
  GListModel *rows = G_LIST_MODEL (zf_register_page_get_model (page));
  GtkColumnViewColumn *body_column = column_titled (page, "Body");
  g_autofree char *longest = NULL;
  g_autofree char *officer = NULL;
  GtkLabel *label = NULL;

  /* The officer of the body with the longest name. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ZfOfficer) row = g_list_model_get_item (rows, i);
      const char *body = zf_officer_get_body_name (row);

      if (longest == NULL || g_utf8_strlen (body, -1) > g_utf8_strlen (longest, -1))
        {
          g_free (longest);
          g_free (officer);
          longest = g_strdup (body);
          officer = g_strdup (zf_officer_get_name (row));
        }
    }
  g_test_message ("longest body name: %s", longest);
  g_assert_cmpint (g_utf8_strlen (longest, -1), >=, 12);
  /* Room for it: the English titles of the other columns are wide. */
  gtk_column_view_column_set_visible (column_titled (page, "Staffing type"), FALSE);
  gtk_column_view_column_set_visible (column_titled (page, "Training hours"), FALSE);
  gtk_column_view_column_set_visible (column_titled (page, "Last assessment"), FALSE);
  search (page, officer);
  zf_register_page_fit_names (page);
  for (guint i = 0; i < 100 && (label == NULL || label_is_cut (label)); i++)
    {
      ui_test_settle ();
      label = find_label (GTK_WIDGET (column_view), longest);
    }
  g_assert_nonnull (label);
  ui_test_screenshot (GTK_WIDGET (f->window), "officers-one-row");
  g_assert_false (label_is_cut (label));
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (body_column), <=, ZF_PAGE_NAME_MAX_WIDTH);

  /* A wide column again: no room for the whole name, which is shortened
   * rather than the list scrolling sideways past its pane for it. */
  gtk_column_view_column_set_visible (column_titled (page, "Staffing type"), TRUE);
  zf_register_page_fit_names (page);
  for (guint i = 0; i < 100 && !label_is_cut (label); i++)
    ui_test_settle ();
  g_assert_true (label_is_cut (label));

  /* The user's width wins. */
  gtk_column_view_column_set_fixed_width (body_column, 90);
  search (page, "");
  zf_register_page_fit_names (page);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (body_column), ==, 90);
}

/* The combo of @dialog's frequency, the only one in the item editor. */
static GtkComboBox *
frequency_combo (GtkWindow *dialog)
{
  GtkWidget *combo = find_type (GTK_WIDGET (dialog), GTK_TYPE_COMBO_BOX_TEXT);

  g_assert_nonnull (combo);
  return GTK_COMBO_BOX (combo);
}

/* An item's 抽查频次 is chosen from the usual frequencies, or typed when
 * it is another; a stored text is shown as it is. */
static void
test_frequency_choice (Fixture       *f,
                       gconstpointer  data)
{
  ZfChecklistsView *view = ZF_CHECKLISTS_VIEW (find_type (show_tab (f, "checklists"), ZF_TYPE_CHECKLISTS_VIEW));
  GtkWindow *dialog;
  GtkComboBox *combo;
  GtkTreeModel *choices;
  GtkTreeIter iter;
  g_autoptr(GString) listed = g_string_new (NULL);

  zf_checklists_view_show_register (view, "items");
  ui_test_settle ();
  dialog = zf_checklists_view_edit_selected (view);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  combo = frequency_combo (dialog);
  choices = gtk_combo_box_get_model (combo);
  for (gboolean ok = gtk_tree_model_get_iter_first (choices, &iter); ok;
       ok = gtk_tree_model_iter_next (choices, &iter))
    {
      g_autofree char *text = NULL;

      gtk_tree_model_get (choices, &iter, 0, &text, -1);
      g_string_append_printf (listed, "%s;", text);
    }
  g_assert_cmpstr (listed->str, ==, "每年一次;每半年一次;每季度一次;每月一次;");
  /* The demo's items are inspected once a year. */
  g_assert_cmpstr (gtk_combo_box_text_get_active_text (GTK_COMBO_BOX_TEXT (combo)), ==, "每年一次");

  /* Another frequency, typed. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_combo_box_get_child (combo)), "每两年一次");
  g_assert_true (zf_record_dialog_save (ZF_RECORD_DIALOG (dialog)));
  ui_test_settle ();
  g_assert_null (dialog);
  dialog = zf_checklists_view_edit_selected (view);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  combo = frequency_combo (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_combo_box_get_child (combo))), ==,
                   "每两年一次");

  /* One of the list, chosen. */
  gtk_combo_box_set_active (combo, 2);
  g_assert_true (zf_record_dialog_save (ZF_RECORD_DIALOG (dialog)));
  ui_test_settle ();
  dialog = zf_checklists_view_edit_selected (view);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_combo_box_get_child (frequency_combo (dialog)))),
                   ==, "每季度一次");
  gtk_window_destroy (dialog);
  ui_test_settle ();
}

/* A date field takes a date as people write it and keeps it as ISO; text
 * that is no date stays as typed, for the rules to name. */
static void
test_date_entry (void)
{
  static const struct { const char *typed, *iso; } cases[] = {
    { "2026年1月31日", "2026-01-31" }, { "2026-01-31", "2026-01-31" }, { "2026.1.31", "2026-01-31" },
    { "20260131", "2026-01-31" }, { "2026/1/31", "2026-01-31" }, { " 2026年1月31日 ", "2026-01-31" },
    { "", NULL }, { "下周", "下周" }, { "2026年2月30日", "2026年2月30日" },
  };
  GtkWidget *entry = g_object_ref_sink (gtk_entry_new ());
  g_autofree char *shown = NULL, *iso = NULL;

  zf_date_entry_prepare (GTK_ENTRY (entry));
  g_assert_nonnull (strstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), "2026"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *typed = NULL;

      gtk_editable_set_text (GTK_EDITABLE (entry), cases[i].typed);
      typed = zf_date_entry_get_iso (GTK_ENTRY (entry));
      g_assert_cmpstr (typed, ==, cases[i].iso);
    }
  /* Shown in the interface's form, and read back. */
  zf_date_entry_set_iso (GTK_ENTRY (entry), "2026-01-31");
  shown = zf_date_format_display ("2026-01-31");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, shown);
  iso = zf_date_entry_get_iso (GTK_ENTRY (entry));
  g_assert_cmpstr (iso, ==, "2026-01-31");
  g_object_unref (entry);
}

/* The case dialog stores a decision date typed as 年月日 as ISO. */
static void
test_case_date_typed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfCaseFile) before = NULL;
  g_autoptr(ZfCaseFile) after = NULL;
  g_autofree char *decided = NULL, *typed = NULL;
  ZfCaseDialog *dialog;
  GDate date;

  gint64 id;

  /* A case file with a decision date. */
  for (id = 1; before == NULL || zf_case_file_get_decided_date (before) == NULL; id++)
    {
      g_clear_object (&before);
      before = zf_store_get_case_file (f->store, id, &error);
      g_assert_no_error (error);
    }
  id--;
  dialog = zf_case_dialog_new (GTK_WINDOW (f->window), f->store, before);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_settle ();
  /* Its own decision date, typed as 年月日. */
  decided = g_strdup (zf_case_file_get_decided_date (before));
  g_assert_true (zf_date_parse (decided, &date));
  typed = g_strdup_printf ("%d年%d月%d日", g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date));
  gtk_editable_set_text (zf_case_dialog_get_field (dialog, "decided-date"), typed);
  if (!zf_case_dialog_save (dialog))
    g_error ("not saved: %s", zf_case_dialog_get_error (dialog));
  ui_test_settle ();
  g_assert_null (dialog);
  after = zf_store_get_case_file (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_case_file_get_decided_date (after), ==, decided);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  zf_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  app = GTK_APPLICATION (zf_application_new ());
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(name, func) \
  g_test_add ("/ui/lists/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("export-bodies", test_export_bodies);
  ADD ("export-cases", test_export_cases);
  ADD ("export-checklists", test_export_checklists);
  ADD ("case-date-typed", test_case_date_typed);
  ADD ("name-columns", test_name_columns);
  ADD ("frequency-choice", test_frequency_choice);
#undef ADD

  g_test_add_func ("/ui/lists/date-entry", test_date_entry);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
