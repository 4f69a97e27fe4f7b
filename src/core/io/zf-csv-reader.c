#define G_LOG_DOMAIN "zf-csv-reader"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-i18n.h"

#define CHUNK_SIZE 65536

struct _ZfCsvReader
{
  GObject        parent_instance;

  GInputStream  *stream;
  gboolean       eof;
  const char    *charset;   /* NULL for UTF-8, else what iconv decodes */
  GIConv         iconv;
  GByteArray    *pending;   /* raw bytes not decoded yet (a split character) */
  GString       *text;      /* decoded UTF-8 */
  gsize          pos;
  char           separator;
  guint          record;    /* number of the last record read */
};

static void row_source_iface_init (ZfRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfCsvReader, zf_csv_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZF_TYPE_ROW_SOURCE, row_source_iface_init))

static void
zf_csv_reader_finalize (GObject *object)
{
  ZfCsvReader *self = ZF_CSV_READER (object);

  g_clear_object (&self->stream);
  if (self->iconv != (GIConv) -1)
    g_iconv_close (self->iconv);
  g_byte_array_unref (self->pending);
  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (zf_csv_reader_parent_class)->finalize (object);
}

static void
zf_csv_reader_class_init (ZfCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_csv_reader_finalize;
}

static void
zf_csv_reader_init (ZfCsvReader *self)
{
  self->iconv = (GIConv) -1;
  self->pending = g_byte_array_new ();
  self->text = g_string_new (NULL);
  self->separator = ',';
}

static gboolean
decode_utf8 (ZfCsvReader  *self,
             GError      **error)
{
  const char *end = NULL;
  gsize len = self->pending->len;

  g_utf8_validate_len ((const char *) self->pending->data, len, &end);
  len = end - (const char *) self->pending->data;
  g_string_append_len (self->text, (const char *) self->pending->data, len);
  g_byte_array_remove_range (self->pending, 0, len);

  /* Up to three bytes may be the start of a character split by the read. */
  if (self->pending->len >= 4 || (self->eof && self->pending->len > 0))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The file is not valid UTF-8 after row %u. If it was saved by Excel "
                     "on Chinese Windows, choose the GBK encoding."), self->record);
      return FALSE;
    }
  return TRUE;
}

static gboolean
decode_iconv (ZfCsvReader  *self,
              GError      **error)
{
  gchar *in = (gchar *) self->pending->data;
  gsize in_left = self->pending->len;

  while (in_left > 0)
    {
      char out_buf[CHUNK_SIZE];
      gchar *out = out_buf;
      gsize out_left = sizeof out_buf;
      gsize rc = g_iconv (self->iconv, &in, &in_left, &out, &out_left);
      int saved = errno;

      g_string_append_len (self->text, out_buf, out - out_buf);
      if (rc != (gsize) -1)
        continue;
      if (saved == E2BIG)
        continue;
      if (saved == EINVAL && !self->eof)
        break;
      if (g_str_has_prefix (self->charset, "UTF-16"))
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("The file is not valid Unicode (UTF-16) text after row %u: "
                       "it is damaged."), self->record);
      else
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("The file is not valid GBK/GB18030 text after row %u; "
                       "try the UTF-8 encoding."), self->record);
      return FALSE;
    }
  g_byte_array_remove_range (self->pending, 0, self->pending->len - in_left);
  return TRUE;
}

/* Reads and decodes one more chunk; FALSE on error, sets eof at the end. */
static gboolean
fill (ZfCsvReader  *self,
      GError      **error)
{
  guint8 buf[CHUNK_SIZE];
  gssize n;

  if (self->eof)
    return TRUE;

  /* Keep the buffer small: drop what the parser has consumed. */
  if (self->pos > 0)
    {
      g_string_erase (self->text, 0, self->pos);
      self->pos = 0;
    }

  n = g_input_stream_read (self->stream, buf, sizeof buf, NULL, error);
  if (n < 0)
    return FALSE;
  if (n == 0)
    self->eof = TRUE;
  g_byte_array_append (self->pending, buf, n);

  return self->charset ? decode_iconv (self, error) : decode_utf8 (self, error);
}

/* Next byte of decoded text, or -1 at the end; -2 on error. */
static int
next_char (ZfCsvReader  *self,
           GError      **error)
{
  while (self->pos >= self->text->len)
    {
      if (self->eof)
        return -1;
      if (!fill (self, error))
        return -2;
    }
  return (guchar) self->text->str[self->pos++];
}

static int
peek_char (ZfCsvReader  *self,
           GError      **error)
{
  int c = next_char (self, error);

  if (c >= 0)
    self->pos--;
  return c;
}

/* The separator is the candidate that occurs most often outside quotes in
 * the first lines; a comma wins ties, as in Excel's own CSV. */
static char
sniff_separator (const char *text,
                 gsize       len)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint lines = 0;
  guint best = 0;

  for (gsize i = 0; i < len && lines < 10; i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted && text[i] == '\n')
        lines++;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (text[i] == candidates[k])
            counts[k]++;
    }
  for (guint k = 1; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > counts[best])
      best = k;
  return candidates[best];
}

static gboolean
looks_like_utf8 (const guint8 *data,
                 gsize         len,
                 gboolean      complete)
{
  const char *end = NULL;

  if (g_utf8_validate_len ((const char *) data, len, &end))
    return TRUE;
  /* A character cut by the end of the sample is not evidence against. */
  return !complete && (gsize) ((const guint8 *) end - data) + 4 > len;
}

static gboolean
start (ZfCsvReader  *self,
       const char   *encoding,
       GError      **error)
{
  guint8 sample[CHUNK_SIZE];
  gsize n = 0;
  gsize skip = 0;

  if (!g_input_stream_read_all (self->stream, sample, sizeof sample, &n, NULL, error))
    return FALSE;
  self->eof = n < sizeof sample;

  /* Excel's "Unicode Text" is UTF-16LE with a BOM, tab-separated. */
  if (n >= 2 && (memcmp (sample, "\xFF\xFE", 2) == 0 || memcmp (sample, "\xFE\xFF", 2) == 0))
    {
      self->charset = sample[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      skip = 2;
    }
  else if (n >= 3 && memcmp (sample, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;

  if (self->charset != NULL)
    ;  /* A BOM says what the text is, whatever was asked. */
  else if (encoding != NULL && *encoding != '\0')
    {
      if (g_ascii_strcasecmp (encoding, "gbk") == 0 ||
          g_ascii_strcasecmp (encoding, "gb18030") == 0 ||
          g_ascii_strcasecmp (encoding, "gb2312") == 0)
        self->charset = "GB18030";
      else if (g_ascii_strcasecmp (encoding, "utf-8") != 0 &&
               g_ascii_strcasecmp (encoding, "utf8") != 0)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("Unknown encoding “%s”: choose utf-8 or gbk."), encoding);
          return FALSE;
        }
    }
  else if (skip == 0 && !looks_like_utf8 (sample, n, self->eof))
    self->charset = "GB18030";

  if (g_strcmp0 (self->charset, "GB18030") == 0)
    skip = 0;
  if (self->charset != NULL)
    {
      self->iconv = g_iconv_open ("UTF-8", self->charset);
      if (self->iconv == (GIConv) -1)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_FAILED,
                       _("This system cannot convert %s text."), self->charset);
          return FALSE;
        }
    }

  g_byte_array_append (self->pending, sample + skip, n - skip);
  if (!(self->charset ? decode_iconv (self, error) : decode_utf8 (self, error)))
    return FALSE;
  self->separator = sniff_separator (self->text->str, self->text->len);
  return TRUE;
}

ZfCsvReader *
zf_csv_reader_new (GInputStream  *stream,
                   const char    *encoding,
                   GError       **error)
{
  g_autoptr(ZfCsvReader) self = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self = g_object_new (ZF_TYPE_CSV_READER, NULL);
  self->stream = g_object_ref (stream);
  if (!start (self, encoding, error))
    return NULL;
  return g_steal_pointer (&self);
}

ZfCsvReader *
zf_csv_reader_new_for_path (const char  *path,
                            const char  *encoding,
                            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local = NULL;

  stream = g_file_read (file, NULL, &local);
  if (stream == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot read “%s”: %s"),
                   path, local->message);
      return NULL;
    }
  return zf_csv_reader_new (G_INPUT_STREAM (stream), encoding, error);
}

const char *
zf_csv_reader_get_encoding (ZfCsvReader *self)
{
  g_return_val_if_fail (ZF_IS_CSV_READER (self), NULL);

  return self->charset ? self->charset : "UTF-8";
}

char
zf_csv_reader_get_separator (ZfCsvReader *self)
{
  g_return_val_if_fail (ZF_IS_CSV_READER (self), ',');

  return self->separator;
}

/* One record, or NULL at the end of the file (error unset) or on error. */
static ZfRow *
read_record (ZfCsvReader  *self,
             GError      **error)
{
  g_autoptr(ZfRow) row = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;
  guint column = 0;
  int c;

  c = peek_char (self, error);
  if (c == -2)
    return NULL;
  if (c == -1)
    return NULL;

  row = zf_row_new (++self->record);
  for (;;)
    {
      c = next_char (self, error);
      if (c == -2)
        return NULL;
      if (c == -1)
        {
          if (quoted)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("Row %u has a quoted field that is never closed."), row->number);
              return NULL;
            }
          break;
        }

      if (quoted)
        {
          if (c == '"')
            {
              int d = peek_char (self, error);
              if (d == -2)
                return NULL;
              if (d == '"')
                {
                  g_string_append_c (field, '"');
                  self->pos++;
                }
              else
                quoted = FALSE;
            }
          else
            g_string_append_c (field, c);
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        quoted = was_quoted = TRUE;
      else if (c == self->separator)
        {
          zf_row_set_cell (row, column++, ZF_CELL_TEXT, field->str);
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          if (column >= 16384)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("Row %u has more than 16,384 columns."), row->number);
              return NULL;
            }
        }
      else if (c == '\r' || c == '\n')
        {
          if (c == '\r' && peek_char (self, NULL) == '\n')
            self->pos++;
          break;
        }
      else
        g_string_append_c (field, c);
    }

  zf_row_set_cell (row, column, ZF_CELL_TEXT, field->str);
  return g_steal_pointer (&row);
}

static ZfRow *
zf_csv_reader_next_row (ZfRowSource  *source,
                        GError      **error)
{
  ZfCsvReader *self = ZF_CSV_READER (source);

  for (;;)
    {
      g_autoptr(ZfRow) row = read_record (self, error);

      if (row == NULL || !zf_row_is_blank (row))
        return g_steal_pointer (&row);
    }
}

static void
row_source_iface_init (ZfRowSourceInterface *iface)
{
  iface->next_row = zf_csv_reader_next_row;
}
