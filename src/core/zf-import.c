#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "zf-body-rules.h"
#include "zf-csv-reader.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import.h"
#include "zf-import-normalize.h"
#include "zf-store-bodies.h"
#include "zf-store-import.h"
#include "zf-util.h"
#include "zf-validate.h"
#include "zf-xlsx-reader.h"

/* The header is looked for in the first rows only: above it sit at most a
 * few merged title and note rows. */
#define HEADER_SEARCH_ROWS 30
#define PROGRESS_STEP 500

struct _ZfImport
{
  GObject                 parent_instance;

  ZfStore                *store;
  const ZfImportRegister *reg;
  char                   *file_name;
  gboolean                date1904;
  ZfRow                  *header;
  GPtrArray              *data;      /* ZfRow * */
  int                    *mapping;   /* field → column */
  GArray                 *rows;      /* ZfImportRow */
  gboolean                planned;
};

G_DEFINE_FINAL_TYPE (ZfImport, zf_import, G_TYPE_OBJECT)

static void
import_row_clear (gpointer data)
{
  ZfImportRow *row = data;

  g_free (row->message);
  g_free (row->column);
  g_free (row->notes);
  g_free (row->name);
  row->values = NULL;
}

static void
clear_plan (ZfImport *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
      zf_import_values_free (row->values, self->reg->n_fields);
      row->values = NULL;
    }
  g_array_set_size (self->rows, 0);
  self->planned = FALSE;
}

static void
zf_import_finalize (GObject *object)
{
  ZfImport *self = ZF_IMPORT (object);

  clear_plan (self);
  g_array_unref (self->rows);
  g_clear_object (&self->store);
  g_free (self->file_name);
  g_clear_pointer (&self->header, zf_row_free);
  g_ptr_array_unref (self->data);
  g_free (self->mapping);

  G_OBJECT_CLASS (zf_import_parent_class)->finalize (object);
}

static void
zf_import_class_init (ZfImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zf_import_finalize;
}

static void
zf_import_init (ZfImport *self)
{
  self->data = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  self->rows = g_array_new (FALSE, TRUE, sizeof (ZfImportRow));
  g_array_set_clear_func (self->rows, import_row_clear);
}

ZfRowSource *
zf_import_open_source (const char  *path,
                       const char  *sheet,
                       const char  *encoding,
                       GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xlsm"))
    {
      g_autoptr(ZfXlsxReader) xlsx = zf_xlsx_reader_open (path, error);

      if (xlsx == NULL || !zf_xlsx_reader_select_sheet (xlsx, sheet, error))
        return NULL;
      return ZF_ROW_SOURCE (g_steal_pointer (&xlsx));
    }
  if (g_str_has_suffix (lower, ".xls") || g_str_has_suffix (lower, ".et"))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is in the old Excel 97–2003 format. Open it in Excel or WPS and "
                     "save it as .xlsx (or CSV), then import that file."), path);
      return NULL;
    }
  return (ZfRowSource *) zf_csv_reader_new_for_path (path, encoding, error);
}

ZfImport *
zf_import_new (ZfStore                *store,
               const ZfImportRegister *reg)
{
  ZfImport *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (reg != NULL, NULL);

  self = g_object_new (ZF_TYPE_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->reg = reg;
  self->mapping = g_new (int, reg->n_fields);
  for (guint i = 0; i < reg->n_fields; i++)
    self->mapping[i] = -1;
  return self;
}

const ZfImportRegister *
zf_import_get_register (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->reg;
}

void
zf_import_set_file_name (ZfImport   *self,
                         const char *file_name)
{
  g_return_if_fail (ZF_IS_IMPORT (self));

  g_free (self->file_name);
  self->file_name = file_name ? g_path_get_basename (file_name) : NULL;
}

/* How many cells of @row are headers: names of fields, or with a saved
 * mapping, the header texts it names. */
static guint
header_score (ZfImport   *self,
              const ZfRow *row,
              GHashTable *saved)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  if (saved == NULL)
    return zf_import_count_header_cells (self->reg, row);

  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *want = zf_import_header_key (value);
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *have = zf_import_header_key (zf_row_get_text (row, c));
          if (*want && strcmp (want, have) == 0)
            {
              n++;
              break;
            }
        }
    }
  return n;
}

gboolean
zf_import_read (ZfImport      *self,
                ZfRowSource   *source,
                GHashTable    *saved,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GPtrArray) head = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_row_free);
  guint best = 0, best_score = 0;
  ZfRow *row;
  GError *local = NULL;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (ZF_IS_ROW_SOURCE (source), FALSE);

  clear_plan (self);
  g_ptr_array_set_size (self->data, 0);
  g_clear_pointer (&self->header, zf_row_free);
  self->date1904 = zf_row_source_is_date1904 (source);

  while (head->len < HEADER_SEARCH_ROWS && (row = zf_row_source_next_row (source, &local)))
    g_ptr_array_add (head, row);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  /* The first row naming the most fields; a title row names none. */
  for (guint i = 0; i < head->len; i++)
    {
      guint score = header_score (self, g_ptr_array_index (head, i), saved);
      if (score > best_score)
        {
          best = i;
          best_score = score;
        }
    }
  if (best_score < (saved && g_hash_table_size (saved) == 1 ? 1u : 2u))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("No header row was found: none of the first rows names the columns of "
                     "“%s” (for example “%s”). Check the sheet, or map the columns by hand."),
                   _(self->reg->label), zf_import_field_label (&self->reg->fields[0]));
      return FALSE;
    }

  self->header = g_ptr_array_steal_index (head, best);
  while (head->len > best)
    g_ptr_array_add (self->data, g_ptr_array_steal_index (head, best));

  while ((row = zf_row_source_next_row (source, &local)))
    {
      g_ptr_array_add (self->data, row);
      if ((self->data->len % 4096) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  g_free (self->mapping);
  self->mapping = saved ? zf_import_apply_mapping (self->reg, self->header, saved)
                        : zf_import_guess_mapping (self->reg, self->header);
  return TRUE;
}

const ZfRow *
zf_import_get_header (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->header;
}

int
zf_import_get_mapping (ZfImport *self,
                       guint     field)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), -1);
  g_return_val_if_fail (field < self->reg->n_fields, -1);

  return self->mapping[field];
}

void
zf_import_set_mapping (ZfImport *self,
                       guint     field,
                       int       column)
{
  g_return_if_fail (ZF_IS_IMPORT (self));
  g_return_if_fail (field < self->reg->n_fields);

  /* A column serves one field: taking it from another unmaps that one. */
  for (guint i = 0; column >= 0 && i < self->reg->n_fields; i++)
    if (self->mapping[i] == column)
      self->mapping[i] = -1;
  self->mapping[field] = column;
  clear_plan (self);
}

char *
zf_import_get_mapping_json (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return zf_import_mapping_to_json (self->reg, self->header, self->mapping);
}

const char *
zf_import_status_label (ZfImportStatus status)
{
  switch (status)
    {
    case ZF_IMPORT_ROW_NEW:
      return _("new");
    case ZF_IMPORT_ROW_UPDATE:
      return _("update");
    case ZF_IMPORT_ROW_UNCHANGED:
      return _("unchanged");
    case ZF_IMPORT_ROW_ERROR:
    default:
      return _("error");
    }
}

/* --- planning ------------------------------------------------------------- */

typedef struct
{
  GHashTable *keys;         /* row key → excel row number, duplicates in the file */
  GHashTable *body_kinds;   /* body name → kind, of bodies in this file */
  GHashTable *body_known;   /* body name → GINT_TO_POINTER (1 exists, 2 missing) */
} PlanState;

static char *
normalize_cell (const ZfImportField  *f,
                const char           *text,
                ZfCellType            type,
                gboolean              date1904,
                char                **note,
                GError              **error)
{
  switch (f->kind)
    {
    case ZF_IMPORT_DATE:
      return zf_import_date (text, type, date1904, error);
    case ZF_IMPORT_ID_NUMBER:
      return zf_import_id_number (text, type, error);
    case ZF_IMPORT_CREDIT_CODE:
      return zf_import_credit_code (text, error);
    case ZF_IMPORT_CODE:
      return zf_import_code (f->codes, f->aliases, text, note, error);
    case ZF_IMPORT_BOOL:
      return zf_import_bool (text, error);
    case ZF_IMPORT_INT:
      return zf_import_number (text, TRUE, error);
    case ZF_IMPORT_DOUBLE:
      return zf_import_number (text, FALSE, error);
    case ZF_IMPORT_SEX:
      return zf_import_sex (text, error);
    case ZF_IMPORT_PHONE:
      {
        g_autofree char *phone = zf_import_text (text);
        if (*phone && !zf_phone_validate (phone, error))
          return NULL;
        return g_steal_pointer (&phone);
      }
    case ZF_IMPORT_REGION:
      {
        g_autofree char *code = zf_import_text (text);
        if (type == ZF_CELL_NUMBER || *code == '\0' || zf_region_code_validate (code, error))
          return g_steal_pointer (&code);
        return NULL;
      }
    case ZF_IMPORT_TEXT:
    case ZF_IMPORT_BODY_NAME:
    case ZF_IMPORT_HIDDEN:
    default:
      return zf_import_text (text);
    }
}

#define V(name) value (self, values, name)

static const char *
value (ZfImport    *self,
       char *const *values,
       const char  *column)
{
  int i = zf_import_register_field_index (self->reg, column);

  return i >= 0 && values[i] && *values[i] ? values[i] : NULL;
}

static void
set_value (ZfImport   *self,
           char      **values,
           const char *column,
           const char *text)
{
  int i = zf_import_register_field_index (self->reg, column);

  g_assert (i >= 0);
  zf_set_str (&values[i], text);
}

static gboolean
body_known (ZfImport   *self,
            PlanState  *state,
            const char *name)
{
  gpointer known = g_hash_table_lookup (state->body_known, name);

  if (known == NULL)
    {
      known = GINT_TO_POINTER (zf_store_import_body_id (self->store, name) > 0 ? 1 : 2);
      g_hash_table_insert (state->body_known, g_strdup (name), known);
    }
  return GPOINTER_TO_INT (known) == 1 || g_hash_table_contains (state->body_kinds, name);
}

static ZfBody *
body_from_values (ZfImport    *self,
                  char *const *values)
{
  ZfBody *body = zf_body_new ();

  for (guint i = 0; i < self->reg->n_fields; i++)
    {
      const ZfImportField *f = &self->reg->fields[i];
      const char *v = values[i];

      if (v == NULL || *v == '\0' || f->kind == ZF_IMPORT_BODY_NAME)
        continue;
      if (f->kind == ZF_IMPORT_BOOL || f->kind == ZF_IMPORT_INT)
        zf_record_set_int (ZF_RECORD (body), f->column, g_ascii_strtoll (v, NULL, 10));
      else
        zf_record_set_string (ZF_RECORD (body), f->column, v);
    }
  return body;
}

/* The register's own checks of a whole row; returns the refusal or NULL. */
static char *
check_row (ZfImport   *self,
           PlanState  *state,
           char      **values)
{
  switch (self->reg->id)
    {
    case ZF_IMPORT_BODIES:
      {
        g_autoptr(ZfBody) body = body_from_values (self, values);
        g_autoptr(ZfBody) entrusting = NULL;
        g_autoptr(GPtrArray) findings = zf_findings_new ();
        g_autoptr(GError) error = NULL;
        const char *parent = V ("parent_name");

        if (parent != NULL)
          {
            entrusting = zf_store_find_body_by_name (self->store, parent);
            if (entrusting == NULL && g_hash_table_contains (state->body_kinds, parent))
              {
                entrusting = zf_body_new ();
                zf_record_set_string (ZF_RECORD (entrusting), "name", parent);
                zf_record_set_string (ZF_RECORD (entrusting), "kind",
                                      g_hash_table_lookup (state->body_kinds, parent));
              }
            if (entrusting == NULL)
              return g_strdup_printf (_("There is no body named “%s”; list it in an earlier "
                                        "row or import it first."), parent);
          }
        zf_body_validate (body, entrusting, findings);
        if (!zf_findings_to_error (findings, &error))
          return g_strdup (error->message);
        g_hash_table_insert (state->body_kinds, g_strdup (V ("name")),
                             g_strdup (zf_body_get_kind (body)));
        return NULL;
      }

    case ZF_IMPORT_OFFICERS:
      {
        const char *id_number = V ("id_number");

        if (id_number != NULL)
          {
            char birth[11];
            const char *sex = zf_id_number_sex (id_number) == ZF_SEX_MALE ? "male" : "female";

            if (V ("sex") != NULL && g_strcmp0 (V ("sex"), sex) != 0)
              return g_strdup_printf (_("The sex does not match the ID number %s."), id_number);
            if (zf_id_number_birth_date (id_number, birth) && V ("birth_date") != NULL &&
                g_strcmp0 (V ("birth_date"), birth) != 0)
              return g_strdup_printf (_("The birth date does not match the ID number %s."),
                                      id_number);
            set_value (self, values, "sex", sex);
            if (zf_id_number_birth_date (id_number, birth))
              set_value (self, values, "birth_date", birth);
          }
        else if (V ("certificate_number") == NULL)
          return g_strdup (_("An officer needs an ID number or a certificate number, "
                             "so that the next import finds the same person."));

        /* S0: 未取得《行政执法证》人员一律不得从事行政执法活动; auxiliary staff
         * are recorded but hold no certificate. */
        if (g_strcmp0 (V ("staffing"), "auxiliary") == 0 && V ("certificate_number") != NULL)
          return g_strdup (_("S0: auxiliary staff hold no enforcement certificate; "
                             "remove the certificate number or correct the staffing type."));
        if (V ("issue_date") && V ("valid_until") && strcmp (V ("valid_until"), V ("issue_date")) < 0)
          return g_strdup (_("The certificate is valid until a date before its issue date."));
        break;
      }

    case ZF_IMPORT_CASES:
      if (V ("year") == NULL)
        {
          const char *date = V ("decided_date") ? V ("decided_date") : V ("filed_date");
          if (date != NULL)
            {
              g_autofree char *year = g_strndup (date, 4);
              set_value (self, values, "year", year);
            }
        }
      break;

    case ZF_IMPORT_MATTERS:
    default:
      break;
    }

  for (guint i = 0; i < self->reg->n_fields; i++)
    if (self->reg->fields[i].kind == ZF_IMPORT_BODY_NAME && values[i] && *values[i] &&
        !body_known (self, state, values[i]))
      return g_strdup_printf (_("There is no body named “%s”; import the bodies first."),
                              values[i]);
  return NULL;
}

/* What identifies the row in the file, to catch the same record twice. */
static char *
row_key (ZfImport    *self,
         char *const *values)
{
  switch (self->reg->id)
    {
    case ZF_IMPORT_BODIES:
      return g_strdup (V ("credit_code") ? V ("credit_code") : V ("name"));
    case ZF_IMPORT_OFFICERS:
      return g_strdup (V ("id_number") ? V ("id_number") : V ("certificate_number"));
    case ZF_IMPORT_MATTERS:
      return g_strconcat (V ("body_name"), "\x1f", V ("code") ? "c" : "n",
                          V ("code") ? V ("code") : V ("name"), NULL);
    case ZF_IMPORT_CASES:
    default:
      return g_strconcat (V ("body_name"), "\x1f", V ("number"), NULL);
    }
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

static void
plan_row (ZfImport    *self,
          PlanState   *state,
          const ZfRow *raw,
          ZfImportRow *out)
{
  const ZfImportRegister *reg = self->reg;
  char **values = g_new0 (char *, reg->n_fields);
  g_autofree gboolean *present = g_new0 (gboolean, reg->n_fields);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *key = NULL;
  char **current = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;
  gpointer first_row;

  out->excel_row = raw->number;

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];
      int col = self->mapping[i];
      g_autofree char *note = NULL;

      if (col < 0)
        continue;
      values[i] = normalize_cell (f, zf_row_get_text (raw, col), zf_row_get_type (raw, col),
                                  self->date1904, &note, &error);
      if (values[i] == NULL)
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          out->column = zf_column_letter (col);
          out->message = g_strdup_printf ("%s: %s", zf_import_field_label (f), error->message);
          goto done;
        }
      if (f->required && *values[i] == '\0')
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          out->column = zf_column_letter (col);
          out->message = g_strdup_printf (_("%s is empty; it is required."), zf_import_field_label (f));
          goto done;
        }
      present[i] = TRUE;
      if (note != NULL)
        g_string_append_printf (notes, "%s%s", notes->len ? "; " : "", note);
    }
  out->name = g_strdup (V ("name") ? V ("name") : V ("number"));

  out->message = check_row (self, state, values);
  if (out->message != NULL)
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      goto done;
    }
  /* Fields the rules derived (sex and birth date from the ID number,
   * the case year) count as given. */
  for (guint i = 0; i < reg->n_fields; i++)
    if (values[i] && *values[i] && reg->fields[i].kind != ZF_IMPORT_HIDDEN)
      present[i] = TRUE;

  key = row_key (self, values);
  if (g_hash_table_lookup_extended (state->keys, key, NULL, &first_row))
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup_printf (_("The same record as row %u of this file."),
                                      GPOINTER_TO_UINT (first_row));
      goto done;
    }
  g_hash_table_insert (state->keys, g_steal_pointer (&key), GUINT_TO_POINTER (raw->number));

  if (!zf_store_import_find (self->store, reg, values, &out->existing_id, &current, &error))
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup (error->message);
      goto done;
    }

  if (out->existing_id == 0)
    {
      out->status = ZF_IMPORT_ROW_NEW;
      out->values = g_steal_pointer (&values);
      goto done;
    }

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];

      if (!present[i])
        {
          /* What the file does not say stays as it is. */
          zf_set_str (&values[i], current[i]);
          continue;
        }
      if (!same_value (f, values[i], current[i]))
        {
          changed = TRUE;
          if (reg->id == ZF_IMPORT_BODIES && strcmp (f->column, "status") == 0)
            {
              out->status = ZF_IMPORT_ROW_ERROR;
              out->column = zf_column_letter (self->mapping[i]);
              out->message = g_strdup (_("Status: a body's status changes only by a recorded "
                                         "decision with its document number; change it in "
                                         "the register, not by import."));
              goto done;
            }
          /* A new card number is a new certificate, not an edit of the old one. */
          if (reg->id == ZF_IMPORT_OFFICERS && strcmp (f->column, "certificate_number") == 0)
            set_value (self, values, "certificate_id", NULL);
        }
    }
  if (changed)
    {
      out->status = ZF_IMPORT_ROW_UPDATE;
      out->values = g_steal_pointer (&values);
    }
  else
    out->status = ZF_IMPORT_ROW_UNCHANGED;

done:
  if (notes->len > 0)
    out->notes = g_strdup (notes->str);
  zf_import_values_free (values, reg->n_fields);
  zf_import_values_free (current, reg->n_fields);
}

gboolean
zf_import_plan (ZfImport          *self,
                GCancellable      *cancellable,
                ZfImportProgress   progress,
                gpointer           user_data,
                GError           **error)
{
  PlanState state;

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

  clear_plan (self);
  state.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.body_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state.body_known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_array_set_size (self->rows, self->data->len);
  for (guint i = 0; i < self->data->len; i++)
    {
      if (i % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            break;
          if (progress)
            progress (i, self->data->len, user_data);
        }
      plan_row (self, &state, g_ptr_array_index (self->data, i),
                &g_array_index (self->rows, ZfImportRow, i));
    }

  g_hash_table_unref (state.keys);
  g_hash_table_unref (state.body_kinds);
  g_hash_table_unref (state.body_known);
  if (error && *error)
    {
      clear_plan (self);
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
  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  return self->rows->len;
}

const ZfImportRow *
zf_import_get_row (ZfImport *self,
                   guint     index)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, ZfImportRow, index);
}

guint
zf_import_count (ZfImport       *self,
                 ZfImportStatus  status)
{
  guint n = 0;

  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    n += g_array_index (self->rows, ZfImportRow, i).status == status;
  return n;
}

/* --- commit and errors ---------------------------------------------------- */

static char *
audit_summary (ZfImport *self)
{
  GString *json = g_string_new ("{\"file\": ");
  const char *name = self->file_name ? self->file_name : "";

  /* The file name is the only free text; escape it by hand. */
  g_string_append_c (json, '"');
  for (const char *p = name; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (json, '\\');
      if ((guchar) *p >= 0x20)
        g_string_append_c (json, *p);
    }
  g_string_append_printf (json, "\", \"register\": \"%s\", \"new\": %u, \"updated\": %u, "
                          "\"unchanged\": %u, \"errors\": %u}",
                          self->reg->name,
                          zf_import_count (self, ZF_IMPORT_ROW_NEW),
                          zf_import_count (self, ZF_IMPORT_ROW_UPDATE),
                          zf_import_count (self, ZF_IMPORT_ROW_UNCHANGED),
                          zf_import_count (self, ZF_IMPORT_ROW_ERROR));
  return g_string_free (json, FALSE);
}

gboolean
zf_import_commit (ZfImport          *self,
                  GCancellable      *cancellable,
                  ZfImportProgress   progress,
                  gpointer           user_data,
                  GError           **error)
{
  g_autofree char *summary = NULL;
  guint total, done = 0;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->planned, FALSE);

  total = zf_import_count (self, ZF_IMPORT_ROW_NEW) + zf_import_count (self, ZF_IMPORT_ROW_UPDATE);
  if (!zf_store_begin (self->store, error))
    return FALSE;
  zf_store_set_audit_rows (self->store, FALSE);
  zf_store_import_set_bulk (self->store, TRUE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
      g_autoptr(GError) local = NULL;

      if (row->status != ZF_IMPORT_ROW_NEW && row->status != ZF_IMPORT_ROW_UPDATE)
        continue;
      if (done % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto fail;
          if (progress)
            progress (done, total, user_data);
        }
      if (!zf_store_import_write (self->store, self->reg,
                                  row->status == ZF_IMPORT_ROW_UPDATE ? row->existing_id : 0,
                                  row->values, &local))
        {
          g_set_error (error, ZF_ERROR, local->code,
                       _("Row %u could not be stored, so nothing was imported: %s"),
                       row->excel_row, local->message);
          goto fail;
        }
      done++;
    }

  zf_store_set_audit_rows (self->store, TRUE);
  zf_store_import_set_bulk (self->store, FALSE);
  summary = audit_summary (self);
  if (!zf_store_audit_summary (self->store, self->reg->table, summary, error))
    goto fail;
  zf_store_notify_changed (self->store, self->reg->table, 0);
  if (self->reg->id == ZF_IMPORT_OFFICERS)
    {
      zf_store_notify_changed (self->store, "certificate", 0);
      zf_store_notify_changed (self->store, "officer_event", 0);
    }
  if (!zf_store_commit (self->store, error))
    return FALSE;
  if (progress)
    progress (total, total, user_data);
  return TRUE;

fail:
  zf_store_set_audit_rows (self->store, TRUE);
  zf_store_import_set_bulk (self->store, FALSE);
  zf_store_rollback (self->store);
  return FALSE;
}

gboolean
zf_import_write_errors_xlsx (ZfImport    *self,
                             const char  *path,
                             GError     **error)
{
  lxw_workbook *wb;
  lxw_worksheet *ws;
  lxw_format *bold, *text;
  guint n_cols, out = 1;
  lxw_error rc;

  g_return_val_if_fail (ZF_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (self->planned, FALSE);

  wb = workbook_new (path);
  if (wb == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”."), path);
      return FALSE;
    }
  ws = workbook_add_worksheet (wb, NULL);
  bold = workbook_add_format (wb);
  format_set_bold (bold);
  /* Text format keeps ID numbers and codes as typed when the user edits. */
  text = workbook_add_format (wb);
  format_set_num_format (text, "@");

  n_cols = self->header->cells->len;
  for (guint c = 0; c < n_cols; c++)
    worksheet_write_string (ws, 0, c, zf_row_get_text (self->header, c), bold);
  worksheet_write_string (ws, 0, n_cols, _("Row"), bold);
  worksheet_write_string (ws, 0, n_cols + 1, _("Column"), bold);
  worksheet_write_string (ws, 0, n_cols + 2, _("Reason"), bold);
  worksheet_set_column (ws, 0, n_cols - 1, 16, text);
  worksheet_set_column (ws, n_cols + 2, n_cols + 2, 60, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
      const ZfRow *raw = g_ptr_array_index (self->data, i);

      if (row->status != ZF_IMPORT_ROW_ERROR)
        continue;
      for (guint c = 0; c < n_cols && c < raw->cells->len; c++)
        worksheet_write_string (ws, out, c, zf_row_get_text (raw, c), text);
      worksheet_write_number (ws, out, n_cols, row->excel_row, NULL);
      worksheet_write_string (ws, out, n_cols + 1, row->column ? row->column : "", NULL);
      worksheet_write_string (ws, out, n_cols + 2, row->message, NULL);
      out++;
    }

  rc = workbook_close (wb);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"),
                   path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}
