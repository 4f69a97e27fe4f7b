#include "config.h"

#include "zf-migrations-private.h"
#include "zf-store-private.h"

/* The event that set a card's status, which the roster carries beside it
 * (its date and 文号): one seek in this index instead of a walk through
 * every event of the officer, most of them trainings and activities (a
 * fifth of a 10,000-officer roster's time). Partial, so that only the
 * few status events of each card are kept in it; covering, so that the
 * event's row is not read. The summary's status columns (zf-schema-v12.c)
 * ask with the same kinds, which lets SQLite use it. */
const char zf_schema_v10[] =
  "CREATE INDEX officer_event_status ON officer_event (certificate_id, date, id, doc_number) "
  "WHERE kind IN " ZF_STATUS_EVENT_KINDS ";";
