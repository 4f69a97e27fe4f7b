#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-checklist-rules.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-plan-private.h"
#include "zf-store-import.h"
#include "zf-store-matters.h"

/* The checks of a duty assignment's row (职责分解): what it names must be
 * in the register — the matter on its body's list, the section, the post,
 * the officer — and the assignment must pass C4, judged by the query and
 * the rule that judge one made in the window (zf_store_check_duty()). */

static char *
refuse_at (ZfImport   *self,
           int        *field,
           const char *column,
           char       *message)
{
  *field = zf_import_plan_field_of (self, column, "name");
  return message;
}

/* The officer the row names, where it names one: by card number, whose
 * holder must bear the row's name; else by a name one officer of the
 * body has. */
static char *
check_officer (ZfImport              *self,
               char *const           *values,
               const ZfImportDutyIds *ids,
               int                   *field)
{
  const char *number = V ("certificate_number");
  const char *name = V ("officer_name");

  if (number != NULL && ids->officer_id == 0)
    return refuse_at (self, field, "certificate_number",
                      g_strdup_printf (_("No officer in the register holds the certificate %s."),
                                       number));
  if (number != NULL && name != NULL && g_strcmp0 (ids->officer_name, name) != 0)
    return refuse_at (self, field, "officer_name",
                      g_strdup_printf (_("The certificate %s is held by “%s”, not “%s”: correct "
                                         "the name or the number."),
                                       number, ids->officer_name, name));
  if (number == NULL && name != NULL && ids->officer_id == 0)
    return refuse_at (self, field, "officer_name",
                      g_strdup_printf (_("“%s” has no officer named “%s”."), V ("body_name"),
                                       name));
  if (number == NULL && name != NULL && ids->n_officers > 1)
    return refuse_at (self, field, "officer_name",
                      g_strdup_printf (_("“%s” has %u officers named “%s”: give the "
                                         "certificate number of the one meant."),
                                       V ("body_name"), ids->n_officers, name));
  return NULL;
}

/* What the row names, each found in the register, or the refusal at
 * the cell that names what is not there. */
static char *
check_named (ZfImport              *self,
             char *const           *values,
             const ZfImportDutyIds *ids,
             int                   *field)
{
  if (ids->matter_id == 0)
    return refuse_at (self, field, V ("code") ? "code" : "name",
                      g_strdup_printf (_("“%s” is not on the list of enforcement matters of “%s” "
                                         "(by code or name); import the body's matters first."),
                                       V ("code") ? V ("code") : V ("name"), V ("body_name")));
  /* A code names the matter; another name says the code has a typo. */
  if (V ("code") != NULL && g_strcmp0 (ids->matter_name, V ("name")) != 0)
    return refuse_at (self, field, "name",
                      g_strdup_printf (_("The matter %s of “%s” is “%s”, not “%s” as this row "
                                         "says: correct the code or the name."),
                                       V ("code"), V ("body_name"), ids->matter_name, V ("name")));
  if (V ("section_name") != NULL && ids->section_id == 0)
    return refuse_at (self, field, "section_name",
                      g_strdup_printf (_("“%s” has no section “%s”."), V ("body_name"),
                                       V ("section_name")));
  if (V ("post_name") != NULL && ids->post_id == 0)
    return refuse_at (self, field, "post_name",
                      g_strdup_printf (_("“%s” has no post “%s”."), V ("body_name"),
                                       V ("post_name")));
  if (V ("post_name") != NULL && V ("section_name") == NULL && ids->n_posts > 1)
    return refuse_at (self, field, "post_name",
                      g_strdup_printf (_("“%s” has a post “%s” in %u sections: name the section "
                                         "of the one meant."),
                                       V ("body_name"), V ("post_name"), ids->n_posts));
  return check_officer (self, values, ids, field);
}

char *
zf_import_plan_check_duty (ZfImport  *self,
                           char     **values,
                           int       *field)
{
  g_auto(ZfImportDutyIds) ids = { 0 };
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GError) error = NULL;
  ZfDutyLine facts;
  char *refusal;

  /* A section, a post or an officer takes the duty (C4), as the window
   * asks before it looks anything up. */
  if (!zf_rule_duty_holder (V ("section_name") != NULL, V ("post_name") != NULL,
                            V ("officer_name") != NULL || V ("certificate_number") != NULL,
                            &error))
    return refuse_at (self, field, "section_name", g_strdup (error->message));
  zf_store_import_duty_ids (self->store, self->reg, values, &ids);
  if ((refusal = check_named (self, values, &ids, field)) != NULL)
    return refusal;
  if (!zf_store_check_duty (self->store, ids.matter_id, ids.section_id, ids.post_id,
                            ids.officer_id, &facts, findings, &error))
    return g_strdup (error->message);
  if (!zf_findings_to_error (findings, &error))
    {
      /* The cell of what C4 found out of place. */
      const char *column = !facts.matter_active ? "name"
                           : ids.officer_id > 0 && (!facts.same_body || !facts.within_upper)
                           ? (V ("certificate_number") ? "certificate_number" : "officer_name")
                           : ids.post_id > 0 ? "post_name" : "section_name";

      return refuse_at (self, field, column, g_strdup (error->message));
    }
  return NULL;
}
