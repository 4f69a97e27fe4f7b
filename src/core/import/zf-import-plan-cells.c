#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-plan-private.h"
#include "zf-validate.h"

/* The cells of a row as their fields store them: each mapped cell
 * normalized by its field's kind (dates, numbers, codes, ID numbers…),
 * a period split into its dates, blanks left unsaid. */

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
    case ZF_IMPORT_BIRTH_DATE:
      return zf_import_birth_date (text, type, date1904, error);
    case ZF_IMPORT_ID_NUMBER:
      return zf_import_id_number (text, type, error);
    case ZF_IMPORT_CERTIFICATE:
      return zf_import_certificate_number (text, type, error);
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
        g_autofree char *phone = zf_code_fold_width (text);
        if (*phone && !zf_phone_validate (phone, error))
          return NULL;
        return g_steal_pointer (&phone);
      }
    case ZF_IMPORT_REGION:
      {
        g_autofree char *code = zf_code_fold_width (text);
        if (type == ZF_CELL_NUMBER || *code == '\0' || zf_region_code_validate (code, error))
          return g_steal_pointer (&code);
        return NULL;
      }
    case ZF_IMPORT_PERSON_NAME:
      return zf_name_normalize (text);
    case ZF_IMPORT_TEXT:
    case ZF_IMPORT_BODY_NAME:
    case ZF_IMPORT_HIDDEN:
    default:
      return zf_import_text (text);
    }
}

/* Date fields that close a period, and the field that opens it. */
static const struct
{
  const char *end;
  const char *start;
} periods[] = {
  { "valid_until", "issue_date" },
  { "letter_end", "letter_start" },
};

/* A cell of date field @f holding a whole period (有效期 2023.03.21-
 * 2028.03.20): the end for a field that closes one, else the start. For
 * a closing field whose opening field has no column, @opening gets the
 * start and @opening_field that field, to fill it. NULL (nothing set)
 * when @text is one date. */
static char *
date_of_period (ZfImport             *self,
                const ZfImportField  *f,
                const char           *text,
                char                **opening,
                int                  *opening_field)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (f->kind != ZF_IMPORT_DATE || !zf_import_split_date_range (text, &start, &end))
    return NULL;
  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    if (strcmp (f->column, periods[p].end) == 0)
      {
        int i = zf_import_register_field_index (self->reg, periods[p].start);

        if (i >= 0 && self->mapping[i] < 0)
          {
            *opening = g_steal_pointer (&start);
            *opening_field = i;
          }
        return g_steal_pointer (&end);
      }
  return g_steal_pointer (&start);
}

/* Whether @text shows nothing: empty, or only spaces of any kind and
 * zero-width characters (text keeps those, as the file has them). */
static gboolean
is_invisible_only (const char *text)
{
  g_autofree char *code = NULL;

  /* Most cells show a letter, a digit or a Han character at once, which
   * the normalizing below would keep: no need to run it. */
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c > 0x20 && c < 0x7f && strchr ("'\"`=", (int) c) == NULL) ||
          (c >= 0x4e00 && c <= 0x9fff))
        return FALSE;
    }
  code = zf_code_normalize (text);
  return *code == '\0' && strpbrk (text, "'\"`=") == NULL;
}

gboolean
zf_import_plan_read_cells (ZfImport     *self,
                           const ZfRow  *raw,
                           char        **values,
                           gboolean     *present,
                           GString      *notes,
                           ZfImportRow  *out)
{
  const ZfImportRegister *reg = self->reg;

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];
      int col = self->mapping[i];
      g_autofree char *note = NULL;
      g_autofree char *period_part = NULL;
      g_autofree char *opening = NULL;
      g_autoptr(GError) error = NULL;
      int opening_field = -1;

      if (col < 0)
        continue;
      /* A blank cell says nothing: it never erases a stored value (a
       * flag's blank would read as "no"), a required one included: an
       * update keeps it, a new row is refused (zf_import_plan_blank_required). */
      if (zf_row_cell_is_blank (raw, col))
        continue;
      period_part = date_of_period (self, f, zf_row_get_text (raw, col), &opening, &opening_field);
      /* 长期: a validity with no end date, never expiring (V1). */
      if (strcmp (f->column, "valid_until") == 0 && zf_import_is_open_ended (zf_row_get_text (raw, col)))
        values[i] = g_strdup (ZF_IMPORT_OPEN_ENDED);
      else
        values[i] = normalize_cell (f, period_part ? period_part : zf_row_get_text (raw, col),
                                    period_part ? ZF_CELL_TEXT : zf_row_get_type (raw, col),
                                    self->date1904, &note, &error);
      if (values[i] != NULL && opening != NULL)
        {
          /* The period's start fills the opening field the file lacks. */
          g_free (values[opening_field]);
          values[opening_field] = zf_import_date (opening, ZF_CELL_TEXT, FALSE, NULL);
          present[opening_field] = TRUE;
        }
      if (values[i] == NULL)
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          out->column = zf_import_column_letter (self, raw, col);
          out->message = g_strdup_printf ("%s: %s", zf_import_field_label (f), error->message);
          return FALSE;
        }
      if (f->required && *values[i] == '\0')
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          out->column = zf_import_column_letter (self, raw, col);
          out->message = g_strdup_printf (_("%s is empty; it is required."), zf_import_field_label (f));
          return FALSE;
        }
      /* A cell of only invisible characters (zero-width spaces, ="") is
       * as blank as an empty one. */
      if (is_invisible_only (values[i]))
        {
          g_clear_pointer (&values[i], g_free);
          continue;
        }
      present[i] = TRUE;
      if (note != NULL)
        g_string_append_printf (notes, "%s%s", notes->len ? "; " : "", note);
    }
  return TRUE;
}


char *
zf_import_plan_cell (ZfImport             *self,
                     const ZfImportField  *f,
                     const ZfRow          *raw,
                     guint                 column,
                     char                **note,
                     GError              **error)
{
  return normalize_cell (f, zf_row_get_text (raw, column), zf_row_get_type (raw, column),
                         self->date1904, note, error);
}

/* Whether a required field's cell is blank (or only invisible characters)
 * where the row's stored record, @current (NULL for a new row), has no
 * value to keep: then @out is refused at that cell. */
gboolean
zf_import_plan_blank_required (ZfImport       *self,
                               const ZfRow    *raw,
                               const gboolean *present,
                               char *const    *current,
                               ZfImportRow    *out)
{
  const ZfImportRegister *reg = self->reg;

  for (guint i = 0; i < reg->n_fields; i++)
    if (reg->fields[i].required && self->mapping[i] >= 0 && !present[i] &&
        (current == NULL || current[i] == NULL || *current[i] == '\0'))
      {
        out->status = ZF_IMPORT_ROW_ERROR;
        out->column = zf_import_column_letter (self, raw, self->mapping[i]);
        out->message = g_strdup_printf (_("%s is empty; it is required."),
                                        zf_import_field_label (&reg->fields[i]));
        return TRUE;
      }
  return FALSE;
}
