#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ZF_TYPE_SQL_SORTER (zf_sql_sorter_get_type ())

G_DECLARE_FINAL_TYPE (ZfSqlSorter, zf_sql_sorter, ZF, SQL_SORTER, GtkSorter)

/* The sorter of one column whose rows are sorted by SQL: it never sorts
 * anything itself, it only lets the view find out which column the user
 * clicked (see zf_sql_sorter_probe()). */
ZfSqlSorter *zf_sql_sorter_new          (guint      sort_key);
guint        zf_sql_sorter_get_sort_key (ZfSqlSorter *self);

/* Asks @view_sorter (a GtkColumnViewSorter) which ZfSqlSorter is primary and
 * in which direction. Returns FALSE when no column sorts. */
gboolean     zf_sql_sorter_probe        (GtkSorter  *view_sorter,
                                         guint      *sort_key,
                                         gboolean   *descending);

G_END_DECLS
