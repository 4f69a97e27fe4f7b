#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Han characters of the interface in a plain sans face.
 *
 * The window is in Chinese whenever the translation is, also where the C
 * library has no Chinese locale (LANGUAGE=zh_CN with C.UTF-8, as on many
 * servers and virtual desktops). Pango then asks fontconfig for the
 * language "c", and on Debian the brush face of fonts-arphic-ukai, which
 * the documents need for their 楷体 headings, is the first sans-serif
 * font with Han glyphs: every label of the window would be drawn in
 * calligraphy. This adds, for this program only, a plain CJK sans (Noto
 * Sans CJK SC, the face fontconfig gives zh-cn) right after sans-serif in
 * every pattern, so that it comes before the brush face; a locale or a
 * font the user chose still wins. Returns whether fontconfig took the
 * rule. Call before the first text is laid out. */
gboolean zf_ui_fonts_prefer_plain_han (void);

G_END_DECLS
