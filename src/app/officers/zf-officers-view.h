#pragma once

#include <gtk/gtk.h>

#include "zf-officer.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_OFFICERS_VIEW (zf_officers_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfOfficersView, zf_officers_view, ZF, OFFICERS_VIEW, GtkWidget)

/* The officers page: the list (search, body, status and "needs attention"
 * filters, SQL sorting), the officer's detail with the rules' findings and
 * proposals and the certificate history, and the exports. */
ZfOfficer  *zf_officers_view_get_selected_officer (ZfOfficersView *self);
void        zf_officers_view_select_id            (ZfOfficersView *self,
                                                   gint64          id);
GListModel *zf_officers_view_get_model            (ZfOfficersView *self);
/* The tooltip of @officer's 需关注 cell: each finding of the rules its
 * cell names, headed by the rule and the document it cites; NULL when the
 * officer needs no attention. */
char       *zf_officers_view_get_attention_text   (ZfOfficersView *self,
                                                   ZfOfficer      *officer);
/* What the detail pane shows now: the proposals (ZfProposal) and the
 * history list, newest first. */
GPtrArray  *zf_officers_view_get_proposals        (ZfOfficersView *self);
GtkListBox *zf_officers_view_get_timeline         (ZfOfficersView *self);
/* Opens the dialogs the buttons open; returned for tests. */
GtkWindow  *zf_officers_view_edit_officer         (ZfOfficersView *self,
                                                   gboolean        new_officer);
GtkWindow  *zf_officers_view_record_event         (ZfOfficersView *self);
GtkWindow  *zf_officers_view_confirm_proposal     (ZfOfficersView *self,
                                                   guint           index);
/* Starts the export an export button starts once its file is chosen:
 * @action is "officers.export-pdf", "officers.export-public" or
 * "officers.export-roster". It runs in a thread; the page shows its
 * progress until zf_officers_view_is_exporting() turns false. */
void        zf_officers_view_export_to            (ZfOfficersView *self,
                                                   const char     *action,
                                                   const char     *path);
gboolean    zf_officers_view_is_exporting         (ZfOfficersView *self);
/* What the print button runs (through the print dialog): the holder list
 * of the officers the filters show. */
GtkPrintOperation *zf_officers_view_new_print_operation (ZfOfficersView *self);

G_END_DECLS
