#pragma once

#include "zf-cases-view.h"
#include "zf-export-job.h"
#include "zf-register-page.h"

G_BEGIN_DECLS

/* Shared by zf-cases-view.c (register, filters, ledger) and
 * zf-cases-view-actions.c (dialogs, exports, printing). */
struct _ZfCasesView
{
  GtkWidget            parent_instance;

  ZfStore             *store;
  GArray              *body_ids;       /* gint64 per body_filter entry; 0 = any */
  GPtrArray           *ledger_rows;    /* ZfRectification, parallel to ledger_list */
  ZfExportJob         *export_job;     /* the export under way, or NULL */
  guint                ledger_idle;

  GtkStack            *page_stack;
  ZfRegisterPage      *page;
  GtkDropDown         *body_filter;
  GtkDropDown         *category_filter;
  GtkDropDown         *year_filter;
  GtkDropDown         *grade_filter;
  GtkListBox          *ledger_list;
  GtkToggleButton     *overdue_toggle;
  GtkLabel            *ledger_status;
  GtkSpinner          *spinner;
};

void        zf_cases_view_install_actions  (GtkWidgetClass *widget_class);
/* Enables the commands that need a selected file, evaluation or ledger row. */
void        zf_cases_view_update_actions   (ZfCasesView    *self);
void        zf_cases_view_reload_ledger    (ZfCasesView    *self);
/* Shows @text in the status line of both pages. */
void        zf_cases_view_show_status      (ZfCasesView    *self,
                                            const char     *text);
/* The year of the year filter, or the current year when it shows any. */
int         zf_cases_view_get_year         (ZfCasesView    *self);
GtkWindow  *zf_cases_view_toplevel         (ZfCasesView    *self);

G_END_DECLS
