#define G_LOG_DOMAIN "zf-score"

#include "config.h"

#include <math.h>

#include "zf-i18n.h"
#include "zf-score.h"

double
zf_score_round (double      value,
                const char *rounding)
{
  /* The small bias absorbs binary noise: 89.45 stored as 89.4499… must
   * still round to 89.5. */
  if (g_strcmp0 (rounding, "integer") == 0)
    return floor (value + 0.5 + 1e-9);
  if (g_strcmp0 (rounding, "none") == 0)
    return value;
  return floor (value * 10 + 0.5 + 1e-9) / 10;
}

const char *
zf_score_grade (double score,
                double excellent_min,
                double pass_min)
{
  if (score >= excellent_min)
    return "excellent";
  if (score >= pass_min)
    return "pass";
  return "fail";
}

void
zf_score_evaluation (const ZfStandard  *standard,
                     const ZfScoreLine *lines,
                     guint              n_lines,
                     ZfScoreResult     *result)
{
  g_return_if_fail (standard != NULL);
  g_return_if_fail (result != NULL);

  result->vetoed = FALSE;
  result->deducted = 0;
  result->reasons = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_lines; i++)
    {
      const ZfScoreLine *line = &lines[i];
      ZfStandardItem *item = zf_standard_find_item ((ZfStandard *) standard, line->item_id);
      const char *why = line->reason && *line->reason ? line->reason : "";

      if (item == NULL)
        continue;
      if (item->is_veto)
        {
          if (line->veto)
            {
              result->vetoed = TRUE;
              g_ptr_array_add (result->reasons,
                               g_strdup_printf (_("Veto: %s. %s"), item->name, why));
            }
          continue;
        }
      if (line->deduction > 0)
        {
          double taken = MIN (line->deduction, item->max_points);

          result->deducted += taken;
          g_ptr_array_add (result->reasons,
                           g_strdup_printf (_("%s: −%g of %g. %s"), item->name, taken,
                                            item->max_points, why));
        }
    }

  if (result->vetoed)
    {
      result->raw_score = 0;
      result->score = 0;
      result->grade = g_strdup ("fail");
      return;
    }

  result->raw_score = MAX (0, standard->total_points - result->deducted);
  result->score = zf_score_round (result->raw_score, standard->rounding);
  result->grade = g_strdup (zf_score_grade (result->score, standard->excellent_min,
                                            standard->pass_min));
}

void
zf_score_result_clear (ZfScoreResult *result)
{
  g_clear_pointer (&result->grade, g_free);
  g_clear_pointer (&result->reasons, g_ptr_array_unref);
}
