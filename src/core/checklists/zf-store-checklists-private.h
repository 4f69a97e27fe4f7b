#pragma once

#include "zf-codes.h"
#include "zf-store-checklists.h"
#include "zf-store-private.h"

G_BEGIN_DECLS

/* Appends every row of @stmt (already bound) to @table; column i is
 * translated through @labels[i] when that is not NULL. Resets @stmt. */
gboolean  zf_checklists_fill_table (ZfStore            *self,
                                    sqlite3_stmt       *stmt,
                                    ZfTable            *table,
                                    const ZfCodeList *const *labels,
                                    guint               n_labels,
                                    GError            **error);

/* Runs @sql (constant; ?1 = @body_id, NULL for 0, when it has that
 * parameter) and appends its rows to @table. */
gboolean  zf_checklists_fill_rows  (ZfStore            *self,
                                    const char         *sql,
                                    gint64              body_id,
                                    ZfTable            *table,
                                    GError            **error);

/* The record's id after an INSERT … RETURNING id, uuid, or 0 with @error. */
gboolean  zf_checklists_step_returning (ZfStore    *self,
                                        sqlite3_stmt *stmt,
                                        ZfRecord   *record,
                                        GError    **error);

G_END_DECLS
