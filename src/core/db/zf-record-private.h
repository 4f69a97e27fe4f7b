#pragma once

#include <sqlite3.h>

#include "zf-record.h"

G_BEGIN_DECLS

/* For the database's own code (db/ and the store files, through
 * zf-store-private.h): the SQLite side of ZfRecord, kept out of zf-record.h
 * so that the domain objects' headers and the views never see SQLite. */

/* Row ⇄ object: columns of the current row of @stmt are matched by name,
 * parameters of @stmt are bound by name (":column"). Empty strings bind as
 * NULL, so "not filled in" is one value in the database. */
void          zf_record_load_row             (ZfRecord      *self,
                                              sqlite3_stmt  *stmt);
void          zf_record_bind                 (ZfRecord      *self,
                                              sqlite3_stmt  *stmt);

G_END_DECLS
