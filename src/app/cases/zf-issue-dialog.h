#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_ISSUE_DIALOG (zf_issue_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfIssueDialog, zf_issue_dialog, ZF, ISSUE_DIALOG, GtkWindow)

/* Called when the dialog is accepted: @series is the numbering series
 * chosen (NULL: no number), @date the 成文日期 (ISO). */
typedef void (*ZfIssueFunc) (GtkWidget  *owner,
                             const char *series,
                             const char *date,
                             gpointer    data);

/* Asks what a document is issued as before it is printed or exported: its
 * numbering series (prefilled with @series, listed with the number it
 * would get) and its date (prefilled with today). @accept_label names
 * what follows ("_Print…"). @func runs with @owner still alive, after
 * the dialog is gone. */
ZfIssueDialog *zf_issue_dialog_new        (GtkWidget      *owner,
                                           ZfStore        *store,
                                           const char     *series,
                                           const char     *accept_label,
                                           ZfIssueFunc     func,
                                           gpointer        data,
                                           GDestroyNotify  data_free);

/* For tests: the choice as it stands, set the date, accept, the error. */
const char    *zf_issue_dialog_get_series (ZfIssueDialog  *self);
const char    *zf_issue_dialog_get_date   (ZfIssueDialog  *self);
void           zf_issue_dialog_set_date   (ZfIssueDialog  *self,
                                           const char     *date);
const char    *zf_issue_dialog_get_preview (ZfIssueDialog *self);
gboolean       zf_issue_dialog_accept     (ZfIssueDialog  *self);
const char    *zf_issue_dialog_get_error  (ZfIssueDialog  *self);

G_END_DECLS
