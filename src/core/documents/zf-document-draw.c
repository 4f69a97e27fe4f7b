#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include <pango/pangocairo.h>

#include "zf-document-layout-private.h"
#include "zf-document-lines-private.h"
#include "zf-document-private.h"
#include "zf-pdf-text.h"

/* Drawing a paginated document's pieces on cairo pages, the page number
 * ("— 1 —") and the folio; the pagination is in zf-document.c. */

static void
draw_line (cairo_t *cr,
           Piece   *p)
{
  PangoLayoutIter *iter = pango_layout_get_iter (p->layout);
  PangoRectangle logical;
  int baseline;

  for (int i = 0; i < p->line; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  baseline = pango_layout_iter_get_baseline (iter);
  pango_layout_iter_free (iter);
  /* Centred in the line's pitch, on the baseline Pango gives. */
  cairo_move_to (cr, p->x + (double) logical.x / PANGO_SCALE,
                 p->y + (p->height - (double) logical.height / PANGO_SCALE) / 2 +
                   (double) (baseline - logical.y) / PANGO_SCALE);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (p->layout, p->line));
}

static void
draw_row (cairo_t *cr,
          Piece   *p)
{
  ZfDocumentTable *t = p->table;
  double x = LEFT;
  /* A row closed up for the 落款 has less padding, the same above and
   * below its text. */
  double top = p->y + CELL_PAD + 1 - (zf_document_cells_height (p->cells, p->n_cells) - p->height) / 2;

  cairo_set_line_width (cr, 0.5);
  if (p->header || p->group)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_rectangle (cr, LEFT, p->y, TYPE_W, p->height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  if (p->group)
    {
      cairo_rectangle (cr, LEFT, p->y, TYPE_W, p->height);
      cairo_stroke (cr);
      cairo_move_to (cr, LEFT + CELL_PAD, top);
      pango_cairo_show_layout (cr, p->cells[0]);
      return;
    }
  for (guint c = 0; c < t->n_columns; c++)
    {
      double w = TYPE_W * t->shares[c];

      cairo_rectangle (cr, x, p->y, w, p->height);
      cairo_stroke (cr);
      cairo_move_to (cr, x + CELL_PAD, top);
      pango_cairo_show_layout (cr, p->cells[c]);
      x += w;
    }
}

void
zf_document_draw_page_number (cairo_t *cr,
                              guint    page,
                              guint    n_pages,
                              double   left,
                              double   right,
                              double   y)
{
  g_autoptr(PangoLayout) layout = zf_document_new_layout (cr, ZF_DOCUMENT_FONT_BODY, FOLIO_SIZE, -1);
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  const char *parts[] = { "—", number, "—" };
  /* Drawn as three pieces half a character apart: a plain space is too
   * narrow for text extraction to see it. */
  double gap = FOLIO_SIZE / 2, widths[3], total = 2 * gap, x;
  gboolean odd = (page + 1) % 2 == 1;
  int w;

  for (int i = 0; i < 3; i++)
    {
      pango_layout_set_text (layout, parts[i], -1);
      pango_layout_get_size (layout, &w, NULL);
      widths[i] = (double) w / PANGO_SCALE;
      total += widths[i];
    }
  x = odd ? right - FOLIO_SIZE - total : left + FOLIO_SIZE;
  for (int i = 0; i < 3; i++)
    {
      pango_layout_set_text (layout, parts[i], -1);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      x += widths[i] + gap;
    }

  if (n_pages > 0)
    {
      g_autofree char *count = g_strdup_printf ("共%u页", n_pages);

      pango_layout_set_text (layout, count, -1);
      pango_layout_get_size (layout, &w, NULL);
      cairo_move_to (cr, odd ? left + FOLIO_SIZE : right - FOLIO_SIZE - (double) w / PANGO_SCALE, y);
      pango_cairo_show_layout (cr, layout);
    }
}

/* 页码: "— 1 —" in 四号, under the type area; odd pages at the right and
 * even ones at the left, one character in (GB/T 9704-2012 §7.5). */
static void
draw_folio (ZfDocument *doc,
            cairo_t    *cr,
            guint       page)
{
  zf_document_draw_page_number (cr, page, doc->page_total ? doc->n_pages : 0, LEFT, LEFT + TYPE_W,
                                TOP + TYPE_H + 7 * MM);
}

void
zf_document_draw_page (ZfDocument *doc,
                       cairo_t    *cr,
                       guint       page)
{
  g_return_if_fail (doc != NULL && doc->pieces != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < doc->pieces->len; i++)
    {
      Piece *p = doc->pieces->pdata[i];

      if (p->page != page)
        continue;
      switch (p->kind)
        {
        case PIECE_LINE:
          draw_line (cr, p);
          break;
        case PIECE_ROW:
          draw_row (cr, p);
          break;
        case PIECE_RULE:
          cairo_set_line_width (cr, 0.75);
          cairo_move_to (cr, LEFT, p->y + p->height / 2);
          cairo_line_to (cr, LEFT + TYPE_W, p->y + p->height / 2);
          cairo_stroke (cr);
          break;
        case PIECE_SPACE:
          break;
        }
    }
  draw_folio (doc, cr, page);
  cairo_restore (cr);
}
