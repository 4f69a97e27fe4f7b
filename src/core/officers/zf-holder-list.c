#define G_LOG_DOMAIN "zf-holder-list"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "zf-date.h"
#include "zf-error.h"
#include "zf-holder-list.h"
#include "zf-i18n.h"

#define MARGIN       42.0
#define TITLE_BLOCK  62.0
#define FOOTER_BLOCK 28.0
#define ROW_HEIGHT   18.0
/* Two lines of header: "Certificate number" or "Enforcement category" in
 * English wraps instead of being cut. */
#define HEADER_HEIGHT 26.0
#define FONT         "Noto Sans CJK SC"

typedef struct
{
  gint64   offset;      /* first officer of the page in query order */
  guint    n_rows;      /* officers on the page */
  gboolean continued;   /* the page starts inside a body's group */
} PageStart;

struct _ZfHolderList
{
  GObject          parent_instance;

  ZfStore         *store;
  gint64           body_id;
  char            *status;
  char            *issuer;
  char            *date;
  double           width;
  double           height;
  guint            lines_per_page;
  GArray          *pages;      /* PageStart */
  gint64           n_rows;
};

G_DEFINE_FINAL_TYPE (ZfHolderList, zf_holder_list, G_TYPE_OBJECT)

typedef struct
{
  const char *title;    /* msgid */
  double      share;    /* of the table width */
} Column;

/* Headers of their own, in the context below: the narrow columns need
 * short English words ("Category", not "Enforcement category"), which
 * the list's title already qualifies. */
#define HEADER_CONTEXT "holder list"

static const Column columns[] = {
  { NC_("holder list", "Full name"), 0.09 },
  { NC_("holder list", "Unit"), 0.24 },
  { NC_("holder list", "Title / post"), 0.13 },
  /* A certificate number is never cut: it is what the list is for. */
  { NC_("holder list", "Certificate number"), 0.18 },
  { NC_("holder list", "Category"), 0.11 },
  { NC_("holder list", "Area"), 0.11 },
  { NC_("holder list", "Valid until"), 0.14 },
};

static void
zf_holder_list_finalize (GObject *object)
{
  ZfHolderList *self = ZF_HOLDER_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->status, g_free);
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
  /* Without an issuer named by the caller, the unit that keeps the register. */
  self->issuer = issuer != NULL ? g_strdup (issuer)
                                : zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
  self->date = date ? g_strdup (date) : zf_date_today ();
  return self;
}

static ZfOfficerFilter
get_filter (ZfHolderList *self)
{
  ZfOfficerFilter filter = { self->body_id, self->status };
  return filter;
}

/* Pagination: a body's group starts with a header line; a page that opens
 * inside a group repeats it ("continued"). A header never ends a page
 * alone. Only the body of each row is read. */
typedef struct
{
  ZfHolderList *self;
  GCancellable *cancellable;
  PageStart     current;
  guint         used;
  gint64        row;
  gint64        last_body;
} PaginateState;

static gboolean
paginate_row (gint64   body_id,
              gpointer user_data)
{
  PaginateState *st = user_data;
  gboolean new_group = body_id != st->last_body;
  guint cost = (new_group || st->used == 0) ? 2 : 1;

  if (st->used + cost > st->self->lines_per_page)
    {
      g_array_append_val (st->self->pages, st->current);
      st->current.offset = st->row;
      st->current.n_rows = 0;
      st->current.continued = !new_group;
      st->used = 0;
      cost = 2;
    }
  st->used += cost;
  st->current.n_rows++;
  st->last_body = body_id;
  st->row++;

  return st->row % 4096 != 0 || !g_cancellable_is_cancelled (st->cancellable);
}

gboolean
zf_holder_list_paginate (ZfHolderList  *self,
                         double         width,
                         double         height,
                         GCancellable  *cancellable,
                         GError       **error)
{
  ZfOfficerFilter filter = get_filter (self);
  PaginateState st = { self, cancellable, { 0, 0, FALSE }, 0, 0, -1 };
  double table = height - 2 * MARGIN - TITLE_BLOCK - FOOTER_BLOCK - HEADER_HEIGHT;

  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), FALSE);

  self->width = width;
  self->height = height;
  self->lines_per_page = MAX (2, (guint) (table / ROW_HEIGHT));
  g_array_set_size (self->pages, 0);

  if (!zf_store_foreach_officer_body (self->store, &filter, paginate_row, &st, error))
    return FALSE;
  /* An empty list still prints one page saying so. */
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
  cairo_move_to (cr, x, y + (ROW_HEIGHT - h) / 2);
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
  PangoLayout  *bold;
  PangoLayout  *header;
  double        y;
  gint64        last_body;
  gboolean      continued;
  /* Per column of the rows, and for the bold header row; NULL when not
   * streaming (printing draws a page once). */
  GHashTable   *cells[G_N_ELEMENTS (columns)];
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
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    st->cells[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, laid_out_free);
  st->headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, laid_out_free);
}

static void
draw_state_clear_caches (DrawState *st)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    g_clear_pointer (&st->cells[i], g_hash_table_unref);
  g_clear_pointer (&st->headers, g_hash_table_unref);
}

/* show_text() through @cache: the same text in the same place of a row is
 * laid out once. */
static void
show_cached (cairo_t        *cr,
             GHashTable     *cache,
             PangoLayout    *layout,
             const char     *text,
             double          x,
             double          y,
             double          width,
             PangoAlignment  align)
{
  LaidOut *lo;

  if (cache == NULL)
    {
      show_text (cr, layout, text, x, y, width, align);
      return;
    }
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
  cairo_move_to (cr, x, y + (ROW_HEIGHT - lo->height) / 2);
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
  cairo_rectangle (st->cr, MARGIN, st->y, self->width - 2 * MARGIN, ROW_HEIGHT);
  cairo_fill (st->cr);
  cairo_set_source_rgb (st->cr, 0, 0, 0);
  show_text (st->cr, st->bold, text, MARGIN + 4, st->y, self->width - 2 * MARGIN - 8,
             PANGO_ALIGN_LEFT);
  st->y += ROW_HEIGHT;
  st->continued = FALSE;
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
  const char *title = zf_record_get_string (r, "title");
  const char *cells[G_N_ELEMENTS (columns)];

  if (zf_officer_get_body_id (officer) != st->last_body)
    draw_group_header (st, zf_record_get_string (r, "body_name"));
  st->last_body = zf_officer_get_body_id (officer);

  cells[0] = zf_officer_get_name (officer);
  cells[1] = zf_record_get_string (r, "body_name");
  cells[2] = title ? title : zf_record_get_string (r, "post_name");
  cells[3] = zf_officer_get_certificate_number (officer);
  cells[4] = zf_record_get_string (r, "enforcement_category");
  cells[5] = zf_record_get_string (r, "enforcement_area");
  /* ISO dates: the narrowest unambiguous form for a dense table. */
  cells[6] = zf_record_get_string (r, "valid_until");
  /* A card issued without an end date (长期). */
  if (cells[6] == NULL && zf_record_get_string (r, "issue_date") != NULL)
    cells[6] = _("Long-term");

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      double w = table_width * columns[i].share;
      show_cached (st->cr, st->cells[i], st->layout, cells[i], x + 3, st->y, w - 6,
                   PANGO_ALIGN_LEFT);
      x += w;
    }
  if (st->n_rules == G_N_ELEMENTS (st->rules))
    stroke_rules (st);
  st->rules[st->n_rules++] = st->y + ROW_HEIGHT;
  st->y += ROW_HEIGHT;
  return TRUE;
}

static PangoLayout *
new_layout (cairo_t    *cr,
            const char *font)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_font_description_free (desc);
  return layout;
}

/* The header row's: up to two lines, cut only after the second. */
static PangoLayout *
new_header_layout (cairo_t *cr)
{
  PangoLayout *layout = new_layout (cr, FONT " Bold 8");

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
  date = zf_date_format_display (self->date);
  subtitle = g_strdup_printf (_("Issued by: %s    Date: %s"), self->issuer ? self->issuer : "", date);
  show_text (cr, st->layout, subtitle, MARGIN, MARGIN + 32, table_width, PANGO_ALIGN_CENTER);

  /* The header row, on every page. */
  st->y = MARGIN + TITLE_BLOCK;
  cairo_set_source_rgb (cr, 0.85, 0.89, 0.95);
  cairo_rectangle (cr, MARGIN, st->y, table_width, HEADER_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      double w = table_width * columns[i].share;
      /* show_cached() centres in a row's height: moved to the band's. */
      show_cached (cr, st->headers, st->header,
                   g_dpgettext2 (GETTEXT_PACKAGE, HEADER_CONTEXT, columns[i].title), x + 3,
                   st->y + (HEADER_HEIGHT - ROW_HEIGHT) / 2, w - 6, PANGO_ALIGN_LEFT);
      x += w;
    }
  st->y += HEADER_HEIGHT;
  st->last_body = -1;
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
  g_autofree char *footer = g_strdup_printf (_("Page %d of %d"), page + 1, (int) self->pages->len);

  stroke_rules (st);
  show_text (st->cr, st->layout, footer, MARGIN, self->height - MARGIN - ROW_HEIGHT,
             self->width - 2 * MARGIN, PANGO_ALIGN_CENTER);
  cairo_restore (st->cr);
}

gboolean
zf_holder_list_draw_page (ZfHolderList  *self,
                          cairo_t       *cr,
                          int            page,
                          GError       **error)
{
  ZfOfficerFilter filter = get_filter (self);
  const PageStart *start;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) bold = NULL;
  g_autoptr(PangoLayout) header = NULL;
  g_autoptr(PangoLayout) title = NULL;
  DrawState st = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), FALSE);
  g_return_val_if_fail (page >= 0 && (guint) page < self->pages->len, FALSE);

  start = &g_array_index (self->pages, PageStart, page);
  layout = new_layout (cr, FONT " 8.5");
  bold = new_layout (cr, FONT " Bold 9");
  header = new_header_layout (cr);
  title = new_layout (cr, FONT " Bold 16");

  st.self = self;
  st.cr = cr;
  st.layout = layout;
  st.bold = bold;
  st.header = header;
  begin_page (self, &st, title, page);
  if (start->n_rows > 0)
    ok = zf_store_foreach_officer (self->store, &filter, start->offset, start->n_rows,
                                   draw_row, &st, error);
  end_page (self, &st, page);
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
  ZfOfficerFilter filter = get_filter (self);
  g_autoptr(PangoLayout) layout = new_layout (cr, FONT " 8.5");
  g_autoptr(PangoLayout) bold = new_layout (cr, FONT " Bold 9");
  g_autoptr(PangoLayout) header = new_header_layout (cr);
  g_autoptr(PangoLayout) title = new_layout (cr, FONT " Bold 16");
  StreamState st = { { 0 }, title, -1, 0, cancellable, progress, user_data, FALSE };
  g_autoptr(GError) local = NULL;

  st.draw.self = self;
  st.draw.cr = cr;
  st.draw.layout = layout;
  st.draw.bold = bold;
  st.draw.header = header;
  draw_state_init_caches (&st.draw);
  if (!zf_store_foreach_officer (self->store, &filter, 0, -1, stream_row, &st, &local) &&
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
