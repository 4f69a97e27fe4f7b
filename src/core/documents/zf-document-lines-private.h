#pragma once

#include <pango/pangocairo.h>

#include "zf-document.h"

G_BEGIN_DECLS

/* A layout of @font at @size points, @width wide (-1: unbounded), set on
 * the document's grid: metrics not rounded to pixels or whole points, so
 * that 28 characters fill a line of 28. */
PangoLayout *zf_document_new_layout (cairo_t        *cr,
                                     ZfDocumentFont  font,
                                     double          size,
                                     double          width);
/* 避头尾 for a justified paragraph (its first line indented @indent
 * points): where Pango would carry a character down with a closing mark
 * that may not begin a line, the line takes it back by narrowing the blank
 * halves of its marks, or failing that its spacing a little. */
void         zf_document_fit_marks  (PangoLayout    *layout,
                                     double          indent);

G_END_DECLS
