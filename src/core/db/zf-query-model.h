#pragma once

#include <gio/gio.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_QUERY_MAX_FILTERS 8

/* What a register offers to a list: constant SQL owned by the store.
 * ids_sql[2 * sort] sorts ascending, ids_sql[2 * sort + 1] descending; each
 * selects only the id, takes ?1 = search text (NULL for none) and ?2… = the
 * filter slots (NULL for "any"). item_sql selects one row by ?1 = id with
 * columns named like the item type's fields. */
typedef struct
{
  GType               (*item_type) (void);
  const char *const    *watch;      /* NULL-terminated: tables whose writes refresh */
  guint                 n_sorts;
  const char *const    *ids_sql;
  const char           *item_sql;
  /* Large lists (100,000 officers): when n_search_columns > 0, rows_sql
   * selects, with the same parameters as ids_sql, the id, that many texts
   * to search, then one sort key per sort (n_sorts, as text; key 0 is the
   * default order's), in the order cheapest to read (the table's). The
   * model loads those rows once with ?1 NULL and then filters each
   * keystroke and sorts each click in memory (zf-query-rows.h); filters
   * and writes load them again. A text whose bit is set in
   * search_upper_mask is matched against the search upper-cased. The
   * ids_sql remain the reference of each order. */
  const char           *rows_sql;
  guint                 n_search_columns;
  guint                 search_upper_mask;
} ZfQuerySpec;

#define ZF_TYPE_QUERY_MODEL (zf_query_model_get_type ())

G_DECLARE_FINAL_TYPE (ZfQueryModel, zf_query_model, ZF, QUERY_MODEL, GObject)

ZfQueryModel *zf_query_model_new               (ZfStore           *store,
                                                const ZfQuerySpec *spec);
ZfStore      *zf_query_model_get_store         (ZfQueryModel      *self);

void          zf_query_model_set_search        (ZfQueryModel      *self,
                                                const char        *text);
const char   *zf_query_model_get_search        (ZfQueryModel      *self);
void          zf_query_model_set_sort          (ZfQueryModel      *self,
                                                guint              sort,
                                                gboolean           descending);
guint         zf_query_model_get_sort          (ZfQueryModel      *self);
gboolean      zf_query_model_get_descending    (ZfQueryModel      *self);
/* Slots are numbered from 1 (SQL parameter ?2 is slot 1). */
void          zf_query_model_set_filter_int    (ZfQueryModel      *self,
                                                guint              slot,
                                                gint64             value);
void          zf_query_model_set_filter_text   (ZfQueryModel      *self,
                                                guint              slot,
                                                const char        *text);
void          zf_query_model_clear_filter      (ZfQueryModel      *self,
                                                guint              slot);
/* Whether a filter is set, other than those of @ignored_slots (a mask:
 * 1 << slot). "notify::filtered" follows every change of a filter. */
gboolean      zf_query_model_is_filtered       (ZfQueryModel      *self,
                                                guint              ignored_slots);

gint64        zf_query_model_get_id            (ZfQueryModel      *self,
                                                guint              position);
guint         zf_query_model_find_id           (ZfQueryModel      *self,
                                                gint64             id);
/* Re-runs the query now; otherwise it runs on the next store change. */
void          zf_query_model_refresh           (ZfQueryModel      *self);
/* The last query's error (e.g. database busy), or NULL. */
const GError *zf_query_model_get_error         (ZfQueryModel      *self);

G_END_DECLS
