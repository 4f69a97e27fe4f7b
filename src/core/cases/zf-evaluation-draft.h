#pragma once

#include "zf-case-file.h"
#include "zf-evaluation.h"
#include "zf-finding.h"
#include "zf-standard.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_EVALUATION_DRAFT (zf_evaluation_draft_get_type ())

G_DECLARE_FINAL_TYPE (ZfEvaluationDraft, zf_evaluation_draft, ZF, EVALUATION_DRAFT, GObject)

/* What the evaluation form edits: one case file under one version of a
 * standard, its lines, and the automatic checks E1–E7 as suggestions. The
 * score, grade and vetoed properties follow every change through the pure
 * zf_score_evaluation(), so the form shows them as the evaluator types;
 * "item-changed" tells the form which item a suggestion filled in. Nothing
 * is written before zf_evaluation_draft_save(). */

/* Reopens the latest evaluation of @case_id under its own standard version,
 * or starts a new one (today, self-evaluation) under the current standard
 * of the file's category. */
ZfEvaluationDraft   *zf_evaluation_draft_new             (ZfStore            *store,
                                                          gint64              case_id,
                                                          GError            **error);

ZfCaseFile          *zf_evaluation_draft_get_case_file   (ZfEvaluationDraft  *self);
const ZfStandard    *zf_evaluation_draft_get_standard    (ZfEvaluationDraft  *self);
/* The findings of E1–E7 (ZfFinding), errors first as the rules order them. */
GPtrArray           *zf_evaluation_draft_get_suggestions (ZfEvaluationDraft  *self);
/* 0 until saved. */
gint64               zf_evaluation_draft_get_id          (ZfEvaluationDraft  *self);

double               zf_evaluation_draft_get_score       (ZfEvaluationDraft  *self);
const char          *zf_evaluation_draft_get_grade       (ZfEvaluationDraft  *self);
gboolean             zf_evaluation_draft_get_vetoed      (ZfEvaluationDraft  *self);
/* Translated lines of the deductions and vetoes, as the opinion prints them. */
GPtrArray           *zf_evaluation_draft_get_reasons     (ZfEvaluationDraft  *self);

const char          *zf_evaluation_draft_get_evaluator   (ZfEvaluationDraft  *self);
void                 zf_evaluation_draft_set_evaluator   (ZfEvaluationDraft  *self,
                                                          const char         *evaluator);
const char          *zf_evaluation_draft_get_date        (ZfEvaluationDraft  *self);
void                 zf_evaluation_draft_set_date        (ZfEvaluationDraft  *self,
                                                          const char         *date);
const char          *zf_evaluation_draft_get_comments    (ZfEvaluationDraft  *self);
void                 zf_evaluation_draft_set_comments    (ZfEvaluationDraft  *self,
                                                          const char         *comments);
/* Central evaluation of a file drawn by @sampling_id; 0 for self-evaluation. */
void                 zf_evaluation_draft_set_sampling    (ZfEvaluationDraft  *self,
                                                          gint64              sampling_id);

/* The line of an item, or NULL when nothing is deducted or vetoed on it. */
const ZfEvaluationLine *zf_evaluation_draft_get_line     (ZfEvaluationDraft  *self,
                                                          gint64              item_id);
/* Points off a scored item (0 clears the line); FALSE for a veto item or
 * one not in the standard. The score floors the item at zero. */
gboolean             zf_evaluation_draft_set_deduction   (ZfEvaluationDraft  *self,
                                                          gint64              item_id,
                                                          double              points,
                                                          const char         *reason);
/* FALSE for an item that is not a veto item of the standard. */
gboolean             zf_evaluation_draft_set_veto        (ZfEvaluationDraft  *self,
                                                          gint64              item_id,
                                                          gboolean            veto,
                                                          const char         *reason);
/* Fills in what @finding suggests (zf_case_check_suggestion()), its rule,
 * clause and message as the reason, for the evaluator to confirm or undo.
 * FALSE when it suggests nothing or the standard lacks that item; else
 * @item_id (may be NULL) names the item. */
gboolean             zf_evaluation_draft_apply_suggestion (ZfEvaluationDraft *self,
                                                           const ZfFinding   *finding,
                                                           gint64            *item_id);

/* Validates and writes the evaluation with its lines in one transaction
 * (zf_store_save_evaluation()); saving again updates the same row. */
gboolean             zf_evaluation_draft_save            (ZfEvaluationDraft  *self,
                                                          GError            **error);
/* Saves as zf_evaluation_draft_save() and, when @deadline is not NULL,
 * raises the evaluation's problems as rows of the rectification ledger
 * (zf_store_add_evaluation_rectifications(); @responsible may be NULL):
 * one user action, one transaction, so a refused ledger row leaves no
 * evaluation behind. */
gboolean             zf_evaluation_draft_save_with_ledger (ZfEvaluationDraft  *self,
                                                           const char         *deadline,
                                                           const char         *responsible,
                                                           GError            **error);

G_END_DECLS
