#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include <pango/pangocairo.h>

#include "zf-document-layout-private.h"
#include "zf-document-lines-private.h"
#include "zf-document-private.h"
#include "zf-pdf-text.h"


static void
piece_free (Piece *p)
{
  if (p->kind == PIECE_LINE && p->line == 0)
    g_clear_object (&p->layout);
  if (p->cells)
    {
      for (guint i = 0; i < p->n_cells; i++)
        g_clear_object (&p->cells[i]);
      g_free (p->cells);
    }
  g_free (p);
}

static Piece *
add_piece (ZfDocument *doc,
           PieceKind   kind,
           double      height)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = kind;
  p->height = height;
  g_ptr_array_add (doc->pieces, p);
  return p;
}

static void
add_space (ZfDocument *doc,
           double      height)
{
  add_piece (doc, PIECE_SPACE, height);
}


typedef enum
{
  ALIGN_JUSTIFY,
  ALIGN_CENTER,
  ALIGN_RIGHT,
  ALIGN_LEFT,
} Align;

/* A paragraph as lines: the first keeps with the second and the
 * second-to-last with the last (no orphan, no widow); @keep keeps the last
 * with what follows. Returns the first line's piece. */
static Piece *
add_text (ZfDocument     *doc,
          cairo_t        *cr,
          const char     *text,
          ZfDocumentFont  font,
          double          size,
          double          pitch,
          double          x,
          double          width,
          double          indent,
          Align           align,
          gboolean        keep)
{
  PangoLayout *layout = zf_document_new_layout (cr, font, size, width);
  Piece *first = NULL;
  int n;

  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  switch (align)
    {
    case ALIGN_JUSTIFY:
      pango_layout_set_justify (layout, TRUE);
      break;
    case ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case ALIGN_LEFT:
      break;
    }
  zf_pdf_layout_set_text (layout, text);
  if (align == ALIGN_JUSTIFY)
    zf_document_fit_marks (layout, indent);
  n = pango_layout_get_line_count (layout);
  for (int i = 0; i < n; i++)
    {
      Piece *p = add_piece (doc, PIECE_LINE, pitch);

      p->layout = layout;
      p->line = i;
      p->x = x;
      p->keep_with_next = (i == 0 && n > 1) || (i == n - 2) || (i == n - 1 && keep);
      if (first == NULL)
        first = p;
    }
  return first;
}

static double
body_size (ZfDocument *doc)
{
  return doc->prose ? BODY_SIZE : LIST_SIZE;
}

static double
body_pitch (ZfDocument *doc)
{
  return doc->prose ? PITCH : LIST_SIZE * 1.75;
}

static PangoLayout *
cell_layout (cairo_t        *cr,
             ZfDocumentFont  font,
             const char     *text,
             double          width,
             PangoAlignment  align)
{
  PangoLayout *layout = zf_document_new_layout (cr, font, CELL_SIZE, width - 2 * CELL_PAD);

  pango_layout_set_alignment (layout, align);
  pango_layout_set_spacing (layout, (int) (CELL_SIZE * 0.2 * PANGO_SCALE));
  zf_pdf_layout_set_text (layout, text);
  return layout;
}

double
zf_document_cells_height (PangoLayout **cells,
                          guint         n)
{
  int max = 0;

  for (guint i = 0; i < n; i++)
    {
      int h;
      pango_layout_get_size (cells[i], NULL, &h);
      max = MAX (max, h);
    }
  return (double) max / PANGO_SCALE + 2 * CELL_PAD + 2;
}

static Piece *
header_piece (ZfDocument      *doc,
              cairo_t         *cr,
              ZfDocumentTable *t)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = PIECE_ROW;
  p->table = t;
  p->header = TRUE;
  p->n_cells = t->n_columns;
  p->cells = g_new0 (PangoLayout *, t->n_columns);
  for (guint c = 0; c < t->n_columns; c++)
    p->cells[c] = cell_layout (cr, ZF_DOCUMENT_FONT_HEADING1, t->headers[c],
                               TYPE_W * t->shares[c], PANGO_ALIGN_CENTER);
  p->height = zf_document_cells_height (p->cells, p->n_cells);
  return p;
}

static Piece *
group_piece (cairo_t         *cr,
             ZfDocumentTable *t,
             const char      *text,
             gboolean         total)
{
  Piece *p = g_new0 (Piece, 1);

  p->kind = PIECE_ROW;
  p->table = t;
  p->group = TRUE;
  p->total = total;
  p->n_cells = 1;
  p->cells = g_new0 (PangoLayout *, 1);
  p->cells[0] = cell_layout (cr, ZF_DOCUMENT_FONT_HEADING1, text, TYPE_W,
                             total ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  p->height = zf_document_cells_height (p->cells, 1);
  return p;
}

static void
add_table (ZfDocument      *doc,
           cairo_t         *cr,
           ZfDocumentTable *t)
{
  Piece *header = header_piece (doc, cr, t);
  const char *group = NULL;

  /* A header never ends a page: it keeps with the first row. */
  header->keep_with_next = t->rows->len > 0;
  g_ptr_array_add (doc->pieces, header);
  for (guint r = 0; r < t->rows->len; r++)
    {
      DocumentRow *row = t->rows->pdata[r];
      Piece *p;

      if (row->group)
        {
          p = group_piece (cr, t, row->group, row->is_total);
          g_ptr_array_add (doc->pieces, p);
          if (!row->is_total)
            {
              group = row->group;
              p->keep_with_next = r + 1 < t->rows->len;
            }
          else
            group = NULL;
          p->group_text = group;
          continue;
        }
      p = add_piece (doc, PIECE_ROW, 0);
      p->table = t;
      p->group_text = group;
      p->n_cells = t->n_columns;
      p->cells = g_new0 (PangoLayout *, t->n_columns);
      for (guint c = 0; c < t->n_columns; c++)
        p->cells[c] = cell_layout (cr, ZF_DOCUMENT_FONT_BODY, row->cells[c],
                                   TYPE_W * t->shares[c], PANGO_ALIGN_LEFT);
      p->height = zf_document_cells_height (p->cells, p->n_cells);
      /* A group's last row keeps with its total line. */
      if (r + 1 < t->rows->len)
        {
          DocumentRow *next = t->rows->pdata[r + 1];
          p->keep_with_next = next->group != NULL && next->is_total;
        }
    }
}

static void
add_signature (ZfDocument *doc,
               cairo_t    *cr)
{
  double size = body_size (doc), pitch = body_pitch (doc);
  g_autofree char *date = zf_document_format_date (doc->date);
  PangoLayout *probe = zf_document_new_layout (cr, ZF_DOCUMENT_FONT_BODY, size, TYPE_W);
  int date_w, unit_w;
  double date_x, unit_x, centre;

  /* 成文日期 right-indented four characters, 署名 centred over it
   * (GB/T 9704-2012 §7.3.5.1), above them the seal's room. */
  pango_layout_set_text (probe, date, -1);
  pango_layout_get_size (probe, &date_w, NULL);
  pango_layout_set_text (probe, doc->unit ? doc->unit : "", -1);
  pango_layout_get_size (probe, &unit_w, NULL);
  g_object_unref (probe);
  date_x = TYPE_W - 4 * size - (double) date_w / PANGO_SCALE;
  centre = date_x + (double) date_w / PANGO_SCALE / 2;
  unit_x = MAX (0, MIN (centre - (double) unit_w / PANGO_SCALE / 2,
                        TYPE_W - 2 * size - (double) unit_w / PANGO_SCALE));

  {
    Piece *seal = add_piece (doc, PIECE_SPACE, 2 * pitch);
    seal->keep_with_next = TRUE;
  }
  if (doc->unit)
    add_text (doc, cr, doc->unit, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT + unit_x,
              TYPE_W - unit_x, 0, ALIGN_LEFT, TRUE);
  /* The 版记 (抄送) stays on the page of the signature. */
  add_text (doc, cr, date, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT + date_x,
            TYPE_W - date_x, 0, ALIGN_LEFT, doc->cc->len > 0);
}

/* The line signed by hand: a blank line above it, @left at the body's
 * indent, @right ending four characters from the right (where the
 * 成文日期 ends); the room between is for the signature. */
static void
add_sign_line (ZfDocument    *doc,
               cairo_t       *cr,
               DocumentBlock *b,
               gboolean       keep)
{
  double size = body_size (doc), pitch = body_pitch (doc);
  PangoLayout *probe = zf_document_new_layout (cr, ZF_DOCUMENT_FONT_BODY, size, -1);
  g_autofree char *text = g_strdup_printf ("%s\t%s", b->text, b->right ? b->right : "");
  PangoTabArray *tabs;
  Piece *line;
  int right_w, left_w;
  double tab;

  pango_layout_set_text (probe, b->right ? b->right : "", -1);
  pango_layout_get_size (probe, &right_w, NULL);
  pango_layout_set_text (probe, b->text, -1);
  pango_layout_get_size (probe, &left_w, NULL);
  g_object_unref (probe);
  tab = TYPE_W - 4 * size - (double) right_w / PANGO_SCALE;
  /* A long label still leaves two characters before the date. */
  tab = MAX (tab, 2 * size + (double) left_w / PANGO_SCALE + 2 * size);
  add_piece (doc, PIECE_SPACE, pitch)->keep_with_next = TRUE;
  line = add_text (doc, cr, text, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT, TYPE_W, 2 * size,
                   ALIGN_LEFT, keep);
  tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                             (int) (tab * PANGO_SCALE));
  pango_layout_set_tabs (line->layout, tabs);
  pango_tab_array_free (tabs);
}

/* GB/T 9704-2012 §7.3.5.4: where the room left on a page cannot hold the
 * seal and the 成文日期, the spacing is adjusted. The 落款 keeps with the
 * last lines of the body (never a page of its own); rather than carrying
 * them all to the next page and leaving the foot of this one empty, the
 * pieces of that chain may close up: the blank before the line to sign
 * and the seal's room to half (the seal's top stays within a line of the
 * body, §7.3.5.1), the lines to seven eighths of their pitch; a table's
 * rows not at all. */
static void
let_signature_close_up (ZfDocument *doc)
{
  for (guint i = doc->pieces->len; i > 0; i--)
    {
      Piece *p = doc->pieces->pdata[i - 1];

      if (i < doc->pieces->len && !p->keep_with_next)
        break;
      p->slack = p->kind == PIECE_SPACE ? p->height / 2 : p->kind == PIECE_LINE ? p->height / 8 : 0;
    }
}

/* Long: the document's parts in reading order, each a call or two. */
static void
build_pieces (ZfDocument *doc,
              cairo_t    *cr)
{
  double size = body_size (doc), pitch = body_pitch (doc);
  double title_pitch = MAX (pitch, TITLE_SIZE * 1.45);

  g_clear_pointer (&doc->pieces, g_ptr_array_unref);
  doc->pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  doc->imprint_first = 0;

  add_text (doc, cr, doc->title, ZF_DOCUMENT_FONT_TITLE, TITLE_SIZE, title_pitch, LEFT, TYPE_W,
            0, ALIGN_CENTER, TRUE);
  if (doc->subtitle)
    add_text (doc, cr, doc->subtitle, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT, TYPE_W, 0,
              ALIGN_CENTER, TRUE);
  if (doc->number)
    add_text (doc, cr, doc->number, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT, TYPE_W, 0,
              ALIGN_RIGHT, TRUE);
  add_space (doc, doc->prose ? pitch : pitch / 2);
  if (doc->recipient)
    {
      g_autofree char *to = g_strconcat (doc->recipient, "：", NULL);
      add_text (doc, cr, to, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT, TYPE_W, 0, ALIGN_LEFT,
                TRUE);
    }

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      DocumentBlock *b = doc->blocks->pdata[i];
      DocumentBlock *next = i + 1 < doc->blocks->len ? doc->blocks->pdata[i + 1] : NULL;
      /* The last of the body, or the body's last before a line to sign,
       * keeps its last line with the 落款: no page holds only the
       * signature (GB/T 9704-2012 §7.3.5.1). */
      gboolean last = next == NULL || (b->kind != BLOCK_SIGN_LINE && next->kind == BLOCK_SIGN_LINE);
      gboolean keep = last && doc->is_signed && doc->attachments->len == 0;

      switch (b->kind)
        {
        case BLOCK_SIGN_LINE:
          add_sign_line (doc, cr, b, keep);
          break;
        case BLOCK_HEADING1:
          add_text (doc, cr, b->text, ZF_DOCUMENT_FONT_HEADING1, size, pitch, LEFT, TYPE_W,
                    2 * size, ALIGN_LEFT, TRUE);
          break;
        case BLOCK_HEADING2:
          add_text (doc, cr, b->text, ZF_DOCUMENT_FONT_HEADING2, size, pitch, LEFT, TYPE_W,
                    2 * size, ALIGN_LEFT, TRUE);
          break;
        case BLOCK_PARAGRAPH:
          add_text (doc, cr, b->text, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT, TYPE_W,
                    2 * size, ALIGN_JUSTIFY, keep);
          break;
        case BLOCK_TABLE:
          if (i > 0)
            add_space (doc, pitch / 3);
          add_table (doc, cr, b->table);
          if (keep)
            ((Piece *) g_ptr_array_index (doc->pieces, doc->pieces->len - 1))->keep_with_next = TRUE;
          add_piece (doc, PIECE_SPACE, pitch / 3)->keep_with_next = keep;
          break;
        }
    }

  if (doc->attachments->len > 0)
    {
      add_space (doc, pitch);
      for (guint i = 0; i < doc->attachments->len; i++)
        {
          /* 附件：1. … and the next ones under the 1. */
          g_autofree char *text = g_strdup_printf ("%s%u. %s", i == 0 ? "附件：" : "", i + 1,
                                                   (char *) doc->attachments->pdata[i]);
          double x = i == 0 ? 2 * size : 5 * size;
          add_text (doc, cr, text, ZF_DOCUMENT_FONT_BODY, size, pitch, LEFT + x, TYPE_W - x, 0,
                    ALIGN_LEFT, doc->is_signed);
        }
    }
  if (doc->is_signed)
    add_signature (doc, cr);

  if (doc->cc->len > 0)
    {
      g_autofree char *cc = zf_document_cc_text (doc);
      Piece *rule;

      /* 版记: between two rules, one character in from each side. */
      add_piece (doc, PIECE_SPACE, pitch)->keep_with_next = TRUE;
      doc->imprint_first = doc->pieces->len;
      rule = add_piece (doc, PIECE_RULE, 4);
      rule->keep_with_next = TRUE;
      add_text (doc, cr, cc, ZF_DOCUMENT_FONT_BODY, FOLIO_SIZE, FOLIO_SIZE * 1.8,
                LEFT + FOLIO_SIZE, TYPE_W - 2 * FOLIO_SIZE, 0, ALIGN_LEFT, TRUE);
      add_piece (doc, PIECE_RULE, 4);
    }
  /* The 版记 goes with the 落款: its blank and lines close up with it. */
  if (doc->is_signed)
    let_signature_close_up (doc);
}

/* The heights from @i while pieces keep with the next; with @closed_up,
 * less what they may give up. */
static double
chain_height (ZfDocument *doc,
              guint       i,
              gboolean    closed_up)
{
  double h = 0;

  for (; i < doc->pieces->len; i++)
    {
      Piece *p = doc->pieces->pdata[i];
      h += p->height - (closed_up ? p->slack : 0);
      if (!p->keep_with_next)
        break;
    }
  return h;
}

/* Closes up the chain from @i so that it takes @room. */
static void
close_up_chain (ZfDocument *doc,
                guint       i,
                double      room)
{
  double full = chain_height (doc, i, FALSE), least = chain_height (doc, i, TRUE);
  double share = full > least ? MAX (0, room - least) / (full - least) : 1;

  for (; i < doc->pieces->len; i++)
    {
      Piece *p = doc->pieces->pdata[i];
      p->height -= p->slack * (1 - MIN (share, 1));
      p->slack = 0;
      if (!p->keep_with_next)
        break;
    }
}

/* Whether the chain from @i runs to the document's end: the 落款's. */
static gboolean
chain_ends_document (ZfDocument *doc,
                     guint       i)
{
  for (; i + 1 < doc->pieces->len; i++)
    if (!((Piece *) doc->pieces->pdata[i])->keep_with_next)
      return FALSE;
  return TRUE;
}

/* What a piece of the page may give up for the 落款: a sixth of a line's
 * pitch, half a table row's padding. */
static double
page_slack (Piece *p)
{
  return p->kind == PIECE_LINE ? p->height / 6 : p->kind == PIECE_ROW ? CELL_PAD : 0;
}

/* GB/T 9704-2012 §7.3.5.4 again: when the 落款's chain does not fit in
 * the room left even closed up, the lines and rows of its page (@first
 * up to @i) close up too, rather than carry the body's last lines over
 * and leave the foot of the page empty (four lines and more). Returns
 * where the chain starts then: @y as it was when closing the page up
 * does not make room enough. */
static double
close_up_page (ZfDocument *doc,
               guint       first,
               guint       i,
               double      y,
               double      need)
{
  double slack = 0, share;

  for (guint j = first; j < i; j++)
    slack += page_slack (doc->pieces->pdata[j]);
  if (slack < need)
    return y;
  share = need / slack;
  y = ((Piece *) doc->pieces->pdata[first])->y;
  for (guint j = first; j < i; j++)
    {
      Piece *p = doc->pieces->pdata[j];
      p->height -= page_slack (p) * share;
      p->y = y;
      y += p->height;
    }
  return y;
}

/* Repeats at the top of a page that starts inside a table: its header
 * and, inside a group, the group's heading with "（续）". They are kept in
 * doc->pieces after the document's own, placed on their page. */
static double
place_repeats (ZfDocument *doc,
               cairo_t    *cr,
               Piece      *next,
               guint       page,
               double      y,
               GPtrArray  *repeats)
{
  Piece *header;

  if (next->kind != PIECE_ROW || next->header)
    return y;
  header = header_piece (doc, cr, next->table);
  header->page = page;
  header->y = y;
  y += header->height;
  g_ptr_array_add (repeats, header);
  if (next->group_text && !next->group)
    {
      g_autofree char *text = g_strconcat (next->group_text, "（续）", NULL);
      Piece *group = group_piece (cr, next->table, text, FALSE);

      group->page = page;
      group->y = y;
      y += group->height;
      g_ptr_array_add (repeats, group);
    }
  return y;
}

guint
zf_document_paginate (ZfDocument *doc,
                      cairo_t    *cr)
{
  g_autoptr(GPtrArray) repeats = g_ptr_array_new ();
  double bottom = TOP + TYPE_H;
  double y = TOP;
  guint page = 0, page_first = 0;
  guint n;

  g_return_val_if_fail (doc != NULL, 0);

  build_pieces (doc, cr);
  n = doc->pieces->len;
  for (guint i = 0; i < n; i++)
    {
      Piece *p = doc->pieces->pdata[i];
      double chain = chain_height (doc, i, FALSE);
      gboolean at_top = y <= TOP + 0.01;

      if (p->kind == PIECE_SPACE && at_top && !p->keep_with_next)
        {
          p->page = page;
          p->y = y;
          p->height = 0;
          continue;
        }
      /* The 落款's chain closes up rather than leave the page, and its
       * page with it where that is not enough. */
      if (!at_top && y + chain > bottom + 0.01)
        {
          double least = chain_height (doc, i, TRUE);

          if (y + least > bottom + 0.01 && doc->is_signed && chain_ends_document (doc, i))
            y = close_up_page (doc, page_first, i, y, y + least - bottom);
          if (y + least <= bottom + 0.01)
            {
              close_up_chain (doc, i, bottom - y);
              chain = chain_height (doc, i, FALSE);
            }
        }
      /* A chain that fits on a page of its own starts one; a longer one
       * breaks where it must. */
      if (!at_top && (y + chain > bottom + 0.01) &&
          (chain <= TYPE_H || y + p->height > bottom + 0.01))
        {
          page++;
          page_first = i;
          y = place_repeats (doc, cr, p, page, TOP, repeats);
          if (p->kind == PIECE_SPACE)
            {
              p->page = page;
              p->y = y;
              p->height = 0;
              continue;
            }
        }
      p->page = page;
      p->y = y;
      y += p->height;
    }
  /* The 版记's last rule on the foot of the last page's type area (GB/T
   * 9704-2012 §10.1), the room above it left empty. */
  if (doc->imprint_first > 0 && n > 0)
    {
      Piece *last = doc->pieces->pdata[n - 1];
      double room = bottom - (last->y + last->height);

      for (guint i = doc->imprint_first; room > 0.01 && i < n; i++)
        ((Piece *) doc->pieces->pdata[i])->y += room;
    }
  for (guint i = 0; i < repeats->len; i++)
    g_ptr_array_add (doc->pieces, repeats->pdata[i]);
  doc->n_pages = page + 1;
  return doc->n_pages;
}
