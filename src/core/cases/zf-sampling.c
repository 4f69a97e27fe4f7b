#define G_LOG_DOMAIN "zf-sampling"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "zf-sampling.h"

void
zf_splitmix64_init (ZfSplitMix64 *rng,
                    guint64       seed)
{
  rng->state = seed;
}

guint64
zf_splitmix64_next (ZfSplitMix64 *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

guint64
zf_splitmix64_below (ZfSplitMix64 *rng,
                     guint64       bound)
{
  unsigned __int128 m;
  guint64 low;

  g_return_val_if_fail (bound > 0, 0);

  m = (unsigned __int128) zf_splitmix64_next (rng) * bound;
  low = (guint64) m;
  if (low < bound)
    {
      guint64 threshold = -bound % bound;
      while (low < threshold)
        {
          m = (unsigned __int128) zf_splitmix64_next (rng) * bound;
          low = (guint64) m;
        }
    }
  return (guint64) (m >> 64);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const ZfSampleCandidate *x = a;
  const ZfSampleCandidate *y = b;
  int c;

  if (x->body_id != y->body_id)
    return x->body_id < y->body_id ? -1 : 1;
  if ((c = g_strcmp0 (x->category, y->category)) != 0)
    return c;
  if ((c = g_strcmp0 (x->number, y->number)) != 0)
    return c;
  if (x->case_id != y->case_id)
    return x->case_id < y->case_id ? -1 : 1;
  return 0;
}

GArray *
zf_sample_draw (ZfSampleCandidate *candidates,
                guint              n_candidates,
                guint64            seed,
                guint              per_unit_min,
                guint              per_unit_max)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  ZfSplitMix64 rng;
  guint start = 0;

  g_return_val_if_fail (per_unit_min <= per_unit_max, chosen);

  zf_splitmix64_init (&rng, seed);
  qsort (candidates, n_candidates, sizeof *candidates, compare_candidates);

  while (start < n_candidates)
    {
      guint end = start + 1;
      guint size, want;

      while (end < n_candidates &&
             candidates[end].body_id == candidates[start].body_id &&
             g_strcmp0 (candidates[end].category, candidates[start].category) == 0)
        end++;
      size = end - start;

      /* The count is drawn for every group, also a small one, so the
       * sequence of draws depends only on the pool. */
      want = per_unit_min + (guint) zf_splitmix64_below (&rng, per_unit_max - per_unit_min + 1);
      want = MIN (want, size);

      for (guint k = 0; k < want; k++)
        {
          guint j = k + (guint) zf_splitmix64_below (&rng, size - k);
          ZfSampleCandidate tmp = candidates[start + k];

          candidates[start + k] = candidates[start + j];
          candidates[start + j] = tmp;
          g_array_append_val (chosen, candidates[start + k].case_id);
        }
      start = end;
    }
  return chosen;
}

guint64
zf_sample_new_seed (void)
{
  guint64 seed = ((guint64) g_random_int () << 32) ^ g_random_int () ^ (guint64) g_get_real_time ();

  return seed & G_GUINT64_CONSTANT (0x7fffffffffffffff);
}
