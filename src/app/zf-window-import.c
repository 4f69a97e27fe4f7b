#define G_LOG_DOMAIN "zf-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-checklists-view.h"
#include "zf-import-dialog.h"
#include "zf-import-mapping.h"
#include "zf-window-private.h"

/* Import… opens on the register of the tab in view, on the checklists
 * tab on the list in view. */
static const struct
{
  const char *page;
  const char *register_name;
} page_registers[] = {
  { "bodies", "bodies" },
  { "officers", "officers" },
  { "checklists", "matters" },
  { "cases", "cases" },
};

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  const char *register_name = "bodies";
  GtkWidget *shown;
  ZfImportDialog *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (page_registers); i++)
    if (g_strcmp0 (page, page_registers[i].page) == 0)
      register_name = page_registers[i].register_name;
  /* On the checklists tab, the list shown (the draws have none of their
   * own: the matters'). */
  shown = zf_window_visible_page (self);
  if (ZF_IS_CHECKLISTS_VIEW (shown) &&
      zf_import_register_lookup (zf_checklists_view_get_register (ZF_CHECKLISTS_VIEW (shown))))
    register_name = zf_checklists_view_get_register (ZF_CHECKLISTS_VIEW (shown));
  dialog = zf_import_dialog_new (GTK_WINDOW (self), self->store, register_name);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
zf_window_class_install_import_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
}
