#pragma once

#include <gtk/gtk.h>

#include "zf-record.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_CHECKLISTS_VIEW (zf_checklists_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfChecklistsView, zf_checklists_view, ZF, CHECKLISTS_VIEW, GtkWidget)

/* The 清单 tab: a sidebar of the registers (legal bases, matters, four
 * lists, benchmarks, random inspection items, targets, draws), each a
 * searchable list sorted in SQL, with its editors, exports and the draw. */

/* Shows the register by its name: "laws", "matters", "leniency",
 * "benchmarks", "items", "targets" or "draws". */
void        zf_checklists_view_show_register (ZfChecklistsView *self,
                                              const char       *name);
/* The name of the register shown, as zf_checklists_view_show_register()
 * takes it. */
const char *zf_checklists_view_get_register  (ZfChecklistsView *self);
/* Narrows the lists to one body (0: every body) and checks it (C1–C4). */
void        zf_checklists_view_set_body      (ZfChecklistsView *self,
                                              gint64            body_id);
GListModel *zf_checklists_view_get_list      (ZfChecklistsView *self,
                                              const char       *name);
void        zf_checklists_view_select_id     (ZfChecklistsView *self,
                                              const char       *name,
                                              gint64            id);

/* Open the editors and the draw dialog as the buttons do; the window is
 * returned so that tests can drive it. */
GtkWindow  *zf_checklists_view_new_record    (ZfChecklistsView *self);
GtkWindow  *zf_checklists_view_edit_selected (ZfChecklistsView *self);
GtkWindow  *zf_checklists_view_new_draw      (ZfChecklistsView *self);
GtkWindow  *zf_checklists_view_open_draw     (ZfChecklistsView *self);
/* On the selected matter: transfer it (and others of its body) to another
 * body, or give its duty to a section, post or officer. NULL without a
 * selected matter. */
GtkWindow  *zf_checklists_view_transfer_matters (ZfChecklistsView *self);
GtkWindow  *zf_checklists_view_assign_duties    (ZfChecklistsView *self);
/* Tests: exports the register shown (not the draws) to @path without
 * asking, as its list shows it; an export runs until
 * zf_checklists_view_is_exporting() turns false. */
void        zf_checklists_view_export_to       (ZfChecklistsView *self,
                                                const char       *path);
gboolean    zf_checklists_view_is_exporting    (ZfChecklistsView *self);

G_END_DECLS
