#define G_LOG_DOMAIN "zf-body-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-body-dialog.h"
#include "zf-code-dropdown.h"
#include "zf-date-entry.h"
#include "zf-form-parts.h"
#include "zf-store-bodies.h"
#include "zf-validate.h"

struct _ZfBodyDialog
{
  GtkWindow       parent_instance;

  ZfStore        *store;
  ZfBody         *body;          /* the copy being edited */
  GArray         *parent_ids;    /* gint64, parallel to parent_dropdown; [0] = none */

  /* Template widgets */
  GtkLabel       *error_label;
  GtkEntry       *name_entry;
  GtkEntry       *credit_code_entry;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *level_dropdown;
  GtkEntry       *region_code_entry;
  GtkEntry       *domain_entry;
  GtkDropDown    *parent_dropdown;
  GtkEntry       *legal_basis_entry;
  GtkEntry       *letter_number_entry;
  GtkEntry       *letter_date_entry;
  GtkEntry       *letter_scope_entry;
  GtkEntry       *letter_start_entry;
  GtkEntry       *letter_end_entry;
  GtkWidget      *letter_number_label;
  GtkWidget      *letter_date_label;
  GtkWidget      *letter_scope_label;
  GtkWidget      *letter_start_label;
  GtkWidget      *letter_end_label;
  GtkCheckButton *filed_check;
  GtkEntry       *filed_date_entry;
  GtkCheckButton *legal_section_check;
  GtkSpinButton  *legal_staff_spin;
  GtkEntry       *address_entry;
  GtkEntry       *contact_entry;
  GtkEntry       *phone_entry;
  GtkEntry       *notes_entry;
};

G_DEFINE_FINAL_TYPE (ZfBodyDialog, zf_body_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Text fields of the form and the body property each one edits. */
#define TEXT_FIELD(widget, property) { G_STRUCT_OFFSET (ZfBodyDialog, widget), property, FALSE }
#define DATE_FIELD(widget, property) { G_STRUCT_OFFSET (ZfBodyDialog, widget), property, TRUE }

static const struct
{
  gsize       offset;
  const char *property;
  gboolean    date;       /* typed and shown as people write dates */
} text_fields[] = {
  TEXT_FIELD (name_entry, "name"),
  TEXT_FIELD (credit_code_entry, "credit-code"),
  TEXT_FIELD (region_code_entry, "region-code"),
  TEXT_FIELD (domain_entry, "domain"),
  TEXT_FIELD (legal_basis_entry, "legal-basis"),
  TEXT_FIELD (letter_number_entry, "letter-number"),
  DATE_FIELD (letter_date_entry, "letter-date"),
  TEXT_FIELD (letter_scope_entry, "letter-scope"),
  DATE_FIELD (letter_start_entry, "letter-start"),
  DATE_FIELD (letter_end_entry, "letter-end"),
  DATE_FIELD (filed_date_entry, "filed-date"),
  TEXT_FIELD (address_entry, "address"),
  TEXT_FIELD (contact_entry, "contact"),
  TEXT_FIELD (phone_entry, "phone"),
  TEXT_FIELD (notes_entry, "notes"),
};

#define FIELD_ENTRY(self, i) (*(GtkEntry **) G_STRUCT_MEMBER_P (self, text_fields[i].offset))

typedef struct
{
  ZfBodyDialog  *self;
  GtkStringList *names;
  gint64         own_id;
} ParentsData;

static gboolean
add_parent_choice (ZfBody   *body,
                   gpointer  user_data)
{
  ParentsData *data = user_data;
  gint64 id = zf_record_get_id (ZF_RECORD (body));

  /* A body cannot be its own parent or entrusting body. */
  if (id != data->own_id)
    {
      g_array_append_val (data->self->parent_ids, id);
      gtk_string_list_append (data->names, zf_body_get_name (body));
    }
  return TRUE;
}

static void
fill_parent_choices (ZfBodyDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  ParentsData data = { self, names, zf_record_get_id (ZF_RECORD (self->body)) };
  gint64 none = 0;
  gint64 parent_id = zf_body_get_parent_id (self->body);

  g_array_set_size (self->parent_ids, 0);
  g_array_append_val (self->parent_ids, none);
  gtk_string_list_append (names, _("None"));
  if (!zf_store_foreach_body (self->store, FALSE, add_parent_choice, &data, &error))
    g_warning ("Cannot list the bodies: %s", error->message);

  zf_dropdown_enable_search (self->parent_dropdown,
                             gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (self->parent_dropdown, G_LIST_MODEL (names));
  for (guint i = 0; i < self->parent_ids->len; i++)
    if (g_array_index (self->parent_ids, gint64, i) == parent_id)
      gtk_drop_down_set_selected (self->parent_dropdown, i);
}

static gboolean
is_entrusted (ZfBodyDialog *self)
{
  return g_strcmp0 (zf_code_dropdown_get_code (self->kind_dropdown), "entrusted") == 0;
}

/* The letter only exists for entrusted organizations (DOMAIN.md §1). */
static void
update_sensitivity (ZfBodyDialog *self)
{
  gboolean entrusted = is_entrusted (self);
  GtkWidget *letter_widgets[] = {
    GTK_WIDGET (self->letter_number_entry), self->letter_number_label,
    GTK_WIDGET (self->letter_date_entry), self->letter_date_label,
    GTK_WIDGET (self->letter_scope_entry), self->letter_scope_label,
    GTK_WIDGET (self->letter_start_entry), self->letter_start_label,
    GTK_WIDGET (self->letter_end_entry), self->letter_end_label,
  };

  for (guint i = 0; i < G_N_ELEMENTS (letter_widgets); i++)
    gtk_widget_set_sensitive (letter_widgets[i], entrusted);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filed_date_entry),
                            gtk_check_button_get_active (self->filed_check));
  gtk_widget_set_sensitive (GTK_WIDGET (self->legal_staff_spin),
                            gtk_check_button_get_active (self->legal_section_check));
}

static void
load_form (ZfBodyDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->body, text_fields[i].property, &value, NULL);
      if (text_fields[i].date)
        zf_date_entry_set_iso (FIELD_ENTRY (self, i), value);
      else
        gtk_editable_set_text (GTK_EDITABLE (FIELD_ENTRY (self, i)), value ? value : "");
    }
  zf_code_dropdown_set_code (self->kind_dropdown, zf_body_get_kind (self->body));
  zf_code_dropdown_set_code (self->level_dropdown, zf_body_get_level (self->body));
  gtk_check_button_set_active (self->filed_check, zf_body_get_filed (self->body));
  gtk_check_button_set_active (self->legal_section_check,
                               zf_body_get_has_legal_section (self->body));
  gtk_spin_button_set_value (self->legal_staff_spin,
                             zf_body_get_legal_staff_count (self->body));
  fill_parent_choices (self);
  update_sensitivity (self);
}

/* Copies the form into @body: text as typed but normalized (full-width
 * digits and letters to half-width, credit codes upper case). */
static void
read_form (ZfBodyDialog *self,
           ZfBody       *body)
{
  gboolean entrusted = is_entrusted (self);
  guint parent = gtk_drop_down_get_selected (self->parent_dropdown);
  g_autofree char *credit_code = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      GtkEditable *editable = GTK_EDITABLE (FIELD_ENTRY (self, i));
      g_autofree char *value = text_fields[i].date
                               ? zf_date_entry_get_iso (FIELD_ENTRY (self, i))
                               : zf_text_normalize (gtk_editable_get_text (editable));

      /* Letter fields of a body that is not entrusted were left behind by a
       * change of kind: they would make the rules complain about nothing. */
      if (!entrusted && g_str_has_prefix (text_fields[i].property, "letter-"))
        g_clear_pointer (&value, g_free);
      g_object_set (body, text_fields[i].property, value, NULL);
    }

  credit_code = zf_credit_code_normalize (gtk_editable_get_text (GTK_EDITABLE (self->credit_code_entry)));
  g_object_set (body, "credit-code", credit_code, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->credit_code_entry), credit_code ? credit_code : "");

  g_object_set (body,
                "kind", zf_code_dropdown_get_code (self->kind_dropdown),
                "level", zf_code_dropdown_get_code (self->level_dropdown),
                "parent-id", parent < self->parent_ids->len
                             ? g_array_index (self->parent_ids, gint64, parent) : (gint64) 0,
                "filed", gtk_check_button_get_active (self->filed_check),
                "has-legal-section", gtk_check_button_get_active (self->legal_section_check),
                "legal-staff-count", (gint64) gtk_spin_button_get_value_as_int (self->legal_staff_spin),
                NULL);
}

static void
show_error (ZfBodyDialog *self,
            const char   *message)
{
  zf_error_label_show (self->error_label, message);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZfBodyDialog *self = ZF_BODY_DIALOG (widget);
  g_autoptr(ZfBody) candidate = ZF_BODY (zf_record_copy (ZF_RECORD (self->body)));
  g_autoptr(GError) error = NULL;

  /* Saving a copy keeps self->body as loaded if the store refuses, so a
   * second attempt starts from the same row. */
  read_form (self, candidate);
  if (!zf_store_save_body (self->store, candidate, &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, zf_record_get_id (ZF_RECORD (candidate)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_kind_changed (ZfBodyDialog *self)
{
  update_sensitivity (self);
}

static void
zf_body_dialog_dispose (GObject *object)
{
  ZfBodyDialog *self = ZF_BODY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_BODY_DIALOG);
  g_clear_object (&self->body);
  g_clear_object (&self->store);
  g_clear_pointer (&self->parent_ids, g_array_unref);
  G_OBJECT_CLASS (zf_body_dialog_parent_class)->dispose (object);
}

static void
zf_body_dialog_class_init (ZfBodyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_body_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-body-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfBodyDialog, name)
  BIND (error_label);
  BIND (name_entry);
  BIND (credit_code_entry);
  BIND (kind_dropdown);
  BIND (level_dropdown);
  BIND (region_code_entry);
  BIND (domain_entry);
  BIND (parent_dropdown);
  BIND (legal_basis_entry);
  BIND (letter_number_entry);
  BIND (letter_date_entry);
  BIND (letter_scope_entry);
  BIND (letter_start_entry);
  BIND (letter_end_entry);
  BIND (letter_number_label);
  BIND (letter_date_label);
  BIND (letter_scope_label);
  BIND (letter_start_label);
  BIND (letter_end_label);
  BIND (filed_check);
  BIND (filed_date_entry);
  BIND (legal_section_check);
  BIND (legal_staff_spin);
  BIND (address_entry);
  BIND (contact_entry);
  BIND (phone_entry);
  BIND (notes_entry);
#undef BIND

  gtk_widget_class_install_action (widget_class, "body.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "body.save", NULL);
}

static void
zf_body_dialog_init (ZfBodyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (text_fields[i].date)
      zf_date_entry_prepare (FIELD_ENTRY (self, i));

  zf_code_dropdown_set_list (self->kind_dropdown, &zf_body_kinds);
  zf_code_dropdown_set_list (self->level_dropdown, &zf_body_levels);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected",
                            G_CALLBACK (on_kind_changed), self);
  g_signal_connect_swapped (self->filed_check, "toggled", G_CALLBACK (on_kind_changed), self);
  g_signal_connect_swapped (self->legal_section_check, "toggled",
                            G_CALLBACK (on_kind_changed), self);
}

ZfBodyDialog *
zf_body_dialog_new (GtkWindow *parent,
                    ZfStore   *store,
                    ZfBody    *body)
{
  ZfBodyDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (body == NULL || ZF_IS_BODY (body), NULL);

  self = g_object_new (ZF_TYPE_BODY_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->body = body != NULL ? ZF_BODY (zf_record_copy (ZF_RECORD (body))) : zf_body_new ();
  gtk_window_set_title (GTK_WINDOW (self), body != NULL ? _("Edit Body") : _("New Body"));
  load_form (self);
  return self;
}
