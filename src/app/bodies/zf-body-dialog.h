#pragma once

#include <gtk/gtk.h>

#include "zf-body.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_BODY_DIALOG (zf_body_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfBodyDialog, zf_body_dialog, ZF, BODY_DIALOG, GtkWindow)

/* Edits a copy of @body (NULL for a new one); "saved" (gint64 id) is emitted
 * once the store has accepted it, and the dialog then closes. */
ZfBodyDialog *zf_body_dialog_new (GtkWindow *parent,
                                  ZfStore   *store,
                                  ZfBody    *body);

G_END_DECLS
