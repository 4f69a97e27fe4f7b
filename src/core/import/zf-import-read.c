#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-format.h"
#include "zf-import-private.h"
#include "zf-ods-reader.h"
#include "zf-xls-reader.h"
#include "zf-xlsx-reader.h"

/* Reading a file into an import: opening it by its format, its header
 * and the rows under it, or with one sheet per unit every sheet's rows
 * under one header. */

/* The header is looked for in the first rows only: above it sit at most a
 * few merged title and note rows. */
#define HEADER_SEARCH_ROWS 30

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

  *header = zf_import_find_header (self, head, saved,
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

/* The columns of @sheet_header in the common @header, matched by their
 * header text (@columns: key → column), new ones added at its end: the
 * common column of each, G_MAXUINT for a column without a header. */
static guint *
merge_sheet_columns (GHashTable  *columns,
                     ZfRow       *header,
                     const ZfRow *sheet_header)
{
  guint *to = g_new (guint, sheet_header->cells->len);

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
  return to;
}

/* The way back, from each common column to the sheet's own, for
 * zf_import_column_letter() to name a cell as the sheet shows it. */
static void
keep_sheet_columns (ZfImport    *self,
                    const char  *name,
                    const guint *to,
                    guint        n)
{
  GArray *back = g_array_new (FALSE, FALSE, sizeof (guint));
  guint none = G_MAXUINT;

  for (guint c = 0; c < n; c++)
    if (to[c] != G_MAXUINT)
      {
        while (back->len <= to[c])
          g_array_append_val (back, none);
        g_array_index (back, guint, to[c]) = c;
      }
  g_hash_table_replace (self->sheet_columns, (gpointer) name, back);
}

/* The rows of sheet @name under the common header (@to: the common
 * column of each of its @n_columns columns) added to @all, and the unit of
 * each to @units: the sheet's name, or the row's own cell in the sheet's
 * unit column (@unit_column, -1 for none). The unit goes to the last
 * column once the header is whole. */
static void
add_sheet_rows (GPtrArray   *rows,
                const char  *name,
                guint        n_columns,
                const guint *to,
                int          unit_column,
                GPtrArray   *all,
                GPtrArray   *units)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const ZfRow *raw = g_ptr_array_index (rows, i);
      ZfRow *row = zf_row_new (raw->number);
      const char *unit = name;

      row->sheet = name;
      row->hidden = raw->hidden;
      for (guint c = 0; c < raw->cells->len && c < n_columns; c++)
        if (to[c] != G_MAXUINT && !zf_row_cell_is_blank (raw, c))
          zf_row_set_cell (row, to[c], zf_row_get_type (raw, c), zf_row_get_text (raw, c));
      if (unit_column >= 0 && !zf_row_cell_is_blank (raw, (guint) unit_column))
        unit = zf_row_get_text (raw, (guint) unit_column);
      g_ptr_array_add (units, g_strdup (unit));
      g_ptr_array_add (all, row);
    }
}

static void
set_no_table_error (ZfImport           *self,
                    const char *const  *sheets,
                    GError            **error)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint s = 0; sheets[s]; s++)
    g_string_append_printf (list, "%s“%s”", s > 0 ? _(", ") : "", sheets[s]);
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("No sheet of the workbook has a header row naming the columns of “%s” "
                 "(for example “%s”). Its sheets are %s."),
               _(self->reg->label), zf_import_field_label (&self->reg->fields[0]), list->str);
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
      to = merge_sheet_columns (columns, header, sheet_header);
      keep_sheet_columns (self, name, to, sheet_header->cells->len);

      add_sheet_rows (rows, name, sheet_header->cells->len, to,
                      body >= 0 ? sheet_mapping[body] : -1, all, units);
    }

  if (n_tables == 0)
    {
      set_no_table_error (self, sheets, error);
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

/* Whether @mapping maps every column @reg requires and, for the duties,
 * one that names who holds the duty: the matters' own sheet names their
 * body and name too. */
static gboolean
has_own_columns (const ZfImportRegister *reg,
                 const int              *mapping)
{
  static const char *const holders[] = { "section_name", "post_name", "officer_name",
                                         "certificate_number" };
  gboolean holder = reg->id != ZF_IMPORT_DUTIES;

  for (guint i = 0; i < reg->n_fields; i++)
    if (reg->fields[i].required && mapping[i] < 0)
      return FALSE;
  for (guint h = 0; h < G_N_ELEMENTS (holders) && !holder; h++)
    holder = mapping[zf_import_register_field_index (reg, holders[h])] >= 0;
  return holder;
}

/* A register kept on a sheet of its own in a workbook of several (the
 * transfers of matters, after the matters): the first sheet, opened
 * without a sheet named, whose header names every column the register
 * requires. FALSE, with nothing read, when none does. */
static gboolean
read_own_sheet (ZfImport           *self,
                ZfRowSource        *source,
                GHashTable         *saved,
                const char *const  *sheets,
                GCancellable       *cancellable,
                gboolean           *found,
                GError            **error)
{
  *found = FALSE;
  for (guint s = 0; sheets[s] && !*found; s++)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
      g_autoptr(ZfRow) header = NULL;
      g_autofree int *mapping = NULL;

      if (zf_row_source_is_sheet_hidden (source, s))
        continue;
      if (!zf_row_source_select_sheet (source, sheets[s], error) ||
          !read_sheet (self, source, saved, g_intern_string (sheets[s]), &header, rows,
                       cancellable, error))
        return FALSE;
      if (header == NULL)
        continue;
      mapping = saved ? zf_import_apply_mapping (self->reg, header, saved)
                      : zf_import_guess_mapping (self->reg, header);
      *found = has_own_columns (self->reg, mapping);
      if (*found)
        {
          self->transfers_sheet = g_strdup (sheets[s]);
          self->header = g_steal_pointer (&header);
          g_free (self->mapping);
          self->mapping = g_steal_pointer (&mapping);
          add_data_rows (self, rows);
        }
    }
  /* None: read as any register, from the first sheet. */
  return *found || zf_row_source_select_sheet (source, sheets[0], error);
}

/* The columns @saved maps for the part of register @reg ("transfers.date"
 * → 日期: a mapping file's "transfers" object), as a mapping of that
 * register; NULL when it maps none. */
static GHashTable *
part_mapping (GHashTable             *saved,
              const ZfImportRegister *reg)
{
  g_autofree char *prefix = g_strconcat (reg->name, ".", NULL);
  GHashTable *columns = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (saved == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (key, prefix))
      {
        if (columns == NULL)
          columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        g_hash_table_insert (columns, g_strdup ((const char *) key + strlen (prefix)),
                             g_strdup (value));
      }
  return columns;
}

/* A matters workbook carries their transfers and duty assignments on
 * sheets of their own (the matters export's second and third sheets):
 * each found by its header among the other sheets is read as a part of
 * the import (zf-import-sheets.c), with the matters' rows named by their
 * sheet. A sheet that cannot be read is read past. A mapping that maps a
 * part's columns (@saved) finds its sheet by them, and stops the import
 * when no sheet has them all. Long: for each part, its sheet found by
 * mapping or by header, read, and its rows named, in turn. */
static gboolean
read_parts (ZfImport           *self,
            ZfRowSource        *source,
            GHashTable         *saved,
            const char *const  *sheets,
            GCancellable       *cancellable,
            GError            **error)
{
  static const ZfImportRegisterId ids[] = { ZF_IMPORT_TRANSFERS, ZF_IMPORT_DUTIES };

  for (guint r = 0; r < G_N_ELEMENTS (ids); r++)
    {
      g_autoptr(ZfImport) part = zf_import_new (self->store, zf_import_register_get (ids[r]));
      g_autoptr(GHashTable) mapped = part_mapping (saved, part->reg);
      g_autofree int *nearest = NULL;
      g_autoptr(ZfRow) nearest_header = NULL;

      part->date1904 = self->date1904;
      for (guint s = 1; sheets[s] && part->header == NULL; s++)
        {
          g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
          g_autoptr(ZfRow) header = NULL;
          g_autofree int *mapping = NULL;
          const char *name = g_intern_string (sheets[s]);

          if (zf_row_source_is_sheet_hidden (source, s) ||
              !zf_row_source_select_sheet (source, sheets[s], NULL) ||
              !read_sheet (part, source, mapped, name, &header, rows, cancellable, NULL) ||
              header == NULL)
            continue;
          mapping = mapped ? zf_import_apply_mapping (part->reg, header, mapped)
                           : zf_import_guess_mapping (part->reg, header);
          if (!has_own_columns (part->reg, mapping))
            {
              /* The sheet the mapping comes nearest to, to say what it lacks. */
              if (mapped != NULL && nearest == NULL)
                {
                  nearest = g_steal_pointer (&mapping);
                  nearest_header = g_steal_pointer (&header);
                }
              continue;
            }
          part->sheet = name;
          part->transfers_sheet = g_strdup (sheets[s]);
          part->header = g_steal_pointer (&header);
          g_free (part->mapping);
          part->mapping = g_steal_pointer (&mapping);
          add_data_rows (part, rows);
        }
      if (mapped != NULL)
        {
          /* Every column the mapping names is read, or nothing is. */
          if (part->header == NULL)
            {
              part->header = g_steal_pointer (&nearest_header);
              g_free (part->mapping);
              part->mapping = nearest ? g_steal_pointer (&nearest)
                                      : zf_import_apply_mapping (part->reg, NULL, mapped);
            }
          if (!check_mapping_found (part, mapped, error))
            {
              g_prefix_error (error, "%s: ", _(part->reg->label));
              return FALSE;
            }
          if (part->sheet == NULL)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("%s: no sheet of the workbook has every column the register "
                             "needs; check the mapping."), _(part->reg->label));
              return FALSE;
            }
        }
      if (part->header == NULL)
        continue;
      if (ids[r] == ZF_IMPORT_TRANSFERS)
        self->transfers_sheet = g_strdup (part->sheet);
      g_ptr_array_add (self->parts, g_steal_pointer (&part));
    }
  if (self->parts->len == 0)
    return TRUE;
  self->sheet = g_intern_string (sheets[0]);
  for (guint i = 0; i < self->data->len; i++)
    ((ZfRow *) g_ptr_array_index (self->data, i))->sheet = self->sheet;
  if (self->file_name != NULL)
    for (guint i = 0; i < self->parts->len; i++)
      {
        ZfImport *part = self->parts->pdata[i];

        part->file_name = g_strdup (self->file_name);
        part->file_sha256 = g_strdup (self->file_sha256);
      }
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
  g_clear_pointer (&self->transfers_sheet, g_free);
  g_ptr_array_set_size (self->parts, 0);
  self->sheet = NULL;
  self->per_sheet = FALSE;
  self->date1904 = zf_row_source_is_date1904 (source);

  sheets = zf_row_source_get_sheet_names (source);
  body = zf_import_register_field_index (self->reg, "body_name");
  /* One sheet per unit is tried only on a workbook of several sheets opened
   * without a sheet named, for a register whose rows name their unit. */
  several = sheets != NULL && sheets[0] != NULL && sheets[1] != NULL && body >= 0 &&
            self->reg->id != ZF_IMPORT_BODIES &&
            g_object_get_data (G_OBJECT (source), SHEET_CHOSEN) == NULL;

  if ((self->reg->id == ZF_IMPORT_TRANSFERS || self->reg->id == ZF_IMPORT_DUTIES) &&
      sheets != NULL && sheets[0] != NULL &&
      sheets[1] != NULL && g_object_get_data (G_OBJECT (source), SHEET_CHOSEN) == NULL)
    {
      gboolean found;

      if (!read_own_sheet (self, source, saved, sheets, cancellable, &found, error))
        return FALSE;
      if (found)
        return saved == NULL || check_mapping_found (self, saved, error);
    }
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
  if (self->reg->id == ZF_IMPORT_MATTERS && several &&
      !read_parts (self, source, saved, sheets, cancellable, error))
    return FALSE;
  return saved == NULL || check_mapping_found (self, saved, error);
}
