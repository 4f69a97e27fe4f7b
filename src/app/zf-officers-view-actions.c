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

static GtkWindow *
toplevel (ZfOfficersView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
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

/* Exports run in a thread with their own connection to the database file
 * (SQLite connections are not shared between threads; WAL lets the thread
 * read while the window goes on writing). Progress comes back through the
 * main context; Cancel stops at the next row batch or page and nothing is
 * left at the target path. */

typedef enum
{
  EXPORT_PDF,
  EXPORT_PUBLIC,
  EXPORT_ROSTER,
} ExportKind;

typedef struct
{
  ExportKind       kind;
  char            *db_path;
  char            *path;
  gint64           body_id;
  char            *status;
  char            *issuer;
  GWeakRef         view;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_free (job->status);
  g_free (job->issuer);
  g_weak_ref_clear (&job->view);
  g_free (job);
}

typedef struct
{
  ZfOfficersView *view;
  double          fraction;
} ProgressUpdate;

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->view);
  g_free (update);
}

static gboolean
show_progress (gpointer data)
{
  ProgressUpdate *update = data;

  gtk_progress_bar_set_fraction (update->view->progress_bar, update->fraction);
  return G_SOURCE_REMOVE;
}

static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;
  ZfOfficersView *view = g_weak_ref_get (&job->view);
  ProgressUpdate *update;

  if (view == NULL)
    return;
  update = g_new0 (ProgressUpdate, 1);
  update->view = view;
  update->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, update,
                              progress_update_free);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ZfOfficerFilter filter = { job->body_id, job->status };
  gboolean ok;

  store = zf_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (job->kind == EXPORT_PDF)
    {
      g_autoptr(ZfHolderList) list = zf_holder_list_new (store, &filter, job->issuer, NULL);
      ok = zf_holder_list_write_pdf (list, job->path, cancellable, on_export_progress, job, &error);
    }
  else
    ok = zf_officer_export_xlsx (store, job->path, &filter, job->kind == EXPORT_PUBLIC,
                                 cancellable, on_export_progress, job, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
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
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  set_busy (self, FALSE);
  g_clear_object (&self->export_cancellable);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    text = g_strdup_printf (_("Written to %s."), job->path);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (_("Export cancelled; no file was written."));
  else
    text = g_strdup (error->message);
  gtk_label_set_text (self->status_label, text);
}

static void
start_export (ZfOfficersView *self,
              ExportKind      kind,
              const char     *path)
{
  ZfOfficerFilter filter;
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GTask) task = NULL;

  zf_officers_view_get_filter (self, &filter);
  job->kind = kind;
  job->db_path = g_strdup (zf_store_get_path (self->store));
  job->path = g_strdup (path);
  job->body_id = filter.body_id;
  job->status = g_strdup (filter.status);
  job->issuer = g_strdup (zf_store_get_operator (self->store));
  g_weak_ref_init (&job->view, self);

  self->export_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->export_cancellable, on_export_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  set_busy (self, TRUE);
  gtk_label_set_text (self->status_label, _("Exporting…"));
  g_task_run_in_thread (task, export_thread);
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
  g_return_if_fail (self->export_cancellable == NULL);

  start_export (self, export_kind (action), path);
}

gboolean
zf_officers_view_is_exporting (ZfOfficersView *self)
{
  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), FALSE);

  return self->export_cancellable != NULL;
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ZfOfficersView  *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "export-kind"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        start_export (self, kind, path);
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (widget);
  ExportKind kind = export_kind (action_name);
  const char *names[] = {
    [EXPORT_PDF] = N_("Certificate holders.pdf"),
    [EXPORT_PUBLIC] = N_("Public list of officers.xlsx"),
    [EXPORT_ROSTER] = N_("Roster of officers.xlsx"),
  };
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Export"), toplevel (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _(names[kind]));
  g_object_set_data (G_OBJECT (chooser), "export-kind", GINT_TO_POINTER (kind));
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (widget);

  if (self->export_cancellable)
    g_cancellable_cancel (self->export_cancellable);
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

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(ZfHolderList) list = NULL;
  g_autoptr(GError) error = NULL;
  ZfOfficerFilter filter;

  zf_officers_view_get_filter (self, &filter);
  list = zf_holder_list_new (self->store, &filter, zf_store_get_operator (self->store), NULL);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  /* The list draws its own margins, as in the PDF. */
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("List of certificate holders"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), list);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), list);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               toplevel (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_label_set_text (self->status_label, error->message);
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
