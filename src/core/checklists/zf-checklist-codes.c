#define G_LOG_DOMAIN "zf-checklist-codes"

#include "config.h"

#include <string.h>

#include "zf-checklist-codes.h"
#include "zf-i18n.h"

#define CODE_LIST(name, ...) \
  static const ZfCode name##_codes[] = { __VA_ARGS__ }; \
  const ZfCodeList name = { name##_codes, G_N_ELEMENTS (name##_codes) }

/* The order is the order of legal force; the body's 三定 rules come last
 * because they allocate duties rather than create powers. */
CODE_LIST (zf_law_levels,
  { "law", N_("Law") },
  { "administrative_regulation", N_("Administrative regulation") },
  { "local_regulation", N_("Local regulation") },
  { "autonomous_regulation", N_("Autonomous and separate regulation") },
  { "department_rule", N_("Department rule") },
  { "local_government_rule", N_("Local government rule") },
  { "normative_document", N_("Normative document") },
  { "sanding", N_("Three-determination rules") });

CODE_LIST (zf_matter_categories,
  { "licensing", N_("Administrative licensing") },
  { "penalty", N_("Administrative penalty") },
  { "coercion", N_("Administrative coercion") },
  { "levy", N_("Administrative levy") },
  { "requisition", N_("Administrative requisition") },
  { "charge", N_("Administrative charge") },
  { "benefit", N_("Administrative benefit") },
  { "inspection", N_("Administrative inspection") },
  { "confirmation", N_("Administrative confirmation") },
  { "reward", N_("Administrative reward") },
  { "adjudication", N_("Administrative adjudication") },
  { "other", N_("Other administrative power") });

CODE_LIST (zf_matter_statuses,
  { "active", N_("Active") },
  { "transferred", N_("Transferred") },
  { "abolished", N_("Abolished") });

CODE_LIST (zf_leniency_lists,
  { "no_penalty", N_("No penalty") },
  { "lighter", N_("Lighter penalty") },
  { "mitigated", N_("Mitigated penalty") },
  { "no_coercion", N_("No coercive measure") });

CODE_LIST (zf_benchmark_tiers,
  { "slight", N_("Slight") },
  { "general", N_("General") },
  { "serious", N_("Serious") },
  { "severe", N_("Severe") });

/* Units of a benchmark's ranges: fines in yuan or ten thousand yuan, a
 * suspension in days. Other units are shown as they were typed. */
CODE_LIST (zf_benchmark_units,
  { "yuan", N_("Yuan") },
  { "ten_thousand_yuan", N_("Ten thousand yuan") },
  { "day", N_("Days") });

int
zf_code_index (const ZfCodeList *list,
               const char       *code)
{
  g_return_val_if_fail (list != NULL, -1);

  for (guint i = 0; code && i < list->n_codes; i++)
    if (strcmp (list->codes[i].code, code) == 0)
      return (int) i;
  return -1;
}
