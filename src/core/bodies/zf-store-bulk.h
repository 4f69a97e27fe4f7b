#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* Edits of many rows at once. Each is one transaction: all rows change, or
 * (on any error, or when the program is killed) none. Per-row auditing
 * stays on, so every row's history shows the change. */

/* Moves every body of enforcement domain @from to @to (e.g. when a reform
 * merges two domains). @n_changed gets the number of bodies changed. */
gboolean zf_store_bodies_set_domain (ZfStore     *self,
                                     const char  *from,
                                     const char  *to,
                                     guint64     *n_changed,
                                     GError     **error);

G_END_DECLS
