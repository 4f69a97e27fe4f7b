#pragma once

#include "zf-officer-rules.h"

G_BEGIN_DECLS

/* Shared by the officers' rules files (zf-officer-rules.c,
 * zf-officer-conduct-rules.c). */

#define EV(events, i) ((ZfOfficerEvent *) g_ptr_array_index ((events), (i)))
#define KIND_IS(e, k) (g_strcmp0 (zf_officer_event_get_kind (e), (k)) == 0)

#define CLAUSE_ELIGIBILITY "S1 §二(二)1"
#define CLAUSE_CONDUCT     "S1 §二(二)2"
#define CLAUSE_QUALITY     "S1 §二(二)3"
#define CLAUSE_S0_OFFICERS "S0 §二(二)"
/* The register names each officer with his post, section and card. */
#define CLAUSE_REGISTER    "S3 §二(二)3"

/* Index of the last event of @kind, or -1. */
int      zf_officer_events_last_of   (GPtrArray  *events,
                                      const char *kind);
/* Whether an event of @kind (naming @rule, unless NULL) follows @from. */
gboolean zf_officer_events_any_after (GPtrArray  *events,
                                      int         from,
                                      const char *kind,
                                      const char *rule);
/* Adds a proposal to @proposals (which may be NULL). */
void     zf_officer_propose_action   (GPtrArray  *proposals,
                                      const char *rule,
                                      const char *clause,
                                      const char *action,
                                      const char *reason);
/* R3: whether the events after the last suspension allow the return;
 * @missing (may be NULL) gets what is still needed. */
gboolean zf_officer_return_ready     (GPtrArray  *events,
                                      GString    *missing);

G_END_DECLS
