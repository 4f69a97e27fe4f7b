#define G_LOG_DOMAIN "zf-evaluation-draft"

#include "config.h"

#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-evaluation-draft.h"
#include "zf-i18n.h"
#include "zf-score.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"
#include "zf-util.h"

struct _ZfEvaluationDraft
{
  GObject        parent_instance;

  ZfStore       *store;
  ZfCaseFile    *case_file;
  ZfStandard    *standard;
  GPtrArray     *suggestions;
  ZfEvaluation  *evaluation;   /* the form's state; lines only where something applies */
  ZfScoreResult  result;
};

G_DEFINE_FINAL_TYPE (ZfEvaluationDraft, zf_evaluation_draft, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SCORE,
  PROP_GRADE,
  PROP_VETOED,
  PROP_EVALUATOR,
  PROP_DATE,
  PROP_COMMENTS,
  N_PROPS
};

enum
{
  ITEM_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rescore (ZfEvaluationDraft *self)
{
  g_autofree ZfScoreLine *lines = NULL;
  GArray *src = self->evaluation->lines;
  double old_score = self->result.score;
  gboolean old_vetoed = self->result.vetoed;
  g_autofree char *old_grade = g_steal_pointer (&self->result.grade);

  lines = g_new0 (ZfScoreLine, src->len + 1);
  for (guint i = 0; i < src->len; i++)
    {
      ZfEvaluationLine *l = &g_array_index (src, ZfEvaluationLine, i);
      lines[i] = (ZfScoreLine) { l->item_id, l->deduction, l->veto, l->reason };
    }
  zf_score_result_clear (&self->result);
  zf_score_evaluation (self->standard, lines, src->len, &self->result);

  if (self->result.score != old_score)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
  if (g_strcmp0 (self->result.grade, old_grade) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
  if (self->result.vetoed != old_vetoed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VETOED]);
}

static void
zf_evaluation_draft_finalize (GObject *object)
{
  ZfEvaluationDraft *self = ZF_EVALUATION_DRAFT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->case_file);
  g_clear_pointer (&self->standard, zf_standard_free);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->evaluation, zf_evaluation_free);
  zf_score_result_clear (&self->result);

  G_OBJECT_CLASS (zf_evaluation_draft_parent_class)->finalize (object);
}

static void
zf_evaluation_draft_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ZfEvaluationDraft *self = ZF_EVALUATION_DRAFT (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      g_value_set_double (value, self->result.score);
      break;
    case PROP_GRADE:
      g_value_set_string (value, self->result.grade);
      break;
    case PROP_VETOED:
      g_value_set_boolean (value, self->result.vetoed);
      break;
    case PROP_EVALUATOR:
      g_value_set_string (value, self->evaluation->evaluator);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->evaluation->date);
      break;
    case PROP_COMMENTS:
      g_value_set_string (value, self->evaluation->comments);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_evaluation_draft_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ZfEvaluationDraft *self = ZF_EVALUATION_DRAFT (object);

  switch (prop_id)
    {
    case PROP_EVALUATOR:
      zf_evaluation_draft_set_evaluator (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      zf_evaluation_draft_set_date (self, g_value_get_string (value));
      break;
    case PROP_COMMENTS:
      zf_evaluation_draft_set_comments (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_evaluation_draft_class_init (ZfEvaluationDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = zf_evaluation_draft_finalize;
  object_class->get_property = zf_evaluation_draft_get_property;
  object_class->set_property = zf_evaluation_draft_set_property;

  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, 0, G_MAXDOUBLE, 0, ro);
  properties[PROP_GRADE] = g_param_spec_string ("grade", NULL, NULL, NULL, ro);
  properties[PROP_VETOED] = g_param_spec_boolean ("vetoed", NULL, NULL, FALSE, ro);
  properties[PROP_EVALUATOR] = g_param_spec_string ("evaluator", NULL, NULL, NULL, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_COMMENTS] = g_param_spec_string ("comments", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* ZfEvaluationDraft::item-changed (item_id): a line changed other than
   * through the form's own widget for it (a suggestion was applied). */
  signals[ITEM_CHANGED] = g_signal_new ("item-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
zf_evaluation_draft_init (ZfEvaluationDraft *self)
{
}

ZfEvaluationDraft *
zf_evaluation_draft_new (ZfStore  *store,
                         gint64    case_id,
                         GError  **error)
{
  g_autoptr(ZfEvaluationDraft) self = NULL;
  g_autoptr(ZfCaseFacts) facts = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_EVALUATION_DRAFT, NULL);
  self->store = g_object_ref (store);
  self->case_file = zf_store_get_case_file (store, case_id, error);
  if (self->case_file == NULL)
    return NULL;

  self->evaluation = zf_store_get_latest_evaluation (store, case_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (self->evaluation != NULL)
    self->standard = zf_store_get_standard (store, self->evaluation->standard_id, error);
  else
    {
      self->standard = zf_store_get_current_standard (store,
                                                      zf_case_file_get_category (self->case_file),
                                                      error);
      self->evaluation = zf_evaluation_new ();
      self->evaluation->case_id = case_id;
      self->evaluation->date = zf_date_today ();
      if (self->standard != NULL)
        self->evaluation->standard_id = self->standard->id;
    }
  if (self->standard == NULL)
    return NULL;

  facts = zf_store_get_case_facts (store, case_id, error);
  if (facts == NULL)
    return NULL;
  self->suggestions = zf_findings_new ();
  zf_case_check (facts, self->suggestions);

  rescore (self);
  return g_steal_pointer (&self);
}

ZfCaseFile *
zf_evaluation_draft_get_case_file (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->case_file;
}

const ZfStandard *
zf_evaluation_draft_get_standard (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->standard;
}

GPtrArray *
zf_evaluation_draft_get_suggestions (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->suggestions;
}

gint64
zf_evaluation_draft_get_id (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), 0);
  return self->evaluation->id;
}

double
zf_evaluation_draft_get_score (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), 0);
  return self->result.score;
}

const char *
zf_evaluation_draft_get_grade (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->result.grade;
}

gboolean
zf_evaluation_draft_get_vetoed (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), FALSE);
  return self->result.vetoed;
}

GPtrArray *
zf_evaluation_draft_get_reasons (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->result.reasons;
}

/* The three text fields share one shape: set, and notify only on change. */
static void
set_text (ZfEvaluationDraft  *self,
          char              **field,
          const char         *value,
          guint               prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  zf_set_str (field, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
zf_evaluation_draft_get_evaluator (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->evaluation->evaluator;
}

void
zf_evaluation_draft_set_evaluator (ZfEvaluationDraft *self,
                                   const char        *evaluator)
{
  g_return_if_fail (ZF_IS_EVALUATION_DRAFT (self));
  set_text (self, &self->evaluation->evaluator, evaluator, PROP_EVALUATOR);
}

const char *
zf_evaluation_draft_get_date (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->evaluation->date;
}

void
zf_evaluation_draft_set_date (ZfEvaluationDraft *self,
                              const char        *date)
{
  g_return_if_fail (ZF_IS_EVALUATION_DRAFT (self));
  set_text (self, &self->evaluation->date, date, PROP_DATE);
}

const char *
zf_evaluation_draft_get_comments (ZfEvaluationDraft *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);
  return self->evaluation->comments;
}

void
zf_evaluation_draft_set_comments (ZfEvaluationDraft *self,
                                  const char        *comments)
{
  g_return_if_fail (ZF_IS_EVALUATION_DRAFT (self));
  set_text (self, &self->evaluation->comments, comments, PROP_COMMENTS);
}

void
zf_evaluation_draft_set_sampling (ZfEvaluationDraft *self,
                                  gint64             sampling_id)
{
  g_return_if_fail (ZF_IS_EVALUATION_DRAFT (self));

  self->evaluation->sampling_id = sampling_id;
  zf_set_str (&self->evaluation->mode, sampling_id > 0 ? "central" : "self");
}

static int
line_index (ZfEvaluationDraft *self,
            gint64             item_id)
{
  GArray *lines = self->evaluation->lines;

  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, ZfEvaluationLine, i).item_id == item_id)
      return i;
  return -1;
}

const ZfEvaluationLine *
zf_evaluation_draft_get_line (ZfEvaluationDraft *self,
                              gint64             item_id)
{
  int i;

  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), NULL);

  i = line_index (self, item_id);
  return i < 0 ? NULL : &g_array_index (self->evaluation->lines, ZfEvaluationLine, i);
}

/* Only lines that take points or veto are kept: a blank line would be
 * written as a row of the evaluation and printed in the opinion. */
static void
put_line (ZfEvaluationDraft *self,
          gint64             item_id,
          double             deduction,
          gboolean           veto,
          const char        *reason)
{
  if (deduction > 0 || veto)
    zf_evaluation_set_line (self->evaluation, item_id, deduction, veto, reason);
  else
    {
      int i = line_index (self, item_id);
      if (i >= 0)
        g_array_remove_index (self->evaluation->lines, i);
    }
  rescore (self);
}

gboolean
zf_evaluation_draft_set_deduction (ZfEvaluationDraft *self,
                                   gint64             item_id,
                                   double             points,
                                   const char        *reason)
{
  ZfStandardItem *item;

  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), FALSE);

  item = zf_standard_find_item (self->standard, item_id);
  if (item == NULL || item->is_veto)
    return FALSE;
  put_line (self, item_id, MAX (points, 0), FALSE, reason);
  return TRUE;
}

gboolean
zf_evaluation_draft_set_veto (ZfEvaluationDraft *self,
                              gint64             item_id,
                              gboolean           veto,
                              const char        *reason)
{
  ZfStandardItem *item;

  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), FALSE);

  item = zf_standard_find_item (self->standard, item_id);
  if (item == NULL || !item->is_veto)
    return FALSE;
  put_line (self, item_id, 0, veto, reason);
  return TRUE;
}

gboolean
zf_evaluation_draft_apply_suggestion (ZfEvaluationDraft *self,
                                      const ZfFinding   *finding,
                                      gint64            *item_id)
{
  const char *name = NULL;
  gboolean veto = FALSE;
  double deduction = 0;
  ZfStandardItem *item;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  if (!zf_case_check_suggestion (finding, &name, &veto, &deduction))
    return FALSE;
  /* A standard edited by the user may have renamed or dropped the item. */
  item = zf_standard_find_item_by_name (self->standard, name);
  if (item == NULL || item->is_veto != veto)
    return FALSE;

  reason = zf_finding_to_string (finding);
  if (veto)
    put_line (self, item->id, 0, TRUE, reason);
  else
    put_line (self, item->id, MIN (deduction, item->max_points), FALSE, reason);
  if (item_id != NULL)
    *item_id = item->id;
  g_signal_emit (self, signals[ITEM_CHANGED], 0, item->id);
  return TRUE;
}

gboolean
zf_evaluation_draft_save (ZfEvaluationDraft  *self,
                          GError            **error)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), FALSE);

  return zf_store_save_evaluation (self->store, self->evaluation, error);
}

gboolean
zf_evaluation_draft_save_with_ledger (ZfEvaluationDraft  *self,
                                      const char         *deadline,
                                      const char         *responsible,
                                      GError            **error)
{
  gint64 saved_id;

  g_return_val_if_fail (ZF_IS_EVALUATION_DRAFT (self), FALSE);

  if (deadline != NULL && !zf_date_is_valid (deadline))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The rectification deadline must be a date like 2024-06-30."));
      return FALSE;
    }
  if (!zf_store_begin (self->store, error))
    return FALSE;
  saved_id = self->evaluation->id;
  if (!zf_evaluation_draft_save (self, error) ||
      (deadline != NULL &&
       !zf_store_add_evaluation_rectifications (self->store, self->evaluation->id,
                                                deadline, responsible, NULL, error)))
    zf_store_rollback (self->store);
  else if (zf_store_commit (self->store, error))   /* a failed commit rolls back */
    return TRUE;
  /* The row a first save inserted is gone with the transaction: the next
   * save inserts again instead of updating nothing. */
  self->evaluation->id = saved_id;
  return FALSE;
}
