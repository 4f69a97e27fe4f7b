#include "config.h"

#include "zf-finding.h"
#include "zf-score.h"
#include "zf-standard.h"

/* Items of the in-memory default standard get ids 1…n in display order. */
static ZfStandard *
numbered_default (const char *rounding)
{
  ZfStandard *s = zf_standard_new_default ("penalty", 90, 60);

  for (guint i = 0; i < s->items->len; i++)
    ((ZfStandardItem *) s->items->pdata[i])->id = i + 1;
  g_free (s->rounding);
  s->rounding = g_strdup (rounding);
  return s;
}

typedef struct
{
  const char *item;
  double      deduction;
  gboolean    veto;
} Line;

typedef struct
{
  const char *name;
  const char *rounding;
  Line        lines[5];
  double      score;
  const char *grade;
  gboolean    vetoed;
} ScoreCase;

static const ScoreCase score_cases[] = {
  { "clean", "one_decimal", { { NULL } }, 100, "excellent", FALSE },
  { "one-deduction", "one_decimal", { { "文书格式", 3 } }, 97, "excellent", FALSE },
  /* An item never goes below zero: 8 asked on a 5-point item takes 5. */
  { "floor-at-zero", "one_decimal", { { "文书格式", 8 } }, 95, "excellent", FALSE },
  { "floor-two-items", "one_decimal", { { "办案时限", 9 }, { "封面", 4 } }, 92, "excellent", FALSE },
  { "veto-overrides", "one_decimal", { { "文书格式", 1 }, { "程序违法", 0, TRUE } }, 0, "fail", TRUE },
  { "veto-unchecked", "one_decimal", { { "程序违法", 0, FALSE } }, 100, "excellent", FALSE },
  { "veto-alone", "one_decimal", { { "执法人员少于2人", 0, TRUE } }, 0, "fail", TRUE },
  /* Band edges, one decimal: 59.5 fails, 60 passes, 89.5 passes, 90 excels. */
  { "edge-59.5", "one_decimal",
    { { "认定事实", 15 }, { "证据收集", 15 }, { "法律适用", 10 }, { "文书格式", 0.5 } }, 59.5, "fail", FALSE },
  { "edge-60", "one_decimal",
    { { "认定事实", 15 }, { "证据收集", 15 }, { "法律适用", 10 } }, 60, "pass", FALSE },
  { "edge-89.5", "one_decimal", { { "法律适用", 10 }, { "文书格式", 0.5 } }, 89.5, "pass", FALSE },
  { "edge-90", "one_decimal", { { "法律适用", 10 } }, 90, "excellent", FALSE },
  { "edge-89.95-rounds-up", "one_decimal", { { "法律适用", 10.05 } }, 90, "excellent", FALSE },
  /* Whole points, half up: 59.5 becomes 60 and passes, 89.5 becomes 90. */
  { "integer-59.5", "integer",
    { { "认定事实", 15 }, { "证据收集", 15 }, { "法律适用", 10 }, { "文书格式", 0.5 } }, 60, "pass", FALSE },
  { "integer-59.4", "integer",
    { { "认定事实", 15 }, { "证据收集", 15 }, { "法律适用", 10 }, { "文书格式", 0.6 } }, 59, "fail", FALSE },
  { "integer-89.5", "integer", { { "法律适用", 10 }, { "文书格式", 0.5 } }, 90, "excellent", FALSE },
  { "none-89.95", "none", { { "法律适用", 10 }, { "文书格式", 0.05 } }, 89.95, "pass", FALSE },
};

static void
test_score (gconstpointer data)
{
  const ScoreCase *c = data;
  g_autoptr(ZfStandard) s = numbered_default (c->rounding);
  ZfScoreLine lines[5];
  ZfScoreResult result = { 0 };
  guint n = 0;

  for (; n < G_N_ELEMENTS (c->lines) && c->lines[n].item; n++)
    {
      ZfStandardItem *item = zf_standard_find_item_by_name (s, c->lines[n].item);
      g_assert_nonnull (item);
      lines[n] = (ZfScoreLine) { item->id, c->lines[n].deduction, c->lines[n].veto, "reason" };
    }
  zf_score_evaluation (s, lines, n, &result);
  g_assert_cmpfloat_with_epsilon (result.score, c->score, 1e-9);
  g_assert_cmpstr (result.grade, ==, c->grade);
  g_assert_cmpint (result.vetoed, ==, c->vetoed);
  zf_score_result_clear (&result);
}

typedef struct
{
  const char *name;
  void      (*mutate) (ZfStandard *s);
  const char *rule;     /* NULL: valid */
} StandardCase;

static void
no_change (ZfStandard *s)
{
}

static void
item_points_off (ZfStandard *s)
{
  zf_standard_find_item_by_name (s, "文书格式")->max_points = 6;
}

static void
group_total_off (ZfStandard *s)
{
  ((ZfStandardGroup *) s->groups->pdata[0])->points = 25;
}

static void
veto_with_points (ZfStandard *s)
{
  zf_standard_find_item_by_name (s, "程序违法")->max_points = 5;
}

static void
step_above_points (ZfStandard *s)
{
  zf_standard_find_item_by_name (s, "封面")->deduction_step = 4;
}

static void
bands_reversed (ZfStandard *s)
{
  s->pass_min = 95;
}

static void
bands_zero (ZfStandard *s)
{
  s->pass_min = 0;
}

static void
rounding_unknown (ZfStandard *s)
{
  g_free (s->rounding);
  s->rounding = g_strdup ("banker");
}

static void
empty_group (ZfStandard *s)
{
  zf_standard_add_group (s, "附加", 0);
}

static const StandardCase standard_cases[] = {
  { "default-valid", no_change, NULL },
  { "item-points-off", item_points_off, "ES1" },
  { "group-total-off", group_total_off, "ES1" },
  { "veto-with-points", veto_with_points, "ES1" },
  { "step-above-points", step_above_points, "ES1" },
  { "empty-group", empty_group, "ES1" },
  { "bands-reversed", bands_reversed, "ES2" },
  { "bands-zero", bands_zero, "ES2" },
  { "rounding-unknown", rounding_unknown, "ES2" },
};

static void
test_standard (gconstpointer data)
{
  const StandardCase *c = data;
  g_autoptr(ZfStandard) s = zf_standard_new_default ("licensing", 90, 60);
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  c->mutate (s);
  zf_standard_validate (s, findings);
  if (c->rule == NULL)
    g_assert_cmpuint (findings->len, ==, 0);
  else
    {
      g_assert_true (zf_findings_has_errors (findings));
      for (guint i = 0; i < findings->len; i++)
        g_assert_cmpstr (((ZfFinding *) findings->pdata[i])->rule, ==, c->rule);
    }
}

static void
test_default_shape (void)
{
  g_autoptr(ZfStandard) s = zf_standard_new_default ("penalty", 90, 60);
  guint vetoes = 0;

  for (guint i = 0; i < s->items->len; i++)
    vetoes += ((ZfStandardItem *) s->items->pdata[i])->is_veto;
  g_assert_cmpuint (vetoes, ==, 9);
  g_assert_cmpuint (s->groups->len, ==, 2);
  g_assert_cmpfloat (((ZfStandardGroup *) s->groups->pdata[0])->points, ==, 20);
  g_assert_cmpfloat (((ZfStandardGroup *) s->groups->pdata[1])->points, ==, 80);
  g_assert_nonnull (zf_standard_find_item_by_name (s, "执法人员少于2人"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (score_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/case-score/%s", score_cases[i].name);
      g_test_add_data_func (path, &score_cases[i], test_score);
    }
  for (guint i = 0; i < G_N_ELEMENTS (standard_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/case-standard/%s", standard_cases[i].name);
      g_test_add_data_func (path, &standard_cases[i], test_standard);
    }
  g_test_add_func ("/case-standard/default-shape", test_default_shape);
  return g_test_run ();
}
