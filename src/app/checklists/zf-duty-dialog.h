#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_DUTY_DIALOG (zf_duty_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfDutyDialog, zf_duty_dialog, ZF, DUTY_DIALOG, GtkWindow)

/* Decomposes a matter's duty body → section → post → officer: the duties
 * it has, and a section, post and officer picked from the matter's body.
 * Assign writes one duty_assignment (zf_store_assign_duty); a refusal (C4)
 * is shown as rule · clause and message without closing; after an
 * assignment the dialog emits "assigned" and closes. */
ZfDutyDialog *zf_duty_dialog_new        (ZfStore      *store,
                                         gint64        matter_id,
                                         GtkWindow    *parent);

/* Picks a holder, @kind "section", "post" or "officer" (id 0: none), as
 * the user does; FALSE when the body has no such holder. For tests. */
gboolean      zf_duty_dialog_set_holder (ZfDutyDialog *self,
                                         const char   *kind,
                                         gint64        id);
gboolean      zf_duty_dialog_run        (ZfDutyDialog *self);
const char   *zf_duty_dialog_get_error  (ZfDutyDialog *self);

G_END_DECLS
