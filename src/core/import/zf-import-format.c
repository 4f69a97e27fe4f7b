#define G_LOG_DOMAIN "zf-import-format"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-format.h"

#define SAMPLE_SIZE 8192

static const guint8 CDF_MAGIC[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

static gboolean
has_prefix (const guint8 *data,
            gsize         len,
            const void   *prefix,
            gsize         prefix_len)
{
  return len >= prefix_len && memcmp (data, prefix, prefix_len) == 0;
}

static gboolean
in_list (const char *const *list,
         const char        *name)
{
  for (guint i = 0; list && list[i]; i++)
    if (g_ascii_strcasecmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
list_has_prefix (const char *const *list,
                 const char        *prefix)
{
  for (guint i = 0; list && list[i]; i++)
    if (g_str_has_prefix (list[i], prefix))
      return TRUE;
  return FALSE;
}

/* Case-insensitive search for ASCII @needle in the first @len bytes. */
static gboolean
sample_contains (const guint8 *data,
                 gsize         len,
                 const char   *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (g_ascii_strncasecmp ((const char *) data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, ZF_ERROR, ZF_ERROR_INVALID, message);
  return FALSE;
}

#define SAVE_AS_XLSX N_("Open it in Excel or WPS, save it as an Excel workbook (.xlsx), and import that file.")

static gboolean
refuse_format (GError     **error,
               const char  *name,
               const char  *what_fmt,
               const char  *todo)
{
  g_autofree char *what = g_strdup_printf (what_fmt, name);
  g_autofree char *message = g_strconcat (what, " ", todo, NULL);

  return refuse (error, message);
}

static gboolean
sniff_zip (const char         *name,
           const char *const  *entries,
           ZfImportFormat     *format,
           GError            **error)
{
  if (in_list (entries, "xl/workbook.xml") || in_list (entries, "xl/workbook.bin"))
    {
      if (in_list (entries, "xl/workbook.bin"))
        return refuse_format (error, name,
                              _("“%s” is an Excel binary workbook (.xlsb)."), _(SAVE_AS_XLSX));
      *format = ZF_IMPORT_FORMAT_XLSX;
      return TRUE;
    }
  if (in_list (entries, "content.xml") && in_list (entries, "mimetype"))
    {
      /* The mimetype entry's text is read by the caller into @entries as
       * "mimetype:…" when it is known. */
      if (list_has_prefix (entries, "mimetype:application/vnd.oasis.opendocument.text"))
        return refuse_format (error, name,
                              _("“%s” is a text document (OpenDocument .odt), not a spreadsheet."),
                              _("Copy its table into a spreadsheet, save that as .xlsx, and import it."));
      if (list_has_prefix (entries, "mimetype:application/vnd.oasis.opendocument.presentation"))
        return refuse_format (error, name,
                              _("“%s” is a presentation (OpenDocument .odp), not a spreadsheet."),
                              _("Import the spreadsheet its table was made from."));
      *format = ZF_IMPORT_FORMAT_ODS;
      return TRUE;
    }
  if (in_list (entries, "word/document.xml"))
    return refuse_format (error, name,
                          _("“%s” is a Word document (.docx), not a spreadsheet."),
                          _("Copy its table into Excel or WPS, save that as .xlsx, and import it."));
  if (in_list (entries, "ppt/presentation.xml"))
    return refuse_format (error, name,
                          _("“%s” is a PowerPoint presentation (.pptx), not a spreadsheet."),
                          _("Import the spreadsheet its table was made from."));
  if (in_list (entries, "OFD.xml"))
    return refuse_format (error, name,
                          _("“%s” is an OFD document (a fixed-layout file like a PDF)."),
                          _("Import the spreadsheet it was made from."));
  return refuse_format (error, name,
                        _("“%s” is a zip archive, not a workbook."),
                        _("Unpack it and import the .xlsx, .xls or .csv file inside."));
}

static gboolean
sniff_compound (const char         *name,
                const char *const  *streams,
                ZfImportFormat     *format,
                GError            **error)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (in_list (streams, "EncryptedPackage") || in_list (streams, "EncryptionInfo"))
    return refuse_format (error, name,
                          _("“%s” is protected by a password (an encrypted workbook)."),
                          _("Open it in Excel or WPS with its password, remove the password "
                            "(File → Info → Protect Workbook, or WPS 文件 → 文档加密), save it, "
                            "and import that file."));
  if (in_list (streams, "Workbook") || in_list (streams, "Book"))
    {
      *format = ZF_IMPORT_FORMAT_XLS;
      return TRUE;
    }
  if (in_list (streams, "WordDocument"))
    return refuse_format (error, name,
                          _("“%s” is a Word document (.doc or WPS .wps), not a spreadsheet."),
                          _("Copy its table into Excel or WPS, save that as .xlsx, and import it."));
  if (in_list (streams, "PowerPoint Document"))
    return refuse_format (error, name,
                          _("“%s” is a PowerPoint presentation (.ppt), not a spreadsheet."),
                          _("Import the spreadsheet its table was made from."));
  if (g_str_has_suffix (lower, ".et") || g_str_has_suffix (lower, ".ett"))
    return refuse_format (error, name,
                          _("“%s” is a WPS Spreadsheets workbook (.et)."),
                          _("Open it in WPS, choose 另存为 → Excel 工作簿 (.xlsx), and import that file."));
  return refuse_format (error, name,
                        _("“%s” is an Office file of a kind that holds no spreadsheet Zhifa reads."),
                        _(SAVE_AS_XLSX));
}

gboolean
zf_import_sniff_bytes (const char         *name,
                       const guint8       *data,
                       gsize               len,
                       const char *const  *entries,
                       const char *const  *streams,
                       ZfImportFormat     *format,
                       GError            **error)
{
  gsize skip = 0;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (has_prefix (data, len, "PK\x03\x04", 4) || has_prefix (data, len, "PK\x05\x06", 4))
    return sniff_zip (name, entries, format, error);
  if (has_prefix (data, len, CDF_MAGIC, sizeof CDF_MAGIC))
    return sniff_compound (name, streams, format, error);
  /* BIFF5 and older Excel files are a bare workbook stream. */
  if (has_prefix (data, len, "\x09\x08", 2) || has_prefix (data, len, "\x09\x04", 2) ||
      has_prefix (data, len, "\x09\x02", 2))
    return refuse_format (error, name,
                          _("“%s” is in a format of Excel 5 or older."), _(SAVE_AS_XLSX));
  if (has_prefix (data, len, "%PDF", 4))
    return refuse_format (error, name,
                          _("“%s” is a PDF document, not a spreadsheet."),
                          _("Import the Excel file the PDF was made from; a PDF's table cannot "
                            "be read reliably."));
  if (has_prefix (data, len, "\x89PNG", 4) || has_prefix (data, len, "\xFF\xD8\xFF", 3) ||
      has_prefix (data, len, "GIF8", 4) ||
      (has_prefix (data, len, "BM", 2) && len >= 14 && memcmp (data + 6, "\0\0\0\0", 4) == 0) ||
      has_prefix (data, len, "II*\0", 4) || has_prefix (data, len, "MM\0*", 4) ||
      (len >= 12 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0))
    return refuse_format (error, name,
                          _("“%s” is an image (a scan or photo of a table), not a spreadsheet."),
                          _("Ask for the Excel file itself, or type the table into a workbook."));
  if (has_prefix (data, len, "Rar!", 4) || has_prefix (data, len, "7z\xBC\xAF", 4) ||
      has_prefix (data, len, "\x1F\x8B", 2))
    return refuse_format (error, name,
                          _("“%s” is a compressed archive (RAR, 7z or gzip), not a workbook."),
                          _("Unpack it and import the .xlsx, .xls or .csv file inside."));
  if (has_prefix (data, len, "{\\rtf", 5))
    return refuse_format (error, name,
                          _("“%s” is a rich-text document (RTF), not a spreadsheet."),
                          _("Copy its table into Excel or WPS, save that as .xlsx, and import it."));

  /* Text: UTF-16 and UTF-8 byte order marks, then markup that some systems
   * export under an Excel name. */
  if (has_prefix (data, len, "\xFF\xFE", 2) || has_prefix (data, len, "\xFE\xFF", 2))
    {
      *format = ZF_IMPORT_FORMAT_TEXT;
      return TRUE;
    }
  if (has_prefix (data, len, "\xEF\xBB\xBF", 3))
    skip = 3;
  while (skip < len && g_ascii_isspace (data[skip]))
    skip++;
  if (skip < len && data[skip] == '<')
    {
      if (sample_contains (data + skip, len - skip, "urn:schemas-microsoft-com:office:spreadsheet"))
        return refuse_format (error, name,
                              _("“%s” is an Excel 2003 XML spreadsheet."), _(SAVE_AS_XLSX));
      if (sample_contains (data + skip, len - skip, "<html") ||
          sample_contains (data + skip, len - skip, "<table") ||
          sample_contains (data + skip, len - skip, "<!doctype html"))
        return refuse_format (error, name,
                              _("“%s” is a web page (HTML) with a spreadsheet's name, as some "
                                "systems export their tables."), _(SAVE_AS_XLSX));
    }
  /* Zero bytes mean binary data (UTF-16 without its mark aside). */
  for (gsize i = 0; i < len; i++)
    if (data[i] == 0)
      return refuse_format (error, name,
                            _("“%s” is neither a spreadsheet nor a text file Zhifa reads."),
                            _("Import an Excel workbook (.xlsx or .xls), an OpenDocument "
                              "spreadsheet (.ods), or CSV or Unicode text."));
  *format = ZF_IMPORT_FORMAT_TEXT;
  return TRUE;
}

/* The names in a zip, and "mimetype:…" with the OpenDocument mimetype's
 * text. */
static GPtrArray *
zip_entries (const char *path)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (a);
  if (archive_read_open_filename (a, path, 65536) == ARCHIVE_OK)
    while (archive_read_next_header (a, &entry) == ARCHIVE_OK && names->len < 100000)
      {
        const char *entry_name = archive_entry_pathname (entry);

        if (entry_name == NULL)
          continue;
        g_ptr_array_add (names, g_strdup (entry_name));
        if (strcmp (entry_name, "mimetype") == 0)
          {
            char buf[128];
            la_ssize_t n = archive_read_data (a, buf, sizeof buf - 1);

            if (n > 0)
              {
                buf[n] = '\0';
                g_ptr_array_add (names, g_strconcat ("mimetype:", buf, NULL));
              }
          }
      }
  archive_read_free (a);
  g_ptr_array_add (names, NULL);
  return names;
}

/* The names of the streams and storages of a compound file: its directory
 * entries, found as 128-byte records at their alignment whose name length
 * and object type agree. Reading the sector chains is not needed to tell an
 * encrypted workbook from an Excel 97 one. */
static GPtrArray *
compound_streams (const guint8 *data,
                  gsize         len)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (gsize off = 512; off + 128 <= len && names->len < 10000; off += 128)
    {
      const guint8 *e = data + off;
      guint name_len = e[0x40] | (e[0x41] << 8);
      guint type = e[0x42];
      gunichar2 utf16[32];
      gboolean ok = TRUE;
      char *name;

      if (name_len < 4 || name_len > 64 || name_len % 2 != 0 || (type != 1 && type != 2 && type != 5))
        continue;
      for (guint i = 0; i < name_len / 2; i++)
        {
          utf16[i] = e[2 * i] | (e[2 * i + 1] << 8);
          if ((i + 1 < name_len / 2) == (utf16[i] == 0))
            ok = FALSE;
        }
      if (!ok)
        continue;
      name = g_utf16_to_utf8 (utf16, name_len / 2 - 1, NULL, NULL, NULL);
      if (name != NULL)
        g_ptr_array_add (names, name);
    }
  g_ptr_array_add (names, NULL);
  return names;
}

gboolean
zf_import_sniff_format (const char      *path,
                        ZfImportFormat  *format,
                        GError         **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) streams = NULL;
  g_autofree char *name = NULL;
  const guint8 *data;
  gsize len;

  g_return_val_if_fail (path != NULL, FALSE);

  file = g_mapped_file_new (path, FALSE, &local);
  if (file == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot read “%s”: %s"), path, local->message);
      return FALSE;
    }
  data = (const guint8 *) g_mapped_file_get_contents (file);
  len = g_mapped_file_get_length (file);
  name = g_path_get_basename (path);

  if (len == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("“%s” is empty."), name);
      return FALSE;
    }
  if (has_prefix (data, len, "PK", 2))
    entries = zip_entries (path);
  else if (has_prefix (data, len, CDF_MAGIC, sizeof CDF_MAGIC))
    streams = compound_streams (data, len);

  return zf_import_sniff_bytes (name, data, MIN (len, SAMPLE_SIZE),
                                entries ? (const char *const *) entries->pdata : NULL,
                                streams ? (const char *const *) streams->pdata : NULL,
                                format, error);
}
