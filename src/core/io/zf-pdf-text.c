#define G_LOG_DOMAIN "zf-pdf"

#include "config.h"

#include "zf-pdf-text.h"
#include "zf-validate.h"

/* Characters that are drawn as glyphs of their own; joiners, variation
 * selectors and combining marks ride on their neighbours. */
static gboolean
is_drawn (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_FORMAT:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_CONTROL:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return FALSE;
    default:
      return c >= 0x80;
    }
}

char *
zf_pdf_printable_text (PangoLayout *layout,
                       const char  *text)
{
  g_autofree char *visible = NULL;
  PangoFontset *fontset = NULL;
  PangoContext *context;
  const PangoFontDescription *desc;
  GString *out;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), NULL);

  if (text == NULL)
    return g_strdup ("");
  visible = zf_text_make_visible (text);
  if (visible != NULL)
    text = visible;

  context = pango_layout_get_context (layout);
  desc = pango_layout_get_font_description (layout);
  if (desc == NULL)
    desc = pango_context_get_font_description (context);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean covered = TRUE;

      if (is_drawn (c))
        {
          g_autoptr(PangoFont) font = NULL;

          if (fontset == NULL)
            fontset = pango_context_load_fontset (context, desc,
                                                  pango_context_get_language (context));
          font = fontset ? pango_fontset_get_font (fontset, c) : NULL;
          covered = font != NULL && pango_font_has_char (font, c);
        }
      if (covered)
        g_string_append_unichar (out, c);
      else
        g_string_append_printf (out, "[U+%04X]", c);
    }
  g_clear_object (&fontset);
  return g_string_free (out, FALSE);
}

void
zf_pdf_layout_set_text (PangoLayout *layout,
                        const char  *text)
{
  g_autofree char *printable = zf_pdf_printable_text (layout, text);

  pango_layout_set_text (layout, printable, -1);
}
