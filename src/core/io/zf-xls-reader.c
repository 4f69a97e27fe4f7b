#define G_LOG_DOMAIN "zf-xls-reader"

#include "config.h"

#include <errno.h>
#include <freexl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-xls-biff.h"
#include "zf-xls-reader.h"

/* FreeXL is not memory-safe on damaged files (it reads past its buffers
 * while converting text, and overflows the heap inside freexl_open). So it
 * runs in a forked child that writes what it read to a pipe and exits; a
 * child that crashes, fails or writes a malformed stream makes the file
 * "damaged", never the app.
 *
 * The stream (native byte order, the same machine on both ends):
 *   "ZFXL", u32 status
 *   status XLS_OPEN_FAILED: i32 FreeXL error code; then "END!"
 *   status XLS_OK: u32 date1904, u32 sheets, then per sheet:
 *     u32 name length (XLS_NO_NAME: unnamed) and the name's bytes,
 *     u8 readable, u32 rows, u32 columns, then cells in row-major order:
 *       u8 kind (XLS_NUMBER, XLS_TEXT, XLS_DATE), u32 row, u32 column,
 *       then f64 for a number, or u32 length and bytes for a text or date;
 *     and u8 XLS_END_OF_SHEET;
 *   then "END!". */
enum
{
  XLS_OK,
  XLS_OPEN_FAILED,
  XLS_PASSWORD,
  XLS_NO_SHEETS,
};

enum
{
  XLS_END_OF_SHEET,
  XLS_NUMBER,
  XLS_TEXT,
  XLS_DATE,
};

#define XLS_NO_NAME      G_MAXUINT32
#define XLS_MAX_ROWS     1048576u
#define XLS_MAX_COLUMNS  16384u
#define XLS_MAX_STREAM   ((gsize) 1 << 30)
#define XLS_TIME_LIMIT_S 60

typedef struct
{
  guint32  row;
  guint32  column;
  guint8   kind;
  double   number;
  char    *text;
} XlsCell;

typedef struct
{
  char    *name;
  gboolean readable;
  guint    n_rows;
  guint    n_columns;
  GArray  *cells;   /* XlsCell, row-major */
} XlsSheet;

struct _ZfXlsReader
{
  GObject     parent_instance;

  GPtrArray  *sheet_names;   /* char *, NULL-terminated */
  GPtrArray  *sheets;        /* XlsSheet * */
  gboolean    date1904;
  guint       next;          /* index of the next row to read */
  guint       next_cell;     /* index of the next cell of the sheet */
  guint       sheet;         /* index of the selected sheet */
  ZfXlsBiff  *biff;          /* formula results, hidden sheets and rows, or NULL */
};

static ZfXlsTestFault test_fault;
static guint test_time_limit;

static void row_source_iface_init (ZfRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfXlsReader, zf_xls_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZF_TYPE_ROW_SOURCE, row_source_iface_init))

static void
xls_cell_clear (gpointer data)
{
  g_free (((XlsCell *) data)->text);
}

static void
xls_sheet_free (gpointer data)
{
  XlsSheet *sheet = data;

  g_free (sheet->name);
  g_array_unref (sheet->cells);
  g_free (sheet);
}

static void
zf_xls_reader_finalize (GObject *object)
{
  ZfXlsReader *self = ZF_XLS_READER (object);

  g_ptr_array_unref (self->sheet_names);
  g_ptr_array_unref (self->sheets);
  g_clear_pointer (&self->biff, zf_xls_biff_free);

  G_OBJECT_CLASS (zf_xls_reader_parent_class)->finalize (object);
}

static void
zf_xls_reader_class_init (ZfXlsReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_xls_reader_finalize;
}

static void
zf_xls_reader_init (ZfXlsReader *self)
{
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
  self->sheets = g_ptr_array_new_with_free_func (xls_sheet_free);
}

void
zf_xls_reader_set_test_fault (ZfXlsTestFault fault,
                              guint          time_limit_s)
{
  test_fault = fault;
  test_time_limit = time_limit_s;
}

/* ---- The child: FreeXL, a buffered writer, _exit() ---- */

typedef struct
{
  int    fd;
  guint8 buf[65536];
  gsize  len;
} ChildOut;

static void
child_flush (ChildOut *out)
{
  gsize done = 0;

  while (done < out->len)
    {
      ssize_t n = write (out->fd, out->buf + done, out->len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (3);
      done += (gsize) n;
    }
  out->len = 0;
}

static void
child_put (ChildOut   *out,
           const void *data,
           gsize       len)
{
  const guint8 *p = data;

  while (len > 0)
    {
      gsize n = MIN (len, sizeof out->buf - out->len);

      memcpy (out->buf + out->len, p, n);
      out->len += n;
      p += n;
      len -= n;
      if (out->len == sizeof out->buf)
        child_flush (out);
    }
}

static void
child_u32 (ChildOut *out,
           guint32   v)
{
  child_put (out, &v, sizeof v);
}

static void
child_u8 (ChildOut *out,
          guint8    v)
{
  child_put (out, &v, 1);
}

static void
child_text (ChildOut   *out,
            guint8      kind,
            guint32     row,
            guint32     column,
            const char *text)
{
  gsize len = strlen (text);

  if (len > G_MAXUINT32 / 2)
    return;
  child_u8 (out, kind);
  child_u32 (out, row);
  child_u32 (out, column);
  child_u32 (out, (guint32) len);
  child_put (out, text, len);
}

G_GNUC_NORETURN static void
child_end (ChildOut *out)
{
  child_put (out, "END!", 4);
  child_flush (out);
  _exit (0);
}

/* Runs in the forked child only; it never returns. Long: one linear script
 * over the library's calls (open, sheets, rows, cells), each answered on the
 * pipe at once, with no state worth a function of its own. */
G_GNUC_NORETURN static void
child_main (const char *path,
            int         fd)
{
  static ChildOut out;
  const void *handle = NULL;
  unsigned int info = 0;
  unsigned int n_sheets;
  int rc;

  out.fd = fd;
  if (test_fault == ZF_XLS_TEST_FAULT_ABORT)
    abort ();
  if (test_fault == ZF_XLS_TEST_FAULT_HANG)
    for (;;)
      pause ();
  if (test_fault == ZF_XLS_TEST_FAULT_GARBAGE)
    {
      child_put (&out, "ZFXL\0\0\0\0\0\0\0\0\x07\0\0\0", 16);
      child_end (&out);
    }

  child_put (&out, "ZFXL", 4);
  rc = freexl_open (path, &handle);
  if (rc != FREEXL_OK)
    {
      child_u32 (&out, XLS_OPEN_FAILED);
      child_u32 (&out, (guint32) rc);
      child_end (&out);
    }
  if (freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
      info != FREEXL_BIFF_PLAIN)
    {
      child_u32 (&out, XLS_PASSWORD);
      child_end (&out);
    }
  if (freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK || n_sheets == 0)
    {
      child_u32 (&out, XLS_NO_SHEETS);
      child_end (&out);
    }
  n_sheets = MIN (n_sheets, G_MAXUSHORT);
  child_u32 (&out, XLS_OK);
  child_u32 (&out, freexl_get_info (handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK &&
                   info == FREEXL_BIFF_DATEMODE_1904);
  child_u32 (&out, n_sheets);
  for (unsigned int i = 0; i < n_sheets; i++)
    {
      const char *name = NULL;
      unsigned int rows = 0;
      unsigned short columns = 0;
      gboolean readable;

      if (freexl_get_worksheet_name (handle, i, &name) != FREEXL_OK || name == NULL ||
          strlen (name) > G_MAXUINT16 * 4u)
        child_u32 (&out, XLS_NO_NAME);
      else
        {
          child_u32 (&out, (guint32) strlen (name));
          child_put (&out, name, strlen (name));
        }
      readable = freexl_select_active_worksheet (handle, i) == FREEXL_OK &&
                 freexl_worksheet_dimensions (handle, &rows, &columns) == FREEXL_OK;
      rows = readable ? MIN (rows, XLS_MAX_ROWS) : 0;
      columns = readable ? MIN (columns, XLS_MAX_COLUMNS) : 0;
      child_u8 (&out, readable);
      child_u32 (&out, rows);
      child_u32 (&out, columns);
      for (unsigned int r = 0; r < rows; r++)
        for (unsigned int c = 0; c < columns; c++)
          {
            FreeXL_CellValue v;
            double number;

            if (freexl_get_cell_value (handle, r, (unsigned short) c, &v) != FREEXL_OK)
              continue;
            switch (v.type)
              {
              case FREEXL_CELL_INT:
              case FREEXL_CELL_DOUBLE:
                number = v.type == FREEXL_CELL_INT ? v.value.int_value : v.value.double_value;
                child_u8 (&out, XLS_NUMBER);
                child_u32 (&out, r);
                child_u32 (&out, c);
                child_put (&out, &number, sizeof number);
                break;
              case FREEXL_CELL_TEXT:
              case FREEXL_CELL_SST_TEXT:
              case FREEXL_CELL_TIME:
                if (v.value.text_value != NULL)
                  child_text (&out, XLS_TEXT, r, c, v.value.text_value);
                break;
              case FREEXL_CELL_DATE:
              case FREEXL_CELL_DATETIME:
                if (v.value.text_value != NULL)
                  child_text (&out, XLS_DATE, r, c, v.value.text_value);
                break;
              default:
                break;
              }
          }
      child_u8 (&out, XLS_END_OF_SHEET);
    }
  child_end (&out);
}

/* ---- The parent: runs the child, reads its stream ---- */

static void
set_damaged (GError     **error,
             const char  *name)
{
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("The .xls file “%s” is damaged and cannot be read. Open it in Excel or WPS, "
                 "save it as .xlsx, and import that file."), name);
}

/* Forks the child and collects its stream within the time limit. NULL
 * when the child did not exit normally with status 0. */
static GBytes *
run_child (const char *path)
{
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  gint64 deadline;
  gboolean ok = TRUE;
  int fds[2];
  int status = 0;
  pid_t pid;

  if (pipe (fds) != 0)
    return NULL;
  /* After fork() in a threaded (GTK) process only the calling thread
   * exists in the child, and locks other threads held stay held. The child
   * therefore only calls FreeXL (which uses malloc, stdio and iconv), writes
   * to the pipe and leaves by _exit() — no GLib, no atexit handlers, no
   * stdio flushing of the parent's buffers. glibc resets its malloc and
   * stdio locks in the child of fork(), so malloc stays usable there. */
  pid = fork ();
  if (pid < 0)
    {
      close (fds[0]);
      close (fds[1]);
      return NULL;
    }
  if (pid == 0)
    {
      close (fds[0]);
      child_main (path, fds[1]);
    }
  close (fds[1]);

  deadline = g_get_monotonic_time () +
             (gint64) (test_time_limit > 0 ? test_time_limit : XLS_TIME_LIMIT_S) * G_USEC_PER_SEC;
  for (;;)
    {
      struct pollfd pfd = { .fd = fds[0], .events = POLLIN };
      gint64 left = deadline - g_get_monotonic_time ();
      guint8 buf[65536];
      ssize_t n;
      int rc;

      if (left <= 0)
        {
          ok = FALSE;
          break;
        }
      rc = poll (&pfd, 1, (int) MIN (left / 1000 + 1, G_MAXINT));
      if (rc < 0 && errno == EINTR)
        continue;
      if (rc <= 0)
        continue;
      n = read (fds[0], buf, sizeof buf);
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n <= 0)
        break;
      if (stream->len + (gsize) n > XLS_MAX_STREAM)
        {
          ok = FALSE;
          break;
        }
      g_byte_array_append (stream, buf, (guint) n);
    }
  close (fds[0]);
  if (!ok)
    kill (pid, SIGKILL);
  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      return NULL;
  if (!ok || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&stream));
}

typedef struct
{
  const guint8 *p;
  gsize         left;
} Stream;

static gboolean
take (Stream *s,
      void   *dest,
      gsize   len)
{
  if (s->left < len)
    return FALSE;
  memcpy (dest, s->p, len);
  s->p += len;
  s->left -= len;
  return TRUE;
}

static gboolean
take_u32 (Stream  *s,
          guint32 *v)
{
  return take (s, v, sizeof *v);
}

static char *
take_text (Stream *s)
{
  guint32 len;
  g_autofree char *raw = NULL;

  if (!take_u32 (s, &len) || len > s->left)
    return NULL;
  raw = g_strndup ((const char *) s->p, len);
  s->p += len;
  s->left -= len;
  return g_utf8_make_valid (raw, -1);
}

static gboolean
parse_sheet (ZfXlsReader *self,
             Stream      *s,
             guint        index)
{
  g_autofree char *name = NULL;
  XlsSheet *sheet;
  guint32 name_len, rows, columns;
  guint8 readable;

  if (!take_u32 (s, &name_len))
    return FALSE;
  if (name_len == XLS_NO_NAME)
    name = g_strdup_printf ("Sheet%u", index + 1);
  else
    {
      s->p -= sizeof name_len;
      s->left += sizeof name_len;
      if ((name = take_text (s)) == NULL)
        return FALSE;
    }
  if (!take (s, &readable, 1) || readable > 1 || !take_u32 (s, &rows) || !take_u32 (s, &columns) ||
      rows > XLS_MAX_ROWS || columns > XLS_MAX_COLUMNS)
    return FALSE;

  sheet = g_new0 (XlsSheet, 1);
  sheet->name = g_strdup (name);
  sheet->readable = readable;
  sheet->n_rows = rows;
  sheet->n_columns = columns;
  sheet->cells = g_array_new (FALSE, TRUE, sizeof (XlsCell));
  g_array_set_clear_func (sheet->cells, xls_cell_clear);
  g_ptr_array_add (self->sheets, sheet);
  g_ptr_array_add (self->sheet_names, g_steal_pointer (&name));

  for (;;)
    {
      XlsCell cell = { 0 };
      const XlsCell *last;

      if (!take (s, &cell.kind, 1))
        return FALSE;
      if (cell.kind == XLS_END_OF_SHEET)
        return TRUE;
      if (cell.kind > XLS_DATE || !take_u32 (s, &cell.row) || !take_u32 (s, &cell.column) ||
          cell.row >= rows || cell.column >= columns)
        return FALSE;
      last = sheet->cells->len > 0
             ? &g_array_index (sheet->cells, XlsCell, sheet->cells->len - 1) : NULL;
      if (last != NULL && (cell.row < last->row ||
                           (cell.row == last->row && cell.column <= last->column)))
        return FALSE;
      if (cell.kind == XLS_NUMBER)
        {
          if (!take (s, &cell.number, sizeof cell.number))
            return FALSE;
        }
      else if ((cell.text = take_text (s)) == NULL)
        return FALSE;
      g_array_append_val (sheet->cells, cell);
    }
}

static gboolean
select_index (ZfXlsReader  *self,
              guint         index,
              GError      **error)
{
  XlsSheet *sheet = g_ptr_array_index (self->sheets, index);

  if (!sheet->readable)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The workbook is damaged: its sheet “%s” cannot be read."), sheet->name);
      return FALSE;
    }
  self->next = 0;
  self->next_cell = 0;
  self->sheet = index;
  return TRUE;
}

/* Long: reads the child's answer in the order it is written (status,
 * date system, sheets, end mark), each refusal in its words. */
ZfXlsReader *
zf_xls_reader_new_from_stream (const guint8  *stream,
                               gsize          stream_len,
                               const guint8  *file,
                               gsize          file_len,
                               const char    *name,
                               GError       **error)
{
  g_autoptr(ZfXlsReader) self = g_object_new (ZF_TYPE_XLS_READER, NULL);
  Stream s = { stream, stream_len };
  guint32 status, date1904, n_sheets;
  char magic[4];

  if (!take (&s, magic, 4) || memcmp (magic, "ZFXL", 4) != 0 || !take_u32 (&s, &status))
    {
      set_damaged (error, name);
      return NULL;
    }
  switch (status)
    {
    case XLS_OPEN_FAILED:
      {
        guint32 rc;

        if (!take_u32 (&s, &rc) || !take (&s, magic, 4) || memcmp (magic, "END!", 4) != 0 ||
            s.left != 0)
          set_damaged (error, name);
        else if ((int) rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("“%s” holds no Excel workbook. Open it in Excel or WPS, save it as an "
                         "Excel workbook (.xlsx), and import that file."), name);
        else if ((int) rc == FREEXL_FILE_NOT_FOUND)
          g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot read “%s”."), name);
        else
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("“%s” is an Excel 97–2003 workbook (.xls) that cannot be read: it is "
                         "damaged, or made by a program that writes the format loosely (error %d). "
                         "Open it in Excel or WPS, save it as .xlsx, and import that file."),
                       name, (int) rc);
        return NULL;
      }
    case XLS_PASSWORD:
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is protected by a password (an encrypted workbook). Open it in Excel "
                     "or WPS with its password, remove the password, save it, and import that "
                     "file."), name);
      return NULL;
    case XLS_NO_SHEETS:
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The workbook “%s” has no sheets."), name);
      return NULL;
    case XLS_OK:
      break;
    default:
      set_damaged (error, name);
      return NULL;
    }

  if (!take_u32 (&s, &date1904) || date1904 > 1 || !take_u32 (&s, &n_sheets) ||
      n_sheets == 0 || n_sheets > G_MAXUSHORT)
    {
      set_damaged (error, name);
      return NULL;
    }
  self->date1904 = date1904;
  for (guint i = 0; i < n_sheets; i++)
    if (!parse_sheet (self, &s, i))
      {
        set_damaged (error, name);
        return NULL;
      }
  if (!take (&s, magic, 4) || memcmp (magic, "END!", 4) != 0 || s.left != 0)
    {
      set_damaged (error, name);
      return NULL;
    }
  g_ptr_array_add (self->sheet_names, NULL);

  /* FreeXL reads a formula cell as empty; its stored result is read from
   * the workbook stream instead. */
  self->biff = zf_xls_biff_new (file, file_len, self->date1904);
  if (file != NULL && self->biff == NULL)
    {
      /* Its formula cells would read as empty: refused, not stored so. */
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is a workbook in an old Excel format (Excel 95 or earlier) whose "
                     "formulas and text cannot be read faithfully. Open it in Excel or WPS, save "
                     "it as .xlsx, and import that file."), name);
      return NULL;
    }
  if (!select_index (self, 0, error))
    return NULL;
  return g_steal_pointer (&self);
}

ZfXlsReader *
zf_xls_reader_open (const char  *path,
                    GError     **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) stream = NULL;
  const guint8 *data;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);
  /* Only a compound file whose workbook stream holds whole records is
   * given to FreeXL at all; what passes this check may still crash it,
   * which the child process contains. */
  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot read “%s”."), name);
      return NULL;
    }
  if (!zf_xls_biff_check ((const guint8 *) g_mapped_file_get_contents (file),
                          g_mapped_file_get_length (file)))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is an Excel 97–2003 workbook (.xls) that is damaged: its parts do "
                     "not fit together. Open it in Excel or WPS (which repair such files), save "
                     "it as .xlsx, and import that file."), name);
      return NULL;
    }

  stream = run_child (path);
  if (stream == NULL)
    {
      set_damaged (error, name);
      return NULL;
    }
  data = g_bytes_get_data (stream, &len);
  return zf_xls_reader_new_from_stream (data, len,
                                        (const guint8 *) g_mapped_file_get_contents (file),
                                        g_mapped_file_get_length (file), name, error);
}

static ZfRow *
zf_xls_reader_next_row (ZfRowSource  *source,
                        GError      **error)
{
  ZfXlsReader *self = ZF_XLS_READER (source);
  XlsSheet *sheet = g_ptr_array_index (self->sheets, self->sheet);

  while (self->next < sheet->n_rows)
    {
      g_autoptr(ZfRow) row = NULL;

      /* Without formula results, rows with no cell are skipped at once. */
      if (self->biff == NULL)
        self->next = self->next_cell < sheet->cells->len
                     ? g_array_index (sheet->cells, XlsCell, self->next_cell).row : sheet->n_rows;
      if (self->next >= sheet->n_rows)
        break;
      row = zf_row_new (self->next + 1);
      row->hidden = zf_xls_biff_row_hidden (self->biff, sheet->name, self->next);

      for (guint c = 0; c < sheet->n_columns; c++)
        {
          const XlsCell *cell = self->next_cell < sheet->cells->len
                                ? &g_array_index (sheet->cells, XlsCell, self->next_cell) : NULL;

          if (cell == NULL || cell->row != self->next || cell->column != c)
            {
              zf_xls_biff_formula_cell (self->biff, sheet->name, self->next, c, row);
              continue;
            }
          self->next_cell++;
          switch (cell->kind)
            {
            case XLS_NUMBER:
              zf_row_set_number (row, c, cell->number);
              break;
            case XLS_TEXT:
              zf_row_set_cell (row, c, ZF_CELL_TEXT, cell->text);
              break;
            case XLS_DATE:
              /* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the day. */
              if (strlen (cell->text) >= 10)
                {
                  g_autofree char *day = g_strndup (cell->text, 10);
                  zf_row_set_cell (row, c, zf_xls_biff_year_month (self->biff, sheet->name, self->next, c)
                                           ? ZF_CELL_YEAR_MONTH : ZF_CELL_DATE, day);
                }
              break;
            default:
              break;
            }
        }
      self->next++;
      if (!zf_row_is_blank (row))
        return g_steal_pointer (&row);
    }
  return NULL;
}

static gboolean
zf_xls_reader_is_date1904 (ZfRowSource *source)
{
  return ZF_XLS_READER (source)->date1904;
}

static const char *const *
zf_xls_reader_sheet_names (ZfRowSource *source)
{
  return (const char *const *) ZF_XLS_READER (source)->sheet_names->pdata;
}

static gboolean
zf_xls_reader_select (ZfRowSource  *source,
                      const char   *name,
                      GError      **error)
{
  ZfXlsReader *self = ZF_XLS_READER (source);
  guint index;

  return zf_row_source_find_sheet ((const char *const *) self->sheet_names->pdata, name, &index,
                                   error) &&
         select_index (self, index, error);
}

static gboolean
zf_xls_reader_is_sheet_hidden (ZfRowSource *source,
                               guint        index)
{
  ZfXlsReader *self = ZF_XLS_READER (source);

  return index + 1 < self->sheet_names->len &&
         zf_xls_biff_sheet_hidden (self->biff, g_ptr_array_index (self->sheet_names, index));
}

static void
row_source_iface_init (ZfRowSourceInterface *iface)
{
  iface->is_sheet_hidden = zf_xls_reader_is_sheet_hidden;
  iface->next_row = zf_xls_reader_next_row;
  iface->is_date1904 = zf_xls_reader_is_date1904;
  iface->get_sheet_names = zf_xls_reader_sheet_names;
  iface->select_sheet = zf_xls_reader_select;
}
