#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The central evaluation's random draw (集中抽评, S1 §二(五)3): N files per
 * unit per category. It must be reproducible and auditable, so it uses its
 * own documented generator instead of g_rand (whose algorithm GLib may
 * change): SplitMix64 (Steele, Lea, Flood 2014), stored as algorithm 1. */
#define ZF_SAMPLING_ALGORITHM 1

typedef struct
{
  guint64 state;
} ZfSplitMix64;

void    zf_splitmix64_init    (ZfSplitMix64 *rng,
                               guint64       seed);
guint64 zf_splitmix64_next    (ZfSplitMix64 *rng);
/* Uniform in [0, bound) without modulo bias (Lemire's multiply-shift with
 * rejection). */
guint64 zf_splitmix64_below   (ZfSplitMix64 *rng,
                               guint64       bound);

/* A candidate file: the unit, the category and the stable key the pool is
 * sorted by (body id, category, case number, case id). */
typedef struct
{
  gint64      body_id;
  const char *category;
  const char *number;
  gint64      case_id;
} ZfSampleCandidate;

/* Sorts @candidates by the stable key, then walks the groups (body,
 * category) in that order: each draws min(group size, n) files by a partial
 * Fisher–Yates shuffle, where n is @per_unit_min + a draw in
 * [0, @per_unit_max − @per_unit_min]. Returns the chosen case ids in draw
 * order. The same seed over the same files gives the same answer. */
GArray *zf_sample_draw        (ZfSampleCandidate *candidates,
                               guint              n_candidates,
                               guint64            seed,
                               guint              per_unit_min,
                               guint              per_unit_max);

/* A fresh seed for a new draw (from the clock and GLib's entropy), kept in
 * the signed 63-bit range SQLite stores exactly. */
guint64 zf_sample_new_seed    (void);

G_END_DECLS
