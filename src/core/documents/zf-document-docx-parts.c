#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include "zf-document-docx-private.h"

/* The parts of a .docx package besides the document and its footers: the
 * styles, one per 公文 element, the font table and the core properties. */

static void
fonts (xmlTextWriterPtr w,
       ZfDocumentFont   font)
{
  const char *name = zf_document_font_docx_name (font);

  xmlTextWriterStartElement (w, BAD_CAST "w:rFonts");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:ascii", BAD_CAST "Times New Roman");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:hAnsi", BAD_CAST "Times New Roman");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:eastAsia", BAD_CAST name);
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:hint", BAD_CAST "eastAsia");
  xmlTextWriterEndElement (w);
}

typedef struct
{
  const char     *id;
  const char     *name;        /* the 公文 element */
  ZfDocumentFont  font;
  int             half_points;
  const char     *jc;
  int             first_line;  /* characters of indent */
  gboolean        keep_next;
  gboolean        bold;
  gboolean        single;      /* single line spacing (table cells) */
} Style;

static void
write_style (xmlTextWriterPtr w,
             const Style     *s,
             gboolean         prose,
             int              list_half_points)
{
  int size = s->half_points ? s->half_points : list_half_points;

  xmlTextWriterStartElement (w, BAD_CAST "w:style");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "paragraph");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:customStyle", BAD_CAST "1");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:styleId", BAD_CAST s->id);
  el (w, "w:name", "w:val", s->name);
  el (w, "w:basedOn", "w:val", "Normal");
  el (w, "w:qFormat", NULL, NULL);
  /* The properties in the schema's order (Word refuses others). */
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  if (s->keep_next)
    el (w, "w:keepNext", NULL, NULL);
  /* A cell's lines as close as the PDF's (五号, a fifth of a line apart),
   * not the list's 1.5 lines, nor the prose's grid of 22 lines a page. */
  if (s->single)
    {
      el (w, "w:snapToGrid", "w:val", "0");
      xmlTextWriterStartElement (w, BAD_CAST "w:spacing");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:before", BAD_CAST "0");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:after", BAD_CAST "0");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:line", BAD_CAST "288");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:lineRule", BAD_CAST "auto");
      xmlTextWriterEndElement (w);
    }
  if (s->first_line)
    {
      xmlTextWriterStartElement (w, BAD_CAST "w:ind");
      xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:firstLineChars", "%d", s->first_line * 100);
      xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:firstLine", "%d", s->first_line * size * 10);
      xmlTextWriterEndElement (w);
    }
  if (s->jc)
    el (w, "w:jc", "w:val", s->jc);
  xmlTextWriterEndElement (w);
  xmlTextWriterStartElement (w, BAD_CAST "w:rPr");
  fonts (w, s->font);
  /* Bold where the PDF is: the stand-ins of 小标宋 and 黑体 (Noto CJK)
   * are lighter than those faces, and LibreOffice, which finds them
   * through fontconfig, would set the title and headings in their
   * regular weight. Where this machine has the 公文 font, none. */
  if (s->bold || (zf_document_font_is_fallback (s->font) &&
                  (s->font == ZF_DOCUMENT_FONT_TITLE || s->font == ZF_DOCUMENT_FONT_HEADING1)))
    el (w, "w:b", NULL, NULL);
  el_int (w, "w:sz", "w:val", size);
  el_int (w, "w:szCs", "w:val", size);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  (void) prose;
}

static const Style styles[] = {
  { "GwTitle",      "公文标题",     ZF_DOCUMENT_FONT_TITLE,    TITLE_HALF_PT, "center", 0, TRUE,  FALSE },
  { "GwSubtitle",   "副标题",       ZF_DOCUMENT_FONT_BODY,     0,             "center", 0, TRUE,  FALSE },
  { "GwNumber",     "发文字号",     ZF_DOCUMENT_FONT_BODY,     0,             "right",  0, TRUE,  FALSE },
  { "GwRecipient",  "主送机关",     ZF_DOCUMENT_FONT_BODY,     0,             "left",   0, TRUE,  FALSE },
  { "GwBody",       "正文",         ZF_DOCUMENT_FONT_BODY,     0,             "both",   2, FALSE, FALSE },
  { "GwHeading1",   "一级标题",     ZF_DOCUMENT_FONT_HEADING1, 0,             "left",   2, TRUE,  FALSE },
  { "GwHeading2",   "二级标题",     ZF_DOCUMENT_FONT_HEADING2, 0,             "left",   2, TRUE,  FALSE },
  { "GwAttachment", "附件说明",     ZF_DOCUMENT_FONT_BODY,     0,             "left",   0, FALSE, FALSE },
  { "GwSignLine",   "签名行",       ZF_DOCUMENT_FONT_BODY,     0,             "left",   2, FALSE, FALSE },
  { "GwSigner",     "发文机关署名", ZF_DOCUMENT_FONT_BODY,     0,             "right",  0, TRUE,  FALSE },
  { "GwDate",       "成文日期",     ZF_DOCUMENT_FONT_BODY,     0,             "right",  0, FALSE, FALSE },
  { "GwCc",         "抄送机关",     ZF_DOCUMENT_FONT_BODY,     FOLIO_HALF_PT, "left",   0, FALSE, FALSE },
  { "GwFolio",      "页码",         ZF_DOCUMENT_FONT_BODY,     FOLIO_HALF_PT, NULL,     0, FALSE, FALSE },
  { "GwTableHead",  "表头",         ZF_DOCUMENT_FONT_HEADING1, CELL_HALF_PT,  "center", 0, TRUE,  FALSE, TRUE },
  { "GwTableText",  "表格文字",     ZF_DOCUMENT_FONT_BODY,     CELL_HALF_PT,  "left",   0, FALSE, FALSE, TRUE },
  { "GwTableGroup", "分组标题",     ZF_DOCUMENT_FONT_HEADING1, CELL_HALF_PT,  "left",   0, TRUE,  FALSE, TRUE },
};

Part
zf_docx_styles_part (ZfDocument *doc)
{
  Part part;
  int size = doc->prose ? BODY_HALF_PT : LIST_HALF_PT;
  xmlTextWriterPtr w;

  part_begin (&part, "w:styles", NULL);
  w = part.w;
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:w", BAD_CAST W_NS);
  xmlTextWriterStartElement (w, BAD_CAST "w:docDefaults");
  xmlTextWriterStartElement (w, BAD_CAST "w:rPrDefault");
  xmlTextWriterStartElement (w, BAD_CAST "w:rPr");
  fonts (w, ZF_DOCUMENT_FONT_BODY);
  el_int (w, "w:sz", "w:val", size);
  el_int (w, "w:szCs", "w:val", size);
  el (w, "w:lang", "w:eastAsia", "zh-CN");
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  /* No space added between Chinese and Latin text or digits in any
   * paragraph, of any style: 2026年, not 2026 年. */
  xmlTextWriterStartElement (w, BAD_CAST "w:pPrDefault");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:autoSpaceDE", "w:val", "0");
  el (w, "w:autoSpaceDN", "w:val", "0");
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);

  /* Normal: the grid's exact line (prose) and widow control. */
  xmlTextWriterStartElement (w, BAD_CAST "w:style");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "paragraph");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:default", BAD_CAST "1");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:styleId", BAD_CAST "Normal");
  el (w, "w:name", "w:val", "Normal");
  xmlTextWriterStartElement (w, BAD_CAST "w:pPr");
  el (w, "w:widowControl", NULL, NULL);
  el (w, "w:autoSpaceDE", "w:val", "0");
  el (w, "w:autoSpaceDN", "w:val", "0");
  xmlTextWriterStartElement (w, BAD_CAST "w:spacing");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:before", BAD_CAST "0");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:after", BAD_CAST "0");
  if (doc->prose)
    {
      xmlTextWriterWriteFormatAttribute (w, BAD_CAST "w:line", "%d", LINE_PITCH);
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:lineRule", BAD_CAST "exact");
    }
  else
    {
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:line", BAD_CAST "360");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:lineRule", BAD_CAST "auto");
    }
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    write_style (w, &styles[i], doc->prose, size);

  /* The table style: every cell ruled. */
  xmlTextWriterStartElement (w, BAD_CAST "w:style");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:type", BAD_CAST "table");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:customStyle", BAD_CAST "1");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:styleId", BAD_CAST "GwTable");
  el (w, "w:name", "w:val", "公文表格");
  xmlTextWriterStartElement (w, BAD_CAST "w:tblPr");
  xmlTextWriterStartElement (w, BAD_CAST "w:tblBorders");
  for (guint i = 0; i < 6; i++)
    {
      static const char *sides[] = { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" };
      xmlTextWriterStartElement (w, BAD_CAST sides[i]);
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:val", BAD_CAST "single");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:sz", BAD_CAST "4");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:space", BAD_CAST "0");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:color", BAD_CAST "000000");
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  return part;
}

/* The font table: each font the styles name, with the stand-in a machine
 * without it should use (w:altName) and its kind, so that a missing 仿宋
 * becomes a Chinese serif, not the default sans. Charset 86 is GB2312. */
Part
zf_docx_font_table_part (void)
{
  static const struct { ZfDocumentFont font; const char *family; const char *pitch; } kinds[] = {
    { ZF_DOCUMENT_FONT_TITLE,    "roman",  "variable" },
    { ZF_DOCUMENT_FONT_BODY,     "modern", "fixed" },
    { ZF_DOCUMENT_FONT_HEADING1, "modern", "fixed" },
    { ZF_DOCUMENT_FONT_HEADING2, "script", "fixed" },
  };
  Part part;
  xmlTextWriterPtr w;
  const char *written[G_N_ELEMENTS (kinds)] = { NULL };

  part_begin (&part, "w:fonts", NULL);
  w = part.w;
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:w", BAD_CAST W_NS);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const char *name = zf_document_font_docx_name (kinds[i].font);
      gboolean seen = FALSE;

      for (guint j = 0; j < i; j++)
        seen = seen || g_strcmp0 (written[j], name) == 0;
      written[i] = name;
      if (seen)
        continue;
      xmlTextWriterStartElement (w, BAD_CAST "w:font");
      xmlTextWriterWriteAttribute (w, BAD_CAST "w:name", BAD_CAST name);
      el (w, "w:altName", "w:val", zf_document_font_stand_in (kinds[i].font));
      el (w, "w:charset", "w:val", "86");
      el (w, "w:family", "w:val", kinds[i].family);
      el (w, "w:pitch", "w:val", kinds[i].pitch);
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterStartElement (w, BAD_CAST "w:font");
  xmlTextWriterWriteAttribute (w, BAD_CAST "w:name", BAD_CAST "Times New Roman");
  el (w, "w:charset", "w:val", "00");
  el (w, "w:family", "w:val", "roman");
  el (w, "w:pitch", "w:val", "variable");
  xmlTextWriterEndElement (w);
  return part;
}

Part
zf_docx_core_part (ZfDocument *doc)
{
  Part part;
  xmlTextWriterPtr w;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  part_begin (&part, "cp:coreProperties", NULL);
  w = part.w;
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:cp",
                               BAD_CAST "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:dcterms", BAD_CAST "http://purl.org/dc/terms/");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:xsi", BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
  xmlTextWriterWriteElement (w, BAD_CAST "dc:title", BAD_CAST doc->title);
  if (doc->subject)
    xmlTextWriterWriteElement (w, BAD_CAST "dc:subject", BAD_CAST doc->subject);
  if (doc->unit)
    xmlTextWriterWriteElement (w, BAD_CAST "dc:creator", BAD_CAST doc->unit);
  xmlTextWriterStartElement (w, BAD_CAST "dcterms:created");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xsi:type", BAD_CAST "dcterms:W3CDTF");
  xmlTextWriterWriteString (w, BAD_CAST created);
  xmlTextWriterEndElement (w);
  return part;
}
