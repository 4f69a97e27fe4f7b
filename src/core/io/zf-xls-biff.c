#define G_LOG_DOMAIN "zf-xls-biff"

#include "config.h"

#include <string.h>

#include "zf-import-normalize.h"
#include "zf-xls-biff.h"
#include "zf-xlsx-reader.h"

/* Compound file (MS-CFB) and BIFF8 (MS-XLS) records, as far as needed, and
 * the BIFF5 records of Excel 5.0/95 where they differ (the OpenOffice.org
 * "Microsoft Excel File Format" description): 8-bit strings in the code
 * page of the CODEPAGE record, with a 1-byte length in BOUNDSHEET and
 * FORMAT and a 2-byte length in STRING, and no flags byte. */
#define END_OF_CHAIN  0xFFFFFFFEu
#define MAX_SECTORS   (1u << 22)   /* 2 GiB of 512-byte sectors */

#define REC_BOF        0x0809
#define REC_EOF        0x000A
#define REC_BOUNDSHEET 0x0085
#define REC_FORMAT     0x041E
#define REC_XF         0x00E0
#define REC_FORMULA    0x0006
#define REC_STRING     0x0207
#define REC_ROW        0x0208
#define REC_CODEPAGE   0x0042
#define REC_NUMBER     0x0203
#define REC_RK         0x027E
#define REC_MULRK      0x00BD

#define BIFF5          0x0500
#define BIFF8          0x0600

typedef struct
{
  ZfCellType  type;
  char       *text;
  double      number;
} Result;

typedef struct
{
  char       *name;
  gboolean    hidden;
  guint32     offset;     /* of its BOF in the workbook stream */
  GHashTable *results;    /* row << 14 | column → Result */
  GHashTable *hidden_rows; /* row index (0-based) set */
  GHashTable *year_months; /* row << 14 | column set: dates shown without a day */
} Sheet;

struct _ZfXlsBiff
{
  GPtrArray *sheets;      /* Sheet * */
};

static void
result_free (gpointer data)
{
  Result *r = data;

  g_free (r->text);
  g_free (r);
}

static void
sheet_free (gpointer data)
{
  Sheet *s = data;

  g_free (s->name);
  g_clear_pointer (&s->results, g_hash_table_unref);
  g_clear_pointer (&s->hidden_rows, g_hash_table_unref);
  g_clear_pointer (&s->year_months, g_hash_table_unref);
  g_free (s);
}

void
zf_xls_biff_free (ZfXlsBiff *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->sheets);
  g_free (self);
}

static guint16
u16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
u32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

/* --- the compound file ----------------------------------------------------- */

typedef struct
{
  const guint8 *data;
  gsize         len;
  guint         ssz;      /* sector size */
  GArray       *fat;      /* guint32 */
} Cfb;

static const guint8 *
sector (Cfb     *cfb,
        guint32  id)
{
  guint64 off = ((guint64) id + 1) * cfb->ssz;

  if (id >= MAX_SECTORS || off + cfb->ssz > cfb->len)
    return NULL;
  return cfb->data + off;
}

/* The bytes of the chain starting at @start in @fat, of @unit-sized pieces
 * read by @piece; at most @max bytes. */
static GByteArray *
read_chain (Cfb           *cfb,
            GArray        *fat,
            guint32        start,
            guint          unit,
            const guint8 *(*piece) (Cfb *, guint32, gpointer),
            gpointer       user_data,
            gsize          max)
{
  GByteArray *out = g_byte_array_new ();
  guint32 id = start;
  guint steps = 0;
  /* A chain never visits more pieces than the file holds: a cycle stops
   * there, not after gigabytes of repeats. */
  gsize max_steps = MIN ((gsize) fat->len, cfb->len / unit + 1);

  while (id != END_OF_CHAIN && out->len < max)
    {
      const guint8 *p = piece (cfb, id, user_data);

      if (p == NULL || id >= fat->len || ++steps > max_steps || out->len >= max)
        break;
      g_byte_array_append (out, p, unit);
      id = g_array_index (fat, guint32, id);
    }
  if (out->len > max)
    g_byte_array_set_size (out, max);
  return out;
}

static const guint8 *
big_piece (Cfb      *cfb,
           guint32   id,
           gpointer  user_data)
{
  return sector (cfb, id);
}

static const guint8 *
mini_piece (Cfb      *cfb,
            guint32   id,
            gpointer  user_data)
{
  GByteArray *mini = user_data;

  if ((guint64) id * 64 + 64 > mini->len)
    return NULL;
  return mini->data + (gsize) id * 64;
}

/* The "Workbook" stream of the compound file (or with @biff5, an Excel 5
 * "Book" stream when there is no "Workbook": a file saved as "Excel 97 &
 * 5.0/95" holds both), or NULL.
 * Long: the compound file's header, FAT, directory and stream chains are
 * read in order, each bounded by the file's own sector count, and kept
 * together so that every bound is checked where its number is read. */
static GByteArray *
workbook_stream (const guint8 *data,
                 gsize         len,
                 gboolean      biff5)
{
  static const guint8 magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  Cfb cfb = { data, len, 0, NULL };
  g_autoptr(GArray) fat = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) difat = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GByteArray) dir = NULL;
  GByteArray *stream = NULL;
  const guint8 *found = NULL;
  guint shift;
  guint32 next, n_difat, n_sectors;

  if (len < 512 || memcmp (data, magic, 8) != 0)
    return NULL;
  shift = u16 (data + 0x1E);
  if (shift != 9 && shift != 12)
    return NULL;
  cfb.ssz = 1u << shift;
  cfb.fat = fat;
  /* Every count below is bounded by the sectors the file really has: a
   * DIFAT chain that loops back on itself, or a header claiming four
   * billion DIFAT sectors, reads no more than the file. */
  n_sectors = (guint32) MIN (len / cfb.ssz, (gsize) MAX_SECTORS);

  /* The FAT's sectors: 109 in the header, then the DIFAT chain. */
  for (guint i = 0; i < 109; i++)
    {
      guint32 id = u32 (data + 0x4C + 4 * i);
      if (id < MAX_SECTORS)
        g_array_append_val (difat, id);
    }
  next = u32 (data + 0x44);
  n_difat = u32 (data + 0x48);
  for (guint32 k = 0; k < MIN (n_difat, n_sectors) && next < MAX_SECTORS; k++)
    {
      const guint8 *p = sector (&cfb, next);

      if (p == NULL)
        break;
      for (guint i = 0; i + 1 < cfb.ssz / 4; i++)
        {
          guint32 id = u32 (p + 4 * i);
          if (id < n_sectors)
            g_array_append_val (difat, id);
        }
      next = u32 (p + cfb.ssz - 4);
    }
  for (guint i = 0; i < MIN (difat->len, n_sectors) && fat->len < MAX_SECTORS; i++)
    {
      const guint8 *p = sector (&cfb, g_array_index (difat, guint32, i));

      for (guint k = 0; p != NULL && k < cfb.ssz / 4; k++)
        {
          guint32 v = u32 (p + 4 * k);
          g_array_append_val (fat, v);
        }
    }

  dir = read_chain (&cfb, fat, u32 (data + 0x30), cfb.ssz, big_piece, NULL, 64u << 20);
  for (guint off = 0; off + 128 <= dir->len; off += 128)
    {
      const guint8 *e = dir->data + off;
      guint name_len = u16 (e + 0x40);
      g_autofree char *name = NULL;
      gunichar2 utf16[32];

      if (e[0x42] != 2 || name_len < 2 || name_len > 64 || name_len % 2)
        continue;
      for (guint i = 0; i < name_len / 2; i++)
        utf16[i] = u16 (e + 2 * i);
      name = g_utf16_to_utf8 (utf16, name_len / 2 - 1, NULL, NULL, NULL);
      if (g_strcmp0 (name, "Workbook") == 0)
        {
          found = e;
          break;
        }
      if (biff5 && g_strcmp0 (name, "Book") == 0)
        found = e;
    }
  if (found != NULL)
    {
      guint32 start = u32 (found + 0x74), size = u32 (found + 0x78);

      if (size >= u32 (data + 0x38))
        stream = read_chain (&cfb, fat, start, cfb.ssz, big_piece, NULL, size);
      else
        {
          /* A small stream lives in the mini stream, the root's chain, in
           * 64-byte pieces chained by the mini FAT. */
          const guint8 *root = dir->data;
          g_autoptr(GByteArray) mini = read_chain (&cfb, fat, u32 (root + 0x74), cfb.ssz,
                                                   big_piece, NULL, u32 (root + 0x78));
          g_autoptr(GByteArray) minifat_bytes = read_chain (&cfb, fat, u32 (data + 0x3C), cfb.ssz,
                                                            big_piece, NULL, 64u << 20);
          g_autoptr(GArray) minifat = g_array_new (FALSE, FALSE, sizeof (guint32));

          for (guint k = 0; k + 4 <= minifat_bytes->len; k += 4)
            {
              guint32 v = u32 (minifat_bytes->data + k);
              g_array_append_val (minifat, v);
            }
          stream = read_chain (&cfb, minifat, start, 64, mini_piece, mini, size);
        }
    }
  return stream;
}

/* --- BIFF8 and BIFF5 records ----------------------------------------------------------- */

/* An XLUnicodeString's characters (8-bit or UTF-16LE after its flags byte)
 * at @p, @cch of them, within @end. */
static char *
unicode_chars (const guint8 *p,
               const guint8 *end,
               guint         cch)
{
  gboolean wide;
  g_autofree gunichar2 *utf16 = NULL;

  if (p >= end)
    return NULL;
  wide = (p[0] & 1) != 0;
  p++;
  if (p + (gsize) cch * (wide ? 2 : 1) > end)
    cch = (guint) ((end - p) / (wide ? 2 : 1));
  utf16 = g_new (gunichar2, cch + 1);
  for (guint i = 0; i < cch; i++)
    utf16[i] = wide ? u16 (p + 2 * i) : p[i];
  return g_utf16_to_utf8 (utf16, cch, NULL, NULL, NULL);
}

/* A BIFF5 8-bit string: @cch bytes at @p, within @end, in @charset; NULL
 * when they are no text in it. */
static char *
byte_chars (const char   *charset,
            const guint8 *p,
            const guint8 *end,
            guint         cch)
{
  if (p > end)
    return NULL;
  cch = (guint) MIN ((gsize) cch, (gsize) (end - p));
  return g_convert ((const char *) p, cch, "UTF-8", charset, NULL, NULL, NULL);
}

/* The character set of a CODEPAGE record's value, for g_convert. */
static char *
codepage_charset (guint cp)
{
  switch (cp)
    {
    case 367:              /* ASCII */
    case 1252:
    case 32769:            /* Excel's own name for Windows-1252 */
      return g_strdup ("CP1252");
    case 936:              /* Simplified Chinese: GBK, within GB18030 */
      return g_strdup ("GB18030");
    case 10000:
    case 32768:
      return g_strdup ("MACINTOSH");
    default:
      return g_strdup_printf ("CP%u", cp);
    }
}

static gboolean
is_date_xf (GArray     *xf_formats,
            GHashTable *formats,
            guint       xf)
{
  guint fmt;

  if (xf >= xf_formats->len)
    return FALSE;
  fmt = g_array_index (xf_formats, guint16, xf);
  if (g_hash_table_contains (formats, GUINT_TO_POINTER (fmt)))
    return zf_xlsx_format_is_date (fmt, g_hash_table_lookup (formats, GUINT_TO_POINTER (fmt)));
  return zf_xlsx_format_is_date (fmt, NULL);
}

static gboolean
is_year_month_xf (GArray     *xf_formats,
                  GHashTable *formats,
                  guint       xf)
{
  guint fmt;

  if (xf >= xf_formats->len)
    return FALSE;
  fmt = g_array_index (xf_formats, guint16, xf);
  return zf_xlsx_format_is_year_month (fmt, g_hash_table_lookup (formats, GUINT_TO_POINTER (fmt)));
}

/* Long: one pass over the stream's records, a branch per record type
 * (sheets, formats, formula results and their strings, hidden rows, the
 * code page); each branch is a few lines, and the pass keeps the state
 * the records share (the current sheet, a formula awaiting its string). */
ZfXlsBiff *
zf_xls_biff_new (const guint8 *data,
                 gsize         len,
                 gboolean      date1904)
{
  g_autoptr(GByteArray) stream = workbook_stream (data, len, TRUE);
  g_autoptr(GHashTable) formats = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) xf_formats = g_array_new (FALSE, FALSE, sizeof (guint16));
  g_autoptr(ZfXlsBiff) self = NULL;
  g_autofree char *charset = g_strdup ("CP1252");
  const guint8 *p, *end;
  Sheet *sheet = NULL;
  Result *pending_string = NULL;
  gboolean biff5;

  if (stream == NULL || stream->len < 8 || u16 (stream->data) != REC_BOF ||
      (u16 (stream->data + 4) != BIFF8 && u16 (stream->data + 4) != BIFF5))
    return NULL;
  biff5 = u16 (stream->data + 4) == BIFF5;

  self = g_new0 (ZfXlsBiff, 1);
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  end = stream->data + stream->len;
  for (p = stream->data; p + 4 <= end;)
    {
      guint type = u16 (p), size = u16 (p + 2);
      const guint8 *rec = p + 4, *rec_end = MIN (rec + size, end);
      guint32 at = (guint32) (p - stream->data);

      p = rec_end;
      if (type != REC_STRING)
        pending_string = NULL;
      if (type == REC_BOF)
        {
          sheet = NULL;
          for (guint i = 0; i < self->sheets->len; i++)
            if (((Sheet *) g_ptr_array_index (self->sheets, i))->offset == at)
              sheet = g_ptr_array_index (self->sheets, i);
        }
      else if (type == REC_BOUNDSHEET && rec + 8 <= rec_end)
        {
          Sheet *s = g_new0 (Sheet, 1);

          s->offset = u32 (rec);
          s->hidden = (rec[4] & 3) != 0;
          s->name = biff5 ? byte_chars (charset, rec + 7, rec_end, rec[6])
                          : unicode_chars (rec + 7, rec_end, rec[6]);
          s->results = g_hash_table_new_full (NULL, NULL, NULL, result_free);
          s->hidden_rows = g_hash_table_new (NULL, NULL);
          s->year_months = g_hash_table_new (NULL, NULL);
          if (s->name == NULL && biff5)
            {
              sheet_free (s);                 /* not in its code page */
              return NULL;
            }
          if (s->name == NULL || rec[5] != 0)   /* worksheets only */
            sheet_free (s);
          else
            g_ptr_array_add (self->sheets, s);
        }
      else if (type == REC_CODEPAGE && biff5 && rec + 2 <= rec_end)
        {
          GIConv conv;

          g_free (charset);
          charset = codepage_charset (u16 (rec));
          /* A code page iconv does not know: no text would be read. */
          conv = g_iconv_open ("UTF-8", charset);
          if (conv == (GIConv) -1)
            return NULL;
          g_iconv_close (conv);
        }
      else if (type == REC_FORMAT && biff5 && rec + 3 <= rec_end)
        g_hash_table_insert (formats, GUINT_TO_POINTER (u16 (rec)),
                             byte_chars (charset, rec + 3, rec_end, rec[2]));
      else if (type == REC_FORMAT && rec + 5 <= rec_end)
        g_hash_table_insert (formats, GUINT_TO_POINTER (u16 (rec)),
                             unicode_chars (rec + 4, rec_end, u16 (rec + 2)));
      else if (type == REC_XF && rec + 4 <= rec_end)
        {
          guint16 fmt = u16 (rec + 2);
          g_array_append_val (xf_formats, fmt);
        }
      else if (type == REC_FORMULA && sheet != NULL && rec + 14 <= rec_end)
        {
          guint row = u16 (rec), col = u16 (rec + 2), xf = u16 (rec + 4);
          const guint8 *v = rec + 6;
          Result *r = g_new0 (Result, 1);

          if (u16 (v + 6) == 0xFFFF)
            switch (v[0])
              {
              case 0:   /* a string, in the STRING record that follows */
                r->type = ZF_CELL_TEXT;
                pending_string = r;
                break;
              case 1:
                r->type = ZF_CELL_BOOL;
                r->text = g_strdup (v[2] ? "TRUE" : "FALSE");
                break;
              case 2:
                r->type = ZF_CELL_ERROR;
                r->text = g_strdup ("#VALUE!");
                break;
              default:
                r->type = ZF_CELL_TEXT;
                r->text = g_strdup ("");
              }
          else
            {
              double d;
              guint64 bits = (guint64) u32 (v) | ((guint64) u32 (v + 4) << 32);
              g_autofree char *iso = NULL;

              memcpy (&d, &bits, sizeof d);
              if (is_date_xf (xf_formats, formats, xf))
                iso = zf_excel_serial_to_iso (d, date1904);
              r->type = iso == NULL ? ZF_CELL_NUMBER
                        : is_year_month_xf (xf_formats, formats, xf) ? ZF_CELL_YEAR_MONTH : ZF_CELL_DATE;
              r->text = g_steal_pointer (&iso);
              r->number = d;
            }
          g_hash_table_replace (sheet->results, GUINT_TO_POINTER (row << 14 | (col & 0x3FFF)), r);
        }
      else if ((type == REC_NUMBER || type == REC_RK) && sheet != NULL && rec + 6 <= rec_end &&
               is_year_month_xf (xf_formats, formats, u16 (rec + 4)))
        /* A date cell FreeXL reads as a day, shown without one (1985.06). */
        g_hash_table_add (sheet->year_months,
                          GUINT_TO_POINTER ((guint) u16 (rec) << 14 | (u16 (rec + 2) & 0x3FFF)));
      else if (type == REC_MULRK && sheet != NULL && rec + 6 <= rec_end)
        for (const guint8 *q = rec + 4; q + 6 <= rec_end - 2; q += 6)
          {
            guint col = u16 (rec + 2) + (guint) (q - rec - 4) / 6;

            if (is_year_month_xf (xf_formats, formats, u16 (q)))
              g_hash_table_add (sheet->year_months,
                                GUINT_TO_POINTER ((guint) u16 (rec) << 14 | (col & 0x3FFF)));
          }
      else if (type == REC_ROW && sheet != NULL && rec + 16 <= rec_end && (rec[12] & 0x20))
        /* fDyZero: the row's height is zero, i.e. it is hidden (or
         * filtered out). */
        g_hash_table_add (sheet->hidden_rows, GUINT_TO_POINTER ((guint) u16 (rec)));
      else if (type == REC_STRING && pending_string != NULL && rec + 2 <= rec_end)
        {
          g_free (pending_string->text);
          pending_string->text = biff5 ? byte_chars (charset, rec + 2, rec_end, u16 (rec))
                                       : unicode_chars (rec + 2, rec_end, u16 (rec));
          /* A formula's text that is not in the workbook's code page:
           * the workbook cannot be read as Excel shows it. */
          if (pending_string->text == NULL && biff5)
            return NULL;
          pending_string = NULL;
        }
    }
  return g_steal_pointer (&self);
}

gboolean
zf_xls_biff_check (const guint8 *data,
                   gsize         len)
{
  g_autoptr(GByteArray) stream = workbook_stream (data, len, TRUE);
  const guint8 *p, *end;

  if (stream == NULL || stream->len < 8 || u16 (stream->data) != REC_BOF)
    return FALSE;
  end = stream->data + stream->len;
  for (p = stream->data; p + 4 <= end; p += 4 + u16 (p + 2))
    if (u16 (p + 2) > 8224 || p + 4 + u16 (p + 2) > end)
      return FALSE;
  return TRUE;
}

static Sheet *
find_sheet (ZfXlsBiff  *self,
            const char *name)
{
  for (guint i = 0; self && i < self->sheets->len; i++)
    if (g_strcmp0 (((Sheet *) g_ptr_array_index (self->sheets, i))->name, name) == 0)
      return g_ptr_array_index (self->sheets, i);
  return NULL;
}

gboolean
zf_xls_biff_sheet_hidden (ZfXlsBiff  *self,
                          const char *name)
{
  Sheet *s = find_sheet (self, name);

  return s != NULL && s->hidden;
}

gboolean
zf_xls_biff_row_hidden (ZfXlsBiff  *self,
                        const char *name,
                        guint       row)
{
  Sheet *s = find_sheet (self, name);

  return s != NULL && g_hash_table_contains (s->hidden_rows, GUINT_TO_POINTER (row));
}

gboolean
zf_xls_biff_year_month (ZfXlsBiff  *self,
                        const char *name,
                        guint       row,
                        guint       column)
{
  Sheet *s = find_sheet (self, name);

  return s != NULL && row < 65536 && column < 16384 &&
         g_hash_table_contains (s->year_months, GUINT_TO_POINTER (row << 14 | column));
}

gboolean
zf_xls_biff_formula_cell (ZfXlsBiff  *self,
                          const char *name,
                          guint       row,
                          guint       column,
                          ZfRow      *out)
{
  Sheet *s = find_sheet (self, name);
  Result *r;

  if (s == NULL || row >= 65536 || column >= 16384)
    return FALSE;
  r = g_hash_table_lookup (s->results, GUINT_TO_POINTER (row << 14 | column));
  if (r == NULL)
    return FALSE;
  if (r->type == ZF_CELL_NUMBER)
    zf_row_set_number (out, column, r->number);
  else if (r->text != NULL && *r->text != '\0')
    zf_row_set_cell (out, column, r->type, r->text);
  return TRUE;
}
