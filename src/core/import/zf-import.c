#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include <xlsxwriter.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-private.h"
#include "zf-store-import.h"

/* The import: its register, the file's header and mapping, the plan's
 * rows (zf-import-plan.c), the commit in one transaction and the sheet of
 * refused rows. */

G_DEFINE_FINAL_TYPE (ZfImport, zf_import, G_TYPE_OBJECT)

static void
import_row_clear (gpointer data)
{
  ZfImportRow *row = data;

  g_free (row->message);
  g_free (row->column);
  g_free (row->notes);
  g_free (row->name);
  g_free (row->changes);
  row->values = NULL;
}

void
zf_import_clear_plan (ZfImport *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
      zf_import_values_free (row->values, self->reg->n_fields);
      row->values = NULL;
    }
  g_array_set_size (self->rows, 0);
  self->planned = FALSE;
}

static void
zf_import_finalize (GObject *object)
{
  ZfImport *self = ZF_IMPORT (object);

  zf_import_clear_plan (self);
  g_array_unref (self->rows);
  g_clear_object (&self->store);
  g_free (self->file_name);
  g_free (self->file_sha256);
  g_clear_pointer (&self->header, zf_row_free);
  g_ptr_array_unref (self->data);
  g_ptr_array_unref (self->skipped_sheets);
  g_free (self->transfers_sheet);
  g_ptr_array_unref (self->hidden_sheets);
  g_hash_table_unref (self->sheet_columns);
  g_ptr_array_unref (self->parts);
  g_free (self->mapping);

  G_OBJECT_CLASS (zf_import_parent_class)->finalize (object);
}

static void
zf_import_class_init (ZfImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_import_finalize;
}

static void
zf_import_init (ZfImport *self)
{
  self->data = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  self->skipped_sheets = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->hidden_sheets = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->sheet_columns = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->parts = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_array_new (FALSE, TRUE, sizeof (ZfImportRow));
  g_array_set_clear_func (self->rows, import_row_clear);
}

ZfImport *
zf_import_new (ZfStore                *store,
               const ZfImportRegister *reg)
{
  ZfImport *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (reg != NULL, NULL);

  self = g_object_new (ZF_TYPE_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->reg = reg;
  self->mapping = g_new (int, reg->n_fields);
  for (guint i = 0; i < reg->n_fields; i++)
    self->mapping[i] = -1;
  return self;
}

const ZfImportRegister *
zf_import_get_register (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->reg;
}

ZfStore *
zf_import_get_store (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->store;
}

/* The SHA-256 of the file at @path in hex, or NULL when it cannot be read:
 * the audit log names exactly which file an import stored. */
static char *
file_sha256 (const char *path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  guint8 buffer[65536];
  gssize n;

  if (in == NULL)
    return NULL;
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, sizeof buffer, NULL, NULL)) > 0)
    g_checksum_update (sum, buffer, n);
  if (n < 0)
    return NULL;
  return g_strdup (g_checksum_get_string (sum));
}

void
zf_import_set_file_name (ZfImport   *self,
                         const char *file_name)
{
  g_return_if_fail (ZF_IS_IMPORT (self));

  g_free (self->file_name);
  g_clear_pointer (&self->file_sha256, g_free);
  self->file_name = file_name ? g_path_get_basename (file_name) : NULL;
  if (file_name != NULL)
    self->file_sha256 = file_sha256 (file_name);
  for (guint i = 0; i < self->parts->len; i++)
    zf_import_set_file_name (self->parts->pdata[i], file_name);
}


gboolean
zf_import_is_per_sheet (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);

  return self->per_sheet;
}

/* An empty list: a null-terminated GPtrArray has no storage until its
 * first element. */
static const char *const no_sheets[] = { NULL };

const char *const *
zf_import_get_skipped_sheets (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->skipped_sheets->pdata ? (const char *const *) self->skipped_sheets->pdata : no_sheets;
}

const char *const *
zf_import_get_hidden_sheets (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->hidden_sheets->pdata ? (const char *const *) self->hidden_sheets->pdata : no_sheets;
}

const char *
zf_import_get_transfers_sheet (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->transfers_sheet;
}

const ZfRow *
zf_import_get_header (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->header;
}

int
zf_import_get_mapping (ZfImport *self,
                       guint     field)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), -1);
  g_return_val_if_fail (field < self->reg->n_fields, -1);

  return self->mapping[field];
}

void
zf_import_set_mapping (ZfImport *self,
                       guint     field,
                       int       column)
{
  g_return_if_fail (ZF_IS_IMPORT (self));
  g_return_if_fail (field < self->reg->n_fields);

  /* A column serves one field: taking it from another unmaps that one. */
  for (guint i = 0; column >= 0 && i < self->reg->n_fields; i++)
    if (self->mapping[i] == column)
      self->mapping[i] = -1;
  self->mapping[field] = column;
  zf_import_clear_plan (self);
}

char *
zf_import_get_mapping_json (ZfImport *self)
{
  GString *out;

  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  if (self->parts->len == 0)
    return zf_import_mapping_to_json (self->reg, self->header, self->mapping);
  /* A workbook's other sheets (a matters workbook's transfers and duty
   * assignments): each part's columns under its register's name. */
  out = g_string_new ("{\"register\": \"");
  g_string_append_printf (out, "%s\", \"columns\": ", self->reg->name);
  zf_import_mapping_append_columns (out, self->reg, self->header, self->mapping);
  for (guint i = 0; i < self->parts->len; i++)
    {
      ZfImport *part = self->parts->pdata[i];

      g_string_append_printf (out, ",\n\"%s\": ", part->reg->name);
      zf_import_mapping_append_columns (out, part->reg, part->header, part->mapping);
    }
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

const char *
zf_import_status_label (ZfImportStatus status)
{
  switch (status)
    {
    case ZF_IMPORT_ROW_NEW:
      return _("new");
    case ZF_IMPORT_ROW_UPDATE:
      return _("update");
    case ZF_IMPORT_ROW_UNCHANGED:
      return _("unchanged");
    case ZF_IMPORT_ROW_ERROR:
    default:
      return _("error");
    }
}

/* --- commit and errors ---------------------------------------------------- */

static char *
audit_summary (ZfImport *self)
{
  GString *json = g_string_new ("{\"file\": ");
  const char *name = self->file_name ? self->file_name : "";

  /* The file name is the only free text; escape it by hand. */
  g_string_append_c (json, '"');
  for (const char *p = name; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (json, '\\');
      if ((guchar) *p >= 0x20)
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
  if (self->file_sha256 != NULL)
    g_string_append_printf (json, ", \"sha256\": \"%s\"", self->file_sha256);
  g_string_append_printf (json, ", \"register\": \"%s\", \"new\": %u, \"updated\": %u, "
                          "\"unchanged\": %u, \"errors\": %u}",
                          self->reg->name,
                          zf_import_count_own (self, ZF_IMPORT_ROW_NEW),
                          zf_import_count_own (self, ZF_IMPORT_ROW_UPDATE),
                          zf_import_count_own (self, ZF_IMPORT_ROW_UNCHANGED),
                          zf_import_count_own (self, ZF_IMPORT_ROW_ERROR));
  return g_string_free (json, FALSE);
}

/* The error of a row the store refused: @excel_row, or the staged row a
 * set-based write found refused (zf_store_import_failed_row()). */
static gboolean
row_not_stored (ZfImport  *self,
                guint      excel_row,
                GError    *local,
                GError   **error)
{
  guint staged = zf_store_import_failed_row (self->store);

  g_set_error (error, ZF_ERROR, local->code,
               _("Row %u could not be stored, so nothing was imported: %s"),
               staged > 0 ? staged : excel_row, local->message);
  return FALSE;
}

/* Writes the accepted rows, a body after the file's row of its parent;
 * FALSE at the first row the store refuses, naming it. */
gboolean
zf_import_write_rows (ZfImport          *self,
            guint              total,
            GCancellable      *cancellable,
            ZfImportProgress   progress,
            gpointer           user_data,
            GError           **error)
{
  g_autofree guint *order = zf_import_commit_order (self);
  g_autoptr(GError) flush_error = NULL;
  guint done = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, order[i]);
      g_autoptr(GError) local = NULL;

      /* A record over several rows is written by its first. */
      if ((row->status != ZF_IMPORT_ROW_NEW && row->status != ZF_IMPORT_ROW_UPDATE) ||
          row->part_of > 0)
        continue;
      if (done % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress)
            progress (done, total, user_data);
        }
      zf_store_import_set_row (self->store, row->excel_row);
      if (self->reg->id == ZF_IMPORT_EVALUATIONS
          ? !zf_import_write_evaluation (self, order[i], &local)
          : !zf_store_import_write (self->store, self->reg,
                                    row->status == ZF_IMPORT_ROW_UPDATE ? row->existing_id : 0,
                                    row->values, &local))
        return row_not_stored (self, row->excel_row, local, error);
      done++;
    }
  /* New officers are written set-based, some only now. */
  if (!zf_store_import_flush (self->store, &flush_error))
    return row_not_stored (self, 0, flush_error, error);
  return TRUE;
}

gboolean
zf_import_commit (ZfImport          *self,
                  GCancellable      *cancellable,
                  ZfImportProgress   progress,
                  gpointer           user_data,
                  GError           **error)
{
  g_autofree char *summary = NULL;
  guint total;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->planned, FALSE);

  total = zf_import_count (self, ZF_IMPORT_ROW_NEW) + zf_import_count (self, ZF_IMPORT_ROW_UPDATE);
  if (!zf_store_begin (self->store, error))
    return FALSE;
  zf_store_set_audit_rows (self->store, FALSE);
  zf_store_import_set_bulk (self->store, TRUE);
  if (!zf_store_import_prepare_bulk (self->store, self->reg,
                                     zf_import_count_own (self, ZF_IMPORT_ROW_NEW), error))
    goto fail;

  if (!zf_import_write_rows (self, total, cancellable, progress, user_data, error) ||
      !zf_store_import_finish_bulk (self->store, error) ||
      !zf_import_commit_parts (self, total, cancellable, progress, user_data, error))
    goto fail;
  zf_store_set_audit_rows (self->store, TRUE);
  zf_store_import_set_bulk (self->store, FALSE);
  summary = audit_summary (self);
  if (!zf_store_audit_summary (self->store, self->reg->table, summary, error))
    goto fail;
  for (guint i = 0; i < self->parts->len; i++)
    {
      ZfImport *part = self->parts->pdata[i];
      g_autofree char *part_summary = audit_summary (part);

      if (!zf_store_audit_summary (self->store, part->reg->table, part_summary, error))
        goto fail;
      zf_store_notify_changed (self->store, part->reg->table, 0);
    }
  zf_store_notify_changed (self->store, self->reg->table, 0);
  if (self->reg->id == ZF_IMPORT_OFFICERS)
    {
      zf_store_notify_changed (self->store, "certificate", 0);
      zf_store_notify_changed (self->store, "officer_event", 0);
    }
  if (!zf_store_commit (self->store, error))
    return FALSE;
  if (progress)
    progress (total, total, user_data);
  return TRUE;

fail:
  zf_store_set_audit_rows (self->store, TRUE);
  zf_store_import_set_bulk (self->store, FALSE);
  zf_store_rollback (self->store);
  return FALSE;
}

/* The refused rows of @self on @ws, under its own header. */
static void
write_error_sheet (ZfImport      *self,
                   lxw_worksheet *ws,
                   lxw_format    *bold,
                   lxw_format    *text)
{
  guint n_cols, at, out = 1;

  /* The row's cells under the header read, then where it was (its sheet
   * too, when every sheet was read) and why it was refused. */
  n_cols = self->header->cells->len;
  at = n_cols + (self->per_sheet ? 1 : 0);
  for (guint c = 0; c < n_cols; c++)
    worksheet_write_string (ws, 0, c, zf_row_get_text (self->header, c), bold);
  if (self->per_sheet)
    worksheet_write_string (ws, 0, n_cols, _("Sheet"), bold);
  worksheet_write_string (ws, 0, at, _("Row"), bold);
  worksheet_write_string (ws, 0, at + 1, _("Column"), bold);
  worksheet_write_string (ws, 0, at + 2, _("Reason"), bold);
  worksheet_set_column (ws, 0, n_cols - 1, 16, text);
  worksheet_set_column (ws, at + 2, at + 2, 60, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
      /* Skipped rows (blank, totals, a serial number only) have no plan
       * row: each plan row knows the row it was read from. */
      const ZfRow *raw = g_ptr_array_index (self->data, row->data_index);

      if (row->status != ZF_IMPORT_ROW_ERROR)
        continue;
      for (guint c = 0; c < n_cols && c < raw->cells->len; c++)
        worksheet_write_string (ws, out, c, zf_row_get_text (raw, c), text);
      if (self->per_sheet)
        worksheet_write_string (ws, out, n_cols, row->sheet ? row->sheet : "", NULL);
      worksheet_write_number (ws, out, at, row->excel_row, NULL);
      worksheet_write_string (ws, out, at + 1, row->column ? row->column : "", NULL);
      worksheet_write_string (ws, out, at + 2, row->message, NULL);
      out++;
    }
}

/* A worksheet name Excel takes: at most 31 characters, none of []:*?/\. */
static char *
worksheet_name (const char *sheet)
{
  GString *name = g_string_new (NULL);
  guint n = 0;

  for (const char *p = sheet; *p && n < 31; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, strchr ("[]:*?/\\", (int) c) && c < 128 ? '_' : c);
    }
  return g_string_free (name, FALSE);
}

gboolean
zf_import_write_errors_xlsx (ZfImport    *self,
                             const char  *path,
                             GError     **error)
{
  lxw_workbook *wb;
  lxw_format *bold, *text;
  lxw_error rc;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->planned, FALSE);

  wb = workbook_new (path);
  if (wb == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”."), path);
      return FALSE;
    }
  bold = workbook_add_format (wb);
  format_set_bold (bold);
  /* Text format keeps ID numbers and codes as typed when the user edits. */
  text = workbook_add_format (wb);
  format_set_num_format (text, "@");

  /* Each sheet's refused rows on a sheet of that name, under its header. */
  {
    g_autofree char *own = self->sheet ? worksheet_name (self->sheet) : NULL;

    write_error_sheet (self, workbook_add_worksheet (wb, own), bold, text);
  }
  for (guint i = 0; i < self->parts->len; i++)
    {
      ZfImport *part = self->parts->pdata[i];
      g_autofree char *name = worksheet_name (part->sheet);

      if (zf_import_count_own (part, ZF_IMPORT_ROW_ERROR) > 0)
        write_error_sheet (part, workbook_add_worksheet (wb, name), bold, text);
    }

  rc = workbook_close (wb);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}
