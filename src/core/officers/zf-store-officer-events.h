#pragma once

#include "zf-officer.h"
#include "zf-officer-event.h"
#include "zf-officer-rules.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The events of officers and their certificates (DOMAIN.md §2,
 * zf-store-officer-events.c): every change is an event, and the
 * certificate's status derives from them. */

/* The card written by an "issued" or "lost_reissued" event. valid_until
 * NULL means issue date + the validity setting − 1 day. */
typedef struct
{
  const char *number;
  const char *issuing_authority;
  const char *valid_until;
  const char *category;
  const char *area;
  gboolean    open_ended;   /* 长期: no end date, @valid_until NULL */
} ZfCertificateCard;

/* The officer's history as ZfOfficerEvent, newest first or oldest first. */
GPtrArray  *zf_store_list_officer_events  (ZfStore     *self,
                                           gint64       officer_id,
                                           gboolean     newest_first,
                                           GError     **error);
/* The kinds of event that change an officer's card, as SQL for an IN
 * list: those of changes_status() in zf-certificate-status.c. */
#define ZF_CERTIFICATE_HISTORY_KINDS \
  "('applied', 'issued', 'suspension', 'return', 'revocation', 'cancellation')"
/* The events that change the officer's card (zf_certificate_status_on()
 * reads no other), oldest first, with their kind and date only. */
GPtrArray  *zf_store_list_certificate_history (ZfStore  *self,
                                               gint64    officer_id,
                                               GError  **error);

/* Records one event in one transaction: checks that it may happen now
 * (status machine, O1 eligibility on "applied", the review order, R3 on a
 * return, a document number on consequences), writes it, updates the
 * certificate and its status cache and the officer's pending rules.
 * @card is needed for "issued" and "lost_reissued", NULL otherwise. */
gboolean    zf_store_add_officer_event    (ZfStore          *self,
                                           gint64            officer_id,
                                           ZfOfficerEvent   *event,
                                           const ZfCertificateCard *card,
                                           GError          **error);

/* Applies a proposal the user confirmed: an event of its action, naming
 * the rule, with the user's document number (required). */
gboolean    zf_store_apply_proposal       (ZfStore          *self,
                                           gint64            officer_id,
                                           const ZfProposal *proposal,
                                           const char       *date,
                                           const char       *doc_number,
                                           GError          **error);

/* Sets the officer's last_case_date: the last decision, on or before
 * @as_of, of a case file the officer handled (R8 counts it as activity). */
gboolean    zf_store_officer_set_last_case (ZfStore    *self,
                                            ZfOfficer  *officer,
                                            const char *as_of,
                                            GError    **error);

/* The same for every officer at once: officer id (gint64 *) → date. */
GHashTable *zf_store_officers_last_case   (ZfStore    *self,
                                           const char *as_of,
                                           GError    **error);

/* Runs every rule of §2 for one officer on @today. */
gboolean    zf_store_officer_check        (ZfStore     *self,
                                           gint64       officer_id,
                                           const char  *today,
                                           GPtrArray   *findings,
                                           GPtrArray   *proposals,
                                           GError     **error);

/* Takes over a holder from an existing register: the officer and a valid
 * card, recorded as an application and an issue on @issue_date with
 * @doc_number, without the review steps that happened before Zhifa. */
gboolean    zf_store_import_holder        (ZfStore     *self,
                                           ZfOfficer   *officer,
                                           const ZfCertificateCard *card,
                                           const char  *issue_date,
                                           const char  *doc_number,
                                           GError     **error);

/* The same for a bulk import, inside its one open transaction: no
 * savepoint per holder, @settings read once for the whole file. */
gboolean    zf_store_import_holder_bulk   (ZfStore     *self,
                                           ZfOfficer   *officer,
                                           const ZfCertificateCard *card,
                                           const char  *issue_date,
                                           const char  *doc_number,
                                           const ZfOfficerSettings *settings,
                                           GError     **error);

/* The event of @kind (applied, suspension, revocation, cancellation) that
 * a register taken over says set the card's status, on @date with its
 * document number (which may be unknown), recorded as taken over; the
 * status then derives from the events as for any other. Inside the
 * caller's transaction. */
gboolean    zf_store_import_status_event  (ZfStore     *self,
                                           gint64       officer_id,
                                           const char  *kind,
                                           const char  *date,
                                           const char  *doc_number,
                                           GError     **error);
G_END_DECLS
