#include "config.h"

#include "zf-migrations-private.h"
#include "zf-store-private.h"

/* The rest of what the roster shows per officer and only events change,
 * so that it reads one summary row instead of a seek in the training
 * years and another in the status events for every officer:
 * - the latest year with training and its hours. The roster asks for the
 *   current year's hours: those are these when the latest year is the
 *   current one, none when it is earlier, and looked up in
 *   officer_training_year only when training is recorded for a later year.
 *   Which year is current is the reader's question, not the trigger's: a
 *   summary of "this year" would be wrong from the first of January on.
 * - the date and 文号 of the event that set the current card's status: the
 *   newest of its status events, by date and then by id.
 *
 * The training columns follow officer_training_year, which the triggers of
 * zf-schema-v8.c keep; the status columns follow the status events and the
 * summary's own card. Every recomputation reads through an index: the
 * training years' primary key, the card's primary key, the partial index
 * officer_event_status (zf-schema-v10.c). zf_store_verify_officer_summaries()
 * derives both again from the events. */

#define RECOMPUTE_LATEST_TRAINING(who) \
  "UPDATE officer_summary SET (training_year, training_hours) = " \
  "(SELECT t.year, t.hours FROM officer_training_year t WHERE t.officer_id = " who " " \
  "ORDER BY t.year DESC LIMIT 1) WHERE officer_id = " who ";"

/* The status event of the summary's card; the officer is the card's owner,
 * since an event may name the card of another officer. */
#define STATUS_OF_CARD \
  "(SELECT e.date, e.doc_number FROM officer_event e " \
  "WHERE e.certificate_id = officer_summary.certificate_id AND e.kind IN " ZF_STATUS_EVENT_KINDS " " \
  "ORDER BY e.date DESC, e.id DESC LIMIT 1)"
#define RECOMPUTE_STATUS(card) \
  "UPDATE officer_summary SET (status_date, status_document) = " STATUS_OF_CARD " " \
  "WHERE officer_id = (SELECT officer_id FROM certificate WHERE id = " card ");"

const char zf_schema_v12[] =
  "ALTER TABLE officer_summary ADD COLUMN training_year INTEGER;"
  "ALTER TABLE officer_summary ADD COLUMN training_hours REAL;"
  "ALTER TABLE officer_summary ADD COLUMN status_date TEXT;"
  "ALTER TABLE officer_summary ADD COLUMN status_document TEXT;"

  "CREATE TRIGGER officer_summary_training_insert AFTER INSERT ON officer_training_year BEGIN "
  RECOMPUTE_LATEST_TRAINING ("new.officer_id") " END;"
  "CREATE TRIGGER officer_summary_training_delete AFTER DELETE ON officer_training_year BEGIN "
  RECOMPUTE_LATEST_TRAINING ("old.officer_id") " END;"
  "CREATE TRIGGER officer_summary_training_update AFTER UPDATE ON officer_training_year BEGIN "
  RECOMPUTE_LATEST_TRAINING ("old.officer_id") RECOMPUTE_LATEST_TRAINING ("new.officer_id") " END;"

  "CREATE TRIGGER officer_summary_status_insert AFTER INSERT ON officer_event "
  "WHEN new.kind IN " ZF_STATUS_EVENT_KINDS " AND new.certificate_id IS NOT NULL BEGIN "
  RECOMPUTE_STATUS ("new.certificate_id") " END;"
  "CREATE TRIGGER officer_summary_status_delete AFTER DELETE ON officer_event "
  "WHEN old.kind IN " ZF_STATUS_EVENT_KINDS " AND old.certificate_id IS NOT NULL BEGIN "
  RECOMPUTE_STATUS ("old.certificate_id") " END;"
  "CREATE TRIGGER officer_summary_status_update AFTER UPDATE OF certificate_id, kind, date, "
  "doc_number ON officer_event "
  "WHEN old.kind IN " ZF_STATUS_EVENT_KINDS " OR new.kind IN " ZF_STATUS_EVENT_KINDS " BEGIN "
  RECOMPUTE_STATUS ("old.certificate_id") RECOMPUTE_STATUS ("new.certificate_id") " END;"
  /* Another card becomes the current one (issued, reissued, deleted, moved). */
  "CREATE TRIGGER officer_summary_card_status AFTER UPDATE OF certificate_id ON officer_summary BEGIN "
  "UPDATE officer_summary SET (status_date, status_document) = " STATUS_OF_CARD " "
  "WHERE officer_id = new.officer_id; END;"

  /* The register as it stands. */
  "UPDATE officer_summary SET (training_year, training_hours) = "
  "(SELECT t.year, t.hours FROM officer_training_year t WHERE t.officer_id = officer_summary.officer_id "
  "ORDER BY t.year DESC LIMIT 1), (status_date, status_document) = " STATUS_OF_CARD ";";
