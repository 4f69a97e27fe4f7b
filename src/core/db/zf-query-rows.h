#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The rows of a large list held in memory for a ZfQueryModel whose spec
 * asks for it (ZfQuerySpec.n_search_columns): the ids in the loaded order
 * with the texts searched and the sort keys of every order. A
 * keystroke filters them and a click on a header sorts them without going
 * back to the database; a change in the database loads them again. */
typedef struct _ZfQueryRows ZfQueryRows;

ZfQueryRows *zf_query_rows_new     (guint         n_search,
                                    guint         upper_mask,
                                    guint         n_sort_keys);
void         zf_query_rows_free    (ZfQueryRows  *self);

/* Steps @stmt to the end: column 0 the id, then the search texts, then
 * the sort keys (key 0 the default order's). Returns the last
 * sqlite3_step() code. */
int          zf_query_rows_load    (ZfQueryRows  *self,
                                    sqlite3_stmt *stmt);
guint        zf_query_rows_get_n   (ZfQueryRows  *self);

/* Sets the order zf_query_rows_filter() reads. Sort s orders by key s
 * (text in byte order, NULL first: names come as pinyin_key () bytes), ties by key 0 and then the loaded
 * order, all reversed when @descending: with rows loaded by id and key 0
 * the name, what "ORDER BY key, name, id" and its DESC twin give. Without
 * keys, the loaded order. Every order is sorted when the rows are loaded:
 * this only says which to read, and which way. */
void         zf_query_rows_sort    (ZfQueryRows  *self,
                                    guint         sort,
                                    gboolean      descending);

/* Appends to @ids (gint64) the ids in the current order whose search
 * texts contain @text (all of them for NULL). A text listed in the upper
 * mask is matched against @text upper-cased (ASCII), like an ID number's
 * X. */
/* The id at @position of every row in order @sort, @descending (not
 * necessarily the current one): reading an order costs nothing more than
 * reading an array, so a list of all rows needs no copy of its ids. */
gint64       zf_query_rows_get_id  (ZfQueryRows  *self,
                                    guint         sort,
                                    gboolean      descending,
                                    guint         position);
void         zf_query_rows_filter  (ZfQueryRows  *self,
                                    const char   *text,
                                    GArray       *ids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfQueryRows, zf_query_rows_free)

G_END_DECLS
