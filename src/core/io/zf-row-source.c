#define G_LOG_DOMAIN "zf-row-source"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-row-source.h"
#include "zf-validate.h"

G_DEFINE_INTERFACE (ZfRowSource, zf_row_source, G_TYPE_OBJECT)

static void
zf_row_source_default_init (ZfRowSourceInterface *iface)
{
}

static void
cell_free (gpointer data)
{
  ZfCell *cell = data;

  g_free (cell->text);
  g_free (cell);
}

ZfRow *
zf_row_new (guint number)
{
  ZfRow *row = g_new0 (ZfRow, 1);

  row->number = number;
  row->cells = g_ptr_array_new_with_free_func (cell_free);
  return row;
}

void
zf_row_free (ZfRow *row)
{
  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

void
zf_row_set_cell (ZfRow      *row,
                 guint       column,
                 ZfCellType  type,
                 const char *text)
{
  ZfCell *cell;

  /* A column beyond XFD (16,384) is not a spreadsheet any more. */
  g_return_if_fail (column < 16384);

  while (row->cells->len <= column)
    {
      ZfCell *gap = g_new0 (ZfCell, 1);
      gap->text = g_strdup ("");
      g_ptr_array_add (row->cells, gap);
    }
  cell = g_ptr_array_index (row->cells, column);
  cell->type = type;
  g_free (cell->text);
  cell->text = g_strdup (text ? text : "");
}

void
zf_row_set_number (ZfRow  *row,
                   guint   column,
                   double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      zf_row_set_cell (row, column, ZF_CELL_ERROR, "#NUM!");
      return;
    }
  if (value == floor (value) && fabs (value) < 1e15)
    g_snprintf (buf, sizeof buf, "%.0f", value);
  else
    g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  zf_row_set_cell (row, column, ZF_CELL_NUMBER, buf);
}

const char *
zf_row_get_text (const ZfRow *row,
                 guint        column)
{
  if (row == NULL || column >= row->cells->len)
    return "";
  return ((ZfCell *) g_ptr_array_index (row->cells, column))->text;
}

ZfCellType
zf_row_get_type (const ZfRow *row,
                 guint        column)
{
  if (row == NULL || column >= row->cells->len)
    return ZF_CELL_TEXT;
  return ((ZfCell *) g_ptr_array_index (row->cells, column))->type;
}

gboolean
zf_row_cell_is_blank (const ZfRow *row,
                      guint        column)
{
  for (const char *p = zf_row_get_text (row, column); *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
zf_row_is_blank (const ZfRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (!zf_row_cell_is_blank (row, i))
      return FALSE;
  return TRUE;
}

gboolean
zf_row_is_total (const ZfRow *row)
{
  static const char *const words[] = { "合计", "总计", "小计", "共计" };

  for (guint i = 0; i < row->cells->len; i++)
    {
      g_autofree char *plain = zf_name_normalize (zf_row_get_text (row, i));
      gsize len = strlen (plain);

      if (len == 0)
        continue;
      /* 合计: and 合计： alike. */
      if (g_str_has_suffix (plain, "："))
        plain[len - strlen ("：")] = '\0';
      else if (plain[len - 1] == ':')
        plain[len - 1] = '\0';
      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        if (strcmp (plain, words[w]) == 0)
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

char *
zf_column_letter (guint column)
{
  char buf[8];
  int i = G_N_ELEMENTS (buf) - 1;

  buf[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      column--;
      buf[--i] = 'A' + column % 26;
      column /= 26;
    }
  return g_strdup (&buf[i]);
}

ZfRow *
zf_row_source_next_row (ZfRowSource  *self,
                        GError      **error)
{
  g_return_val_if_fail (ZF_IS_ROW_SOURCE (self), NULL);

  return ZF_ROW_SOURCE_GET_IFACE (self)->next_row (self, error);
}

gboolean
zf_row_source_is_date1904 (ZfRowSource *self)
{
  ZfRowSourceInterface *iface;

  g_return_val_if_fail (ZF_IS_ROW_SOURCE (self), FALSE);

  iface = ZF_ROW_SOURCE_GET_IFACE (self);
  return iface->is_date1904 ? iface->is_date1904 (self) : FALSE;
}

const char *const *
zf_row_source_get_sheet_names (ZfRowSource *self)
{
  ZfRowSourceInterface *iface;

  g_return_val_if_fail (ZF_IS_ROW_SOURCE (self), NULL);

  iface = ZF_ROW_SOURCE_GET_IFACE (self);
  return iface->get_sheet_names ? iface->get_sheet_names (self) : NULL;
}

gboolean
zf_row_source_find_sheet (const char *const  *names,
                          const char         *name,
                          guint              *index,
                          GError            **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (name == NULL || strcmp (names[i], name) == 0)
      {
        *index = i;
        return TRUE;
      }
  g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
               _("The workbook has no sheet named “%s”."), name ? name : "");
  return FALSE;
}

gboolean
zf_row_source_select_sheet (ZfRowSource  *self,
                            const char   *name,
                            GError      **error)
{
  ZfRowSourceInterface *iface;

  g_return_val_if_fail (ZF_IS_ROW_SOURCE (self), FALSE);

  iface = ZF_ROW_SOURCE_GET_IFACE (self);
  if (iface->select_sheet == NULL)
    return name == NULL;
  return iface->select_sheet (self, name, error);
}

gboolean
zf_row_source_is_sheet_hidden (ZfRowSource *self,
                               guint        index)
{
  ZfRowSourceInterface *iface;

  g_return_val_if_fail (ZF_IS_ROW_SOURCE (self), FALSE);

  iface = ZF_ROW_SOURCE_GET_IFACE (self);
  return iface->is_sheet_hidden ? iface->is_sheet_hidden (self, index) : FALSE;
}
