#define G_LOG_DOMAIN "zf-officer-export"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <xlsxwriter.h>

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-export.h"

typedef struct
{
  const char *column;   /* ZfOfficer field, or a computed one */
  const char *title;    /* msgid */
  double      width;
} Column;

/* R10: the published list is exactly zf_officer_public_columns. */
static const Column public_columns[] = {
  { "name", N_("Name"), 12 },
  { "body_name", N_("Unit"), 30 },
  { "title", N_("Position"), 14 },
  { "certificate_number", N_("Certificate number"), 20 },
  { "enforcement_category", N_("Enforcement category"), 18 },
  { "enforcement_area", N_("Enforcement area"), 18 },
};

static const Column roster_columns[] = {
  { "name", N_("Name"), 12 },
  { "id_number", N_("ID number"), 21 },
  { "sex", N_("Sex"), 6 },
  { "birth_date", N_("Birth date"), 12 },
  { "body_name", N_("Unit"), 30 },
  { "section_name", N_("Section"), 14 },
  { "post_name", N_("Post"), 14 },
  { "title", N_("Position"), 14 },
  { "staffing", N_("Staffing type"), 18 },
  { "financed", N_("Financed by the budget"), 10 },
  { "enforcement_post", N_("Enforcement post"), 10 },
  { "phone", N_("Phone"), 15 },
  { "certificate_number", N_("Certificate number"), 20 },
  { "issuing_authority", N_("Issuing authority"), 18 },
  { "issue_date", N_("Issue date"), 12 },
  { "valid_until", N_("Valid until"), 12 },
  { "enforcement_category", N_("Enforcement category"), 18 },
  { "enforcement_area", N_("Enforcement area"), 18 },
  { "certificate_status", N_("Certificate status"), 12 },
  { "training_hours_year", N_("Training hours this year"), 10 },
  { "last_grade", N_("Last assessment"), 12 },
  { "last_activity_date", N_("Last enforcement activity"), 12 },
  { "notes", N_("Notes"), 30 },
};

typedef struct
{
  lxw_worksheet  *sheet;
  lxw_format     *cell;
  const Column   *columns;
  guint           n_columns;
  lxw_row_t       row;
  gint64          total;
  GCancellable   *cancellable;
  ZfOfficerProgressFunc progress;
  gpointer        user_data;
} ExportState;

static char *
cell_text (ZfOfficer  *officer,
           const char *column)
{
  ZfRecord *r = ZF_RECORD (officer);

  if (g_str_equal (column, "sex"))
    return g_strdup (zf_officer_get_sex_label (officer));
  if (g_str_equal (column, "staffing"))
    return g_strdup (zf_officer_get_staffing_label (officer));
  if (g_str_equal (column, "certificate_status"))
    return g_strdup (zf_officer_get_status_label (officer));
  if (g_str_equal (column, "last_grade"))
    return g_strdup (zf_officer_get_grade_label (officer));
  if (g_str_equal (column, "financed") || g_str_equal (column, "enforcement_post"))
    return g_strdup (zf_record_get_int (r, column) ? _("Yes") : _("No"));
  return g_strdup (zf_record_get_string (r, column));
}

static gboolean
write_row (ZfOfficer *officer,
           gpointer   user_data)
{
  ExportState *state = user_data;

  for (guint i = 0; i < state->n_columns; i++)
    {
      const char *column = state->columns[i].column;

      if (g_str_equal (column, "training_hours_year"))
        {
          double h = zf_record_get_double (ZF_RECORD (officer), column);
          worksheet_write_number (state->sheet, state->row, i, isnan (h) ? 0 : h, state->cell);
        }
      else
        {
          g_autofree char *text = cell_text (officer, column);
          if (text != NULL)
            worksheet_write_string (state->sheet, state->row, i, text, state->cell);
        }
    }
  state->row++;

  if (state->row % 500 == 0)
    {
      if (state->progress && state->total > 0)
        state->progress ((double) (state->row - 2) / state->total, state->user_data);
      if (g_cancellable_is_cancelled (state->cancellable))
        return FALSE;
    }
  return TRUE;
}

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
  g_autofree char *part = NULL;
  g_autofree char *today = NULL;
  ZfOfficerFilter effective = { 0 };
  ExportState state = { 0 };
  lxw_workbook *book;
  lxw_format *title_format, *header_format;
  lxw_error rc;
  gboolean ok;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (filter)
    effective = *filter;
  /* The published list shows the officers who may enforce today. */
  if (public_list && effective.status == NULL)
    effective.status = "valid";

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

  part = g_strconcat (path, ".part", NULL);
  book = workbook_new (part);
  if (book == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”."), path);
      return FALSE;
    }

  state.columns = public_list ? public_columns : roster_columns;
  state.n_columns = public_list ? G_N_ELEMENTS (public_columns) : G_N_ELEMENTS (roster_columns);
  state.sheet = workbook_add_worksheet (book, public_list ? _("Public list") : _("Roster"));
  state.cell = workbook_add_format (book);
  format_set_text_wrap (state.cell);
  title_format = workbook_add_format (book);
  format_set_bold (title_format);
  format_set_font_size (title_format, 16);
  header_format = workbook_add_format (book);
  format_set_bold (header_format);
  format_set_border (header_format, LXW_BORDER_THIN);
  format_set_bg_color (header_format, 0xDDEBF7);

  today = zf_date_today ();
  {
    g_autofree char *title = g_strdup_printf ("%s (%s)",
                                              public_list ? _("Public list of enforcement officers")
                                                          : _("Roster of enforcement officers"),
                                              today);
    worksheet_write_string (state.sheet, 0, 0, title, title_format);
  }
  for (guint i = 0; i < state.n_columns; i++)
    {
      worksheet_write_string (state.sheet, 1, i, _(state.columns[i].title), header_format);
      worksheet_set_column (state.sheet, i, i, state.columns[i].width, NULL);
    }
  worksheet_freeze_panes (state.sheet, 2, 1);

  state.row = 2;
  state.total = zf_store_count_officers (store, &effective);
  state.cancellable = cancellable;
  state.progress = progress;
  state.user_data = user_data;
  ok = zf_store_foreach_officer (store, &effective, 0, -1, write_row, &state, error);
  if (state.row > 2)
    worksheet_autofilter (state.sheet, 1, 0, state.row - 1, state.n_columns - 1);

  rc = workbook_close (book);
  if (ok && rc != LXW_NO_ERROR)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, lxw_strerror (rc));
      ok = FALSE;
    }
  if (ok && g_rename (part, path) != 0)
    {
      int saved = errno;
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (part);
  else if (progress)
    progress (1.0, user_data);
  return ok;
}
