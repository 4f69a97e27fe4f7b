#pragma once

#include "zf-codes.h"
#include "zf-store-benchmarks.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-store-draws.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"
#include "zf-store-private.h"

G_BEGIN_DECLS

/* The lists of the checklists tab are ZfQuerySpecs: constant SQL per sort
 * column and direction, ?1 = search text (a substring; one Chinese
 * character is enough), ?2… = filters. Every order ends on the id, so that
 * equal keys keep one stable order: SORT gives both directions of a column,
 * @key then @tail (and @tail##_DESC). */
#define SORT(ids, key, tail) ids (key ", " tail), ids (key " DESC, " tail##_DESC)

/* Appends every row of @stmt (already bound) to @table; column i is
 * translated through @labels[i] when that is not NULL. Resets @stmt. */
gboolean  zf_checklists_fill_table (ZfStore            *self,
                                    sqlite3_stmt       *stmt,
                                    ZfTable            *table,
                                    const ZfCodeList *const *labels,
                                    guint               n_labels,
                                    GError            **error);

/* Runs @sql (constant; ?1 = @body_id, NULL for 0, and ?2 = @ids, the
 * rows a searched list shows (NULL: all), as JSON, when it has those
 * parameters) and appends its rows to @table. */
gboolean  zf_checklists_fill_rows  (ZfStore            *self,
                                    const char         *sql,
                                    gint64              body_id,
                                    GArray             *ids,
                                    ZfTable            *table,
                                    GError            **error);

/* Whether body @body_id exists; @domain_out (may be NULL) gets its domain. */
gboolean  zf_checklists_body_exists (ZfStore           *self,
                                     gint64             body_id,
                                     char             **domain_out);


G_END_DECLS
