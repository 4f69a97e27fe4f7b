#define G_LOG_DOMAIN "zf-case-opinion"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-case-codes.h"
#include "zf-case-reports.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-document.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"

struct _ZfCaseOpinion
{
  ZfDocument *doc;
};

static char *
date_text (const char *iso)
{
  return zf_document_format_date (iso);
}

static void
add_case_section (ZfDocument *doc,
                  ZfCaseFile *cf)
{
  ZfRecord *r = ZF_RECORD (cf);
  g_autofree char *filed = date_text (zf_record_get_string (r, "filed_date"));
  g_autofree char *decided = date_text (zf_record_get_string (r, "decided_date"));
  double fine = zf_record_get_double (r, "fine_amount");
  g_autofree char *fine_text = isnan (fine) ? NULL : zf_document_format_amount (fine);

  zf_document_add_heading (doc, 1, _("1. The case file"));
  zf_document_add_field (doc, _("Case number"), zf_case_file_get_number (cf));
  zf_document_add_field (doc, _("Category"), zf_case_file_get_category_label (cf));
  zf_document_add_field (doc, _("Procedure"), zf_case_file_get_procedure_label (cf));
  /* The party's name only: the opinion is handed to the unit and may be
   * circulated, so no ID number or credit code. */
  zf_document_add_field (doc, _("Party"), zf_record_get_string (r, "party_name"));
  zf_document_add_field (doc, _("Matter"), zf_record_get_string (r, "matter_name"));
  zf_document_add_field (doc, _("Handling officers"), zf_record_get_string (r, "officer_names"));
  zf_document_add_field (doc, _("Filed on"), filed);
  zf_document_add_field (doc, _("Decided on"), decided);
  if (fine_text)
    zf_document_add_field (doc, _("Fine"), fine_text);
  zf_document_add_field (doc, _("Legal basis"), zf_record_get_string (r, "basis"));
}

/* The lines that cost points or fail the file, vetoes first. */
static GPtrArray *
problem_lines (ZfEvaluation *e,
               gboolean      vetoes)
{
  GPtrArray *lines = g_ptr_array_new ();

  for (guint i = 0; i < e->lines->len; i++)
    {
      ZfEvaluationLine *l = &g_array_index (e->lines, ZfEvaluationLine, i);

      if (vetoes ? l->veto : (!l->veto && l->deduction > 0))
        g_ptr_array_add (lines, l);
    }
  return lines;
}

static void
add_evaluation_section (ZfDocument   *doc,
                        ZfEvaluation *e,
                        ZfStandard   *s)
{
  g_autofree char *standard = g_strdup_printf (_("《%s》 (version %d)"), s->name, s->version);
  g_autofree char *date = date_text (e->date);
  g_autofree char *score = NULL;
  g_autoptr(GPtrArray) vetoes = problem_lines (e, TRUE);
  g_autoptr(GPtrArray) deductions = problem_lines (e, FALSE);

  zf_document_add_heading (doc, 1, _("2. The evaluation"));
  zf_document_add_field (doc, _("Standard"), standard);
  zf_document_add_field (doc, _("Mode"), zf_code_label (&zf_evaluation_modes, e->mode));
  zf_document_add_field (doc, _("Evaluator"), e->evaluator);
  zf_document_add_field (doc, _("Evaluated on"), date);

  zf_document_add_heading (doc, 1, _("3. Problems found"));
  if (vetoes->len == 0 && deductions->len == 0)
    zf_document_add_paragraph (doc, _("The evaluation found no problem that costs points."));
  if (vetoes->len > 0)
    {
      zf_document_add_heading (doc, 2, _("(1) Veto items"));
      for (guint i = 0; i < vetoes->len; i++)
        {
          ZfEvaluationLine *l = vetoes->pdata[i];
          ZfStandardItem *item = zf_standard_find_item (s, l->item_id);
          g_autofree char *line = g_strdup_printf (_("%u. %s: %s. Under %s this item fails the file."),
                                                   i + 1, item ? item->name : "",
                                                   l->reason && *l->reason ? l->reason : _("see the file"),
                                                   standard);
          zf_document_add_paragraph (doc, line);
        }
    }
  if (deductions->len > 0)
    {
      zf_document_add_heading (doc, 2, vetoes->len > 0 ? _("(2) Deductions") : _("(1) Deductions"));
      for (guint i = 0; i < deductions->len; i++)
        {
          ZfEvaluationLine *l = deductions->pdata[i];
          ZfStandardItem *item = zf_standard_find_item (s, l->item_id);
          double max = item ? item->max_points : 0;
          g_autofree char *reason = zf_document_sentence (l->reason);
          g_autofree char *line = g_strdup_printf (_("%u. %s: %g points deducted (of %g). %s"),
                                                   i + 1, item ? item->name : "",
                                                   MIN (l->deduction, max), max, reason);
          zf_document_add_paragraph (doc, line);
        }
    }

  zf_document_add_heading (doc, 1, _("4. Result"));
  score = e->vetoed
    ? g_strdup_printf (_("A veto item applies: the file is graded %s with a score of 0."),
                       zf_code_label (&zf_evaluation_grades, e->grade))
    : g_strdup_printf (_("The file scores %g points and is graded %s."), e->score,
                       zf_code_label (&zf_evaluation_grades, e->grade));
  zf_document_add_paragraph (doc, score);
  if (e->comments && *e->comments)
    zf_document_add_paragraph (doc, e->comments);
}

/* 整改要求: what the deductions and vetoes ask for, each with its
 * deadline; a file that lost nothing is told so, never "无". */
/* Long: one paragraph per kind of demand (deductions, vetoes, none), each
 * short. */
static void
add_demand_section (ZfDocument   *doc,
                    ZfEvaluation *e,
                    ZfStandard   *s,
                    GPtrArray    *ledger,
                    const char   *default_deadline)
{
  g_autoptr(GPtrArray) vetoes = problem_lines (e, TRUE);
  g_autoptr(GPtrArray) deductions = problem_lines (e, FALSE);
  g_autofree char *deadline = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  guint n = 0;

  zf_document_add_heading (doc, 1, _("5. Rectification required"));
  if (vetoes->len == 0 && deductions->len == 0)
    {
      zf_document_add_paragraph (doc, _("No rectification is required for this file; keep its standard in the files to come."));
      return;
    }
  zf_document_add_paragraph (doc, _("Your unit is asked to rectify each problem above:"));
  for (guint v = 0; v < 2; v++)
    {
      GPtrArray *lines = v == 0 ? vetoes : deductions;

      for (guint i = 0; i < lines->len; i++)
        {
          ZfEvaluationLine *l = lines->pdata[i];
          ZfStandardItem *item = zf_standard_find_item (s, l->item_id);
          const char *requirement = NULL;
          g_autofree char *line = NULL;
          g_autofree char *row_deadline = NULL;

          /* The ledger's row for this problem, when it has one. */
          for (guint r = 0; r < ledger->len; r++)
            {
              ZfRectification *row = ledger->pdata[r];
              if (row->evaluation_id == e->id && item && row->problem &&
                  strstr (row->problem, item->name) != NULL && !g_hash_table_contains (used, row))
                {
                  g_hash_table_add (used, row);
                  requirement = row->requirement;
                  if (row->deadline)
                    row_deadline = date_text (row->deadline);
                  break;
                }
            }
          if (requirement && *requirement)
            {
              g_autofree char *sentence = zf_document_sentence (requirement);

              line = g_strdup_printf (_("%u. %s: %s"), ++n, item ? item->name : "", sentence);
            }
          else if (l->veto)
            line = g_strdup_printf (_("%u. %s: correct the defect that fails the file (%s), review the other files of the same kind, and state who is responsible."),
                                    ++n, item ? item->name : "", l->reason && *l->reason ? l->reason : item ? item->name : "");
          else
            line = g_strdup_printf (_("%u. %s: bring the file up to the standard on this item (%s) and apply it to the files to come."),
                                    ++n, item ? item->name : "", l->reason && *l->reason ? l->reason : item ? item->name : "");
          if (row_deadline && (deadline == NULL || g_strcmp0 (row_deadline, deadline) != 0))
            {
              g_autofree char *with = g_strdup_printf (_("%s Deadline: %s."), line, row_deadline);
              g_free (line);
              line = g_steal_pointer (&with);
            }
          zf_document_add_paragraph (doc, line);
        }
    }
  /* The ledger's other open rows of this file. */
  for (guint r = 0; r < ledger->len; r++)
    {
      ZfRectification *row = ledger->pdata[r];
      g_autofree char *line = NULL;

      if (g_hash_table_contains (used, row) || g_strcmp0 (row->status, "closed") == 0 ||
          (row->case_id != e->case_id && row->evaluation_id != e->id))
        continue;
      {
        g_autofree char *sentence = zf_document_sentence (row->requirement && *row->requirement
                                                          ? row->requirement : _("rectify it"));

        line = g_strdup_printf (_("%u. %s: %s"), ++n, row->problem, sentence);
      }
      if (row->deadline)
        {
          g_autofree char *d = date_text (row->deadline);
          g_autofree char *with = g_strdup_printf (_("%s Deadline: %s."), line, d);
          g_free (line);
          line = g_steal_pointer (&with);
        }
      zf_document_add_paragraph (doc, line);
    }
  deadline = date_text (default_deadline);
  {
    g_autofree char *report = g_strdup_printf (_("Rectify by %s and report the result in writing, with the supporting material, to this office by that date."),
                                               deadline);
    zf_document_add_paragraph (doc, report);
  }
}

ZfCaseOpinion *
zf_case_opinion_new (ZfStore     *store,
                     gint64       evaluation_id,
                     const char  *date,
                     GError     **error)
{
  g_autoptr(ZfEvaluation) e = NULL;
  g_autoptr(ZfStandard) s = NULL;
  g_autoptr(ZfCaseFile) cf = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *today = date ? g_strdup (date) : zf_date_today ();
  g_autofree char *deadline = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *intro = NULL;
  ZfCaseOpinion *op;
  ZfDocument *doc;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if ((e = zf_store_get_evaluation (store, evaluation_id, error)) == NULL ||
      (s = zf_store_get_standard (store, e->standard_id, error)) == NULL ||
      (cf = zf_store_get_case_file (store, e->case_id, error)) == NULL ||
      (rows = zf_store_list_rectifications (store, today, FALSE, error)) == NULL)
    return NULL;

  op = g_new0 (ZfCaseOpinion, 1);
  op->doc = doc = zf_document_new (_("Opinion on the evaluation of an administrative enforcement case file"));
  unit = zf_store_get_setting_text (store, ZF_SETTING_UNIT_NAME);
  zf_document_set_unit (doc, unit);
  zf_document_set_date (doc, today);
  zf_document_set_recipient (doc, zf_case_file_get_body_name (cf));
  zf_document_set_subject (doc, zf_case_file_get_number (cf));
  intro = g_strdup_printf (_("Under 《%s》 (version %d), this office evaluated your unit's case file %s. The opinion follows."),
                           s->name, s->version, zf_case_file_get_number (cf));
  zf_document_add_paragraph (doc, intro);
  add_case_section (doc, cf);
  add_evaluation_section (doc, e, s);
  /* The ledger's deadline when the problems are in it, else 30 days. */
  for (guint i = 0; i < rows->len; i++)
    {
      ZfRectification *r = rows->pdata[i];
      if ((r->evaluation_id == e->id || r->case_id == e->case_id) && r->deadline &&
          g_strcmp0 (r->status, "closed") != 0 &&
          (deadline == NULL || strcmp (r->deadline, deadline) > 0))
        {
          g_free (deadline);
          deadline = g_strdup (r->deadline);
        }
    }
  if (deadline == NULL)
    deadline = zf_date_add_days (today, 30);
  add_demand_section (doc, e, s, rows, deadline);
  /* The evaluator signs the evaluation, apart from the office's 落款 and
   * seal. */
  {
    g_autofree char *evaluated = date_text (e->date);
    g_autofree char *dated = g_strdup_printf (_("Date: %s"), evaluated);

    zf_document_add_sign_line (doc, _("Evaluator (signature):"), dated);
  }
  return op;
}

void
zf_case_opinion_set_number (ZfCaseOpinion *opinion,
                            const char    *number)
{
  zf_document_set_number (opinion->doc, number);
}

ZfDocument *
zf_case_opinion_get_document (ZfCaseOpinion *opinion)
{
  return opinion->doc;
}

void
zf_case_opinion_free (ZfCaseOpinion *op)
{
  if (op == NULL)
    return;
  zf_document_free (op->doc);
  g_free (op);
}

guint
zf_case_opinion_paginate (ZfCaseOpinion *op,
                          cairo_t       *cr,
                          double         width,
                          double         height)
{
  /* The layout is A4's, whatever the printer's page: GB/T 9704-2012. */
  return zf_document_paginate (op->doc, cr);
}

void
zf_case_opinion_draw_page (ZfCaseOpinion *op,
                           cairo_t       *cr,
                           guint          page)
{
  zf_document_draw_page (op->doc, cr, page);
}

gboolean
zf_case_opinion_write_pdf (ZfCaseOpinion  *op,
                           const char     *path,
                           GError        **error)
{
  return zf_document_write_pdf (op->doc, path, error);
}

gboolean
zf_case_opinion_write_docx (ZfCaseOpinion  *op,
                            const char     *path,
                            GError        **error)
{
  return zf_document_write_docx (op->doc, path, error);
}
