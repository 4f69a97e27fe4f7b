#pragma once

#include <gio/gio.h>

#include "zf-store.h"

G_BEGIN_DECLS

/* Recomputes every officer's summary (the current card, the newest
 * assessment grade and the year it grades, the last activity, the training
 * hours of each year and the latest year's, the date and 文号 of the
 * card's status event) from the certificates and events, by a formulation
 * of its own, and compares it with the summaries the triggers keep
 * (zf-schema-v8.c, zf-schema-v12.c). Returns the number of officers whose summary differs
 * (0 when all agree), their ids in @officer_ids when not NULL, or -1 with
 * @error set. */
gint64 zf_store_verify_officer_summaries (ZfStore  *self,
                                          GArray   *officer_ids,
                                          GError  **error);

G_END_DECLS
