#pragma once

#include <gtk/gtk.h>

#include "zf-body.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_BODY_EVENT_DIALOG (zf_body_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfBodyEventDialog, zf_body_event_dialog, ZF, BODY_EVENT_DIALOG, GtkWindow)

/* Records one entry of a body's history: a status change to @status
 * ("confirmed", "published", "revoked") or, with @status NULL, a periodic
 * review (定期清理确认). Asks date, document number (文号) and reason. */
ZfBodyEventDialog *zf_body_event_dialog_new (GtkWindow  *parent,
                                             ZfStore    *store,
                                             ZfBody     *body,
                                             const char *status);

G_END_DECLS
