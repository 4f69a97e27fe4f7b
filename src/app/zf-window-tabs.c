#define G_LOG_DOMAIN "zf-window-tabs"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-window-private.h"

/* The header bar and the window's shortcuts act on the tab that is showing:
 * "+" and Ctrl+N create in it, Ctrl+F searches it, Ctrl+E exports it,
 * Ctrl+P prints its list, and the primary menu's first section is its own.
 * Each tab says what those commands are in one row of the table below; the
 * pages keep their own actions, which the window activates on the page. */

typedef struct
{
  const char *name;           /* the stack page */
  const char *new_action;     /* activated on the page */
  const char *new_tooltip;    /* msgid */
  const char *export_action;  /* NULL: the page's "export-button" menu opens */
  const char *print_action;   /* NULL: the tab has no list to print */
  const char *menu_section;   /* the section's id in zf-window.ui */
} ZfTabCommands;

static const ZfTabCommands tabs[] = {
  { "bodies", "win.new-body", N_("New Body (Ctrl+N)"), "win.export-bodies", NULL,
    "bodies_section" },
  { "officers", "officers.new-officer", N_("New Officer (Ctrl+N)"), NULL, "officers.print",
    "officers_section" },
  { "checklists", "checklists.new", N_("New Entry in the List Shown (Ctrl+N)"),
    "checklists.export", NULL, "checklists_section" },
  { "cases", "cases.new", N_("New Case File (Ctrl+N)"), NULL, NULL, "cases_section" },
};

static const ZfTabCommands *
visible_tab (ZfWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (g_strcmp0 (tabs[i].name, name) == 0)
      return &tabs[i];
  return NULL;
}

/* The page widget of the visible tab: a lazy tab's page is the only child
 * of the box that holds its place. */
GtkWidget *
zf_window_visible_page (ZfWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  if (child != NULL && GTK_IS_BOX (child) && gtk_widget_get_first_child (child) != NULL)
    return gtk_widget_get_first_child (child);
  return child;
}

/* The first widget under @widget, in tree order, that is mapped and passes
 * @match: the search entry or export button of the list the user sees,
 * also on a tab that shows one list of several. */
static GtkWidget *
find_shown (GtkWidget *widget,
            gboolean (*match) (GtkWidget *))
{
  if (widget == NULL || !gtk_widget_get_mapped (widget))
    return NULL;
  if (match (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown (child, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_search_entry (GtkWidget *widget)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static gboolean
is_export_button (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_name (widget), "export-button") == 0;
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  const ZfTabCommands *tab = visible_tab (self);

  if (tab != NULL)
    gtk_widget_activate_action (zf_window_visible_page (self), tab->new_action, NULL);
}

static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  GtkWidget *entry = find_shown (zf_window_visible_page (self), is_search_entry);

  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  const ZfTabCommands *tab = visible_tab (self);
  GtkWidget *button;

  if (tab == NULL)
    return;
  if (tab->export_action != NULL)
    {
      gtk_widget_activate_action (zf_window_visible_page (self), tab->export_action, NULL);
      return;
    }
  /* The tab exports in several forms: its menu offers them. */
  button = find_shown (zf_window_visible_page (self), is_export_button);
  if (button != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  const ZfTabCommands *tab = visible_tab (self);

  if (tab != NULL && tab->print_action != NULL)
    gtk_widget_activate_action (zf_window_visible_page (self), tab->print_action, NULL);
}

static void
show_tab_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  int wanted = g_variant_get_int32 (parameter);
  int index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    if (index == wanted)
      {
        gtk_stack_set_visible_child (self->stack, child);
        return;
      }
}

void
zf_window_update_tab_actions (ZfWindow *self)
{
  const ZfTabCommands *tab = visible_tab (self);
  GMenuModel *section;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", tab != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", tab != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print",
                                 tab != NULL && tab->print_action != NULL);
  if (tab == NULL)
    return;

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_button), _(tab->new_tooltip));

  /* The menu's first section is the tab's own; the rest is the same on
   * every tab. */
  section = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (self), ZF_TYPE_WINDOW,
                                                         tab->menu_section));
  g_assert (section != NULL);
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->primary_menu)) > 0)
    g_menu_remove (self->primary_menu, 0);
  g_menu_prepend_section (self->primary_menu, NULL, section);
}

/* Builds the primary menu: the visible tab's section, then the sections
 * every tab shares. */
void
zf_window_build_primary_menu (ZfWindow *self)
{
  GMenuModel *common = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                    ZF_TYPE_WINDOW,
                                                                    "common_menu"));

  self->primary_menu = g_menu_new ();
  for (int i = 0; i < g_menu_model_get_n_items (common); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_from_model (common, i);

      g_menu_append_item (self->primary_menu, item);
    }
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->primary_menu));
}

void
zf_window_class_install_tab_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.show-tab", "i", show_tab_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-tab", "i", i);
}
