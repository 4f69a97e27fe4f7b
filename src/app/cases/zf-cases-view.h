#pragma once

#include <gtk/gtk.h>

#include "zf-case-file.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_CASES_VIEW (zf_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfCasesView, zf_cases_view, ZF, CASES_VIEW, GtkWidget)

/* The 案卷评查 page: the register of case files, their evaluation, the
 * central draw, the standards and the rectification ledger. */

/* The list model as the column view shows it (selection over the files). */
GListModel *zf_cases_view_get_model         (ZfCasesView *self);
ZfCaseFile *zf_cases_view_get_selected_case (ZfCasesView *self);
void        zf_cases_view_select_id         (ZfCasesView *self,
                                             gint64       id);
/* Opens the evaluation form of the selected file; NULL when none. */
GtkWindow  *zf_cases_view_evaluate          (ZfCasesView *self);
/* Opens the case editor: the selected file, or a new one. */
GtkWindow  *zf_cases_view_edit_case         (ZfCasesView *self,
                                             gboolean     new_case);
/* The ledger page's list (one row per rectification). */
GtkListBox *zf_cases_view_get_ledger        (ZfCasesView *self);
/* What the print button runs (through the print dialog): the opinion of
 * the selected file's latest evaluation; NULL when there is none, or with
 * @error set when it cannot be read. */
GtkPrintOperation *zf_cases_view_new_print_operation (ZfCasesView  *self,
                                                      GError      **error);

G_END_DECLS
