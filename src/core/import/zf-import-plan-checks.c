#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-body-rules.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-plan-private.h"
#include "zf-officer-rules.h"
#include "zf-officer.h"
#include "zf-store-bodies.h"
#include "zf-store-import.h"
#include "zf-util.h"
#include "zf-validate.h"

/* The register's own checks of a planned row: its bodies known (or
 * listed in the file), the body and officer rules as when typed in, the
 * status of a new card, a case file's officers and matter resolved. */

static gboolean
body_known (ZfImport    *self,
            ZfPlanState *state,
            const char  *name)
{
  gpointer known = g_hash_table_lookup (state->body_known, name);

  if (known == NULL)
    {
      known = GINT_TO_POINTER (zf_store_import_body_id (self->store, name) > 0 ? 1 : 2);
      g_hash_table_insert (state->body_known, g_strdup (name), known);
    }
  return GPOINTER_TO_INT (known) == 1 || g_hash_table_contains (state->body_kinds, name) ||
         g_hash_table_contains (state->file_bodies, name);
}

/* Why a row names a body the register does not have, with the body it
 * may mean when one only contains the name. */
static char *
unknown_body_message (ZfImport    *self,
                      ZfPlanState *state,
                      const char  *name)
{
  const char *hint = g_hash_table_lookup (state->body_hints, name);

  if (hint == NULL)
    {
      char *found = zf_store_import_suggest_body (self->store, name);

      hint = found ? found : g_strdup ("");
      g_hash_table_insert (state->body_hints, g_strdup (name), (gpointer) hint);
    }
  if (*hint != '\0')
    return g_strdup_printf (_("There is no body named “%s”. Did you mean “%s”? Write the body's "
                              "full name as in the register, or import the bodies first."),
                            name, hint);
  return g_strdup_printf (_("There is no body named “%s”; import the bodies first."), name);
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

/* The officer as the officers store would check it; the body is only
 * looked up here (an unknown one is refused below, by name). */
static ZfOfficer *
officer_from_values (ZfImport    *self,
                     char *const *values)
{
  static const char *const columns[] = {
    "name", "id_number", "sex", "birth_date", "title", "staffing", "phone",
  };
  ZfOfficer *officer = zf_officer_new ();

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (V (columns[i]) != NULL)
      zf_record_set_string (ZF_RECORD (officer), columns[i], V (columns[i]));
  zf_record_set_int (ZF_RECORD (officer), "body_id", 1);
  return officer;
}

/* A refusal of one cell, named by its field as the file's header says it. */
static char *
field_refusal (ZfImport   *self,
               const char *column,
               const char *message)
{
  int i = zf_import_register_field_index (self->reg, column);

  return g_strdup_printf ("%s: %s", zf_import_field_label (&self->reg->fields[i]), message);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Each officer the cell names, by certificate number or name, becomes the
 * label the register stores and exports them by, sorted and without
 * repeats: a cell that names the same officers compares as unchanged. */
static char *
resolve_case_officers (ZfImport  *self,
                       char     **values)
{
  const char *cell = V ("officers");
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) joined = g_string_new (NULL);

  if (cell == NULL)
    return NULL;
  tokens = g_regex_split_simple ("[、,，;；\\s]+", cell, 0, 0);
  for (guint i = 0; tokens[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      char *label = NULL;

      if (*tokens[i] == '\0')
        continue;
      if (zf_store_import_case_officer (self->store, V ("body_name"), tokens[i], &label,
                                        &error) <= 0)
        return field_refusal (self, "officers", error->message);
      g_ptr_array_add (labels, label);
    }
  g_ptr_array_sort (labels, compare_strings);
  for (guint i = 0; i < labels->len; i++)
    if (i == 0 || strcmp (labels->pdata[i], labels->pdata[i - 1]) != 0)
      g_string_append_printf (joined, "%s%s", joined->len ? "、" : "",
                              (const char *) labels->pdata[i]);
  zf_import_plan_set_value (self, values, "officers", joined->str);
  return NULL;
}

/* The matter cell, by code or name, becomes the label the register stores
 * and exports it by; one not on the body's list is refused. */
static char *
resolve_case_matter (ZfImport  *self,
                     char     **values)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  const char *cell = V ("matter");

  if (cell == NULL)
    return NULL;
  if (zf_store_import_case_matter (self->store, V ("body_name"), cell, &label, &error) <= 0)
    return field_refusal (self, "matter", error->message);
  zf_import_plan_set_value (self, values, "matter", label);
  return NULL;
}

/* The status the file gives a card the register does not have yet: the
 * event that set it is recreated (zf_store_import_status_event), so it
 * needs its date, on or after the issue; an application has no card
 * number yet. A void card was replaced: the file's row for the card that
 * replaced it is what to import. */
static char *
check_new_status (ZfImport  *self,
                  char     **values,
                  int       *field)
{
  const char *status = V ("certificate_status");
  gboolean applying = g_strcmp0 (status, "applying") == 0;

  if (status == NULL || g_strcmp0 (status, "none") == 0 || g_strcmp0 (status, "valid") == 0 ||
      g_strcmp0 (status, "expired") == 0)
    return NULL;
  *field = zf_import_plan_field_of (self, "certificate_status", NULL);
  if (g_strcmp0 (status, "void") == 0)
    return g_strdup (_("A void card was replaced by another: import the row of the card that "
                       "replaced it."));
  if (applying && V ("certificate_number") != NULL)
    return g_strdup (_("A card still applied for has no number yet: clear the number, or "
                       "give the status of the card issued."));
  if (!applying && V ("certificate_number") == NULL)
    return g_strdup (_("This status is the status of a card: give its number and issue date."));
  if (V ("status_date") == NULL)
    {
      *field = zf_import_plan_field_of (self, "status_date", "certificate_status");
      return g_strdup (_("The status needs the date of the event that set it (the suspension, "
                         "revocation, cancellation or application), in the status date column."));
    }
  if (!applying && V ("issue_date") != NULL && strcmp (V ("status_date"), V ("issue_date")) < 0)
    {
      *field = zf_import_plan_field_of (self, "status_date", NULL);
      return g_strdup (_("The status date is before the card's issue date."));
    }
  if (applying)
    {
      g_autoptr(ZfOfficer) officer = officer_from_values (self, values);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(GError) error = NULL;

      /* The application's own rule (O1), as when it is recorded by hand. */
      zf_rule_officer_eligibility (officer, findings);
      if (!zf_findings_to_error (findings, &error))
        return g_strdup (error->message);
    }
  *field = -1;
  return NULL;
}

/* @name with every bracket half-width, or with every one full-width. */
static char *
brackets_as (const char *name,
             gboolean    full)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (name) + 8);

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (full && (c == '(' || c == ')'))
        c = c == '(' ? 0xFF08 : 0xFF09;
      else if (!full && (c == 0xFF08 || c == 0xFF09))
        c = c == 0xFF08 ? '(' : ')';
      g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A body named with half-width brackets where the register writes them
 * full-width (综合执法局(城管局) for 综合执法局（城管局）), or the other
 * way round, is that body: the name is the register's, and the preview
 * says so among its loose matches. Anything else stays as written. */
void
zf_import_plan_resolve_body_brackets (ZfImport     *self,
                                      ZfPlanState  *state,
                                      char        **values,
                                      GString      *notes)
{
  for (guint i = 0; i < self->reg->n_fields; i++)
    {
      if (self->reg->fields[i].kind != ZF_IMPORT_BODY_NAME || values[i] == NULL ||
          *values[i] == '\0' || body_known (self, state, values[i]))
        continue;
      for (int full = 0; full < 2; full++)
        {
          g_autofree char *variant = brackets_as (values[i], full);

          if (strcmp (variant, values[i]) != 0 && body_known (self, state, variant))
            {
              g_string_append_printf (notes, "%s%s → %s", notes->len ? "; " : "", values[i], variant);
              zf_set_str (&values[i], variant);
              break;
            }
        }
    }
}

/* A body as the bodies store would check it, its parent or entrusting
 * body found in the register or listed in the file. */
static char *
check_body_row (ZfImport     *self,
                ZfPlanState  *state,
                char        **values,
                int          *field)
{
  g_autoptr(ZfBody) body = body_from_values (self, values);
  g_autoptr(ZfBody) entrusting = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GError) error = NULL;
  const char *parent = V ("parent_name");

  if (parent != NULL)
    {
      entrusting = zf_store_find_body_by_name (self->store, parent);
      /* A parent listed in the file, above or below: the register's
       * name order often puts an entrusted body before its parent. */
      if (entrusting == NULL && g_hash_table_contains (state->file_bodies, parent))
        {
          const char *kind = g_hash_table_lookup (state->body_kinds, parent);

          if (kind == NULL)
            kind = g_hash_table_lookup (state->file_bodies, parent);
          entrusting = zf_body_new ();
          zf_record_set_string (ZF_RECORD (entrusting), "name", parent);
          if (*kind != '\0')
            zf_record_set_string (ZF_RECORD (entrusting), "kind", kind);
          g_array_append_val (state->in_file, state->index);
        }
      if (entrusting == NULL)
        {
          *field = zf_import_plan_field_of (self, "parent_name", NULL);
          return g_strdup_printf (_("There is no body named “%s”; list it in this file "
                                    "or import it first."), parent);
        }
    }
  zf_body_validate (body, entrusting, findings);
  if (!zf_findings_to_error (findings, &error))
    return g_strdup (error->message);
  g_hash_table_insert (state->body_kinds, g_strdup (V ("name")),
                       g_strdup (zf_body_get_kind (body)));
  return NULL;
}

/* An officer: the ID number's sex and birth date, what tells them apart,
 * the officers store's rules, and the card's dates and status. */
static char *
check_officer_row (ZfImport     *self,
                   char        **values,
                   int          *field)
{
  const char *id_number = V ("id_number");

  if (id_number != NULL)
    {
      char birth[11];
      const char *sex = zf_id_number_sex (id_number) == ZF_SEX_MALE ? "male" : "female";

      if (V ("sex") != NULL && g_strcmp0 (V ("sex"), sex) != 0)
        {
          *field = zf_import_plan_field_of (self, "sex", "id_number");
          return g_strdup_printf (_("The sex does not match the ID number %s."), id_number);
        }
      /* The ID number holds the day; a year and month that agree
       * with it (出生年月) is the same birth date. */
      if (zf_id_number_birth_date (id_number, birth) &&
          !zf_import_birth_date_agrees (V ("birth_date"), birth))
        {
          *field = zf_import_register_field_index (self->reg, "birth_date");
          return g_strdup_printf (_("The birth date %s does not match the ID number %s, "
                                    "which says %s."),
                                  V ("birth_date"), id_number, birth);
        }
      zf_import_plan_set_value (self, values, "sex", sex);
      if (zf_id_number_birth_date (id_number, birth))
        zf_import_plan_set_value (self, values, "birth_date", birth);
    }
  else if (V ("birth_date") != NULL && strchr (V ("birth_date"), '|') != NULL)
    {
      *field = zf_import_register_field_index (self->reg, "birth_date");
      return g_strdup (_("The birth date was typed as a number ending in .1, which Excel "
                         "keeps for both January (.01) and October (.10). Write it as "
                         "text (1991.01 or 1991.10), or give the ID number."));
    }
  else if (V ("certificate_number") == NULL)
    return g_strdup (_("An officer needs an ID number or a certificate number, "
                       "so that the next import finds the same person."));

  {
    g_autoptr(ZfOfficer) officer = officer_from_values (self, values);
    g_autoptr(GPtrArray) findings = zf_findings_new ();
    g_autoptr(GError) error = NULL;

    /* The officers store's own rules: O0 for the fields, and O1 (S0:
     * auxiliary staff hold no certificate) for a card. */
    zf_rule_officer_fields (officer, findings);
    if (V ("certificate_number") != NULL)
      zf_rule_officer_eligibility (officer, findings);
    if (!zf_findings_to_error (findings, &error))
      return g_strdup (error->message);
  }
  if (V ("post_name") != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!zf_rule_officer_post_section (V ("post_name"), V ("section_name") != NULL, &error))
        {
          *field = zf_import_register_field_index (self->reg, "post_name");
          return g_strdup (error->message);
        }
    }
  if (V ("certificate_id") == NULL)
    {
      char *refusal = check_new_status (self, values, field);
      if (refusal != NULL)
        return refusal;
    }
  if (V ("certificate_number") != NULL && V ("issue_date") == NULL)
    return g_strdup (_("The certificate needs its issue date: the certificate history "
                       "starts with its issue."));
  if (V ("issue_date") && V ("valid_until") && strcmp (V ("valid_until"), V ("issue_date")) < 0)
    {
      *field = zf_import_plan_field_of (self, "valid_until", "issue_date");
      return g_strdup (_("The certificate is valid until a date before its issue date."));
    }
  return NULL;
}

/* A case file's year, when the file has none, is that of its decision,
 * else of its filing. */
static void
fill_case_year (ZfImport  *self,
                char     **values)
{
  if (V ("year") == NULL)
    {
      const char *date = V ("decided_date") ? V ("decided_date") : V ("filed_date");
      if (date != NULL)
        {
          g_autofree char *year = g_strndup (date, 4);
          zf_import_plan_set_value (self, values, "year", year);
        }
    }
}

/* The register's own checks of a whole row; returns the refusal or NULL,
 * and in @field the field whose column is at fault when there is one. */
char *
zf_import_plan_check_row (ZfImport     *self,
                          ZfPlanState  *state,
                          char        **values,
                          int          *field)
{
  char *refusal;

  if (self->reg->id == ZF_IMPORT_BODIES)
    return check_body_row (self, state, values, field);
  if (self->reg->id == ZF_IMPORT_OFFICERS &&
      (refusal = check_officer_row (self, values, field)) != NULL)
    return refusal;
  if (self->reg->id == ZF_IMPORT_CASES)
    fill_case_year (self, values);

  for (guint i = 0; i < self->reg->n_fields; i++)
    if (self->reg->fields[i].kind == ZF_IMPORT_BODY_NAME && values[i] && *values[i] &&
        !body_known (self, state, values[i]))
      {
        *field = zf_import_plan_field_of (self, self->reg->fields[i].column, NULL);
        return unknown_body_message (self, state, values[i]);
      }
  if (self->reg->id == ZF_IMPORT_CASES)
    {
      refusal = resolve_case_matter (self, values);
      return refusal ? refusal : resolve_case_officers (self, values);
    }
  return zf_import_plan_check_checklist (self, state, values, field);
}
