#define G_LOG_DOMAIN "zf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-import-dialog-private.h"
#include "zf-import-preview.h"
#include "zf-store-import.h"

/* Reading, planning and committing run on a worker thread with its own
 * connection to the database file (zf_store_open on the same path; WAL
 * lets it write while the window's connection reads). Idle chunks would
 * not do: a 100,000-row sheet is one streaming parse and one transaction,
 * neither of which can be cut into pieces without holding the transaction
 * open across main-loop iterations. The window keeps drawing, Stop cancels
 * (the transaction rolls back), and the window's store learns of the commit
 * through zf_store_poll_external_changes(). Only one job runs at a time,
 * and the dialog touches the ZfImport only when none does. */

typedef struct
{
  JobKind     kind;
  ZfImport   *import;
  char       *path;
  char       *sheet;
  const char *encoding;
  GHashTable *saved;
  char      **sheets;     /* out: the workbook's sheet names */
  gboolean    read_ok;    /* out: a header was found, the mapping is usable */
  gint       *done;       /* progress, written by the worker */
  gint       *total;
} Job;

static const char *const encodings[] = { NULL, "utf-8", "gbk" };

static void
job_free (Job *job)
{
  g_clear_object (&job->import);
  g_free (job->path);
  g_free (job->sheet);
  g_clear_pointer (&job->saved, g_hash_table_unref);
  g_strfreev (job->sheets);
  g_free (job);
}

static void
on_job_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (job->done, done);
  g_atomic_int_set (job->total, total);
}

static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok = TRUE;

  if (job->kind == JOB_READ)
    {
      g_autoptr(ZfRowSource) rows = zf_import_open_source (job->path, job->sheet, job->encoding,
                                                           &error);

      if (rows != NULL && zf_row_source_get_sheet_names (rows) != NULL)
        job->sheets = g_strdupv ((char **) zf_row_source_get_sheet_names (rows));
      ok = rows != NULL && zf_import_read (job->import, rows, job->saved, cancellable, &error);
      job->read_ok = ok;
    }
  if (ok && job->kind == JOB_COMMIT)
    ok = zf_import_commit (job->import, cancellable, on_job_progress, job, &error);
  else if (ok)
    ok = zf_import_plan (job->import, cancellable, on_job_progress, job, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
show_progress (gpointer user_data)
{
  ZfImportDialog *self = user_data;
  int total = g_atomic_int_get (&self->total);

  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   (double) g_atomic_int_get (&self->done) / total);
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (ZfImportDialog *self,
          gboolean        busy,
          const char     *what)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_widget_set_visible (self->stop_button, busy);
  gtk_progress_bar_set_text (self->progress_bar, what);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (busy)
    self->progress_source = g_timeout_add (100, show_progress, self);
  zf_import_dialog_update_actions (self);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ZfImportDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE, NULL);
  if (self->closing)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (job->kind == JOB_READ)
    {
      gtk_widget_set_visible (self->sheet_box, job->sheets != NULL);
      gtk_widget_set_visible (self->encoding_box, job->sheets == NULL);
      /* A workbook read as one sheet per unit offers that reading first,
       * until another file is opened. */
      if (job->read_ok && zf_import_is_per_sheet (job->import))
        self->all_sheets = TRUE;
      if (job->sheets != NULL)
        {
          g_autoptr(GtkStringList) sheets = gtk_string_list_new (NULL);
          guint first = self->all_sheets ? 1 : 0;
          /* The sheet read: the one chosen, or the one a register kept on
           * a sheet of its own was found on. */
          const char *read = job->sheet ? job->sheet
                             : zf_import_get_register (job->import)->id == ZF_IMPORT_TRANSFERS ||
                               zf_import_get_register (job->import)->id == ZF_IMPORT_DUTIES
                             ? zf_import_get_transfers_sheet (job->import) : NULL;

          if (self->all_sheets)
            gtk_string_list_append (sheets, _("All sheets, one per unit"));
          for (guint i = 0; job->sheets[i]; i++)
            gtk_string_list_append (sheets, job->sheets[i]);
          self->updating = TRUE;
          gtk_drop_down_set_model (self->sheet_dropdown, G_LIST_MODEL (sheets));
          for (guint i = 0; read && job->sheets[i]; i++)
            if (g_str_equal (job->sheets[i], read))
              gtk_drop_down_set_selected (self->sheet_dropdown, first + i);
          self->updating = FALSE;
        }
      if (job->read_ok)
        zf_import_dialog_rebuild_mapping (self);
    }

  if (job->kind == JOB_COMMIT && ok)
    {
      self->committed = TRUE;
      /* Another connection wrote: the window's lists reload now rather than
       * at the next poll. */
      zf_store_poll_external_changes (self->store);
    }
  self->planned = job->kind == JOB_COMMIT || ok;
  if (self->planned)
    zf_import_preview_set_import (self->preview, self->import);

  if (ok)
    zf_import_dialog_show_error (self, NULL);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    zf_import_dialog_show_error (self, job->kind == JOB_COMMIT
                                       ? _("The import was stopped; nothing was stored.")
                                       : _("Reading was stopped."));
  else
    zf_import_dialog_show_error (self, error->message);
  zf_import_dialog_update_summary (self);
  zf_import_dialog_update_actions (self);
}

void
zf_import_dialog_start_job (ZfImportDialog *self,
                            JobKind         kind)
{
  static const char *const what[] = {
    N_("Reading the file…"), N_("Checking every row…"), N_("Importing…"),
  };
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (!self->busy);

  if (kind != JOB_COMMIT)
    {
      zf_import_preview_set_import (self->preview, NULL);
      self->planned = FALSE;
      self->committed = FALSE;
    }
  if (kind == JOB_READ)
    {
      g_clear_object (&self->import);
      self->import = zf_import_new (self->work_store, zf_import_dialog_selected_register (self));
      zf_import_set_file_name (self->import, self->path);
    }

  job = g_new0 (Job, 1);
  job->kind = kind;
  job->import = g_object_ref (self->import);
  job->done = &self->done;
  job->total = &self->total;
  if (kind == JOB_READ)
    {
      GtkStringObject *sheet = gtk_widget_get_visible (self->sheet_box)
        ? gtk_drop_down_get_selected_item (self->sheet_dropdown) : NULL;
      guint encoding = gtk_drop_down_get_selected (self->encoding_dropdown);

      job->path = g_strdup (self->path);
      job->sheet = sheet ? g_strdup (gtk_string_object_get_string (sheet)) : NULL;
      if (self->all_sheets && gtk_drop_down_get_selected (self->sheet_dropdown) == 0)
        g_clear_pointer (&job->sheet, g_free);
      job->encoding = encoding < G_N_ELEMENTS (encodings) ? encodings[encoding] : NULL;
      job->saved = self->saved ? g_hash_table_ref (self->saved) : NULL;
    }

  g_atomic_int_set (&self->done, 0);
  g_atomic_int_set (&self->total, 0);
  self->cancellable = g_cancellable_new ();
  /* No source object: the dialog must be released on this thread, never
   * by the worker dropping the task's last reference. */
  task = g_task_new (NULL, self->cancellable, on_job_done, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  zf_import_dialog_show_error (self, NULL);
  set_busy (self, TRUE, _(what[kind]));
  g_task_run_in_thread (task, job_thread);
}

