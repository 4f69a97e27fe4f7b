#define G_LOG_DOMAIN "zf-unit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-codes.h"
#include "zf-form-parts.h"
#include "zf-unit-dialog.h"
#include "zf-unit-settings.h"

struct _ZfUnitDialog
{
  GtkWindow    parent_instance;

  ZfStore     *store;

  /* Template widgets */
  GtkLabel    *welcome_label;
  GtkWidget   *next_box;      /* the welcome's way on: import or create */
  GtkEntry    *name_entry;
  GtkDropDown *level_drop_down;
  GtkEntry    *region_entry;
  GtkEntry    *user_entry;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (ZfUnitDialog, zf_unit_dialog, GTK_TYPE_WINDOW)

static GtkEntry *
entry_for (ZfUnitDialog *self,
           const char   *key)
{
  if (g_str_equal (key, ZF_SETTING_UNIT_NAME))
    return self->name_entry;
  if (g_str_equal (key, ZF_SETTING_UNIT_REGION))
    return self->region_entry;
  if (g_str_equal (key, ZF_SETTING_USER_NAME))
    return self->user_entry;
  return NULL;
}

/* The drop-down lists "not set" and then the levels in code order. */
static const char *
chosen_level (ZfUnitDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->level_drop_down);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return zf_body_levels.codes[selected - 1].code;
}

static void
load_form (ZfUnitDialog *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autofree char *level = zf_store_get_setting_text (self->store, ZF_SETTING_UNIT_LEVEL);
  const char *keys[] = { ZF_SETTING_UNIT_NAME, ZF_SETTING_UNIT_REGION, ZF_SETTING_USER_NAME };

  gtk_string_list_append (levels, _("Not set"));
  for (guint i = 0; i < zf_body_levels.n_codes; i++)
    {
      gtk_string_list_append (levels, _(zf_body_levels.codes[i].label));
      if (g_strcmp0 (level, zf_body_levels.codes[i].code) == 0)
        {
          gtk_drop_down_set_model (self->level_drop_down, G_LIST_MODEL (levels));
          gtk_drop_down_set_selected (self->level_drop_down, i + 1);
        }
    }
  if (gtk_drop_down_get_model (self->level_drop_down) == NULL)
    {
      gtk_drop_down_set_model (self->level_drop_down, G_LIST_MODEL (levels));
      gtk_drop_down_set_selected (self->level_drop_down, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = zf_store_get_setting_text (self->store, keys[i]);

      gtk_editable_set_text (GTK_EDITABLE (entry_for (self, keys[i])), value ? value : "");
    }
  /* Left empty rather than filled with the login name ("root" on many
   * office machines), which is not a name to print. */
}

static void
show_error (ZfUnitDialog *self,
            const char   *message)
{
  zf_error_label_show (self->error_label, message);
}

gboolean
zf_unit_dialog_save (ZfUnitDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *values[4];
  guint n;
  const ZfUnitSetting *settings = zf_unit_settings_list (&n);

  g_return_val_if_fail (ZF_IS_UNIT_DIALOG (self), FALSE);
  g_assert (n == G_N_ELEMENTS (values));

  for (guint i = 0; i < n; i++)
    {
      GtkEntry *entry = entry_for (self, settings[i].key);

      values[i] = entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (entry))
                                : chosen_level (self);
      if (!zf_unit_setting_check (settings[i].key, values[i], NULL, &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
    }
  if (!zf_unit_setting_check (ZF_SETTING_UNIT_NAME, values[0], &name, NULL) || *name == '\0')
    {
      show_error (self, _("Give the name of the unit that keeps the register."));
      return FALSE;
    }

  if (!zf_store_begin (self->store, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (!zf_unit_setting_set (self->store, settings[i].key, values[i], &error))
      {
        zf_store_rollback (self->store);
        show_error (self, error->message);
        return FALSE;
      }
  if (!zf_store_commit (self->store, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

void
zf_unit_dialog_set_value (ZfUnitDialog *self,
                          const char   *key,
                          const char   *value)
{
  GtkEntry *entry;

  g_return_if_fail (ZF_IS_UNIT_DIALOG (self));

  entry = entry_for (self, key);
  if (entry != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), value);
      return;
    }
  gtk_drop_down_set_selected (self->level_drop_down, 0);
  for (guint i = 0; i < zf_body_levels.n_codes; i++)
    if (g_strcmp0 (value, zf_body_levels.codes[i].code) == 0)
      gtk_drop_down_set_selected (self->level_drop_down, i + 1);
}

const char *
zf_unit_dialog_get_error (ZfUnitDialog *self)
{
  g_return_val_if_fail (ZF_IS_UNIT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_unit_dialog_save (ZF_UNIT_DIALOG (widget));
}

/* The welcome's buttons: the unit saved, the window goes on with the
 * first import or the first body. */
static void
save_then_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));
  const char *next = g_str_equal (action_name, "unit.then-import") ? "win.import" : "win.new-body";

  if (parent != NULL)
    g_object_ref (parent);
  if (zf_unit_dialog_save (ZF_UNIT_DIALOG (widget)) && parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), next, NULL);
  g_clear_object (&parent);
}

static void
zf_unit_dialog_dispose (GObject *object)
{
  ZfUnitDialog *self = ZF_UNIT_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_unit_dialog_parent_class)->dispose (object);
}

static void
zf_unit_dialog_class_init (ZfUnitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_unit_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-unit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, welcome_label);
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, next_box);
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, level_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, region_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, user_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfUnitDialog, error_label);

  gtk_widget_class_install_action (widget_class, "unit.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "unit.then-import", NULL, save_then_activated);
  gtk_widget_class_install_action (widget_class, "unit.then-new", NULL, save_then_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "unit.save",
                                       NULL);
}

static void
zf_unit_dialog_init (ZfUnitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfUnitDialog *
zf_unit_dialog_new (GtkWindow *parent,
                    ZfStore   *store,
                    gboolean   welcome)
{
  ZfUnitDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_UNIT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  gtk_widget_set_visible (GTK_WIDGET (self->welcome_label), welcome);
  gtk_widget_set_visible (self->next_box, welcome);
  if (welcome)
    gtk_window_set_title (GTK_WINDOW (self), _("Welcome to Zhifa"));
  load_form (self);
  return self;
}
