#define G_LOG_DOMAIN "zf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-cases-view.h"
#include "zf-checklists-view.h"
#include "zf-officers-view.h"
#include "zf-preferences-dialog.h"
#include "zf-register-list.h"
#include "zf-unit-dialog.h"
#include "zf-app-settings.h"
#include "zf-unit-settings.h"
#include "zf-window-private.h"

/* Rows written by zhifa-cli show up within this many seconds even when the
 * window keeps the focus. */
#define POLL_INTERVAL_SECONDS 3

G_DEFINE_FINAL_TYPE (ZfWindow, zf_window, GTK_TYPE_APPLICATION_WINDOW)

static gboolean
poll_store (gpointer user_data)
{
  ZfWindow *self = user_data;

  zf_store_poll_external_changes (self->store);
  return G_SOURCE_CONTINUE;
}

static void
on_is_active_changed (ZfWindow   *self,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    zf_store_poll_external_changes (self->store);
}

static gboolean
zf_window_close_request (GtkWindow *window)
{
  ZfWindow *self = ZF_WINDOW (window);

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);
      int width, height;

      g_settings_set_boolean (self->settings, "window-maximized", maximized);
      /* The default size follows the window while it is not maximized, so
       * it is the size to restore. */
      gtk_window_get_default_size (window, &width, &height);
      if (!maximized && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  return GTK_WINDOW_CLASS (zf_window_parent_class)->close_request (window);
}

static void
add_page (ZfWindow   *self,
          GtkWidget  *child,
          const char *name,
          const char *title)
{
  gtk_stack_add_titled (self->stack, child, name, title);
}

/* A tab other than the first is built when it is first shown: its list of
 * 100,000 officers or 50,000 case files is not loaded before the window's
 * first frame, nor at all by someone who only looks at the bodies. */
static void
add_lazy_page (ZfWindow   *self,
               GType       type,
               const char *name,
               const char *title)
{
  GtkWidget *holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_object_set_data (G_OBJECT (holder), "zf-page-type", GSIZE_TO_POINTER (type));
  add_page (self, holder, name, title);
}

static void
on_visible_child_changed (ZfWindow *self)
{
  GtkWidget *holder = gtk_stack_get_visible_child (self->stack);
  GType type;
  GtkWidget *page;

  if (holder == NULL)
    return;
  type = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (holder), "zf-page-type"));
  if (type == 0)
    return;
  g_object_set_data (G_OBJECT (holder), "zf-page-type", NULL);
  page = g_object_new (type, "store", self->store, NULL);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (holder), page);
}

static void
on_tab_changed (ZfWindow *self)
{
  on_visible_child_changed (self);
  zf_window_update_tab_actions (self);
}

static void
zf_window_constructed (GObject *object)
{
  ZfWindow *self = ZF_WINDOW (object);

  G_OBJECT_CLASS (zf_window_parent_class)->constructed (object);

  /* The pages need the store at construction, which a template cannot give
   * them; so they are built here, in tab order. */
  self->bodies_view = g_object_new (ZF_TYPE_BODIES_VIEW, "store", self->store, NULL);
  add_page (self, GTK_WIDGET (self->bodies_view), "bodies", _("Bodies"));
  add_lazy_page (self, ZF_TYPE_OFFICERS_VIEW, "officers", _("Officers"));
  add_lazy_page (self, ZF_TYPE_CHECKLISTS_VIEW, "checklists", _("Checklists"));
  add_lazy_page (self, ZF_TYPE_CASES_VIEW, "cases", _("Case evaluation"));
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_tab_changed), self, G_CONNECT_SWAPPED);
  zf_window_build_primary_menu (self);
  zf_window_update_tab_actions (self);

  g_signal_connect_object (self->bodies_view, "notify::selected-body",
                           G_CALLBACK (zf_window_update_body_actions), self,
                           G_CONNECT_SWAPPED);
  zf_window_update_body_actions (self);

  self->settings = zf_app_settings_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_changed), NULL);
  self->poll_source = g_timeout_add_seconds (POLL_INTERVAL_SECONDS, poll_store, self);
}

static void
zf_window_dispose (GObject *object)
{
  ZfWindow *self = ZF_WINDOW (object);

  g_clear_handle_id (&self->poll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_WINDOW);
  self->bodies_view = NULL;
  g_clear_object (&self->primary_menu);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (zf_window_parent_class)->dispose (object);
}

static void
zf_window_finalize (GObject *object)
{
  ZfWindow *self = ZF_WINDOW (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_window_parent_class)->finalize (object);
}

static void
preferences_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (zf_preferences_dialog_new (GTK_WINDOW (self), self->store)));
}

static void
unit_settings_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (zf_unit_dialog_new (GTK_WINDOW (self), self->store, FALSE)));
}

/* Once asked, a register whose user closed the welcome without answering
 * is not asked again: the settings page stays in the menu. */
#define SETTING_WELCOMED "unit.welcomed"

static void
on_welcome_closed (ZfStore *store)
{
  zf_store_set_setting (store, SETTING_WELCOMED, "1", NULL);
}

ZfUnitDialog *
zf_window_welcome (ZfWindow *self)
{
  ZfUnitDialog *dialog;

  g_return_val_if_fail (ZF_IS_WINDOW (self), NULL);

  if (!zf_unit_settings_missing (self->store)
      || zf_store_get_setting_int (self->store, SETTING_WELCOMED, 0) != 0)
    return NULL;
  dialog = zf_unit_dialog_new (GTK_WINDOW (self), self->store, TRUE);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_welcome_closed), self->store,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
zf_window_class_init (ZfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = zf_window_constructed;
  object_class->dispose = zf_window_dispose;
  object_class->finalize = zf_window_finalize;
  window_class->close_request = zf_window_close_request;

  zf_register_list_install_store (object_class, G_STRUCT_OFFSET (ZfWindow, store));

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ZfWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ZfWindow, new_button);
  /* The menu sections, found by name when the tab changes. */
  gtk_widget_class_bind_template_child_full (widget_class, "bodies_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "officers_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "checklists_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "cases_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "common_menu", FALSE, 0);

  zf_window_class_install_body_actions (widget_class);
  zf_window_class_install_import_action (widget_class);
  zf_window_class_install_tab_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_activated);
  gtk_widget_class_install_action (widget_class, "win.unit-settings", NULL,
                                   unit_settings_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);
}

static void
zf_window_init (ZfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfWindow *
zf_window_new (GtkApplication *application,
               ZfStore        *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  return g_object_new (ZF_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

ZfStore *
zf_window_get_store (ZfWindow *self)
{
  g_return_val_if_fail (ZF_IS_WINDOW (self), NULL);
  return self->store;
}

GtkStack *
zf_window_get_stack (ZfWindow *self)
{
  g_return_val_if_fail (ZF_IS_WINDOW (self), NULL);
  return self->stack;
}
