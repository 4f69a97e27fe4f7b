#pragma once

#include "zf-import.h"

G_BEGIN_DECLS

/* Shared by the import's files: the object, its mapping and commit
 * (zf-import.c), reading a file (zf-import-read.c, zf-import-header.c),
 * the plan (zf-import-plan*.c) and the evaluations register
 * (zf-import-evaluations*.c). */

#define PROGRESS_STEP 500

struct _ZfImport
{
  GObject                 parent_instance;

  ZfStore                *store;
  const ZfImportRegister *reg;
  char                   *file_name;
  char                   *file_sha256;   /* of the file read, for the audit log */
  gboolean                date1904;
  ZfRow                  *header;
  GPtrArray              *data;      /* ZfRow * */
  int                    *mapping;   /* field → column */
  GArray                 *rows;      /* ZfImportRow */
  gboolean                planned;
  gboolean                per_sheet;
  GPtrArray              *skipped_sheets;  /* char *, NULL-terminated */
  GPtrArray              *hidden_sheets;   /* char *, NULL-terminated */
  /* One sheet per unit: each sheet's (interned name) column for each
   * column of the common header, G_MAXUINT where it has none. */
  GHashTable             *sheet_columns;   /* const char * → GArray of guint */
  /* A matters workbook's sheet of their transfers, or NULL: the one a
   * transfers import read, the one a matters import points to. */
  char                   *transfers_sheet;
  /* A matters workbook's other registers, each read from its own sheet
   * (the transfers, the duty assignments): planned and committed with
   * it (zf-import-sheets.c). */
  GPtrArray              *parts;           /* ZfImport * */
  const char             *sheet;           /* interned: the sheet read, when parts */
};

void   zf_import_clear_plan   (ZfImport *self);
/* Writes the accepted rows of @self (zf-import.c); FALSE at the first row
 * the store refuses, naming it. */
gboolean zf_import_write_rows (ZfImport          *self,
                               guint              total,
                               GCancellable      *cancellable,
                               ZfImportProgress   progress,
                               gpointer           user_data,
                               GError           **error);
/* zf-import-sheets.c: the parts planned against the register as it will
 * be when the rows of @self are written (written in a transaction rolled
 * back), and written after them in the commit's transaction. */
gboolean zf_import_plan_parts   (ZfImport          *self,
                                 GCancellable      *cancellable,
                                 GError           **error);
gboolean zf_import_commit_parts (ZfImport          *self,
                                 guint              total,
                                 GCancellable      *cancellable,
                                 ZfImportProgress   progress,
                                 gpointer           user_data,
                                 GError           **error);
/* The rows of @self alone, not of its parts. */
guint    zf_import_count_own    (ZfImport          *self,
                                 ZfImportStatus     status);
/* zf-import-header.c: the header among @head, the first rows of a
 * sheet: the row, or two or three adjacent rows composed, naming the most
 * columns (or those of @saved); *@bottom the index of its last row. NULL
 * when none names at least @min_score columns. */
ZfRow *zf_import_find_header  (ZfImport            *self,
                               GPtrArray           *head,
                               GHashTable          *saved,
                               guint                min_score,
                               guint               *bottom);
/* A cell of @raw in @column as field @f stores it, or NULL with @error. */
char  *zf_import_plan_cell    (ZfImport            *self,
                               const ZfImportField *f,
                               const ZfRow         *raw,
                               guint                column,
                               char               **note,
                               GError             **error);
/* The evaluations register (zf-import-evaluations.c): its rows are planned
 * together, the lines of one evaluation one record, and each evaluation
 * is written by the row that begins it (@index). */
gboolean zf_import_plan_evaluations (ZfImport          *self,
                                     GCancellable      *cancellable,
                                     ZfImportProgress   progress,
                                     gpointer           user_data,
                                     GError           **error);
gboolean zf_import_write_evaluation (ZfImport          *self,
                                     guint              index,
                                     GError           **error);
/* The letter of column @column (of the import's header) as the sheet of
 * @raw shows it: one sheet per unit orders its columns its own way, and
 * the unit taken from the sheet's name has none (NULL). */
char  *zf_import_column_letter (ZfImport    *self,
                                const ZfRow *raw,
                                int          column);
/* Whether @raw fills any mapped column (zf-import-plan.c): a row that
 * does not is skipped, as a blank one. */
gboolean zf_import_row_has_data (ZfImport    *self,
                                 const ZfRow *raw);
/* The order to write the plan's rows in (indexes into rows): the file's,
 * except that a body comes after the body of the file above it. */
guint *zf_import_commit_order (ZfImport *self);

G_END_DECLS
