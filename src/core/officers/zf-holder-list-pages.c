#define G_LOG_DOMAIN "zf-holder-list"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "zf-document.h"
#include "zf-holder-list-private.h"
#include "zf-i18n.h"

/* The list's pages: which officers each holds, measured as they will be
 * drawn (zf-holder-list.c draws them). */

/* The most lines a cell wraps to: what a page holds under its header, a
 * group's heading and its total. */
static int
max_cell_lines (double height)
{
  double table = height - 2 * MARGIN - TITLE_BLOCK - FOOTER_BLOCK - HEADER_HEIGHT;

  return MAX (2, (int) ((table - 3 * LINE_HEIGHT - CELL_PAD) / CELL_LINE));
}

/* A cell's: wraps to as many lines as its text needs. */
PangoLayout *
zf_holder_list_new_cell_layout (cairo_t *cr,
                 double   height)
{
  PangoLayout *layout = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_BODY, "8.5");

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -max_cell_lines (height));
  return layout;
}

/* A row's height for its tallest cell (in points, as laid out). */
double
zf_holder_list_row_height (int cell_height)
{
  return MAX (ROW_HEIGHT, cell_height + CELL_PAD);
}

/* The texts of an officer's row, in the columns' order. */
void
zf_holder_list_row_cells (ZfOfficer   *officer,
           const char  *number,
           const char **cells,
           char       **valid_until)
{
  ZfRecord *r = ZF_RECORD (officer);
  const char *title = zf_record_get_string (r, "title");

  /* 年月日 as every date of an issued document. */
  *valid_until = zf_document_format_date (zf_record_get_string (r, "valid_until"));
  cells[0] = number;
  cells[1] = zf_officer_get_name (officer);
  cells[2] = title ? title : zf_record_get_string (r, "post_name");
  cells[3] = zf_officer_get_certificate_number (officer);
  cells[4] = zf_record_get_string (r, "enforcement_category");
  cells[5] = zf_record_get_string (r, "enforcement_area");
  cells[6] = *valid_until;
  /* A card issued without an end date (长期). */
  if (zf_record_get_string (r, "valid_until") == NULL && zf_record_get_string (r, "issue_date") != NULL)
    cells[6] = _("Long-term");
}

static double
text_advance (PangoLayout *layout,
              const char  *text)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

void
zf_holder_list_advances_init (ZfHolderListAdvances *advances,
                              PangoLayout          *cell)
{
  g_autoptr(PangoLayout) layout = pango_layout_copy (cell);
  static const char *const wide[] = { "国", "鑫", "，", "（", "〔", "Ｗ" };

  /* Without a width: each character on its own line of one. */
  pango_layout_set_width (layout, -1);
  memset (advances, 0, sizeof *advances);
  for (char c = 0x20; c < 0x7f; c++)
    {
      char text[2] = { c, '\0' };

      advances->ascii[(guchar) c] = text_advance (layout, text);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (wide); i++)
    advances->wide = MAX (advances->wide, text_advance (layout, wide[i]));
  pango_layout_set_text (layout, "国Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &advances->line_height);
}

/* Han characters, CJK marks and full-width forms: one font's, each as
 * wide as an em. Anything else (another script, a symbol that may come
 * from a fallback font) is left to Pango. */
static gboolean
is_wide (gunichar c)
{
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) ||
         (c >= 0xff01 && c <= 0xff5e);
}

gboolean
zf_holder_list_fits_one_line (const ZfHolderListAdvances *advances,
                              const char                 *text,
                              double                      width)
{
  double sum = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c > 0x20 && c < 0x7f)
        sum += advances->ascii[c];
      else if (is_wide (c))
        sum += advances->wide;
      else
        return FALSE;
    }
  /* Shaping only narrows a run of these (kerning); the margin covers
   * rounding. */
  return sum + 1.0 <= width;
}

/* The height of a cell's text, laid out once per text and column (the
 * posts, categories and areas repeat); a cache that fills up starts
 * over. A text that surely fits on one line is not laid out at all:
 * the names and certificate numbers, different on every row, would
 * otherwise be laid out twice, here and when drawn. */
typedef struct
{
  PangoLayout          *cell;
  GHashTable           *lines[ZF_HOLDER_LIST_N_COLUMNS];
  double                table_width;
  ZfHolderListAdvances  advances;
} Measure;

static int
cell_height (Measure    *m,
             guint       column,
             const char *text)
{
  gpointer found;
  int n;

  double width = m->table_width * zf_holder_list_columns[column].share - 6;

  if (text == NULL || *text == '\0')
    return 0;
  if (zf_holder_list_fits_one_line (&m->advances, text, width))
    return m->advances.line_height;
  if (g_hash_table_lookup_extended (m->lines[column], text, NULL, &found))
    return GPOINTER_TO_INT (found);
  if (g_hash_table_size (m->lines[column]) >= 2048)
    g_hash_table_remove_all (m->lines[column]);
  pango_layout_set_text (m->cell, text, -1);
  pango_layout_set_width (m->cell, (int) (width * PANGO_SCALE));
  pango_layout_get_pixel_size (m->cell, NULL, &n);
  g_hash_table_insert (m->lines[column], g_strdup (text), GINT_TO_POINTER (n));
  return n;
}

static double
measure_row (Measure    *m,
             const char **cells)
{
  int tallest = 0;

  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    tallest = MAX (tallest, cell_height (m, i, cells[i]));
  return zf_holder_list_row_height (tallest);
}

/* Pagination: a body's group starts with a header line; a page that opens
 * inside a group repeats it ("continued"). A header never ends a page
 * alone. Only the body of each row is read. */
typedef struct
{
  ZfHolderList *self;
  GCancellable *cancellable;
  PageStart     current;
  double        used;
  double        room;     /* for rows, headings and totals: a page keeps
                           * one line for the total of its last group */
  gint64        row;
  gint64        index;    /* in the group */
  gint64        last_body;
  Measure       measure;
} PaginateState;

static gboolean
paginate_row (ZfOfficer *officer,
              gpointer   user_data)
{
  PaginateState *st = user_data;
  gint64 body_id = zf_officer_get_body_id (officer);
  gboolean new_group = body_id != st->last_body;
  const char *cells[ZF_HOLDER_LIST_N_COLUMNS];
  g_autofree char *valid_until = NULL;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, (new_group ? 0 : st->index) + 1);
  double height;
  double cost;

  zf_holder_list_row_cells (officer, number, cells, &valid_until);
  height = measure_row (&st->measure, cells);
  /* A group's heading and its first row stay together; the total of the
   * group before comes first. A row too tall for what is left of the
   * page moves to the next, under the header row. */
  cost = height + ((new_group || st->used == 0) ? LINE_HEIGHT : 0) +
                ((new_group && st->last_body >= 0 && st->used > 0) ? LINE_HEIGHT : 0);

  if (new_group)
    st->index = 0;
  if (st->used + cost > st->room + 0.01)
    {
      st->current.ends_group = new_group;
      g_array_append_val (st->self->pages, st->current);
      st->current.offset = st->row;
      st->current.n_rows = 0;
      st->current.continued = !new_group;
      st->current.first_index = st->index;
      st->current.ends_group = FALSE;
      st->used = 0;
      cost = height + LINE_HEIGHT;
    }
  st->used += cost;
  st->current.n_rows++;
  st->last_body = body_id;
  st->row++;
  st->index++;

  return st->row % 4096 != 0 || !g_cancellable_is_cancelled (st->cancellable);
}

gboolean
zf_holder_list_paginate (ZfHolderList  *self,
                         double         width,
                         double         height,
                         GCancellable  *cancellable,
                         GError       **error)
{
  ZfOfficerFilter filter = zf_holder_list_get_filter (self);
  PaginateState st = { self, cancellable, { 0, 0, FALSE, 0, FALSE }, 0, 0, 0, 0, -1, { 0 } };
  double table = height - 2 * MARGIN - TITLE_BLOCK - FOOTER_BLOCK - HEADER_HEIGHT;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A1, 1, 1);
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), FALSE);

  self->width = width;
  self->height = height;
  self->lines_per_page = MAX (2, (guint) (table / ROW_HEIGHT));
  st.room = MAX (ROW_HEIGHT + LINE_HEIGHT, table - LINE_HEIGHT);
  g_array_set_size (self->pages, 0);

  st.measure.cell = zf_holder_list_new_cell_layout (cr, height);
  zf_holder_list_advances_init (&st.measure.advances, st.measure.cell);
  st.measure.table_width = width - 2 * MARGIN;
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    st.measure.lines[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ok = zf_store_foreach_holder (self->store, &filter, 0, -1, paginate_row, &st, error);
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    g_hash_table_unref (st.measure.lines[i]);
  g_object_unref (st.measure.cell);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ok)
    return FALSE;
  /* An empty list still prints one page saying so. */
  st.current.ends_group = st.row > 0;
  g_array_append_val (self->pages, st.current);
  self->n_rows = st.row;
  return TRUE;
}

int
zf_holder_list_get_n_pages (ZfHolderList *self)
{
  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), 0);
  return (int) self->pages->len;
}

gint64
zf_holder_list_get_n_rows (ZfHolderList *self)
{
  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), 0);
  return self->n_rows;
}
