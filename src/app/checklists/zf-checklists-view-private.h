#pragma once

#include "zf-checklists-export.h"
#include "zf-checklists-view.h"
#include "zf-export-job.h"
#include "zf-register-page.h"

G_BEGIN_DECLS

/* The registers of the tab, in sidebar order. */
typedef enum
{
  PAGE_LAWS,
  PAGE_MATTERS,
  PAGE_LENIENCY,
  PAGE_BENCHMARKS,
  PAGE_ITEMS,
  PAGE_TARGETS,
  PAGE_DRAWS,
  N_PAGES
} ChecklistPage;

struct _ZfChecklistsView
{
  GtkWidget       parent_instance;

  ZfStore        *store;
  ZfRegisterPage *pages[N_PAGES];
  GtkSpinButton  *year_spin;
  ZfExportJob    *export_job;     /* the export under way, or NULL */
  guint           checks_idle;

  /* Template widgets */
  GtkStack       *stack;
  GtkDropDown    *body_dropdown;
  GtkMenuButton  *checks_button;
  GtkLabel       *checks_ok_label;
  GtkListBox     *checks_list;
};

/* zf-checklists-view.c */
ChecklistPage  zf_checklists_view_get_page     (ZfChecklistsView *self);
gint64         zf_checklists_view_get_body_id  (ZfChecklistsView *self);
GtkWindow     *zf_checklists_view_get_toplevel (ZfChecklistsView *self);
void           zf_checklists_view_show_status  (ZfChecklistsView *self,
                                                const char       *text);

/* zf-checklists-view-actions.c */
void           zf_checklists_view_install_actions (GtkWidgetClass *widget_class);
void           zf_checklists_view_update_actions  (ZfChecklistsView *self);
void           zf_checklists_view_add_buttons     (ZfChecklistsView *self);

G_END_DECLS
