#define G_LOG_DOMAIN "zf-holder-list"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "zf-date.h"
#include "zf-document.h"
#include "zf-error.h"
#include "zf-holder-list-private.h"
#include "zf-i18n.h"

G_DEFINE_FINAL_TYPE (ZfHolderList, zf_holder_list, G_TYPE_OBJECT)

/* The unit is the group's heading, not a column. */
const ZfHolderListColumn zf_holder_list_columns[ZF_HOLDER_LIST_N_COLUMNS] = {
  { NC_("holder list", "No."), 0.06, 0.07 },
  { NC_("holder list", "Full name"), 0.10, 0.10 },
  /* In the .docx (五号, 10.5 pt), six characters to a line in the post
   * and the category (四级主任科员, 乡镇综合执法), four in the area:
   * a wrapped word there doubles the height of most rows. */
  { NC_("holder list", "Title / post"), 0.18, 0.16 },
  /* A certificate number is never cut: it is what the list is for. */
  { NC_("holder list", "Certificate number"), 0.19, 0.18 },
  { NC_("holder list", "Category"), 0.15, 0.163 },
  { NC_("holder list", "Area"), 0.14, 0.117 },
  /* 2030年11月12日 on one line. */
  { NC_("holder list", "Valid until"), 0.18, 0.21 },
};

static void
zf_holder_list_finalize (GObject *object)
{
  ZfHolderList *self = ZF_HOLDER_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->issuer, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (zf_holder_list_parent_class)->finalize (object);
}

static void
zf_holder_list_class_init (ZfHolderListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_holder_list_finalize;
}

static void
zf_holder_list_init (ZfHolderList *self)
{
  self->pages = g_array_new (FALSE, TRUE, sizeof (PageStart));
}

ZfHolderList *
zf_holder_list_new (ZfStore               *store,
                    const ZfOfficerFilter *filter,
                    const char            *issuer,
                    const char            *date)
{
  ZfHolderList *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_HOLDER_LIST, NULL);
  self->store = g_object_ref (store);
  self->body_id = filter ? filter->body_id : 0;
  self->status = g_strdup (filter && filter->status ? filter->status : "valid");
  self->search = g_strdup (filter ? filter->search : NULL);
  self->attention = filter && filter->attention;
  /* Without an issuer named by the caller, the unit that keeps the register. */
  self->issuer = issuer != NULL ? g_strdup (issuer)
                                : zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
  self->date = date ? g_strdup (date) : zf_date_today ();
  return self;
}

ZfOfficerFilter
zf_holder_list_get_filter (ZfHolderList *self)
{
  ZfOfficerFilter filter = { self->body_id, self->status, self->search, self->attention };
  return filter;
}

/* Lists are laid out with the font's own metrics, not rounded to device
 * pixels: the pagination (on no device) and the drawing (on a printer or
 * a PDF) then break a cell's text into the same lines. */
PangoLayout *
zf_holder_list_new_layout (cairo_t        *cr,
            ZfDocumentFont  family,
            const char     *style)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("%s %s", zf_document_font_family (family), style);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_font_description_free (desc);
  return layout;
}

static void
show_text (cairo_t              *cr,
           PangoLayout          *layout,
           const char           *text,
           double                x,
           double                y,
           double                width,
           PangoAlignment        align)
{
  int h;

  pango_layout_set_text (layout, text ? text : "", -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_get_pixel_size (layout, NULL, &h);
  cairo_move_to (cr, x, y + (LINE_HEIGHT - h) / 2);
  pango_cairo_show_layout (cr, layout);
}

/* Laying a text out (itemizing, shaping, ellipsizing) costs far more than
 * drawing it, and most cells of the list repeat: the unit of every row of
 * a group, a handful of posts, categories and areas, the dates of one
 * calendar, the header row of every page. The stream keeps one laid-out
 * copy of each text per column and draws it again; a cache that fills up
 * starts over, so that memory does not grow with the register. */
#define CACHE_MAX 2048

typedef struct
{
  PangoLayout *layout;
  int          height;
} LaidOut;

static void
laid_out_free (gpointer data)
{
  LaidOut *lo = data;

  g_object_unref (lo->layout);
  g_free (lo);
}

typedef struct
{
  ZfHolderList *self;
  cairo_t      *cr;
  PangoLayout  *layout;
  PangoLayout  *cell;     /* wraps to the lines its text needs */
  PangoLayout  *bold;
  PangoLayout  *header;
  double        y;
  gint64        last_body;
  gint64        index;    /* rows of the current group so far: the 序号 */
  gboolean      continued;
  /* Per column of the rows, and for the bold header row. */
  GHashTable   *cells[ZF_HOLDER_LIST_N_COLUMNS];
  GHashTable   *headers;
  /* The rules under the rows not yet stroked: one stroke for all of them
   * costs the PDF surface one operation where a stroke per row cost a
   * fifth of the export. */
  double        rules[64];
  guint         n_rules;
} DrawState;

static void
stroke_rules (DrawState *st)
{
  double table_width = st->self->width - 2 * MARGIN;

  if (st->n_rules == 0)
    return;
  cairo_new_path (st->cr);
  for (guint i = 0; i < st->n_rules; i++)
    {
      cairo_move_to (st->cr, MARGIN, st->rules[i]);
      cairo_line_to (st->cr, MARGIN + table_width, st->rules[i]);
    }
  cairo_set_source_rgb (st->cr, 0, 0, 0);
  cairo_set_line_width (st->cr, 0.4);
  cairo_stroke (st->cr);
  st->n_rules = 0;
}

static void
draw_state_init_caches (DrawState *st)
{
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    st->cells[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, laid_out_free);
  st->headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, laid_out_free);
}

static void
draw_state_clear_caches (DrawState *st)
{
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    g_clear_pointer (&st->cells[i], g_hash_table_unref);
  g_clear_pointer (&st->headers, g_hash_table_unref);
}

/* @text laid out in @layout's font, through @cache: the same text in the
 * same place of a row is laid out once. */
static LaidOut *
lay_out (GHashTable     *cache,
         PangoLayout    *layout,
         const char     *text,
         double          width,
         PangoAlignment  align)
{
  LaidOut *lo;

  if (text == NULL)
    text = "";
  lo = g_hash_table_lookup (cache, text);
  if (lo == NULL)
    {
      if (g_hash_table_size (cache) >= CACHE_MAX)
        g_hash_table_remove_all (cache);
      lo = g_new0 (LaidOut, 1);
      /* A copy shares the font description and the Pango context. */
      lo->layout = pango_layout_copy (layout);
      pango_layout_set_text (lo->layout, text, -1);
      pango_layout_set_width (lo->layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (lo->layout, align);
      pango_layout_get_pixel_size (lo->layout, NULL, &lo->height);
      g_hash_table_insert (cache, g_strdup (text), lo);
    }
  return lo;
}

/* @text centred in a band of @height. */
static void
show_cached (cairo_t        *cr,
             GHashTable     *cache,
             PangoLayout    *layout,
             const char     *text,
             double          x,
             double          y,
             double          width,
             double          height,
             PangoAlignment  align)
{
  LaidOut *lo = lay_out (cache, layout, text, width, align);

  cairo_move_to (cr, x, y + (height - lo->height) / 2);
  pango_cairo_show_layout (cr, lo->layout);
}

static void
draw_group_header (DrawState  *st,
                   const char *body_name)
{
  ZfHolderList *self = st->self;
  g_autofree char *text = st->continued
    ? g_strdup_printf (_("%s (continued)"), body_name ? body_name : "")
    : g_strdup (body_name);

  /* The band is painted over the rule above it, as it always was. */
  stroke_rules (st);
  cairo_set_source_rgb (st->cr, 0.93, 0.93, 0.93);
  cairo_rectangle (st->cr, MARGIN, st->y, self->width - 2 * MARGIN, LINE_HEIGHT);
  cairo_fill (st->cr);
  cairo_set_source_rgb (st->cr, 0, 0, 0);
  show_text (st->cr, st->bold, text, MARGIN + 4, st->y, self->width - 2 * MARGIN - 8,
             PANGO_ALIGN_LEFT);
  st->y += LINE_HEIGHT;
  st->continued = FALSE;
}

/* 小计: the group's count, under its last row. */
static void
draw_group_total (DrawState *st)
{
  ZfHolderList *self = st->self;
  g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, st->index);
  g_autofree char *text = g_strdup_printf (_("Subtotal: %s holders"), count);

  show_text (st->cr, st->bold, text, MARGIN + 4, st->y, self->width - 2 * MARGIN - 8,
             PANGO_ALIGN_RIGHT);
  if (st->n_rules == G_N_ELEMENTS (st->rules))
    stroke_rules (st);
  st->rules[st->n_rules++] = st->y + LINE_HEIGHT;
  st->y += LINE_HEIGHT;
}

static gboolean
draw_row (ZfOfficer *officer,
          gpointer   user_data)
{
  DrawState *st = user_data;
  ZfHolderList *self = st->self;
  ZfRecord *r = ZF_RECORD (officer);
  double table_width = self->width - 2 * MARGIN;
  double x = MARGIN;
  const char *cells[ZF_HOLDER_LIST_N_COLUMNS];
  LaidOut *laid[ZF_HOLDER_LIST_N_COLUMNS];
  g_autofree char *number = NULL;
  g_autofree char *valid_until = NULL;
  int tallest = 0;
  double height;

  if (zf_officer_get_body_id (officer) != st->last_body)
    {
      /* A group that ends inside the page: its total, then the next. */
      if (st->last_body != -1)
        draw_group_total (st);
      if (st->last_body != -1 || !st->continued)
        st->index = 0;
      draw_group_header (st, zf_record_get_string (r, "body_name"));
    }
  st->last_body = zf_officer_get_body_id (officer);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, ++st->index);
  zf_holder_list_row_cells (officer, number, cells, &valid_until);

  /* The row as tall as its tallest cell, as the pagination measured it. */
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    {
      laid[i] = lay_out (st->cells[i], st->cell, cells[i],
                         table_width * zf_holder_list_columns[i].share - 6, PANGO_ALIGN_LEFT);
      if (cells[i] != NULL && *cells[i] != '\0')
        tallest = MAX (tallest, laid[i]->height);
    }
  height = zf_holder_list_row_height (tallest);
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    {
      cairo_move_to (st->cr, x + 3, st->y + (height - laid[i]->height) / 2);
      pango_cairo_show_layout (st->cr, laid[i]->layout);
      x += table_width * zf_holder_list_columns[i].share;
    }
  if (st->n_rules == G_N_ELEMENTS (st->rules))
    stroke_rules (st);
  st->rules[st->n_rules++] = st->y + height;
  st->y += height;
  return TRUE;
}

/* The header row's: up to two lines, cut only after the second. */
static PangoLayout *
new_header_layout (cairo_t *cr)
{
  PangoLayout *layout = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_HEADING1, "Bold 8");

  pango_layout_set_single_paragraph_mode (layout, FALSE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -2);
  return layout;
}

/* The parts of a page around its rows: title block and header row, and
 * the footer. Shared by zf_holder_list_draw_page() (printing asks for
 * pages in any order) and the PDF export (which streams every row once). */
static void
begin_page (ZfHolderList *self,
            DrawState    *st,
            PangoLayout  *title,
            int           page)
{
  const PageStart *start = &g_array_index (self->pages, PageStart, page);
  cairo_t *cr = st->cr;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  double table_width = self->width - 2 * MARGIN;
  double x = MARGIN;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  /* Title block: the list's name, the issuing unit and the date. */
  pango_layout_set_text (title, _("List of certificate holders"), -1);
  pango_layout_set_width (title, (int) (table_width * PANGO_SCALE));
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, MARGIN, MARGIN);
  pango_cairo_show_layout (cr, title);
  date = zf_document_format_date (self->date);
  subtitle = g_strdup_printf (_("Issued by: %s    Date: %s"), self->issuer ? self->issuer : "", date);
  show_text (cr, st->layout, subtitle, MARGIN, MARGIN + 38, table_width, PANGO_ALIGN_CENTER);

  /* The header row, on every page. */
  st->y = MARGIN + TITLE_BLOCK;
  cairo_set_source_rgb (cr, 0.85, 0.89, 0.95);
  cairo_rectangle (cr, MARGIN, st->y, table_width, HEADER_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    {
      double w = table_width * zf_holder_list_columns[i].share;
      /* show_cached() centres in a row's height: moved to the band's. */
      show_cached (cr, st->headers, st->header,
                   g_dpgettext2 (GETTEXT_PACKAGE, HEADER_CONTEXT, zf_holder_list_columns[i].title), x + 3,
                   st->y, w - 6, HEADER_HEIGHT, PANGO_ALIGN_LEFT);
      x += w;
    }
  st->y += HEADER_HEIGHT;
  st->last_body = -1;
  st->index = start->first_index;
  st->continued = start->continued;

  if (start->n_rows == 0)
    show_text (cr, st->layout, _("No certificate holders match."), MARGIN, st->y, table_width,
               PANGO_ALIGN_CENTER);
}

static void
end_page (ZfHolderList *self,
          DrawState    *st,
          int           page)
{
  const PageStart *start = &g_array_index (self->pages, PageStart, page);

  if (start->ends_group && start->n_rows > 0)
    draw_group_total (st);
  stroke_rules (st);
  zf_document_draw_page_number (st->cr, page, self->pages->len, MARGIN, self->width - MARGIN,
                                self->height - MARGIN - LINE_HEIGHT);
  cairo_restore (st->cr);
}

gboolean
zf_holder_list_draw_page (ZfHolderList  *self,
                          cairo_t       *cr,
                          int            page,
                          GError       **error)
{
  ZfOfficerFilter filter = zf_holder_list_get_filter (self);
  const PageStart *start;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) cell = NULL;
  g_autoptr(PangoLayout) bold = NULL;
  g_autoptr(PangoLayout) header = NULL;
  g_autoptr(PangoLayout) title = NULL;
  DrawState st = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), FALSE);
  g_return_val_if_fail (page >= 0 && (guint) page < self->pages->len, FALSE);

  start = &g_array_index (self->pages, PageStart, page);
  layout = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_BODY, "9");
  cell = zf_holder_list_new_cell_layout (cr, self->height);
  bold = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_HEADING1, "Bold 9");
  header = new_header_layout (cr);
  title = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_TITLE, "Bold 18");

  st.self = self;
  st.cr = cr;
  st.layout = layout;
  st.cell = cell;
  st.bold = bold;
  st.header = header;
  draw_state_init_caches (&st);
  begin_page (self, &st, title, page);
  if (start->n_rows > 0)
    ok = zf_store_foreach_holder (self->store, &filter, start->offset, start->n_rows,
                                   draw_row, &st, error);
  end_page (self, &st, page);
  draw_state_clear_caches (&st);
  return ok;
}

/* The PDF export: one pass over the query, a new page whenever the page
 * laid out by the pagination is full, so that 10,000 pages cost the same
 * per page as ten (no OFFSET query per page) and only one row is alive. */
typedef struct
{
  DrawState              draw;
  PangoLayout           *title;
  int                    page;
  guint                  left;
  GCancellable          *cancellable;
  ZfOfficerProgressFunc  progress;
  gpointer               user_data;
  gboolean               stopped;
} StreamState;

static gboolean
stream_row (ZfOfficer *officer,
            gpointer   user_data)
{
  StreamState *st = user_data;
  ZfHolderList *self = st->draw.self;

  while (st->left == 0)
    {
      /* Rows added since the pagination are left for the next export. */
      if (g_cancellable_is_cancelled (st->cancellable) ||
          (guint) (st->page + 1) >= self->pages->len)
        {
          st->stopped = TRUE;
          return FALSE;
        }
      if (st->page >= 0)
        {
          end_page (self, &st->draw, st->page);
          cairo_show_page (st->draw.cr);
          if (st->progress)
            st->progress ((double) (st->page + 1) / self->pages->len, st->user_data);
        }
      st->page++;
      begin_page (self, &st->draw, st->title, st->page);
      st->left = g_array_index (self->pages, PageStart, st->page).n_rows;
    }
  st->left--;
  return draw_row (officer, &st->draw);
}

static gboolean
stream_pages (ZfHolderList          *self,
              cairo_t               *cr,
              GCancellable          *cancellable,
              ZfOfficerProgressFunc  progress,
              gpointer               user_data,
              GError               **error)
{
  ZfOfficerFilter filter = zf_holder_list_get_filter (self);
  g_autoptr(PangoLayout) layout = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_BODY, "9");
  g_autoptr(PangoLayout) cell = zf_holder_list_new_cell_layout (cr, self->height);
  g_autoptr(PangoLayout) bold = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_HEADING1, "Bold 9");
  g_autoptr(PangoLayout) header = new_header_layout (cr);
  g_autoptr(PangoLayout) title = zf_holder_list_new_layout (cr, ZF_DOCUMENT_FONT_TITLE, "Bold 18");
  StreamState st = { { 0 }, title, -1, 0, cancellable, progress, user_data, FALSE };
  g_autoptr(GError) local = NULL;

  st.draw.self = self;
  st.draw.cr = cr;
  st.draw.layout = layout;
  st.draw.cell = cell;
  st.draw.bold = bold;
  st.draw.header = header;
  draw_state_init_caches (&st.draw);
  if (!zf_store_foreach_holder (self->store, &filter, 0, -1, stream_row, &st, &local) &&
      !st.stopped)
    {
      draw_state_clear_caches (&st.draw);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      draw_state_clear_caches (&st.draw);
      return FALSE;
    }

  /* The last page, and the pages no row reached: one saying the list is
   * empty, or the rest if the register shrank since the pagination. */
  if (st.page >= 0)
    {
      end_page (self, &st.draw, st.page);
      cairo_show_page (cr);
    }
  for (st.page++; (guint) st.page < self->pages->len; st.page++)
    {
      begin_page (self, &st.draw, title, st.page);
      end_page (self, &st.draw, st.page);
      cairo_show_page (cr);
    }
  draw_state_clear_caches (&st.draw);
  if (progress)
    progress (1.0, user_data);
  return TRUE;
}

gboolean
zf_holder_list_write_pdf (ZfHolderList          *self,
                          const char            *path,
                          GCancellable          *cancellable,
                          ZfOfficerProgressFunc  progress,
                          gpointer               user_data,
                          GError               **error)
{
  g_autofree char *part = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  gboolean ok = TRUE;

  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), FALSE);

  if (!zf_holder_list_paginate (self, ZF_A4_WIDTH_PT, ZF_A4_HEIGHT_PT, cancellable, error))
    return FALSE;

  part = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (part, ZF_A4_WIDTH_PT, ZF_A4_HEIGHT_PT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("List of certificate holders"));
  if (self->issuer)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->issuer);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  }
  cr = cairo_create (surface);

  ok = stream_pages (self, cr, cancellable, progress, user_data, error);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, cairo_status_to_string (status));
      ok = FALSE;
    }
  if (ok && g_rename (part, path) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (part);
  return ok;
}
