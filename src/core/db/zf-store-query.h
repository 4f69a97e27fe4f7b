#pragma once

#include "zf-query-rows.h"
#include "zf-record.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The store's side of ZfQueryModel: it runs the model's constant SQL, so
 * that the model itself keeps no statements. */

/* One filter slot of a query: unset (NULL in SQL), a number or a text. */
typedef struct
{
  gboolean  set;
  gboolean  is_text;
  gint64    number;
  char     *text;
} ZfQueryFilter;

/* The record of @type in the row @sql (?1 = @id) returns, or NULL when
 * there is none or the statement fails. */
ZfRecord *zf_store_query_item (ZfStore             *self,
                               const char          *sql,
                               GType                type,
                               gint64               id);

/* Runs @sql with ?1 = @search and ?2… = @filters (as many as @sql has
 * parameters): a large list's rows go into @rows, otherwise (@rows NULL)
 * the ids of the rows are appended to @ids. */
gboolean  zf_store_query_run  (ZfStore             *self,
                               const char          *sql,
                               const char          *search,
                               const ZfQueryFilter *filters,
                               guint                n_filters,
                               ZfQueryRows         *rows,
                               GArray              *ids,
                               GError             **error);

G_END_DECLS
