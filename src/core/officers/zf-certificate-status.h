#pragma once

#include "zf-officer-event.h"

G_BEGIN_DECLS

/* The status an officer's certificate has after @events (a GPtrArray of
 * ZfOfficerEvent in date order), on @today when @valid_until is given:
 * "none", "applying", "valid", "suspended", "revoked", "cancelled" or
 * "expired". Pure: the store caches the result with every event. */
const char *zf_certificate_derive_status (GPtrArray   *events,
                                          const char  *valid_until,
                                          const char  *today);
/* The status of a card on @date, from the holder's @events (date order)
 * dated on or before it and the card's own dates: "none" before its issue
 * (@since: the issue date), "valid", "suspended", "revoked", "cancelled"
 * (@since: the event's date) or "expired" (@since: the last valid day).
 * A holder with no status event at all (a roster imported without its
 * history) has the card's @cached_status; @since is NULL when no date
 * is known. */
const char *zf_certificate_status_on     (GPtrArray   *events,
                                          const char  *issue_date,
                                          const char  *valid_until,
                                          const char  *cached_status,
                                          const char  *date,
                                          const char **since);
/* Which of a holder's @n cards speaks for @date, by their @issue_dates
 * (NULL or not a date allowed): the last one issued on or before it, else
 * the earliest issued after it, else the first without an issue date.
 * -1 when @n is 0. The case checks (E3) and the draw checks (C8) both
 * judge that card's status on the day (zf_certificate_status_on). */
int         zf_certificate_card_on       (const char *const *issue_dates,
                                          guint        n,
                                          const char  *date);
/* The status after one more event of @kind, or NULL when such an event is
 * not possible in status @status (e.g. a return of a valid certificate). */
const char *zf_certificate_next_status   (const char  *status,
                                          const char  *kind);

/* The events dated on or before @date (a new array of the same objects):
 * with @date as "today", every rule then judges the officer as he stood
 * on that date. */
GPtrArray  *zf_officer_events_until      (GPtrArray   *events,
                                          const char  *date);

G_END_DECLS
