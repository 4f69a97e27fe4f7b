#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_IMPORT_DIALOG (zf_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfImportDialog, zf_import_dialog, ZF, IMPORT_DIALOG, GtkWindow)

/* Imports a spreadsheet into @register_name (a register of
 * zf_import_register_lookup(): "bodies", "officers", "matters", "cases"…): choose the file, fix the column mapping, read the
 * preview of every row, then commit in one transaction. */
ZfImportDialog *zf_import_dialog_new         (GtkWindow      *parent,
                                              ZfStore        *store,
                                              const char     *register_name);

/* What the file chooser does, for tests: reads and plans @path. */
void            zf_import_dialog_open_file   (ZfImportDialog *self,
                                              const char     *path);
/* Whether reading, planning or committing is under way. */
gboolean        zf_import_dialog_is_busy     (ZfImportDialog *self);
/* The preview: a GListModel of ZfImportPreviewRow. */
GListModel     *zf_import_dialog_get_preview (ZfImportDialog *self);
const char     *zf_import_dialog_get_summary (ZfImportDialog *self);
/* The register chosen ("bodies", "leniency", …), as the CLI names it. */
const char     *zf_import_dialog_get_register_name (ZfImportDialog *self);
/* The error shown, or NULL. */
const char     *zf_import_dialog_get_error   (ZfImportDialog *self);

G_END_DECLS
