#pragma once

#include "zf-evaluation.h"
#include "zf-finding.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* Validates (case exists, evaluator and date given, lines belong to the
 * standard, vetoes only on veto items, deductions not negative), scores it
 * with zf_score_evaluation() and writes it with its lines in one
 * transaction. @evaluation gets its id, score, grade and vetoed. */
gboolean      zf_store_save_evaluation        (ZfStore       *self,
                                               ZfEvaluation  *evaluation,
                                               GError       **error);
ZfEvaluation *zf_store_get_evaluation         (ZfStore       *self,
                                               gint64         id,
                                               GError       **error);
/* The newest evaluation of a case file, or NULL (no error) when none. */
ZfEvaluation *zf_store_get_latest_evaluation  (ZfStore       *self,
                                               gint64         case_id,
                                               GError       **error);

/* Central evaluation's draw: over the files of @year in @categories (NULL:
 * penalty, coercion and licensing), per unit per category, with
 * zf_sample_draw(). Records the draw (seed, algorithm, counts) and the
 * chosen files; returns the sampling id, the chosen case ids in @chosen. */
gint64        zf_store_draw_sample            (ZfStore       *self,
                                               int            year,
                                               const char * const *categories,
                                               guint          per_unit_min,
                                               guint          per_unit_max,
                                               guint64        seed,
                                               GArray       **chosen,
                                               GError       **error);
/* Case ids recorded for a draw, in id order. */
GArray       *zf_store_list_sampling_cases    (ZfStore       *self,
                                               gint64         sampling_id,
                                               GError       **error);

/* The rectification ledger. */
gboolean      zf_store_save_rectification     (ZfStore          *self,
                                               ZfRectification  *row,
                                               GError          **error);
/* 销号: closes with a date and a note of the evidence. */
gboolean      zf_store_close_rectification    (ZfStore          *self,
                                               gint64            id,
                                               const char       *date,
                                               const char       *evidence,
                                               GError          **error);
/* Problems found become rows of the ledger: one open row per deduction
 * or veto of the evaluation, in one transaction, with @deadline and
 * @responsible; lines already in the ledger are not added twice. */
gboolean      zf_store_add_evaluation_rectifications (ZfStore     *self,
                                                      gint64       evaluation_id,
                                                      const char  *deadline,
                                                      const char  *responsible,
                                                      guint       *n_added,
                                                      GError     **error);
/* Open and overdue rows first (overdue on @today), then open ones by
 * deadline, then closed ones. @only_overdue keeps the overdue ones. */
GPtrArray    *zf_store_list_rectifications    (ZfStore          *self,
                                               const char       *today,
                                               gboolean          only_overdue,
                                               GError          **error);

/* EV1 over each stored evaluation of @body_id's files (0: every body)
 * dated on or before @as_of (undated: entered by then): rows that predate
 * the rule or came by import. @func gets each row's findings, if any. */
gboolean      zf_store_check_evaluations      (ZfStore           *self,
                                               gint64             body_id,
                                               const char        *as_of,
                                               ZfRowFindingsFunc  func,
                                               gpointer           user_data,
                                               GError           **error);
/* RL1 over each stored row of the ledger of @body_id (0: every body)
 * entered on or before @as_of. */
gboolean      zf_store_check_rectifications   (ZfStore           *self,
                                               gint64             body_id,
                                               const char        *as_of,
                                               ZfRowFindingsFunc  func,
                                               gpointer           user_data,
                                               GError           **error);

/* Per unit, over the latest evaluation of each file of @year in @category
 * (NULL: every category): count, total, average, grades, pass rate and
 * rank. A GPtrArray of ZfUnitSummary in rank order. */
GPtrArray    *zf_store_evaluation_summary     (ZfStore          *self,
                                               int               year,
                                               const char       *category,
                                               GError          **error);

G_END_DECLS
