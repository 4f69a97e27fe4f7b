#pragma once

#include <gtk/gtk.h>

#include "zf-import-dialog.h"
#include "zf-import-preview.h"
#include "zf-import.h"

G_BEGIN_DECLS

/* Shared by the import dialog's files: the dialog and its actions
 * (zf-import-dialog.c), the mapping page (zf-import-dialog-mapping.c)
 * and the jobs on the worker thread (zf-import-dialog-jobs.c). */

typedef enum
{
  JOB_READ,     /* open the file, find the header, map, then plan */
  JOB_PLAN,
  JOB_COMMIT,
} JobKind;


struct _ZfImportDialog
{
  GtkWindow        parent_instance;

  ZfStore         *store;
  ZfStore         *work_store;
  ZfImport        *import;
  ZfImportPreview *preview;
  char            *path;
  GHashTable      *saved;
  GCancellable    *cancellable;
  GPtrArray       *column_dropdowns;
  guint            progress_source;
  gint             done;
  gint             total;
  gboolean         busy;
  gboolean         planned;
  gboolean         committed;
  gboolean         closing;
  gboolean         updating;

  /* Template widgets */
  GtkLabel        *file_label;
  GtkDropDown     *register_dropdown;
  GtkWidget       *sheet_box;
  GtkDropDown     *sheet_dropdown;
  gboolean         all_sheets;     /* the sheet list starts with "All sheets" */
  GtkWidget       *encoding_box;
  GtkDropDown     *encoding_dropdown;
  GtkDropDown     *saved_dropdown;
  GtkEntry        *mapping_entry;
  GtkLabel        *error_label;
  GtkGrid         *mapping_grid;
  GtkNoSelection  *preview_selection;
  GtkColumnViewColumn *sheet_column;
  GtkLabel        *summary_label;
  GtkProgressBar  *progress_bar;
  GtkWidget       *stop_button;
};


const ZfImportRegister *zf_import_dialog_selected_register   (ZfImportDialog *self);
void                    zf_import_dialog_show_error          (ZfImportDialog *self,
                                                              const char     *message);
/* The actions enabled by the dialog's state (a file, a plan, a job). */
void                    zf_import_dialog_update_actions      (ZfImportDialog *self);
/* The line under the preview: the plan's counts, or what was imported. */
void                    zf_import_dialog_update_summary      (ZfImportDialog *self);
/* The mapping grid for the import's header, and the saved mappings of
 * the register chosen. */
void                    zf_import_dialog_rebuild_mapping     (ZfImportDialog *self);
void                    zf_import_dialog_fill_saved_mappings (ZfImportDialog *self);
/* Runs @kind on the worker thread: reading the file (then planning),
 * planning, or committing. */
void                    zf_import_dialog_start_job           (ZfImportDialog *self,
                                                              JobKind         kind);

G_END_DECLS
