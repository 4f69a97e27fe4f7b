#pragma once

#include <gtk/gtk.h>

#include "zf-body.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_BODIES_VIEW (zf_bodies_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfBodiesView, zf_bodies_view, ZF, BODIES_VIEW, GtkWidget)

/* The bodies register (执法主体): a searchable list sorted in SQL and the
 * selected body's fields, rule findings and history. */
ZfBody         *zf_bodies_view_get_selected_body (ZfBodiesView *self);
void            zf_bodies_view_focus_search      (ZfBodiesView *self);
GtkSearchEntry *zf_bodies_view_get_search_entry  (ZfBodiesView *self);
/* The rows as shown (after search), for the window and tests. */
GListModel     *zf_bodies_view_get_model         (ZfBodiesView *self);
void            zf_bodies_view_select_id         (ZfBodiesView *self,
                                                  gint64        id);
/* Exports the public register of the published bodies the list shows
 * (after a search or filters) to the file the user chooses, or to @path
 * without asking; the status bar then offers to open it. An export runs
 * until zf_bodies_view_is_exporting() turns false. */
void            zf_bodies_view_export            (ZfBodiesView *self);
void            zf_bodies_view_export_to         (ZfBodiesView *self,
                                                  const char   *path);
gboolean        zf_bodies_view_is_exporting      (ZfBodiesView *self);

G_END_DECLS
