#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-error.h"
#include "zf-evaluation.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-import-evaluations-private.h"
#include "zf-import-normalize.h"
#include "zf-store-evaluations.h"
#include "zf-store-import-evaluations.h"
#include "zf-store-standards.h"
#include "zf-util.h"

/* The evaluations register (案卷评查): one row per line of an evaluation,
 * its own columns repeated on each row. Rows with the same body, case
 * number, standard, mode, date and evaluator are one evaluation, planned
 * and written as one record through zf_store_save_evaluation(), so that
 * its score, grade and the rules of a save (EV1) are those of the window.
 * One refused row refuses its evaluation: stored without a line, it
 * would carry a wrong score. */

/* Columns written for reading only: the item's text, and the score and
 * grade, which a save computes. */
static const char *const read_only[] = { "item_text", "score", "grade" };

/* Texts kept as they are written, only trimmed: the comments and reasons
 * are prose whose full-width punctuation (，（）) is the writer's, and the
 * evaluator and the standard are matched against the stored texts. */
static const char *const as_written[] = { "standard", "evaluator", "comments", "reason" };

static void
standard_entry_free (gpointer data)
{
  StandardEntry *entry = data;

  g_clear_pointer (&entry->standard, zf_standard_free);
  g_free (entry->refusal);
  g_free (entry);
}

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->rows);
  g_hash_table_unref (group->items);
  g_free (group);
}

int
zf_import_eval_field (ZfImport   *self,
                      const char *column)
{
  int i = zf_import_register_field_index (self->reg, column);

  g_assert (i >= 0);
  return i;
}

const char *
zf_import_eval_label (ZfImport   *self,
                      const char *column)
{
  return zf_import_field_label (&self->reg->fields[zf_import_eval_field (self, column)]);
}

/* The letter of @column's cell as the sheet of @raw shows it, or NULL. */
char *
zf_import_eval_column_of (ZfImport    *self,
                          const ZfRow *raw,
                          const char  *column)
{
  return zf_import_column_letter (self, raw, self->mapping[zf_import_eval_field (self, column)]);
}

static gboolean
is_as_written (const ZfImportField *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (as_written); i++)
    if (strcmp (f->column, as_written[i]) == 0)
      return TRUE;
  return FALSE;
}

/* @text without the spaces around it, ideographic ones included. */
static char *
trimmed (const char *text)
{
  const char *start = text ? text : "";
  const char *end;

  while (*start && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

static gboolean
is_read_only (const ZfImportField *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (read_only); i++)
    if (strcmp (f->column, read_only[i]) == 0)
      return TRUE;
  return f->kind == ZF_IMPORT_HIDDEN;
}

double
zf_import_eval_number_or (const char *text,
                          double      fallback)
{
  return text && *text ? g_ascii_strtod (text, NULL) : fallback;
}

static void
refuse (ZfImportRow *out,
        char        *column,
        char        *message)
{
  if (out->status == ZF_IMPORT_ROW_ERROR)
    {
      g_free (column);
      g_free (message);
      return;
    }
  out->status = ZF_IMPORT_ROW_ERROR;
  out->column = column;
  out->message = message;
}

/* The row's cells, normalized; the first cell refused refuses the row,
 * but the evaluation's key is still read, to refuse its other rows too. */
static char **
read_cells (ZfImport    *self,
            const ZfRow *raw,
            ZfImportRow *out,
            GString     *notes)
{
  const ZfImportRegister *reg = self->reg;
  char **values = g_new0 (char *, reg->n_fields);

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];
      int col = self->mapping[i];
      g_autofree char *note = NULL;
      g_autoptr(GError) error = NULL;
      char *v;

      if (col < 0 || is_read_only (f))
        continue;
      if (zf_row_cell_is_blank (raw, col) && !f->required)
        continue;
      v = is_as_written (f) ? trimmed (zf_row_get_text (raw, col))
                            : zf_import_plan_cell (self, f, raw, col, &note, &error);
      if (v == NULL)
        {
          refuse (out, zf_import_column_letter (self, raw, col),
                  g_strdup_printf ("%s: %s", zf_import_field_label (f), error->message));
          continue;
        }
      if (f->required && *v == '\0')
        refuse (out, zf_import_column_letter (self, raw, col),
                g_strdup_printf (_("%s is empty; it is required."), zf_import_field_label (f)));
      if (*v == '\0')
        {
          g_free (v);
          continue;
        }
      values[i] = v;
      if (note != NULL)
        g_string_append_printf (notes, "%s%s", notes->len ? "; " : "", note);
    }
  return values;
}

/* What makes rows one evaluation; NULL when a cell of it was refused. */
static char *
group_key (ZfImport    *self,
           char *const *values)
{
  static const char *const columns[] = { "body_name", "number", "standard", "mode", "date",
                                         "evaluator" };
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (V (columns[i]) == NULL)
        {
          g_string_free (key, TRUE);
          return NULL;
        }
      g_string_append_printf (key, "%s\x1f", V (columns[i]));
    }
  g_string_append (key, V ("standard_version") ? V ("standard_version") : "");
  return g_string_free (key, FALSE);
}

/* The case file the row names (its body and number), kept as case_id. */
static void
resolve_case (ZfImport     *self,
              const ZfRow  *raw,
              char        **values,
              ZfImportRow  *out)
{
  g_autofree char *category = NULL;
  gint64 case_id = 0;

  if (V ("body_name") && zf_store_import_body_id (self->store, V ("body_name")) <= 0)
    refuse (out, zf_import_eval_column_of (self, raw, "body_name"),
            g_strdup_printf (_("There is no body named “%s”; import the bodies first."),
                             V ("body_name")));
  else if (V ("body_name") && V ("number") &&
           (case_id = zf_store_import_case_of_body (self->store, V ("body_name"), V ("number"),
                                                    &category)) <= 0)
    refuse (out, zf_import_eval_column_of (self, raw, "number"),
            g_strdup_printf (_("“%s” has no case file numbered “%s”; import the case files "
                               "first."), V ("body_name"), V ("number")));
  else if (V ("number"))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, case_id);
      zf_import_plan_set_value (self, values, "case_id", id);
    }
}

/* The standard the row names, kept as standard_id and its category, and
 * the scoring item of its line, checked by the rule of a line (EV1):
 * NULL when the row has no item or the item is refused. */
static ZfStandardItem *
resolve_line (EvalPlan       *p,
              const ZfRow    *raw,
              char          **values,
              ZfImportRow    *out,
              StandardEntry **standard)
{
  ZfImport *self = p->self;
  ZfStandardItem *item = NULL;
  char *refusal = NULL;

  *standard = NULL;
  if (V ("standard"))
    {
      *standard = zf_import_eval_resolve_standard (p, V ("standard"), V ("standard_version"));
      if ((*standard)->refusal != NULL)
        refuse (out, zf_import_eval_column_of (self, raw, "standard"),
                g_strdup ((*standard)->refusal));
      else
        {
          g_autofree char *id =
            g_strdup_printf ("%" G_GINT64_FORMAT,
                             (*standard)->is_default ? 0 : (*standard)->standard->id);
          zf_import_plan_set_value (self, values, "standard_id", id);
          zf_import_plan_set_value (self, values, "standard_category",
                                    (*standard)->standard->category);
        }
    }

  if (V ("item") && *standard && (*standard)->standard)
    {
      item = zf_import_eval_find_item ((*standard)->standard, V ("item"), &refusal);
      if (item == NULL)
        refuse (out, zf_import_eval_column_of (self, raw, "item"), g_steal_pointer (&refusal));
      else
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, item->id);
          ZfEvaluationLine line = { item->id, zf_import_eval_number_or (V ("deduction"), 0),
                                    g_strcmp0 (V ("veto"), "1") == 0, (char *) V ("reason") };
          g_autoptr(GPtrArray) findings = zf_findings_new ();
          g_autoptr(GError) error = NULL;

          zf_import_plan_set_value (self, values, "item_id", id);
          /* As the standard writes it, for the default one created later. */
          zf_import_plan_set_value (self, values, "item", item->name);
          zf_rule_evaluation_line ((*standard)->standard, &line, findings);
          if (!zf_findings_to_error (findings, &error))
            refuse (out, zf_import_eval_column_of (self, raw, line.veto ? "veto" : "deduction"),
                    g_strdup (error->message));
        }
    }
  else if (V ("item") == NULL &&
           (zf_import_eval_number_or (V ("deduction"), 0) != 0 ||
            g_strcmp0 (V ("veto"), "1") == 0 || V ("reason")))
    refuse (out, zf_import_eval_column_of (self, raw,
                                           self->mapping[zf_import_eval_field (self, "item")] >= 0
                                           ? "item" : "deduction"),
            g_strdup (_("A deduction, a veto or a reason needs the scoring item it is for.")));
  return item;
}

/* The row joins the evaluation of its key: one line per item, and one
 * text of comments. */
static void
join_group (EvalPlan        *p,
            const ZfRow     *raw,
            char           **values,
            guint            index,
            StandardEntry   *standard,
            ZfStandardItem  *item)
{
  ZfImport *self = p->self;
  ZfImportRow *out = &g_array_index (self->rows, ZfImportRow, index);
  g_autofree char *key = group_key (self, values);
  Group *group;

  if (key == NULL)
    return;
  group = g_hash_table_lookup (p->groups, key);
  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->rows = g_array_new (FALSE, FALSE, sizeof (guint));
      group->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (p->groups, g_steal_pointer (&key), group);
      g_ptr_array_add (p->order, group);
    }
  g_array_append_val (group->rows, index);
  if (standard && standard->standard)
    group->standard = standard;

  if (item != NULL)
    {
      gpointer first;

      if (g_hash_table_lookup_extended (group->items, &item->id, NULL, &first))
        refuse (out, zf_import_eval_column_of (self, raw, "item"),
                g_strdup_printf (_("The same item as row %u of this evaluation: an item has "
                                   "one line."), GPOINTER_TO_UINT (first)));
      else
        g_hash_table_insert (group->items, g_memdup2 (&item->id, sizeof item->id),
                             GUINT_TO_POINTER (out->excel_row));
    }
  if (V ("comments"))
    {
      const ZfImportRow *first = NULL;

      if (group->comments_row > 0)
        for (guint i = 0; i < group->rows->len && first == NULL; i++)
          {
            const ZfImportRow *r = &g_array_index (self->rows, ZfImportRow,
                                                   g_array_index (group->rows, guint, i));
            if (r->excel_row == group->comments_row)
              first = r;
          }
      if (first == NULL)
        group->comments_row = out->excel_row;
      else if (g_strcmp0 (first->values[zf_import_eval_field (self, "comments")],
                          V ("comments")) != 0)
        refuse (out, zf_import_eval_column_of (self, raw, "comments"),
                g_strdup_printf (_("The comments differ from those of row %u of this evaluation: "
                                   "an evaluation has one text of comments."),
                                 group->comments_row));
    }
}

/* One row: its cells read, its case file, standard and item resolved,
 * and the evaluation it belongs to. */
static void
plan_row (EvalPlan    *p,
          const ZfRow *raw,
          guint        index)
{
  ZfImport *self = p->self;
  ZfImportRow *out = &g_array_index (self->rows, ZfImportRow, index);
  g_autoptr(GString) notes = g_string_new (NULL);
  StandardEntry *standard = NULL;
  ZfStandardItem *item;
  char **values;

  out->excel_row = raw->number;
  out->sheet = raw->sheet;
  out->hidden = raw->hidden;
  out->status = ZF_IMPORT_ROW_NEW;
  values = read_cells (self, raw, out, notes);
  out->values = values;
  out->name = g_strdup (V ("number"));
  if (notes->len > 0)
    out->notes = g_strdup (notes->str);

  resolve_case (self, raw, values, out);
  item = resolve_line (p, raw, values, out, &standard);
  join_group (p, raw, values, index, standard, item);
}

ZfImportRow *
zf_import_eval_group_row (EvalPlan *p,
                          Group    *group,
                          guint     i)
{
  return &g_array_index (p->self->rows, ZfImportRow, g_array_index (group->rows, guint, i));
}

void
zf_import_eval_refuse_group (EvalPlan   *p,
                             Group      *group,
                             const char *message)
{
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = zf_import_eval_group_row (p, group, i);

      if (row->status == ZF_IMPORT_ROW_ERROR)
        continue;
      row->status = ZF_IMPORT_ROW_ERROR;
      row->message = g_strdup (message);
    }
}

/* One refused row refuses its evaluation, every row of it: TRUE when
 * one is. */
static gboolean
refused_with_a_row (EvalPlan *p,
                    Group    *group)
{
  for (guint i = 0; i < group->rows->len; i++)
    if (zf_import_eval_group_row (p, group, i)->status == ZF_IMPORT_ROW_ERROR)
      {
        g_autofree char *message =
          g_strdup_printf (_("Row %u of the same evaluation is refused: an evaluation is "
                             "imported with all its rows or not at all."),
                           zf_import_eval_group_row (p, group, i)->excel_row);
        zf_import_eval_refuse_group (p, group, message);
        return TRUE;
      }
  return FALSE;
}

static void
settle_group (EvalPlan *p,
              Group    *group)
{
  ZfImport *self = p->self;
  ZfImportRow *head = zf_import_eval_group_row (p, group, 0);
  char **values = head->values;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint head_index = g_array_index (group->rows, guint, 0);

  if (refused_with_a_row (p, group))
    goto refused;

  /* The record's rows, chained from its first. */
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = zf_import_eval_group_row (p, group, i);

      row->part_of = i > 0 ? head_index + 1 : 0;
      row->next_part = i + 1 < group->rows->len ? g_array_index (group->rows, guint, i + 1) + 1 : 0;
    }

  if (group->standard->is_default)
    return;
  ids = zf_store_import_find_evaluations (self->store, g_ascii_strtoll (V ("case_id"), NULL, 10),
                                          group->standard->standard->id, V ("mode"), V ("date"),
                                          V ("evaluator"), &error);
  if (ids == NULL)
    zf_import_eval_refuse_group (p, group, error->message);
  else if (ids->len > 1)
    {
      g_autofree char *message =
        g_strdup_printf (_("%u stored evaluations of this case file have this standard, mode, "
                           "date and evaluator; the import cannot tell which one to update."),
                         ids->len);
      zf_import_eval_refuse_group (p, group, message);
    }
  else if (ids->len == 1)
    zf_import_eval_compare_stored (p, group, g_array_index (ids, gint64, 0));

  if (refused_with_a_row (p, group))
    goto refused;
  return;

refused:
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = zf_import_eval_group_row (p, group, i);

      row->part_of = row->next_part = 0;
      row->existing_id = 0;
      g_clear_pointer (&row->changes, g_free);
      zf_import_values_free (row->values, self->reg->n_fields);
      row->values = NULL;
    }
}

gboolean
zf_import_plan_evaluations (ZfImport          *self,
                            GCancellable      *cancellable,
                            ZfImportProgress   progress,
                            gpointer           user_data,
                            GError           **error)
{
  EvalPlan p = { self, NULL, NULL, NULL };
  guint n_planned = 0;
  gboolean ok = TRUE;

  zf_import_clear_plan (self);
  if (!zf_store_begin_read (self->store, error))
    return FALSE;
  p.standards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, standard_entry_free);
  p.groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, group_free);
  p.order = g_ptr_array_new ();

  g_array_set_size (self->rows, self->data->len);
  for (guint i = 0; i < self->data->len && ok; i++)
    {
      const ZfRow *raw = g_ptr_array_index (self->data, i);

      if (i % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            ok = FALSE;
          else if (progress)
            progress (i, self->data->len, user_data);
        }
      if (ok && zf_import_row_has_data (self, raw))
        {
          g_array_index (self->rows, ZfImportRow, n_planned).data_index = i;
          plan_row (&p, raw, n_planned++);
        }
    }
  g_array_set_size (self->rows, n_planned);
  for (guint i = 0; ok && i < p.order->len; i++)
    settle_group (&p, p.order->pdata[i]);
  /* Rows refused before their evaluation was known keep no values. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);

      if (row->status == ZF_IMPORT_ROW_ERROR && row->values != NULL)
        {
          zf_import_values_free (row->values, self->reg->n_fields);
          row->values = NULL;
        }
    }
  zf_store_rollback (self->store);

  g_ptr_array_unref (p.order);
  g_hash_table_unref (p.groups);
  g_hash_table_unref (p.standards);
  if (!ok)
    {
      zf_import_clear_plan (self);
      return FALSE;
    }
  if (progress)
    progress (self->data->len, self->data->len, user_data);
  self->planned = TRUE;
  return TRUE;
}

