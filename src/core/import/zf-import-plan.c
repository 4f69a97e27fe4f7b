#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-body-rules.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-private.h"
#include "zf-officer-rules.h"
#include "zf-officer.h"
#include "zf-store-bodies.h"
#include "zf-store-import.h"
#include "zf-util.h"
#include "zf-validate.h"

/* Planning: every row normalized, checked and matched against the
 * register, nothing written. */

typedef struct
{
  GHashTable *keys;         /* row key → excel row number, duplicates in the file */
  GHashTable *id_numbers;   /* officers: ID number → excel row number */
  GHashTable *certificates; /* officers: certificate number → excel row number */
  GHashTable *body_names;   /* bodies: name → excel row number << 1 | has credit code */
  GHashTable *records;      /* stored record id → excel row number that changes it */
  GHashTable *body_kinds;   /* body name → kind, of bodies in this file */
  GHashTable *body_known;   /* body name → GINT_TO_POINTER (1 exists, 2 missing) */
  GHashTable *body_hints;   /* missing body name → the body it may mean, or "" */
  GHashTable *id_names;     /* officers: ID number → the name of the row that claimed it */
  GHashTable *file_bodies;  /* body name → kind ("" unsaid), of every body row of the file */
  GArray     *in_file;      /* indexes of rows whose parent body is a row of the file */
  guint       index;        /* of the row being planned */
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

#define V(name) value (self, values, name)

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
date_of_period (ZfImport            *self,
                const ZfImportField *f,
                const char          *text,
                char               **opening,
                int                 *opening_field)
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

/* The field @column when a column is mapped to it, else @fallback (the ID
 * number a stored sex disagrees with) when mapped, else -1. */
static int
field_of (ZfImport   *self,
          const char *column,
          const char *fallback)
{
  int i = zf_import_register_field_index (self->reg, column);

  if (i >= 0 && self->mapping[i] >= 0)
    return i;
  return fallback ? field_of (self, fallback, NULL) : -1;
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
  return GPOINTER_TO_INT (known) == 1 || g_hash_table_contains (state->body_kinds, name) ||
         g_hash_table_contains (state->file_bodies, name);
}

/* Why a row names a body the register does not have, with the body it
 * may mean when one only contains the name. */
static char *
unknown_body_message (ZfImport   *self,
                      PlanState  *state,
                      const char *name)
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
  set_value (self, values, "officers", joined->str);
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
  set_value (self, values, "matter", label);
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
  *field = field_of (self, "certificate_status", NULL);
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
      *field = field_of (self, "status_date", "certificate_status");
      return g_strdup (_("The status needs the date of the event that set it (the suspension, "
                         "revocation, cancellation or application), in the status date column."));
    }
  if (!applying && V ("issue_date") != NULL && strcmp (V ("status_date"), V ("issue_date")) < 0)
    {
      *field = field_of (self, "status_date", NULL);
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
static void
resolve_body_brackets (ZfImport   *self,
                       PlanState  *state,
                       char      **values,
                       GString    *notes)
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

/* The register's own checks of a whole row; returns the refusal or NULL,
 * and in @field the field whose column is at fault when there is one. */
static char *
check_row (ZfImport   *self,
           PlanState  *state,
           char      **values,
           int        *field)
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
                *field = field_of (self, "parent_name", NULL);
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

    case ZF_IMPORT_OFFICERS:
      {
        const char *id_number = V ("id_number");

        if (id_number != NULL)
          {
            char birth[11];
            const char *sex = zf_id_number_sex (id_number) == ZF_SEX_MALE ? "male" : "female";

            if (V ("sex") != NULL && g_strcmp0 (V ("sex"), sex) != 0)
              {
                *field = field_of (self, "sex", "id_number");
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
            set_value (self, values, "sex", sex);
            if (zf_id_number_birth_date (id_number, birth))
              set_value (self, values, "birth_date", birth);
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
            *field = field_of (self, "valid_until", "issue_date");
            return g_strdup (_("The certificate is valid until a date before its issue date."));
          }
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
      {
        *field = field_of (self, self->reg->fields[i].column, NULL);
        return unknown_body_message (self, state, values[i]);
      }
  if (self->reg->id == ZF_IMPORT_CASES)
    {
      char *refusal = resolve_case_matter (self, values);
      return refusal ? refusal : resolve_case_officers (self, values);
    }
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

/* A second row of the file for the record of @key in @seen (key → first
 * row), refused at its own row; NULL when @key is new to the file. */
static char *
repeated_key (GHashTable *seen,
              const char *key,
              const char *what_format)
{
  gpointer first;

  if (key == NULL || !g_hash_table_lookup_extended (seen, key, NULL, &first))
    return NULL;
  return g_strdup_printf (what_format, GPOINTER_TO_UINT (first));
}

/* The same record twice in the file, named by what makes it the same. */
static char *
in_file_duplicate (ZfImport    *self,
                   PlanState   *state,
                   char *const *values,
                   const char  *key,
                   int         *field)
{
  char *refusal = NULL;

  *field = -1;
  switch (self->reg->id)
    {
    case ZF_IMPORT_OFFICERS:
      {
        const char *first_name = V ("id_number") ? g_hash_table_lookup (state->id_names, V ("id_number")) : NULL;

        /* Two names on one ID number are two people, not a repeated row:
         * one of the two numbers is wrong. */
        if (first_name != NULL && V ("name") != NULL && strcmp (first_name, V ("name")) != 0)
          {
            *field = zf_import_register_field_index (self->reg, "id_number");
            return g_strdup_printf (_("Two different people have the ID number %s: %s in "
                                      "row %u and %s in this row. Correct the number of "
                                      "the one it does not belong to."),
                                    V ("id_number"), first_name,
                                    GPOINTER_TO_UINT (g_hash_table_lookup (state->id_numbers,
                                                                           V ("id_number"))),
                                    V ("name"));
          }
      }
      if ((refusal = repeated_key (state->id_numbers, V ("id_number"),
                                   _("The same ID number as row %u of this file: one person "
                                     "is one row."))))
        *field = zf_import_register_field_index (self->reg, "id_number");
      else if ((refusal = repeated_key (state->certificates, V ("certificate_number"),
                                        _("The same certificate number as row %u of this "
                                          "file: a certificate number belongs to one "
                                          "person."))))
        *field = zf_import_register_field_index (self->reg, "certificate_number");
      return refusal;

    case ZF_IMPORT_BODIES:
      {
        gpointer first;

        if (V ("credit_code") &&
            (refusal = repeated_key (state->keys, key, _("The same credit code as row %u of "
                                                        "this file."))))
          *field = zf_import_register_field_index (self->reg, "credit_code");
        /* A name is the identity of a body without a credit code: the same
         * name twice, where either row lacks the code, is one body twice. */
        else if (g_hash_table_lookup_extended (state->body_names, V ("name"), NULL, &first) &&
                 (!V ("credit_code") || !(GPOINTER_TO_UINT (first) & 1)))
          {
            refusal = g_strdup_printf (_("The same body name as row %u of this file."),
                                       GPOINTER_TO_UINT (first) >> 1);
            *field = zf_import_register_field_index (self->reg, "name");
          }
        return refusal;
      }

    case ZF_IMPORT_MATTERS:
      if ((refusal = repeated_key (state->keys, key,
                                   V ("code") ? _("The same body and matter code as row %u "
                                                  "of this file.")
                                              : _("The same body and matter name as row %u "
                                                  "of this file."))))
        *field = zf_import_register_field_index (self->reg, V ("code") ? "code" : "name");
      return refusal;

    case ZF_IMPORT_CASES:
    default:
      if ((refusal = repeated_key (state->keys, key, _("The same body and case number as row "
                                                      "%u of this file."))))
        *field = zf_import_register_field_index (self->reg, "number");
      return refusal;
    }
}

/* An accepted row claims what identifies it in the file; a refused row
 * does not: once fixed, it may come back in the same file. */
static void
claim_keys (ZfImport    *self,
            PlanState   *state,
            char *const *values,
            char        *key,
            guint        excel_row)
{
  g_hash_table_insert (state->keys, key, GUINT_TO_POINTER (excel_row));
  if (self->reg->id == ZF_IMPORT_OFFICERS)
    {
      if (V ("id_number"))
        g_hash_table_insert (state->id_numbers, g_strdup (V ("id_number")),
                             GUINT_TO_POINTER (excel_row));
      if (V ("id_number") && V ("name"))
        g_hash_table_insert (state->id_names, g_strdup (V ("id_number")), g_strdup (V ("name")));
      if (V ("certificate_number"))
        g_hash_table_insert (state->certificates, g_strdup (V ("certificate_number")),
                             GUINT_TO_POINTER (excel_row));
    }
  else if (self->reg->id == ZF_IMPORT_BODIES && V ("name") &&
           !g_hash_table_contains (state->body_names, V ("name")))
    g_hash_table_insert (state->body_names, g_strdup (V ("name")),
                         GUINT_TO_POINTER (excel_row << 1 | (V ("credit_code") != NULL)));
}

/* Whether @text shows nothing: empty, or only spaces of any kind and
 * zero-width characters (text keeps those, as the file has them). */
static gboolean
is_invisible_only (const char *text)
{
  g_autofree char *code = zf_code_normalize (text);

  return *code == '\0' && strpbrk (text, "'\"`=") == NULL;
}

/* Whether a required field's cell is blank (or only invisible characters)
 * where the row's stored record, @current (NULL for a new row), has no
 * value to keep: then @out is refused at that cell. */
static gboolean
blank_required (ZfImport       *self,
                const ZfRow    *raw,
                const gboolean *present,
                char          **current,
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
  g_autoptr(GString) changes = g_string_new (NULL);
  g_autofree char *key = NULL;
  char **current = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;
  gpointer first_row;
  int field;

  out->excel_row = raw->number;
  out->sheet = raw->sheet;
  out->hidden = raw->hidden;

  for (guint i = 0; i < reg->n_fields; i++)
    {
      const ZfImportField *f = &reg->fields[i];
      int col = self->mapping[i];
      g_autofree char *note = NULL;
      g_autofree char *period_part = NULL;
      g_autofree char *opening = NULL;
      int opening_field = -1;

      if (col < 0)
        continue;
      /* A blank cell says nothing: it never erases a stored value (a
       * flag's blank would read as "no"), a required one included: an
       * update keeps it, a new row is refused below. */
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
          goto done;
        }
      if (f->required && *values[i] == '\0')
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          out->column = zf_import_column_letter (self, raw, col);
          out->message = g_strdup_printf (_("%s is empty; it is required."), zf_import_field_label (f));
          goto done;
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
  out->name = g_strdup (V ("name") ? V ("name") : V ("number"));
  resolve_body_brackets (self, state, values, notes);

  key = row_key (self, values);
  if (key == NULL && blank_required (self, raw, present, NULL, out))
    goto done;
  if (key == NULL)
    {
      /* Officers only: the other registers require what tells them apart. */
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup (_("The row has neither an ID number nor a certificate number, "
                                 "which tell officers apart. Fill one in, or map its column."));
      goto done;
    }
  out->message = in_file_duplicate (self, state, values, key, &field);
  if (out->message != NULL)
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      if (field >= 0 && self->mapping[field] >= 0)
        out->column = zf_import_column_letter (self, raw, self->mapping[field]);
      goto done;
    }

  if (!zf_store_import_find (self->store, reg, values, &out->existing_id, &current, &error))
    {
      int at = error->domain == ZF_ERROR && error->code == ZF_ERROR_DUPLICATE
               ? zf_import_register_field_index (reg, reg->id == ZF_IMPORT_BODIES ? "credit_code"
                                                                                 : "certificate_number")
               : -1;

      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup (error->message);
      if (at >= 0 && self->mapping[at] >= 0)
        out->column = zf_import_column_letter (self, raw, self->mapping[at]);
      goto done;
    }
  /* Two rows that change one stored record: the second would overwrite
   * the first without a word. */
  if (out->existing_id > 0 &&
      g_hash_table_lookup_extended (state->records, &out->existing_id, NULL, &first_row))
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup_printf (_("This row and row %u of this file match the same "
                                        "stored record; keep one of the two rows."),
                                      GPOINTER_TO_UINT (first_row));
      goto done;
    }

  if (blank_required (self, raw, present, current, out))
    goto done;

  /* What the file does not say stays as it is; the rules then judge the
   * record as it would be stored, not the file's columns alone (a public
   * register has no entrustment letter columns, the stored body has). */
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
          set_value (self, values, card_fields[c], NULL);
      /* Its status is its own too, checked as a new card's. */
      set_value (self, values, "certificate_id", NULL);
    }

  field = -1;
  out->message = check_row (self, state, values, &field);
  if (out->message != NULL)
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      if (field >= 0 && self->mapping[field] >= 0)
        out->column = zf_import_column_letter (self, raw, self->mapping[field]);
      goto done;
    }
  claim_keys (self, state, values, g_steal_pointer (&key), raw->number);
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
      out->status = ZF_IMPORT_ROW_NEW;
      out->values = g_steal_pointer (&values);
      goto done;
    }

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
              out->status = ZF_IMPORT_ROW_ERROR;
              out->column = zf_import_column_letter (self, raw, self->mapping[i]);
              out->message = g_strdup_printf (_("%s: the card's status changes only by an event "
                                                "recorded in the register (suspension, return, "
                                                "revocation…); record it there, not by import."),
                                              zf_import_field_label (f));
              goto done;
            }
          if (reg->id == ZF_IMPORT_BODIES && strcmp (f->column, "status") == 0)
            {
              out->status = ZF_IMPORT_ROW_ERROR;
              out->column = zf_import_column_letter (self, raw, self->mapping[i]);
              out->message = g_strdup (_("Status: a body's status changes only by a recorded "
                                         "decision with its document number; change it in "
                                         "the register, not by import."));
              goto done;
            }
          /* A new card number is a new certificate, not an edit of the old one. */
          if (reg->id == ZF_IMPORT_OFFICERS && strcmp (f->column, "certificate_number") == 0)
            set_value (self, values, "certificate_id", NULL);
          if (f->kind != ZF_IMPORT_HIDDEN)
            {
              g_autofree char *was = display_value (f, current[i]);
              g_autofree char *now = display_value (f, values[i]);

              g_string_append_printf (changes, "%s%s: %s → %s", changes->len ? "; " : "",
                                      zf_import_field_label (f), was, now);
            }
        }
    }
  if (changed)
    {
      out->status = ZF_IMPORT_ROW_UPDATE;
      out->values = g_steal_pointer (&values);
      out->changes = g_strdup (changes->str);
    }
  else
    out->status = ZF_IMPORT_ROW_UNCHANGED;

done:
  if (notes->len > 0)
    out->notes = g_strdup (notes->str);
  zf_import_values_free (values, reg->n_fields);
  zf_import_values_free (current, reg->n_fields);
}

/* The name and kind of every body row of the file, read before the rows
 * are planned, so that a row may name a parent listed below it. */
static void
collect_file_bodies (ZfImport  *self,
                     PlanState *state)
{
  int name = zf_import_register_field_index (self->reg, "name");
  int kind = zf_import_register_field_index (self->reg, "kind");

  for (guint i = 0; self->reg->id == ZF_IMPORT_BODIES && i < self->data->len; i++)
    {
      const ZfRow *raw = g_ptr_array_index (self->data, i);
      const ZfImportField *f = &self->reg->fields[kind];
      g_autofree char *text = zf_import_text (zf_row_get_text (raw, self->mapping[name]));
      char *code = NULL;

      if (*text == '\0')
        continue;
      if (self->mapping[kind] >= 0)
        code = zf_import_code (f->codes, f->aliases, zf_row_get_text (raw, self->mapping[kind]),
                               NULL, NULL);
      g_hash_table_insert (state->file_bodies, g_steal_pointer (&text), code ? code : g_strdup (""));
    }
}

static gboolean
row_accepted (const ZfImportRow *row)
{
  return row->status == ZF_IMPORT_ROW_NEW || row->status == ZF_IMPORT_ROW_UPDATE;
}

/* The accepted row of the file that writes the body @name, or NULL. */
static ZfImportRow *
file_row_named (ZfImport   *self,
                const char *name)
{
  int f = zf_import_register_field_index (self->reg, "name");

  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);

      if (row_accepted (row) && g_strcmp0 (row->values[f], name) == 0)
        return row;
    }
  return NULL;
}

static void
refuse_row (ZfImportRow *row,
            guint        n_fields,
            char        *message)
{
  row->status = ZF_IMPORT_ROW_ERROR;
  g_free (row->message);
  row->message = message;
  zf_import_values_free (row->values, n_fields);
  row->values = NULL;
}

/* A row whose parent is a row of the file stands only if that row does,
 * and a chain of such parents must end outside the file's loop: refused
 * rows refuse the rows under them, until nothing changes. */
static void
settle_file_parents (ZfImport  *self,
                     PlanState *state)
{
  int parent_field = zf_import_register_field_index (self->reg, "parent_name");
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint k = 0; k < state->in_file->len; k++)
        {
          ZfImportRow *row = &g_array_index (self->rows, ZfImportRow,
                                             g_array_index (state->in_file, guint, k));
          const char *parent;
          ZfImportRow *up;
          guint steps = 0;

          if (!row_accepted (row))
            continue;
          parent = row->values[parent_field];
          up = file_row_named (self, parent);
          if (up == NULL)
            {
              refuse_row (row, self->reg->n_fields,
                          g_strdup_printf (_("Its parent or entrusting body “%s” is refused in "
                                             "this file; correct that row first."), parent));
              changed = TRUE;
              continue;
            }
          /* Up the chain of parents written by the file: back at this row
           * is a loop. */
          while (up != NULL && up != row && steps++ <= state->in_file->len)
            up = up->values[parent_field] ? file_row_named (self, up->values[parent_field]) : NULL;
          if (up == row)
            {
              refuse_row (row, self->reg->n_fields,
                          g_strdup_printf (_("“%s” is its own parent or entrusting body, "
                                             "through the rows of this file."), row->name));
              changed = TRUE;
            }
        }
    }
}

/* Whether @raw fills any mapped column. A template's rows often carry
 * their serial number (序号) down the sheet with nothing else: those are
 * not records, and are skipped like blank rows. */
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
zf_import_plan (ZfImport          *self,
                GCancellable      *cancellable,
                ZfImportProgress   progress,
                gpointer           user_data,
                GError           **error)
{
  PlanState state;
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
  state.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.id_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.certificates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.body_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.records = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  state.body_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state.body_known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.body_hints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state.id_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state.file_bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state.in_file = g_array_new (FALSE, FALSE, sizeof (guint));
  collect_file_bodies (self, &state);

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
      if (has_data (self, raw))
        {
          ZfImportRow *out = &g_array_index (self->rows, ZfImportRow, n_planned++);

          out->data_index = i;
          state.index = n_planned - 1;
          plan_row (self, &state, raw, out);
        }
    }
  g_array_set_size (self->rows, n_planned);
  settle_file_parents (self, &state);
  /* The plan only read: ending its snapshot either way is the same. */
  zf_store_import_set_planning (self->store, self->reg, FALSE);
  zf_store_rollback (self->store);

  g_hash_table_unref (state.keys);
  g_hash_table_unref (state.id_numbers);
  g_hash_table_unref (state.certificates);
  g_hash_table_unref (state.body_names);
  g_hash_table_unref (state.records);
  g_hash_table_unref (state.body_kinds);
  g_hash_table_unref (state.body_known);
  g_hash_table_unref (state.body_hints);
  g_hash_table_unref (state.id_names);
  g_hash_table_unref (state.file_bodies);
  g_array_unref (state.in_file);
  if (error && *error)
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

guint
zf_import_count_hidden (ZfImport *self)
{
  guint n = 0;

  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    n += g_array_index (self->rows, ZfImportRow, i).hidden;
  return n;
}

guint *
zf_import_commit_order (ZfImport *self)
{
  guint n = self->rows->len, n_done = 0;
  guint *order = g_new (guint, MAX (n, 1));
  g_autofree gboolean *done = g_new0 (gboolean, MAX (n, 1));
  int name = zf_import_register_field_index (self->reg, "name");
  int parent = zf_import_register_field_index (self->reg, "parent_name");
  g_autoptr(GHashTable) pending = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->reg->id != ZF_IMPORT_BODIES)
    {
      for (guint i = 0; i < n; i++)
        order[i] = i;
      return order;
    }
  /* A body is written after the body of the file it names as its parent,
   * which the insert looks up by name. The plan refused loops. */
  for (guint i = 0; i < n; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);

      if (row_accepted (row) && row->values[name] != NULL)
        g_hash_table_insert (pending, row->values[name], GUINT_TO_POINTER (i + 1));
    }
  while (n_done < n)
    {
      guint before = n_done;

      for (guint i = 0; i < n; i++)
        {
          ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
          const char *up = row_accepted (row) ? row->values[parent] : NULL;

          if (done[i] || (up != NULL && g_hash_table_contains (pending, up)))
            continue;
          done[i] = TRUE;
          order[n_done++] = i;
          if (row_accepted (row) && row->values[name] != NULL &&
              GPOINTER_TO_UINT (g_hash_table_lookup (pending, row->values[name])) == i + 1)
            g_hash_table_remove (pending, row->values[name]);
        }
      g_assert (n_done > before);
    }
  return order;
}

char *
zf_import_plan_cell (ZfImport            *self,
                     const ZfImportField *f,
                     const ZfRow         *raw,
                     guint                column,
                     char               **note,
                     GError             **error)
{
  return normalize_cell (f, zf_row_get_text (raw, column), zf_row_get_type (raw, column),
                         self->date1904, note, error);
}
