#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include "zf-document-lines-private.h"

/* How a document's text is set in lines: its fonts on the grid, and the
 * lines of a justified paragraph fitted so that no closing mark begins
 * one. */

PangoLayout *
zf_document_new_layout (cairo_t        *cr,
                        ZfDocumentFont  font,
                        double          size,
                        double          width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  /* Whole points of the grid are not the font's business: metrics must not
   * be rounded to device pixels, or 28 characters no longer fill a line. */
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  /* Nor rounded to whole points by Pango itself: a 15.8 pt character
   * would advance 16 pt, and a line would hold 27 of its 28. */
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_family (desc, zf_document_font_family (font));
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  /* The stand-ins are lighter than the faces they replace: 小标宋 and
   * 黑体 are heavy. */
  if (zf_document_font_is_fallback (font) &&
      (font == ZF_DOCUMENT_FONT_TITLE || font == ZF_DOCUMENT_FONT_HEADING1))
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* 标点挤压 (CLREQ §3.1.7): a full-width bracket, comma, stop or colon is
 * a character whose other half is blank. Pango keeps a closing bracket or
 * a stop off the start of a line (避头尾) by carrying the character before
 * it down too, and justification then spreads the short line it leaves.
 * Instead, the line takes what was carried down: first its marks lose
 * their blank halves where that does not show (the "halt" feature): the
 * mark that ends the line, whose blank is past the margin, and one of two
 * marks in a row (连续标点); what is still missing is taken evenly from the
 * line's characters, at most a tenth of each. */
#define CLOSING_MARKS "）〕］】》〉」』”’，。、；："
#define OPENING_MARKS "（〔［【《〈「『“‘"

static gboolean
is_mark (const char *marks,
         gunichar    c)
{
  return c != 0 && g_utf8_strchr (marks, -1, c) != NULL;
}

static gboolean
is_compressible (gunichar c)
{
  return is_mark (CLOSING_MARKS, c) || is_mark (OPENING_MARKS, c);
}

/* Whether the mark at @p may be set half-width without looking it: a
 * closing mark at @end (the line's end) or before another mark, an
 * opening one after another mark. */
static gboolean
may_compress (const char *text,
              const char *p,
              const char *end)
{
  gunichar c = g_utf8_get_char (p);
  const char *next = g_utf8_next_char (p);

  if (is_mark (CLOSING_MARKS, c))
    return next >= end || is_compressible (g_utf8_get_char (next));
  return is_mark (OPENING_MARKS, c) && p > text &&
         is_compressible (g_utf8_get_char (g_utf8_prev_char (p)));
}

/* Whether the text from @p to @end holds, after its first character, a
 * mark that no line begins with (避头). */
static gboolean
carries_closing_mark (const char *p,
                      const char *end)
{
  for (p = g_utf8_next_char (p); p < end; p = g_utf8_next_char (p))
    if (g_utf8_strchr ("）〕］】》〉」』”’，。、；：？！", -1, g_utf8_get_char (p)) != NULL)
      return TRUE;
  return FALSE;
}

/* The natural width of @layout's line @i. */
static int
line_width (PangoLayout *layout,
            int          i)
{
  PangoRectangle logical;

  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, i), NULL, &logical);
  return logical.width;
}

/* What the lines fitted so far change: marks set half-width, ranges set
 * closer. */
typedef struct
{
  GArray *half;     /* int, byte index of a mark */
  GArray *closer;   /* int triples: start, end, letter spacing */
} Fitting;

static void
apply_fitting (PangoLayout *layout,
               Fitting     *fit)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *text = pango_layout_get_text (layout);

  for (guint i = 0; i < fit->half->len; i++)
    {
      int at = g_array_index (fit->half, int, i);
      PangoAttribute *a = pango_attr_font_features_new ("halt");

      a->start_index = (guint) at;
      a->end_index = (guint) (g_utf8_next_char (text + at) - text);
      pango_attr_list_insert (attrs, a);
    }
  for (guint i = 0; i + 2 < fit->closer->len; i += 3)
    {
      PangoAttribute *a = pango_attr_letter_spacing_new (g_array_index (fit->closer, int, i + 2));

      a->start_index = (guint) g_array_index (fit->closer, int, i);
      a->end_index = (guint) g_array_index (fit->closer, int, i + 1);
      pango_attr_list_insert (attrs, a);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/* The room the line from @first to @stop gains from its marks. */
static int
compress_marks (const char *text,
                int         first,
                int         stop,
                int         need,
                int         em,
                GArray     *half)
{
  for (const char *p = text + stop; need > 0 && p > text + first;)
    {
      p = g_utf8_prev_char (p);
      if (may_compress (text, p, text + stop))
        {
          int at = (int) (p - text);

          g_array_append_val (half, at);
          need -= em / 2 - em / 50;
        }
    }
  return need;
}

/* One line that ends short before what Pango carried down, fitted to take
 * it. Returns whether a line changed. */
static gboolean
fit_one_line (PangoLayout *layout,
              double       indent,
              Fitting     *fit)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *log = pango_layout_get_log_attrs_readonly (layout, NULL);
  int em = pango_font_description_get_size (pango_layout_get_font_description (layout));
  int width = pango_layout_get_width (layout);
  int n = pango_layout_get_line_count (layout);

  for (int i = 0; i + 1 < n; i++)
    {
      /* Offsets only: a new layout frees its lines. */
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      PangoLayoutLine *next = pango_layout_get_line_readonly (layout, i + 1);
      int first = line->start_index, last = line->start_index + line->length;
      int avail = width - (i == 0 ? (int) (indent * PANGO_SCALE) : 0);
      int slack = avail - line_width (layout, i);
      int start = next->start_index, end = next->start_index + next->length;
      int stop = start, halves = (int) fit->half->len, closers = (int) fit->closer->len;
      int need, chars;
      long offset;
      PangoRectangle a, b;

      if (slack < em / 4 || text[start] == '\n' || last < start)
        continue;
      /* The text carried down: up to the next place a line may break. */
      offset = g_utf8_pointer_to_offset (text, text + start);
      do
        {
          stop = (int) (g_utf8_next_char (text + stop) - text);
          offset++;
        }
      while (stop < end && !log[offset].is_line_break);
      /* Only what was carried down with a mark that may not begin a line:
       * a line short for other reasons is left to justification. */
      if (!carries_closing_mark (text + start, text + stop))
        continue;
      pango_layout_index_to_pos (layout, start, &a);
      if (stop < end)
        pango_layout_index_to_pos (layout, stop, &b);
      else
        b.x = line_width (layout, i + 1);
      need = compress_marks (text, first, stop, (b.x - a.x) - slack, em, fit->half);
      chars = (int) g_utf8_strlen (text + first, stop - first);
      if (need > 0 && chars > 1 && need + em / 20 <= chars * em / 10)
        {
          int triple[3] = { first, stop, -(need + em / 20) / (chars - 1) };

          g_array_append_vals (fit->closer, triple, 3);
          need = 0;
        }
      if (need <= 0)
        {
          apply_fitting (layout, fit);
          /* The carried text joined the line (and may have been all of
           * the last). */
          if (pango_layout_get_line_readonly (layout, i)->start_index == first &&
              (pango_layout_get_line_count (layout) <= i + 1 ||
               pango_layout_get_line_readonly (layout, i + 1)->start_index >= stop))
            return TRUE;
        }
      /* It does not fit: the line stays as Pango set it. */
      g_array_set_size (fit->half, (guint) halves);
      g_array_set_size (fit->closer, (guint) closers);
      apply_fitting (layout, fit);
      text = pango_layout_get_text (layout);
      log = pango_layout_get_log_attrs_readonly (layout, NULL);
    }
  return FALSE;
}

void
zf_document_fit_marks (PangoLayout *layout,
                       double       indent)
{
  Fitting fit = { g_array_new (FALSE, FALSE, sizeof (int)), g_array_new (FALSE, FALSE, sizeof (int)) };

  /* Measured unjustified: the natural width of each line. */
  pango_layout_set_justify (layout, FALSE);
  for (int guard = 0; guard < 32 && fit_one_line (layout, indent, &fit); guard++)
    ;
  pango_layout_set_justify (layout, TRUE);
  g_array_unref (fit.half);
  g_array_unref (fit.closer);
}
