#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include "zf-checklist-rules.h"
#include "zf-demo-private.h"

/* The four lists (四张清单) and the discretion benchmarks (裁量基准) of
 * the departments, from the violations of their own matters: the lists
 * only outside the domains where they are not allowed (S1 §二(三)5), the
 * tiers of a benchmark adjacent inside its statutory range (C6). Made
 * last, so that the bodies, officers and cases of a seed stay the same. */

static const struct
{
  const char *list;
  const char *conditions;
  const char *basis;    /* NULL: the article of the law the catalog holds */
} leniency[] = {
  { "no_penalty", "初次违法且危害后果轻微并及时改正的", "《中华人民共和国行政处罚法》第三十三条第一款" },
  { "lighter", "主动消除或者减轻违法行为危害后果的", NULL },
  { "mitigated", "配合行政机关查处违法行为有立功表现的", "《中华人民共和国行政处罚法》第三十二条" },
  { "no_coercion", "违法行为情节显著轻微且已停止的", "《中华人民共和国行政强制法》第十六条第二款" },
};

static const struct
{
  const char *tier;
  const char *circumstances;
} tiers[] = {
  { "slight", "违法行为持续时间短，社会危害较小" },
  { "general", "违法行为持续一定时间，造成一定危害后果" },
  { "serious", "经责令改正拒不改正，或者造成较重危害后果" },
  { "severe", "多次违法，或者造成严重危害后果、恶劣社会影响" },
};

static gboolean
body_lists (Demo      *d,
            DemoBody  *body,
            guint      n,
            GError   **error)
{
  const ZfDemoDepartment *dept = body->dept;

  if (zf_leniency_excluded_domain (dept->domain) == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (leniency); i++)
      {
        /* The entry's domain is its body's unless it says another. */
        const char *domain = (n + i) % 3 == 0 ? dept->domain : NULL;
        gint64 article = leniency[i].basis == NULL ? g_array_index (d->laws, gint64, dept->law) : 0;

        if (!zf_store_demo_insert (d->store, ZF_DEMO_LENIENCY_ENTRY, error, "rssssrss", body->id,
                                   leniency[i].list, domain, dept->subjects[(n + i) % 4],
                                   leniency[i].basis, article, leniency[i].conditions,
                                   i == 0 ? "首次违法" : NULL))
          return FALSE;
      }

  /* One benchmark per department, in yuan or ten thousand yuan. */
  {
    double top = (double) demo_rint (d, 2, 20) * (n % 2 ? 1 : 10000);
    const char *unit = n % 2 ? "ten_thousand_yuan" : "yuan";
    g_autofree char *basis = g_strdup_printf ("《%s》第%s条", zf_demo_laws[dept->law].title,
                                              n % 2 ? "六十三" : "四十五");
    gint64 id = zf_store_demo_insert (d->store, ZF_DEMO_BENCHMARK, error, "rssrsdd", body->id,
                                      dept->subjects[n % 4], basis, (gint64) 0, unit, 0.0, top);

    if (id == 0)
      return FALSE;
    for (guint t = 0; t < G_N_ELEMENTS (tiers); t++)
      if (!zf_store_demo_insert (d->store, ZF_DEMO_BENCHMARK_TIER, error, "rssdd", id,
                                 tiers[t].tier, tiers[t].circumstances, top * t / 4,
                                 top * (t + 1) / 4))
        return FALSE;
  }
  return TRUE;
}

gboolean
demo_generate_lists (Demo    *d,
                     GError **error)
{
  guint n = 0;

  for (guint i = 0; i < d->bodies->len; i++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, i);

      /* Every third department: lists are not everyone's yet. */
      if (body->dept != NULL && i % 3 == 0 && !body_lists (d, body, n++, error))
        return FALSE;
    }
  return TRUE;
}
