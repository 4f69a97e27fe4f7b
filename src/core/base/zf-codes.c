#define G_LOG_DOMAIN "zf-codes"

#include "config.h"

#include <string.h>

#include "zf-codes.h"
#include "zf-i18n.h"

#define CODE_LIST(name, ...) \
  static const ZfCode name##_codes[] = { __VA_ARGS__ }; \
  const ZfCodeList name = { name##_codes, G_N_ELEMENTS (name##_codes) }

CODE_LIST (zf_body_kinds,
  { "organ", N_("Administrative organ") },
  { "authorized", N_("Authorized organization") },
  { "entrusted", N_("Entrusted organization") });

CODE_LIST (zf_body_levels,
  { "province", N_("Province") },
  { "city", N_("City") },
  { "county", N_("County") },
  { "township", N_("Township") });

CODE_LIST (zf_body_statuses,
  { "pending", N_("Pending") },
  { "confirmed", N_("Confirmed") },
  { "published", N_("Published") },
  { "revoked", N_("Revoked") });

CODE_LIST (zf_body_review_results,
  { "kept", N_("Confirmed unchanged") },
  { "changed", N_("Confirmed with changes") },
  { "revoked", N_("Revoked") });

/* Officers and certificates (DOMAIN.md §2) */
CODE_LIST (zf_officer_staffings,
  { "administrative", N_("Administrative staff (行政编)") },
  { "civil_service_managed", N_("Civil-service managed (参公事业编)") },
  { "institution", N_("Public institution staff (事业编)") },
  { "non_staff", N_("Not on the establishment (非在编)") },
  { "auxiliary", N_("Auxiliary staff (辅助人员)") });

/* "none" is what a list shows for an officer who never applied. */
CODE_LIST (zf_certificate_statuses,
  { "none", N_("No certificate") },
  { "applying", N_("Applying") },
  { "valid", N_("Valid") },
  { "suspended", N_("Suspended") },
  { "revoked", N_("Revoked") },
  { "cancelled", N_("Cancelled") },
  { "expired", N_("Expired") },
  { "void", N_("Void (reissued)") });

CODE_LIST (zf_sexes,
  { "male", N_("Male") },
  { "female", N_("Female") });

CODE_LIST (zf_assessment_grades,
  { "excellent", N_("Excellent") },
  { "competent", N_("Competent") },
  { "basically_competent", N_("Basically competent") },
  { "incompetent", N_("Incompetent") });

CODE_LIST (zf_officer_event_kinds,
  { "applied", N_("Application") },
  { "review_first", N_("First review (初审)") },
  { "review_second", N_("Second review (复审)") },
  { "review_final", N_("Final review (复核)") },
  { "exam", N_("Exam") },
  { "issued", N_("Certificate issued") },
  { "annual_review", N_("Annual review (年检)") },
  { "training", N_("Training") },
  { "assessment", N_("Annual assessment") },
  { "capability_test", N_("Capability test") },
  { "reminder", N_("Talk reminder") },
  { "criticism", N_("Circulated criticism") },
  { "suspension", N_("Suspension") },
  { "return", N_("Return") },
  { "revocation", N_("Revocation") },
  { "cancellation", N_("Cancellation") },
  { "lost_reissued", N_("Lost and reissued") },
  { "referral", N_("Referral to discipline inspection") },
  { "misconduct", N_("Misconduct") },
  { "activity", N_("Enforcement activity") });

/* Grounds of a misconduct event; all but "irregular" are grounds of R4 or R9. */
CODE_LIST (zf_misconduct_grounds,
  { "irregular", N_("Irregular conduct without serious consequence") },
  { "criminal", N_("Criminal punishment or dismissal") },
  { "serious_consequence", N_("Inaction or abuse with serious consequences") },
  { "rough", N_("Rough enforcement") },
  { "abuse", N_("Abuse of power for personal gain") },
  { "violation", N_("Violation of law or discipline") });

const char *
zf_code_label (const ZfCodeList *list,
               const char       *code)
{
  g_return_val_if_fail (list != NULL, NULL);

  for (guint i = 0; code && i < list->n_codes; i++)
    if (strcmp (list->codes[i].code, code) == 0)
      return _(list->codes[i].label);
  return code ? code : "";
}

gboolean
zf_code_is_valid (const ZfCodeList *list,
                  const char       *code)
{
  for (guint i = 0; code && i < list->n_codes; i++)
    if (strcmp (list->codes[i].code, code) == 0)
      return TRUE;
  return FALSE;
}

const char *
zf_code_match (const ZfCodeList *list,
               const char       *text)
{
  const char *found = NULL;
  guint n_found = 0;

  g_return_val_if_fail (list != NULL, NULL);

  if (text == NULL || *text == '\0')
    return NULL;

  for (guint i = 0; i < list->n_codes; i++)
    {
      const ZfCode *c = &list->codes[i];

      if (g_ascii_strcasecmp (text, c->code) == 0 ||
          g_ascii_strcasecmp (text, c->label) == 0 ||
          strcmp (text, _(c->label)) == 0)
        return c->code;
    }

  for (guint i = 0; i < list->n_codes; i++)
    {
      const char *label = _(list->codes[i].label);

      if (strstr (label, text) != NULL || strstr (text, label) != NULL)
        {
          found = list->codes[i].code;
          n_found++;
        }
    }
  return n_found == 1 ? found : NULL;
}
