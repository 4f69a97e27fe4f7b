#define G_LOG_DOMAIN "zf-ods-reader"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-ods-reader.h"
#include "zf-xml-stream.h"

#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

/* A row repeated more often than this is a sheet's formatting carried to
 * its end, not records. */
#define MAX_REPEATED_ROWS 1000

struct _ZfOdsReader
{
  GObject           parent_instance;

  char             *path;
  GBytes           *memory;        /* content.xml, for tests */
  GPtrArray        *sheet_names;   /* char *, NULL-terminated */
  GArray           *sheet_hidden;  /* gboolean per sheet */

  struct archive   *archive;       /* open on content.xml */
  xmlTextReaderPtr  xml;
  int               table_depth;   /* depth of the selected table:table, -1 when done */
  guint             last_row;
  ZfRow            *repeat;        /* a non-blank row still to be given again */
  guint             repeat_left;
};

static void row_source_iface_init (ZfRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfOdsReader, zf_ods_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZF_TYPE_ROW_SOURCE, row_source_iface_init))

static void
close_content (ZfOdsReader *self)
{
  g_clear_pointer (&self->xml, xmlFreeTextReader);
  if (self->archive != NULL)
    {
      archive_read_free (self->archive);
      self->archive = NULL;
    }
  g_clear_pointer (&self->repeat, zf_row_free);
  self->repeat_left = 0;
  self->last_row = 0;
  self->table_depth = -1;
}

static void
zf_ods_reader_finalize (GObject *object)
{
  ZfOdsReader *self = ZF_ODS_READER (object);

  close_content (self);
  g_free (self->path);
  g_clear_pointer (&self->memory, g_bytes_unref);
  g_ptr_array_unref (self->sheet_names);
  g_array_unref (self->sheet_hidden);

  G_OBJECT_CLASS (zf_ods_reader_parent_class)->finalize (object);
}

static void
zf_ods_reader_class_init (ZfOdsReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_ods_reader_finalize;
}

static void
zf_ods_reader_init (ZfOdsReader *self)
{
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
  self->sheet_hidden = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->table_depth = -1;
}

static char *
attr_ns (xmlTextReaderPtr  r,
         const char       *name,
         const char       *ns)
{
  xmlChar *v = xmlTextReaderGetAttributeNs (r, (const xmlChar *) name, (const xmlChar *) ns);
  char *copy = g_strdup ((const char *) v);

  xmlFree (v);
  return copy;
}

static guint
repeat_count (xmlTextReaderPtr  r,
              const char       *name,
              guint             max)
{
  g_autofree char *v = attr_ns (r, name, NS_TABLE);
  guint64 n = 1;

  if (v == NULL || !g_ascii_string_to_unsigned (v, 10, 1, G_MAXUINT32, &n, NULL))
    return 1;
  return (guint) MIN (n, (guint64) max);
}

#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* A reader at the start of content.xml. */
static gboolean
open_content (ZfOdsReader  *self,
              GError      **error)
{
  struct archive_entry *entry;
  int rc;

  close_content (self);
  if (self->memory != NULL)
    {
      gsize len;
      const char *data = g_bytes_get_data (self->memory, &len);

      self->xml = xmlReaderForMemory (data, (int) MIN (len, G_MAXINT), NULL, NULL, XML_OPTIONS);
      return self->xml != NULL;
    }

  self->archive = archive_read_new ();
  archive_read_support_format_zip (self->archive);
  if (archive_read_open_filename (self->archive, self->path, 65536) != ARCHIVE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                   self->path, archive_error_string (self->archive));
      close_content (self);
      return FALSE;
    }
  while ((rc = archive_read_next_header (self->archive, &entry)) == ARCHIVE_OK)
    if (g_strcmp0 (archive_entry_pathname (entry), "content.xml") == 0)
      break;
  if (rc != ARCHIVE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not an OpenDocument spreadsheet (.ods) or is damaged."), self->path);
      close_content (self);
      return FALSE;
    }
  self->xml = zf_xml_reader_for_archive (self->archive);
  if (self->xml == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_FAILED, _("Cannot read the sheet."));
      close_content (self);
      return FALSE;
    }
  return TRUE;
}

/* Notes the name of the table:table the reader is on, and whether a
 * table style of @hidden_styles hides it. */
static void
add_table_name (ZfOdsReader *self,
                GHashTable  *hidden_styles)
{
  char *name = attr_ns (self->xml, "name", NS_TABLE);
  g_autofree char *style = attr_ns (self->xml, "style-name", NS_TABLE);
  gboolean hidden = style != NULL && g_hash_table_contains (hidden_styles, style);

  g_ptr_array_add (self->sheet_names,
                   name ? name : g_strdup_printf ("Sheet%u", self->sheet_names->len + 1));
  g_array_append_val (self->sheet_hidden, hidden);
}

/* Moves to the start of sheet @index (its table:table element); with
 * @names, collects every sheet's name (and whether a table style with
 * table:display="false" hides it) instead and stays at the end. */
static gboolean
seek_table (ZfOdsReader  *self,
            int           index,
            GPtrArray    *names)
{
  g_autoptr(GHashTable) hidden_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *style = NULL;
  int n = 0;

  while (xmlTextReaderRead (self->xml) == 1)
    {
      if (names != NULL && zf_xml_is_element (self->xml, "style"))
        {
          g_autofree char *family = attr_ns (self->xml, "family",
                                             "urn:oasis:names:tc:opendocument:xmlns:style:1.0");

          g_free (style);
          style = g_strcmp0 (family, "table") == 0
                  ? attr_ns (self->xml, "name", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
                  : NULL;
          continue;
        }
      if (names != NULL && style != NULL && zf_xml_is_element (self->xml, "table-properties"))
        {
          g_autofree char *display = attr_ns (self->xml, "display", NS_TABLE);

          if (g_strcmp0 (display, "false") == 0)
            g_hash_table_add (hidden_styles, g_strdup (style));
          continue;
        }
      if (!zf_xml_is_element (self->xml, "table"))
        continue;
      if (names != NULL)
        {
          add_table_name (self, hidden_styles);
          if (xmlTextReaderNext (self->xml) != 1)
            break;
          /* xmlTextReaderNext() leaves the reader on the next node. */
          while (zf_xml_is_element (self->xml, "table"))
            {
              add_table_name (self, hidden_styles);
              if (xmlTextReaderNext (self->xml) != 1)
                return TRUE;
            }
          continue;
        }
      if (n++ == index)
        {
          self->table_depth = xmlTextReaderDepth (self->xml);
          if (xmlTextReaderIsEmptyElement (self->xml))
            self->table_depth = -1;
          return TRUE;
        }
      if (xmlTextReaderIsEmptyElement (self->xml))
        continue;
      /* Skip the other sheet without looking at its rows. */
      {
        int depth = xmlTextReaderDepth (self->xml);
        while (xmlTextReaderRead (self->xml) == 1 &&
               !(zf_xml_is_end (self->xml, "table") && xmlTextReaderDepth (self->xml) == depth))
          ;
      }
    }
  return names != NULL;
}

static gboolean
select_index (ZfOdsReader  *self,
              guint         index,
              GError      **error)
{
  if (!open_content (self, error))
    return FALSE;
  if (!seek_table (self, index, NULL))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The workbook is damaged: the sheet “%s” is missing."),
                   index < self->sheet_names->len ?
                   (const char *) g_ptr_array_index (self->sheet_names, index) : "");
      return FALSE;
    }
  return TRUE;
}

ZfOdsReader *
zf_ods_reader_open (const char  *path,
                    GError     **error)
{
  g_autoptr(ZfOdsReader) self = g_object_new (ZF_TYPE_ODS_READER, NULL);

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  if (!open_content (self, error))
    return NULL;
  seek_table (self, -1, self->sheet_names);
  if (self->sheet_names->len == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The workbook “%s” has no sheets."), path);
      return NULL;
    }
  g_ptr_array_add (self->sheet_names, NULL);
  if (!select_index (self, 0, error))
    return NULL;
  return g_steal_pointer (&self);
}

ZfOdsReader *
zf_ods_reader_new_for_xml (GBytes *content_xml)
{
  ZfOdsReader *self = g_object_new (ZF_TYPE_ODS_READER, NULL);

  self->memory = g_bytes_ref (content_xml);
  g_ptr_array_add (self->sheet_names, g_strdup ("Sheet1"));
  g_ptr_array_add (self->sheet_names, NULL);
  if (open_content (self, NULL))
    seek_table (self, 0, NULL);
  return self;
}

/* The text of a cell: its paragraphs joined by line breaks, with text:s
 * spaces, tabs and line breaks; comments (office:annotation) left out.
 * Leaves the reader on the cell's end. */
static char *
read_cell_text (xmlTextReaderPtr r,
                const char      *cell)
{
  GString *s = g_string_new (NULL);
  guint paragraphs = 0;

  if (xmlTextReaderIsEmptyElement (r))
    return g_string_free (s, FALSE);

  while (xmlTextReaderRead (r) == 1 && !zf_xml_is_end (r, cell))
    {
      int type = xmlTextReaderNodeType (r);

      if (zf_xml_is_element (r, "annotation"))
        {
          if (xmlTextReaderIsEmptyElement (r))
            continue;
          int depth = xmlTextReaderDepth (r);
          while (xmlTextReaderRead (r) == 1 &&
                 !(zf_xml_is_end (r, "annotation") && xmlTextReaderDepth (r) == depth))
            ;
        }
      else if (zf_xml_is_element (r, "p") || zf_xml_is_element (r, "h"))
        {
          if (paragraphs++ > 0)
            g_string_append_c (s, '\n');
        }
      else if (zf_xml_is_element (r, "s"))
        {
          g_autofree char *c = attr_ns (r, "c", NS_TEXT);
          guint64 n = 1;

          if (c != NULL)
            g_ascii_string_to_unsigned (c, 10, 1, 1000, &n, NULL);
          for (guint64 i = 0; i < n; i++)
            g_string_append_c (s, ' ');
        }
      else if (zf_xml_is_element (r, "tab"))
        g_string_append_c (s, '\t');
      else if (zf_xml_is_element (r, "line-break"))
        g_string_append_c (s, '\n');
      else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
               type == XML_READER_TYPE_CDATA)
        g_string_append (s, (const char *) xmlTextReaderConstValue (r));
    }
  return g_string_free (s, FALSE);
}

static gboolean
is_iso_day (const char *v)
{
  if (v == NULL || strlen (v) < 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if ((i == 4 || i == 7) ? v[i] != '-' : !g_ascii_isdigit (v[i]))
      return FALSE;
  return TRUE;
}

/* Reads one cell element and sets it on @row from @column, @n times. */
/* Whether a date cell's shown @text is its year and month alone (a style
 * of yyyy.mm or yyyy"年"m"月": 1985.06, 1985年6月, 1985-06), as 出生年月 is
 * kept: the day of its @date is then not meant. */
static gboolean
shows_no_day (const char *text,
              const char *date)
{
  static GRegex *year_month;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;

  if (g_once_init_enter (&year_month))
    g_once_init_leave (&year_month,
                       g_regex_new ("^\\s*([0-9]{4})\\s*(?:[./-]|年)\\s*([0-9]{1,2})\\s*月?\\s*$",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  if (text == NULL || !g_regex_match (year_month, text, 0, &match))
    return FALSE;
  year = g_match_info_fetch (match, 1);
  month = g_match_info_fetch (match, 2);
  return strncmp (date, year, 4) == 0 && atoi (month) == atoi (date + 5);
}

static void
read_cell (xmlTextReaderPtr  r,
           ZfRow            *row,
           guint             column,
           guint             n,
           const char       *element)
{
  g_autofree char *type = attr_ns (r, "value-type", NS_OFFICE);
  g_autofree char *value = attr_ns (r, "value", NS_OFFICE);
  g_autofree char *date = attr_ns (r, "date-value", NS_OFFICE);
  g_autofree char *boolean = attr_ns (r, "boolean-value", NS_OFFICE);
  g_autofree char *text = read_cell_text (r, element);
  ZfCellType cell_type = ZF_CELL_TEXT;
  double number = 0;
  gboolean is_number = FALSE;
  g_autofree char *day = NULL;

  if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "percentage") == 0 ||
      g_strcmp0 (type, "currency") == 0)
    {
      char *end = NULL;

      if (value != NULL)
        number = g_ascii_strtod (value, &end);
      is_number = value != NULL && end != value && *end == '\0';
    }
  else if (g_strcmp0 (type, "date") == 0 && is_iso_day (date))
    {
      day = g_strndup (date, 10);
      cell_type = shows_no_day (text, date) ? ZF_CELL_YEAR_MONTH : ZF_CELL_DATE;
    }
  else if (g_strcmp0 (type, "boolean") == 0 && boolean != NULL)
    {
      cell_type = ZF_CELL_BOOL;
      g_free (text);
      text = g_strdup (g_strcmp0 (boolean, "true") == 0 ? "TRUE" : "FALSE");
    }

  if (!is_number && day == NULL && (text == NULL || *text == '\0'))
    return;
  for (guint i = 0; i < n && column + i < 16384; i++)
    {
      if (is_number)
        zf_row_set_number (row, column + i, number);
      else
        zf_row_set_cell (row, column + i, cell_type, day ? day : text);
    }
}

/* The next row element of the table, expanded; NULL at the table's end. */
static ZfRow *
read_row (ZfOdsReader  *self,
          gboolean     *failed)
{
  xmlTextReaderPtr r = self->xml;
  int rc;

  while ((rc = xmlTextReaderRead (r)) == 1)
    {
      g_autoptr(ZfRow) row = NULL;
      guint repeated, column = 0;

      if (zf_xml_is_end (r, "table") && xmlTextReaderDepth (r) == self->table_depth)
        {
          self->table_depth = -1;
          return NULL;
        }
      if (!zf_xml_is_element (r, "table-row"))
        continue;

      repeated = repeat_count (r, "number-rows-repeated", G_MAXUINT32);
      row = zf_row_new (MIN (self->last_row + 1, 1048576u));
      {
        /* "collapse" (hidden) or "filter" (filtered out): either way not
         * seen by whoever checked the sheet. */
        g_autofree char *visibility = attr_ns (r, "visibility", NS_TABLE);

        row->hidden = visibility != NULL && g_strcmp0 (visibility, "visible") != 0;
      }
      if (!xmlTextReaderIsEmptyElement (r))
        while ((rc = xmlTextReaderRead (r)) == 1 && !zf_xml_is_end (r, "table-row"))
          {
            const char *element = zf_xml_is_element (r, "table-cell") ? "table-cell" :
                                  zf_xml_is_element (r, "covered-table-cell") ? "covered-table-cell" : NULL;
            guint n;

            if (element == NULL)
              continue;
            n = repeat_count (r, "number-columns-repeated", 16384);
            read_cell (r, row, column, n, element);
            column = MIN (column + n, 16384u);
          }
      if (rc != 1)
        break;

      if (zf_row_is_blank (row))
        {
          self->last_row = (guint) MIN ((guint64) self->last_row + repeated, 1048576u);
          continue;
        }
      self->last_row = row->number;
      if (repeated > 1)
        {
          self->repeat = g_steal_pointer (&row);
          self->repeat_left = MIN (repeated, MAX_REPEATED_ROWS);
          return NULL;   /* the caller gives the repeats */
        }
      return g_steal_pointer (&row);
    }
  if (rc < 0)
    *failed = TRUE;
  self->table_depth = -1;
  return NULL;
}

static ZfRow *
copy_row (const ZfRow *row,
          guint        number)
{
  ZfRow *copy = zf_row_new (number);

  copy->hidden = row->hidden;
  for (guint c = 0; c < row->cells->len; c++)
    zf_row_set_cell (copy, c, zf_row_get_type (row, c), zf_row_get_text (row, c));
  return copy;
}

static ZfRow *
zf_ods_reader_next_row (ZfRowSource  *source,
                        GError      **error)
{
  ZfOdsReader *self = ZF_ODS_READER (source);
  gboolean failed = FALSE;
  ZfRow *row;

  if (self->repeat != NULL)
    {
      row = copy_row (self->repeat, self->last_row);
      if (--self->repeat_left == 0 || self->last_row >= 1048576)
        g_clear_pointer (&self->repeat, zf_row_free);
      else
        self->last_row++;
      return row;
    }
  if (self->xml == NULL || self->table_depth < 0)
    return NULL;

  row = read_row (self, &failed);
  if (row == NULL && self->repeat != NULL)
    return zf_ods_reader_next_row (source, error);
  if (failed)
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                 _("The sheet is damaged after row %u."), self->last_row);
  return row;
}

static const char *const *
zf_ods_reader_sheet_names (ZfRowSource *source)
{
  return (const char *const *) ZF_ODS_READER (source)->sheet_names->pdata;
}

static gboolean
zf_ods_reader_select (ZfRowSource  *source,
                      const char   *name,
                      GError      **error)
{
  ZfOdsReader *self = ZF_ODS_READER (source);
  guint index;

  return zf_row_source_find_sheet ((const char *const *) self->sheet_names->pdata, name, &index,
                                   error) &&
         select_index (self, index, error);
}

static gboolean
zf_ods_reader_is_sheet_hidden (ZfRowSource *source,
                               guint        index)
{
  ZfOdsReader *self = ZF_ODS_READER (source);

  return index < self->sheet_hidden->len && g_array_index (self->sheet_hidden, gboolean, index);
}

static void
row_source_iface_init (ZfRowSourceInterface *iface)
{
  iface->is_sheet_hidden = zf_ods_reader_is_sheet_hidden;
  iface->next_row = zf_ods_reader_next_row;
  iface->get_sheet_names = zf_ods_reader_sheet_names;
  iface->select_sheet = zf_ods_reader_select;
}
