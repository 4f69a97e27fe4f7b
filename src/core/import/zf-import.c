#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-format.h"
#include "zf-import-private.h"
#include "zf-store-import.h"
#include "zf-xlsx-reader.h"

/* The header is looked for in the first rows only: above it sit at most a
 * few merged title and note rows. */
#define HEADER_SEARCH_ROWS 30


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
  g_clear_pointer (&self->header, zf_row_free);
  g_ptr_array_unref (self->data);
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
  self->rows = g_array_new (FALSE, TRUE, sizeof (ZfImportRow));
  g_array_set_clear_func (self->rows, import_row_clear);
}

ZfRowSource *
zf_import_open_source (const char  *path,
                       const char  *sheet,
                       const char  *encoding,
                       GError     **error)
{
  ZfImportFormat format;

  g_return_val_if_fail (path != NULL, NULL);

  /* By content: a .xls that is a web page or an .xlsx that is encrypted
   * must be named as such, not read as text in the wrong encoding. */
  if (!zf_import_sniff_format (path, &format, error))
    return NULL;

  switch (format)
    {
    case ZF_IMPORT_FORMAT_XLSX:
      {
        g_autoptr(ZfXlsxReader) xlsx = zf_xlsx_reader_open (path, error);

        if (xlsx == NULL || !zf_xlsx_reader_select_sheet (xlsx, sheet, error))
          return NULL;
        return ZF_ROW_SOURCE (g_steal_pointer (&xlsx));
      }
    case ZF_IMPORT_FORMAT_XLS:
    case ZF_IMPORT_FORMAT_ODS:
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is in the old Excel 97–2003 format. Open it in Excel or WPS and "
                     "save it as .xlsx (or CSV), then import that file."), path);
      return NULL;
    case ZF_IMPORT_FORMAT_TEXT:
    default:
      return (ZfRowSource *) zf_csv_reader_new_for_path (path, encoding, error);
    }
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

void
zf_import_set_file_name (ZfImport   *self,
                         const char *file_name)
{
  g_return_if_fail (ZF_IS_IMPORT (self));

  g_free (self->file_name);
  self->file_name = file_name ? g_path_get_basename (file_name) : NULL;
}

/* How many cells of @row are headers: names of fields, or with a saved
 * mapping, the header texts it names. */
static guint
header_score (ZfImport   *self,
              const ZfRow *row,
              GHashTable *saved)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  if (saved == NULL)
    return zf_import_count_header_cells (self->reg, row);

  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *want = zf_import_header_key (value);
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *have = zf_import_header_key (zf_row_get_text (row, c));
          if (*want && strcmp (want, have) == 0)
            {
              n++;
              break;
            }
        }
    }
  return n;
}

/* A totals row under the table is not a record (the sheet's own
 * arithmetic); like a blank row it is skipped, its number unused. */
static void
add_data_row (ZfImport *self,
              ZfRow    *row)
{
  if (zf_row_is_total (row))
    zf_row_free (row);
  else
    g_ptr_array_add (self->data, row);
}

gboolean
zf_import_read (ZfImport      *self,
                ZfRowSource   *source,
                GHashTable    *saved,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GPtrArray) head = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  guint best = 0, best_score = 0;
  ZfRow *row;
  GError *local = NULL;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (ZF_IS_ROW_SOURCE (source), FALSE);

  zf_import_clear_plan (self);
  g_ptr_array_set_size (self->data, 0);
  g_clear_pointer (&self->header, zf_row_free);
  self->date1904 = zf_row_source_is_date1904 (source);

  while (head->len < HEADER_SEARCH_ROWS && (row = zf_row_source_next_row (source, &local)))
    g_ptr_array_add (head, row);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  /* The first row naming the most fields; a title row names none. */
  for (guint i = 0; i < head->len; i++)
    {
      guint score = header_score (self, g_ptr_array_index (head, i), saved);
      if (score > best_score)
        {
          best = i;
          best_score = score;
        }
    }
  if (best_score < (saved && g_hash_table_size (saved) == 1 ? 1u : 2u))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("No header row was found: none of the first rows names the columns of "
                     "“%s” (for example “%s”). Check the sheet, or map the columns by hand."),
                   _(self->reg->label), zf_import_field_label (&self->reg->fields[0]));
      return FALSE;
    }

  self->header = g_ptr_array_steal_index (head, best);
  while (head->len > best)
    add_data_row (self, g_ptr_array_steal_index (head, best));

  while ((row = zf_row_source_next_row (source, &local)))
    {
      add_data_row (self, row);
      if ((self->data->len % 4096) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  g_free (self->mapping);
  self->mapping = saved ? zf_import_apply_mapping (self->reg, self->header, saved)
                        : zf_import_guess_mapping (self->reg, self->header);
  return TRUE;
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
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return zf_import_mapping_to_json (self->reg, self->header, self->mapping);
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
  g_string_append_printf (json, "\", \"register\": \"%s\", \"new\": %u, \"updated\": %u, "
                          "\"unchanged\": %u, \"errors\": %u}",
                          self->reg->name,
                          zf_import_count (self, ZF_IMPORT_ROW_NEW),
                          zf_import_count (self, ZF_IMPORT_ROW_UPDATE),
                          zf_import_count (self, ZF_IMPORT_ROW_UNCHANGED),
                          zf_import_count (self, ZF_IMPORT_ROW_ERROR));
  return g_string_free (json, FALSE);
}

gboolean
zf_import_commit (ZfImport          *self,
                  GCancellable      *cancellable,
                  ZfImportProgress   progress,
                  gpointer           user_data,
                  GError           **error)
{
  g_autofree char *summary = NULL;
  guint total, done = 0;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->planned, FALSE);

  total = zf_import_count (self, ZF_IMPORT_ROW_NEW) + zf_import_count (self, ZF_IMPORT_ROW_UPDATE);
  if (!zf_store_begin (self->store, error))
    return FALSE;
  zf_store_set_audit_rows (self->store, FALSE);
  zf_store_import_set_bulk (self->store, TRUE);
  if (!zf_store_import_prepare_bulk (self->store, self->reg,
                                     zf_import_count (self, ZF_IMPORT_ROW_NEW), error))
    goto fail;

  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
      g_autoptr(GError) local = NULL;

      if (row->status != ZF_IMPORT_ROW_NEW && row->status != ZF_IMPORT_ROW_UPDATE)
        continue;
      if (done % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto fail;
          if (progress)
            progress (done, total, user_data);
        }
      if (!zf_store_import_write (self->store, self->reg,
                                  row->status == ZF_IMPORT_ROW_UPDATE ? row->existing_id : 0,
                                  row->values, &local))
        {
          g_set_error (error, ZF_ERROR, local->code,
                       _("Row %u could not be stored, so nothing was imported: %s"),
                       row->excel_row, local->message);
          goto fail;
        }
      done++;
    }

  if (!zf_store_import_finish_bulk (self->store, error))
    goto fail;
  zf_store_set_audit_rows (self->store, TRUE);
  zf_store_import_set_bulk (self->store, FALSE);
  summary = audit_summary (self);
  if (!zf_store_audit_summary (self->store, self->reg->table, summary, error))
    goto fail;
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

gboolean
zf_import_write_errors_xlsx (ZfImport    *self,
                             const char  *path,
                             GError     **error)
{
  lxw_workbook *wb;
  lxw_worksheet *ws;
  lxw_format *bold, *text;
  guint n_cols, out = 1;
  lxw_error rc;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->planned, FALSE);

  wb = workbook_new (path);
  if (wb == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”."), path);
      return FALSE;
    }
  ws = workbook_add_worksheet (wb, NULL);
  bold = workbook_add_format (wb);
  format_set_bold (bold);
  /* Text format keeps ID numbers and codes as typed when the user edits. */
  text = workbook_add_format (wb);
  format_set_num_format (text, "@");

  n_cols = self->header->cells->len;
  for (guint c = 0; c < n_cols; c++)
    worksheet_write_string (ws, 0, c, zf_row_get_text (self->header, c), bold);
  worksheet_write_string (ws, 0, n_cols, _("Row"), bold);
  worksheet_write_string (ws, 0, n_cols + 1, _("Column"), bold);
  worksheet_write_string (ws, 0, n_cols + 2, _("Reason"), bold);
  worksheet_set_column (ws, 0, n_cols - 1, 16, text);
  worksheet_set_column (ws, n_cols + 2, n_cols + 2, 60, NULL);

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
      worksheet_write_number (ws, out, n_cols, row->excel_row, NULL);
      worksheet_write_string (ws, out, n_cols + 1, row->column ? row->column : "", NULL);
      worksheet_write_string (ws, out, n_cols + 2, row->message, NULL);
      out++;
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
