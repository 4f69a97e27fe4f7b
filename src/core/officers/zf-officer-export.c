#define G_LOG_DOMAIN "zf-officer-export"

#include "config.h"


#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-export.h"
#include "zf-xlsx.h"

typedef const char *(*CellText) (ZfOfficer *officer);

typedef struct
{
  const char *column;   /* ZfOfficer field */
  const char *title;    /* msgid */
  ZfXlsxKind  kind;
  guint       estimate;
  CellText    text;     /* of a text or date cell */
} Column;

static const char *
financed_text (ZfOfficer *officer)
{
  return zf_officer_get_financed (officer) ? _("Yes") : _("No");
}

static const char *
enforcement_post_text (ZfOfficer *officer)
{
  return zf_officer_get_enforcement_post (officer) ? _("Yes") : _("No");
}

/* R10: the published list is exactly zf_officer_public_columns. */
static const Column public_columns[] = {
  { "name", N_("Full name"), ZF_XLSX_TEXT, 8, zf_officer_get_name },
  { "body_name", N_("Unit"), ZF_XLSX_TEXT, 28, zf_officer_get_body_name },
  { "title", N_("Position"), ZF_XLSX_TEXT, 10, zf_officer_get_title },
  { "certificate_number", N_("Certificate number"), ZF_XLSX_TEXT, 16,
    zf_officer_get_certificate_number },
  { "enforcement_category", N_("Enforcement category"), ZF_XLSX_TEXT, 12,
    zf_officer_get_enforcement_category },
  { "enforcement_area", N_("Enforcement area"), ZF_XLSX_TEXT, 12, zf_officer_get_enforcement_area },
};

static const Column roster_columns[] = {
  { "name", N_("Full name"), ZF_XLSX_TEXT, 8, zf_officer_get_name },
  { "id_number", N_("ID number"), ZF_XLSX_TEXT, 18, zf_officer_get_id_number },
  { "sex", N_("Sex"), ZF_XLSX_TEXT, 4, zf_officer_get_sex_label },
  { "birth_date", N_("Birth date"), ZF_XLSX_DATE, 10, zf_officer_get_birth_date },
  { "body_name", N_("Unit"), ZF_XLSX_TEXT, 28, zf_officer_get_body_name },
  { "section_name", N_("Section"), ZF_XLSX_TEXT, 12, zf_officer_get_section_name },
  { "post_name", N_("Post"), ZF_XLSX_TEXT, 12, zf_officer_get_post_name },
  { "title", N_("Position"), ZF_XLSX_TEXT, 10, zf_officer_get_title },
  { "staffing", N_("Staffing type"), ZF_XLSX_TEXT, 10, zf_officer_get_staffing_label },
  { "financed", N_("Financed by the budget"), ZF_XLSX_TEXT, 4, financed_text },
  { "enforcement_post", N_("Enforcement post"), ZF_XLSX_TEXT, 4, enforcement_post_text },
  { "phone", N_("Phone"), ZF_XLSX_TEXT, 13, zf_officer_get_phone },
  { "certificate_number", N_("Certificate number"), ZF_XLSX_TEXT, 16,
    zf_officer_get_certificate_number },
  { "issuing_authority", N_("Issuing authority"), ZF_XLSX_TEXT, 16,
    zf_officer_get_issuing_authority },
  { "issue_date", N_("Issue date"), ZF_XLSX_DATE, 10, zf_officer_get_issue_date },
  { "valid_until", N_("Valid until"), ZF_XLSX_DATE, 10, zf_officer_get_valid_until },
  { "enforcement_category", N_("Enforcement category"), ZF_XLSX_TEXT, 12,
    zf_officer_get_enforcement_category },
  { "enforcement_area", N_("Enforcement area"), ZF_XLSX_TEXT, 12, zf_officer_get_enforcement_area },
  { "certificate_status", N_("Certificate status"), ZF_XLSX_TEXT, 6, zf_officer_get_status_label },
  /* The event that set the status, so that an import of the roster into
   * another register recreates it (docs/IMPORT.md). */
  { "status_date", N_("Status date"), ZF_XLSX_DATE, 10, zf_officer_get_status_date },
  { "status_document", N_("Status document number"), ZF_XLSX_TEXT, 14,
    zf_officer_get_status_document },
  { "training_hours_year", N_("Training hours this year"), ZF_XLSX_NUMBER, 6, NULL },
  { "last_grade", N_("Last assessment"), ZF_XLSX_TEXT, 8, zf_officer_get_grade_label },
  { "last_activity_date", N_("Last enforcement activity"), ZF_XLSX_DATE, 10,
    zf_officer_get_last_activity_date },
  { "notes", N_("Notes"), ZF_XLSX_TEXT, 30, zf_officer_get_notes },
};

typedef struct
{
  ZfXlsx         *xlsx;
  const Column   *columns;
  guint           n_columns;
  gint64          done;
  gint64          total;
  GCancellable   *cancellable;
  ZfOfficerProgressFunc progress;
  gpointer        user_data;
  GError         *error;
} ExportState;

static gboolean
write_row (ZfOfficer *officer,
           gpointer   user_data)
{
  ExportState *state = user_data;

  for (guint i = 0; i < state->n_columns; i++)
    {
      const Column *c = &state->columns[i];

      /* The roster's one number column. */
      if (c->kind == ZF_XLSX_NUMBER)
        zf_xlsx_add_number (state->xlsx, zf_officer_get_training_hours_year (officer));
      else if (c->text == zf_officer_get_valid_until &&
               zf_officer_get_valid_until (officer) == NULL &&
               zf_officer_get_issue_date (officer) != NULL)
        zf_xlsx_add_text (state->xlsx, _("Long-term"));
      else if (c->kind == ZF_XLSX_DATE)
        zf_xlsx_add_date (state->xlsx, c->text (officer));
      else
        zf_xlsx_add_text (state->xlsx, c->text (officer));
    }
  if (!zf_xlsx_end_row (state->xlsx, &state->error))
    return FALSE;

  if (++state->done % 500 == 0)
    {
      if (state->progress && state->total > 0)
        state->progress ((double) state->done / state->total, state->user_data);
      if (g_cancellable_set_error_if_cancelled (state->cancellable, &state->error))
        return FALSE;
    }
  return TRUE;
}

/* Long: the roster's columns one by one, in the order the sheet shows them. */
gboolean
zf_officer_export_xlsx (ZfStore               *store,
                        const char            *path,
                        const ZfOfficerFilter *filter,
                        gboolean               public_list,
                        GCancellable          *cancellable,
                        ZfOfficerProgressFunc  progress,
                        gpointer               user_data,
                        GError               **error)
{
  g_autoptr(ZfXlsx) xlsx = NULL;
  g_autofree ZfXlsxColumn *columns = NULL;
  g_autofree char *today = NULL;
  g_autofree char *subtitle = NULL;
  ZfOfficerFilter effective = { 0 };
  ExportState state = { 0 };
  GError *local = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (filter)
    effective = *filter;
  /* The published list shows the officers who may enforce today. */
  if (public_list && effective.status == NULL)
    effective.status = "valid";

  state.columns = public_list ? public_columns : roster_columns;
  state.n_columns = public_list ? G_N_ELEMENTS (public_columns) : G_N_ELEMENTS (roster_columns);

  if (public_list)
    {
      const char *names[G_N_ELEMENTS (public_columns) + 1];
      g_autoptr(GPtrArray) findings = zf_findings_new ();

      for (guint i = 0; i < G_N_ELEMENTS (public_columns); i++)
        names[i] = public_columns[i].column;
      names[G_N_ELEMENTS (public_columns)] = NULL;
      if (!zf_rule_officer_public_columns (names, findings))
        return zf_findings_to_error (findings, error);
    }

  columns = g_new0 (ZfXlsxColumn, state.n_columns);
  for (guint i = 0; i < state.n_columns; i++)
    {
      columns[i].header = _(state.columns[i].title);
      columns[i].kind = state.columns[i].kind;
      columns[i].estimate = state.columns[i].estimate;
    }

  today = zf_date_today ();
  {
    g_autofree char *shown = zf_date_format_display (today);
    subtitle = g_strdup_printf (_("As of %s"), shown);
  }

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  if (!zf_xlsx_begin_sheet (xlsx, public_list ? _("Public list") : _("Roster"),
                            public_list ? _("Public list of enforcement officers")
                                        : _("Roster of enforcement officers"),
                            subtitle, columns, state.n_columns, error))
    return FALSE;

  state.xlsx = xlsx;
  state.total = zf_store_count_officers (store, &effective);
  state.cancellable = cancellable;
  state.progress = progress;
  state.user_data = user_data;
  if (!zf_store_foreach_officer (store, &effective, 0, -1, write_row, &state, &local))
    {
      /* The row writer's own error says more than "cancelled". */
      if (state.error != NULL)
        {
          g_clear_error (&local);
          g_propagate_error (error, state.error);
        }
      else
        g_propagate_error (error, local);
      return FALSE;
    }

  if (!zf_xlsx_end_sheet (xlsx, error) || !zf_xlsx_close (xlsx, error))
    return FALSE;
  if (progress)
    progress (1.0, user_data);
  return TRUE;
}
