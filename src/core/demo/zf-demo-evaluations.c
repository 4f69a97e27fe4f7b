#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include "zf-demo-private.h"
#include "zf-i18n.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"
#include "zf-util.h"

/* One evaluation of a case file under its category's current standard,
 * saved as the evaluation form saves it: a few deductions with reasons,
 * now and then a veto, sometimes none. */
static gboolean
add_evaluation (Demo           *d,
                const DemoCase *c,
                ZfStandard     *standard,
                GError        **error)
{
  static const char *const reasons[] = {
    "文书填写不完整", "证据材料未编页码", "告知书送达回证缺失", "裁量理由未说明",
    "法律条款引用不全", "卷内目录与材料不符", "超过法定期限送达",
  };
  static const char *const comments[] = {
    "案卷整体规范，个别文书需完善。", "证据链基本完整，程序存在瑕疵。", "卷面整洁，装订规范。",
  };
  g_autoptr(ZfEvaluation) e = zf_evaluation_new ();
  g_autoptr(GPtrArray) scored = g_ptr_array_new ();
  g_autoptr(GPtrArray) vetoes = g_ptr_array_new ();
  guint n_lines = demo_rint (d, 0, 3);

  e->case_id = c->id;
  e->standard_id = standard->id;
  zf_set_str (&e->mode, demo_chance (d, 30) ? "central" : "self");
  e->evaluator = g_str_equal (e->mode, "central") ? g_strdup ("案卷评查组")
                                                  : g_strdup_printf ("%s法制科", c->body_abbr);
  e->date = demo_date_between (d, c->closed, d->today);
  if (demo_chance (d, 50))
    e->comments = g_strdup (comments[demo_rint (d, 0, G_N_ELEMENTS (comments) - 1)]);
  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *item = standard->items->pdata[i];
      g_ptr_array_add (item->is_veto ? vetoes : scored, item);
    }
  for (guint i = 0; i < n_lines && scored->len > 0; i++)
    {
      const ZfStandardItem *item = scored->pdata[demo_rint (d, 0, scored->len - 1)];
      double step = item->deduction_step > 0 ? item->deduction_step : 1;
      int steps = MAX (1, (int) (item->max_points / step));
      double deduction = MIN (item->max_points, step * demo_rint (d, 1, MIN (steps, 3)));

      zf_evaluation_set_line (e, item->id, deduction, FALSE,
                              demo_chance (d, 80) ? reasons[demo_rint (d, 0, G_N_ELEMENTS (reasons) - 1)]
                                                  : NULL);
    }
  /* Now and then a veto item applies (一票否决). */
  if (vetoes->len > 0 && demo_chance (d, 15))
    zf_evaluation_set_line (e, ((ZfStandardItem *) vetoes->pdata[demo_rint (d, 0, vetoes->len - 1)])->id,
                            0, TRUE, "主要证据不足");
  return zf_store_save_evaluation (d->store, e, error);
}

gboolean
demo_generate_evaluations (Demo    *d,
                           GError **error)
{
  g_autoptr(GHashTable) standards = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) zf_standard_free);
  const char *stage = _("Case evaluations");

  /* About a third of the case files, as a year's self-evaluation and
   * central evaluation reach them. */
  for (guint i = 0; i < d->cases->len; i++)
    {
      const DemoCase *c = &g_array_index (d->cases, DemoCase, i);
      ZfStandard *standard = g_hash_table_lookup (standards, c->category);

      if (!demo_chance (d, 35))
        continue;
      if (standard == NULL)
        {
          if ((standard = zf_store_get_current_standard (d->store, c->category, error)) == NULL)
            return FALSE;
          g_hash_table_insert (standards, (gpointer) c->category, standard);
        }
      if (!add_evaluation (d, c, standard, error))
        return FALSE;
      demo_report (d, stage, i + 1, d->cases->len);
    }
  return TRUE;
}
