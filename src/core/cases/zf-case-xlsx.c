#define G_LOG_DOMAIN "zf-case-xlsx"

#include "config.h"

#include <math.h>

#include "zf-case-codes.h"
#include "zf-case-reports.h"
#include "zf-date.h"
#include "zf-i18n.h"
#include "zf-score.h"
#include "zf-store-evaluations.h"
#include "zf-xlsx.h"

typedef struct
{
  const char *header;
  ZfXlsxKind  kind;
  guint       estimate;
} ColumnSpec;

static const ColumnSpec summary_columns[] = {
  { N_("Rank"), ZF_XLSX_INTEGER, 4 },
  { N_("Unit"), ZF_XLSX_TEXT, 28 },
  { N_("Files"), ZF_XLSX_INTEGER, 4 },
  { N_("Total score"), ZF_XLSX_NUMBER, 8 },
  { N_("Average"), ZF_XLSX_NUMBER, 6 },
  { N_("Excellent"), ZF_XLSX_INTEGER, 4 },
  { N_("Pass"), ZF_XLSX_INTEGER, 4 },
  { N_("Fail"), ZF_XLSX_INTEGER, 4 },
  { N_("Pass rate (%)"), ZF_XLSX_NUMBER, 6 },
  { N_("Grade"), ZF_XLSX_TEXT, 6 },
};

static const ColumnSpec ledger_columns[] = {
  { N_("No."), ZF_XLSX_INTEGER, 4 },
  { N_("Unit"), ZF_XLSX_TEXT, 24 },
  { N_("Case file"), ZF_XLSX_TEXT, 20 },
  { N_("Problem"), ZF_XLSX_TEXT, 30 },
  { N_("Requirement"), ZF_XLSX_TEXT, 30 },
  { N_("Deadline"), ZF_XLSX_DATE, 0 },
  { N_("Responsible"), ZF_XLSX_TEXT, 8 },
  { N_("Status"), ZF_XLSX_TEXT, 6 },
  { N_("Closed on"), ZF_XLSX_DATE, 0 },
  { N_("Evidence"), ZF_XLSX_TEXT, 24 },
  { N_("Overdue"), ZF_XLSX_TEXT, 6 },
};

/* Both reports carry the day they were made: a superior compares them
 * across months. */
static gboolean
begin_sheet (ZfXlsx            *xlsx,
             const char        *sheet_name,
             const char        *title,
             const ColumnSpec  *specs,
             guint              n_specs,
             GError           **error)
{
  g_autofree ZfXlsxColumn *columns = g_new0 (ZfXlsxColumn, n_specs);
  g_autofree char *today = zf_date_today ();
  g_autofree char *today_display = zf_date_format_display (today);
  g_autofree char *subtitle = g_strdup_printf (_("Exported on %s"), today_display);

  for (guint i = 0; i < n_specs; i++)
    columns[i] = (ZfXlsxColumn) { _(specs[i].header), specs[i].kind, specs[i].estimate };
  return zf_xlsx_begin_sheet (xlsx, sheet_name, title, subtitle, columns, n_specs, error);
}

static gboolean
write_summary_sheet (ZfStore     *store,
                     ZfXlsx      *xlsx,
                     int          year,
                     const char  *category,
                     GError     **error)
{
  g_autoptr(GPtrArray) units = zf_store_evaluation_summary (store, year, category, error);
  const char *label = category ? zf_code_label (&zf_case_categories, category) : _("Overall");
  g_autofree char *title = NULL;
  double excellent_min = zf_store_get_setting_double (store, "grade_excellent_min", 90);
  double pass_min = zf_store_get_setting_double (store, "grade_pass_min", 60);
  guint files = 0, excellent = 0, pass = 0, fail = 0;
  double total = 0;

  if (units == NULL)
    return FALSE;

  title = g_strdup_printf (_("Case file evaluation results %d — %s"), year, label);
  if (!begin_sheet (xlsx, label, title, summary_columns, G_N_ELEMENTS (summary_columns), error))
    return FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      ZfUnitSummary *u = units->pdata[i];
      const char *grade = zf_score_grade (u->average, excellent_min, pass_min);

      zf_xlsx_add_int (xlsx, u->rank);
      zf_xlsx_add_text (xlsx, u->body_name);
      zf_xlsx_add_int (xlsx, u->n_files);
      zf_xlsx_add_number (xlsx, u->total);
      zf_xlsx_add_number (xlsx, u->average);
      zf_xlsx_add_int (xlsx, u->n_excellent);
      zf_xlsx_add_int (xlsx, u->n_pass);
      zf_xlsx_add_int (xlsx, u->n_fail);
      zf_xlsx_add_number (xlsx, u->pass_rate);
      zf_xlsx_add_text (xlsx, zf_code_label (&zf_evaluation_grades, grade));
      if (!zf_xlsx_end_row (xlsx, error))
        return FALSE;

      files += u->n_files;
      total += u->total;
      excellent += u->n_excellent;
      pass += u->n_pass;
      fail += u->n_fail;
    }

  /* The all-units line closes the table. */
  zf_xlsx_set_row_style (xlsx, ZF_XLSX_ROW_TOTAL);
  zf_xlsx_add_text (xlsx, NULL);
  zf_xlsx_add_text (xlsx, _("All units"));
  zf_xlsx_add_int (xlsx, files);
  zf_xlsx_add_number (xlsx, total);
  zf_xlsx_add_number (xlsx, files > 0 ? zf_score_round (total / files, "one_decimal") : NAN);
  zf_xlsx_add_int (xlsx, excellent);
  zf_xlsx_add_int (xlsx, pass);
  zf_xlsx_add_int (xlsx, fail);
  zf_xlsx_add_number (xlsx, files > 0
                      ? zf_score_round (100.0 * (excellent + pass) / files, "one_decimal")
                      : NAN);
  zf_xlsx_add_text (xlsx, NULL);
  return zf_xlsx_end_row (xlsx, error) && zf_xlsx_end_sheet (xlsx, error);
}

gboolean
zf_case_report_summary_xlsx (ZfStore     *store,
                             int          year,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(ZfXlsx) xlsx = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL || !write_summary_sheet (store, xlsx, year, NULL, error))
    return FALSE;
  for (guint i = 0; i < zf_case_categories.n_codes; i++)
    if (!write_summary_sheet (store, xlsx, year, zf_case_categories.codes[i].code, error))
      return FALSE;
  return zf_xlsx_close (xlsx, error);
}

gboolean
zf_case_report_ledger_xlsx (ZfStore     *store,
                            const char  *today,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ZfXlsx) xlsx = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rows = zf_store_list_rectifications (store, today, FALSE, error);
  if (rows == NULL)
    return FALSE;

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL
      || !begin_sheet (xlsx, _("Rectification ledger"), _("Rectification ledger"),
                       ledger_columns, G_N_ELEMENTS (ledger_columns), error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      ZfRectification *r = rows->pdata[i];
      gboolean late = zf_rectification_is_overdue (r, today);

      zf_xlsx_set_row_style (xlsx, late ? ZF_XLSX_ROW_ALERT : ZF_XLSX_ROW_NORMAL);
      zf_xlsx_add_int (xlsx, i + 1);
      zf_xlsx_add_text (xlsx, r->body_name);
      zf_xlsx_add_text (xlsx, r->case_number);
      zf_xlsx_add_text (xlsx, r->problem);
      zf_xlsx_add_text (xlsx, r->requirement);
      zf_xlsx_add_date (xlsx, r->deadline);
      zf_xlsx_add_text (xlsx, r->responsible);
      zf_xlsx_add_text (xlsx, zf_code_label (&zf_rectification_statuses, r->status));
      zf_xlsx_add_date (xlsx, r->closed_date);
      zf_xlsx_add_text (xlsx, r->evidence);
      zf_xlsx_add_text (xlsx, late ? _("Overdue") : NULL);
      if (!zf_xlsx_end_row (xlsx, error))
        return FALSE;
    }
  return zf_xlsx_close (xlsx, error);
}
