#define G_LOG_DOMAIN "test-ui-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "case-fixture.h"
#include "ui-test-util.h"
#include "zf-body-dialog.h"
#include "zf-checklists-view.h"
#include "zf-evaluation-form.h"
#include "zf-import-dialog.h"
#include "zf-officers-view.h"
#include "zf-unit-settings.h"
#include "zf-application.h"
#include "zf-store-bodies.h"
#include "zf-window.h"

/* The window in daily use: the header bar, the primary menu and the
 * shortcuts act on the tab that is showing. */

typedef UiTestWindow Fixture;

static GtkApplication *app;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();

  ui_test_window_open_store (f, "window");
  g_object_set (body, "name", "示例县农业农村局", "kind", "organ", NULL);
  zf_store_save_body (f->store, body, &error);
  g_assert_no_error (error);
  ui_test_window_present (f, app, 0, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_window_close (f);
}

/* The one window of type @type_name besides the main window, or NULL. */
static GtkWindow *
find_window (const char *type_name)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), type_name) && gtk_widget_get_visible (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }
  return found;
}

/* A screen of 1366×768, common in offices, less a panel: every dialog
 * must fit on it. */
static void
assert_fits (GtkWindow *window)
{
  g_assert_nonnull (window);
  ui_test_settle ();
  g_test_message ("%s: %d×%d", G_OBJECT_TYPE_NAME (window),
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1366);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 720);
}

static const char *
visible_tab (Fixture *f)
{
  return gtk_stack_get_visible_child_name (zf_window_get_stack (f->window));
}

static void
show_tab (Fixture *f,
          int      index)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-tab", "i", index);
  ui_test_settle ();
}

static gboolean
is_ancestor_or_self (GtkWidget *widget,
                     GtkWidget *ancestor)
{
  return widget == ancestor || (widget != NULL && gtk_widget_is_ancestor (widget, ancestor));
}

static GtkWidget *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child (zf_window_get_stack (f->window));
}

static void
count_add_buttons (GtkWidget *widget,
                   guint     *count)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "list-add-symbolic") == 0)
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_add_buttons (child, count);
}

static GtkMenuButton *
menu_button (Fixture *f)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (f->window));
  GtkWidget *found = NULL;

  /* The header bar's only menu button is the primary one. */
  for (GtkWidget *w = gtk_widget_get_first_child (titlebar); w != NULL && found == NULL;
       w = gtk_widget_get_first_child (w))
    for (GtkWidget *c = w; c != NULL && found == NULL; c = gtk_widget_get_next_sibling (c))
      {
        if (GTK_IS_MENU_BUTTON (c))
          found = c;
        for (GtkWidget *d = gtk_widget_get_first_child (c); d != NULL && found == NULL;
             d = gtk_widget_get_next_sibling (d))
          if (GTK_IS_MENU_BUTTON (d))
            found = d;
      }
  g_assert_nonnull (found);
  return GTK_MENU_BUTTON (found);
}

static char *
first_menu_label (Fixture *f)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (menu_button (f));
  GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  GMenuModel *inner;
  char *label = NULL;

  g_assert_nonnull (section);
  /* A tab's section may itself hold sections. */
  inner = g_menu_model_get_item_link (section, 0, G_MENU_LINK_SECTION);
  g_menu_model_get_item_attribute (inner != NULL ? inner : section, 0,
                                   G_MENU_ATTRIBUTE_LABEL, "s", &label);
  g_clear_object (&inner);
  g_object_unref (section);
  return label;
}

static void
test_header_follows_tab (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *bodies_label = NULL;
  g_autofree char *officers_label = NULL;
  g_autofree char *cases_label = NULL;
  GtkWidget *focus;
  guint adds = 0;

  /* Bodies: "+" is a new body. */
  g_assert_cmpstr (visible_tab (f), ==, "bodies");
  bodies_label = first_menu_label (f);
  g_assert_cmpstr (bodies_label, ==, _("_New Body…"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  ui_test_settle ();
  assert_fits (find_window ("ZfBodyDialog"));
  ui_test_destroy_other_windows (GTK_WINDOW (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import", NULL);
  ui_test_settle ();
  assert_fits (find_window ("ZfImportDialog"));
  ui_test_destroy_other_windows (GTK_WINDOW (f->window));

  /* Officers (Alt+2): one "+", and it is a new officer; the tab stays. */
  show_tab (f, 1);
  g_assert_cmpstr (visible_tab (f), ==, "officers");
  count_add_buttons (GTK_WIDGET (f->window), &adds);
  g_assert_cmpuint (adds, ==, 1);
  officers_label = first_menu_label (f);
  g_assert_cmpstr (officers_label, ==, _("_New Officer…"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  ui_test_settle ();
  assert_fits (find_window ("ZfOfficerDialog"));
  g_assert_null (find_window ("ZfBodyDialog"));
  ui_test_destroy_other_windows (GTK_WINDOW (f->window));
  g_assert_cmpstr (visible_tab (f), ==, "officers");

  /* Ctrl+F searches the officers, not the bodies. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL);
  ui_test_settle ();
  g_assert_cmpstr (visible_tab (f), ==, "officers");
  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_true (is_ancestor_or_self (focus, visible_page (f)));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));

  /* Ctrl+E offers the officers' exports. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  ui_test_settle ();
  g_assert_cmpstr (visible_tab (f), ==, "officers");
  {
    /* The open menu has the focus, inside the officers page. */
    GtkWidget *in_menu = gtk_window_get_focus (GTK_WINDOW (f->window));
    GtkWidget *popover = in_menu != NULL ? gtk_widget_get_ancestor (in_menu, GTK_TYPE_POPOVER)
                                         : NULL;

    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_visible (popover));
    g_assert_true (gtk_widget_is_ancestor (popover, visible_page (f)));
    gtk_popover_popdown (GTK_POPOVER (popover));
    ui_test_settle ();
  }

  /* Case evaluation (Alt+4): "+" is a new case file. */
  show_tab (f, 3);
  g_assert_cmpstr (visible_tab (f), ==, "cases");
  cases_label = first_menu_label (f);
  g_assert_cmpstr (cases_label, ==, _("_New Case File…"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  ui_test_settle ();
  assert_fits (find_window ("ZfCaseDialog"));
  g_assert_null (find_window ("ZfBodyDialog"));
  ui_test_destroy_other_windows (GTK_WINDOW (f->window));
  g_assert_cmpstr (visible_tab (f), ==, "cases");

  /* Checklists (Alt+3): Import… opens on the list shown; the draws have
   * no list to import, and it opens on the matters. */
  show_tab (f, 2);
  g_assert_cmpstr (visible_tab (f), ==, "checklists");
  {
    static const struct { const char *shown, *register_name; } lists[] = {
      { "benchmarks", "benchmarks" }, { "leniency", "leniency" }, { "targets", "targets" },
      { "draws", "matters" },
    };
    GtkWidget *view = gtk_widget_get_first_child (visible_page (f));

    g_assert_true (ZF_IS_CHECKLISTS_VIEW (view));
    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      {
        GtkWindow *dialog;

        zf_checklists_view_show_register (ZF_CHECKLISTS_VIEW (view), lists[i].shown);
        ui_test_settle ();
        gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import", NULL);
        ui_test_settle ();
        dialog = find_window ("ZfImportDialog");
        g_assert_cmpstr (zf_import_dialog_get_register_name (ZF_IMPORT_DIALOG (dialog)), ==,
                         lists[i].register_name);
        ui_test_destroy_other_windows (GTK_WINDOW (f->window));
      }
  }

  /* Alt+1 goes back; a tab number past the last changes nothing. */
  show_tab (f, 0);
  g_assert_cmpstr (visible_tab (f), ==, "bodies");
  show_tab (f, 8);
  g_assert_cmpstr (visible_tab (f), ==, "bodies");
}

static gboolean
cancel_print_dialog (gpointer data)
{
  gboolean *seen = data;
  GtkWindow *dialog = find_window ("GtkPrintUnixDialog");

  if (dialog == NULL)
    return G_SOURCE_CONTINUE;
  *seen = TRUE;
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  return G_SOURCE_REMOVE;
}

/* Ctrl+P prints the holder list of the officers tab through the print
 * dialog; on a tab without a list to print it is off. */
static void
test_print_follows_tab (Fixture       *f,
                        gconstpointer  data)
{
  gboolean seen = FALSE;
  guint source;

  /* The bodies tab has no list to print (its register is exported). */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL);
  ui_test_settle ();
  g_assert_null (find_window ("GtkPrintUnixDialog"));

  show_tab (f, 1);
  source = g_timeout_add (50, cancel_print_dialog, &seen);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL);
  ui_test_settle ();
  if (!seen)
    g_source_remove (source);
  g_assert_true (seen);
  g_assert_cmpstr (visible_tab (f), ==, "officers");
}

static void
collect_accelerators (GtkWidget *widget,
                      GString   *out)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accel = NULL;

      g_object_get (widget, "accelerator", &accel, NULL);
      g_string_append_printf (out, "%s\n", accel);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, out);
}

/* The shortcuts window lists every shortcut of the window, and its title is
 * the menu entry that opens it. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  static const char *expected[] = {
    "<Control>n", "<Control>f", "<Control>e", "<Control>p", "<Control>i",
    "<Alt>1...<Alt>9", "<Control>comma", "<Control>question", "<Control>q",
    "<Control>s", "Escape", "Delete",
  };
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window));
  g_autoptr(GString) accels = g_string_new ("\n");
  g_autofree char *menu_title = NULL;
  GMenuModel *menu = gtk_menu_button_get_menu_model (menu_button (f));

  g_assert_nonnull (overlay);
  collect_accelerators (GTK_WIDGET (overlay), accels);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", expected[i]);

      if (strstr (accels->str, line) == NULL)
        g_error ("%s is not in the shortcuts window:%s", expected[i], accels->str);
    }

  /* Find the menu entry of win.show-help-overlay. */
  for (int s = 0; s < g_menu_model_get_n_items (menu) && menu_title == NULL; s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          if (g_strcmp0 (action, "win.show-help-overlay") == 0)
            g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                             &menu_title);
        }
    }
  g_assert_nonnull (menu_title);
  {
    g_autoptr(GString) plain = g_string_new (menu_title);

    g_string_replace (plain, "_", "", 0);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (overlay)), ==, plain->str);
  }
}

/* The first start asks for the unit and the user once; documents, the
 * evaluator and the change history use them instead of the login name. */
static void
test_unit_and_user (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ZfStore *store = case_fixture_open (&path);
  g_autofree char *login = g_strdup (zf_store_get_operator (store));
  g_autofree char *unit = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  ZfWindow *window = zf_window_new (app, store);
  ZfUnitDialog *dialog;
  ZfEvaluationForm *form;
  GtkWidget *officers;

  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle ();

  dialog = zf_window_welcome (window);
  g_assert_nonnull (dialog);
  ui_test_settle ();
  /* A unit is what the welcome asks for; a wrong division code is named. */
  zf_unit_dialog_set_value (dialog, ZF_SETTING_UNIT_NAME, "  ");
  g_assert_false (zf_unit_dialog_save (dialog));
  g_assert_nonnull (zf_unit_dialog_get_error (dialog));
  zf_unit_dialog_set_value (dialog, ZF_SETTING_UNIT_NAME, "示例县司法局");
  zf_unit_dialog_set_value (dialog, ZF_SETTING_UNIT_REGION, "4207");
  g_assert_false (zf_unit_dialog_save (dialog));
  g_assert_nonnull (strstr (zf_unit_dialog_get_error (dialog), "unit.region"));
  unit = zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
  g_assert_null (unit);
  zf_unit_dialog_set_value (dialog, ZF_SETTING_UNIT_REGION, "420704");
  zf_unit_dialog_set_value (dialog, ZF_SETTING_UNIT_LEVEL, "county");
  zf_unit_dialog_set_value (dialog, ZF_SETTING_USER_NAME, "科员甲");
  g_assert_true (zf_unit_dialog_save (dialog));
  ui_test_settle ();
  unit = zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
  g_assert_cmpstr (unit, ==, "示例县司法局");
  g_assert_cmpstr (zf_store_get_operator (store), ==, "科员甲");
  /* Asked once. */
  g_assert_null (zf_window_welcome (window));

  /* The holder list names the unit (制表单位), not the login. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "i", 1);
  ui_test_settle ();
  officers = gtk_widget_get_first_child (gtk_stack_get_visible_child (zf_window_get_stack (window)));
  g_assert_true (ZF_IS_OFFICERS_VIEW (officers));
  operation = zf_officers_view_new_print_operation (ZF_OFFICERS_VIEW (officers));
  text = ui_test_print_to_text (operation);
  g_assert_nonnull (strstr (text, "示例县司法局"));
  if (strlen (login) > 2)
    g_assert_null (strstr (text, login));

  /* The evaluator of a new evaluation is the user. */
  form = zf_evaluation_form_new (GTK_WINDOW (window), store,
                                 case_fixture_good_case (store, "示例〔2025〕1号"), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (zf_evaluation_form_get_evaluator (form)), ==, "科员甲");
  gtk_window_present (GTK_WINDOW (form));
  assert_fits (GTK_WINDOW (form));
  gtk_window_destroy (GTK_WINDOW (form));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  case_fixture_close (store, g_steal_pointer (&path));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        found = GTK_WINDOW (window);
    }
  return found;
}

/* The welcome goes on where an empty register starts: its two buttons save
 * the unit, then open the import or the first body's dialog; a unit not
 * given keeps the welcome open and opens nothing. */
static void
test_welcome_next (void)
{
  static const struct
  {
    const char *action;
    GType     (*dialog_type) (void);
  } cases[] = {
    { "unit.then-import", zf_import_dialog_get_type },
    { "unit.then-new", zf_body_dialog_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *unit = NULL;
      ZfStore *store = case_fixture_open (&path);
      ZfWindow *window = zf_window_new (app, store);
      ZfUnitDialog *dialog;
      GType type = cases[i].dialog_type ();
      GtkWindow *next;

      gtk_window_present (GTK_WINDOW (window));
      ui_test_settle ();
      dialog = zf_window_welcome (window);
      g_assert_nonnull (dialog);
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      ui_test_settle ();
      if (i == 0)
        ui_test_screenshot (GTK_WIDGET (dialog), "welcome");

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), cases[i].action, NULL));
      ui_test_settle ();
      g_assert_nonnull (dialog);
      g_assert_nonnull (zf_unit_dialog_get_error (dialog));
      g_assert_null (find_toplevel (type));

      zf_unit_dialog_set_value (dialog, ZF_SETTING_UNIT_NAME, "示例县司法局");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), cases[i].action, NULL));
      ui_test_settle ();
      g_assert_null (dialog);
      unit = zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
      g_assert_cmpstr (unit, ==, "示例县司法局");
      next = find_toplevel (type);
      g_assert_nonnull (next);
      gtk_window_destroy (next);

      gtk_window_destroy (GTK_WINDOW (window));
      ui_test_settle ();
      case_fixture_close (store, g_steal_pointer (&path));
    }
}

/* The window's Han characters come from a plain sans face, not from the
 * brush face the documents' 楷体 headings need, also where the C library
 * has no Chinese locale (the tests run under C.UTF-8). */
static void
test_han_font (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (f->window),
                                                                  "执法监督台账");
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  g_autoptr(PangoFontDescription) described = NULL;
  PangoGlyphItem *run;

  g_assert_nonnull (line);
  g_assert_nonnull (line->runs);
  run = line->runs->data;
  described = pango_font_describe (run->item->analysis.font);
  g_test_message ("Han face: %s", pango_font_description_get_family (described));
  g_assert_null (strstr (pango_font_description_get_family (described), "UKai"));
  g_assert_null (strstr (pango_font_description_get_family (described), "Kai"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  zf_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (zf_application_new ());
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/ui/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("header-follows-tab", test_header_follows_tab);
  ADD ("print-follows-tab", test_print_follows_tab);
  ADD ("shortcuts-window", test_shortcuts_window);
  ADD ("han-font", test_han_font);
#undef ADD
  g_test_add_func ("/ui/window/unit-and-user", test_unit_and_user);
  g_test_add_func ("/ui/window/welcome-next", test_welcome_next);

  result = g_test_run ();
  g_object_unref (app);
  return result;
}
