#define G_LOG_DOMAIN "zf-draw-algorithm"

#include "config.h"

#include <math.h>

#include "zf-draw-algorithm.h"
#include "zf-error.h"
#include "zf-i18n.h"

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

void
zf_random_init (ZfRandom *rng,
                guint64   seed)
{
  guint64 state = seed;

  for (guint i = 0; i < 4; i++)
    rng->s[i] = splitmix64 (&state);
}

guint64
zf_random_next (ZfRandom *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

guint64
zf_random_below (ZfRandom *rng,
                 guint64   n)
{
  /* Values below the threshold would make the low residues more likely. */
  guint64 threshold;
  guint64 r;

  g_return_val_if_fail (n > 0, 0);

  threshold = (0 - n) % n;
  do
    r = zf_random_next (rng);
  while (r < threshold);
  return r % n;
}

guint
zf_draw_targets_for_ratio (guint  pool_size,
                           double percent)
{
  double wanted;

  if (pool_size == 0 || isnan (percent) || percent <= 0)
    return 0;
  wanted = ceil ((double) pool_size * MIN (percent, 100.0) / 100.0 - 1e-9);
  return CLAMP ((guint) wanted, 1, pool_size);
}

static gboolean
is_excluded (const ZfDrawExclusion *exclusions,
             guint                  n_exclusions,
             guint                  inspector,
             guint                  target)
{
  for (guint i = 0; i < n_exclusions; i++)
    if (exclusions[i].inspector == (int) inspector &&
        (exclusions[i].target < 0 || exclusions[i].target == (int) target))
      return TRUE;
  return FALSE;
}

/* Long: the draw's steps in the order an auditor replays them, kept in
 * one place so that the order is visible. */
GArray *
zf_draw_run (int                     algorithm,
             guint64                 seed,
             guint                   n_target_pool,
             guint                   n_inspector_pool,
             guint                   n_targets_wanted,
             guint                   per_target,
             const ZfDrawExclusion  *exclusions,
             guint                   n_exclusions,
             GError                **error)
{
  g_autoptr(GArray) picks = NULL;
  g_autofree guint *targets = NULL;
  g_autofree guint *candidates = NULL;
  ZfRandom rng;

  if (algorithm != 1)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("This draw was made with algorithm version %d, which this version "
                     "of Zhifa does not know."), algorithm);
      return NULL;
    }
  if (per_target < 2)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_RULE,
                   _("A double-random inspection needs at least 2 inspectors per target."));
      return NULL;
    }
  if (n_targets_wanted == 0 || n_targets_wanted > n_target_pool)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The draw asks for %u targets but the pool holds %u."),
                   n_targets_wanted, n_target_pool);
      return NULL;
    }

  zf_random_init (&rng, seed);
  picks = g_array_new (FALSE, FALSE, sizeof (ZfDrawPick));

  targets = g_new (guint, n_target_pool);
  for (guint i = 0; i < n_target_pool; i++)
    targets[i] = i;
  for (guint i = 0; i < n_targets_wanted; i++)
    {
      guint j = i + (guint) zf_random_below (&rng, n_target_pool - i);
      guint tmp = targets[i];

      targets[i] = targets[j];
      targets[j] = tmp;
    }

  candidates = g_new (guint, MAX (n_inspector_pool, 1));
  for (guint t = 0; t < n_targets_wanted; t++)
    {
      guint n_candidates = 0;

      for (guint k = 0; k < n_inspector_pool; k++)
        if (!is_excluded (exclusions, n_exclusions, k, targets[t]))
          candidates[n_candidates++] = k;

      if (n_candidates < per_target)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_RULE,
                       _("Only %u inspectors are eligible for target %u after exclusions; "
                         "%u are needed. Add inspectors or lower the number per target."),
                       n_candidates, t + 1, per_target);
          return NULL;
        }

      for (guint i = 0; i < per_target; i++)
        {
          guint j = i + (guint) zf_random_below (&rng, n_candidates - i);
          guint tmp = candidates[i];
          ZfDrawPick pick = { targets[t], 0, t + 1 };

          candidates[i] = candidates[j];
          candidates[j] = tmp;
          pick.inspector = candidates[i];
          g_array_append_val (picks, pick);
        }
    }

  return g_steal_pointer (&picks);
}
