#define G_LOG_DOMAIN "zf-evaluation"

#include "config.h"

#include "zf-case-codes.h"
#include "zf-date.h"
#include "zf-evaluation.h"
#include "zf-finding.h"
#include "zf-i18n.h"

static void
line_clear (gpointer data)
{
  ZfEvaluationLine *line = data;

  g_clear_pointer (&line->reason, g_free);
}

ZfEvaluation *
zf_evaluation_new (void)
{
  ZfEvaluation *e = g_new0 (ZfEvaluation, 1);

  e->mode = g_strdup ("self");
  e->lines = g_array_new (FALSE, TRUE, sizeof (ZfEvaluationLine));
  g_array_set_clear_func (e->lines, line_clear);
  return e;
}

void
zf_evaluation_free (ZfEvaluation *e)
{
  if (e == NULL)
    return;
  g_free (e->mode);
  g_free (e->evaluator);
  g_free (e->date);
  g_free (e->comments);
  g_free (e->grade);
  g_array_unref (e->lines);
  g_free (e);
}

void
zf_evaluation_set_line (ZfEvaluation *e,
                        gint64        item_id,
                        double        deduction,
                        gboolean      veto,
                        const char   *reason)
{
  ZfEvaluationLine line = { item_id, deduction, veto, g_strdup (reason) };

  for (guint i = 0; i < e->lines->len; i++)
    {
      ZfEvaluationLine *old = &g_array_index (e->lines, ZfEvaluationLine, i);
      if (old->item_id == item_id)
        {
          line_clear (old);
          *old = line;
          return;
        }
    }
  g_array_append_val (e->lines, line);
}

void
zf_rule_evaluation_line (const ZfStandard       *standard,
                         const ZfEvaluationLine *line,
                         GPtrArray              *findings)
{
  static const char clause[] = "S1 §二(五)3";
  ZfStandardItem *item = zf_standard_find_item ((ZfStandard *) standard, line->item_id);

  if (item == NULL)
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR,
                     _("An item of the evaluation is not in the standard “%s” version %d."),
                     standard->name, standard->version);
  else if (line->deduction < 0)
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR,
                     _("The deduction on “%s” is negative."), item->name);
  else if (line->veto && !item->is_veto)
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR,
                     _("“%s” is not a veto item."), item->name);
  else if (item->is_veto && line->deduction > 0)
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR,
                     _("“%s” is a veto item: it applies or not, it takes no points."),
                     item->name);
}

ZfRectification *
zf_rectification_new (void)
{
  ZfRectification *row = g_new0 (ZfRectification, 1);

  row->status = g_strdup ("open");
  return row;
}

void
zf_rectification_free (ZfRectification *row)
{
  if (row == NULL)
    return;
  g_free (row->body_name);
  g_free (row->case_number);
  g_free (row->problem);
  g_free (row->requirement);
  g_free (row->deadline);
  g_free (row->responsible);
  g_free (row->status);
  g_free (row->closed_date);
  g_free (row->evidence);
  g_free (row);
}

gboolean
zf_rectification_is_overdue (const ZfRectification *row,
                             const char            *today)
{
  return g_strcmp0 (row->status, "open") == 0 && zf_date_is_valid (row->deadline) &&
         g_strcmp0 (row->deadline, today) < 0;
}

void
zf_rule_rectification_fields (const ZfRectification *row,
                              GPtrArray             *findings)
{
  static const char clause[] = "S1 §二(五)3";

  if (row->body_id <= 0)
    zf_findings_add (findings, "RL1", clause, ZF_SEVERITY_ERROR,
                     _("A rectification row needs its unit."));
  if (row->problem == NULL || *row->problem == '\0')
    zf_findings_add (findings, "RL1", clause, ZF_SEVERITY_ERROR,
                     _("A rectification row needs the problem found."));
  if (!zf_date_is_valid (row->deadline))
    zf_findings_add (findings, "RL1", clause, ZF_SEVERITY_ERROR,
                     _("A rectification row needs a deadline (write it as 2023-03-21)."));
  if (g_strcmp0 (row->status, "closed") == 0)
    {
      g_autofree char *evidence = g_strstrip (g_strdup (row->evidence ? row->evidence : ""));

      if (!zf_date_is_valid (row->closed_date))
        zf_findings_add (findings, "RL1", clause, ZF_SEVERITY_ERROR,
                         _("Closing a rectification (销号) needs the date it was closed."));
      if (*evidence == '\0')
        zf_findings_add (findings, "RL1", clause, ZF_SEVERITY_ERROR,
                         _("Closing a rectification (销号) needs a note of the evidence."));
    }
}

void
zf_rule_evaluation_fields (const ZfEvaluation *e,
                           ZfStandard         *standard,
                           GPtrArray          *findings)
{
  static const char clause[] = "S1 §二(五)3";

  if (!zf_code_is_valid (&zf_evaluation_modes, e->mode))
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR, _("Unknown evaluation mode."));
  if (e->evaluator == NULL || *e->evaluator == '\0')
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR, _("The evaluation needs the evaluator."));
  if (!zf_date_is_valid (e->date))
    zf_findings_add (findings, "EV1", clause, ZF_SEVERITY_ERROR,
                     _("The evaluation needs its date (write it as 2023-03-21)."));
  for (guint i = 0; i < e->lines->len; i++)
    zf_rule_evaluation_line (standard, &g_array_index (e->lines, ZfEvaluationLine, i), findings);
}

void
zf_unit_summary_free (ZfUnitSummary *unit)
{
  if (unit == NULL)
    return;
  g_free (unit->body_name);
  g_free (unit);
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const ZfUnitSummary *x = *(ZfUnitSummary **) a;
  const ZfUnitSummary *y = *(ZfUnitSummary **) b;

  if (x->average != y->average)
    return x->average > y->average ? -1 : 1;
  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return g_strcmp0 (x->body_name, y->body_name);
}

void
zf_unit_summary_rank (GPtrArray *units)
{
  g_ptr_array_sort (units, compare_units);
  for (guint i = 0; i < units->len; i++)
    {
      ZfUnitSummary *u = units->pdata[i];
      ZfUnitSummary *prev = i > 0 ? units->pdata[i - 1] : NULL;

      if (prev && prev->average == u->average && prev->total == u->total)
        u->rank = prev->rank;
      else
        u->rank = i + 1;
    }
}
