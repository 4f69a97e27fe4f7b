#define G_LOG_DOMAIN "zf-cases-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zf-case-dialog.h"
#include "zf-case-export.h"
#include "zf-case-reports.h"
#include "zf-cases-view-private.h"
#include "zf-date.h"
#include "zf-document.h"
#include "zf-evaluation-form.h"
#include "zf-issue-dialog.h"
#include "zf-rectification-dialog.h"
#include "zf-register-list.h"
#include "zf-sampling-dialog.h"
#include "zf-standard-editor.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"

static gint64
selected_case_id (ZfCasesView *self)
{
  ZfCaseFile *selected = zf_cases_view_get_selected_case (self);

  return selected ? zf_record_get_id (ZF_RECORD (selected)) : 0;
}

/* The latest evaluation of the selected file, or 0. */
static gint64
selected_evaluation_id (ZfCasesView *self)
{
  g_autoptr(ZfEvaluation) evaluation = NULL;
  gint64 case_id = selected_case_id (self);

  if (case_id <= 0)
    return 0;
  evaluation = zf_store_get_latest_evaluation (self->store, case_id, NULL);
  return evaluation ? evaluation->id : 0;
}

static ZfRectification *
selected_rectification (ZfCasesView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->ledger_list);
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  if (index < 0 || self->ledger_rows == NULL || (guint) index >= self->ledger_rows->len)
    return NULL;
  return self->ledger_rows->pdata[index];
}

void
zf_cases_view_update_actions (ZfCasesView *self)
{
  ZfCaseFile *selected = zf_cases_view_get_selected_case (self);
  ZfRectification *row = selected_rectification (self);
  gboolean evaluated = selected && !isnan (zf_case_file_get_score (selected));
  gboolean busy = self->export_job != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "cases.edit", selected != NULL);
  gtk_widget_action_set_enabled (widget, "cases.delete", selected != NULL);
  gtk_widget_action_set_enabled (widget, "cases.evaluate", selected != NULL);
  gtk_widget_action_set_enabled (widget, "cases.export-opinion", evaluated && !busy);
  gtk_widget_action_set_enabled (widget, "cases.print-opinion", evaluated);
  gtk_widget_action_set_enabled (widget, "cases.export-summary", !busy);
  gtk_widget_action_set_enabled (widget, "cases.export-ledger", !busy);
  gtk_widget_action_set_enabled (widget, "cases.export-register", !busy);
  gtk_widget_action_set_enabled (widget, "cases.export-evaluations", !busy);
  gtk_widget_action_set_enabled (widget, "cases.close-rectification",
                                 row != NULL && g_strcmp0 (row->status, "closed") != 0);
}

/* Dialogs */

static void
on_case_saved (ZfCasesView *self,
               gint64       id)
{
  zf_cases_view_select_id (self, id);
  zf_cases_view_show_status (self, _("Case file saved."));
}

GtkWindow *
zf_cases_view_edit_case (ZfCasesView *self,
                         gboolean     new_case)
{
  ZfCaseFile *selected = new_case ? NULL : zf_cases_view_get_selected_case (self);
  g_autoptr(ZfCaseFile) fresh = NULL;
  g_autoptr(GError) error = NULL;
  ZfCaseDialog *dialog;

  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);

  if (!new_case && selected == NULL)
    return NULL;
  /* The row of the list may be older than the database. */
  if (selected != NULL &&
      (fresh = zf_store_get_case_file (self->store, zf_record_get_id (ZF_RECORD (selected)), &error)) == NULL)
    {
      zf_cases_view_show_status (self, error->message);
      return NULL;
    }
  dialog = zf_case_dialog_new (zf_cases_view_toplevel (self), self->store, fresh);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_case_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zf_cases_view_edit_case (ZF_CASES_VIEW (widget), g_str_equal (action_name, "cases.new"));
}

static void
on_delete_response (GtkDialog   *dialog,
                    int          response,
                    ZfCasesView *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "case-id"));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (zf_store_delete_case_file (self->store, id, &error))
    zf_cases_view_show_status (self, _("Case file deleted."));
  else
    zf_cases_view_show_status (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZfCasesView *self = ZF_CASES_VIEW (widget);
  ZfCaseFile *selected = zf_cases_view_get_selected_case (self);
  GtkWidget *dialog;

  if (selected == NULL)
    return;
  /* GtkAlertDialog is GTK 4.10; the message dialog is what 4.8 has. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (zf_cases_view_toplevel (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Delete case file %s?"), zf_case_file_get_number (selected));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Its evaluations are deleted with it; rows of the rectification ledger are kept."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Delete"), GTK_RESPONSE_ACCEPT, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data (G_OBJECT (dialog), "case-id",
                     GSIZE_TO_POINTER ((gsize) zf_record_get_id (ZF_RECORD (selected))));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_evaluation_saved (ZfCasesView *self,
                     gint64       evaluation_id)
{
  zf_cases_view_show_status (self, _("Evaluation saved."));
  zf_cases_view_update_actions (self);
}

GtkWindow *
zf_cases_view_evaluate (ZfCasesView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id;
  ZfEvaluationForm *form;

  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);

  if ((case_id = selected_case_id (self)) <= 0)
    return NULL;
  form = zf_evaluation_form_new (zf_cases_view_toplevel (self), self->store, case_id, 0, &error);
  if (form == NULL)
    {
      zf_cases_view_show_status (self, error->message);
      return NULL;
    }
  g_signal_connect_object (form, "saved", G_CALLBACK (on_evaluation_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
  return GTK_WINDOW (form);
}

static void
evaluate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zf_cases_view_evaluate (ZF_CASES_VIEW (widget));
}

static void
sample_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZfCasesView *self = ZF_CASES_VIEW (widget);
  ZfSamplingDialog *dialog = zf_sampling_dialog_new (zf_cases_view_toplevel (self), self->store,
                                                     zf_cases_view_get_year (self));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
standards_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZfCasesView *self = ZF_CASES_VIEW (widget);
  ZfCaseFile *selected = zf_cases_view_get_selected_case (self);
  ZfStandardEditor *editor =
    zf_standard_editor_new (zf_cases_view_toplevel (self), self->store,
                            selected ? zf_case_file_get_category (selected) : "penalty");

  gtk_window_present (GTK_WINDOW (editor));
}

static void
close_rectification_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ZfCasesView *self = ZF_CASES_VIEW (widget);
  ZfRectification *row = selected_rectification (self);

  if (row != NULL)
    gtk_window_present (GTK_WINDOW (zf_rectification_dialog_new (zf_cases_view_toplevel (self),
                                                                 self->store, row)));
}

/* Exports run in a ZfExportJob, so a large year does not freeze the
 * window; nothing is left at the path on failure. */

typedef enum
{
  EXPORT_SUMMARY,
  EXPORT_LEDGER,
  EXPORT_OPINION,
  EXPORT_REGISTER,
  EXPORT_EVALUATIONS,
} ExportKind;

typedef struct
{
  ExportKind  kind;
  int         year;
  gint64      body_id;      /* the register: the filters in view, 0 = any */
  int         register_year;
  GArray     *ids;          /* the case files a search or filter shows, or NULL */
  gint64      evaluation_id;
  char       *today;
  char       *date;         /* the opinion's 成文日期 */
  char       *number;       /* and its 发文字号, issued before the job */
} CaseExport;

static void
case_export_free (CaseExport *export)
{
  g_free (export->today);
  g_free (export->date);
  g_free (export->number);
  g_clear_pointer (&export->ids, g_array_unref);
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
  CaseExport *export = data;

  switch (export->kind)
    {
    case EXPORT_SUMMARY:
      return zf_case_report_summary_xlsx (store, export->year, path, error);
    case EXPORT_LEDGER:
      return zf_case_report_ledger_xlsx (store, export->today, path, error);
    case EXPORT_OPINION:
      {
        g_autoptr(ZfCaseOpinion) opinion = zf_case_opinion_new (store, export->evaluation_id,
                                                                export->date, error);

        if (opinion != NULL)
          zf_case_opinion_set_number (opinion, export->number);
        return opinion != NULL && zf_case_opinion_write_pdf (opinion, path, error);
      }
    case EXPORT_REGISTER:
      return zf_export_cases_of_xlsx (store, path, export->body_id, export->register_year,
                                      export->ids, cancellable, error);
    case EXPORT_EVALUATIONS:
      return zf_export_evaluations_of_xlsx (store, path, export->body_id,
                                            export->register_year, export->ids, cancellable,
                                            error);
    default:
      g_assert_not_reached ();
    }
}

static void
set_busy (ZfCasesView *self,
          gboolean     busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  zf_cases_view_update_actions (self);
}

static void
on_export_finished (ZfCasesView *self,
                    const char  *text)
{
  zf_cases_view_show_status (self, text);
  if (zf_export_job_get_written (self->export_job))
    zf_register_page_set_status_file (self->page, text, zf_export_job_get_path (self->export_job));
  g_clear_object (&self->export_job);
  set_busy (self, FALSE);
}

typedef struct
{
  ExportKind kind;
  gint64     evaluation_id;
  char      *series;        /* the opinion's: NULL, no number */
  char      *date;
  char      *path;          /* tests: export here without asking */
  gboolean   print;         /* the opinion issued for printing */
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_free (request->series);
  g_free (request->date);
  g_free (request->path);
  g_free (request);
}

static void
start_export (ZfCasesView   *self,
              const char    *path,
              ExportRequest *request)
{
  ExportKind kind = request->kind;
  gint64 evaluation_id = request->evaluation_id;
  CaseExport *export = g_new0 (CaseExport, 1);

  /* The number is taken when the file is written, not when the dialog
   * opened: a cancelled export leaves no gap in the series. */
  if (kind == EXPORT_OPINION && request->series != NULL)
    {
      g_autoptr(GError) error = NULL;

      export->number = zf_document_issue_number (self->store, request->series, request->date, &error);
      if (export->number == NULL && error != NULL)
        {
          zf_cases_view_show_status (self, error->message);
          case_export_free (export);
          return;
        }
    }
  export->date = g_strdup (request->date);
  export->kind = kind;
  export->year = zf_cases_view_get_year (self);
  export->evaluation_id = evaluation_id;
  export->today = zf_date_today ();
  if (kind == EXPORT_REGISTER || kind == EXPORT_EVALUATIONS)
    {
      guint year = gtk_drop_down_get_selected (self->year_filter);

      export->body_id = zf_register_list_get_body_filter (self->body_filter, self->body_ids);
      if (year != GTK_INVALID_LIST_POSITION && year > 0)
        export->register_year = zf_cases_view_get_year (self);
      /* What the list shows after a search or the other filters. */
      export->ids = zf_register_page_get_shown_ids (self->page);
    }

  self->export_job = zf_export_job_new (self->store, path, run_export, export,
                                        (GDestroyNotify) case_export_free);
  g_signal_connect_object (self->export_job, "finished", G_CALLBACK (on_export_finished), self,
                           G_CONNECT_SWAPPED);
  set_busy (self, TRUE);
  zf_cases_view_show_status (self, _("Exporting…"));
  zf_export_job_start (self->export_job);
}

static void
on_path_chosen (GtkWidget  *owner,
                const char *path,
                gpointer    data)
{
  start_export (ZF_CASES_VIEW (owner), path, data);
}

void
zf_cases_view_export_to (ZfCasesView *self,
                         const char  *action_name,
                         const char  *path)
{
  ExportRequest request = { 0 };

  g_return_if_fail (ZF_IS_CASES_VIEW (self));
  g_return_if_fail (self->export_job == NULL);

  request.kind = g_str_equal (action_name, "cases.export-evaluations") ? EXPORT_EVALUATIONS
                                                                       : EXPORT_REGISTER;
  start_export (self, path, &request);
}

gboolean
zf_cases_view_is_exporting (ZfCasesView *self)
{
  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), FALSE);
  return self->export_job != NULL;
}

static char *
opinion_file_name (ZfCasesView *self)
{
  char *name = g_strdup_printf (_("Evaluation opinion %s.pdf"),
                                zf_case_file_get_number (zf_cases_view_get_selected_case (self)));

  /* A case number may hold a slash, which no file name can. */
  g_strdelimit (name, "/\\", '-');
  return name;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZfCasesView *self = ZF_CASES_VIEW (widget);
  ExportKind kind = g_str_equal (action_name, "cases.export-summary") ? EXPORT_SUMMARY
                    : g_str_equal (action_name, "cases.export-ledger") ? EXPORT_LEDGER
                    : g_str_equal (action_name, "cases.export-register") ? EXPORT_REGISTER
                    : g_str_equal (action_name, "cases.export-evaluations") ? EXPORT_EVALUATIONS
                    : EXPORT_OPINION;
  gint64 evaluation_id = kind == EXPORT_OPINION ? selected_evaluation_id (self) : 0;
  g_autofree char *name = NULL;
  ExportRequest *request;

  if (kind == EXPORT_OPINION && evaluation_id <= 0)
    return;
  switch (kind)
    {
    case EXPORT_SUMMARY:
      name = g_strdup_printf (_("Evaluation summary %d.xlsx"), zf_cases_view_get_year (self));
      break;
    case EXPORT_LEDGER:
      name = g_strdup (_("Rectification ledger.xlsx"));
      break;
    case EXPORT_REGISTER:
      name = g_strdup (_("Case files.xlsx"));
      break;
    case EXPORT_EVALUATIONS:
      name = g_strdup (_("Case evaluations.xlsx"));
      break;
    case EXPORT_OPINION:
      /* Its number and date first. */
      zf_cases_view_issue_opinion (self, FALSE, NULL);
      return;
    default:
      g_assert_not_reached ();
    }
  request = g_new0 (ExportRequest, 1);
  request->kind = kind;
  request->evaluation_id = evaluation_id;
  zf_export_job_choose_path (widget, name, on_path_chosen, request,
                             (GDestroyNotify) export_request_free);
}

/* Printing draws the opinion with the PDF's own code, laid out for the
 * printer's page, so the paper matches the exported file. */

typedef struct
{
  ZfCaseOpinion *opinion;
  ZfStore       *store;
  char          *series;
  char          *date;
  gboolean       numbered;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  zf_case_opinion_free (job->opinion);
  g_clear_object (&job->store);
  g_free (job->series);
  g_free (job->date);
  g_free (job);
}

/* The number is taken when printing begins, once the print dialog is
 * confirmed: a cancelled print leaves no gap in the series. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  ZfCaseOpinion *opinion = job->opinion;
  guint n_pages;

  if (job->series != NULL && !job->numbered)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *number = zf_document_issue_number (job->store, job->series, job->date, &error);

      if (error != NULL)
        g_warning ("The opinion is printed without a number: %s", error->message);
      zf_case_opinion_set_number (opinion, number);
      job->numbered = TRUE;
    }
  n_pages = zf_case_opinion_paginate (opinion, gtk_print_context_get_cairo_context (context),
                                            gtk_print_context_get_width (context),
                                            gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  zf_case_opinion_draw_page (job->opinion, gtk_print_context_get_cairo_context (context), page);
}

GtkPrintOperation *
zf_cases_view_new_print_operation (ZfCasesView  *self,
                                   const char   *series,
                                   const char   *date,
                                   GError      **error)
{
  gint64 evaluation_id;
  PrintJob *job;
  ZfCaseOpinion *opinion;

  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);

  evaluation_id = selected_evaluation_id (self);
  if (evaluation_id <= 0)
    return NULL;
  if ((opinion = zf_case_opinion_new (self->store, evaluation_id, date, error)) == NULL)
    return NULL;
  job = g_new0 (PrintJob, 1);
  job->opinion = opinion;
  job->store = g_object_ref (self->store);
  job->series = g_strdup (series);
  job->date = g_strdup (date);
  return zf_register_list_new_print_operation (_("Evaluation opinion"), job,
                                               (GDestroyNotify) print_job_free,
                                               G_CALLBACK (on_begin_print),
                                               G_CALLBACK (on_draw_page));
}

static void
on_opinion_issued (GtkWidget  *owner,
                   const char *series,
                   const char *date,
                   gpointer    data)
{
  ZfCasesView *self = ZF_CASES_VIEW (owner);
  ExportRequest *request = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *name = NULL;
  ExportRequest *chosen;

  if (request->print)
    {
      operation = zf_cases_view_new_print_operation (self, series, date, &error);
      if ((operation == NULL && error != NULL) ||
          (operation != NULL && !zf_register_list_print (owner, operation, &error)))
        zf_cases_view_show_status (self, error->message);
      return;
    }
  chosen = g_new0 (ExportRequest, 1);
  chosen->kind = EXPORT_OPINION;
  chosen->evaluation_id = request->evaluation_id;
  chosen->series = g_strdup (series);
  chosen->date = g_strdup (date);
  if (request->path != NULL)
    {
      start_export (self, request->path, chosen);
      export_request_free (chosen);
      return;
    }
  name = opinion_file_name (self);
  zf_export_job_choose_path (owner, name, on_path_chosen, chosen,
                             (GDestroyNotify) export_request_free);
}

GtkWindow *
zf_cases_view_issue_opinion (ZfCasesView *self,
                             gboolean     print,
                             const char  *path)
{
  ExportRequest *request;
  ZfIssueDialog *dialog;

  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);

  if (selected_evaluation_id (self) <= 0)
    return NULL;
  request = g_new0 (ExportRequest, 1);
  request->kind = EXPORT_OPINION;
  request->print = print;
  request->evaluation_id = selected_evaluation_id (self);
  request->path = g_strdup (path);
  dialog = zf_issue_dialog_new (GTK_WIDGET (self), self->store, "opinion",
                                print ? _("_Print…") : _("_Export…"), on_opinion_issued, request,
                                (GDestroyNotify) export_request_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  zf_cases_view_issue_opinion (ZF_CASES_VIEW (widget), TRUE, NULL);
}

void
zf_cases_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cases.new", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "cases.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "cases.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "cases.evaluate", NULL, evaluate_action);
  gtk_widget_class_install_action (widget_class, "cases.sample", NULL, sample_action);
  gtk_widget_class_install_action (widget_class, "cases.standards", NULL, standards_action);
  gtk_widget_class_install_action (widget_class, "cases.close-rectification", NULL,
                                   close_rectification_action);
  gtk_widget_class_install_action (widget_class, "cases.export-summary", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cases.export-ledger", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cases.export-register", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cases.export-evaluations", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cases.export-opinion", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cases.print-opinion", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "cases.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "cases.evaluate", NULL);
}
