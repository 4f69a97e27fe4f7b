#define G_LOG_DOMAIN "zf-rectification-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-form-parts.h"
#include "zf-rectification-dialog.h"
#include "zf-store-evaluations.h"

struct _ZfRectificationDialog
{
  GtkWindow    parent_instance;

  ZfStore     *store;
  gint64       row_id;

  /* Template widgets */
  GtkLabel    *error_label;
  GtkLabel    *problem_label;
  GtkEntry    *date_entry;
  GtkTextView *evidence_view;
};

G_DEFINE_FINAL_TYPE (ZfRectificationDialog, zf_rectification_dialog, GTK_TYPE_WINDOW)

gboolean
zf_rectification_dialog_close_row (ZfRectificationDialog *self,
                                   const char            *date,
                                   const char            *evidence)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZF_IS_RECTIFICATION_DIALOG (self), FALSE);

  if (!zf_store_close_rectification (self->store, self->row_id, date, evidence, &error))
    {
      zf_error_label_show (self->error_label, error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZfRectificationDialog *self = ZF_RECTIFICATION_DIALOG (widget);
  g_autofree char *evidence =
    g_strstrip (zf_text_buffer_dup_text (gtk_text_view_get_buffer (self->evidence_view)));
  g_autofree char *date = zf_date_entry_get_iso (self->date_entry);

  zf_rectification_dialog_close_row (self, date,
                                     *evidence ? evidence : NULL);
}

static void
zf_rectification_dialog_dispose (GObject *object)
{
  ZfRectificationDialog *self = ZF_RECTIFICATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_RECTIFICATION_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_rectification_dialog_parent_class)->dispose (object);
}

static void
zf_rectification_dialog_class_init (ZfRectificationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_rectification_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-rectification-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfRectificationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZfRectificationDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ZfRectificationDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfRectificationDialog, evidence_view);

  gtk_widget_class_install_action (widget_class, "rectification.close", NULL, close_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_rectification_dialog_init (ZfRectificationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfRectificationDialog *
zf_rectification_dialog_new (GtkWindow             *parent,
                             ZfStore               *store,
                             const ZfRectification *row)
{
  ZfRectificationDialog *self;
  g_autofree char *today = zf_date_today ();
  g_autofree char *text = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (ZF_TYPE_RECTIFICATION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->row_id = row->id;
  text = g_strdup_printf ("%s · %s\n%s", row->body_name ? row->body_name : "",
                          row->case_number ? row->case_number : "", row->problem);
  gtk_label_set_text (self->problem_label, text);
  zf_date_entry_prepare (self->date_entry);
  zf_date_entry_set_iso (self->date_entry, today);
  return self;
}
