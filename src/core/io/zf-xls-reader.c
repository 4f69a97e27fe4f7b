#define G_LOG_DOMAIN "zf-xls-reader"

#include "config.h"

#include <freexl.h>
#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-xls-biff.h"
#include "zf-xls-reader.h"

struct _ZfXlsReader
{
  GObject     parent_instance;

  const void *handle;
  GPtrArray  *sheet_names;   /* char *, NULL-terminated */
  gboolean    date1904;
  guint       n_rows;
  guint       n_columns;
  guint       next;          /* index of the next row to read */
  guint       sheet;         /* index of the selected sheet */
  ZfXlsBiff  *biff;          /* formula results and hidden sheets, or NULL */
};

static void row_source_iface_init (ZfRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfXlsReader, zf_xls_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZF_TYPE_ROW_SOURCE, row_source_iface_init))

static void
zf_xls_reader_finalize (GObject *object)
{
  ZfXlsReader *self = ZF_XLS_READER (object);

  if (self->handle != NULL)
    freexl_close (self->handle);
  g_ptr_array_unref (self->sheet_names);
  g_clear_pointer (&self->biff, zf_xls_biff_free);

  G_OBJECT_CLASS (zf_xls_reader_parent_class)->finalize (object);
}

static void
zf_xls_reader_class_init (ZfXlsReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_xls_reader_finalize;
}

static void
zf_xls_reader_init (ZfXlsReader *self)
{
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
select_index (ZfXlsReader  *self,
              guint         index,
              GError      **error)
{
  unsigned int rows = 0;
  unsigned short columns = 0;

  if (freexl_select_active_worksheet (self->handle, index) != FREEXL_OK ||
      freexl_worksheet_dimensions (self->handle, &rows, &columns) != FREEXL_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The workbook is damaged: its sheet “%s” cannot be read."),
                   (const char *) g_ptr_array_index (self->sheet_names, index));
      return FALSE;
    }
  self->n_rows = MIN (rows, 1048576u);
  self->n_columns = MIN (columns, 16384u);
  self->next = 0;
  self->sheet = index;
  return TRUE;
}

ZfXlsReader *
zf_xls_reader_open (const char  *path,
                    GError     **error)
{
  g_autoptr(ZfXlsReader) self = g_object_new (ZF_TYPE_XLS_READER, NULL);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GMappedFile) file = NULL;
  unsigned int info = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* FreeXL reads past its buffers on some damaged files: only a compound
   * file whose workbook stream holds whole records is given to it. */
  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot read “%s”."), name);
      return NULL;
    }
  if (!zf_xls_biff_check ((const guint8 *) g_mapped_file_get_contents (file),
                          g_mapped_file_get_length (file)))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is an Excel 97–2003 workbook (.xls) that is damaged: its parts do "
                     "not fit together. Open it in Excel or WPS (which repair such files), save "
                     "it as .xlsx, and import that file."), name);
      return NULL;
    }

  rc = freexl_open (path, &self->handle);
  if (rc != FREEXL_OK)
    {
      if (rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("“%s” holds no Excel workbook. Open it in Excel or WPS, save it as an "
                       "Excel workbook (.xlsx), and import that file."), name);
      else if (rc == FREEXL_FILE_NOT_FOUND)
        g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot read “%s”."), name);
      else
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("“%s” is an Excel 97–2003 workbook (.xls) that cannot be read: it is "
                       "damaged, or made by a program that writes the format loosely (error %d). "
                       "Open it in Excel or WPS, save it as .xlsx, and import that file."),
                     name, rc);
      return NULL;
    }
  if (freexl_get_info (self->handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
      info != FREEXL_BIFF_PLAIN)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is protected by a password (an encrypted workbook). Open it in Excel "
                     "or WPS with its password, remove the password, save it, and import that "
                     "file."), name);
      return NULL;
    }
  if (freexl_get_info (self->handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK)
    self->date1904 = info == FREEXL_BIFF_DATEMODE_1904;
  if (freexl_get_info (self->handle, FREEXL_BIFF_SHEET_COUNT, &info) != FREEXL_OK || info == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The workbook “%s” has no sheets."), name);
      return NULL;
    }
  for (guint i = 0; i < info && i < G_MAXUSHORT; i++)
    {
      const char *sheet = NULL;

      if (freexl_get_worksheet_name (self->handle, i, &sheet) != FREEXL_OK || sheet == NULL)
        g_ptr_array_add (self->sheet_names, g_strdup_printf ("Sheet%u", i + 1));
      else
        g_ptr_array_add (self->sheet_names, g_utf8_make_valid (sheet, -1));
    }
  g_ptr_array_add (self->sheet_names, NULL);

  /* FreeXL reads a formula cell as empty; its stored result is read from
   * the workbook stream instead. */
  self->biff = zf_xls_biff_new ((const guint8 *) g_mapped_file_get_contents (file),
                                g_mapped_file_get_length (file), self->date1904);
  if (!select_index (self, 0, error))
    return NULL;
  return g_steal_pointer (&self);
}

static ZfRow *
zf_xls_reader_next_row (ZfRowSource  *source,
                        GError      **error)
{
  ZfXlsReader *self = ZF_XLS_READER (source);

  while (self->next < self->n_rows)
    {
      g_autoptr(ZfRow) row = zf_row_new (self->next + 1);

      for (guint c = 0; c < self->n_columns; c++)
        {
          FreeXL_CellValue v;

          if (freexl_get_cell_value (self->handle, self->next, c, &v) != FREEXL_OK)
            continue;
          switch (v.type)
            {
            case FREEXL_CELL_INT:
              zf_row_set_number (row, c, v.value.int_value);
              break;
            case FREEXL_CELL_DOUBLE:
              zf_row_set_number (row, c, v.value.double_value);
              break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
              if (v.value.text_value != NULL)
                {
                  g_autofree char *text = g_utf8_make_valid (v.value.text_value, -1);
                  zf_row_set_cell (row, c, ZF_CELL_TEXT, text);
                }
              break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
              /* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the day. */
              if (v.value.text_value != NULL && strlen (v.value.text_value) >= 10)
                {
                  g_autofree char *day = g_strndup (v.value.text_value, 10);
                  zf_row_set_cell (row, c, ZF_CELL_DATE, day);
                }
              break;
            case FREEXL_CELL_TIME:
              zf_row_set_cell (row, c, ZF_CELL_TEXT, v.value.text_value);
              break;
            default:
              zf_xls_biff_formula_cell (self->biff, g_ptr_array_index (self->sheet_names, self->sheet),
                                        self->next, c, row);
              break;
            }
        }
      self->next++;
      if (!zf_row_is_blank (row))
        return g_steal_pointer (&row);
    }
  return NULL;
}

static gboolean
zf_xls_reader_is_date1904 (ZfRowSource *source)
{
  return ZF_XLS_READER (source)->date1904;
}

static const char *const *
zf_xls_reader_sheet_names (ZfRowSource *source)
{
  return (const char *const *) ZF_XLS_READER (source)->sheet_names->pdata;
}

static gboolean
zf_xls_reader_select (ZfRowSource  *source,
                      const char   *name,
                      GError      **error)
{
  ZfXlsReader *self = ZF_XLS_READER (source);

  for (guint i = 0; i + 1 < self->sheet_names->len; i++)
    if (name == NULL || g_strcmp0 (g_ptr_array_index (self->sheet_names, i), name) == 0)
      return select_index (self, i, error);
  g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
               _("The workbook has no sheet named “%s”."), name);
  return FALSE;
}

static gboolean
zf_xls_reader_is_sheet_hidden (ZfRowSource *source,
                               guint        index)
{
  ZfXlsReader *self = ZF_XLS_READER (source);

  return index + 1 < self->sheet_names->len &&
         zf_xls_biff_sheet_hidden (self->biff, g_ptr_array_index (self->sheet_names, index));
}

static void
row_source_iface_init (ZfRowSourceInterface *iface)
{
  iface->is_sheet_hidden = zf_xls_reader_is_sheet_hidden;
  iface->next_row = zf_xls_reader_next_row;
  iface->is_date1904 = zf_xls_reader_is_date1904;
  iface->get_sheet_names = zf_xls_reader_sheet_names;
  iface->select_sheet = zf_xls_reader_select;
}
