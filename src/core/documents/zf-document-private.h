#pragma once

#include "zf-document.h"

G_BEGIN_DECLS

/* The content of a document, shared by the PDF layout (zf-document.c) and
 * the .docx writer (zf-document-docx.c): both walk the same blocks, so the
 * two files say the same. Texts are stored normalized. */
typedef enum
{
  BLOCK_HEADING1,
  BLOCK_HEADING2,
  BLOCK_PARAGRAPH,
  BLOCK_TABLE,
  BLOCK_SIGN_LINE,    /* text: left; right: after the room to sign */
} BlockKind;

typedef struct
{
  char     **cells;     /* n_columns texts, or NULL for a group row */
  char      *group;
  gboolean   is_total;
} DocumentRow;

struct _ZfDocumentTable
{
  ZfDocument *doc;
  guint       n_columns;
  char      **headers;
  double     *shares;
  double     *docx_shares;   /* NULL: the same as shares */
  GPtrArray  *rows;     /* DocumentRow */
};

typedef struct
{
  BlockKind        kind;
  char            *text;
  char            *right;
  ZfDocumentTable *table;
} DocumentBlock;

struct _ZfDocument
{
  char      *title;
  char      *number;
  char      *recipient;
  char      *unit;
  char      *date;        /* ISO */
  char      *subject;
  char      *subtitle;
  gboolean   prose;
  gboolean   page_total;
  gboolean   is_signed;
  GPtrArray *blocks;      /* DocumentBlock */
  GPtrArray *attachments; /* char * */
  GPtrArray *cc;          /* char * */

  /* The PDF layout (zf-document.c). */
  GPtrArray *pieces;
  guint      imprint_first;   /* the 版记's first piece; 0 without one */
  guint      n_pages;
};

/* A4, in the PDF's points. */
#define ZF_DOCUMENT_PAGE_W (210.0 * 72.0 / 25.4)
#define ZF_DOCUMENT_PAGE_H (297.0 * 72.0 / 25.4)

/* The 抄送 line: "抄送：甲，乙。" */
char *zf_document_cc_text (ZfDocument *doc);

G_END_DECLS
