#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include "zf-document-private.h"
#include "zf-i18n.h"

/* What a document says: its particulars, blocks, tables, attachments and
 * 抄送, as zf-document.c lays them out and zf-document-docx.c writes them. */

static void
row_free (DocumentRow *row)
{
  g_strfreev (row->cells);
  g_free (row->group);
  g_free (row);
}

static void
table_free (ZfDocumentTable *t)
{
  g_strfreev (t->headers);
  g_free (t->shares);
  g_free (t->docx_shares);
  g_ptr_array_unref (t->rows);
  g_free (t);
}

static void
block_free (DocumentBlock *b)
{
  g_free (b->text);
  g_free (b->right);
  if (b->table)
    table_free (b->table);
  g_free (b);
}

ZfDocument *
zf_document_new (const char *title)
{
  ZfDocument *doc = g_new0 (ZfDocument, 1);

  doc->title = zf_document_text_normalize (title);
  doc->prose = TRUE;
  doc->is_signed = TRUE;
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  doc->attachments = g_ptr_array_new_with_free_func (g_free);
  doc->cc = g_ptr_array_new_with_free_func (g_free);
  return doc;
}

void
zf_document_free (ZfDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->title);
  g_free (doc->number);
  g_free (doc->recipient);
  g_free (doc->unit);
  g_free (doc->date);
  g_free (doc->subject);
  g_free (doc->subtitle);
  g_ptr_array_unref (doc->blocks);
  g_ptr_array_unref (doc->attachments);
  g_ptr_array_unref (doc->cc);
  g_clear_pointer (&doc->pieces, g_ptr_array_unref);
  g_free (doc);
}

static void
set_text (char       **field,
          const char  *text)
{
  g_free (*field);
  *field = text && *text ? zf_document_text_normalize (text) : NULL;
}

void
zf_document_set_number (ZfDocument *doc, const char *number)
{
  set_text (&doc->number, number);
}

void
zf_document_set_recipient (ZfDocument *doc, const char *recipient)
{
  set_text (&doc->recipient, recipient);
}

void
zf_document_set_unit (ZfDocument *doc, const char *unit)
{
  set_text (&doc->unit, unit);
}

void
zf_document_set_date (ZfDocument *doc, const char *iso_date)
{
  g_free (doc->date);
  doc->date = g_strdup (iso_date);
}

void
zf_document_set_subject (ZfDocument *doc, const char *subject)
{
  set_text (&doc->subject, subject);
}

void
zf_document_set_subtitle (ZfDocument *doc, const char *subtitle)
{
  set_text (&doc->subtitle, subtitle);
}

void
zf_document_set_prose (ZfDocument *doc, gboolean prose)
{
  doc->prose = prose;
}

void
zf_document_set_page_total (ZfDocument *doc, gboolean total)
{
  doc->page_total = total;
}

void
zf_document_set_signed (ZfDocument *doc, gboolean is_signed)
{
  doc->is_signed = is_signed;
}

static void
add_block (ZfDocument *doc,
           BlockKind   kind,
           const char *text)
{
  DocumentBlock *b = g_new0 (DocumentBlock, 1);

  b->kind = kind;
  b->text = zf_document_text_normalize (text);
  g_ptr_array_add (doc->blocks, b);
}

void
zf_document_add_heading (ZfDocument *doc,
                         int         level,
                         const char *text)
{
  add_block (doc, level <= 1 ? BLOCK_HEADING1 : BLOCK_HEADING2, text);
}

void
zf_document_add_paragraph (ZfDocument *doc,
                           const char *text)
{
  add_block (doc, BLOCK_PARAGRAPH, text);
}

void
zf_document_add_sign_line (ZfDocument *doc,
                           const char *left,
                           const char *right)
{
  add_block (doc, BLOCK_SIGN_LINE, left);
  ((DocumentBlock *) doc->blocks->pdata[doc->blocks->len - 1])->right =
    zf_document_text_normalize (right);
}

void
zf_document_add_field (ZfDocument *doc,
                       const char *label,
                       const char *value)
{
  g_autofree char *text = g_strdup_printf ("%s：%s", label, value && *value ? value : "无");

  add_block (doc, BLOCK_PARAGRAPH, text);
}

void
zf_document_add_attachment (ZfDocument *doc,
                            const char *name)
{
  g_ptr_array_add (doc->attachments, zf_document_text_normalize (name));
}

void
zf_document_add_cc (ZfDocument *doc,
                    const char *unit)
{
  g_ptr_array_add (doc->cc, zf_document_text_normalize (unit));
}

char *
zf_document_cc_text (ZfDocument *doc)
{
  GString *s = g_string_new ("抄送：");

  for (guint i = 0; i < doc->cc->len; i++)
    {
      if (i > 0)
        g_string_append (s, "，");
      g_string_append (s, doc->cc->pdata[i]);
    }
  g_string_append (s, "。");
  return g_string_free (s, FALSE);
}

ZfDocumentTable *
zf_document_add_table (ZfDocument         *doc,
                       guint               n_columns,
                       const char * const *headers,
                       const double       *shares)
{
  DocumentBlock *b = g_new0 (DocumentBlock, 1);
  ZfDocumentTable *t = g_new0 (ZfDocumentTable, 1);

  g_return_val_if_fail (n_columns > 0, NULL);

  t->doc = doc;
  t->n_columns = n_columns;
  t->headers = g_new0 (char *, n_columns + 1);
  t->shares = g_new0 (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      t->headers[i] = zf_document_text_normalize (headers[i]);
      t->shares[i] = shares ? shares[i] : 1.0 / n_columns;
    }
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  b->kind = BLOCK_TABLE;
  b->table = t;
  g_ptr_array_add (doc->blocks, b);
  return t;
}

void
zf_document_table_set_docx_shares (ZfDocumentTable *table,
                                   const double    *shares)
{
  g_return_if_fail (table != NULL && shares != NULL);

  g_free (table->docx_shares);
  table->docx_shares = g_memdup2 (shares, sizeof (double) * table->n_columns);
}

void
zf_document_table_add_row (ZfDocumentTable    *table,
                           const char * const *cells)
{
  DocumentRow *row = g_new0 (DocumentRow, 1);

  row->cells = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    row->cells[i] = zf_document_text_normalize (cells[i] ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

void
zf_document_table_add_group (ZfDocumentTable *table,
                             const char      *text,
                             gboolean         is_total)
{
  DocumentRow *row = g_new0 (DocumentRow, 1);

  row->group = zf_document_text_normalize (text);
  row->is_total = is_total;
  g_ptr_array_add (table->rows, row);
}
