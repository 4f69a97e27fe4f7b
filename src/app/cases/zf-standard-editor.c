#define G_LOG_DOMAIN "zf-standard-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-case-codes.h"
#include "zf-codes.h"
#include "zf-finding.h"
#include "zf-form-parts.h"
#include "zf-standard-editor.h"
#include "zf-store-standards.h"

static const char *const category_codes[] = { "penalty", "coercion", "licensing", "inspection" };

struct _ZfStandardEditor
{
  GtkWindow      parent_instance;

  ZfStore       *store;
  ZfStandard    *standard;     /* the working copy */
  gboolean       loading;      /* the header widgets follow the copy */

  /* Template widgets */
  GtkLabel      *error_label;
  GtkDropDown   *category_dropdown;
  GtkLabel      *version_label;
  GtkEntry      *name_entry;
  GtkSpinButton *excellent_spin;
  GtkSpinButton *pass_spin;
  GtkBox        *groups_box;
  GtkBox        *vetoes_box;
  GtkLabel      *totals_label;
  GtkListBox    *findings_list;
};

G_DEFINE_FINAL_TYPE (ZfStandardEditor, zf_standard_editor, GTK_TYPE_WINDOW)

static void rebuild (ZfStandardEditor *self);

/* Validation as the user types */

static void
validate (ZfStandardEditor *self)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  double sum = 0;
  g_autofree char *totals = NULL;
  GtkWidget *child;

  for (guint g = 0; g < self->standard->groups->len; g++)
    sum += ((ZfStandardGroup *) self->standard->groups->pdata[g])->points;
  totals = g_strdup_printf (_("Groups add up to %g of %g points."), sum, self->standard->total_points);
  gtk_label_set_text (self->totals_label, totals);

  zf_standard_validate (self->standard, findings);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *text = zf_finding_to_string (findings->pdata[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "error-text");
      gtk_widget_set_margin_start (label, 8);
      gtk_widget_set_margin_top (label, 4);
      gtk_widget_set_margin_bottom (label, 4);
      gtk_list_box_append (self->findings_list, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "standard.save", !zf_findings_has_errors (findings));
}

/* Each widget edits one field of a group or an item, found by its pointer
 * in the working copy (stable until the form is rebuilt). */

static void
on_text_changed (GtkEditable *editable,
                 char       **field)
{
  ZfStandardEditor *self = g_object_get_data (G_OBJECT (editable), "editor");
  const char *text = gtk_editable_get_text (editable);

  g_free (*field);
  *field = *text ? g_strdup (text) : NULL;
  validate (self);
}

static void
on_points_changed (GtkSpinButton *spin,
                   double        *field)
{
  ZfStandardEditor *self = g_object_get_data (G_OBJECT (spin), "editor");

  *field = gtk_spin_button_get_value (spin);
  validate (self);
}

static GtkWidget *
text_field (ZfStandardEditor *self,
            char            **field,
            const char       *placeholder,
            int               width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), *field ? *field : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  g_object_set_data (G_OBJECT (entry), "editor", self);
  g_signal_connect (entry, "changed", G_CALLBACK (on_text_changed), field);
  return entry;
}

static GtkWidget *
points_field (ZfStandardEditor *self,
              double           *field,
              const char       *tooltip)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 1000, 0.5);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), *field);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
  gtk_widget_set_tooltip_text (spin, tooltip);
  g_object_set_data (G_OBJECT (spin), "editor", self);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_points_changed), field);
  return spin;
}

static void
on_remove_item (GtkButton        *button,
                ZfStandardEditor *self)
{
  ZfStandardItem *item = g_object_get_data (G_OBJECT (button), "item");

  g_ptr_array_remove (self->standard->items, item);
  rebuild (self);
}

static void
on_remove_group (GtkButton        *button,
                 ZfStandardEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "group"));

  /* Items of later groups keep pointing at their group. */
  for (guint i = self->standard->items->len; i-- > 0;)
    {
      ZfStandardItem *item = self->standard->items->pdata[i];
      if (item->group == (int) index)
        g_ptr_array_remove_index (self->standard->items, i);
      else if (item->group > (int) index)
        item->group--;
    }
  g_ptr_array_remove_index (self->standard->groups, index);
  rebuild (self);
}

static void
on_add_item (GtkButton        *button,
             ZfStandardEditor *self)
{
  int group = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "group"));

  zf_standard_add_item (self->standard, group, NULL, NULL, group < 0 ? 0 : 1, group < 0 ? 0 : 1);
  rebuild (self);
}

static GtkWidget *
remove_button (ZfStandardEditor *self,
               const char       *key,
               gpointer          value,
               GCallback         callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), key, value);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
item_row (ZfStandardEditor *self,
          ZfStandardItem   *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = text_field (self, &item->name, _("Scoring item"), 16);
  GtkWidget *description = text_field (self, &item->description, _("Deduction rule"), 24);

  gtk_widget_set_hexpand (description, TRUE);
  gtk_widget_set_margin_start (box, item->is_veto ? 0 : 24);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), description);
  if (!item->is_veto)
    {
      gtk_box_append (GTK_BOX (box), points_field (self, &item->max_points, _("Points")));
      gtk_box_append (GTK_BOX (box), points_field (self, &item->deduction_step, _("Deduction step")));
    }
  gtk_box_append (GTK_BOX (box), remove_button (self, "item", item, G_CALLBACK (on_remove_item)));
  return box;
}

static GtkWidget *
add_button (ZfStandardEditor *self,
            const char       *label,
            int               group)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "group", GINT_TO_POINTER (group));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_item), self);
  return button;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
rebuild (ZfStandardEditor *self)
{
  ZfStandard *s = self->standard;
  guint uses = s->id > 0 ? (guint) zf_store_count_standard_uses (self->store, s->id) : 0;
  g_autofree char *version = uses > 0
    ? g_strdup_printf (ngettext ("Version %d, used by %u evaluation: saving makes version %d.",
                                 "Version %d, used by %u evaluations: saving makes version %d.",
                                 uses), s->version, uses, s->version + 1)
    : g_strdup_printf (_("Version %d, not used yet: saving changes it in place."), s->version);

  gtk_label_set_text (self->version_label, version);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), s->name ? s->name : "");
  gtk_spin_button_set_value (self->excellent_spin, s->excellent_min);
  gtk_spin_button_set_value (self->pass_spin, s->pass_min);
  self->loading = FALSE;

  clear_box (self->groups_box);
  for (guint g = 0; g < s->groups->len; g++)
    {
      ZfStandardGroup *group = s->groups->pdata[g];
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = text_field (self, &group->name, _("Group"), 16);

      gtk_widget_set_margin_top (header, 8);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_widget_add_css_class (name, "heading");
      gtk_box_append (GTK_BOX (header), name);
      gtk_box_append (GTK_BOX (header), points_field (self, &group->points, _("Points")));
      gtk_box_append (GTK_BOX (header), remove_button (self, "group", GUINT_TO_POINTER (g),
                                                       G_CALLBACK (on_remove_group)));
      gtk_box_append (self->groups_box, header);
      for (guint i = 0; i < s->items->len; i++)
        {
          ZfStandardItem *item = s->items->pdata[i];
          if (!item->is_veto && item->group == (int) g)
            gtk_box_append (self->groups_box, item_row (self, item));
        }
      gtk_box_append (self->groups_box, add_button (self, _("Add item"), g));
    }

  clear_box (self->vetoes_box);
  for (guint i = 0; i < s->items->len; i++)
    {
      ZfStandardItem *item = s->items->pdata[i];
      if (item->is_veto)
        gtk_box_append (self->vetoes_box, item_row (self, item));
    }
  gtk_box_append (self->vetoes_box, add_button (self, _("Add veto item"), -1));
  validate (self);
}

void
zf_standard_editor_refresh (ZfStandardEditor *self)
{
  g_return_if_fail (ZF_IS_STANDARD_EDITOR (self));
  rebuild (self);
}

static void
load_category (ZfStandardEditor *self,
               const char       *category)
{
  g_autoptr(GError) error = NULL;
  ZfStandard *standard = zf_store_get_current_standard (self->store, category, &error);

  if (standard == NULL)
    {
      zf_error_label_show (self->error_label, error->message);
      return;
    }
  g_clear_pointer (&self->standard, zf_standard_free);
  self->standard = standard;
  rebuild (self);
}

static void
on_category_changed (ZfStandardEditor *self)
{
  guint i = gtk_drop_down_get_selected (self->category_dropdown);

  if (self->store != NULL && i < G_N_ELEMENTS (category_codes))
    load_category (self, category_codes[i]);
}

static void
on_header_changed (ZfStandardEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  if (self->standard == NULL || self->loading)
    return;
  g_free (self->standard->name);
  self->standard->name = *name ? g_strdup (name) : NULL;
  self->standard->excellent_min = gtk_spin_button_get_value (self->excellent_spin);
  self->standard->pass_min = gtk_spin_button_get_value (self->pass_spin);
  validate (self);
}

static void
on_add_group (ZfStandardEditor *self)
{
  zf_standard_add_group (self->standard, NULL, 0);
  rebuild (self);
}

gboolean
zf_standard_editor_save (ZfStandardEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZF_IS_STANDARD_EDITOR (self), FALSE);

  if (!zf_store_save_standard (self->store, self->standard, &error))
    {
      zf_error_label_show (self->error_label, error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_standard_editor_save (ZF_STANDARD_EDITOR (widget));
}

static void
zf_standard_editor_dispose (GObject *object)
{
  ZfStandardEditor *self = ZF_STANDARD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_STANDARD_EDITOR);
  g_clear_pointer (&self->standard, zf_standard_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_standard_editor_parent_class)->dispose (object);
}

static void
zf_standard_editor_class_init (ZfStandardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_standard_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-standard-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfStandardEditor, name)
  BIND (error_label);
  BIND (category_dropdown);
  BIND (version_label);
  BIND (name_entry);
  BIND (excellent_spin);
  BIND (pass_spin);
  BIND (groups_box);
  BIND (vetoes_box);
  BIND (totals_label);
  BIND (findings_list);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_category_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_header_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_group);

  gtk_widget_class_install_action (widget_class, "standard.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_standard_editor_init (ZfStandardEditor *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (category_codes); i++)
    gtk_string_list_append (categories, zf_code_label (&zf_case_categories, category_codes[i]));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
}

ZfStandardEditor *
zf_standard_editor_new (GtkWindow  *parent,
                        ZfStore    *store,
                        const char *category)
{
  ZfStandardEditor *self;
  guint position = 0;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_STANDARD_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  for (guint i = 0; i < G_N_ELEMENTS (category_codes); i++)
    if (g_strcmp0 (category, category_codes[i]) == 0)
      position = i;
  if (gtk_drop_down_get_selected (self->category_dropdown) == position)
    load_category (self, category_codes[position]);
  else
    gtk_drop_down_set_selected (self->category_dropdown, position);
  return self;
}

ZfStandard *
zf_standard_editor_get_standard (ZfStandardEditor *self)
{
  g_return_val_if_fail (ZF_IS_STANDARD_EDITOR (self), NULL);
  return self->standard;
}
