#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_DRAW (zf_draw_get_type ())

G_DECLARE_FINAL_TYPE (ZfDraw, zf_draw, ZF, DRAW, ZfRecord)

/* One stored double-random draw (双随机) as a row of the draws list: what
 * was drawn, when, with which seed, and how many of its targets are done.
 * Read-only: a draw is made with zf_store_create_draw() and never edited.
 * Fields are properties named like the columns. */
ZfDraw *zf_draw_new (void);

G_END_DECLS
