#define G_LOG_DOMAIN "zf-case-xlsx"

#include "config.h"

#include <xlsxwriter.h>

#include "zf-case-codes.h"
#include "zf-case-reports.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-score.h"
#include "zf-store-evaluations.h"

static gboolean
close_workbook (lxw_workbook  *wb,
                const char    *path,
                GError       **error)
{
  lxw_error rc = workbook_close (wb);

  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

static void
write_headers (lxw_worksheet     *ws,
               lxw_format        *bold,
               const char *const *headers,
               guint              n)
{
  for (guint i = 0; i < n; i++)
    {
      worksheet_write_string (ws, 1, i, _(headers[i]), bold);
      worksheet_set_column (ws, i, i, i == 1 ? 28 : 12, NULL);
    }
}

static gboolean
write_summary_sheet (ZfStore       *store,
                     lxw_workbook  *wb,
                     lxw_format    *bold,
                     int            year,
                     const char    *category,
                     GError       **error)
{
  static const char *const headers[] = {
    N_("Rank"), N_("Unit"), N_("Files"), N_("Total score"), N_("Average"),
    N_("Excellent"), N_("Pass"), N_("Fail"), N_("Pass rate (%)"), N_("Grade"),
  };
  g_autoptr(GPtrArray) units = zf_store_evaluation_summary (store, year, category, error);
  const char *label = category ? zf_code_label (&zf_case_categories, category) : _("Overall");
  g_autofree char *title = NULL;
  double excellent_min = zf_store_get_setting_double (store, "grade_excellent_min", 90);
  double pass_min = zf_store_get_setting_double (store, "grade_pass_min", 60);
  lxw_worksheet *ws;
  guint files = 0, excellent = 0, pass = 0, fail = 0;
  double total = 0;
  guint row;

  if (units == NULL)
    return FALSE;

  ws = workbook_add_worksheet (wb, label);
  title = g_strdup_printf (_("Case file evaluation results %d — %s"), year, label);
  worksheet_write_string (ws, 0, 0, title, bold);
  write_headers (ws, bold, headers, G_N_ELEMENTS (headers));

  for (row = 0; row < units->len; row++)
    {
      ZfUnitSummary *u = units->pdata[row];
      lxw_row_t r = row + 2;

      worksheet_write_number (ws, r, 0, u->rank, NULL);
      worksheet_write_string (ws, r, 1, u->body_name, NULL);
      worksheet_write_number (ws, r, 2, u->n_files, NULL);
      worksheet_write_number (ws, r, 3, u->total, NULL);
      worksheet_write_number (ws, r, 4, u->average, NULL);
      worksheet_write_number (ws, r, 5, u->n_excellent, NULL);
      worksheet_write_number (ws, r, 6, u->n_pass, NULL);
      worksheet_write_number (ws, r, 7, u->n_fail, NULL);
      worksheet_write_number (ws, r, 8, u->pass_rate, NULL);
      worksheet_write_string (ws, r, 9,
                              zf_code_label (&zf_evaluation_grades,
                                             zf_score_grade (u->average, excellent_min, pass_min)),
                              NULL);
      files += u->n_files;
      total += u->total;
      excellent += u->n_excellent;
      pass += u->n_pass;
      fail += u->n_fail;
    }

  /* The all-units line closes the table. */
  row += 2;
  worksheet_write_string (ws, row, 1, _("All units"), bold);
  worksheet_write_number (ws, row, 2, files, bold);
  worksheet_write_number (ws, row, 3, total, bold);
  if (files > 0)
    {
      worksheet_write_number (ws, row, 4, zf_score_round (total / files, "one_decimal"), bold);
      worksheet_write_number (ws, row, 8,
                              zf_score_round (100.0 * (excellent + pass) / files, "one_decimal"), bold);
    }
  worksheet_write_number (ws, row, 5, excellent, bold);
  worksheet_write_number (ws, row, 6, pass, bold);
  worksheet_write_number (ws, row, 7, fail, bold);
  return TRUE;
}

gboolean
zf_case_report_summary_xlsx (ZfStore     *store,
                             int          year,
                             const char  *path,
                             GError     **error)
{
  lxw_workbook *wb;
  lxw_format *bold;
  gboolean ok = TRUE;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);

  wb = workbook_new (path);
  if (wb == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot create “%s”."), path);
      return FALSE;
    }
  bold = workbook_add_format (wb);
  format_set_bold (bold);

  ok = write_summary_sheet (store, wb, bold, year, NULL, error);
  for (guint i = 0; ok && i < zf_case_categories.n_codes; i++)
    ok = write_summary_sheet (store, wb, bold, year, zf_case_categories.codes[i].code, error);

  if (!ok)
    {
      workbook_close (wb);
      return FALSE;
    }
  return close_workbook (wb, path, error);
}

gboolean
zf_case_report_ledger_xlsx (ZfStore     *store,
                            const char  *today,
                            const char  *path,
                            GError     **error)
{
  static const char *const headers[] = {
    N_("No."), N_("Unit"), N_("Case file"), N_("Problem"), N_("Requirement"), N_("Deadline"),
    N_("Responsible"), N_("Status"), N_("Closed on"), N_("Evidence"), N_("Overdue"),
  };
  g_autoptr(GPtrArray) rows = NULL;
  lxw_workbook *wb;
  lxw_worksheet *ws;
  lxw_format *bold, *overdue;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);

  rows = zf_store_list_rectifications (store, today, FALSE, error);
  if (rows == NULL)
    return FALSE;

  wb = workbook_new (path);
  if (wb == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot create “%s”."), path);
      return FALSE;
    }
  bold = workbook_add_format (wb);
  format_set_bold (bold);
  overdue = workbook_add_format (wb);
  format_set_bg_color (overdue, 0xFFC7CE);
  format_set_font_color (overdue, 0x9C0006);

  ws = workbook_add_worksheet (wb, _("Rectification ledger"));
  worksheet_write_string (ws, 0, 0, _("Rectification ledger"), bold);
  write_headers (ws, bold, headers, G_N_ELEMENTS (headers));

  for (guint i = 0; i < rows->len; i++)
    {
      ZfRectification *r = rows->pdata[i];
      gboolean late = zf_rectification_is_overdue (r, today);
      lxw_format *f = late ? overdue : NULL;
      lxw_row_t row = i + 2;

      worksheet_write_number (ws, row, 0, i + 1, f);
      worksheet_write_string (ws, row, 1, r->body_name, f);
      worksheet_write_string (ws, row, 2, r->case_number ? r->case_number : "", f);
      worksheet_write_string (ws, row, 3, r->problem, f);
      worksheet_write_string (ws, row, 4, r->requirement ? r->requirement : "", f);
      worksheet_write_string (ws, row, 5, r->deadline ? r->deadline : "", f);
      worksheet_write_string (ws, row, 6, r->responsible ? r->responsible : "", f);
      worksheet_write_string (ws, row, 7, zf_code_label (&zf_rectification_statuses, r->status), f);
      worksheet_write_string (ws, row, 8, r->closed_date ? r->closed_date : "", f);
      worksheet_write_string (ws, row, 9, r->evidence ? r->evidence : "", f);
      worksheet_write_string (ws, row, 10, late ? _("Overdue") : "", f);
    }
  return close_workbook (wb, path, error);
}
