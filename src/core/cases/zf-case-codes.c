#define G_LOG_DOMAIN "zf-case-codes"

#include "config.h"

#include "zf-case-codes.h"
#include "zf-i18n.h"

#define CODE_LIST(name, ...) \
  static const ZfCode name##_codes[] = { __VA_ARGS__ }; \
  const ZfCodeList name = { name##_codes, G_N_ELEMENTS (name##_codes) }

CODE_LIST (zf_case_categories,
  { "penalty", N_("Administrative penalty") },
  { "coercion", N_("Administrative coercion") },
  { "licensing", N_("Administrative licensing") },
  { "inspection", N_("Administrative inspection") });

CODE_LIST (zf_case_procedures,
  { "simple", N_("Simple procedure") },
  { "ordinary", N_("Ordinary procedure") },
  { "hearing", N_("Hearing procedure") });

CODE_LIST (zf_case_party_kinds,
  { "person", N_("Natural person") },
  { "organization", N_("Organization") });

CODE_LIST (zf_evaluation_grades,
  { "excellent", N_("Excellent") },
  { "pass", N_("Pass") },
  { "fail", N_("Fail") });

CODE_LIST (zf_evaluation_modes,
  { "self", N_("Self-evaluation") },
  { "central", N_("Central evaluation") });

CODE_LIST (zf_rectification_statuses,
  { "open", N_("Open") },
  { "closed", N_("Closed") });

/* How a standard rounds the final score before the bands are applied: the
 * published standards differ, and 59.5 passes under one and fails under
 * another. */
CODE_LIST (zf_standard_roundings,
  { "one_decimal", N_("One decimal") },
  { "integer", N_("Whole points (half up)") },
  { "none", N_("No rounding") });
