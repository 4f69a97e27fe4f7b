#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The double-random draw (双随机) as a pure function of its inputs, so that
 * a stored draw can be run again years later and give the same answer.
 *
 * Algorithm 1: xoshiro256** seeded through splitmix64 from the 64-bit seed;
 * integers below n by rejection (no modulo bias); targets chosen by a partial
 * Fisher–Yates shuffle over the target pool sorted by uuid; for each chosen
 * target in draw order, inspectors chosen the same way among the pool
 * (sorted by uuid) minus those excluded for that target. Changing any step
 * needs a new version number; old versions must keep working. */
#define ZF_DRAW_ALGORITHM_VERSION 1

typedef struct
{
  guint64 s[4];
} ZfRandom;

void     zf_random_init      (ZfRandom *rng,
                              guint64   seed);
guint64  zf_random_next      (ZfRandom *rng);
/* Uniform in [0, n); n > 0. */
guint64  zf_random_below     (ZfRandom *rng,
                              guint64   n);

/* An excluded pair (indices into the pools); target -1 excludes the
 * inspector from the whole draw. */
typedef struct
{
  int inspector;
  int target;
} ZfDrawExclusion;

typedef struct
{
  guint target;      /* index into the target pool */
  guint inspector;   /* index into the inspector pool */
  guint position;    /* 1-based order of the target in the draw */
} ZfDrawPick;

/* Pools must already be sorted by their stable key. Returns a GArray of
 * ZfDrawPick, per_target rows for each of the n_targets_wanted targets, or
 * NULL with a translated error when the pools cannot satisfy the request. */
GArray  *zf_draw_run         (int                    algorithm,
                              guint64                seed,
                              guint                  n_target_pool,
                              guint                  n_inspector_pool,
                              guint                  n_targets_wanted,
                              guint                  per_target,
                              const ZfDrawExclusion *exclusions,
                              guint                  n_exclusions,
                              GError               **error);

/* The number of targets a ratio (percent of the pool) asks for, at least
 * one when the pool is not empty. */
guint    zf_draw_targets_for_ratio (guint  pool_size,
                                    double percent);

G_END_DECLS
