#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_OFFICER_EVENT_DIALOG (zf_officer_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfOfficerEventDialog, zf_officer_event_dialog, ZF, OFFICER_EVENT_DIALOG, GtkWindow)

/* Records one event of an officer's certificate history. The fields that
 * matter for the chosen kind are shown; the store checks the rest and the
 * dialog shows its refusal (rule, clause, message) without closing.
 * Emits "saved" and closes after a successful save. */
ZfOfficerEventDialog *zf_officer_event_dialog_new      (ZfStore              *store,
                                                        gint64                officer_id,
                                                        GtkWindow            *parent);

/* For tests and the proposal shortcuts: preset the form. */
void                  zf_officer_event_dialog_set_kind (ZfOfficerEventDialog *self,
                                                        const char           *kind);
void                  zf_officer_event_dialog_set_field (ZfOfficerEventDialog *self,
                                                         const char           *field,
                                                         const char           *value);
gboolean              zf_officer_event_dialog_save     (ZfOfficerEventDialog *self);
/* The kinds of event offered: those the certificate's status allows. */
GStrv                 zf_officer_event_dialog_dup_kinds (ZfOfficerEventDialog *self);
/* FALSE while the event has a result (a review, exam, test) and neither
 * pass nor fail is chosen. */
gboolean              zf_officer_event_dialog_can_save (ZfOfficerEventDialog *self);
const char           *zf_officer_event_dialog_get_error (ZfOfficerEventDialog *self);

G_END_DECLS
