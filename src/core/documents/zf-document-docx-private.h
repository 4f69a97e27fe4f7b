#pragma once

#include <libxml/xmlwriter.h>

#include "zf-document-private.h"

G_BEGIN_DECLS

/* Shared by the .docx writer's files: the document and its footers
 * (zf-document-docx.c) and the package's other parts
 * (zf-document-docx-parts.c). */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* Twentieths of a point. */
#define TWIPS_PER_MM   (1440.0 / 25.4)
#define TYPE_W_TWIPS   ((int) (156.0 * TWIPS_PER_MM))
#define BODY_HALF_PT   32      /* 三号 16 pt */
#define LIST_HALF_PT   24      /* 小四 */
#define CELL_HALF_PT   21      /* 五号 */
#define TITLE_HALF_PT  44      /* 二号 */
#define FOLIO_HALF_PT  28      /* 四号 */
#define LINE_PITCH     579     /* 225 mm / 22 */

typedef struct
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr w;
} Part;

static inline void
part_begin (Part       *part,
            const char *root,
            const char *ns)
{
  part->buffer = xmlBufferCreate ();
  part->w = xmlNewTextWriterMemory (part->buffer, 0);
  xmlTextWriterStartDocument (part->w, NULL, "UTF-8", "yes");
  xmlTextWriterStartElement (part->w, BAD_CAST root);
  if (ns)
    xmlTextWriterWriteAttribute (part->w, BAD_CAST "xmlns", BAD_CAST ns);
}

static inline void
el (xmlTextWriterPtr w,
    const char      *name,
    const char      *attr,
    const char      *value)
{
  xmlTextWriterStartElement (w, BAD_CAST name);
  if (attr)
    xmlTextWriterWriteAttribute (w, BAD_CAST attr, BAD_CAST value);
  xmlTextWriterEndElement (w);
}

static inline void
el_int (xmlTextWriterPtr w,
        const char      *name,
        const char      *attr,
        int              value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%d", value);
  el (w, name, attr, text);
}

/* zf-document-docx-parts.c: the styles (one per 公文 element), the font
 * table and the core properties. */
Part zf_docx_styles_part     (ZfDocument *doc);
Part zf_docx_font_table_part (void);
Part zf_docx_core_part       (ZfDocument *doc);

G_END_DECLS
