#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every spreadsheet Zhifa hands to a superior looks the same: a merged
 * title row, an optional subtitle (issuing unit, date), a bold bordered
 * header, the data below it with frozen panes and an autofilter, columns
 * wide enough for Chinese text, A4 landscape with the header repeated on
 * each printed page. ZfXlsx streams: each row goes to disk when the next
 * one starts, so a register of any size is exported in constant memory.
 * A table longer than Excel's 1,048,576 rows goes on on further sheets
 * ("名册 (2)", "名册 (3)"…), each with the title, subtitle and header
 * again, instead of failing or losing rows.
 *
 * Use: zf_xlsx_new → zf_xlsx_begin_sheet → (zf_xlsx_add_* … zf_xlsx_end_row)*
 * → zf_xlsx_end_sheet → … → zf_xlsx_close. The file appears at @path only
 * when zf_xlsx_close succeeds; an existing file there is replaced at once,
 * never left half-written. zf_xlsx_free without a close leaves no file. */

typedef struct _ZfXlsx ZfXlsx;

typedef enum
{
  ZF_XLSX_TEXT,
  ZF_XLSX_INTEGER,
  ZF_XLSX_NUMBER,     /* two decimals, e.g. amounts */
  ZF_XLSX_DATE,       /* ISO text in, an Excel date cell out */
  ZF_XLSX_N_KINDS
} ZfXlsxKind;

typedef enum
{
  ZF_XLSX_ROW_NORMAL,
  ZF_XLSX_ROW_ALERT,  /* light red fill, e.g. an overdue row */
  ZF_XLSX_ROW_TOTAL,  /* bold, and left out of the autofilter: write it last */
  ZF_XLSX_N_ROW_STYLES
} ZfXlsxRowStyle;

typedef struct
{
  const char *header;     /* already translated */
  ZfXlsxKind  kind;
  guint       estimate;   /* typical display width of a cell, 0 = unknown */
} ZfXlsxColumn;

/* Display width of @text: CJK and full-width characters count 2, others 1. */
guint     zf_xlsx_display_width (const char          *text);

ZfXlsx   *zf_xlsx_new           (const char          *path,
                                 GError             **error);
void      zf_xlsx_free          (ZfXlsx              *self);

/* @title is merged across all columns; @subtitle may be NULL. */
gboolean  zf_xlsx_begin_sheet   (ZfXlsx              *self,
                                 const char          *sheet_name,
                                 const char          *title,
                                 const char          *subtitle,
                                 const ZfXlsxColumn  *columns,
                                 guint                n_columns,
                                 GError             **error);

/* Cells of the current row, left to right. NULL/empty text, a NaN number
 * or an invalid date leave the cell blank (bordered). */
void      zf_xlsx_add_text      (ZfXlsx              *self,
                                 const char          *text);
void      zf_xlsx_add_int       (ZfXlsx              *self,
                                 gint64               value);
void      zf_xlsx_add_number    (ZfXlsx              *self,
                                 double               value);
void      zf_xlsx_add_date      (ZfXlsx              *self,
                                 const char          *iso);
/* The look of the current row, set before its first cell; each new row
 * starts NORMAL. */
void      zf_xlsx_set_row_style (ZfXlsx              *self,
                                 ZfXlsxRowStyle       style);
gboolean  zf_xlsx_end_row       (ZfXlsx              *self,
                                 GError             **error);

/* Data rows written to the current sheet so far (totals lines not counted;
 * on a continuation sheet, its own rows). */
guint     zf_xlsx_get_n_rows    (ZfXlsx              *self);

gboolean  zf_xlsx_end_sheet     (ZfXlsx              *self,
                                 GError             **error);
gboolean  zf_xlsx_close         (ZfXlsx              *self,
                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfXlsx, zf_xlsx_free)

G_END_DECLS
