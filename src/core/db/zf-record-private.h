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

/* The field each column of @stmt fills in a record of @type, matched by
 * name once for a statement whose rows are read one after another (the
 * check's streams of 100,000 officers and 460,000 events), not on every
 * row as zf_record_load_row() does. */
typedef struct _ZfRecordColumns ZfRecordColumns;
ZfRecordColumns *zf_record_columns_new      (GType                  type,
                                              sqlite3_stmt          *stmt);
void          zf_record_columns_free         (ZfRecordColumns       *columns);
/* A new record of the columns' type holding the current row of @stmt. */
gpointer      zf_record_new_from_row         (const ZfRecordColumns *columns,
                                              sqlite3_stmt          *stmt);
/* The same, in a record of @spare when it has one (taken from it): a
 * stream of hundreds of thousands of rows read a few at a time (an
 * officer's events) makes no object per row. */
gpointer      zf_record_reuse_from_row       (const ZfRecordColumns *columns,
                                              sqlite3_stmt          *stmt,
                                              GPtrArray             *spare);
/* Empties @records (which unrefs what it holds) and keeps in @spare the
 * records nobody else holds a reference to. A record lent to a callback
 * may be kept with a reference; it may not be changed. */
void          zf_record_recycle              (GPtrArray             *records,
                                              GPtrArray             *spare);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfRecordColumns, zf_record_columns_free)

G_END_DECLS
