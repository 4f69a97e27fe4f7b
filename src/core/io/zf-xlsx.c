#define G_LOG_DOMAIN "zf-xlsx"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-validate.h"
#include "zf-xlsx.h"
#include "zf-xlsx-private.h"

/* Excel measures a column in widths of the digit "0" of the default font;
 * a CJK glyph takes about two of them. Two more leave room for the filter
 * button of the header. Long texts (legal bases, addresses) are capped so a
 * single cell cannot push the rest of the sheet off the printed page. */
#define MIN_WIDTH     6
#define MAX_WIDTH     60
#define PADDING       2
#define DATE_WIDTH    10

/* Excel refuses longer cells. */
#define MAX_CELL_CHARS 32767

#define TITLE_ROW     0

struct _ZfXlsx
{
  lxw_workbook  *workbook;
  char          *path;
  char          *partial_path;

  lxw_format    *title_format;
  lxw_format    *subtitle_format;
  lxw_format    *header_format;
  /* Cell formats by row style and column kind. */
  lxw_format    *cell_formats[ZF_XLSX_N_ROW_STYLES][ZF_XLSX_N_KINDS];
  ZfXlsxRowStyle row_style;    /* of the row being filled */
  gboolean       filtered;     /* the sheet's autofilter is set */

  lxw_worksheet *sheet;
  /* A sheet holds at most row_limit rows (Excel's 1,048,576); the rows
   * after continue on sheets named "<name> (2)", "(3)"…, each with the
   * title, subtitle and header again. */
  char          *sheet_name;
  char          *title;
  char          *subtitle;
  guint          sheet_part;   /* 1 for the first sheet of a table */
  lxw_row_t      row_limit;
  ZfXlsxColumn  *columns;
  guint          n_columns;
  guint         *widths;
  lxw_row_t      header_row;
  lxw_row_t      row;          /* the row being filled */
  lxw_col_t      col;          /* the next cell in it */
  guint          n_rows;
  lxw_error      failure;      /* first error of the current row */
};

guint
zf_xlsx_display_width (const char *text)
{
  guint width = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* Every cell of an export passes here: ASCII and the CJK ideographs
       * (nearly all of a register) skip GLib's table searches. */
      if ((guchar) *p < 0x80)
        {
          width++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (c >= 0x4E00 && c <= 0x9FFF)
        width += 2;
      else
        width += (g_unichar_iswide (c) || g_unichar_iswide_cjk (c)) ? 2 : 1;
    }
  return width;
}

static void
set_lxw_error (GError     **error,
               lxw_error    code,
               const char  *path)
{
  switch (code)
    {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Not enough memory to write the spreadsheet."));
      break;
    case LXW_ERROR_CREATING_XLSX_FILE:
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot create the spreadsheet “%s”: check that the folder exists "
                     "and that you may write to it (%s)."),
                   path, g_strerror (errno));
      break;
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot use a temporary file while writing the spreadsheet; "
                     "the disk may be full."));
      break;
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Writing the spreadsheet “%s” failed; the disk may be full."), path);
      break;
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The spreadsheet would have more rows or columns than Excel allows "
                     "(1,048,576 rows); export a smaller selection."));
      break;
    default:
      g_set_error (error, ZF_ERROR, ZF_ERROR_FAILED,
                   _("Cannot write the spreadsheet “%s”: %s"), path, lxw_strerror (code));
      break;
    }
}

static lxw_format *
cell_format_new (lxw_workbook   *workbook,
                 ZfXlsxRowStyle  style,
                 ZfXlsxKind      kind)
{
  static const char *const num_formats[ZF_XLSX_N_KINDS] = {
    [ZF_XLSX_INTEGER] = "0",
    [ZF_XLSX_NUMBER] = "#,##0.00",
    [ZF_XLSX_DATE] = "yyyy-mm-dd",
  };
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  if (num_formats[kind] != NULL)
    format_set_num_format (format, num_formats[kind]);
  if (style == ZF_XLSX_ROW_ALERT)
    {
      /* Excel's own "light red fill with dark red text". */
      format_set_bg_color (format, 0xFFC7CE);
      format_set_font_color (format, 0x9C0006);
    }
  else if (style == ZF_XLSX_ROW_TOTAL)
    format_set_bold (format);
  return format;
}

ZfXlsx *
zf_xlsx_new (const char  *path,
             GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  ZfXlsx *self;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot create the spreadsheet “%s”: the folder “%s” does not exist."),
                   path, dir);
      return NULL;
    }

  self = g_new0 (ZfXlsx, 1);
  self->path = g_strdup (path);
  self->row_limit = LXW_ROW_MAX;
  /* Written beside the target and renamed over it on success: a failed or
   * cancelled export never destroys the previous file of that name. */
  base = g_path_get_basename (path);
  self->partial_path = g_strdup_printf ("%s%c.%s.%d.partial", dir, G_DIR_SEPARATOR,
                                        base, (int) getpid ());

  self->workbook = workbook_new_opt (self->partial_path, &options);
  if (self->workbook == NULL)
    {
      set_lxw_error (error, LXW_ERROR_MEMORY_MALLOC_FAILED, path);
      zf_xlsx_free (self);
      return NULL;
    }

  self->title_format = workbook_add_format (self->workbook);
  format_set_bold (self->title_format);
  format_set_font_size (self->title_format, 16);
  format_set_align (self->title_format, LXW_ALIGN_CENTER);
  format_set_align (self->title_format, LXW_ALIGN_VERTICAL_CENTER);

  self->subtitle_format = workbook_add_format (self->workbook);
  format_set_align (self->subtitle_format, LXW_ALIGN_CENTER);

  self->header_format = workbook_add_format (self->workbook);
  format_set_bold (self->header_format);
  format_set_border (self->header_format, LXW_BORDER_THIN);
  format_set_align (self->header_format, LXW_ALIGN_CENTER);
  format_set_align (self->header_format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (self->header_format, 0xDDE4EE);

  for (guint style = 0; style < ZF_XLSX_N_ROW_STYLES; style++)
    for (guint kind = 0; kind < ZF_XLSX_N_KINDS; kind++)
      self->cell_formats[style][kind] = cell_format_new (self->workbook, style, kind);

  return self;
}

void
zf_xlsx_free (ZfXlsx *self)
{
  if (self == NULL)
    return;
  if (self->workbook != NULL)
    {
      lxw_workbook_free (self->workbook);
      g_unlink (self->partial_path);
    }
  g_free (self->columns);
  g_free (self->widths);
  g_free (self->sheet_name);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->path);
  g_free (self->partial_path);
  g_free (self);
}

/* Excel sheet names: at most 31 characters, none of []:*?/\ . A
 * continuation sheet (@part > 1) ends in " (part)", which is kept whole. */
static char *
sheet_name_sanitize (const char *name,
                     guint       part)
{
  g_autofree char *suffix = part > 1 ? g_strdup_printf (" (%u)", part) : g_strdup ("");
  GString *out = g_string_new (NULL);
  guint n = 0;
  guint room = 31 - (guint) strlen (suffix);

  for (const char *p = name; *p && n < room; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, strchr ("[]:*?/\\", (int) c) && c < 128 ? '_' : c);
    }
  if (out->len == 0)
    g_string_append (out, "Sheet1");
  g_string_append (out, suffix);
  return g_string_free (out, FALSE);
}

static guint
clamp_width (guint width)
{
  return CLAMP (width + PADDING, MIN_WIDTH, MAX_WIDTH);
}

/* Widths are known only once every row has passed, and a second pass over
 * the store would double the export time for a 100,000-officer register.
 * libxlsxwriter streams the <sheetData> of a constant_memory sheet to a
 * temporary file and writes the <cols> element (which comes before it in
 * the XML) only when the workbook is assembled at close, so widths set
 * after the rows still apply: one pass gives exact widths. The header and
 * the caller's estimate are set up front as well, so a sheet is readable
 * even where that would not hold; test-export-bodies reads the widths back. */
static void
apply_widths (ZfXlsx *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    worksheet_set_column (self->sheet, i, i, clamp_width (self->widths[i]), NULL);
}

/* Adds the sheet of part @self->sheet_part of the table and writes its
 * title, subtitle and header; the columns and widths are already set. */
static lxw_error
open_sheet (ZfXlsx *self)
{
  g_autofree char *name = sheet_name_sanitize (self->sheet_name, self->sheet_part);
  const char *title = self->title ? self->title : "";
  guint n_columns = self->n_columns;
  lxw_error rc = LXW_NO_ERROR;
  lxw_row_t row = TITLE_ROW;

  self->sheet = workbook_add_worksheet (self->workbook, name);
  if (self->sheet == NULL)
    return LXW_ERROR_SHEETNAME_ALREADY_USED;
  apply_widths (self);

  /* Rows must be written in order in constant_memory mode; the merged title
   * is row 0, so it is allowed. */
  worksheet_set_row (self->sheet, row, 30, NULL);
  if (n_columns > 1)
    rc = worksheet_merge_range (self->sheet, row, 0, row, n_columns - 1, title,
                                self->title_format);
  else
    rc = worksheet_write_string (self->sheet, row, 0, title, self->title_format);
  row++;

  if (rc == LXW_NO_ERROR && self->subtitle != NULL && *self->subtitle != '\0')
    {
      if (n_columns > 1)
        rc = worksheet_merge_range (self->sheet, row, 0, row, n_columns - 1, self->subtitle,
                                    self->subtitle_format);
      else
        rc = worksheet_write_string (self->sheet, row, 0, self->subtitle,
                                     self->subtitle_format);
      row++;
    }

  self->header_row = row;
  for (guint i = 0; rc == LXW_NO_ERROR && i < n_columns; i++)
    rc = worksheet_write_string (self->sheet, row, i, self->columns[i].header,
                                 self->header_format);
  if (rc != LXW_NO_ERROR)
    return rc;

  worksheet_freeze_panes (self->sheet, self->header_row + 1, 0);
  worksheet_repeat_rows (self->sheet, self->header_row, self->header_row);
  worksheet_set_landscape (self->sheet);
  worksheet_set_paper (self->sheet, 9);   /* A4 */
  worksheet_fit_to_pages (self->sheet, 1, 0);

  self->row = self->header_row + 1;
  self->col = 0;
  self->n_rows = 0;
  self->filtered = FALSE;
  return LXW_NO_ERROR;
}

gboolean
zf_xlsx_begin_sheet (ZfXlsx              *self,
                     const char          *sheet_name,
                     const char          *title,
                     const char          *subtitle,
                     const ZfXlsxColumn  *columns,
                     guint                n_columns,
                     GError             **error)
{
  lxw_error rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->sheet == NULL, FALSE);
  g_return_val_if_fail (columns != NULL && n_columns > 0, FALSE);

  g_free (self->sheet_name);
  g_free (self->title);
  g_free (self->subtitle);
  self->sheet_name = g_strdup (sheet_name ? sheet_name : title ? title : "");
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->sheet_part = 1;

  self->columns = g_memdup2 (columns, sizeof *columns * n_columns);
  self->n_columns = n_columns;
  self->widths = g_new0 (guint, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      guint header = zf_xlsx_display_width (columns[i].header);
      guint estimate = columns[i].kind == ZF_XLSX_DATE ? DATE_WIDTH : columns[i].estimate;
      self->widths[i] = MAX (header, estimate);
    }

  rc = open_sheet (self);
  if (rc != LXW_NO_ERROR)
    {
      set_lxw_error (error, rc, self->path);
      return FALSE;
    }
  self->row_style = ZF_XLSX_ROW_NORMAL;
  self->failure = LXW_NO_ERROR;
  return TRUE;
}

static lxw_format *
cell_format (ZfXlsx     *self,
             ZfXlsxKind  kind)
{
  return self->cell_formats[self->row_style][kind];
}

/* The filter covers the header even when there is no data, so an empty
 * register still opens with its filter buttons. */
static lxw_error
set_autofilter (ZfXlsx *self)
{
  self->filtered = TRUE;
  return worksheet_autofilter (self->sheet, self->header_row, 0,
                               self->header_row + MAX (self->n_rows, 1), self->n_columns - 1);
}

static void
note_failure (ZfXlsx    *self,
              lxw_error  rc)
{
  if (rc != LXW_NO_ERROR && self->failure == LXW_NO_ERROR)
    self->failure = rc;
}

/* Before the first cell of a row: a sheet that is full (Excel's limit of
 * rows) is closed with its filter and widths, and the table goes on on
 * the next sheet of the table, under its title and header again. The
 * widths seen so far carry over, so every part looks the same. */
static void
make_room (ZfXlsx *self)
{
  if (self->col != 0 || self->row < self->row_limit)
    return;
  if (!self->filtered)
    note_failure (self, set_autofilter (self));
  apply_widths (self);
  self->sheet_part++;
  note_failure (self, open_sheet (self));
}

void
zf_xlsx_set_row_style (ZfXlsx         *self,
                       ZfXlsxRowStyle  style)
{
  g_return_if_fail (self != NULL && self->sheet != NULL);
  g_return_if_fail (style < ZF_XLSX_N_ROW_STYLES);

  make_room (self);

  /* A constant_memory sheet refuses a range that ends above the row still
   * in memory, so the filter is set before the totals line, while the last
   * data row is that row. */
  if (style == ZF_XLSX_ROW_TOTAL && !self->filtered && self->col == 0)
    {
      note_failure (self, set_autofilter (self));
    }
  self->row_style = style;
}

static void
note_width (ZfXlsx *self,
            guint   width)
{
  if (self->col < self->n_columns && width > self->widths[self->col])
    self->widths[self->col] = width;
}

static void
note_result (ZfXlsx    *self,
             lxw_error  rc)
{
  note_failure (self, rc);
  self->col++;
}

/* The display width of @text (as zf_xlsx_display_width) when it holds
 * only printable ASCII, tabs, line breaks and the CJK ideographs U+4E00–
 * U+9FFF — nearly every cell of a register — none of which
 * zf_text_make_visible() changes: one pass over the bytes instead of two
 * over the characters. -1 for any other text. */
static int
plain_width (const char *text)
{
  const guchar *p = (const guchar *) text;
  int width = 0;

  while (*p)
    {
      if ((*p >= 0x20 && *p < 0x7f) || *p == '\t' || *p == '\n')
        {
          width++;
          p++;
        }
      else if (*p >= 0xe4 && *p <= 0xe9 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80 &&
               (*p != 0xe4 || p[1] >= 0xb8))
        {
          width += 2;
          p += 3;
        }
      else
        return -1;
    }
  return width;
}

void
zf_xlsx_add_text (ZfXlsx     *self,
                  const char *text)
{
  g_autofree char *visible = NULL;
  int width;

  g_return_if_fail (self != NULL && self->sheet != NULL);
  make_room (self);

  if (text == NULL || *text == '\0')
    {
      note_result (self, worksheet_write_blank (self->sheet, self->row, self->col,
                                                cell_format (self, ZF_XLSX_TEXT)));
      return;
    }

  /* Short enough whatever its characters (a character takes at least a
   * byte), nothing to show: written as it is. */
  width = plain_width (text);
  if (width >= 0 && width <= MAX_CELL_CHARS)
    {
      note_width (self, width);
      note_result (self, worksheet_write_string (self->sheet, self->row, self->col, text,
                                                 cell_format (self, ZF_XLSX_TEXT)));
      return;
    }

  /* libxlsxwriter would write control characters as _xHHHH_ escapes that
   * Excel turns back into invisible characters: show them instead. */
  visible = zf_text_make_visible (text);
  if (visible != NULL)
    text = visible;

  /* A character takes at least one byte: short texts need no count. */
  if (strlen (text) > MAX_CELL_CHARS && g_utf8_strlen (text, -1) > MAX_CELL_CHARS)
    {
      /* Excel's limit; the cut is marked so that nobody takes it for all. */
      g_autofree char *cut = g_utf8_substring (text, 0, MAX_CELL_CHARS - 1);
      g_autofree char *marked = g_strconcat (cut, "…", NULL);
      note_width (self, MAX_WIDTH);
      note_result (self, worksheet_write_string (self->sheet, self->row, self->col, marked,
                                                 cell_format (self, ZF_XLSX_TEXT)));
      return;
    }

  note_width (self, zf_xlsx_display_width (text));
  note_result (self, worksheet_write_string (self->sheet, self->row, self->col, text,
                                             cell_format (self, ZF_XLSX_TEXT)));
}

void
zf_xlsx_add_int (ZfXlsx *self,
                 gint64  value)
{
  char digits[32];

  g_return_if_fail (self != NULL && self->sheet != NULL);
  make_room (self);

  note_width (self, g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, value));
  note_result (self, worksheet_write_number (self->sheet, self->row, self->col,
                                             (double) value, cell_format (self, ZF_XLSX_INTEGER)));
}

void
zf_xlsx_add_number (ZfXlsx *self,
                    double  value)
{
  char digits[64];

  g_return_if_fail (self != NULL && self->sheet != NULL);
  make_room (self);

  if (isnan (value))
    {
      note_result (self, worksheet_write_blank (self->sheet, self->row, self->col,
                                                cell_format (self, ZF_XLSX_NUMBER)));
      return;
    }
  /* Thousands separators add a character per three digits. */
  note_width (self, g_snprintf (digits, sizeof digits, "%.2f", value) * 4 / 3);
  note_result (self, worksheet_write_number (self->sheet, self->row, self->col, value,
                                             cell_format (self, ZF_XLSX_NUMBER)));
}

void
zf_xlsx_add_date (ZfXlsx     *self,
                  const char *iso)
{
  GDate date;

  g_return_if_fail (self != NULL && self->sheet != NULL);
  make_room (self);

  if (!zf_date_parse (iso, &date))
    {
      zf_xlsx_add_text (self, iso);
      return;
    }
  {
    lxw_datetime dt = {
      .year = g_date_get_year (&date),
      .month = g_date_get_month (&date),
      .day = g_date_get_day (&date),
    };
    note_result (self, worksheet_write_datetime (self->sheet, self->row, self->col, &dt,
                                                 cell_format (self, ZF_XLSX_DATE)));
  }
}

gboolean
zf_xlsx_end_row (ZfXlsx  *self,
                 GError **error)
{
  g_return_val_if_fail (self != NULL && self->sheet != NULL, FALSE);

  if (self->failure != LXW_NO_ERROR)
    {
      set_lxw_error (error, self->failure, self->path);
      return FALSE;
    }
  /* A totals line is not data: the filter range stops above it. */
  if (self->row_style != ZF_XLSX_ROW_TOTAL)
    self->n_rows++;
  self->row++;
  self->col = 0;
  self->row_style = ZF_XLSX_ROW_NORMAL;
  return TRUE;
}

void
zf_xlsx_set_sheet_row_limit (ZfXlsx    *self,
                             lxw_row_t  limit)
{
  g_return_if_fail (self != NULL && self->sheet == NULL);
  g_return_if_fail (limit > 4 && limit <= LXW_ROW_MAX);

  self->row_limit = limit;
}

guint
zf_xlsx_get_n_rows (ZfXlsx *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

gboolean
zf_xlsx_end_sheet (ZfXlsx  *self,
                   GError **error)
{
  lxw_error rc = LXW_NO_ERROR;

  g_return_val_if_fail (self != NULL && self->sheet != NULL, FALSE);

  if (!self->filtered)
    rc = set_autofilter (self);
  if (rc != LXW_NO_ERROR)
    {
      set_lxw_error (error, rc, self->path);
      return FALSE;
    }
  apply_widths (self);

  self->sheet = NULL;
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->widths, g_free);
  self->n_columns = 0;
  return TRUE;
}

gboolean
zf_xlsx_close (ZfXlsx  *self,
               GError **error)
{
  lxw_workbook *workbook;
  lxw_error rc;

  g_return_val_if_fail (self != NULL && self->workbook != NULL, FALSE);

  if (self->sheet != NULL && !zf_xlsx_end_sheet (self, error))
    return FALSE;

  workbook = g_steal_pointer (&self->workbook);
  errno = 0;
  rc = workbook_close (workbook);   /* frees the workbook, even on error */
  if (rc != LXW_NO_ERROR)
    {
      set_lxw_error (error, rc, self->path);
      g_unlink (self->partial_path);
      return FALSE;
    }

  if (g_rename (self->partial_path, self->path) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO,
                   _("Cannot save the spreadsheet as “%s”: %s"), self->path,
                   g_strerror (saved));
      g_unlink (self->partial_path);
      return FALSE;
    }
  return TRUE;
}
