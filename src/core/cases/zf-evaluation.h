#pragma once

#include <glib-object.h>

#include "zf-standard.h"

G_BEGIN_DECLS

/* One line of an evaluation: the deduction on an item or a veto, and why. */
typedef struct
{
  gint64    item_id;
  double    deduction;
  gboolean  veto;
  char     *reason;
} ZfEvaluationLine;

/* An evaluation of one case file under one version of a standard. score,
 * grade and vetoed are computed by the store when it saves. */
typedef struct
{
  gint64     id;
  gint64     case_id;
  gint64     standard_id;
  char      *mode;          /* "self" or "central" */
  gint64     sampling_id;
  char      *evaluator;
  char      *date;
  char      *comments;
  double     score;
  char      *grade;
  gboolean   vetoed;
  GArray    *lines;         /* ZfEvaluationLine */
} ZfEvaluation;

ZfEvaluation *zf_evaluation_new       (void);
void          zf_evaluation_free      (ZfEvaluation *evaluation);
void          zf_evaluation_set_line  (ZfEvaluation *evaluation,
                                       gint64        item_id,
                                       double        deduction,
                                       gboolean      veto,
                                       const char   *reason);

/* A row of the rectification ledger (整改台账, S1 §二(五)3). */
typedef struct
{
  gint64  id;
  gint64  body_id;
  char   *body_name;
  gint64  case_id;
  char   *case_number;
  gint64  evaluation_id;
  char   *problem;
  char   *requirement;
  char   *deadline;
  char   *responsible;
  char   *status;         /* "open" or "closed" */
  char   *closed_date;
  char   *evidence;
} ZfRectification;

ZfRectification *zf_rectification_new  (void);
void             zf_rectification_free (ZfRectification *row);
/* Open and past its deadline on @today. */
gboolean         zf_rectification_is_overdue (const ZfRectification *row,
                                              const char            *today);
/* RL1: problem present, deadline a date; closing (销号) needs a date and a
 * note of the evidence (S1 §二(五)3). */
void             zf_rule_rectification_fields (const ZfRectification *row,
                                               GPtrArray             *findings);

/* EV1: a known mode, the evaluator and the date; each line on an item of
 * @standard, no negative deduction, vetoes only on veto items and veto
 * items without points (S1 §二(五)3). */
void             zf_rule_evaluation_fields (const ZfEvaluation *evaluation,
                                            ZfStandard         *standard,
                                            GPtrArray          *findings);
/* EV1 of one line, as zf_rule_evaluation_fields() checks each: its item
 * is in @standard, the deduction not negative, a veto only on a veto
 * item, which takes no points. An import checks a file's line with it at
 * the line's own row. */
void             zf_rule_evaluation_line   (const ZfStandard       *standard,
                                            const ZfEvaluationLine *line,
                                            GPtrArray              *findings);

/* One unit's line of the summary (评查结果汇总表). */
typedef struct
{
  gint64  body_id;
  char   *body_name;
  guint   n_files;
  double  total;
  double  average;
  guint   n_excellent;
  guint   n_pass;
  guint   n_fail;
  double  pass_rate;     /* percent of files graded excellent or pass */
  guint   rank;          /* 1 = best; equal average and total share a rank */
} ZfUnitSummary;

void     zf_unit_summary_free (ZfUnitSummary *unit);
/* Ranks @units (ZfUnitSummary) by average, then total, both descending,
 * and sorts them in that order. */
void     zf_unit_summary_rank (GPtrArray     *units);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfEvaluation, zf_evaluation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfRectification, zf_rectification_free)

G_END_DECLS
