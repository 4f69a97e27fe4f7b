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
 * the selected file's latest evaluation, dated @date (NULL: today) and
 * given the next number of @series when printing begins (NULL: none);
 * NULL when there is none, or with @error set when it cannot be read. */
GtkPrintOperation *zf_cases_view_new_print_operation (ZfCasesView  *self,
                                                      const char   *series,
                                                      const char   *date,
                                                      GError      **error);
/* What the print and export buttons of the opinion open first: the dialog
 * asking its number series and date. Accepted, it prints (@print) or
 * exports, to @path when given (tests) or to the file the user chooses.
 * NULL when no evaluation is selected. */
GtkWindow  *zf_cases_view_issue_opinion     (ZfCasesView *self,
                                             gboolean     print,
                                             const char  *path);
/* Tests: exports the register of case files ("cases.export-register") or
 * of evaluations ("cases.export-evaluations") to @path, without asking,
 * as the list shows it. */
void        zf_cases_view_export_to         (ZfCasesView *self,
                                             const char  *action_name,
                                             const char  *path);
/* Whether an export is running (tests wait for it). */
gboolean    zf_cases_view_is_exporting      (ZfCasesView *self);

G_END_DECLS
