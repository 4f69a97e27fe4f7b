#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_TRANSFER_DIALOG (zf_transfer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfTransferDialog, zf_transfer_dialog, ZF, TRANSFER_DIALOG, GtkWindow)

/* Transfers matters of one body to another (e.g. to an integrated
 * enforcement bureau): the source body's active matters as check boxes
 * (@matter_id ticked), the receiving body, the date, the document number
 * (文号) and the reason. Transfer writes everything in one transaction
 * (zf_store_transfer_matters); a refusal is shown without closing; after
 * a transfer the dialog emits "transferred" and closes. */
ZfTransferDialog *zf_transfer_dialog_new         (ZfStore          *store,
                                                  gint64            body_id,
                                                  gint64            matter_id,
                                                  GtkWindow        *parent);

/* What the user does, for tests. */
gboolean          zf_transfer_dialog_set_matter  (ZfTransferDialog *self,
                                                  gint64            matter_id,
                                                  gboolean          chosen);
gboolean          zf_transfer_dialog_set_target  (ZfTransferDialog *self,
                                                  gint64            body_id);
void              zf_transfer_dialog_set_date    (ZfTransferDialog *self,
                                                  const char       *iso);
void              zf_transfer_dialog_set_doc_number (ZfTransferDialog *self,
                                                     const char       *doc_number);
void              zf_transfer_dialog_set_reason  (ZfTransferDialog *self,
                                                  const char       *reason);
gboolean          zf_transfer_dialog_run         (ZfTransferDialog *self);
const char       *zf_transfer_dialog_get_error   (ZfTransferDialog *self);

G_END_DECLS
