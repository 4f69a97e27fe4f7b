#define G_LOG_DOMAIN "zf-checklists-export"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <xlsxwriter.h>

#include "zf-checklists-export.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists.h"

/* Sheet names: at most 31 characters and none of []:*?/\ (Excel's rule). */
static char *
sheet_name (const char *title,
            guint       index)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p = title ? title : "";

  for (; *p && g_utf8_strlen (name->str, -1) < 28; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!strchr ("[]:*?/\\", (int) (c < 128 ? c : 'x')))
        g_string_append_unichar (name, c);
    }
  if (name->len == 0)
    g_string_printf (name, "%u", index + 1);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

gboolean
zf_export_tables_xlsx (ZfTable *const *tables,
                       guint           n_tables,
                       const char     *path,
                       GError        **error)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_format *title_fmt, *header_fmt;
  lxw_error rc;

  if (wb == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot create “%s”."), path);
      return FALSE;
    }
  title_fmt = workbook_add_format (wb);
  format_set_bold (title_fmt);
  format_set_font_size (title_fmt, 14);
  header_fmt = workbook_add_format (wb);
  format_set_bold (header_fmt);
  format_set_border (header_fmt, LXW_BORDER_THIN);
  format_set_bg_color (header_fmt, 0xDDEBF7);

  for (guint t = 0; t < n_tables; t++)
    {
      ZfTable *table = tables[t];
      g_autofree char *name = sheet_name (table->title, t);
      lxw_worksheet *ws = workbook_add_worksheet (wb, name);

      if (ws == NULL)
        ws = workbook_add_worksheet (wb, NULL);
      worksheet_write_string (ws, 0, 0, table->title ? table->title : "", title_fmt);
      for (guint c = 0; c < table->headers->len; c++)
        {
          worksheet_write_string (ws, 1, (lxw_col_t) c, table->headers->pdata[c], header_fmt);
          worksheet_set_column (ws, (lxw_col_t) c, (lxw_col_t) c, 18, NULL);
        }
      for (guint r = 0; r < table->rows->len; r++)
        {
          GPtrArray *row = table->rows->pdata[r];
          for (guint c = 0; c < row->len; c++)
            worksheet_write_string (ws, (lxw_row_t) (r + 2), (lxw_col_t) c, row->pdata[c], NULL);
        }
      worksheet_freeze_panes (ws, 2, 0);
    }

  rc = workbook_close (wb);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_export_draw_xlsx (ZfStore     *store,
                     gint64       draw_id,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(ZfTable) summary = zf_store_draw_summary (store, draw_id, error);
  g_autoptr(ZfTable) record = NULL;
  ZfTable *tables[2];

  if (summary == NULL || (record = zf_store_draw_table (store, draw_id, error)) == NULL)
    return FALSE;
  tables[0] = summary;
  tables[1] = record;
  return zf_export_tables_xlsx (tables, 2, path, error);
}

/* A4 in points, with 2 cm margins. */
#define PAGE_W 595.0
#define PAGE_H 842.0
#define MARGIN 56.0

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layout;
  double       y;
  guint        page;
} Pdf;

static double
pdf_text (Pdf        *pdf,
          const char *text,
          double      x,
          double      width,
          double      size,
          gboolean    bold,
          gboolean    draw)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans CJK SC");
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (pdf->layout, font);
  pango_layout_set_width (pdf->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pdf->layout, text ? text : "", -1);
  pango_layout_get_size (pdf->layout, &w, &h);
  if (draw)
    {
      cairo_move_to (pdf->cr, x, pdf->y);
      pango_cairo_show_layout (pdf->cr, pdf->layout);
    }
  return (double) h / PANGO_SCALE;
}

static void
pdf_footer_and_next (Pdf *pdf)
{
  g_autofree char *footer = g_strdup_printf (_("Page %u"), pdf->page);
  double y = pdf->y;

  pdf->y = PAGE_H - MARGIN + 12;
  pdf_text (pdf, footer, MARGIN, PAGE_W - 2 * MARGIN, 8, FALSE, TRUE);
  pdf->y = y;
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN;
}

/* Column widths of the result table, as shares of the text width. */
static const double result_widths[] = { 0.06, 0.22, 0.18, 0.30, 0.08, 0.16 };
static const guint result_columns[] = { 0, 1, 2, 4, 5, 7 };

static double
pdf_row (Pdf        *pdf,
         const char *const *cells,
         gboolean    bold,
         gboolean    draw)
{
  double width = PAGE_W - 2 * MARGIN;
  double x = MARGIN, height = 0;

  for (guint c = 0; c < G_N_ELEMENTS (result_widths); c++)
    {
      double w = width * result_widths[c];
      height = MAX (height, pdf_text (pdf, cells[c], x + 2, w - 4, 9, bold, draw));
      x += w;
    }
  return height + 6;
}

gboolean
zf_export_draw_pdf (ZfStore     *store,
                    gint64       draw_id,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(ZfTable) summary = zf_store_draw_summary (store, draw_id, error);
  g_autoptr(ZfTable) record = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { 0 };
  double width = PAGE_W - 2 * MARGIN;

  if (summary == NULL || (record = zf_store_draw_table (store, draw_id, error)) == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot create “%s”."), path);
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Double-random draw record"));
  pdf.cr = cairo_create (surface);
  pdf.layout = pango_cairo_create_layout (pdf.cr);
  pdf.page = 1;
  pdf.y = MARGIN;

  cairo_set_source_rgb (pdf.cr, 0, 0, 0);
  pdf.y += pdf_text (&pdf, _("Double-random draw record"), MARGIN, width, 16, TRUE, TRUE) + 10;

  for (guint c = 0; c < summary->headers->len; c++)
    {
      g_autofree char *line = g_strdup_printf ("%s：%s", (char *) summary->headers->pdata[c],
                                               zf_table_cell (summary, 0, c));
      pdf.y += pdf_text (&pdf, line, MARGIN, width, 10, FALSE, TRUE) + 2;
    }
  pdf.y += 10;

  {
    const char *head[G_N_ELEMENTS (result_columns)];

    for (guint c = 0; c < G_N_ELEMENTS (result_columns); c++)
      head[c] = record->headers->pdata[result_columns[c]];
    pdf.y += pdf_row (&pdf, head, TRUE, TRUE);

    for (guint r = 0; r < record->rows->len; r++)
      {
        const char *cells[G_N_ELEMENTS (result_columns)];
        double h;

        for (guint c = 0; c < G_N_ELEMENTS (result_columns); c++)
          cells[c] = zf_table_cell (record, r, result_columns[c]);
        h = pdf_row (&pdf, cells, FALSE, FALSE);
        if (pdf.y + h > PAGE_H - MARGIN)
          {
            pdf_footer_and_next (&pdf);
            pdf.y += pdf_row (&pdf, head, TRUE, TRUE);
          }
        cairo_move_to (pdf.cr, MARGIN, pdf.y - 2);
        cairo_line_to (pdf.cr, MARGIN + width, pdf.y - 2);
        cairo_set_line_width (pdf.cr, 0.3);
        cairo_stroke (pdf.cr);
        pdf.y += pdf_row (&pdf, cells, FALSE, TRUE);
      }
  }

  {
    g_autofree char *footer = g_strdup_printf (_("Page %u"), pdf.page);
    pdf.y = PAGE_H - MARGIN + 12;
    pdf_text (&pdf, footer, MARGIN, width, 8, FALSE, TRUE);
  }

  g_object_unref (pdf.layout);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
