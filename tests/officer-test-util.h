#pragma once

#include "zf-officer-event.h"

G_BEGIN_DECLS

/* Builds an event list from a compact spec, oldest first:
 * "applied@2019-01-01 issued@2019-03-01 assessment@2021-12-31/g=incompetent
 *  training@2022-02-01/h=20 exam@2022-03-01/p=1 misconduct@2022-04-01/ground=rough
 *  suspension@2022-05-01/rule=R6" */
GPtrArray *officer_test_events (const char *spec);
ZfOfficerEvent *officer_test_event (const char *token);

/* A valid synthetic GB 11643 number: region 420704, the birth date, a
 * sequence; the check character computed. */
char      *officer_test_id_number (const char *birth_yyyymmdd,
                                   guint       sequence);

G_END_DECLS
