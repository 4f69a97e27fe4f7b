#define G_LOG_DOMAIN "zf-body-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-body-event-dialog.h"
#include "zf-codes.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-form-parts.h"
#include "zf-store-bodies.h"
#include "zf-validate.h"

struct _ZfBodyEventDialog
{
  GtkWindow    parent_instance;

  ZfStore     *store;
  gint64       body_id;
  char        *status;       /* NULL for a review */

  /* Template widgets */
  GtkLabel    *heading_label;
  GtkLabel    *error_label;
  GtkEntry    *date_entry;
  GtkWidget   *result_label;
  GtkDropDown *result_dropdown;
  GtkEntry    *doc_number_entry;
  GtkLabel    *reason_label;
  GtkEntry    *reason_entry;
};

G_DEFINE_FINAL_TYPE (ZfBodyEventDialog, zf_body_event_dialog, GTK_TYPE_WINDOW)

static char *
entry_text (GtkEntry *entry)
{
  return zf_text_normalize (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZfBodyEventDialog *self = ZF_BODY_EVENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = zf_date_entry_get_iso (self->date_entry);
  g_autofree char *doc_number = entry_text (self->doc_number_entry);
  g_autofree char *reason = entry_text (self->reason_entry);
  gboolean ok;

  if (self->status != NULL)
    ok = zf_store_change_body_status (self->store, self->body_id, self->status, date,
                                      doc_number, reason, &error);
  else
    {
      guint result = gtk_drop_down_get_selected (self->result_dropdown);

      ok = zf_store_add_body_review (self->store, self->body_id, date,
                                     zf_body_review_results.codes[MIN (result, zf_body_review_results.n_codes - 1)].code,
                                     doc_number, reason, &error);
    }

  if (!ok)
    {
      zf_error_label_show (self->error_label, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
zf_body_event_dialog_dispose (GObject *object)
{
  ZfBodyEventDialog *self = ZF_BODY_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_BODY_EVENT_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->status, g_free);
  G_OBJECT_CLASS (zf_body_event_dialog_parent_class)->dispose (object);
}

static void
zf_body_event_dialog_class_init (ZfBodyEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_body_event_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-body-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, result_label);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, result_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, doc_number_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, ZfBodyEventDialog, reason_entry);

  gtk_widget_class_install_action (widget_class, "event.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_body_event_dialog_init (ZfBodyEventDialog *self)
{
  g_autoptr(GtkStringList) results = gtk_string_list_new (NULL);
  g_autofree char *today = zf_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < zf_body_review_results.n_codes; i++)
    gtk_string_list_append (results, _(zf_body_review_results.codes[i].label));
  gtk_drop_down_set_model (self->result_dropdown, G_LIST_MODEL (results));
  zf_date_entry_prepare (self->date_entry);
  zf_date_entry_set_iso (self->date_entry, today);
}

ZfBodyEventDialog *
zf_body_event_dialog_new (GtkWindow  *parent,
                          ZfStore    *store,
                          ZfBody     *body,
                          const char *status)
{
  ZfBodyEventDialog *self;
  g_autofree char *heading = NULL;
  const char *title;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (ZF_IS_BODY (body), NULL);

  self = g_object_new (ZF_TYPE_BODY_EVENT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->body_id = zf_record_get_id (ZF_RECORD (body));
  self->status = g_strdup (status);

  if (g_strcmp0 (status, "confirmed") == 0)
    title = _("Confirm Body");
  else if (g_strcmp0 (status, "published") == 0)
    title = _("Publish Body");
  else if (g_strcmp0 (status, "revoked") == 0)
    title = _("Revoke Body");
  else
    title = _("Record a Review");
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->heading_label, zf_body_get_name (body));

  gtk_widget_set_visible (self->result_label, status == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->result_dropdown), status == NULL);
  gtk_label_set_text_with_mnemonic (self->reason_label, status == NULL ? _("N_otes") : _("_Reason"));
  return self;
}
