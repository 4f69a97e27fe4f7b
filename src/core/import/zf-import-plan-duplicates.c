#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include "zf-i18n.h"
#include "zf-import-plan-private.h"

/* What identifies a row in the file (credit code or name, ID number or
 * certificate number, body and code or number), to refuse a second row
 * of the same record at its own row. */

/* What identifies the row in the file, to catch the same record twice. */
char *
zf_import_plan_row_key (ZfImport    *self,
                        char *const *values)
{
  switch (self->reg->id)
    {
    case ZF_IMPORT_BODIES:
    case ZF_IMPORT_TARGETS:
      return g_strdup (V ("credit_code") ? V ("credit_code") : V ("name"));
    case ZF_IMPORT_ITEMS:
      return g_strconcat (V ("body_name"), "\x1f", V ("item"), NULL);
    case ZF_IMPORT_LENIENCY:
      return g_strconcat (V ("body_name"), "\x1f", V ("list"), "\x1f", V ("violation"), NULL);
    case ZF_IMPORT_BENCHMARKS:
      return g_strconcat (V ("body_name"), "\x1f", V ("violation"), "\x1f",
                          V ("tier") ? V ("tier") : "", NULL);
    case ZF_IMPORT_OFFICERS:
      return g_strdup (V ("id_number") ? V ("id_number") : V ("certificate_number"));
    case ZF_IMPORT_MATTERS:
      return g_strconcat (V ("body_name"), "\x1f", V ("code") ? "c" : "n",
                          V ("code") ? V ("code") : V ("name"), NULL);
    case ZF_IMPORT_LAWS:
      return g_strconcat (V ("body_name"), "\x1f", V ("title"), "\x1f",
                          V ("article") ? V ("article") : "", NULL);
    case ZF_IMPORT_TRANSFERS:
      return g_strconcat (V ("from_body"), "\x1f", V ("code") ? "c" : "n",
                          V ("code") ? V ("code") : V ("name"), "\x1f", V ("to_body"), "\x1f",
                          V ("date"), NULL);
    case ZF_IMPORT_DUTIES:
      return g_strconcat (V ("body_name"), "\x1f", V ("code") ? "c" : "n",
                          V ("code") ? V ("code") : V ("name"), "\x1f",
                          V ("section_name") ? V ("section_name") : "", "\x1f",
                          V ("post_name") ? V ("post_name") : "", "\x1f",
                          V ("certificate_number") ? V ("certificate_number") : "", "\x1f",
                          V ("officer_name") ? V ("officer_name") : "", NULL);
    case ZF_IMPORT_CASES:
    default:
      return g_strconcat (V ("body_name"), "\x1f", V ("number"), NULL);
    }
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

/* Officers: one ID number is one person, one certificate number one
 * holder. */
static char *
officer_duplicate (ZfImport    *self,
                   ZfPlanState *state,
                   char *const *values,
                   int         *field)
{
  const char *first_name = V ("id_number") ? g_hash_table_lookup (state->id_names, V ("id_number")) : NULL;
  char *refusal = NULL;

  /* Two names on one ID number are two people, not a repeated row: one
   * of the two numbers is wrong. */
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
}

/* Bodies and inspection targets: by credit code, else by name. */
static char *
body_duplicate (ZfImport    *self,
                ZfPlanState *state,
                char *const *values,
                const char  *key,
                int         *field)
{
  char *refusal = NULL;
  gpointer first;

  if (V ("credit_code") &&
      (refusal = repeated_key (state->keys, key, _("The same credit code as row %u of "
                                                  "this file."))))
    *field = zf_import_register_field_index (self->reg, "credit_code");
  /* A name is the identity of a body (a target) without a credit code:
   * the same name twice, where either row lacks the code, is one body
   * twice. */
  else if (g_hash_table_lookup_extended (state->body_names, V ("name"), NULL, &first) &&
           (!V ("credit_code") || !(GPOINTER_TO_UINT (first) & 1)))
    {
      refusal = g_strdup_printf (self->reg->id == ZF_IMPORT_BODIES
                                 ? _("The same body name as row %u of this file.")
                                 : _("The same name as row %u of this file, where one "
                                     "of the two has no credit code."),
                                 GPOINTER_TO_UINT (first) >> 1);
      *field = zf_import_register_field_index (self->reg, "name");
    }
  return refusal;
}

/* The same record twice in the file, named by what makes it the same. */
char *
zf_import_plan_in_file_duplicate (ZfImport    *self,
                                  ZfPlanState *state,
                                  char *const *values,
                                  const char  *key,
                                  int         *field)
{
  char *refusal = NULL;

  *field = -1;
  switch (self->reg->id)
    {
    case ZF_IMPORT_OFFICERS:
      return officer_duplicate (self, state, values, field);

    case ZF_IMPORT_BODIES:
    case ZF_IMPORT_TARGETS:
      return body_duplicate (self, state, values, key, field);

    case ZF_IMPORT_LENIENCY:
      if ((refusal = repeated_key (state->keys, key, _("The same body, list and violation as "
                                                      "row %u of this file."))))
        *field = zf_import_register_field_index (self->reg, "violation");
      return refusal;

    case ZF_IMPORT_BENCHMARKS:
      if ((refusal = repeated_key (state->keys, key, _("The same body, violation and tier as "
                                                      "row %u of this file."))))
        *field = zf_import_register_field_index (self->reg, V ("tier") ? "tier" : "violation");
      return refusal;

    case ZF_IMPORT_ITEMS:
      if ((refusal = repeated_key (state->keys, key, _("The same body and inspection item as "
                                                      "row %u of this file."))))
        *field = zf_import_register_field_index (self->reg, "item");
      return refusal;

    case ZF_IMPORT_MATTERS:
      if ((refusal = repeated_key (state->keys, key,
                                   V ("code") ? _("The same body and matter code as row %u "
                                                  "of this file.")
                                              : _("The same body and matter name as row %u "
                                                  "of this file."))))
        *field = zf_import_register_field_index (self->reg, V ("code") ? "code" : "name");
      return refusal;

    case ZF_IMPORT_LAWS:
      if ((refusal = repeated_key (state->keys, key, _("The same body, law and article as row "
                                                      "%u of this file."))))
        *field = zf_import_register_field_index (self->reg, "title");
      return refusal;

    case ZF_IMPORT_TRANSFERS:
      if ((refusal = repeated_key (state->keys, key, _("The same transfer (matter, bodies and "
                                                      "date) as row %u of this file."))))
        *field = zf_import_register_field_index (self->reg, "name");
      return refusal;

    case ZF_IMPORT_DUTIES:
      if ((refusal = repeated_key (state->keys, key, _("The same assignment (matter, section, "
                                                      "post and officer) as row %u of this "
                                                      "file."))))
        *field = zf_import_register_field_index (self->reg, "name");
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
void
zf_import_plan_claim_keys (ZfImport    *self,
                           ZfPlanState *state,
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
  else if ((self->reg->id == ZF_IMPORT_BODIES || self->reg->id == ZF_IMPORT_TARGETS) && V ("name") &&
           !g_hash_table_contains (state->body_names, V ("name")))
    g_hash_table_insert (state->body_names, g_strdup (V ("name")),
                         GUINT_TO_POINTER (excel_row << 1 | (V ("credit_code") != NULL)));
}

