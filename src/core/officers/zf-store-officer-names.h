#pragma once

#include <sqlite3.h>

#include "zf-officer.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The names of the sections and posts, read once for a stream of
 * officers (the roster, the holder list) instead of looked up in SQLite
 * for each officer: they are a few thousand rows at most, and each
 * look-up cost the stream two B-tree searches a row. The stream's
 * statement selects o.section_id and o.post_id; zf_officer_names_fill()
 * gives the officer of its current row section_name and post_name. */
typedef struct _ZfOfficerNames ZfOfficerNames;

ZfOfficerNames *zf_officer_names_new  (ZfStore         *store,
                                       sqlite3_stmt    *stream,
                                       GError         **error);
void            zf_officer_names_fill (ZfOfficerNames  *self,
                                       sqlite3_stmt    *stream,
                                       ZfOfficer       *officer);
void            zf_officer_names_free (ZfOfficerNames  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfOfficerNames, zf_officer_names_free)

G_END_DECLS
