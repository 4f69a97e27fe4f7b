#define G_LOG_DOMAIN "zf-export-job"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-export-job.h"
#include "zf-register-list.h"

struct _ZfExportJob
{
  GObject        parent_instance;

  /* Read by the worker thread: set before it starts, never changed. */
  char          *db_path;
  char          *path;
  ZfExportFunc   func;
  gpointer       data;
  GDestroyNotify data_free;
  GMainContext  *context;

  GCancellable  *cancellable;
  /* A weak reference because the job may be finalized on the worker
   * thread, once the page that showed its progress is gone. */
  GWeakRef       progress_bar;
  gboolean       finished;      /* main thread only */
  gboolean       written;       /* finished, and the file is there */
};

G_DEFINE_FINAL_TYPE (ZfExportJob, zf_export_job, G_TYPE_OBJECT)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct
{
  ZfExportJob *job;
  double       fraction;
} ProgressUpdate;

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->job);
  g_free (update);
}

static gboolean
show_progress (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(GtkProgressBar) bar = NULL;

  /* An update that was on its way when the export ended is stale. */
  if (update->job->finished)
    return G_SOURCE_REMOVE;
  bar = g_weak_ref_get (&update->job->progress_bar);
  if (bar != NULL)
    gtk_progress_bar_set_fraction (bar, update->fraction);
  return G_SOURCE_REMOVE;
}

/* Runs on the worker thread: the bar is only touched from the main context. */
static void
report_progress (double   fraction,
                 gpointer user_data)
{
  ZfExportJob *self = user_data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->job = g_object_ref (self);
  update->fraction = fraction;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, show_progress, update,
                              progress_update_free);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ZfExportJob *self = source;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = zf_store_open (self->db_path, &error);
  if (store != NULL &&
      self->func (store, self->path, self->data, cancellable, report_progress, self, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ZfExportJob *self = ZF_EXPORT_JOB (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  self->finished = TRUE;
  if ((self->written = g_task_propagate_boolean (G_TASK (result), &error)))
    text = g_strdup_printf (_("Written to %s."), self->path);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (_("Export cancelled; no file was written."));
  else
    text = g_strdup (error->message);
  g_signal_emit (self, signals[FINISHED], 0, text);
}

static void
zf_export_job_finalize (GObject *object)
{
  ZfExportJob *self = ZF_EXPORT_JOB (object);

  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_weak_ref_clear (&self->progress_bar);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self->db_path);
  g_free (self->path);
  G_OBJECT_CLASS (zf_export_job_parent_class)->finalize (object);
}

static void
zf_export_job_class_init (ZfExportJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zf_export_job_finalize;

  /* The text for the page's status line: where the file was written, or
   * why it was not. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
zf_export_job_init (ZfExportJob *self)
{
  g_weak_ref_init (&self->progress_bar, NULL);
  self->cancellable = g_cancellable_new ();
}

ZfExportJob *
zf_export_job_new (ZfStore        *store,
                   const char     *path,
                   ZfExportFunc    func,
                   gpointer        data,
                   GDestroyNotify  data_free)
{
  ZfExportJob *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (ZF_TYPE_EXPORT_JOB, NULL);
  self->db_path = g_strdup (zf_store_get_path (store));
  self->path = g_strdup (path);
  self->func = func;
  self->data = data;
  self->data_free = data_free;
  return self;
}

void
zf_export_job_set_progress_bar (ZfExportJob    *self,
                                GtkProgressBar *bar)
{
  g_return_if_fail (ZF_IS_EXPORT_JOB (self));
  g_return_if_fail (bar == NULL || GTK_IS_PROGRESS_BAR (bar));

  g_weak_ref_set (&self->progress_bar, bar);
}

void
zf_export_job_start (ZfExportJob *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ZF_IS_EXPORT_JOB (self));
  g_return_if_fail (self->context == NULL);

  self->context = g_main_context_ref_thread_default ();
  /* The task holds the job until the thread is done with it. */
  task = g_task_new (self, self->cancellable, on_export_done, NULL);
  g_task_run_in_thread (task, export_thread);
}

void
zf_export_job_cancel (ZfExportJob *self)
{
  g_return_if_fail (ZF_IS_EXPORT_JOB (self));
  g_cancellable_cancel (self->cancellable);
}

gboolean
zf_export_job_get_written (ZfExportJob *self)
{
  g_return_val_if_fail (ZF_IS_EXPORT_JOB (self), FALSE);
  return self->written;
}

const char *
zf_export_job_get_path (ZfExportJob *self)
{
  g_return_val_if_fail (ZF_IS_EXPORT_JOB (self), NULL);
  return self->path;
}

void
zf_export_job_abandon (ZfExportJob **job,
                       gpointer      owner)
{
  g_return_if_fail (job != NULL);

  if (*job == NULL)
    return;
  g_signal_handlers_disconnect_by_data (*job, owner);
  zf_export_job_cancel (*job);
  g_clear_object (job);
}

/* The save dialog */

typedef struct
{
  GWeakRef         owner;
  ZfExportPathFunc func;
  gpointer         data;
  GDestroyNotify   data_free;
} PathRequest;

static void
path_request_free (PathRequest *request)
{
  g_weak_ref_clear (&request->owner);
  if (request->data_free != NULL)
    request->data_free (request->data);
  g_free (request);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     PathRequest     *request)
{
  g_autoptr(GtkWidget) owner = g_weak_ref_get (&request->owner);

  if (response == GTK_RESPONSE_ACCEPT && owner != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        request->func (owner, path, request->data);
    }
  path_request_free (request);
  g_object_unref (chooser);
}

void
zf_export_job_choose_path (GtkWidget        *owner,
                           const char       *file_name,
                           ZfExportPathFunc  func,
                           gpointer          data,
                           GDestroyNotify    data_free)
{
  GtkFileChooserNative *chooser;
  PathRequest *request;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (file_name != NULL && func != NULL);

  chooser = gtk_file_chooser_native_new (_("Export"), zf_register_list_get_toplevel (owner),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  request = g_new0 (PathRequest, 1);
  g_weak_ref_init (&request->owner, owner);
  request->func = func;
  request->data = data;
  request->data_free = data_free;
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
