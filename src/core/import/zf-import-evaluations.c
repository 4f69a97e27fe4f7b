#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-error.h"
#include "zf-evaluation.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-private.h"
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

/* A standard as the rows name it (name and version). */
typedef struct
{
  ZfStandard *standard;   /* NULL when refused */
  char       *refusal;
  /* No standard of its category is stored yet: the default one, created
   * by the first evaluation written under it. Its items have ids below 0. */
  gboolean    is_default;
} StandardEntry;

/* One evaluation: its rows in file order. */
typedef struct
{
  GArray        *rows;         /* guint indexes into self->rows */
  GHashTable    *items;        /* item id → excel row, of its lines */
  StandardEntry *standard;     /* NULL when a row of it could not name one */
  guint          comments_row; /* the excel row that gave the comments, or 0 */
} Group;

typedef struct
{
  ZfImport   *self;
  GHashTable *standards;  /* "name\x1fversion" → StandardEntry */
  GHashTable *groups;     /* key → Group */
  GPtrArray  *order;      /* Group, in order of their first row */
} EvalPlan;

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

static int
field (ZfImport   *self,
       const char *column)
{
  int i = zf_import_register_field_index (self->reg, column);

  g_assert (i >= 0);
  return i;
}

static const char *
value (ZfImport    *self,
       char *const *values,
       const char  *column)
{
  int i = field (self, column);

  return values[i] && *values[i] ? values[i] : NULL;
}

#define V(name) value (self, values, name)

static void
set_value (ZfImport    *self,
           char       **values,
           const char  *column,
           const char  *text)
{
  zf_set_str (&values[field (self, column)], text);
}

/* The letter of @column's cell as the sheet of @raw shows it, or NULL. */
static char *
column_of (ZfImport    *self,
           const ZfRow *raw,
           const char  *column)
{
  return zf_import_column_letter (self, raw, self->mapping[field (self, column)]);
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

/* The default standard named @name when none of its category is stored:
 * evaluations exported from a register that used it come back into a
 * new one, which creates it when it is first used. */
static ZfStandard *
default_standard_named (ZfStore    *store,
                        const char *name)
{
  static const char *const categories[] = { "penalty", "coercion", "licensing", "inspection" };

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      g_autoptr(ZfStandard) s = zf_standard_new_default (categories[c], 90, 60);

      if (g_strcmp0 (s->name, name) != 0 || zf_store_import_has_standard (store, categories[c]))
        continue;
      for (guint i = 0; i < s->items->len; i++)
        ((ZfStandardItem *) s->items->pdata[i])->id = -(gint64) (i + 1);
      return g_steal_pointer (&s);
    }
  return NULL;
}

static StandardEntry *
resolve_standard (EvalPlan   *p,
                  const char *name,
                  const char *version_text)
{
  ZfImport *self = p->self;
  int version = version_text ? (int) g_ascii_strtoll (version_text, NULL, 10) : 0;
  g_autofree char *key = g_strdup_printf ("%s\x1f%d", name, version);
  StandardEntry *entry = g_hash_table_lookup (p->standards, key);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (entry != NULL)
    return entry;
  entry = g_new0 (StandardEntry, 1);
  g_hash_table_insert (p->standards, g_steal_pointer (&key), entry);

  ids = zf_store_import_standards_named (self->store, name, version, &error);
  if (ids == NULL)
    entry->refusal = g_strdup (error->message);
  else if (ids->len > 1)
    entry->refusal = version > 0
      ? g_strdup_printf (_("More than one stored standard is named “%s” with version %d; "
                           "rename one of them in the standards editor."), name, version)
      : g_strdup_printf (_("There are %u versions of the standard “%s”: give the version in "
                           "the column “%s”."), ids->len, name,
                         zf_import_field_label (&self->reg->fields[field (self, "standard_version")]));
  else if (ids->len == 1)
    {
      entry->standard = zf_store_get_standard (self->store, g_array_index (ids, gint64, 0), &error);
      if (entry->standard == NULL)
        entry->refusal = g_strdup (error->message);
    }
  else if (version <= 1 && (entry->standard = default_standard_named (self->store, name)) != NULL)
    entry->is_default = TRUE;
  else if (version > 0)
    entry->refusal = g_strdup_printf (_("There is no scoring standard “%s” version %d; set it "
                                        "up in the standards editor first."), name, version);
  else
    entry->refusal = g_strdup_printf (_("There is no scoring standard “%s”; set it up in the "
                                        "standards editor first."), name);
  return entry;
}

/* The item of @standard named @name, or NULL with @refusal set. */
static ZfStandardItem *
find_item (ZfStandard  *standard,
           const char  *name,
           char       **refusal)
{
  ZfStandardItem *found = NULL;

  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *item = standard->items->pdata[i];
      g_autofree char *have = zf_import_text (item->name);

      if (strcmp (have, name) != 0)
        continue;
      if (found != NULL)
        {
          *refusal = g_strdup_printf (_("The standard “%s” version %d has more than one item "
                                        "named “%s”; rename one in the standards editor."),
                                      standard->name, standard->version, name);
          return NULL;
        }
      found = item;
    }
  if (found == NULL)
    *refusal = g_strdup_printf (_("The standard “%s” version %d has no item “%s”."),
                                standard->name, standard->version, name);
  return found;
}

static double
number_or (const char *text,
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

static void
plan_row (EvalPlan    *p,
          const ZfRow *raw,
          guint        index)
{
  ZfImport *self = p->self;
  ZfImportRow *out = &g_array_index (self->rows, ZfImportRow, index);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *category = NULL;
  char *refusal = NULL;
  StandardEntry *standard = NULL;
  ZfStandardItem *item = NULL;
  Group *group;
  char **values;
  gint64 case_id = 0;

  out->excel_row = raw->number;
  out->sheet = raw->sheet;
  out->hidden = raw->hidden;
  out->status = ZF_IMPORT_ROW_NEW;
  values = read_cells (self, raw, out, notes);
  out->values = values;
  out->name = g_strdup (V ("number"));
  if (notes->len > 0)
    out->notes = g_strdup (notes->str);

  if (V ("body_name") && zf_store_import_body_id (self->store, V ("body_name")) <= 0)
    refuse (out, column_of (self, raw, "body_name"),
            g_strdup_printf (_("There is no body named “%s”; import the bodies first."),
                             V ("body_name")));
  else if (V ("body_name") && V ("number") &&
           (case_id = zf_store_import_case_of_body (self->store, V ("body_name"), V ("number"),
                                                    &category)) <= 0)
    refuse (out, column_of (self, raw, "number"),
            g_strdup_printf (_("“%s” has no case file numbered “%s”; import the case files "
                               "first."), V ("body_name"), V ("number")));
  else if (V ("number"))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, case_id);
      set_value (self, values, "case_id", id);
    }

  if (V ("standard"))
    {
      standard = resolve_standard (p, V ("standard"), V ("standard_version"));
      if (standard->refusal != NULL)
        refuse (out, column_of (self, raw, "standard"), g_strdup (standard->refusal));
      else
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 standard->is_default ? 0 : standard->standard->id);
          set_value (self, values, "standard_id", id);
          set_value (self, values, "standard_category", standard->standard->category);
        }
    }

  if (V ("item") && standard && standard->standard)
    {
      item = find_item (standard->standard, V ("item"), &refusal);
      if (item == NULL)
        refuse (out, column_of (self, raw, "item"), g_steal_pointer (&refusal));
      else
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, item->id);
          ZfEvaluationLine line = { item->id, number_or (V ("deduction"), 0),
                                    g_strcmp0 (V ("veto"), "1") == 0, (char *) V ("reason") };
          g_autoptr(GPtrArray) findings = zf_findings_new ();
          g_autoptr(GError) error = NULL;

          set_value (self, values, "item_id", id);
          /* As the standard writes it, for the default one created later. */
          set_value (self, values, "item", item->name);
          zf_rule_evaluation_line (standard->standard, &line, findings);
          if (!zf_findings_to_error (findings, &error))
            refuse (out, column_of (self, raw, line.veto ? "veto" : "deduction"), g_strdup (error->message));
        }
    }
  else if (V ("item") == NULL &&
           (number_or (V ("deduction"), 0) != 0 || g_strcmp0 (V ("veto"), "1") == 0 || V ("reason")))
    refuse (out, column_of (self, raw, self->mapping[field (self, "item")] >= 0 ? "item" : "deduction"),
            g_strdup (_("A deduction, a veto or a reason needs the scoring item it is for.")));

  key = group_key (self, values);
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
        refuse (out, column_of (self, raw, "item"),
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
      else if (g_strcmp0 (first->values[field (self, "comments")], V ("comments")) != 0)
        refuse (out, column_of (self, raw, "comments"),
                g_strdup_printf (_("The comments differ from those of row %u of this evaluation: "
                                   "an evaluation has one text of comments."),
                                 group->comments_row));
    }
}

static ZfImportRow *
group_row (EvalPlan *p,
           Group    *group,
           guint     i)
{
  return &g_array_index (p->self->rows, ZfImportRow, g_array_index (group->rows, guint, i));
}

static void
refuse_group (EvalPlan   *p,
              Group      *group,
              const char *message)
{
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = group_row (p, group, i);

      if (row->status == ZF_IMPORT_ROW_ERROR)
        continue;
      row->status = ZF_IMPORT_ROW_ERROR;
      row->message = g_strdup (message);
    }
}

static const char *
flag_text (gboolean on)
{
  return on ? C_("import change", "yes") : C_("import change", "no");
}

/* A line of the file over the stored line of its item: what the file
 * leaves blank stays as stored. The merged values replace the row's, and
 * each difference is added to @changes. */
static void
merge_line (ZfImport         *self,
            char            **values,
            ZfStandardItem   *item,
            ZfEvaluationLine *stored,
            GString          *changes)
{
  double was_deduction = stored ? stored->deduction : 0;
  gboolean was_veto = stored ? stored->veto : FALSE;
  const char *was_reason = stored && stored->reason && *stored->reason ? stored->reason : NULL;
  double deduction = number_or (V ("deduction"), was_deduction);
  gboolean veto = V ("veto") ? g_strcmp0 (V ("veto"), "1") == 0 : was_veto;
  g_autofree char *reason = g_strdup (V ("reason") ? V ("reason") : was_reason);
  g_autofree char *deduction_text = g_strdup_printf ("%g", deduction);

  if (fabs (deduction - was_deduction) > 1e-9)
    g_string_append_printf (changes, "%s%s, %s: %g → %g", changes->len ? "; " : "", item->name,
                            zf_import_field_label (&self->reg->fields[field (self, "deduction")]),
                            was_deduction, deduction);
  if (veto != was_veto)
    g_string_append_printf (changes, "%s%s, %s: %s → %s", changes->len ? "; " : "", item->name,
                            zf_import_field_label (&self->reg->fields[field (self, "veto")]),
                            flag_text (was_veto), flag_text (veto));
  if (g_strcmp0 (reason, was_reason) != 0)
    g_string_append_printf (changes, "%s%s, %s: %s → %s", changes->len ? "; " : "", item->name,
                            zf_import_field_label (&self->reg->fields[field (self, "reason")]),
                            was_reason ? was_reason : C_("import change", "(empty)"), reason);
  set_value (self, values, "deduction", deduction_text);
  set_value (self, values, "veto", veto ? "1" : "0");
  set_value (self, values, "reason", reason);
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
static void
compare_stored (EvalPlan *p,
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
      refuse_group (p, group, error->message);
      return;
    }
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = group_row (p, group, i);
      char **values = row->values;
      g_autoptr(GString) changes = g_string_new (NULL);

      if (V ("comments") && i == 0 && g_strcmp0 (V ("comments"), e->comments) != 0)
        g_string_append_printf (changes, "%s: %s → %s",
                                zf_import_field_label (&self->reg->fields[field (self, "comments")]),
                                e->comments && *e->comments ? e->comments
                                                            : C_("import change", "(empty)"),
                                V ("comments"));
      if (V ("item_id"))
        {
          gint64 item_id = g_ascii_strtoll (V ("item_id"), NULL, 10);
          ZfStandardItem *item = zf_standard_find_item (standard, item_id);
          ZfEvaluationLine merged;

          merge_line (self, values, item, stored_line (e, item_id), changes);
          merged = (ZfEvaluationLine) { item_id, number_or (V ("deduction"), 0),
                                        g_strcmp0 (V ("veto"), "1") == 0, (char *) V ("reason") };
          zf_rule_evaluation_line (standard, &merged, findings);
          if (!zf_findings_to_error (findings, &error))
            {
              row->status = ZF_IMPORT_ROW_ERROR;
              row->column = column_of (self, g_ptr_array_index (self->data, row->data_index),
                                       merged.veto ? "veto" : "deduction");
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
    group_row (p, group, i)->status = changed ? ZF_IMPORT_ROW_UPDATE : ZF_IMPORT_ROW_UNCHANGED;
}

static void
settle_group (EvalPlan *p,
              Group    *group)
{
  ZfImport *self = p->self;
  ZfImportRow *head = group_row (p, group, 0);
  char **values = head->values;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint head_index = g_array_index (group->rows, guint, 0);

  for (guint i = 0; i < group->rows->len; i++)
    if (group_row (p, group, i)->status == ZF_IMPORT_ROW_ERROR)
      {
        g_autofree char *message =
          g_strdup_printf (_("Row %u of the same evaluation is refused: an evaluation is "
                             "imported with all its rows or not at all."),
                           group_row (p, group, i)->excel_row);
        refuse_group (p, group, message);
        goto refused;
      }

  /* The record's rows, chained from its first. */
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = group_row (p, group, i);

      row->part_of = i > 0 ? head_index + 1 : 0;
      row->next_part = i + 1 < group->rows->len ? g_array_index (group->rows, guint, i + 1) + 1 : 0;
    }

  if (group->standard->is_default)
    return;
  ids = zf_store_import_find_evaluations (self->store, g_ascii_strtoll (V ("case_id"), NULL, 10),
                                          group->standard->standard->id, V ("mode"), V ("date"),
                                          V ("evaluator"), &error);
  if (ids == NULL)
    refuse_group (p, group, error->message);
  else if (ids->len > 1)
    {
      g_autofree char *message =
        g_strdup_printf (_("%u stored evaluations of this case file have this standard, mode, "
                           "date and evaluator; the import cannot tell which one to update."),
                         ids->len);
      refuse_group (p, group, message);
    }
  else if (ids->len == 1)
    compare_stored (p, group, g_array_index (ids, gint64, 0));

  for (guint i = 0; i < group->rows->len; i++)
    if (group_row (p, group, i)->status == ZF_IMPORT_ROW_ERROR)
      {
        g_autofree char *message =
          g_strdup_printf (_("Row %u of the same evaluation is refused: an evaluation is "
                             "imported with all its rows or not at all."),
                           group_row (p, group, i)->excel_row);
        refuse_group (p, group, message);
        goto refused;
      }
  return;

refused:
  for (guint i = 0; i < group->rows->len; i++)
    {
      ZfImportRow *row = group_row (p, group, i);

      row->part_of = row->next_part = 0;
      row->existing_id = 0;
      g_clear_pointer (&row->changes, g_free);
      zf_import_values_free (row->values, self->reg->n_fields);
      row->values = NULL;
    }
}

static gboolean
has_data (ZfImport    *self,
          const ZfRow *raw)
{
  for (guint i = 0; i < self->reg->n_fields; i++)
    if (self->mapping[i] >= 0 && !zf_row_cell_is_blank (raw, (guint) self->mapping[i]))
      return TRUE;
  return FALSE;
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
      if (ok && has_data (self, raw))
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

/* The default standard a row named, created now if it is still missing:
 * the first evaluation under it creates it, as the evaluation form does. */
static ZfStandard *
standard_for_write (ZfImport    *self,
                    char *const *values,
                    GError     **error)
{
  gint64 id = g_ascii_strtoll (V ("standard_id"), NULL, 10);
  ZfStandard *standard;

  if (id > 0)
    return zf_store_get_standard (self->store, id, error);
  standard = zf_store_get_current_standard (self->store, V ("standard_category"), error);
  if (standard != NULL && g_strcmp0 (standard->name, V ("standard")) != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_FAILED,
                   _("The standard “%s” changed during the import; import again."), V ("standard"));
      g_clear_pointer (&standard, zf_standard_free);
    }
  return standard;
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

  if ((standard = standard_for_write (self, values, error)) == NULL)
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
      const char *item_text = line[field (self, "item_id")];
      gint64 item_id = item_text ? g_ascii_strtoll (item_text, NULL, 10) : 0;

      next = row->next_part;
      if (item_text == NULL)
        continue;
      /* An item of a default standard created just now, by its name. */
      if (item_id < 0)
        {
          ZfStandardItem *item = zf_standard_find_item_by_name (standard,
                                                                line[field (self, "item")]);
          item_id = item ? item->id : 0;
        }
      zf_evaluation_set_line (e, item_id, number_or (line[field (self, "deduction")], 0),
                              g_strcmp0 (line[field (self, "veto")], "1") == 0,
                              line[field (self, "reason")]);
    }
  return zf_store_save_evaluation (self->store, e, error);
}
