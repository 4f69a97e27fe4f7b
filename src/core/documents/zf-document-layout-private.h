#pragma once

#include <pango/pangocairo.h>

#include "zf-document-private.h"

G_BEGIN_DECLS

/* The page geometry and the laid-out pieces of a document, shared by its
 * pagination (zf-document.c) and its drawing (zf-document-draw.c). */

/* GB/T 9704-2012 §5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm,
 * 22 lines of 28 characters of 三号 text. */
#define MM            (72.0 / 25.4)
#define TOP           (37.0 * MM)
#define LEFT          (28.0 * MM)
#define TYPE_W        (156.0 * MM)
#define TYPE_H        (225.0 * MM)
#define PITCH         (TYPE_H / 22.0)
/* 28 characters across the type width: a little under 16 pt (三号). */
#define BODY_SIZE     (TYPE_W / 28.0)
#define TITLE_SIZE    22.0           /* 二号 */
#define FOLIO_SIZE    14.0           /* 四号 */
/* Lists: 小四 text, 五号 cells. */
#define LIST_SIZE     12.0
#define CELL_SIZE     10.5
#define CELL_PAD      3.0

typedef enum
{
  PIECE_LINE,         /* one line of a laid-out paragraph */
  PIECE_SPACE,        /* blank space, dropped at the top of a page */
  PIECE_ROW,          /* a table row */
  PIECE_RULE,         /* a horizontal rule across the type area (版记) */
} PieceKind;

typedef struct
{
  PieceKind        kind;
  double           height;
  double           slack;       /* what it may give up to keep the 落款 on its page */
  gboolean         keep_with_next;
  /* PIECE_LINE: */
  PangoLayout     *layout;      /* shared by the lines of a paragraph */
  int              line;
  double           x;
  /* PIECE_ROW: */
  ZfDocumentTable *table;
  PangoLayout    **cells;       /* n_columns, or one for a group row */
  guint            n_cells;
  gboolean         header;
  gboolean         group;
  gboolean         total;
  const char      *group_text;  /* a group row's, to repeat it */
  /* Placement. */
  guint            page;
  double           y;
} Piece;

/* The height of a table row holding @cells. */
double zf_document_cells_height (PangoLayout **cells,
                                 guint         n);

G_END_DECLS
