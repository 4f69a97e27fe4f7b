#define G_LOG_DOMAIN "zf-rectification-notice"

#include "config.h"

#include "zf-case-reports.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-evaluations.h"

/* 整改通知书: the open rows of one unit in the rectification ledger (整改
 * 台账, S1 §二(五)3), each with its requirement and deadline, and how the
 * unit reports back so that the rows are closed (销号). */
/* Long: the notice's parts in the order it is read: particulars, the table
 * of open rows, how to report back. */
ZfDocument *
zf_rectification_notice_new (ZfStore     *store,
                             gint64       body_id,
                             const char  *date,
                             GError     **error)
{
  /* At 五号: a case number such as 乙交罚〔2026〕12号 on one line, the
   * deadline (2026年11月30日) on one line with （已逾期） under it; the
   * problem and the requirement wrap. */
  static const double shares[] = { 0.07, 0.24, 0.24, 0.25, 0.20 };
  /* The deadline's date whole on its line in LibreOffice too. */
  static const double docx_shares[] = { 0.07, 0.23, 0.23, 0.25, 0.22 };
  const char *headers[] = {
    C_("notice", "No."), C_("notice", "Problem"), C_("notice", "Requirement"),
    C_("notice", "Case file"), C_("notice", "Deadline"),
  };
  g_autofree char *today = date ? g_strdup (date) : zf_date_today ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *latest = NULL;
  const char *body_name = NULL;
  ZfDocumentTable *table = NULL;
  ZfDocument *doc;
  guint n = 0, overdue = 0;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if ((rows = zf_store_list_rectifications (store, today, FALSE, error)) == NULL)
    return NULL;

  doc = zf_document_new (_("Rectification notice"));
  unit = zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
  zf_document_set_unit (doc, unit);
  zf_document_set_date (doc, today);
  for (guint i = 0; i < rows->len; i++)
    {
      ZfRectification *r = rows->pdata[i];
      g_autofree char *number = NULL;
      g_autofree char *deadline = NULL;
      const char *cells[5];

      if (r->body_id != body_id || g_strcmp0 (r->status, "open") != 0)
        continue;
      if (table == NULL)
        {
          g_autofree char *intro = NULL;

          body_name = r->body_name;
          zf_document_set_recipient (doc, body_name);
          zf_document_set_subject (doc, body_name);
          intro = g_strdup_printf (_("In the supervision of administrative enforcement this office found the problems below in the work of your unit. They are entered in the rectification ledger and are to be rectified as follows."));
          zf_document_add_paragraph (doc, intro);
          zf_document_add_heading (doc, 1, _("1. Problems to rectify"));
          table = zf_document_add_table (doc, G_N_ELEMENTS (headers), headers, shares);
          zf_document_table_set_docx_shares (table, docx_shares);
        }
      number = g_strdup_printf ("%u", ++n);
      deadline = zf_document_format_date (r->deadline);
      if (zf_rectification_is_overdue (r, today))
        {
          g_autofree char *marked = g_strdup_printf (_("%s (overdue)"), deadline);
          g_free (deadline);
          deadline = g_steal_pointer (&marked);
          overdue++;
        }
      if (r->deadline && (latest == NULL || g_strcmp0 (r->deadline, latest) > 0))
        {
          g_free (latest);
          latest = g_strdup (r->deadline);
        }
      cells[0] = number;
      cells[1] = r->problem;
      cells[2] = r->requirement && *r->requirement ? r->requirement : _("Rectify the problem and prevent it in the files to come");
      cells[3] = r->case_number;
      cells[4] = deadline;
      zf_document_table_add_row (table, cells);
    }
  if (table == NULL)
    {
      zf_document_free (doc);
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                   _("The unit has no open row in the rectification ledger: there is nothing to notify."));
      return NULL;
    }

  zf_document_add_heading (doc, 1, _("2. What is required"));
  {
    g_autofree char *text = g_strdup_printf (_("Your unit is asked to take each of the %u problems above in hand, set the measures and the person responsible for each, and complete the rectification by its deadline."), n);
    zf_document_add_paragraph (doc, text);
  }
  if (overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (_("%u of them are past their deadline: rectify them at once."), overdue);
      zf_document_add_paragraph (doc, text);
    }
  zf_document_add_heading (doc, 1, _("3. Reporting back"));
  {
    g_autofree char *last = zf_document_format_date (latest);
    g_autofree char *text = g_strdup_printf (_("Before each deadline, and for all the problems by %s at the latest, report to this office in writing the measures taken and the result, with the supporting material (documents, photographs, corrected files). This office checks the report and closes each row in the ledger; a problem not rectified in time, or not fully, is circulated as the rules provide."), last);
    zf_document_add_paragraph (doc, text);
  }
  return doc;
}
