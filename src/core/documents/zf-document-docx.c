#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <sys/stat.h>

#include "zf-document-docx-private.h"
#include "zf-error.h"
#include "zf-i18n.h"

/* The editable copy: Office Open XML (WordprocessingML) with the same
 * content as the PDF, each paragraph in a style named after its 公文
 * element, so that an office restyles 正文 or 一级标题 in one place. The
 * page is set up as GB/T 9704-2012's: A4, 37 mm top, 28 mm left, 22 lines
 * of 28 characters (the document grid), page numbers "— 1 —" at the right
 * of odd pages and the left of even ones. */

static void
part_end (Part *part)
{
  xmlTextWriterEndDocument (part->w);
  xmlFreeTextWriter (part->w);
  part->w = NULL;
}

static gboolean
add_entry (struct archive *a,
           const char     *name,
           const char     *data,
           gsize           len)
{
  struct archive_entry *entry = archive_entry_new ();
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_size (entry, (la_int64_t) len);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_mtime (entry, 315532800, 0);     /* 1980: reproducible */
  ok = archive_write_header (a, entry) == ARCHIVE_OK &&
       archive_write_data (a, data, len) == (la_ssize_t) len;
  archive_entry_free (entry);
  return ok;
}

static gboolean
add_part (struct archive *a,
          const char     *name,
          Part           *part)
{
  gboolean ok;

  part_end (part);
  ok = add_entry (a, name, (const char *) xmlBufferContent (part->buffer),
                  (gsize) xmlBufferLength (part->buffer));
  xmlBufferFree (part->buffer);
  return ok;
}
static void
run (xmlTextWriterPtr w,
     const char      *text)
{
  xmlTextWriterStartElement (w, BAD_CAST "w:r");
  xmlTextWriterStartElement (w, BAD_CAST "w:t");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xml:space", BAD_CAST "preserve");
  xmlTextWriterWriteString (w, BAD_CAST text);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

/* Whether a paragraph keeps with the next: as its style says, or set on
 * the paragraph. Keeping holds a heading with its first paragraph, a
 * table's header and group rows with their first row, a group's last row
 * with its total, the 署名 with its 成文日期, and nothing else: a chain of
 * kept paragraphs across the body would carry all of it to the next page
 * and leave the foot of this one empty, since Word and LibreOffice cannot
 * close lines up as the PDF does. */
typedef enum
{
  KEEP_AS_STYLE,
  KEEP_NEXT,
  KEEP_NOT,
} Keep;

static void
keep_next (xmlTextWriterPtr w,
           Keep             keep)
{
  if (keep == KEEP_NEXT)
    el (w, "w:keepNext", NULL, NULL);
  else if (keep == KEEP_NOT)
    el (w, "w:keepNext", "w:val", "0");
}

/* A paragraph of @style, aligned as @jc says or, with NULL, as its style
 * does; each line of @text a line break. */
static void
paragraph_aligned (xmlTextWriterPtr w,
                   const char      *style,
                   const char      *text,
                   Keep             keep,
                   int              right_twips,
                   const char      *jc)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  xmlTextWriterStartElement (w, BAD_CAST "w:p");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:pStyle", "w:val", style);
  keep_next (w, keep);
  if (right_twips > 0)
    el_int (w, "w:ind", "w:right", right_twips);
  if (jc != NULL)
    el (w, "w:jc", "w:val", jc);
  xmlTextWriterEndElement (w);
  for (guint i = 0; lines[i]; i++)
    {
      if (i > 0)
        {
          xmlTextWriterStartElement (w, BAD_CAST "w:r");
          el (w, "w:br", NULL, NULL);
          xmlTextWriterEndElement (w);
        }
      if (*lines[i])
        run (w, lines[i]);
    }
  xmlTextWriterEndElement (w);
}

static void
paragraph (xmlTextWriterPtr w,
           const char      *style,
           const char      *text,
           Keep             keep,
           int              right_twips)
{
  paragraph_aligned (w, style, text, keep, right_twips, NULL);
}

static void
cell (xmlTextWriterPtr w,
      int              width,
      int              span,
      const char      *style,
      const char      *text,
      gboolean         shaded,
      const char      *jc,
      Keep             keep)
{
  xmlTextWriterStartElement (w, BAD_CAST "w:tc");
  xmlTextWriterStartElement (w, BAD_CAST "w:tcPr");
  xmlTextWriterStartElement (w, BAD_CAST "w:tcW");
  xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:w", "%d", width);
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "dxa");
  xmlTextWriterEndElement (w);
  if (span > 1)
    el_int (w, "w:gridSpan", "w:val", span);
  if (shaded)
    {
      xmlTextWriterStartElement (w, BAD_CAST "w:shd");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:val", BAD_CAST "clear");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:color", BAD_CAST "auto");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:fill", BAD_CAST "EBEBEB");
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
  paragraph_aligned (w, style, text, keep, 0, jc);
  xmlTextWriterEndElement (w);
}

/* A table as wide as the type area, its columns as set, not as their
 * text would widen them. */
static void
table_full_width (xmlTextWriterPtr w)
{
  xmlTextWriterStartElement (w, BAD_CAST "w:tblW");
  xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:w", "%d", TYPE_W_TWIPS);
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "dxa");
  xmlTextWriterEndElement (w);
  el (w, "w:tblLayout", "w:type", "fixed");
}

/* A table. Its header row repeats on every page; a group's rows keep
 * together from its heading to its total (a total does not keep with the
 * next group); the last row keeps with nothing. */
static void
table (xmlTextWriterPtr  w,
       ZfDocumentTable  *t)
{
  int widths[64];
  guint n = MIN (t->n_columns, G_N_ELEMENTS (widths));

  for (guint c = 0; c < n; c++)
    widths[c] = (int) (TYPE_W_TWIPS * (t->docx_shares ? t->docx_shares : t->shares)[c]);

  xmlTextWriterStartElement (w, BAD_CAST "w:tbl");
  xmlTextWriterStartElement (w, BAD_CAST "w:tblPr");
  el (w, "w:tblStyle", "w:val", "GwTable");
  table_full_width (w);
  /* The PDF's cell padding (3 pt), not Word's 0.19 cm: the columns were
   * sized for it. */
  xmlTextWriterStartElement (w, BAD_CAST "w:tblCellMar");
  for (guint i = 0; i < 2; i++)
    {
      xmlTextWriterStartElement (w, BAD_CAST (i == 0 ? "w:left" : "w:right"));
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:w", BAD_CAST "60");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "dxa");
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:tblGrid");
  for (guint c = 0; c < n; c++)
    el_int (w, "w:gridCol", "w:w", widths[c]);
  xmlTextWriterEndElement (w);

  /* The header row repeats on every page. */
  xmlTextWriterStartElement (w, BAD_CAST "w:tr");
  xmlTextWriterStartElement (w, BAD_CAST "w:trPr");
  el (w, "w:tblHeader", NULL, NULL);
  el (w, "w:cantSplit", NULL, NULL);
  xmlTextWriterEndElement (w);
  for (guint c = 0; c < n; c++)
    cell (w, widths[c], 1, "GwTableHead", t->headers[c], TRUE, NULL, KEEP_AS_STYLE);
  xmlTextWriterEndElement (w);

  for (guint r = 0; r < t->rows->len; r++)
    {
      DocumentRow *row = t->rows->pdata[r];
      DocumentRow *next = r + 1 < t->rows->len ? t->rows->pdata[r + 1] : NULL;
      Keep keep = row->is_total ? KEEP_NOT
                : next != NULL && next->is_total ? KEEP_NEXT : KEEP_AS_STYLE;

      xmlTextWriterStartElement (w, BAD_CAST "w:tr");
      xmlTextWriterStartElement (w, BAD_CAST "w:trPr");
      el (w, "w:cantSplit", NULL, NULL);
      xmlTextWriterEndElement (w);
      /* A group's total at the right, as in the PDF; set on the
       * paragraph, where every word processor reads it. */
      if (row->group)
        cell (w, TYPE_W_TWIPS, (int) n, "GwTableGroup", row->group, TRUE,
              row->is_total ? "right" : NULL, keep);
      else
        for (guint c = 0; c < n; c++)
          cell (w, widths[c], 1, "GwTableText", row->cells[c], FALSE, NULL, keep);
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
}

/* The line signed by hand: a blank line, then @left, a tab to the right
 * tab stop four characters from the right, and @right. */
static void
sign_line (xmlTextWriterPtr  w,
           DocumentBlock    *b,
           int               char_twips)
{
  paragraph (w, "GwSignLine", "", KEEP_AS_STYLE, 0);
  xmlTextWriterStartElement (w, BAD_CAST "w:p");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:pStyle", "w:val", "GwSignLine");
  xmlTextWriterStartElement (w, BAD_CAST "w:tabs");
  xmlTextWriterStartElement (w, BAD_CAST "w:tab");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:val", BAD_CAST "right");
  xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:pos", "%d", TYPE_W_TWIPS - 4 * char_twips);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  run (w, b->text);
  xmlTextWriterStartElement (w, BAD_CAST "w:r");
  el (w, "w:tab", NULL, NULL);
  xmlTextWriterEndElement (w);
  if (b->right)
    run (w, b->right);
  xmlTextWriterEndElement (w);
}

/* The 版记 (here the 抄送 line between its two rules) on the last line of
 * the last page, as GB/T 9704-2012 §10 places it: a table floating at the
 * foot of the type area of the page where the document ends, so that it
 * neither follows the 成文日期 wherever the text stops nor goes to a page
 * of its own when the last page is nearly full. The empty paragraph after
 * it is its anchor (a document cannot end on a table). */
static void
imprint (xmlTextWriterPtr  w,
         ZfDocument       *doc)
{
  g_autofree char *cc = zf_document_cc_text (doc);

  xmlTextWriterStartElement (w, BAD_CAST "w:tbl");
  xmlTextWriterStartElement (w, BAD_CAST "w:tblPr");
  xmlTextWriterStartElement (w, BAD_CAST "w:tblpPr");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:vertAnchor", BAD_CAST "margin");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:horzAnchor", BAD_CAST "margin");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:tblpXSpec", BAD_CAST "center");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:tblpYSpec", BAD_CAST "bottom");
  xmlTextWriterEndElement (w);
  table_full_width (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:tblBorders");
  for (int s = 0; s < 2; s++)
    {
      xmlTextWriterStartElement (w, BAD_CAST (s == 0 ? "w:top" : "w:bottom"));
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:val", BAD_CAST "single");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:sz", BAD_CAST "6");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:space", BAD_CAST "0");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:color", BAD_CAST "000000");
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:tblGrid");
  el_int (w, "w:gridCol", "w:w", TYPE_W_TWIPS);
  xmlTextWriterEndElement (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:tr");
  xmlTextWriterStartElement (w, BAD_CAST "w:tc");
  xmlTextWriterStartElement (w, BAD_CAST "w:p");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:pStyle", "w:val", "GwCc");
  xmlTextWriterStartElement (w, BAD_CAST "w:ind");
  xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:left", "%d", FOLIO_HALF_PT * 10);
  xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:right", "%d", FOLIO_HALF_PT * 10);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  run (w, cc);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  /* The anchor takes no room: one point high, off the line grid, so that
   * a full last page does not send it, and the 版记 with it, to a page of
   * its own. */
  xmlTextWriterStartElement (w, BAD_CAST "w:p");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:pStyle", "w:val", "GwCc");
  el (w, "w:snapToGrid", "w:val", "0");
  xmlTextWriterStartElement (w, BAD_CAST "w:spacing");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:before", BAD_CAST "0");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:after", BAD_CAST "0");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:line", BAD_CAST "20");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:lineRule", BAD_CAST "exact");
  xmlTextWriterEndElement (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:rPr");
  el (w, "w:sz", "w:val", "2");
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

/* Width in characters of the body font: a CJK character one, others half. */
static double
text_chars (const char *text)
{
  double n = 0;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    n += g_unichar_iswide (g_utf8_get_char (p)) ? 1.0 : 0.5;
  return n;
}

/* Long: writes the document's XML in the order GB/T 9704 sets its parts out
 * (particulars, title, blocks, signature, 版记); each step is a few lines. */
static Part
document_part (ZfDocument *doc)
{
  Part part;
  xmlTextWriterPtr w;
  int char_twips = (doc->prose ? BODY_HALF_PT : LIST_HALF_PT) * 10;

  part_begin (&part, "w:document", NULL);
  w = part.w;
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:w", BAD_CAST W_NS);
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:r", BAD_CAST R_NS);
  xmlTextWriterStartElement (w, BAD_CAST "w:body");

  paragraph (w, "GwTitle", doc->title, KEEP_NEXT, 0);
  if (doc->subtitle)
    paragraph (w, "GwSubtitle", doc->subtitle, KEEP_NEXT, 0);
  if (doc->number)
    paragraph (w, "GwNumber", doc->number, KEEP_NEXT, 0);
  paragraph (w, "GwRecipient", "", KEEP_NEXT, 0);
  if (doc->recipient)
    {
      g_autofree char *to = g_strconcat (doc->recipient, "：", NULL);
      paragraph (w, "GwRecipient", to, KEEP_NEXT, 0);
    }
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      DocumentBlock *b = doc->blocks->pdata[i];

      switch (b->kind)
        {
        case BLOCK_SIGN_LINE:
          sign_line (w, b, char_twips);
          break;
        case BLOCK_HEADING1:
          paragraph (w, "GwHeading1", b->text, KEEP_NEXT, 0);
          break;
        case BLOCK_HEADING2:
          paragraph (w, "GwHeading2", b->text, KEEP_NEXT, 0);
          break;
        case BLOCK_PARAGRAPH:
          paragraph (w, "GwBody", b->text, KEEP_AS_STYLE, 0);
          break;
        case BLOCK_TABLE:
          table (w, b->table);
          break;
        }
    }
  if (doc->attachments->len > 0)
    {
      paragraph (w, "GwAttachment", "", KEEP_AS_STYLE, 0);
      for (guint i = 0; i < doc->attachments->len; i++)
        {
          g_autofree char *text = g_strdup_printf ("%s%u. %s", i == 0 ? "附件：" : "", i + 1,
                                                   (char *) doc->attachments->pdata[i]);
          xmlTextWriterStartElement (w, BAD_CAST "w:p");
          xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
          el (w, "w:pStyle", "w:val", "GwAttachment");
          el_int (w, "w:ind", "w:left", (i == 0 ? 2 : 5) * char_twips);
          xmlTextWriterEndElement (w);
          run (w, text);
          xmlTextWriterEndElement (w);
        }
    }
  if (doc->is_signed)
    {
      g_autofree char *date = zf_document_format_date (doc->date);
      double date_chars = text_chars (date);
      double unit_chars = text_chars (doc->unit);
      /* The date four characters from the right, the unit centred over it. */
      int unit_right = (int) ((4 + (date_chars - unit_chars) / 2) * char_twips);

      /* The seal's room stays at the foot of the page the 署名 leaves. */
      paragraph (w, "GwSigner", "", KEEP_NOT, 0);
      paragraph (w, "GwSigner", "", KEEP_NOT, 0);
      if (doc->unit)
        paragraph (w, "GwSigner", doc->unit, KEEP_NEXT, MAX (2 * char_twips, unit_right));
      paragraph (w, "GwDate", date, KEEP_AS_STYLE, 4 * char_twips);
    }
  if (doc->cc->len > 0)
    imprint (w, doc);

  /* The page: A4, GB/T 9704-2012's margins and grid. */
  xmlTextWriterStartElement (w, BAD_CAST "w:sectPr");
  for (int f = 0; f < 2; f++)
    {
      xmlTextWriterStartElement (w, BAD_CAST "w:footerReference");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST (f == 0 ? "default" : "even"));
      xmlTextWriterWriteAttribute (w, BAD_CAST "r:id", BAD_CAST (f == 0 ? "rIdFooterOdd" : "rIdFooterEven"));
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterStartElement (w, BAD_CAST "w:pgSz");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:w", BAD_CAST "11906");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:h", BAD_CAST "16838");
  xmlTextWriterEndElement (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:pgMar");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:top", BAD_CAST "2098");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:right", BAD_CAST "1474");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:bottom", BAD_CAST "1984");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:left", BAD_CAST "1587");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:header", BAD_CAST "851");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:footer", BAD_CAST "1304");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:gutter", BAD_CAST "0");
  xmlTextWriterEndElement (w);
  if (doc->prose)
    {
      xmlTextWriterStartElement (w, BAD_CAST "w:docGrid");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "linesAndChars");
      xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:linePitch", "%d", LINE_PITCH);
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:charSpace", BAD_CAST "0");
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);

  xmlTextWriterEndElement (w);
  return part;
}

/* A field (PAGE, NUMPAGES) as Word writes it: begin, instruction, end. */
static void
field (xmlTextWriterPtr  w,
       const char       *instruction)
{
  static const char *chars[] = { "begin", NULL, "end" };

  for (int i = 0; i < 3; i++)
    {
      xmlTextWriterStartElement (w, BAD_CAST "w:r");
      if (chars[i])
        el (w, "w:fldChar", "w:fldCharType", chars[i]);
      else
        {
          xmlTextWriterStartElement (w, BAD_CAST "w:instrText");
          xmlTextWriterWriteAttribute (w, BAD_CAST "xml:space", BAD_CAST "preserve");
          xmlTextWriterWriteFormatString (w, " %s ", instruction);
          xmlTextWriterEndElement (w);
        }
      xmlTextWriterEndElement (w);
    }
}

/* "共 NUMPAGES 页" */
static void
page_total (xmlTextWriterPtr w)
{
  run (w, "共");
  field (w, "NUMPAGES");
  run (w, "页");
}

/* "— PAGE —" at the right (odd, the default) or the left (even), one
 * character in; with @total, "共 N 页" on the other side, as in the
 * PDF. */
static Part
footer_part (gboolean odd,
             gboolean total)
{
  Part part;
  xmlTextWriterPtr w;

  part_begin (&part, "w:ftr", NULL);
  w = part.w;
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:w", BAD_CAST W_NS);
  xmlTextWriterStartElement (w, BAD_CAST "w:p");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:pStyle", "w:val", "GwFolio");
  if (total)
    {
      /* One paragraph: a text at each end, one character in. */
      xmlTextWriterStartElement (w, BAD_CAST "w:tabs");
      xmlTextWriterStartElement (w, BAD_CAST "w:tab");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:val", BAD_CAST "right");
      xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:pos", "%d", TYPE_W_TWIPS - FOLIO_HALF_PT * 10);
      xmlTextWriterEndElement (w);
      xmlTextWriterEndElement (w);
      xmlTextWriterStartElement (w, BAD_CAST "w:ind");
      xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:left", "%d", FOLIO_HALF_PT * 10);
      xmlTextWriterEndElement (w);
      el (w, "w:jc", "w:val", "left");
    }
  else
    {
      el_int (w, "w:ind", odd ? "w:right" : "w:left", FOLIO_HALF_PT * 10);
      el (w, "w:jc", "w:val", odd ? "right" : "left");
    }
  xmlTextWriterEndElement (w);
  if (total && odd)
    {
      page_total (w);
      xmlTextWriterStartElement (w, BAD_CAST "w:r");
      el (w, "w:tab", NULL, NULL);
      xmlTextWriterEndElement (w);
    }
  run (w, "— ");
  field (w, "PAGE");
  run (w, " —");
  if (total && !odd)
    {
      xmlTextWriterStartElement (w, BAD_CAST "w:r");
      el (w, "w:tab", NULL, NULL);
      xmlTextWriterEndElement (w);
      page_total (w);
    }
  xmlTextWriterEndElement (w);
  return part;
}
static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
  "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
  "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
  "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
  "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
  "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
  "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
  "</Types>";

static const char package_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
  "</Relationships>";

static const char document_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>"
  "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
  "<Relationship Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
  "<Relationship Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>"
  "</Relationships>";

/* Odd and even pages have their own footers. */
static const char settings[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<w:settings xmlns:w=\"" W_NS "\"><w:evenAndOddHeaders/>"
  "<w:defaultTabStop w:val=\"420\"/><w:compat/></w:settings>";

gboolean
zf_document_write_docx (ZfDocument  *doc,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *part_path = g_strconcat (path, ".part", NULL);
  struct archive *a;
  Part document, style, font_table, odd, even, core;
  gboolean ok;

  g_return_val_if_fail (doc != NULL, FALSE);

  document = document_part (doc);
  style = zf_docx_styles_part (doc);
  font_table = zf_docx_font_table_part ();
  odd = footer_part (TRUE, doc->page_total);
  even = footer_part (FALSE, doc->page_total);
  core = zf_docx_core_part (doc);

  a = archive_write_new ();
  archive_write_set_format_zip (a);
  ok = archive_write_open_filename (a, part_path) == ARCHIVE_OK;
  ok = ok && add_entry (a, "[Content_Types].xml", content_types, sizeof content_types - 1);
  ok = ok && add_entry (a, "_rels/.rels", package_rels, sizeof package_rels - 1);
  ok = ok && add_entry (a, "word/_rels/document.xml.rels", document_rels, sizeof document_rels - 1);
  ok = ok && add_entry (a, "word/settings.xml", settings, sizeof settings - 1);
  /* Every part is ended and freed, written or not. */
  ok = add_part (a, "word/document.xml", &document) && ok;
  ok = add_part (a, "word/styles.xml", &style) && ok;
  ok = add_part (a, "word/fontTable.xml", &font_table) && ok;
  ok = add_part (a, "word/footer1.xml", &odd) && ok;
  ok = add_part (a, "word/footer2.xml", &even) && ok;
  ok = add_part (a, "docProps/core.xml", &core) && ok;
  if (!ok)
    g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                 archive_error_string (a) ? archive_error_string (a) : g_strerror (errno));
  if (archive_write_close (a) != ARCHIVE_OK && ok)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   archive_error_string (a));
      ok = FALSE;
    }
  archive_write_free (a);
  if (ok && g_rename (part_path, path) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (part_path);
  return ok;
}
