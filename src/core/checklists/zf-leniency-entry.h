#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_LENIENCY_ENTRY (zf_leniency_entry_get_type ())

G_DECLARE_FINAL_TYPE (ZfLeniencyEntry, zf_leniency_entry, ZF, LENIENCY_ENTRY, ZfRecord)

/* An entry of the four lists (包容审慎监管"四张清单"), DOMAIN.md §3. Fields are properties named like the columns. */
ZfLeniencyEntry *zf_leniency_entry_new (void);

G_END_DECLS
