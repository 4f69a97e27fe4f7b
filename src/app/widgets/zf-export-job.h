#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

/* Reports how far an export has come, 0 to 1; may be called from the
 * export's thread (the same signature as the core's progress callbacks). */
typedef void     (*ZfExportProgressFunc) (double                 fraction,
                                          gpointer               user_data);

/* The work of one export, run on a worker thread with the thread's own
 * connection @store to the database file. */
typedef gboolean (*ZfExportFunc)         (ZfStore               *store,
                                          const char            *path,
                                          gpointer               data,
                                          GCancellable          *cancellable,
                                          ZfExportProgressFunc   progress,
                                          gpointer               progress_data,
                                          GError               **error);

/* Called with the path the user chose in the save dialog. */
typedef void     (*ZfExportPathFunc)     (GtkWidget             *owner,
                                          const char            *path,
                                          gpointer               data);

#define ZF_TYPE_EXPORT_JOB (zf_export_job_get_type ())

G_DECLARE_FINAL_TYPE (ZfExportJob, zf_export_job, ZF, EXPORT_JOB, GObject)

/* One export of a page, written to @path by @func on a worker thread with
 * its own connection to @store's file (SQLite connections are not shared
 * between threads; WAL lets the thread read while the window writes).
 * Emits "finished" with the text for the page's status line once it is
 * done, failed or cancelled; nothing is left at @path unless it is done. */
ZfExportJob *zf_export_job_new              (ZfStore        *store,
                                             const char     *path,
                                             ZfExportFunc    func,
                                             gpointer        data,
                                             GDestroyNotify  data_free);
/* Shows the export's progress on @bar (the job holds it weakly). */
void         zf_export_job_set_progress_bar (ZfExportJob    *self,
                                             GtkProgressBar *bar);
void         zf_export_job_start            (ZfExportJob    *self);
/* Stops the export at its next row batch or page. */
void         zf_export_job_cancel           (ZfExportJob    *self);
const char  *zf_export_job_get_path         (ZfExportJob    *self);
/* Whether the job finished and wrote its file. */
gboolean     zf_export_job_get_written      (ZfExportJob    *self);
/* For a page going away: cancels *@job, if any, disconnects @owner's
 * handlers from it (no "finished" reaches @owner) and clears it. */
void         zf_export_job_abandon          (ZfExportJob   **job,
                                             gpointer        owner);

/* Asks where to save an export, offering @file_name, and calls @func
 * (while @owner lives) when the user accepts; @data is freed either way. */
void         zf_export_job_choose_path      (GtkWidget        *owner,
                                             const char       *file_name,
                                             ZfExportPathFunc  func,
                                             gpointer          data,
                                             GDestroyNotify    data_free);

G_END_DECLS
