#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How a spreadsheet stored a cell. Only numbers need the distinction: an
 * ID number that Excel turned into a number has lost digits and must be
 * refused, not guessed. */
typedef enum
{
  ZF_CELL_TEXT,
  ZF_CELL_NUMBER,
  ZF_CELL_BOOL,
  ZF_CELL_DATE,     /* text is already ISO 8601 */
  ZF_CELL_ERROR,    /* #N/A, #REF!… */
  ZF_CELL_YEAR_MONTH, /* a date cell whose format shows no day (yyyy.mm):
                       * text is ISO 8601, its day not meant */
} ZfCellType;

typedef struct
{
  ZfCellType  type;
  char       *text;
} ZfCell;

/* One row as the user sees it: @number is the row number Excel shows (for
 * CSV, the record number, so a quoted field with line breaks is one row). */
typedef struct
{
  guint       number;
  GPtrArray  *cells;   /* ZfCell *, index = column; gaps are empty text cells */
  const char *sheet;   /* interned name of its sheet when an import reads
                        * several sheets, else NULL */
  gboolean    hidden;  /* hidden in the workbook (zero height, collapsed or
                        * filtered out): imported, but the preview says so,
                        * since no one checking the sheet in Excel saw it */
} ZfRow;

ZfRow      *zf_row_new          (guint        number);
void        zf_row_free         (ZfRow       *row);
void        zf_row_set_cell     (ZfRow       *row,
                                 guint        column,
                                 ZfCellType   type,
                                 const char  *text);
/* A number cell written as Excel's General format shows it: whole numbers
 * up to 15 digits in full, others with 15 significant digits. */
void        zf_row_set_number   (ZfRow       *row,
                                 guint        column,
                                 double       value);
/* The cell's text, "" for a missing one. */
const char *zf_row_get_text     (const ZfRow *row,
                                 guint        column);
ZfCellType  zf_row_get_type     (const ZfRow *row,
                                 guint        column);
/* True when cell @column is missing, empty or white space. */
gboolean    zf_row_cell_is_blank (const ZfRow *row,
                                  guint        column);
/* True when every cell is empty or white space. */
gboolean    zf_row_is_blank     (const ZfRow *row);
/* True for a totals row under a table: its first filled cell says 合计,
 * 总计, 小计 or 共计 (spaces and a colon aside), where a data row has its
 * serial number or a name. */
gboolean    zf_row_is_total     (const ZfRow *row);

/* "A" for 0, "AB" for 27: the column letter the user sees in Excel. */
char       *zf_column_letter    (guint        column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfRow, zf_row_free)

#define ZF_TYPE_ROW_SOURCE (zf_row_source_get_type ())

G_DECLARE_INTERFACE (ZfRowSource, zf_row_source, ZF, ROW_SOURCE, GObject)

/* What the importer reads from: CSV and xlsx readers both stream rows, so
 * a 100,000-row sheet never sits in memory as XML or text. */
struct _ZfRowSourceInterface
{
  GTypeInterface parent_iface;

  ZfRow   *(*next_row)   (ZfRowSource  *self,
                          GError      **error);
  gboolean (*is_date1904) (ZfRowSource *self);
  /* Workbooks only: their sheets, and choosing the one rows come from. */
  const char *const *(*get_sheet_names) (ZfRowSource  *self);
  gboolean (*select_sheet) (ZfRowSource  *self,
                            const char   *name,
                            GError      **error);
  gboolean (*is_sheet_hidden) (ZfRowSource *self,
                               guint        index);
};

/* The next non-empty row, or NULL at the end (@error unset) or on failure. */
ZfRow    *zf_row_source_next_row    (ZfRowSource  *self,
                                     GError      **error);
/* Whether serial dates count from 1904 (old Mac workbooks). */
gboolean  zf_row_source_is_date1904 (ZfRowSource  *self);
/* A workbook's sheet names in order (NULL-terminated, owned by @self), or
 * NULL for a text file. */
const char *const *zf_row_source_get_sheet_names (ZfRowSource  *self);
/* Whether sheet @index of zf_row_source_get_sheet_names() is hidden in
 * the workbook (FALSE where the format's reader cannot tell). */
gboolean  zf_row_source_is_sheet_hidden (ZfRowSource *self,
                                         guint        index);
/* For the readers: the index in @names (NULL-terminated) of sheet @name,
 * the first when @name is NULL; FALSE with ZF_ERROR_NOT_FOUND set when the
 * workbook has no such sheet. */
gboolean  zf_row_source_find_sheet  (const char *const  *names,
                                     const char         *name,
                                     guint              *index,
                                     GError            **error);
/* Rows come from sheet @name (the first when NULL) from now on. */
gboolean  zf_row_source_select_sheet (ZfRowSource  *self,
                                      const char   *name,
                                      GError      **error);

G_END_DECLS
