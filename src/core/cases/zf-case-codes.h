#pragma once

#include "zf-codes.h"

G_BEGIN_DECLS

/* Code lists of §4 (case files and their evaluation). */
extern const ZfCodeList zf_case_categories;
extern const ZfCodeList zf_case_procedures;
extern const ZfCodeList zf_case_party_kinds;
extern const ZfCodeList zf_evaluation_grades;
extern const ZfCodeList zf_evaluation_modes;
extern const ZfCodeList zf_rectification_statuses;
extern const ZfCodeList zf_standard_roundings;

G_END_DECLS
