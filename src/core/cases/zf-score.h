#pragma once

#include "zf-standard.h"

G_BEGIN_DECLS

/* One line of the evaluation form: what the evaluator deducted on an item
 * (points), or that a veto item applies, and why. */
typedef struct
{
  gint64      item_id;
  double      deduction;
  gboolean    veto;
  const char *reason;
} ZfScoreLine;

typedef struct
{
  double    score;        /* rounded as the standard says */
  double    raw_score;    /* before rounding */
  double    deducted;     /* points actually taken, after the per-item floors */
  gboolean  vetoed;
  char     *grade;        /* "excellent", "pass" or "fail" */
  GPtrArray *reasons;     /* translated lines, one per deduction or veto */
} ZfScoreResult;

/* Rounds @value as a standard's rounding code says: "one_decimal" and
 * "integer" round half away from zero; "none" keeps it. */
double      zf_score_round        (double      value,
                                   const char *rounding);
/* The band of an already rounded score. */
const char *zf_score_grade        (double      score,
                                   double      excellent_min,
                                   double      pass_min);

/* Pure: any veto makes the score 0 and the grade "fail"; otherwise the total
 * less the deductions, each capped at its item's points (an item never goes
 * below zero), rounded, then banded. Lines naming items not in @standard are
 * ignored. */
void        zf_score_evaluation   (const ZfStandard  *standard,
                                   const ZfScoreLine *lines,
                                   guint              n_lines,
                                   ZfScoreResult     *result);
void        zf_score_result_clear (ZfScoreResult     *result);

G_END_DECLS
