#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* A synthetic register for the case tests: bodies 1 (published) and 2
 * (published), 3 (pending); officers 1–3 of body 1 with valid certificates
 * 2022-01-01…2027-12-31, officer 4 without one; matter 1 of body 1 (active,
 * 60 days) with a benchmark 200–5000 (tiers 500–3000); matter 2 of body 2.
 * Names and numbers are generated. */
ZfStore *case_fixture_open      (char       **path_out);
void     case_fixture_close     (ZfStore     *store,
                                 char        *path);
void     case_fixture_exec      (ZfStore     *store,
                                 const char  *sql);
gint64   case_fixture_int       (ZfStore     *store,
                                 const char  *sql);
/* A case file of body 1 that passes every check; returns its id. */
gint64   case_fixture_good_case (ZfStore     *store,
                                 const char  *number);

/* Runs the main loop for a moment and until nothing is pending: drawing,
 * idle reloads of the lists, windows closed. */
void     case_fixture_settle    (void);

G_END_DECLS
