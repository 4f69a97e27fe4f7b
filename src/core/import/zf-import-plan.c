#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-plan-private.h"
#include "zf-store-import.h"
#include "zf-util.h"

/* Planning: every row normalized, checked and matched against the
 * register, nothing written. */

const char *
zf_import_plan_value (ZfImport    *self,
                      char *const *values,
                      const char  *column)
{
  int i = zf_import_register_field_index (self->reg, column);

  return i >= 0 && values[i] && *values[i] ? values[i] : NULL;
}

void
zf_import_plan_set_value (ZfImport    *self,
                          char       **values,
                          const char  *column,
                          const char  *text)
{
  int i = zf_import_register_field_index (self->reg, column);

  g_assert (i >= 0);
  zf_set_str (&values[i], text);
}

/* The field @column when a column is mapped to it, else @fallback (the ID
 * number a stored sex disagrees with) when mapped, else -1. */
int
zf_import_plan_field_of (ZfImport   *self,
                         const char *column,
                         const char *fallback)
{
  int i = zf_import_register_field_index (self->reg, column);

  if (i >= 0 && self->mapping[i] >= 0)
    return i;
  return fallback ? zf_import_plan_field_of (self, fallback, NULL) : -1;
}

static gboolean
same_value (const ZfImportField *f,
            const char          *a,
            const char          *b)
{
  /* Flags and counts are stored as 0 when a file leaves them empty. */
  gboolean zero_default = f->kind == ZF_IMPORT_BOOL || f->kind == ZF_IMPORT_INT;

  if (a == NULL || *a == '\0')
    return b == NULL || *b == '\0' || (zero_default && strcmp (b, "0") == 0);
  if (b == NULL || *b == '\0')
    return zero_default && strcmp (a, "0") == 0;
  if (f->kind == ZF_IMPORT_DOUBLE || f->kind == ZF_IMPORT_INT || f->kind == ZF_IMPORT_BOOL)
    return fabs (g_ascii_strtod (a, NULL) - g_ascii_strtod (b, NULL)) < 1e-9;
  return strcmp (a, b) == 0;
}

/* A value as the register shows it, for the list of changes. */
static char *
display_value (const ZfImportField *f,
               const char          *v)
{
  if (v == NULL || *v == '\0')
    return g_strdup (C_("import change", "(empty)"));
  if (f->kind == ZF_IMPORT_CODE && f->codes != NULL)
    return g_strdup (zf_code_label (f->codes, v));
  if (f->kind == ZF_IMPORT_SEX)
    return g_strdup (strcmp (v, "male") == 0 ? C_("sex", "male")
                     : strcmp (v, "female") == 0 ? C_("sex", "female") : v);
  if (f->kind == ZF_IMPORT_BOOL)
    return g_strdup (strcmp (v, "0") == 0 ? C_("import change", "no") : C_("import change", "yes"));
  return g_strdup (v);
}

/* What the row is: its key, refused when a row above has it, and the
 * stored record it updates (its values in @current), refused when a row
 * above updates that record too. FALSE with @out refused. */
static gboolean
match_row (ZfImport       *self,
           ZfPlanState    *state,
           const ZfRow    *raw,
           char *const    *values,
           const gboolean *present,
           char          **key,
           char         ***current,
           ZfImportRow    *out)
{
  const ZfImportRegister *reg = self->reg;
  g_autoptr(GError) error = NULL;
  gpointer first_row;
  int field;

  *key = zf_import_plan_row_key (self, values);
  if (*key == NULL && zf_import_plan_blank_required (self, raw, present, NULL, out))
    return FALSE;
  if (*key == NULL)
    {
      /* Officers only: the other registers require what tells them apart. */
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup (_("The row has neither an ID number nor a certificate number, "
                                 "which tell officers apart. Fill one in, or map its column."));
      return FALSE;
    }
  out->message = zf_import_plan_in_file_duplicate (self, state, values, *key, &field);
  if (out->message != NULL)
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      if (field >= 0 && self->mapping[field] >= 0)
        out->column = zf_import_column_letter (self, raw, self->mapping[field]);
      return FALSE;
    }

  if (!zf_store_import_find (self->store, reg, values, &out->existing_id, current, &error))
    {
      int at = error->domain == ZF_ERROR && error->code == ZF_ERROR_DUPLICATE
               ? zf_import_register_field_index (reg, reg->id == ZF_IMPORT_OFFICERS
                                                      ? "certificate_number" : "credit_code")
               : -1;

      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup (error->message);
      if (at >= 0 && self->mapping[at] >= 0)
        out->column = zf_import_column_letter (self, raw, self->mapping[at]);
      return FALSE;
    }
  /* Two rows that change one stored record: the second would overwrite
   * the first without a word. (A benchmark's row is a tier, or the
   * benchmark itself when it has none: its key in the file is its
   * record, and the ids are of two tables.) */
  if (out->existing_id > 0 && reg->id != ZF_IMPORT_BENCHMARKS &&
      g_hash_table_lookup_extended (state->records, &out->existing_id, NULL, &first_row))
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup_printf (_("This row and row %u of this file match the same "
                                        "stored record; keep one of the two rows."),
                                      GPOINTER_TO_UINT (first_row));
      return FALSE;
    }
  return TRUE;
}

/* What the file does not say stays as it is; the rules then judge the
 * record as it would be stored, not the file's columns alone (a public
 * register has no entrustment letter columns, the stored body has). */
static void
keep_stored_values (ZfImport        *self,
                    char           **values,
                    const gboolean  *present,
                    char *const     *current)
{
  const ZfImportRegister *reg = self->reg;

  for (guint i = 0; current && i < reg->n_fields; i++)
    if (!present[i])
      zf_set_str (&values[i], current[i]);
    else if (reg->fields[i].kind == ZF_IMPORT_BIRTH_DATE && current[i] &&
             zf_import_birth_date_agrees (values[i], current[i]))
      /* 出生年月 1985.06 of a person stored as born 1985-06-15: the same,
       * and the day is kept. */
      zf_set_str (&values[i], current[i]);
  /* A new card number is a new card: the old card's dates and authority
   * are not its own. */
  if (current && reg->id == ZF_IMPORT_OFFICERS && V ("certificate_number") &&
      current[zf_import_register_field_index (reg, "certificate_number")] &&
      strcmp (V ("certificate_number"),
              current[zf_import_register_field_index (reg, "certificate_number")]) != 0)
    {
      static const char *const card_fields[] = { "issuing_authority", "issue_date", "valid_until" };

      for (guint c = 0; c < G_N_ELEMENTS (card_fields); c++)
        if (!present[zf_import_register_field_index (reg, card_fields[c])])
          zf_import_plan_set_value (self, values, card_fields[c], NULL);
      /* Its status is its own too, checked as a new card's. */
      zf_import_plan_set_value (self, values, "certificate_id", NULL);
    }
}

/* How the row changes its stored record (@current): ZF_IMPORT_ROW_UPDATE
 * with the changes listed in @changes, ZF_IMPORT_ROW_UNCHANGED, or
 * ZF_IMPORT_ROW_ERROR with @out refused where the file may not change a
 * value. */
static ZfImportStatus
compare_with_stored (ZfImport        *self,
                     const ZfRow     *raw,
                     char           **values,
                     const gboolean  *present,
                     char *const     *current,
                     GString         *changes,
                     ZfImportRow     *out)
{
  const ZfImportRegister *reg = self->reg;
  gboolean changed = FALSE;

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];

      if (!present[i])
        continue;
      /* The date and number of a stored card's last event are the
       * register's: a file cannot change them. */
      if (reg->id == ZF_IMPORT_OFFICERS && V ("certificate_id") != NULL &&
          (strcmp (f->column, "status_date") == 0 || strcmp (f->column, "status_document") == 0 ||
           (strcmp (f->column, "certificate_status") == 0 && (values[i] == NULL || *values[i] == '\0'))))
        continue;
      if (!same_value (f, values[i], current[i]))
        {
          changed = TRUE;
          /* A stored card's status changes by a recorded event, as in the
           * register; a file cannot say it changed without one. */
          if (reg->id == ZF_IMPORT_OFFICERS && strcmp (f->column, "certificate_status") == 0 &&
              V ("certificate_id") != NULL)
            {
              out->column = zf_import_column_letter (self, raw, self->mapping[i]);
              out->message = g_strdup_printf (_("%s: the card's status changes only by an event "
                                                "recorded in the register (suspension, return, "
                                                "revocation…); record it there, not by import."),
                                              zf_import_field_label (f));
              return ZF_IMPORT_ROW_ERROR;
            }
          if (reg->id == ZF_IMPORT_BODIES && strcmp (f->column, "status") == 0)
            {
              out->column = zf_import_column_letter (self, raw, self->mapping[i]);
              out->message = g_strdup (_("Status: a body's status changes only by a recorded "
                                         "decision with its document number; change it in "
                                         "the register, not by import."));
              return ZF_IMPORT_ROW_ERROR;
            }
          /* A new card number is a new certificate, not an edit of the old one. */
          if (reg->id == ZF_IMPORT_OFFICERS && strcmp (f->column, "certificate_number") == 0)
            zf_import_plan_set_value (self, values, "certificate_id", NULL);
          if (f->kind != ZF_IMPORT_HIDDEN)
            {
              g_autofree char *was = display_value (f, current[i]);
              g_autofree char *now = display_value (f, values[i]);

              g_string_append_printf (changes, "%s%s: %s → %s", changes->len ? "; " : "",
                                      zf_import_field_label (f), was, now);
            }
        }
    }
  return changed ? ZF_IMPORT_ROW_UPDATE : ZF_IMPORT_ROW_UNCHANGED;
}

/* One row, in steps: its cells read, what it is (matched in the file and
 * the register), the stored values it keeps, the register's checks, and
 * what it changes. Long: the steps in their order, each a short block,
 * share the row's values, key, notes and changes. */
static void
plan_row (ZfImport    *self,
          ZfPlanState *state,
          const ZfRow *raw,
          ZfImportRow *out)
{
  const ZfImportRegister *reg = self->reg;
  char **values = g_new0 (char *, reg->n_fields);
  g_autofree gboolean *present = g_new0 (gboolean, reg->n_fields);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GString) changes = g_string_new (NULL);
  g_autofree char *key = NULL;
  char **current = NULL;
  int field;

  out->excel_row = raw->number;
  out->sheet = raw->sheet;
  out->hidden = raw->hidden;

  if (!zf_import_plan_read_cells (self, raw, values, present, notes, out))
    goto done;
  {
    static const char *const names[] = { "name", "number", "title", "item", "violation" };

    for (guint i = 0; i < G_N_ELEMENTS (names) && out->name == NULL; i++)
      if (zf_import_register_field_index (reg, names[i]) >= 0)
        out->name = g_strdup (V (names[i]));
  }
  zf_import_plan_resolve_body_brackets (self, state, values, notes);
  state->notes = notes;
  state->present = present;
  /* A law's cells the file gave on an earlier row of it, before the row
   * is matched: they may tell which of two laws of one title it is. */
  if (reg->id == ZF_IMPORT_LAWS &&
      !zf_import_plan_law_in_file (self, state, raw, values, present, out))
    goto done;
  /* A benchmark's cells the file gave on the row of an earlier tier. */
  if (reg->id == ZF_IMPORT_BENCHMARKS &&
      !zf_import_plan_benchmark_in_file (self, state, raw, values, present, out))
    goto done;
  if (!match_row (self, state, raw, values, present, &key, &current, out) ||
      zf_import_plan_blank_required (self, raw, present, current, out))
    goto done;
  keep_stored_values (self, values, present, current);

  field = -1;
  out->message = zf_import_plan_check_row (self, state, values, &field);
  if (out->message != NULL)
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      if (field >= 0 && self->mapping[field] >= 0)
        out->column = zf_import_column_letter (self, raw, self->mapping[field]);
      goto done;
    }
  zf_import_plan_claim_keys (self, state, values, g_steal_pointer (&key), raw->number);
  if (out->existing_id > 0)
    {
      gint64 *id = g_new (gint64, 1);

      *id = out->existing_id;
      g_hash_table_insert (state->records, id, GUINT_TO_POINTER (raw->number));
    }
  /* Fields the rules derived (sex and birth date from the ID number,
   * the case year) count as given. */
  for (guint i = 0; i < reg->n_fields; i++)
    if (!present[i] && values[i] && *values[i] && reg->fields[i].kind != ZF_IMPORT_HIDDEN &&
        (current == NULL || g_strcmp0 (values[i], current[i]) != 0))
      present[i] = TRUE;

  if (out->existing_id == 0)
    {
      /* A new row of a stored record (a body's catalog taking in a law
       * the register has): what it changes in that record is shown. */
      if (current != NULL &&
          compare_with_stored (self, raw, values, present, current, changes, out) == ZF_IMPORT_ROW_ERROR)
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          goto done;
        }
      out->status = ZF_IMPORT_ROW_NEW;
      out->values = g_steal_pointer (&values);
      if (changes->len > 0)
        out->changes = g_strdup (changes->str);
      goto done;
    }
  out->status = compare_with_stored (self, raw, values, present, current, changes, out);
  if (out->status == ZF_IMPORT_ROW_UPDATE)
    {
      out->values = g_steal_pointer (&values);
      out->changes = g_strdup (changes->str);
    }

done:
  if (notes->len > 0)
    out->notes = g_strdup (notes->str);
  zf_import_values_free (values, reg->n_fields);
  zf_import_values_free (current, reg->n_fields);
}

/* Whether @raw fills any mapped column. A template's rows often carry
 * their serial number (序号) down the sheet with nothing else: those are
 * not records, and are skipped like blank rows. */
gboolean
zf_import_row_has_data (ZfImport    *self,
                        const ZfRow *raw)
{
  for (guint i = 0; i < self->reg->n_fields; i++)
    if (self->mapping[i] >= 0 && !zf_row_cell_is_blank (raw, (guint) self->mapping[i]))
      return TRUE;
  return FALSE;
}

static void
plan_state_init (ZfPlanState *state)
{
  state->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->id_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->certificates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->body_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->records = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  state->body_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->body_known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->body_hints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->id_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->file_bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->in_file = g_array_new (FALSE, FALSE, sizeof (guint));
  state->laws = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  state->tiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
  state->file_tiers = NULL;
}

static void
plan_state_clear (ZfPlanState *state)
{
  g_hash_table_unref (state->keys);
  g_hash_table_unref (state->id_numbers);
  g_hash_table_unref (state->certificates);
  g_hash_table_unref (state->body_names);
  g_hash_table_unref (state->records);
  g_hash_table_unref (state->body_kinds);
  g_hash_table_unref (state->body_known);
  g_hash_table_unref (state->body_hints);
  g_hash_table_unref (state->id_names);
  g_hash_table_unref (state->file_bodies);
  g_array_unref (state->in_file);
  g_hash_table_unref (state->laws);
  g_hash_table_unref (state->tiers);
  g_clear_pointer (&state->file_tiers, g_hash_table_unref);
}

gboolean
zf_import_plan (ZfImport          *self,
                GCancellable      *cancellable,
                ZfImportProgress   progress,
                gpointer           user_data,
                GError           **error)
{
  ZfPlanState state;
  guint n_planned = 0;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->header != NULL, FALSE);

  for (guint i = 0; i < self->reg->n_fields; i++)
    if (self->reg->fields[i].required && self->mapping[i] < 0)
      {
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("No column is mapped to “%s”, which is required. Map it, or add "
                       "a column with that header."), zf_import_field_label (&self->reg->fields[i]));
        return FALSE;
      }

  if (self->reg->id == ZF_IMPORT_EVALUATIONS)
    return zf_import_plan_evaluations (self, cancellable, progress, user_data, error);

  zf_import_clear_plan (self);
  if (!zf_store_begin_read (self->store, error))
    return FALSE;
  zf_store_import_set_planning (self->store, self->reg, TRUE);
  plan_state_init (&state);
  zf_import_plan_collect_file_bodies (self, &state);

  g_array_set_size (self->rows, self->data->len);
  for (guint i = 0; i < self->data->len; i++)
    {
      const ZfRow *raw = g_ptr_array_index (self->data, i);

      if (i % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            break;
          if (progress)
            progress (i, self->data->len, user_data);
        }
      if (zf_import_row_has_data (self, raw))
        {
          ZfImportRow *out = &g_array_index (self->rows, ZfImportRow, n_planned++);

          out->data_index = i;
          state.index = n_planned - 1;
          plan_row (self, &state, raw, out);
        }
    }
  g_array_set_size (self->rows, n_planned);
  zf_import_plan_settle_file_parents (self, &state);
  /* The plan only read: ending its snapshot either way is the same. */
  zf_store_import_set_planning (self->store, self->reg, FALSE);
  zf_store_rollback (self->store);

  plan_state_clear (&state);
  if ((error && *error) || !zf_import_plan_parts (self, cancellable, error))
    {
      zf_import_clear_plan (self);
      return FALSE;
    }
  if (progress)
    progress (self->data->len, self->data->len, user_data);
  self->planned = TRUE;
  return TRUE;
}

guint
zf_import_get_n_rows (ZfImport *self)
{
  guint n;

  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  n = self->rows->len;
  for (guint p = 0; p < self->parts->len; p++)
    n += zf_import_get_n_rows (self->parts->pdata[p]);
  return n;
}

const ZfImportRow *
zf_import_get_row (ZfImport *self,
                   guint     index)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  /* The rows of the import's own sheet, then those of each part. */
  if (index < self->rows->len)
    return &g_array_index (self->rows, ZfImportRow, index);
  index -= self->rows->len;
  for (guint p = 0; p < self->parts->len; p++)
    {
      ZfImport *part = self->parts->pdata[p];

      if (index < zf_import_get_n_rows (part))
        return zf_import_get_row (part, index);
      index -= zf_import_get_n_rows (part);
    }
  g_return_val_if_reached (NULL);
}

guint
zf_import_count_own (ZfImport       *self,
                     ZfImportStatus  status)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    n += g_array_index (self->rows, ZfImportRow, i).status == status;
  return n;
}

guint
zf_import_count (ZfImport       *self,
                 ZfImportStatus  status)
{
  guint n;

  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  n = zf_import_count_own (self, status);
  for (guint p = 0; p < self->parts->len; p++)
    n += zf_import_count (self->parts->pdata[p], status);
  return n;
}

guint
zf_import_count_hidden (ZfImport *self)
{
  guint n = 0;

  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    n += g_array_index (self->rows, ZfImportRow, i).hidden;
  for (guint p = 0; p < self->parts->len; p++)
    n += zf_import_count_hidden (self->parts->pdata[p]);
  return n;
}
