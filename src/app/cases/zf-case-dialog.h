#pragma once

#include <gtk/gtk.h>

#include "zf-case-file.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_CASE_DIALOG (zf_case_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfCaseDialog, zf_case_dialog, ZF, CASE_DIALOG, GtkWindow)

/* Edits a copy of @case_file (NULL for a new one) with every field of
 * DOMAIN.md §4 and its handling officers; "saved" (gint64 id) is emitted
 * once the store accepted it, and the dialog then closes. */
ZfCaseDialog *zf_case_dialog_new          (GtkWindow    *parent,
                                           ZfStore      *store,
                                           ZfCaseFile   *case_file);
/* The entry of a text, amount or date field, by property name. */
GtkEditable  *zf_case_dialog_get_field    (ZfCaseDialog *self,
                                           const char   *property);
/* The check button of an officer, NULL when not shown. */
GtkCheckButton *zf_case_dialog_get_officer (ZfCaseDialog *self,
                                           gint64        officer_id);
gboolean      zf_case_dialog_save         (ZfCaseDialog *self);
const char   *zf_case_dialog_get_error    (ZfCaseDialog *self);

G_END_DECLS
