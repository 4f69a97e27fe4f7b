#pragma once

#include "zf-export-job.h"
#include "zf-officers-view.h"
#include "zf-register-page.h"
#include "zf-store-officers.h"

G_BEGIN_DECLS

/* Shared by zf-officers-view.c (list and detail) and
 * zf-officers-view-actions.c (dialogs, exports, printing). */
struct _ZfOfficersView
{
  GtkWidget            parent_instance;

  ZfStore             *store;
  ZfOfficer           *selected;
  gint64               selected_id;   /* kept across list refreshes */
  GPtrArray           *proposals;
  GArray              *body_ids;      /* gint64 per body_filter entry; 0 = any */
  ZfExportJob         *export_job;     /* the export under way, or NULL */

  ZfRegisterPage      *page;
  GtkDropDown         *body_filter;
  GtkDropDown         *status_filter;
  GtkToggleButton     *attention_toggle;
  GtkStack            *detail_stack;
  GtkLabel            *detail_title;
  GtkGrid             *fields_grid;
  GtkListBox          *proposals_list;
  GtkListBox          *findings_list;
  GtkEntry            *as_of_entry;
  GtkListBox          *timeline_list;
  GtkProgressBar      *progress_bar;
  GtkWidget           *cancel_button;
};
/* Reads the selected officer again and redraws the detail pane. */
void zf_officers_view_reload          (ZfOfficersView *self);
void zf_officers_view_install_actions (GtkWidgetClass *widget_class);
/* The list's current filters and search, for the exports and printing. */
void zf_officers_view_get_filter      (ZfOfficersView  *self,
                                       ZfOfficerFilter *filter);

G_END_DECLS
