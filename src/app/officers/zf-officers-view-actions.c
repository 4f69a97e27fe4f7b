#define G_LOG_DOMAIN "zf-officers-view"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-date.h"
#include "zf-holder-list.h"
#include "zf-officer-dialog.h"
#include "zf-officer-event-dialog.h"
#include "zf-officer-export.h"
#include "zf-officers-view-private.h"
#include "zf-proposal-dialog.h"
#include "zf-register-list.h"

static GtkWindow *
toplevel (ZfOfficersView *self)
{
  return zf_register_list_get_toplevel (GTK_WIDGET (self));
}

GtkWindow *
zf_officers_view_record_event (ZfOfficersView *self)
{
  ZfOfficerEventDialog *dialog;

  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);

  if (self->selected == NULL)
    return NULL;
  dialog = zf_officer_event_dialog_new (self->store, zf_record_get_id (ZF_RECORD (self->selected)),
                                        toplevel (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
zf_officers_view_confirm_proposal (ZfOfficersView *self,
                                   guint           index)
{
  ZfProposalDialog *dialog;

  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);

  if (self->selected == NULL || index >= self->proposals->len)
    return NULL;
  dialog = zf_proposal_dialog_new (self->store, zf_record_get_id (ZF_RECORD (self->selected)),
                                   self->proposals->pdata[index], toplevel (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
on_officer_saved (ZfOfficersView  *self,
                  gint64           id,
                  ZfOfficerDialog *dialog)
{
  self->selected_id = id;
  zf_officers_view_select_id (self, id);
  zf_officers_view_reload (self);
}

GtkWindow *
zf_officers_view_edit_officer (ZfOfficersView *self,
                               gboolean        new_officer)
{
  ZfOfficerFilter filter;
  ZfOfficerDialog *dialog;

  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);

  if (!new_officer && self->selected == NULL)
    return NULL;
  /* A new officer starts in the body the list is filtered on. */
  zf_officers_view_get_filter (self, &filter);
  dialog = zf_officer_dialog_new (toplevel (self), self->store,
                                  new_officer ? NULL : self->selected, filter.body_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_officer_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
edit_officer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  zf_officers_view_edit_officer (ZF_OFFICERS_VIEW (widget),
                                 g_str_equal (action_name, "officers.new-officer"));
}

static void
record_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  zf_officers_view_record_event (ZF_OFFICERS_VIEW (widget));
}

/* Exports run in a ZfExportJob: progress comes back to the progress bar;
 * Cancel stops at the next row batch or page and nothing is left at the
 * target path. */

typedef enum
{
  EXPORT_PDF,
  EXPORT_PUBLIC,
  EXPORT_ROSTER,
} ExportKind;

typedef struct
{
  ExportKind       kind;
  gint64           body_id;
  char            *status;
  char            *search;
  gboolean         attention;
  char            *issuer;
} OfficerExport;

static void
officer_export_free (OfficerExport *export)
{
  g_free (export->status);
  g_free (export->search);
  g_free (export->issuer);
  g_free (export);
}

static gboolean
run_export (ZfStore               *store,
            const char            *path,
            gpointer               data,
            GCancellable          *cancellable,
            ZfExportProgressFunc   progress,
            gpointer               progress_data,
            GError               **error)
{
  OfficerExport *export = data;
  ZfOfficerFilter filter = { export->body_id, export->status, export->search, export->attention };

  if (export->kind == EXPORT_PDF)
    {
      g_autoptr(ZfHolderList) list = zf_holder_list_new (store, &filter, export->issuer, NULL);

      return zf_holder_list_write_pdf (list, path, cancellable, progress, progress_data, error);
    }
  return zf_officer_export_xlsx (store, path, &filter, export->kind == EXPORT_PUBLIC,
                                 cancellable, progress, progress_data, error);
}

static void
set_busy (ZfOfficersView *self,
          gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_widget_set_visible (self->cancel_button, busy);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.export-pdf", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.export-public", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.export-roster", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.cancel-export", busy);
}

static void
on_export_finished (ZfOfficersView *self,
                    const char     *text)
{
  set_busy (self, FALSE);
  zf_register_page_set_status_file (self->page, text,
                                    zf_export_job_get_written (self->export_job)
                                    ? zf_export_job_get_path (self->export_job) : NULL);
  g_clear_object (&self->export_job);
}

static void
start_export (ZfOfficersView *self,
              ExportKind      kind,
              const char     *path)
{
  ZfOfficerFilter filter;
  OfficerExport *export = g_new0 (OfficerExport, 1);

  zf_officers_view_get_filter (self, &filter);
  export->kind = kind;
  export->body_id = filter.body_id;
  export->status = g_strdup (filter.status);
  export->search = g_strdup (filter.search);
  export->attention = filter.attention;
  export->issuer = zf_store_get_setting_text (self->store, ZF_SETTING_UNIT_NAME);

  self->export_job = zf_export_job_new (self->store, path, run_export, export,
                                        (GDestroyNotify) officer_export_free);
  zf_export_job_set_progress_bar (self->export_job, self->progress_bar);
  g_signal_connect_object (self->export_job, "finished", G_CALLBACK (on_export_finished), self,
                           G_CONNECT_SWAPPED);
  set_busy (self, TRUE);
  zf_register_page_set_status (self->page, _("Exporting…"));
  zf_export_job_start (self->export_job);
}

static ExportKind
export_kind (const char *action_name)
{
  return g_str_equal (action_name, "officers.export-pdf") ? EXPORT_PDF
         : g_str_equal (action_name, "officers.export-public") ? EXPORT_PUBLIC
         : EXPORT_ROSTER;
}

void
zf_officers_view_export_to (ZfOfficersView *self,
                            const char     *action,
                            const char     *path)
{
  g_return_if_fail (ZF_IS_OFFICERS_VIEW (self));
  g_return_if_fail (self->export_job == NULL);

  start_export (self, export_kind (action), path);
}

gboolean
zf_officers_view_is_exporting (ZfOfficersView *self)
{
  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), FALSE);

  return self->export_job != NULL;
}

static void
on_path_chosen (GtkWidget  *owner,
                const char *path,
                gpointer    data)
{
  start_export (ZF_OFFICERS_VIEW (owner), GPOINTER_TO_INT (data), path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ExportKind kind = export_kind (action_name);
  const char *names[] = {
    [EXPORT_PDF] = N_("Certificate holders.pdf"),
    [EXPORT_PUBLIC] = N_("Public list of officers.xlsx"),
    [EXPORT_ROSTER] = N_("Roster of officers.xlsx"),
  };

  zf_export_job_choose_path (widget, _(names[kind]), on_path_chosen, GINT_TO_POINTER (kind), NULL);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (widget);

  if (self->export_job != NULL)
    zf_export_job_cancel (self->export_job);
}

/* Printing draws the same pages as the PDF, laid out for the printer's
 * page: what is printed matches what is exported. */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                ZfHolderList      *list)
{
  g_autoptr(GError) error = NULL;

  if (!zf_holder_list_paginate (list, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context), NULL, &error))
    {
      g_warning ("%s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, zf_holder_list_get_n_pages (list));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              ZfHolderList      *list)
{
  zf_holder_list_draw_page (list, gtk_print_context_get_cairo_context (context), page, NULL);
}

GtkPrintOperation *
zf_officers_view_new_print_operation (ZfOfficersView *self)
{
  ZfOfficerFilter filter;

  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);

  zf_officers_view_get_filter (self, &filter);
  return zf_register_list_new_print_operation (
    _("List of certificate holders"),
    zf_holder_list_new (self->store, &filter, NULL, NULL),
    g_object_unref, G_CALLBACK (on_begin_print), G_CALLBACK (on_draw_page));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = zf_officers_view_new_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (!zf_register_list_print (widget, operation, &error))
    zf_register_page_set_status (self->page, error->message);
}

void
zf_officers_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "officers.new-officer", NULL, edit_officer_action);
  gtk_widget_class_install_action (widget_class, "officers.edit-officer", NULL, edit_officer_action);
  gtk_widget_class_install_action (widget_class, "officers.record-event", NULL, record_event_action);
  gtk_widget_class_install_action (widget_class, "officers.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "officers.export-public", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "officers.export-roster", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "officers.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "officers.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "officers.record-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "officers.new-officer", NULL);
}
