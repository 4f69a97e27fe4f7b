#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_HISTORY_VIEW (zf_history_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfHistoryView, zf_history_view, ZF, HISTORY_VIEW, GtkWidget)

GtkWidget *zf_history_view_new      (void);

/* Shows the audit log of row @row_id of @table, newest first: when, who,
 * and each changed field as old → new. @row_id 0 clears the view. */
void       zf_history_view_set_row  (ZfHistoryView *self,
                                     ZfStore       *store,
                                     const char    *table,
                                     gint64         row_id);

/* Entries shown (for tests). */
guint      zf_history_view_get_n_entries (ZfHistoryView *self);

G_END_DECLS
