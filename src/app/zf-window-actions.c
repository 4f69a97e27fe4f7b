#define G_LOG_DOMAIN "zf-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-body-dialog.h"
#include "zf-body-event-dialog.h"
#include "zf-store-bodies.h"
#include "zf-window-private.h"

/* The window's commands on the bodies register. Their enabled state follows
 * the selected body: a status change is offered only where the lifecycle
 * allows it (pending → confirmed → published; revoked is final). */

static ZfBody *
selected_body (ZfWindow *self)
{
  return zf_bodies_view_get_selected_body (self->bodies_view);
}

void
zf_window_update_body_actions (ZfWindow *self)
{
  ZfBody *body = selected_body (self);
  const char *status = body != NULL ? zf_body_get_status (body) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-body", body != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-body", body != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-body",
                                 body != NULL && g_strcmp0 (status, "revoked") != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.confirm-body",
                                 g_strcmp0 (status, "pending") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.publish-body",
                                 g_strcmp0 (status, "confirmed") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.revoke-body",
                                 body != NULL && g_strcmp0 (status, "revoked") != 0);
}

static void
show_page (ZfWindow *self)
{
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->bodies_view));
}

static void
on_body_saved (ZfWindow     *self,
               gint64        id,
               ZfBodyDialog *dialog)
{
  zf_bodies_view_select_id (self->bodies_view, id);
}

static void
open_body_dialog (ZfWindow *self,
                  ZfBody   *body)
{
  ZfBodyDialog *dialog = zf_body_dialog_new (GTK_WINDOW (self), self->store, body);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_body_saved), self,
                           G_CONNECT_SWAPPED);
  show_page (self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_body_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_body_dialog (ZF_WINDOW (widget), NULL);
}

static void
edit_body_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);

  if (selected_body (self) != NULL)
    open_body_dialog (self, selected_body (self));
}

static void
show_message_of_type (ZfWindow       *self,
                      GtkMessageType  type,
                      const char     *primary,
                      const char     *secondary)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              type, GTK_BUTTONS_CLOSE, "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_message (ZfWindow   *self,
              const char *primary,
              const char *secondary)
{
  show_message_of_type (self, GTK_MESSAGE_ERROR, primary, secondary);
}

static void
on_delete_response (GtkDialog *dialog,
                    int        response,
                    gpointer   user_data)
{
  ZfWindow *self = ZF_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "body-id"));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (!zf_store_delete_body (self->store, id, &error))
    show_message (self, _("The body was not deleted"), error->message);
}

static void
delete_body_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  ZfBody *body = selected_body (self);
  g_autofree char *refusal = NULL;
  GtkWidget *dialog;
  GtkWidget *button;

  if (body == NULL)
    return;

  /* A body others refer to is not offered for deletion: the user learns
   * why before being asked anything. */
  refusal = zf_store_body_delete_refusal (self->store, zf_record_get_id (ZF_RECORD (body)));
  if (refusal != NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("“%s” cannot be deleted"),
                                                  zf_body_get_name (body));

      show_message_of_type (self, GTK_MESSAGE_INFO, primary, refusal);
      return;
    }

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Delete “%s”?"), zf_body_get_name (body));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Its status history and reviews are deleted "
                                              "with it."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  /* Ids fit a pointer on every platform GTK 4 runs on (64-bit). */
  g_object_set_data (G_OBJECT (dialog), "body-id",
                     GSIZE_TO_POINTER (zf_record_get_id (ZF_RECORD (body))));
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
body_event_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZfWindow *self = ZF_WINDOW (widget);
  ZfBody *body = selected_body (self);
  const char *status = NULL;

  if (body == NULL)
    return;
  if (g_str_equal (action_name, "win.confirm-body"))
    status = "confirmed";
  else if (g_str_equal (action_name, "win.publish-body"))
    status = "published";
  else if (g_str_equal (action_name, "win.revoke-body"))
    status = "revoked";

  gtk_window_present (GTK_WINDOW (zf_body_event_dialog_new (GTK_WINDOW (self), self->store,
                                                            body, status)));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  zf_bodies_view_export (ZF_WINDOW (widget)->bodies_view);
}

void
zf_window_class_install_body_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-body", NULL, new_body_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-body", NULL, edit_body_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-body", NULL, delete_body_activated);
  gtk_widget_class_install_action (widget_class, "win.confirm-body", NULL, body_event_activated);
  gtk_widget_class_install_action (widget_class, "win.publish-body", NULL, body_event_activated);
  gtk_widget_class_install_action (widget_class, "win.revoke-body", NULL, body_event_activated);
  gtk_widget_class_install_action (widget_class, "win.review-body", NULL, body_event_activated);
  gtk_widget_class_install_action (widget_class, "win.export-bodies", NULL, export_activated);
}
