#pragma once

#include <pango/pangocairo.h>

#include "zf-document.h"
#include "zf-holder-list.h"

G_BEGIN_DECLS

/* Shared by the PDF (zf-holder-list.c), its pagination
 * (zf-holder-list-pages.c) and the .docx (zf-holder-list-docx.c) of the
 * list of certificate holders. */

/* The page's measures, in points. */
#define MARGIN       42.0
#define TITLE_BLOCK  66.0
#define FOOTER_BLOCK 28.0
/* A row of one or two lines; a row whose cells wrap further (a long post,
 * category or area) grows with its tallest cell. CELL_LINE: a line of a
 * cell, at most (to know how many fit on a page). */
#define ROW_HEIGHT   24.0
#define CELL_LINE    13.0
#define CELL_PAD     4.0
/* A group's heading and total: one line. */
#define LINE_HEIGHT  18.0
/* Two lines of header: "Certificate number" or "Enforcement category" in
 * English wraps instead of being cut. */
#define HEADER_HEIGHT 26.0

typedef struct
{
  gint64   offset;      /* first officer of the page in query order */
  guint    n_rows;      /* officers on the page */
  gboolean continued;   /* the page starts inside a body's group */
  gint64   first_index; /* the 序号 of its first row in its group, from 0 */
  gboolean ends_group;  /* its last row ends a group: the total follows */
} PageStart;

struct _ZfHolderList
{
  GObject          parent_instance;

  ZfStore         *store;
  gint64           body_id;
  char            *status;
  char            *search;
  gboolean         attention;
  char            *issuer;
  char            *date;
  double           width;
  double           height;
  guint            lines_per_page;
  GArray          *pages;      /* PageStart */
  gint64           n_rows;
};

typedef struct
{
  const char *title;    /* msgid */
  double      share;    /* of the table width */
  /* In the .docx: LibreOffice sets a space between Han characters and
   * digits whatever the file asks (2031 年 2 月 28 日), so the date and
   * 序号 take a little of the others' room there. */
  double      docx_share;
} ZfHolderListColumn;

/* Headers of their own, in the context below: the narrow columns need
 * short English words ("Category", not "Enforcement category"), which
 * the list's title already qualifies. */
#define HEADER_CONTEXT "holder list"

#define ZF_HOLDER_LIST_N_COLUMNS 7
/* The unit is the group's heading, not a column. */
extern const ZfHolderListColumn zf_holder_list_columns[ZF_HOLDER_LIST_N_COLUMNS];

ZfOfficerFilter zf_holder_list_get_filter (ZfHolderList *self);

PangoLayout *zf_holder_list_new_layout      (cairo_t        *cr,
                                             ZfDocumentFont  family,
                                             const char     *style);
/* A cell's layout on a page of @height: wraps to as many lines as fit. */
PangoLayout *zf_holder_list_new_cell_layout (cairo_t        *cr,
                                             double          height);
/* A row's height for its tallest cell (in points, as laid out). */
double       zf_holder_list_row_height      (int             cell_height);
/* The texts of an officer's row, in the columns' order; @valid_until
 * receives the date as written, for the caller to free. */
void         zf_holder_list_row_cells       (ZfOfficer      *officer,
                                             const char     *number,
                                             const char    **cells,
                                             char          **valid_until);

/* The widths of the characters a cell's text is mostly made of, in the
 * cell's font: every printable ASCII character, and an upper bound for a
 * Han character or a full-width mark. */
typedef struct
{
  double ascii[128];
  double wide;
  int    line_height;   /* of a one-line cell */
} ZfHolderListAdvances;

void         zf_holder_list_advances_init   (ZfHolderListAdvances *advances,
                                             PangoLayout          *cell);
/* Whether @text surely lays out on one line @width wide: made only of
 * the characters above, and narrower than their widths added up (with
 * room to spare). FALSE says only that Pango must be asked. */
gboolean     zf_holder_list_fits_one_line   (const ZfHolderListAdvances *advances,
                                             const char                 *text,
                                             double                      width);

G_END_DECLS
