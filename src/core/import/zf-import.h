#pragma once

#include <gio/gio.h>

#include "zf-import-mapping.h"
#include "zf-row-source.h"
#include "zf-store.h"

G_BEGIN_DECLS

typedef enum
{
  ZF_IMPORT_ROW_NEW,
  ZF_IMPORT_ROW_UPDATE,
  ZF_IMPORT_ROW_UNCHANGED,
  ZF_IMPORT_ROW_ERROR,
} ZfImportStatus;

/* The preview of one data row: what committing would do with it. */
typedef struct
{
  guint           excel_row;     /* as Excel numbers it */
  ZfImportStatus  status;
  gint64          existing_id;   /* the row updated or left unchanged */
  char           *message;       /* why an error row is refused */
  char           *column;        /* its column letter ("C"), or NULL */
  char           *notes;         /* loose matches shown: "委托 → 受委托组织" */
  char           *name;          /* the row's name field, for the preview */
  const char     *sheet;         /* its sheet (interned) when every sheet of a
                                  * workbook is read, else NULL */
  gboolean        hidden;        /* hidden in the workbook: imported like any
                                  * other row, but marked in the preview */
  /* An update's changes, one "Field: old → new" per changed field,
   * separated by "; ", as the register shows the values. */
  char           *changes;
  /* 0, or 1 + the index of the row that begins the record this row is a
   * further part of: an evaluation is one record over the rows of its
   * lines, each with the record's status and existing_id. */
  guint           part_of;
  /*< private >*/
  char          **values;
  guint           data_index;    /* the row as read, in the import's data */
  guint           next_part;     /* 1 + the index of the record's next row, or 0 */
} ZfImportRow;

/* Called every few hundred rows, from the thread doing the work. */
typedef void (*ZfImportProgress) (guint    done,
                                  guint    total,
                                  gpointer user_data);

#define ZF_TYPE_IMPORT (zf_import_get_type ())

G_DECLARE_FINAL_TYPE (ZfImport, zf_import, ZF, IMPORT, GObject)

/* A reader for @path by its extension: .xlsx (the sheet named @sheet, or
 * the first), else CSV in @encoding (NULL detects it). */
ZfRowSource            *zf_import_open_source      (const char             *path,
                                                    const char             *sheet,
                                                    const char             *encoding,
                                                    GError                **error);

ZfImport               *zf_import_new              (ZfStore                *store,
                                                    const ZfImportRegister *reg);
const ZfImportRegister *zf_import_get_register     (ZfImport               *self);
ZfStore                *zf_import_get_store        (ZfImport               *self);
/* The file's name for the audit log; no folder is recorded. */
void                    zf_import_set_file_name    (ZfImport               *self,
                                                    const char             *file_name);

/* Reads every row of @source, finds the header row (skipping merged title
 * rows above it) and maps columns: by @saved (field → header text) when
 * given, else by header names and their synonyms. A workbook opened
 * without a sheet named, whose first sheet has no header or no column for
 * the unit, is read sheet by sheet with the unit of each row taken from its
 * sheet's name (zf_import_is_per_sheet()). */
gboolean                zf_import_read             (ZfImport               *self,
                                                    ZfRowSource            *source,
                                                    GHashTable             *saved,
                                                    GCancellable           *cancellable,
                                                    GError                **error);
const ZfRow            *zf_import_get_header       (ZfImport               *self);
/* Whether the rows came from every sheet of a workbook, one sheet per unit,
 * the unit taken from the sheet's name (then each row names its sheet). */
gboolean                zf_import_is_per_sheet     (ZfImport               *self);
/* The sheets read past because they hold no table (填表说明, a hidden list
 * of values): NULL-terminated, empty when none. */
const char *const      *zf_import_get_skipped_sheets (ZfImport             *self);
/* The hidden sheets, left unread in that reading (not told in an Excel
 * 5/95 file): NULL-terminated, empty when none. */
const char *const      *zf_import_get_hidden_sheets (ZfImport              *self);
/* In a workbook read for the matters, the sheet that holds their
 * transfers (read with them, a part); in one read for the transfers or
 * the duties without a sheet named, the sheet they were read from; else
 * NULL. */
const char             *zf_import_get_transfers_sheet (ZfImport            *self);
/* A matters workbook read as "matters" (opened without a sheet named)
 * brings its transfers and duty assignments from their own sheets: each
 * is a part of the import, planned against the register as the matters
 * leave it and committed in the same transaction. Part 0 is the import
 * itself; the rows of every part are the import's rows, each naming its
 * sheet, and the counts are theirs all. */
guint                   zf_import_get_n_parts      (ZfImport               *self);
ZfImport               *zf_import_get_part         (ZfImport               *self,
                                                    guint                   index);
/* The sheet a part was read from, when the import has parts; else NULL. */
const char             *zf_import_get_sheet        (ZfImport               *self);
/* With parts, what each sheet adds, one line each ("Sheet “…” (Duty
 * assignments): 12 new, 3 unchanged, 1 refused."); NULL without. */
char                   *zf_import_describe_sheets  (ZfImport               *self);
int                     zf_import_get_mapping      (ZfImport               *self,
                                                    guint                   field);
/* @column -1 unmaps the field. Invalidates the plan. */
void                    zf_import_set_mapping      (ZfImport               *self,
                                                    guint                   field,
                                                    int                     column);
char                   *zf_import_get_mapping_json (ZfImport               *self);

/* Normalizes and checks every row and decides new / update / unchanged /
 * error. Writes nothing. Fails (ZF_ERROR_INVALID) only when a required
 * column is not mapped. */
gboolean                zf_import_plan             (ZfImport               *self,
                                                    GCancellable           *cancellable,
                                                    ZfImportProgress        progress,
                                                    gpointer                user_data,
                                                    GError                **error);
guint                   zf_import_get_n_rows       (ZfImport               *self);
const ZfImportRow      *zf_import_get_row          (ZfImport               *self,
                                                    guint                   index);
guint                   zf_import_count            (ZfImport               *self,
                                                    ZfImportStatus          status);
/* Rows hidden in the workbook (whatever their status). */
guint                   zf_import_count_hidden     (ZfImport               *self);
/* "new", "update", "unchanged", "error" translated. */
const char             *zf_import_status_label     (ZfImportStatus          status);

/* Stores every new and updated row in one transaction, with one audit
 * summary (file name and counts) instead of a row per record. On any
 * failure or cancellation the database stays as it was. */
gboolean                zf_import_commit           (ZfImport               *self,
                                                    GCancellable           *cancellable,
                                                    ZfImportProgress        progress,
                                                    gpointer                user_data,
                                                    GError                **error);

/* The refused rows as they were read, under the file's own header, with a
 * reason column added: fix them in Excel and import that file again. */
gboolean                zf_import_write_errors_xlsx (ZfImport              *self,
                                                    const char             *path,
                                                    GError                **error);

G_END_DECLS
