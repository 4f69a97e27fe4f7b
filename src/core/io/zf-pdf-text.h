#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Text as a printed page can show it, for the layout's font: control
 * characters as their pictures (zf_text_make_visible) and every character
 * that no installed font can draw as its code point ("[U+20000]"). Without this a rare
 * character of a name (CJK Extension B, e.g. 𠀀) prints as an empty box
 * that no reader, and no text extraction, can tell from nothing. */
char *zf_pdf_printable_text    (PangoLayout *layout,
                                const char  *text);

/* pango_layout_set_text() with zf_pdf_printable_text(). */
void  zf_pdf_layout_set_text   (PangoLayout *layout,
                                const char  *text);

G_END_DECLS
