#include "config.h"

#include "zf-sampling.h"

/* The first outputs of SplitMix64 from seed 0, as published with the
 * reference implementation: the algorithm must never drift, or old draws
 * could not be re-run. */
static void
test_reference_vector (void)
{
  ZfSplitMix64 rng;

  zf_splitmix64_init (&rng, 0);
  g_assert_cmphex (zf_splitmix64_next (&rng), ==, G_GUINT64_CONSTANT (0xe220a8397b1dcdaf));
  g_assert_cmphex (zf_splitmix64_next (&rng), ==, G_GUINT64_CONSTANT (0x6e789e6aa1b965f4));
  g_assert_cmphex (zf_splitmix64_next (&rng), ==, G_GUINT64_CONSTANT (0x06c45d188009454f));
}

static void
test_below_bounds (void)
{
  ZfSplitMix64 rng;
  guint hits[3] = { 0 };

  zf_splitmix64_init (&rng, 42);
  for (guint i = 0; i < 3000; i++)
    {
      guint64 v = zf_splitmix64_below (&rng, 3);
      g_assert_cmpuint (v, <, 3);
      hits[v]++;
    }
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (hits[i], >, 800);
}

/* Three units; unit 1 has 6 penalty and 1 licensing file, unit 2 has 3
 * penalty files, unit 3 has 10 coercion files. */
static GArray *
make_pool (gboolean reversed)
{
  GArray *pool = g_array_new (FALSE, FALSE, sizeof (ZfSampleCandidate));
  static char numbers[20][16];
  gint64 id = 1;
  struct { gint64 body; const char *category; guint n; } groups[] = {
    { 1, "penalty", 6 }, { 1, "licensing", 1 }, { 2, "penalty", 3 }, { 3, "coercion", 10 },
  };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (guint i = 0; i < groups[g].n; i++, id++)
      {
        ZfSampleCandidate c = { groups[g].body, groups[g].category, NULL, id };
        g_snprintf (numbers[id - 1], sizeof numbers[0], "N%03d", (int) id);
        c.number = numbers[id - 1];
        g_array_append_val (pool, c);
      }
  if (reversed)
    for (guint i = 0; i < pool->len / 2; i++)
      {
        ZfSampleCandidate tmp = g_array_index (pool, ZfSampleCandidate, i);
        g_array_index (pool, ZfSampleCandidate, i) = g_array_index (pool, ZfSampleCandidate, pool->len - 1 - i);
        g_array_index (pool, ZfSampleCandidate, pool->len - 1 - i) = tmp;
      }
  return pool;
}

static guint
count_in (GArray *chosen,
          gint64  first,
          gint64  last)
{
  guint n = 0;

  for (guint i = 0; i < chosen->len; i++)
    {
      gint64 id = g_array_index (chosen, gint64, i);
      n += id >= first && id <= last;
    }
  return n;
}

static void
test_reproducible (void)
{
  g_autoptr(GArray) a = make_pool (FALSE);
  g_autoptr(GArray) b = make_pool (TRUE);
  g_autoptr(GArray) ra = zf_sample_draw ((ZfSampleCandidate *) (void *) a->data, a->len, 20240101, 2, 4);
  g_autoptr(GArray) rb = zf_sample_draw ((ZfSampleCandidate *) (void *) b->data, b->len, 20240101, 2, 4);

  /* Same seed, same files in any input order: the same draw. */
  g_assert_cmpuint (ra->len, ==, rb->len);
  for (guint i = 0; i < ra->len; i++)
    g_assert_cmpint (g_array_index (ra, gint64, i), ==, g_array_index (rb, gint64, i));
}

static void
test_seeds_differ (void)
{
  guint differ = 0;

  for (guint64 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(GArray) a = make_pool (FALSE);
      g_autoptr(GArray) b = make_pool (FALSE);
      g_autoptr(GArray) ra = zf_sample_draw ((ZfSampleCandidate *) (void *) a->data, a->len, seed, 3, 3);
      g_autoptr(GArray) rb = zf_sample_draw ((ZfSampleCandidate *) (void *) b->data, b->len, seed + 1000, 3, 3);

      for (guint i = 0; i < ra->len; i++)
        if (g_array_index (ra, gint64, i) != g_array_index (rb, gint64, i))
          {
            differ++;
            break;
          }
    }
  g_assert_cmpuint (differ, >, 15);
}

typedef struct
{
  guint min, max;
} Range;

static void
test_per_unit_counts (gconstpointer data)
{
  const Range *r = data;

  for (guint64 seed = 1; seed <= 50; seed++)
    {
      g_autoptr(GArray) pool = make_pool (FALSE);
      g_autoptr(GArray) chosen = zf_sample_draw ((ZfSampleCandidate *) (void *) pool->data,
                                                 pool->len, seed, r->min, r->max);
      guint unit1_penalty = count_in (chosen, 1, 6);
      guint unit1_licensing = count_in (chosen, 7, 7);
      guint unit2 = count_in (chosen, 8, 10);
      guint unit3 = count_in (chosen, 11, 20);

      g_assert_cmpuint (unit1_penalty, >=, r->min);
      g_assert_cmpuint (unit1_penalty, <=, r->max);
      /* A group smaller than the count gives all it has. */
      g_assert_cmpuint (unit1_licensing, ==, 1);
      g_assert_cmpuint (unit2, >=, MIN (r->min, 3));
      g_assert_cmpuint (unit2, <=, MIN (r->max, 3));
      g_assert_cmpuint (unit3, >=, r->min);
      g_assert_cmpuint (unit3, <=, r->max);
      /* No file twice. */
      for (guint i = 0; i < chosen->len; i++)
        for (guint j = i + 1; j < chosen->len; j++)
          g_assert_cmpint (g_array_index (chosen, gint64, i), !=, g_array_index (chosen, gint64, j));
    }
}

static const Range ranges[] = { { 2, 4 }, { 2, 2 }, { 4, 4 }, { 1, 3 } };

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-sampling/reference-vector", test_reference_vector);
  g_test_add_func ("/case-sampling/below-bounds", test_below_bounds);
  g_test_add_func ("/case-sampling/reproducible", test_reproducible);
  g_test_add_func ("/case-sampling/seeds-differ", test_seeds_differ);
  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_autofree char *path = g_strdup_printf ("/case-sampling/per-unit/%u-%u", ranges[i].min, ranges[i].max);
      g_test_add_data_func (path, &ranges[i], test_per_unit_counts);
    }
  return g_test_run ();
}
