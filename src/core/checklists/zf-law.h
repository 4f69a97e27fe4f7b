#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_LAW (zf_law_get_type ())

G_DECLARE_FINAL_TYPE (ZfLaw, zf_law, ZF, LAW, ZfRecord)

/* A law, regulation, rule or normative document of the catalog of legal
 * bases (执法依据), DOMAIN.md §3. Fields are properties named like the columns. */
ZfLaw *zf_law_new (void);

G_END_DECLS
