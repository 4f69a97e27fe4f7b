#include "config.h"

#include "zf-migrations-private.h"
#include "zf-store-private.h"

/* A matter's transfers, looked up by the matter they move and by the one
 * they create: a case file's facts ask for both dates of its matter, and
 * without these SQLite built a temporary index of every transfer for each
 * matter it looked up (a third of `zhifa-cli check` over 20,000 matters).
 * They also serve a deleted matter's cascade and references. */
const char zf_schema_v11[] =
  "CREATE INDEX matter_transfer_matter ON matter_transfer (matter_id, from_body_id, date);"
  "CREATE INDEX matter_transfer_new_matter ON matter_transfer (new_matter_id, to_body_id, date);";
