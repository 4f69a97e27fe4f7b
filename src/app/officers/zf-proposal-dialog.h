#pragma once

#include <gtk/gtk.h>

#include "zf-officer-rules.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_PROPOSAL_DIALOG (zf_proposal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfProposalDialog, zf_proposal_dialog, ZF, PROPOSAL_DIALOG, GtkWindow)

/* Shows what a rule proposes (rule, seed clause, consequence, reason) and
 * applies it only when the user confirms with the document number that
 * decided it. Emits "confirmed" and closes after applying. */
ZfProposalDialog *zf_proposal_dialog_new             (ZfStore          *store,
                                                      gint64            officer_id,
                                                      const ZfProposal *proposal,
                                                      GtkWindow        *parent);
void              zf_proposal_dialog_set_doc_number  (ZfProposalDialog *self,
                                                      const char       *doc_number);
gboolean          zf_proposal_dialog_confirm         (ZfProposalDialog *self);
const char       *zf_proposal_dialog_get_error       (ZfProposalDialog *self);

G_END_DECLS
