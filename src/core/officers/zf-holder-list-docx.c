#define G_LOG_DOMAIN "zf-holder-list"

#include "config.h"

#include "zf-document.h"
#include "zf-holder-list-private.h"
#include "zf-i18n.h"

/* The editable copy: the same table through the document layer, each
 * unit a group row with its total. */
typedef struct
{
  ZfDocumentTable *table;
  gint64           last_body;
  gint64           index;
  GCancellable    *cancellable;
} DocxState;

static void
docx_total (DocxState *st)
{
  g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, st->index);
  g_autofree char *text = g_strdup_printf (_("Subtotal: %s holders"), count);

  zf_document_table_add_group (st->table, text, TRUE);
}

static gboolean
docx_row (ZfOfficer *officer,
          gpointer   user_data)
{
  DocxState *st = user_data;
  ZfRecord *r = ZF_RECORD (officer);
  const char *title = zf_record_get_string (r, "title");
  g_autofree char *number = NULL;
  g_autofree char *valid_until = zf_document_format_date (zf_record_get_string (r, "valid_until"));
  const char *cells[ZF_HOLDER_LIST_N_COLUMNS];

  if (zf_officer_get_body_id (officer) != st->last_body)
    {
      if (st->last_body != -1)
        docx_total (st);
      zf_document_table_add_group (st->table, zf_record_get_string (r, "body_name"), FALSE);
      st->index = 0;
      st->last_body = zf_officer_get_body_id (officer);
    }
  number = g_strdup_printf ("%" G_GINT64_FORMAT, ++st->index);
  cells[0] = number;
  cells[1] = zf_officer_get_name (officer);
  cells[2] = title ? title : zf_record_get_string (r, "post_name");
  cells[3] = zf_officer_get_certificate_number (officer);
  cells[4] = zf_record_get_string (r, "enforcement_category");
  cells[5] = zf_record_get_string (r, "enforcement_area");
  cells[6] = valid_until;
  if (zf_record_get_string (r, "valid_until") == NULL && zf_record_get_string (r, "issue_date") != NULL)
    cells[6] = _("Long-term");
  zf_document_table_add_row (st->table, cells);
  return st->index % 4096 != 0 || !g_cancellable_is_cancelled (st->cancellable);
}

gboolean
zf_holder_list_write_docx (ZfHolderList  *self,
                           const char    *path,
                           GCancellable  *cancellable,
                           GError       **error)
{
  ZfOfficerFilter filter = zf_holder_list_get_filter (self);
  g_autoptr(ZfDocument) doc = zf_document_new (_("List of certificate holders"));
  g_autofree char *date = zf_document_format_date (self->date);
  g_autofree char *subtitle = g_strdup_printf (_("Issued by: %s    Date: %s"),
                                               self->issuer ? self->issuer : "", date);
  const char *headers[ZF_HOLDER_LIST_N_COLUMNS];
  double shares[ZF_HOLDER_LIST_N_COLUMNS];
  DocxState st = { NULL, -1, 0, cancellable };

  g_return_val_if_fail (ZF_IS_HOLDER_LIST (self), FALSE);

  for (guint i = 0; i < ZF_HOLDER_LIST_N_COLUMNS; i++)
    {
      headers[i] = g_dpgettext2 (GETTEXT_PACKAGE, HEADER_CONTEXT, zf_holder_list_columns[i].title);
      shares[i] = zf_holder_list_columns[i].docx_share;
    }
  zf_document_set_prose (doc, FALSE);
  zf_document_set_signed (doc, FALSE);
  zf_document_set_page_total (doc, TRUE);
  zf_document_set_subtitle (doc, subtitle);
  zf_document_set_unit (doc, self->issuer);
  zf_document_set_date (doc, self->date);
  st.table = zf_document_add_table (doc, ZF_HOLDER_LIST_N_COLUMNS, headers, shares);
  if (!zf_store_foreach_holder (self->store, &filter, 0, -1, docx_row, &st, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (st.last_body != -1)
    docx_total (&st);
  return zf_document_write_docx (doc, path, error);
}
