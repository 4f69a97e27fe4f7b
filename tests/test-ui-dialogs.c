#define G_LOG_DOMAIN "test-ui-dialogs"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <string.h>

#include "zf-application.h"
#include "zf-bodies-view.h"
#include "zf-body-dialog.h"
#include "zf-body-event-dialog.h"
#include "zf-cases-view.h"
#include "zf-checklists-view.h"
#include "zf-import-dialog.h"
#include "zf-issue-dialog.h"
#include "zf-officers-view.h"
#include "zf-preferences-dialog.h"
#include "zf-sampling-dialog.h"
#include "zf-unit-dialog.h"
#include "zf-window.h"
#include "ui-test-util.h"

/* Every dialog and menu of the window on the demo registers, under
 * zh_CN: no word of English in what they show, and each fits a screen of
 * 1366×768 (common in government offices). Screenshots of each when
 * ZF_TEST_SCREENSHOT_DIR is set. */

#define SCREEN_WIDTH  1366
#define SCREEN_HEIGHT 768

typedef struct
{
  UiTestWindow  ui;
  GString      *found;    /* what the checks found, one line each */
} Fixture;

static GtkApplication *app;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_window_open_store (&f->ui, "dialogs");
  ui_test_window_fill_demo (&f->ui, 200, 200, 200);
  f->found = g_string_new (NULL);
  ui_test_window_present (&f->ui, app, SCREEN_WIDTH, SCREEN_HEIGHT);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_window_close (&f->ui);
  g_string_free (f->found, TRUE);
}

/* The view of type @type on tab @name, which is shown. */
static GtkWidget *
show_tab (Fixture    *f,
          const char *name,
          GType       type)
{
  GtkStack *stack = zf_window_get_stack (f->ui.window);
  GtkWidget *view;

  gtk_stack_set_visible_child_name (stack, name);
  ui_test_settle ();
  view = ui_test_find_widget (gtk_stack_get_child_by_name (stack, name), type);
  g_assert_nonnull (view);
  return view;
}

/* Looks at @window as the user would see it: its words and its size,
 * then closes it. */
static void
check_window (Fixture    *f,
              GtkWindow  *window,
              const char *name)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int width = 0, height = 0;

  g_assert_nonnull (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (window);
  ui_test_settle ();
  ui_test_screenshot (GTK_WIDGET (window), name);

  if (gtk_window_get_title (window) != NULL)
    g_ptr_array_add (texts, g_strdup (gtk_window_get_title (window)));
  ui_test_collect_shown (GTK_WIDGET (window), texts);
  for (guint i = 0; i < texts->len; i++)
    if (ui_test_has_english (texts->pdata[i]))
      g_string_append_printf (f->found, "%s: English: %s\n", name, (char *) texts->pdata[i]);

  gtk_window_get_default_size (window, &width, &height);
  if (width > SCREEN_WIDTH || height > SCREEN_HEIGHT)
    g_string_append_printf (f->found, "%s: default size %d×%d\n", name, width, height);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  g_test_message ("%s: %d×%d", name, width, height);
  if (width > SCREEN_WIDTH || height > SCREEN_HEIGHT)
    g_string_append_printf (f->found, "%s: shown at %d×%d\n", name, width, height);

  if (window != NULL)
    gtk_window_destroy (window);
  ui_test_settle ();
}

/* The labels of @model and its sections and submenus. */
static void
collect_menu (GMenuModel *model,
              GPtrArray  *texts)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (texts, g_steal_pointer (&label));
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          collect_menu (linked, texts);
          g_object_unref (linked);
        }
    }
}

static void
collect_menus (GtkWidget *widget,
               GPtrArray *texts)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    collect_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), texts);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_menus (child, texts);
}

/* The window's menus (the primary menu and the tabs' export menus) on
 * every tab. */
static void
check_menus (Fixture    *f,
             const char *tab)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  gtk_stack_set_visible_child_name (zf_window_get_stack (f->ui.window), tab);
  ui_test_settle ();
  collect_menus (GTK_WIDGET (f->ui.window), texts);
  g_assert_cmpuint (texts->len, >, 3);
  for (guint i = 0; i < texts->len; i++)
    if (ui_test_has_english (texts->pdata[i]))
      g_string_append_printf (f->found, "menu on %s: English: %s\n", tab, (char *) texts->pdata[i]);
}

static void
on_issued (GtkWidget  *owner,
           const char *series,
           const char *date,
           gpointer    data)
{
}

static void
test_sweep (Fixture       *f,
            gconstpointer  data)
{
  static const char *const registers[] = { "laws", "matters", "leniency", "benchmarks", "items",
                                           "targets" };
  static const char *const tabs[] = { "bodies", "officers", "checklists", "cases" };
  ZfBodiesView *bodies;
  ZfOfficersView *officers;
  ZfChecklistsView *checklists;
  ZfCasesView *cases;
  GtkWindow *window;

  if (g_getenv ("ZF_TEST_EXPECT_ZH") == NULL)
    {
      g_test_skip ("Checked in the zh_CN run");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      check_menus (f, tabs[i]);
      ui_test_screenshot (GTK_WIDGET (f->ui.window), tabs[i]);
    }

  bodies = ZF_BODIES_VIEW (show_tab (f, "bodies", ZF_TYPE_BODIES_VIEW));
  check_window (f, GTK_WINDOW (zf_body_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store, NULL)),
                "body-new");
  check_window (f, GTK_WINDOW (zf_body_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store,
                                                   zf_bodies_view_get_selected_body (bodies))),
                "body-edit");
  check_window (f, GTK_WINDOW (zf_body_event_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store,
                                                         zf_bodies_view_get_selected_body (bodies),
                                                         "published")), "body-event");

  officers = ZF_OFFICERS_VIEW (show_tab (f, "officers", ZF_TYPE_OFFICERS_VIEW));
  window = zf_officers_view_edit_officer (officers, TRUE);
  /* With the fields of the certificate the officer already holds. */
  {
    GtkWidget *holds = ui_test_find_check_button (GTK_WIDGET (window),
                                                  _("Already _holds a certificate: record its issue"));

    g_assert_nonnull (holds);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (holds), TRUE);
  }
  check_window (f, window, "officer-new-holder");
  check_window (f, zf_officers_view_edit_officer (officers, FALSE), "officer-edit");
  check_window (f, zf_officers_view_record_event (officers), "officer-event");

  checklists = ZF_CHECKLISTS_VIEW (show_tab (f, "checklists", ZF_TYPE_CHECKLISTS_VIEW));
  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    {
      g_autofree char *name = g_strdup_printf ("editor-%s", registers[i]);

      zf_checklists_view_show_register (checklists, registers[i]);
      ui_test_settle ();
      check_window (f, zf_checklists_view_new_record (checklists), name);
      if (i == 1)
        {
          check_window (f, zf_checklists_view_transfer_matters (checklists), "matters-transfer");
          check_window (f, zf_checklists_view_assign_duties (checklists), "matters-duties");
        }
    }
  zf_checklists_view_show_register (checklists, "items");
  ui_test_settle ();
  check_window (f, zf_checklists_view_edit_selected (checklists), "editor-items-edit");
  zf_checklists_view_show_register (checklists, "draws");
  ui_test_settle ();
  check_window (f, zf_checklists_view_new_draw (checklists), "draw");

  cases = ZF_CASES_VIEW (show_tab (f, "cases", ZF_TYPE_CASES_VIEW));
  check_window (f, zf_cases_view_edit_case (cases, TRUE), "case-new");
  check_window (f, zf_cases_view_edit_case (cases, FALSE), "case-edit");
  check_window (f, zf_cases_view_evaluate (cases), "evaluation");
  check_window (f, GTK_WINDOW (zf_issue_dialog_new (GTK_WIDGET (cases), f->ui.store, "opinion",
                                                    _("_Export"), on_issued, NULL, NULL)),
                "issue-number");
  check_window (f, GTK_WINDOW (zf_sampling_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store, 2025)),
                "sampling");

  check_window (f, GTK_WINDOW (zf_import_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store, "bodies")),
                "import");
  check_window (f, GTK_WINDOW (zf_preferences_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store)),
                "preferences");
  check_window (f, GTK_WINDOW (zf_unit_dialog_new (GTK_WINDOW (f->ui.window), f->ui.store, FALSE)),
                "unit-settings");
  /* The shortcuts window the window keeps (not shown: closing it would
   * not give it back). */
  {
    GtkWindow *shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->ui.window)));
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
    int width = 0, height = 0;

    g_assert_nonnull (shortcuts);
    g_ptr_array_add (texts, g_strdup (gtk_window_get_title (shortcuts)));
    ui_test_collect_shown (GTK_WIDGET (shortcuts), texts);
    g_assert_cmpuint (texts->len, >, 10);
    for (guint i = 0; i < texts->len; i++)
      if (ui_test_has_english (texts->pdata[i]))
        g_string_append_printf (f->found, "shortcuts: English: %s\n", (char *) texts->pdata[i]);
    gtk_window_get_default_size (shortcuts, &width, &height);
    if (width > SCREEN_WIDTH || height > SCREEN_HEIGHT)
      g_string_append_printf (f->found, "shortcuts: default size %d×%d\n", width, height);
  }

  g_test_message ("Found:\n%s", f->found->str);
  g_assert_cmpstr (f->found->str, ==, "");
}

/* Whether the list under @view shows every column without scrolling
 * sideways. */
static gboolean
list_fits (GtkWidget *view)
{
  GtkWidget *columns = ui_test_find_widget (view, GTK_TYPE_COLUMN_VIEW);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (columns));

  GListModel *list = gtk_column_view_get_columns (GTK_COLUMN_VIEW (columns));
  g_autoptr(GString) widths = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (list, i);

      g_string_append_printf (widths, " %s %d", gtk_column_view_column_get_title (column),
                              gtk_column_view_column_get_fixed_width (column));
    }
  g_test_message ("list: %.0f of %.0f px:%s", gtk_adjustment_get_upper (h),
                  gtk_adjustment_get_page_size (h), widths->str);
  return gtk_adjustment_get_upper (h) <= gtk_adjustment_get_page_size (h) + 1;
}

/* The officers tab at 1366×768: its list fits beside the detail (a long
 * unit's name and 需关注 shortened, not the list scrolling sideways); a
 * new window puts the divider where the user left it. */
static void
test_officers_pane (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *view = show_tab (f, "officers", ZF_TYPE_OFFICERS_VIEW);
  GtkPaned *paned = GTK_PANED (ui_test_find_widget (view, GTK_TYPE_PANED));
  g_autoptr(GSettings) settings = g_settings_new ("cn.zhifa.Zhifa");
  GtkWidget *window, *again;
  int moved, saved = 0;

  ui_test_settle ();
  ui_test_screenshot (GTK_WIDGET (f->ui.window), "officers");
  g_assert_true (list_fits (view));

  moved = gtk_paned_get_position (paned) - 40;
  gtk_paned_set_position (paned, moved);
  for (guint i = 0; i < 40 && saved != moved; i++)
    {
      g_autoptr(GVariant) positions = NULL;

      ui_test_settle ();
      positions = g_settings_get_value (settings, "detail-positions");
      g_variant_lookup (positions, "officers", "i", &saved);
    }
  g_assert_cmpint (saved, ==, moved);
  ui_test_screenshot (GTK_WIDGET (f->ui.window), "officers-divider-moved");

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), SCREEN_WIDTH, SCREEN_HEIGHT);
  again = g_object_new (ZF_TYPE_OFFICERS_VIEW, "store", f->ui.store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), again);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle ();
  g_assert_cmpint (gtk_paned_get_position (GTK_PANED (ui_test_find_widget (again, GTK_TYPE_PANED))), ==,
                   moved);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
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

  g_test_add ("/ui/dialogs/sweep", Fixture, NULL, fixture_set_up, test_sweep, fixture_tear_down);
  g_test_add ("/ui/dialogs/officers-pane", Fixture, NULL, fixture_set_up, test_officers_pane,
              fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
