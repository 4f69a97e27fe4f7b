#define G_LOG_DOMAIN "zf-xlsx-reader"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-xlsx-reader.h"
#include "zf-xml-stream.h"

/* Parts other than the sheet are read whole; a workbook whose shared
 * strings exceed this is not an office register. */
#define MAX_PART_SIZE (256 * 1024 * 1024)

#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* What a cell style says of a number. */
typedef enum
{
  NOT_DATE,
  DATE_STYLE,
  YEAR_MONTH_STYLE,   /* a date shown without its day */
} DateStyle;

struct _ZfXlsxReader
{
  GObject           parent_instance;

  char             *path;
  GPtrArray        *sheet_names;    /* char *, NULL-terminated */
  GPtrArray        *sheet_parts;    /* char *: zip path of each sheet */
  GArray           *sheet_hidden;   /* gboolean per sheet */
  GPtrArray        *shared;         /* char * */
  GArray           *date_xf;        /* DateStyle per cell style (xf) index */
  gboolean          date1904;

  struct archive   *archive;        /* open on the selected sheet's entry */
  GBytes           *memory_sheet;
  xmlTextReaderPtr  xml;
  guint             last_row;
};

static void row_source_iface_init (ZfRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfXlsxReader, zf_xlsx_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZF_TYPE_ROW_SOURCE, row_source_iface_init))

static void
close_sheet (ZfXlsxReader *self)
{
  g_clear_pointer (&self->xml, xmlFreeTextReader);
  if (self->archive != NULL)
    {
      archive_read_free (self->archive);
      self->archive = NULL;
    }
  g_clear_pointer (&self->memory_sheet, g_bytes_unref);
  self->last_row = 0;
}

static void
zf_xlsx_reader_finalize (GObject *object)
{
  ZfXlsxReader *self = ZF_XLSX_READER (object);

  close_sheet (self);
  g_free (self->path);
  g_ptr_array_unref (self->sheet_names);
  g_ptr_array_unref (self->sheet_parts);
  g_array_unref (self->sheet_hidden);
  g_ptr_array_unref (self->shared);
  g_array_unref (self->date_xf);

  G_OBJECT_CLASS (zf_xlsx_reader_parent_class)->finalize (object);
}

static void
zf_xlsx_reader_class_init (ZfXlsxReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_xlsx_reader_finalize;
}

static void
zf_xlsx_reader_init (ZfXlsxReader *self)
{
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
  self->sheet_parts = g_ptr_array_new_with_free_func (g_free);
  self->sheet_hidden = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->shared = g_ptr_array_new_with_free_func (g_free);
  self->date_xf = g_array_new (FALSE, TRUE, sizeof (DateStyle));
}

static DateStyle
date_style (ZfXlsxReader *self,
            const char   *s)
{
  guint64 index;

  if (s == NULL || !g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &index, NULL))
    return NOT_DATE;
  return index < self->date_xf->len ? g_array_index (self->date_xf, DateStyle, index) : NOT_DATE;
}

/* --- reading parts of the zip -------------------------------------------- */

static struct archive *
open_archive (const char  *path,
              GError     **error)
{
  struct archive *a = archive_read_new ();

  archive_read_support_format_zip (a);
  if (archive_read_open_filename (a, path, 65536) != ARCHIVE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not an Excel workbook (.xlsx): %s"),
                   path, archive_error_string (a));
      archive_read_free (a);
      return NULL;
    }
  return a;
}

static GBytes *
read_entry (struct archive  *a,
            const char      *path,
            GError         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  char buf[65536];
  la_ssize_t n;

  while ((n = archive_read_data (a, buf, sizeof buf)) > 0)
    {
      if (data->len + (gsize) n > MAX_PART_SIZE)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("“%s” is too large to be read."), path);
          return NULL;
        }
      g_byte_array_append (data, (guint8 *) buf, n);
    }
  if (n < 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The workbook is damaged (%s)."), archive_error_string (a));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static xmlTextReaderPtr
reader_for_bytes (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return xmlReaderForMemory (data, (int) MIN (len, G_MAXINT), NULL, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

static char *
attr (xmlTextReaderPtr  r,
      const char       *name)
{
  xmlChar *v = xmlTextReaderGetAttribute (r, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) v);

  xmlFree (v);
  return copy;
}

/* An xsd:boolean attribute: "1" or "true". */
static gboolean
attr_is_true (xmlTextReaderPtr  r,
              const char       *name)
{
  g_autofree char *v = attr (r, name);

  return g_strcmp0 (v, "1") == 0 || g_strcmp0 (v, "true") == 0;
}

static void
parse_workbook (ZfXlsxReader *self,
                GBytes       *xml,
                GPtrArray    *rel_ids)
{
  xmlTextReaderPtr r = reader_for_bytes (xml);

  while (r && xmlTextReaderRead (r) == 1)
    {
      if (zf_xml_is_element (r, "workbookPr"))
        self->date1904 = attr_is_true (r, "date1904");
      else if (zf_xml_is_element (r, "sheet"))
        {
          g_autofree char *name = attr (r, "name");
          g_autofree char *state = attr (r, "state");
          xmlChar *id = NULL;
          gboolean hidden;

          if (name == NULL)
            continue;
          id = xmlTextReaderGetAttributeNs (r, (const xmlChar *) "id", (const xmlChar *) NS_REL);
          /* "hidden", or "veryHidden" (shown only by a macro). */
          hidden = state != NULL && (g_ascii_strcasecmp (state, "hidden") == 0 ||
                                     g_ascii_strcasecmp (state, "veryHidden") == 0);
          g_array_append_val (self->sheet_hidden, hidden);
          g_ptr_array_add (self->sheet_names, g_steal_pointer (&name));
          g_ptr_array_add (rel_ids, g_strdup ((const char *) id));
          xmlFree (id);
        }
    }
  if (r)
    xmlFreeTextReader (r);
}

static GHashTable *
parse_rels (GBytes *xml)
{
  GHashTable *targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlTextReaderPtr r = xml ? reader_for_bytes (xml) : NULL;

  while (r && xmlTextReaderRead (r) == 1)
    if (zf_xml_is_element (r, "Relationship"))
      {
        char *id = attr (r, "Id");
        char *target = attr (r, "Target");

        if (id && target)
          g_hash_table_insert (targets, id, target);
        else
          {
            g_free (id);
            g_free (target);
          }
      }
  if (r)
    xmlFreeTextReader (r);
  return targets;
}

/* Text of an <si> or <is>: its <t> elements, phonetic runs (<rPh>) left out. */
static char *
read_string_item (xmlTextReaderPtr  r,
                  const char       *container)
{
  GString *s = g_string_new (NULL);
  gboolean in_t = FALSE;
  guint phonetic = 0;

  if (xmlTextReaderIsEmptyElement (r))
    return g_string_free (s, FALSE);

  /* Every node of every inline string passes here: its type and name are
   * asked once, not once per element it might be. */
  while (xmlTextReaderRead (r) == 1)
    {
      int type = xmlTextReaderNodeType (r);

      if (type == XML_READER_TYPE_ELEMENT || type == XML_READER_TYPE_END_ELEMENT)
        {
          const char *name = (const char *) xmlTextReaderConstLocalName (r);
          gboolean start = type == XML_READER_TYPE_ELEMENT;

          if (!start && g_strcmp0 (name, container) == 0)
            break;
          if (g_strcmp0 (name, "rPh") == 0)
            phonetic += start ? !xmlTextReaderIsEmptyElement (r) : -1;
          else if (g_strcmp0 (name, "t") == 0)
            in_t = start && !xmlTextReaderIsEmptyElement (r);
        }
      else if (in_t && phonetic == 0 &&
               (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                type == XML_READER_TYPE_CDATA))
        g_string_append (s, (const char *) xmlTextReaderConstValue (r));
    }
  return g_string_free (s, FALSE);
}

static void
parse_shared_strings (ZfXlsxReader *self,
                      GBytes       *xml)
{
  xmlTextReaderPtr r = reader_for_bytes (xml);

  while (r && xmlTextReaderRead (r) == 1)
    if (zf_xml_is_element (r, "si"))
      g_ptr_array_add (self->shared, read_string_item (r, "si"));
  if (r)
    xmlFreeTextReader (r);
}

static void
parse_styles (ZfXlsxReader *self,
              GBytes       *xml)
{
  g_autoptr(GHashTable) custom = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  xmlTextReaderPtr r = reader_for_bytes (xml);
  gboolean in_cell_xfs = FALSE;

  while (r && xmlTextReaderRead (r) == 1)
    {
      if (zf_xml_is_element (r, "numFmt"))
        {
          g_autofree char *id = attr (r, "numFmtId");
          g_autofree char *code = attr (r, "formatCode");
          guint64 n;

          if (id && code && g_ascii_string_to_unsigned (id, 10, 0, G_MAXUINT, &n, NULL))
            g_hash_table_insert (custom, GUINT_TO_POINTER ((guint) n), g_steal_pointer (&code));
        }
      else if (zf_xml_is_element (r, "cellXfs"))
        in_cell_xfs = !xmlTextReaderIsEmptyElement (r);
      else if (zf_xml_is_end (r, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && zf_xml_is_element (r, "xf"))
        {
          g_autofree char *id = attr (r, "numFmtId");
          guint64 n = 0;
          const char *code;
          DateStyle date;

          if (id)
            g_ascii_string_to_unsigned (id, 10, 0, G_MAXUINT, &n, NULL);
          code = g_hash_table_lookup (custom, GUINT_TO_POINTER ((guint) n));
          date = !zf_xlsx_format_is_date ((guint) n, code) ? NOT_DATE
                 : zf_xlsx_format_is_year_month ((guint) n, code) ? YEAR_MONTH_STYLE : DATE_STYLE;
          g_array_append_val (self->date_xf, date);
        }
    }
  if (r)
    xmlFreeTextReader (r);
}

/* Zip paths of parts are relative to xl/ unless they start with '/'. */
static char *
part_path (const char *target)
{
  if (target[0] == '/')
    return g_strdup (target + 1);
  if (g_str_has_prefix (target, "xl/"))
    return g_strdup (target);
  return g_strconcat ("xl/", target, NULL);
}

ZfXlsxReader *
zf_xlsx_reader_open (const char  *path,
                     GError     **error)
{
  g_autoptr(ZfXlsxReader) self = NULL;
  g_autoptr(GBytes) workbook = NULL;
  g_autoptr(GBytes) rels = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(GBytes) strings = NULL;
  g_autoptr(GPtrArray) rel_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) targets = NULL;
  struct archive_entry *entry;
  struct archive *a;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  a = open_archive (path, error);
  if (a == NULL)
    return NULL;

  while ((rc = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      GBytes **slot = NULL;

      if (g_strcmp0 (name, "xl/workbook.xml") == 0)
        slot = &workbook;
      else if (g_strcmp0 (name, "xl/_rels/workbook.xml.rels") == 0)
        slot = &rels;
      else if (g_strcmp0 (name, "xl/styles.xml") == 0)
        slot = &styles;
      else if (g_strcmp0 (name, "xl/sharedStrings.xml") == 0)
        slot = &strings;
      if (slot == NULL)
        continue;
      g_clear_pointer (slot, g_bytes_unref);
      *slot = read_entry (a, name, error);
      if (*slot == NULL)
        {
          archive_read_free (a);
          return NULL;
        }
    }
  if (rc != ARCHIVE_EOF || workbook == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not an Excel workbook (.xlsx) or is damaged."), path);
      archive_read_free (a);
      return NULL;
    }
  archive_read_free (a);

  self = g_object_new (ZF_TYPE_XLSX_READER, NULL);
  self->path = g_strdup (path);
  parse_workbook (self, workbook, rel_ids);
  targets = parse_rels (rels);
  for (guint i = 0; i < rel_ids->len; i++)
    {
      const char *target = g_ptr_array_index (rel_ids, i) ?
        g_hash_table_lookup (targets, g_ptr_array_index (rel_ids, i)) : NULL;

      g_ptr_array_add (self->sheet_parts,
                       target ? part_path (target)
                              : g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1));
    }
  g_ptr_array_add (self->sheet_names, NULL);
  if (styles)
    parse_styles (self, styles);
  if (strings)
    parse_shared_strings (self, strings);

  if (self->sheet_parts->len == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The workbook “%s” has no sheets."), path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *const *
zf_xlsx_reader_get_sheet_names (ZfXlsxReader *self)
{
  g_return_val_if_fail (ZF_IS_XLSX_READER (self), NULL);

  return (const char *const *) self->sheet_names->pdata;
}

gboolean
zf_xlsx_reader_select_sheet (ZfXlsxReader  *self,
                             const char    *name,
                             GError       **error)
{
  struct archive_entry *entry;
  const char *part;
  guint index;
  int rc;

  g_return_val_if_fail (ZF_IS_XLSX_READER (self), FALSE);
  g_return_val_if_fail (self->path != NULL, FALSE);

  if (!zf_row_source_find_sheet ((const char *const *) self->sheet_names->pdata, name, &index,
                                 error))
    return FALSE;
  part = g_ptr_array_index (self->sheet_parts, index);

  close_sheet (self);
  self->archive = open_archive (self->path, error);
  if (self->archive == NULL)
    return FALSE;
  while ((rc = archive_read_next_header (self->archive, &entry)) == ARCHIVE_OK)
    if (g_strcmp0 (archive_entry_pathname (entry), part) == 0)
      break;
  if (rc != ARCHIVE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The workbook is damaged: the sheet “%s” is missing."), name ? name : part);
      close_sheet (self);
      return FALSE;
    }

  self->xml = zf_xml_reader_for_archive (self->archive);
  if (self->xml == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_FAILED, _("Cannot read the sheet."));
      close_sheet (self);
      return FALSE;
    }
  return TRUE;
}

ZfXlsxReader *
zf_xlsx_reader_new_for_sheet_xml (GBytes            *sheet_xml,
                                  const char *const *shared_strings,
                                  const guint       *date_styles,
                                  guint              n_date_styles,
                                  gboolean           date1904)
{
  ZfXlsxReader *self = g_object_new (ZF_TYPE_XLSX_READER, NULL);

  for (guint i = 0; shared_strings && shared_strings[i]; i++)
    g_ptr_array_add (self->shared, g_strdup (shared_strings[i]));
  for (guint i = 0; i < n_date_styles; i++)
    {
      if (date_styles[i] >= self->date_xf->len)
        g_array_set_size (self->date_xf, date_styles[i] + 1);
      g_array_index (self->date_xf, DateStyle, date_styles[i]) = DATE_STYLE;
    }
  self->date1904 = date1904;
  g_ptr_array_add (self->sheet_names, NULL);
  self->memory_sheet = g_bytes_ref (sheet_xml);
  self->xml = reader_for_bytes (sheet_xml);
  return self;
}

/* --- rows ------------------------------------------------------------------ */

static void
set_value (ZfXlsxReader *self,
           ZfRow        *row,
           guint         column,
           const char   *t,
           const char   *s,
           const char   *value)
{
  if (g_strcmp0 (t, "s") == 0)
    {
      guint64 index;

      if (value && g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &index, NULL) &&
          index < self->shared->len)
        zf_row_set_cell (row, column, ZF_CELL_TEXT, g_ptr_array_index (self->shared, index));
      else
        zf_row_set_cell (row, column, ZF_CELL_ERROR, "#REF!");
    }
  else if (g_strcmp0 (t, "b") == 0)
    zf_row_set_cell (row, column, ZF_CELL_BOOL, g_strcmp0 (value, "1") == 0 ? "TRUE" : "FALSE");
  else if (g_strcmp0 (t, "e") == 0)
    zf_row_set_cell (row, column, ZF_CELL_ERROR, value);
  else if (t == NULL || g_strcmp0 (t, "n") == 0)
    {
      char *end = NULL;
      double d = value ? g_ascii_strtod (value, &end) : 0;
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (value == NULL || *value == '\0')
        return;
      if (end == value || *end != '\0' || !isfinite (d))
        {
          zf_row_set_cell (row, column, ZF_CELL_TEXT, value);
          return;
        }
      if (date_style (self, s) != NOT_DATE)
        {
          g_autofree char *iso = zf_excel_serial_to_iso (d, self->date1904);
          if (iso != NULL)
            {
              zf_row_set_cell (row, column, date_style (self, s) == YEAR_MONTH_STYLE
                                            ? ZF_CELL_YEAR_MONTH : ZF_CELL_DATE, iso);
              return;
            }
        }
      /* Whole numbers as Excel shows them in a General cell up to 15
       * digits; beyond that Excel itself has already lost precision. */
      if (d == floor (d) && fabs (d) < 1e15)
        g_snprintf (buf, sizeof buf, "%.0f", d);
      else
        g_ascii_formatd (buf, sizeof buf, "%.15g", d);
      zf_row_set_cell (row, column, ZF_CELL_NUMBER, buf);
    }
  else
    zf_row_set_cell (row, column, ZF_CELL_TEXT, value);
}

/* A cell's r, t and s attributes: each a few characters in any
 * workbook, copied into the cell's own buffers in one pass over its
 * attributes rather than allocated one by one for each of a sheet's
 * cells. A longer value is kept as "", which none of them can be (an
 * invalid reference, type or style, as the value itself would be). */
typedef struct
{
  char  ref[24];
  char  t[24];
  char  s[24];
  char *set[3];   /* ref, t, s, or NULL when absent */
} CellAttributes;

static void
read_cell_attributes (xmlTextReaderPtr  r,
                      CellAttributes   *a)
{
  static const char *const names[] = { "r", "t", "s" };
  char *const buffers[] = { a->ref, a->t, a->s };

  memset (a->set, 0, sizeof a->set);
  for (int more = xmlTextReaderMoveToFirstAttribute (r); more == 1;
       more = xmlTextReaderMoveToNextAttribute (r))
    {
      /* The qualified name, as xmlTextReaderGetAttribute () matches it: a
       * prefixed attribute is another one. */
      const char *name = (const char *) xmlTextReaderConstName (r);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (g_strcmp0 (name, names[i]) == 0)
          {
            const char *value = (const char *) xmlTextReaderConstValue (r);

            if (value == NULL || g_strlcpy (buffers[i], value, sizeof a->ref) >= sizeof a->ref)
              buffers[i][0] = '\0';
            a->set[i] = buffers[i];
            break;
          }
    }
  xmlTextReaderMoveToElement (r);
}

static gboolean
read_cell (ZfXlsxReader *self,
           ZfRow        *row,
           guint         default_column)
{
  xmlTextReaderPtr r = self->xml;
  CellAttributes a;
  const char *ref, *t, *s;
  g_autofree char *value = NULL;
  guint column = default_column;

  read_cell_attributes (r, &a);
  ref = a.set[0];
  t = a.set[1];
  s = a.set[2];
  if (ref != NULL && !zf_xlsx_parse_cell_ref (ref, &column, NULL))
    column = default_column;

  if (xmlTextReaderIsEmptyElement (r))
    return TRUE;

  while (xmlTextReaderRead (r) == 1)
    {
      int type = xmlTextReaderNodeType (r);
      const char *name;

      if (type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_END_ELEMENT)
        continue;
      name = (const char *) xmlTextReaderConstLocalName (r);
      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (g_strcmp0 (name, "c") == 0)
            break;
        }
      else if (g_strcmp0 (name, "v") == 0)
        {
          xmlChar *text = xmlTextReaderReadString (r);
          g_free (value);
          value = g_strdup ((const char *) text);
          xmlFree (text);
        }
      else if (g_strcmp0 (name, "is") == 0)
        {
          g_free (value);
          value = read_string_item (r, "is");
          t = "inlineStr";
        }
    }
  if (column < 16384)
    set_value (self, row, column, t, s, value);
  return TRUE;
}

static ZfRow *
zf_xlsx_reader_next_row (ZfRowSource  *source,
                         GError      **error)
{
  ZfXlsxReader *self = ZF_XLSX_READER (source);
  xmlTextReaderPtr r = self->xml;
  int rc;

  if (r == NULL)
    return NULL;

  while ((rc = xmlTextReaderRead (r)) == 1)
    {
      g_autoptr(ZfRow) row = NULL;
      g_autofree char *number = NULL;
      guint64 n = 0;
      guint next_column = 0;

      if (!zf_xml_is_element (r, "row"))
        continue;

      number = attr (r, "r");
      if (number == NULL || !g_ascii_string_to_unsigned (number, 10, 1, 1048576, &n, NULL))
        n = self->last_row + 1;
      self->last_row = n;
      if (xmlTextReaderIsEmptyElement (r))
        continue;

      row = zf_row_new (n);
      row->hidden = attr_is_true (r, "hidden");
      while ((rc = xmlTextReaderRead (r)) == 1 && !zf_xml_is_end (r, "row"))
        if (zf_xml_is_element (r, "c"))
          {
            read_cell (self, row, next_column);
            next_column = row->cells->len;
          }
      if (rc != 1)
        break;
      if (!zf_row_is_blank (row))
        return g_steal_pointer (&row);
    }

  if (rc < 0)
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                 _("The sheet is damaged after row %u."), self->last_row);
  return NULL;
}

static gboolean
zf_xlsx_reader_is_date1904 (ZfRowSource *source)
{
  return ZF_XLSX_READER (source)->date1904;
}

static const char *const *
zf_xlsx_reader_sheet_names (ZfRowSource *source)
{
  return zf_xlsx_reader_get_sheet_names (ZF_XLSX_READER (source));
}

static gboolean
zf_xlsx_reader_select (ZfRowSource  *source,
                       const char   *name,
                       GError      **error)
{
  return zf_xlsx_reader_select_sheet (ZF_XLSX_READER (source), name, error);
}

static gboolean
zf_xlsx_reader_is_sheet_hidden (ZfRowSource *source,
                                guint        index)
{
  ZfXlsxReader *self = ZF_XLSX_READER (source);

  return index < self->sheet_hidden->len && g_array_index (self->sheet_hidden, gboolean, index);
}

static void
row_source_iface_init (ZfRowSourceInterface *iface)
{
  iface->is_sheet_hidden = zf_xlsx_reader_is_sheet_hidden;
  iface->next_row = zf_xlsx_reader_next_row;
  iface->is_date1904 = zf_xlsx_reader_is_date1904;
  iface->get_sheet_names = zf_xlsx_reader_sheet_names;
  iface->select_sheet = zf_xlsx_reader_select;
}
