#include "config.h"

#include "zf-draw-algorithm.h"
#include "zf-error.h"

#include <string.h>

/* Pinned outputs of xoshiro256** seeded by splitmix64: if these change, old
 * draws no longer reproduce and the algorithm needs a new version number. */
static void
test_known_answers (void)
{
  static const struct { guint64 seed; guint64 out[3]; } cases[] = {
    { 0, { G_GUINT64_CONSTANT (0x99ec5f36cb75f2b4), G_GUINT64_CONSTANT (0xbf6e1f784956452a),
           G_GUINT64_CONSTANT (0x1a5f849d4933e6e0) } },
    { 20240601, { G_GUINT64_CONSTANT (0x59761096949c683d), G_GUINT64_CONSTANT (0x7e436068556fab29),
                  G_GUINT64_CONSTANT (0xe6a51fbfd60edd06) } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ZfRandom rng;

      zf_random_init (&rng, cases[i].seed);
      for (guint k = 0; k < 3; k++)
        g_assert_cmphex (zf_random_next (&rng), ==, cases[i].out[k]);
    }
}

static void
test_below_is_uniform_enough (void)
{
  ZfRandom rng;
  guint hist[7] = { 0 };

  zf_random_init (&rng, 42);
  for (guint i = 0; i < 70000; i++)
    hist[zf_random_below (&rng, 7)]++;
  for (guint i = 0; i < 7; i++)
    {
      g_assert_cmpuint (hist[i], >, 9500);
      g_assert_cmpuint (hist[i], <, 10500);
    }
}

static void
test_ratio (void)
{
  g_assert_cmpuint (zf_draw_targets_for_ratio (100, 5), ==, 5);
  g_assert_cmpuint (zf_draw_targets_for_ratio (101, 5), ==, 6);
  g_assert_cmpuint (zf_draw_targets_for_ratio (10, 1), ==, 1);
  g_assert_cmpuint (zf_draw_targets_for_ratio (10, 0), ==, 0);
  g_assert_cmpuint (zf_draw_targets_for_ratio (10, 250), ==, 10);
  g_assert_cmpuint (zf_draw_targets_for_ratio (0, 50), ==, 0);
}

/* Over many seeds: same seed same result; distinct targets; exactly
 * per_target distinct inspectors on each; exclusions never broken. */
static void
test_constraints_over_seeds (void)
{
  const ZfDrawExclusion exclusions[] = {
    { 0, -1 },          /* inspector 0 is out of the whole draw */
    { 1, 3 }, { 2, 3 }, /* conflicts of interest with target 3 */
    { 4, 7 },
  };

  for (guint64 seed = 1; seed <= 2000; seed++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) a = zf_draw_run (1, seed * 7919, 12, 8, 5, 3, exclusions,
                                         G_N_ELEMENTS (exclusions), &error);
      g_autoptr(GArray) b = zf_draw_run (1, seed * 7919, 12, 8, 5, 3, exclusions,
                                         G_N_ELEMENTS (exclusions), NULL);
      guint per_target[12] = { 0 };
      guint positions = 0;

      g_assert_no_error (error);
      g_assert_cmpuint (a->len, ==, 15);
      g_assert_cmpmem (a->data, a->len * sizeof (ZfDrawPick), b->data, b->len * sizeof (ZfDrawPick));

      for (guint i = 0; i < a->len; i++)
        {
          ZfDrawPick *p = &g_array_index (a, ZfDrawPick, i);

          per_target[p->target]++;
          g_assert_cmpuint (p->inspector, !=, 0);
          g_assert_false (p->target == 3 && (p->inspector == 1 || p->inspector == 2));
          g_assert_false (p->target == 7 && p->inspector == 4);
          for (guint j = 0; j < i; j++)
            {
              ZfDrawPick *q = &g_array_index (a, ZfDrawPick, j);
              g_assert_false (q->target == p->target && q->inspector == p->inspector);
              g_assert_true ((q->target == p->target) == (q->position == p->position));
            }
          positions = MAX (positions, p->position);
        }
      g_assert_cmpuint (positions, ==, 5);
      for (guint t = 0; t < 12; t++)
        g_assert_true (per_target[t] == 0 || per_target[t] == 3);
    }
}

static void
test_seeds_differ (void)
{
  g_autoptr(GArray) a = zf_draw_run (1, 1, 50, 20, 10, 2, NULL, 0, NULL);
  g_autoptr(GArray) b = zf_draw_run (1, 2, 50, 20, 10, 2, NULL, 0, NULL);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (memcmp (a->data, b->data, a->len * sizeof (ZfDrawPick)) != 0);
}

static void
test_refusals (void)
{
  const ZfDrawExclusion all_but_one[] = { { 0, -1 }, { 1, -1 } };
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GError) e4 = NULL;

  g_assert_null (zf_draw_run (1, 5, 10, 5, 3, 1, NULL, 0, &e1));
  g_assert_error (e1, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_null (zf_draw_run (1, 5, 10, 3, 3, 2, all_but_one, 2, &e2));
  g_assert_error (e2, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_null (zf_draw_run (1, 5, 2, 5, 3, 2, NULL, 0, &e3));
  g_assert_error (e3, ZF_ERROR, ZF_ERROR_INVALID);
  g_assert_null (zf_draw_run (2, 5, 10, 5, 3, 2, NULL, 0, &e4));
  g_assert_error (e4, ZF_ERROR, ZF_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/draw-algorithm/known-answers", test_known_answers);
  g_test_add_func ("/draw-algorithm/below", test_below_is_uniform_enough);
  g_test_add_func ("/draw-algorithm/ratio", test_ratio);
  g_test_add_func ("/draw-algorithm/constraints", test_constraints_over_seeds);
  g_test_add_func ("/draw-algorithm/seeds-differ", test_seeds_differ);
  g_test_add_func ("/draw-algorithm/refusals", test_refusals);

  return g_test_run ();
}
