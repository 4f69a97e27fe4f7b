#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-format.h"
#include "zf-import-private.h"
#include "zf-ods-reader.h"
#include "zf-store-import.h"
#include "zf-xls-reader.h"
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
  g_free (self->file_sha256);
  g_clear_pointer (&self->header, zf_row_free);
  g_ptr_array_unref (self->data);
  g_ptr_array_unref (self->skipped_sheets);
  g_ptr_array_unref (self->hidden_sheets);
  g_hash_table_unref (self->sheet_columns);
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
  self->rows = g_array_new (FALSE, TRUE, sizeof (ZfImportRow));
  g_array_set_clear_func (self->rows, import_row_clear);
}

#define SHEET_CHOSEN "zf-import-sheet-chosen"

static ZfRowSource *open_format (const char      *path,
                                 ZfImportFormat   format,
                                 const char      *sheet,
                                 const char      *encoding,
                                 GError         **error);

ZfRowSource *
zf_import_open_source (const char  *path,
                       const char  *sheet,
                       const char  *encoding,
                       GError     **error)
{
  ZfImportFormat format;
  ZfRowSource *source;

  g_return_val_if_fail (path != NULL, NULL);

  /* By content: a .xls that is a web page or an .xlsx that is encrypted
   * must be named as such, not read as text in the wrong encoding. */
  if (!zf_import_sniff_format (path, &format, error))
    return NULL;

  source = open_format (path, format, sheet, encoding, error);
  /* A sheet named by the user is read alone, never as one unit of many. */
  if (source != NULL && sheet != NULL)
    g_object_set_data_full (G_OBJECT (source), SHEET_CHOSEN, g_strdup (sheet), g_free);
  return source;
}

static ZfRowSource *
open_format (const char      *path,
             ZfImportFormat   format,
             const char      *sheet,
             const char      *encoding,
             GError         **error)
{
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
      {
        g_autoptr(ZfXlsReader) xls = zf_xls_reader_open (path, error);

        if (xls == NULL || (sheet != NULL && !zf_row_source_select_sheet (ZF_ROW_SOURCE (xls), sheet, error)))
          return NULL;
        return ZF_ROW_SOURCE (g_steal_pointer (&xls));
      }
    case ZF_IMPORT_FORMAT_ODS:
      {
        g_autoptr(ZfOdsReader) ods = zf_ods_reader_open (path, error);

        if (ods == NULL || (sheet != NULL && !zf_row_source_select_sheet (ZF_ROW_SOURCE (ods), sheet, error)))
          return NULL;
        return ZF_ROW_SOURCE (g_steal_pointer (&ods));
      }
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
}

/* Whether @text names a column: a field's header, or with a saved
 * mapping, one of the header texts it names. */
static gboolean
names_column (ZfImport    *self,
              GHashTable  *saved,
              const char  *text)
{
  GHashTableIter iter;
  gpointer value;
  g_autofree char *have = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (saved == NULL)
    return zf_import_field_for_header (self->reg, text) >= 0;
  have = zf_import_header_key (text);
  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *want = zf_import_header_key (value);
      if (*want && strcmp (want, have) == 0)
        return TRUE;
    }
  return FALSE;
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

  /* Fields named, not cells: a row naming one field twice (a title over
   * the table composed into it) is no better a header. */
  if (saved == NULL)
    {
      g_autofree int *mapping = zf_import_guess_mapping (self->reg, row);

      for (guint i = 0; i < self->reg->n_fields; i++)
        n += mapping[i] >= 0 && zf_row_get_type (row, (guint) mapping[i]) == ZF_CELL_TEXT;
      return n;
    }

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

static gboolean
filled_below (GPtrArray *head,
              guint      from,
              guint      bottom,
              guint      column)
{
  for (guint r = from; r <= bottom; r++)
    if (!zf_row_cell_is_blank (g_ptr_array_index (head, r), column))
      return TRUE;
  return FALSE;
}

/* One header from rows @top..@bottom of @head: a group header merged over
 * sub-headers (执法证信息 over 执法证号, 发证机关…; 身份信息 over 姓名,
 * 身份证号) and a header merged down over two rows (性别) become one row.
 * A merged cell's text is in its first column only, so a group header
 * covers the columns to its right up to the next filled cell, where the
 * rows below it are filled. Each column takes its lowest text, or where
 * that names no column, the group and sub-header joined (身份证 over 号码)
 * when that does. */
static ZfRow *
compose_header (ZfImport   *self,
                GHashTable *saved,
                GPtrArray  *head,
                guint       top,
                guint       bottom)
{
  const ZfRow *last = g_ptr_array_index (head, bottom);
  guint depth = bottom - top;
  guint n_cols = 0;
  g_autofree const char **group = NULL;
  ZfRow *out = zf_row_new (last->number);

  for (guint r = top; r <= bottom; r++)
    n_cols = MAX (n_cols, ((const ZfRow *) g_ptr_array_index (head, r))->cells->len);
  group = g_new0 (const char *, (gsize) MAX (depth, 1) * MAX (n_cols, 1));

  /* Group headers of the upper rows, carried right over their span. */
  for (guint d = 0; d < depth; d++)
    {
      const ZfRow *row = g_ptr_array_index (head, top + d);
      const char *current = NULL;

      for (guint c = 0; c < n_cols; c++)
        {
          gboolean below = filled_below (head, top + d + 1, bottom, c);

          if (!zf_row_cell_is_blank (row, c))
            {
              group[d * n_cols + c] = zf_row_get_text (row, c);
              current = below ? zf_row_get_text (row, c) : NULL;
            }
          else if (below)
            group[d * n_cols + c] = current;
          else
            current = NULL;
        }
    }

  for (guint c = 0; c < n_cols; c++)
    {
      const char *lowest = NULL;
      g_autoptr(GString) joined = g_string_new (NULL);
      const char *chosen = NULL;

      for (guint r = bottom + 1; r-- > top && lowest == NULL;)
        if (!zf_row_cell_is_blank (g_ptr_array_index (head, r), c))
          lowest = zf_row_get_text (g_ptr_array_index (head, r), c);
      for (guint d = 0; d < depth; d++)
        if (group[d * n_cols + c] != NULL && group[d * n_cols + c] != lowest)
          g_string_append (joined, group[d * n_cols + c]);
      if (lowest != NULL && !zf_row_cell_is_blank (last, c))
        g_string_append (joined, lowest);

      /* A group header never names a column alone: a title merged over
       * the table (执法人员) would otherwise name every column under it. */
      if (names_column (self, saved, lowest))
        chosen = lowest;
      else if (names_column (self, saved, joined->str))
        chosen = joined->str;
      zf_row_set_cell (out, c, ZF_CELL_TEXT, chosen ? chosen : lowest);
    }
  return out;
}

/* The header among the first rows of a sheet: the row, or two or three
 * adjacent rows composed, naming the most columns; a title row names none.
 * Sets *@bottom to the index of its last row in @head; NULL when no row
 * names at least @min_score columns. */
static ZfRow *
find_header (ZfImport   *self,
             GPtrArray  *head,
             GHashTable *saved,
             guint       min_score,
             guint      *bottom)
{
  g_autoptr(ZfRow) best = NULL;
  guint best_score = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < head->len; i++)
    for (guint depth = 0; depth <= 2 && depth <= i; depth++)
      {
        g_autoptr(ZfRow) header = NULL;
        guint score;
        gboolean adjacent = TRUE;

        for (guint d = 1; d <= depth; d++)
          if (((const ZfRow *) g_ptr_array_index (head, i - d + 1))->number !=
              ((const ZfRow *) g_ptr_array_index (head, i - d))->number + 1)
            adjacent = FALSE;
        if (!adjacent)
          break;
        header = depth == 0 ? NULL : compose_header (self, saved, head, i - depth, i);
        score = header_score (self, header ? header : g_ptr_array_index (head, i), saved);
        /* A deeper header must name more columns than the row alone. */
        if (score > best_score)
          {
            g_clear_pointer (&best, zf_row_free);
            best = g_steal_pointer (&header);
            best_score = score;
            *bottom = i;
            found = TRUE;
          }
      }
  if (!found || best_score < min_score)
    return NULL;
  /* A header of one row is that row, its cells as they are. */
  return best ? g_steal_pointer (&best) : g_steal_pointer (&head->pdata[*bottom]);
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

/* A column a mapping names is read, or the import stops: a header the
 * sheet lacks is never left out in silence. */
static gboolean
check_mapping_found (ZfImport    *self,
                     GHashTable  *saved,
                     GError     **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < self->reg->n_fields; i++)
    {
      const char *text = g_hash_table_lookup (saved, self->reg->fields[i].column);

      if (text == NULL || *text == '\0' || self->mapping[i] >= 0)
        continue;
      if (n++ > 0)
        g_string_append (missing, _("; "));
      g_string_append_printf (missing, _("“%s” (for %s)"), text,
                              zf_import_field_label (&self->reg->fields[i]));
    }
  if (n == 0)
    return TRUE;
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("The mapping names columns the sheet does not have: %s. Check the sheet's "
                 "header, or change the mapping."), missing->str);
  return FALSE;
}

/* Rows of the sheet @source is on: its header (NULL when none of the first
 * rows names columns) and the rows under it, added to @rows. */
static gboolean
read_sheet (ZfImport      *self,
            ZfRowSource   *source,
            GHashTable    *saved,
            const char    *sheet,
            ZfRow        **header,
            GPtrArray     *rows,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GPtrArray) head = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  guint best = 0;
  ZfRow *row;
  GError *local = NULL;

  *header = NULL;
  while (head->len < HEADER_SEARCH_ROWS && (row = zf_row_source_next_row (source, &local)))
    g_ptr_array_add (head, row);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  *header = find_header (self, head, saved,
                         saved && g_hash_table_size (saved) == 1 ? 1u : 2u, &best);
  if (*header == NULL)
    return TRUE;

  for (guint i = best + 1; i < head->len; i++)
    {
      row = g_steal_pointer (&head->pdata[i]);
      row->sheet = sheet;
      g_ptr_array_add (rows, row);
    }
  while ((row = zf_row_source_next_row (source, &local)))
    {
      row->sheet = sheet;
      g_ptr_array_add (rows, row);
      if ((rows->len % 4096) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static void
add_data_rows (ZfImport  *self,
               GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    add_data_row (self, g_steal_pointer (&rows->pdata[i]));
}

static void
set_no_header_error (ZfImport           *self,
                     const char *const  *sheets,
                     const char         *sheet,
                     GError            **error)
{
  g_autoptr(GString) others = g_string_new (NULL);

  for (guint i = 0; sheets && sheets[i]; i++)
    if (g_strcmp0 (sheets[i], sheet) != 0)
      {
        if (others->len > 0)
          g_string_append (others, _(", "));
        g_string_append_printf (others, _("“%s”"), sheets[i]);
      }
  if (others->len == 0)
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                 _("No header row was found: none of the first rows names the columns of "
                   "“%s” (for example “%s”). Check the sheet, or map the columns by hand."),
                 _(self->reg->label), zf_import_field_label (&self->reg->fields[0]));
  else
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                 _("No header row was found in the sheet “%s”: none of its first rows names the "
                   "columns of “%s” (for example “%s”). The workbook's other sheets are %s: "
                   "choose the one that holds the table."),
                 sheet, _(self->reg->label), zf_import_field_label (&self->reg->fields[0]),
                 others->str);
}

/* One sheet per unit: every sheet with a header is read, its rows put
 * under one header (the columns of all sheets, matched by their header
 * text) with one more column holding the unit, the sheet's name. A sheet
 * with a unit column of its own keeps its cells. Sheets without a table
 * are listed in skipped_sheets; hidden sheets, which no one checking the
 * workbook in Excel sees, in hidden_sheets, unread. */
static gboolean
read_per_sheet (ZfImport           *self,
                ZfRowSource        *source,
                GHashTable         *saved,
                const char *const  *sheets,
                GCancellable       *cancellable,
                GError            **error)
{
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(ZfRow) header = zf_row_new (0);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  int body = zf_import_register_field_index (self->reg, "body_name");
  guint n_tables = 0;
  guint unit_column;

  for (guint s = 0; sheets[s]; s++)
    {
      g_autoptr(ZfRow) sheet_header = NULL;
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
      g_autofree guint *to = NULL;
      g_autofree int *sheet_mapping = NULL;
      const char *name = g_intern_string (sheets[s]);

      if (zf_row_source_is_sheet_hidden (source, s))
        {
          g_ptr_array_add (self->hidden_sheets, g_strdup (sheets[s]));
          continue;
        }
      if (!zf_row_source_select_sheet (source, sheets[s], error) ||
          !read_sheet (self, source, saved, name, &sheet_header, rows, cancellable, error))
        return FALSE;
      if (sheet_header == NULL)
        {
          g_ptr_array_add (self->skipped_sheets, g_strdup (sheets[s]));
          continue;
        }
      n_tables++;

      /* This sheet's columns → the common header's. */
      sheet_mapping = saved ? zf_import_apply_mapping (self->reg, sheet_header, saved)
                            : zf_import_guess_mapping (self->reg, sheet_header);
      to = g_new (guint, sheet_header->cells->len);
      for (guint c = 0; c < sheet_header->cells->len; c++)
        {
          g_autofree char *key = zf_import_header_key (zf_row_get_text (sheet_header, c));
          gpointer at;

          if (*key == '\0')
            {
              to[c] = G_MAXUINT;
              continue;
            }
          if (!g_hash_table_lookup_extended (columns, key, NULL, &at))
            {
              at = GUINT_TO_POINTER (header->cells->len);
              zf_row_set_cell (header, header->cells->len, ZF_CELL_TEXT,
                               zf_row_get_text (sheet_header, c));
              g_hash_table_insert (columns, g_steal_pointer (&key), at);
            }
          to[c] = GPOINTER_TO_UINT (at);
        }
      {
        GArray *back = g_array_new (FALSE, FALSE, sizeof (guint));
        guint none = G_MAXUINT;

        for (guint c = 0; c < sheet_header->cells->len; c++)
          if (to[c] != G_MAXUINT)
            {
              while (back->len <= to[c])
                g_array_append_val (back, none);
              g_array_index (back, guint, to[c]) = c;
            }
        g_hash_table_replace (self->sheet_columns, (gpointer) name, back);
      }

      for (guint i = 0; i < rows->len; i++)
        {
          const ZfRow *raw = g_ptr_array_index (rows, i);
          ZfRow *row = zf_row_new (raw->number);
          const char *unit = name;

          row->sheet = name;
          row->hidden = raw->hidden;
          for (guint c = 0; c < raw->cells->len && c < sheet_header->cells->len; c++)
            if (to[c] != G_MAXUINT && !zf_row_cell_is_blank (raw, c))
              zf_row_set_cell (row, to[c], zf_row_get_type (raw, c), zf_row_get_text (raw, c));
          if (body >= 0 && sheet_mapping[body] >= 0 &&
              !zf_row_cell_is_blank (raw, (guint) sheet_mapping[body]))
            unit = zf_row_get_text (raw, (guint) sheet_mapping[body]);
          /* The unit goes to the last column, once the header is whole. */
          g_ptr_array_add (units, g_strdup (unit));
          g_ptr_array_add (all, row);
        }
    }

  if (n_tables == 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint s = 0; sheets[s]; s++)
        g_string_append_printf (list, "%s“%s”", s > 0 ? _(", ") : "", sheets[s]);
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("No sheet of the workbook has a header row naming the columns of “%s” "
                     "(for example “%s”). Its sheets are %s."),
                   _(self->reg->label), zf_import_field_label (&self->reg->fields[0]), list->str);
      return FALSE;
    }

  /* The unit column after every sheet's columns. */
  unit_column = header->cells->len;
  zf_row_set_cell (header, unit_column, ZF_CELL_TEXT, _("Unit (the sheet's name)"));
  for (guint i = 0; i < all->len; i++)
    zf_row_set_cell (g_ptr_array_index (all, i), unit_column, ZF_CELL_TEXT,
                     g_ptr_array_index (units, i));

  self->per_sheet = TRUE;
  self->header = g_steal_pointer (&header);
  add_data_rows (self, all);
  g_free (self->mapping);
  self->mapping = saved ? zf_import_apply_mapping (self->reg, self->header, saved)
                        : zf_import_guess_mapping (self->reg, self->header);
  for (guint i = 0; i < self->reg->n_fields; i++)
    if (self->mapping[i] == (int) unit_column)
      self->mapping[i] = -1;
  self->mapping[body] = (int) unit_column;
  return TRUE;
}

char *
zf_import_column_letter (ZfImport    *self,
                         const ZfRow *raw,
                         int          column)
{
  GArray *back;

  if (column < 0)
    return NULL;
  if (!self->per_sheet || raw->sheet == NULL)
    return zf_column_letter ((guint) column);
  back = g_hash_table_lookup (self->sheet_columns, raw->sheet);
  if (back == NULL || (guint) column >= back->len ||
      g_array_index (back, guint, column) == G_MAXUINT)
    return NULL;
  return zf_column_letter (g_array_index (back, guint, column));
}

gboolean
zf_import_read (ZfImport      *self,
                ZfRowSource   *source,
                GHashTable    *saved,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  const char *const *sheets;
  int body;
  gboolean several;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (ZF_IS_ROW_SOURCE (source), FALSE);

  zf_import_clear_plan (self);
  g_ptr_array_set_size (self->data, 0);
  g_ptr_array_set_size (self->skipped_sheets, 0);
  g_ptr_array_set_size (self->hidden_sheets, 0);
  g_hash_table_remove_all (self->sheet_columns);
  g_clear_pointer (&self->header, zf_row_free);
  self->per_sheet = FALSE;
  self->date1904 = zf_row_source_is_date1904 (source);

  sheets = zf_row_source_get_sheet_names (source);
  body = zf_import_register_field_index (self->reg, "body_name");
  /* One sheet per unit is tried only on a workbook of several sheets opened
   * without a sheet named, for a register whose rows name their unit. */
  several = sheets != NULL && sheets[0] != NULL && sheets[1] != NULL && body >= 0 &&
            self->reg->id != ZF_IMPORT_BODIES &&
            g_object_get_data (G_OBJECT (source), SHEET_CHOSEN) == NULL;

  if (!read_sheet (self, source, saved, NULL, &self->header, rows, cancellable, error))
    return FALSE;

  if (self->header != NULL)
    {
      g_free (self->mapping);
      self->mapping = saved ? zf_import_apply_mapping (self->reg, self->header, saved)
                            : zf_import_guess_mapping (self->reg, self->header);
    }
  if (several && (self->header == NULL || self->mapping[body] < 0))
    {
      g_clear_pointer (&self->header, zf_row_free);
      return read_per_sheet (self, source, saved, sheets, cancellable, error) &&
             (saved == NULL || check_mapping_found (self, saved, error));
    }
  if (self->header == NULL)
    {
      const char *chosen = g_object_get_data (G_OBJECT (source), SHEET_CHOSEN);

      set_no_header_error (self, sheets, chosen ? chosen : sheets ? sheets[0] : NULL, error);
      return FALSE;
    }

  add_data_rows (self, rows);
  return saved == NULL || check_mapping_found (self, saved, error);
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
  g_string_append_c (json, '"');
  if (self->file_sha256 != NULL)
    g_string_append_printf (json, ", \"sha256\": \"%s\"", self->file_sha256);
  g_string_append_printf (json, ", \"register\": \"%s\", \"new\": %u, \"updated\": %u, "
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
  g_autofree guint *order = NULL;
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

  order = zf_import_commit_order (self);
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
            goto fail;
          if (progress)
            progress (done, total, user_data);
        }
      if (self->reg->id == ZF_IMPORT_EVALUATIONS
          ? !zf_import_write_evaluation (self, order[i], &local)
          : !zf_store_import_write (self->store, self->reg,
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
  guint n_cols, at, out = 1;
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

  rc = workbook_close (wb);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}
