#pragma once

#include <gtk/gtk.h>

#include "zf-evaluation-draft.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_EVALUATION_FORM (zf_evaluation_form_get_type ())

G_DECLARE_FINAL_TYPE (ZfEvaluationForm, zf_evaluation_form, ZF, EVALUATION_FORM, GtkWindow)

/* The evaluation form of one case file: a thin widget over a
 * ZfEvaluationDraft. Item by item deductions with a reason each, veto
 * toggles, evaluator, date and comments; the score and grade follow every
 * keystroke; the checks E1–E7 beside it can pre-fill a line. "saved"
 * (gint64 evaluation id) is emitted once the store accepted it, and the
 * form then closes. NULL and @error when the file cannot be opened. */
ZfEvaluationForm  *zf_evaluation_form_new            (GtkWindow         *parent,
                                                      ZfStore           *store,
                                                      gint64             case_id,
                                                      gint64             sampling_id,
                                                      GError           **error);
ZfEvaluationDraft *zf_evaluation_form_get_draft      (ZfEvaluationForm  *self);

/* The form's own widgets, for keyboard-free tests. */
GtkSpinButton     *zf_evaluation_form_get_deduction  (ZfEvaluationForm  *self,
                                                      gint64             item_id);
GtkCheckButton    *zf_evaluation_form_get_veto       (ZfEvaluationForm  *self,
                                                      gint64             item_id);
GtkEditable       *zf_evaluation_form_get_reason     (ZfEvaluationForm  *self,
                                                      gint64             item_id);
GtkEditable       *zf_evaluation_form_get_evaluator  (ZfEvaluationForm  *self);
GtkLabel          *zf_evaluation_form_get_grade_label (ZfEvaluationForm *self);
GtkLabel          *zf_evaluation_form_get_score_label (ZfEvaluationForm *self);
/* Saves as the Save button does; FALSE leaves the form open with the
 * message shown (zf_evaluation_form_get_error()). */
gboolean           zf_evaluation_form_save           (ZfEvaluationForm  *self);
const char        *zf_evaluation_form_get_error      (ZfEvaluationForm  *self);

G_END_DECLS
