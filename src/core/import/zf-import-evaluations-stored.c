#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>

#include "zf-error.h"
#include "zf-evaluation.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-import-evaluations-private.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"
#include "zf-util.h"

/* An evaluations file against the stored evaluations: the lines that
 * update one listed as changes, and each evaluation written through
 * zf_store_save_evaluation(). */

static const char *
flag_text (gboolean on)
{
  return on ? C_("import change", "yes") : C_("import change", "no");
}

/* A line of the file over the stored line of its item: what the file
 * leaves blank stays as stored. The merged values replace the row's, and
 * each difference is added to @changes. */
static void
merge_line (ZfImport          *self,
            char             **values,
            ZfStandardItem    *item,
            ZfEvaluationLine  *stored,
            GString           *changes)
{
  double was_deduction = stored ? stored->deduction : 0;
  gboolean was_veto = stored ? stored->veto : FALSE;
  const char *was_reason = stored && stored->reason && *stored->reason ? stored->reason : NULL;
  double deduction = zf_import_eval_number_or (V ("deduction"), was_deduction);
  gboolean veto = V ("veto") ? g_strcmp0 (V ("veto"), "1") == 0 : was_veto;
  g_autofree char *reason = g_strdup (V ("reason") ? V ("reason") : was_reason);
  g_autofree char *deduction_text = g_strdup_printf ("%g", deduction);

  if (fabs (deduction - was_deduction) > 1e-9)
    g_string_append_printf (changes, "%s%s, %s: %g → %g", changes->len ? "; " : "", item->name,
                            zf_import_eval_label (self, "deduction"),
                            was_deduction, deduction);
  if (veto != was_veto)
    g_string_append_printf (changes, "%s%s, %s: %s → %s", changes->len ? "; " : "", item->name,
                            zf_import_eval_label (self, "veto"),
                            flag_text (was_veto), flag_text (veto));
  if (g_strcmp0 (reason, was_reason) != 0)
    g_string_append_printf (changes, "%s%s, %s: %s → %s", changes->len ? "; " : "", item->name,
                            zf_import_eval_label (self, "reason"),
                            was_reason ? was_reason : C_("import change", "(empty)"), reason);
  zf_import_plan_set_value (self, values, "deduction", deduction_text);
  zf_import_plan_set_value (self, values, "veto", veto ? "1" : "0");
  zf_import_plan_set_value (self, values, "reason", reason);
}

static ZfEvaluationLine *
stored_line (ZfEvaluation *e,
             gint64        item_id)
{
  for (guint i = 0; i < e->lines->len; i++)
    if (g_array_index (e->lines, ZfEvaluationLine, i).item_id == item_id)
      return &g_array_index (e->lines, ZfEvaluationLine, i);
  return NULL;
}

/* An evaluation already stored under the rows' key: unchanged when the
 * file's lines agree with it, else an update listing each change. */
void
zf_import_eval_compare_stored (EvalPlan *p,
                               Group    *group,
                               gint64    id)
{
  ZfImport *self = p->self;
  ZfStandard *standard = group->standard->standard;
  g_autoptr(ZfEvaluation) e = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  gboolean changed = FALSE;

  e = zf_store_get_evaluation (self->store, id, &error);
  if (e == NULL)
    {
      zf_import_eval_refuse_group (p, group, error->message);
      return;
    }
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = zf_import_eval_group_row (p, group, i);
      char **values = row->values;
      g_autoptr(GString) changes = g_string_new (NULL);

      if (V ("comments") && i == 0 && g_strcmp0 (V ("comments"), e->comments) != 0)
        g_string_append_printf (changes, "%s: %s → %s",
                                zf_import_eval_label (self, "comments"),
                                e->comments && *e->comments ? e->comments
                                                            : C_("import change", "(empty)"),
                                V ("comments"));
      if (V ("item_id"))
        {
          gint64 item_id = g_ascii_strtoll (V ("item_id"), NULL, 10);
          ZfStandardItem *item = zf_standard_find_item (standard, item_id);
          ZfEvaluationLine merged;

          merge_line (self, values, item, stored_line (e, item_id), changes);
          merged = (ZfEvaluationLine) { item_id, zf_import_eval_number_or (V ("deduction"), 0),
                                        g_strcmp0 (V ("veto"), "1") == 0, (char *) V ("reason") };
          zf_rule_evaluation_line (standard, &merged, findings);
          if (!zf_findings_to_error (findings, &error))
            {
              const ZfRow *raw = g_ptr_array_index (self->data, row->data_index);

              row->status = ZF_IMPORT_ROW_ERROR;
              row->column = zf_import_eval_column_of (self, raw, merged.veto ? "veto" : "deduction");
              row->message = g_strdup (error->message);
              return;
            }
        }
      row->existing_id = id;
      if (changes->len > 0)
        {
          row->changes = g_strdup (changes->str);
          changed = TRUE;
        }
    }
  for (guint i = 0; i < group->rows->len; i++)
    zf_import_eval_group_row (p, group, i)->status = changed ? ZF_IMPORT_ROW_UPDATE
                                                             : ZF_IMPORT_ROW_UNCHANGED;
}

gboolean
zf_import_write_evaluation (ZfImport  *self,
                            guint      index,
                            GError   **error)
{
  ZfImportRow *head = &g_array_index (self->rows, ZfImportRow, index);
  char **values = head->values;
  g_autoptr(ZfEvaluation) e = NULL;
  g_autoptr(ZfStandard) standard = NULL;

  if ((standard = zf_import_eval_standard_for_write (self, values, error)) == NULL)
    return FALSE;
  if (head->existing_id > 0)
    {
      if ((e = zf_store_get_evaluation (self->store, head->existing_id, error)) == NULL)
        return FALSE;
    }
  else
    {
      e = zf_evaluation_new ();
      e->case_id = g_ascii_strtoll (V ("case_id"), NULL, 10);
      e->standard_id = standard->id;
      zf_set_str (&e->mode, V ("mode"));
      e->evaluator = g_strdup (V ("evaluator"));
      e->date = g_strdup (V ("date"));
    }
  if (V ("comments"))
    zf_set_str (&e->comments, V ("comments"));

  for (guint next = index + 1; next > 0;)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, next - 1);
      char **line = row->values;
      const char *item_text = line[zf_import_eval_field (self, "item_id")];
      const char *deduction = line[zf_import_eval_field (self, "deduction")];
      const char *veto = line[zf_import_eval_field (self, "veto")];
      gint64 item_id = item_text ? g_ascii_strtoll (item_text, NULL, 10) : 0;

      next = row->next_part;
      if (item_text == NULL)
        continue;
      /* An item of a default standard created just now, by its name. */
      if (item_id < 0)
        {
          const char *name = line[zf_import_eval_field (self, "item")];
          ZfStandardItem *item = zf_standard_find_item_by_name (standard, name);
          item_id = item ? item->id : 0;
        }
      zf_evaluation_set_line (e, item_id, zf_import_eval_number_or (deduction, 0),
                              g_strcmp0 (veto, "1") == 0,
                              line[zf_import_eval_field (self, "reason")]);
    }
  return zf_store_save_evaluation (self->store, e, error);
}
