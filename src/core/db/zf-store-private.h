#pragma once

#include <sqlite3.h>

#include "zf-record-private.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The events that set a card's status, as the partial index
 * officer_event_status names them (zf-schema-v10.c): a query that names
 * them the same way can use it. */
#define ZF_STATUS_EVENT_KINDS \
  "('applied', 'issued', 'suspension', 'return', 'revocation', 'cancellation', 'lost_reissued')"

/* For the store's own files (zf-store-*.c) only: every SQL statement of
 * the project lives in those files, as constant text with bound values. */

sqlite3      *zf_store_get_db      (ZfStore      *self);

/* Makes the names' sort keys another program left out, and every key
 * again after an ICU of another version (zf-store-name-keys.c); writes
 * nothing when all are in place. */
/* The statement that says whether zf_store_key_names() has work. */
extern const char zf_store_name_keys_state_sql[];
gboolean      zf_store_key_names   (ZfStore      *self,
                                    GError      **error);

/* Prepared once per connection, keyed by the address of the constant SQL
 * text, and handed out reset with its bindings cleared. */
sqlite3_stmt *zf_store_prepare     (ZfStore      *self,
                                    const char   *sql,
                                    GError      **error);

/* Steps a statement that returns no rows; resets it. */
gboolean      zf_store_exec_stmt   (ZfStore      *self,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
gboolean      zf_store_exec        (ZfStore      *self,
                                    const char   *sql,
                                    GError      **error);
/* Executes DDL (zf-store-ddl.c): CREATE or DROP of a named object. */
gboolean      zf_store_exec_ddl    (ZfStore      *self,
                                    const char   *sql,
                                    GError      **error);
/* Drops every schema object of @kind ("INDEX", "TRIGGER") that @list
 * (prepared and bound; rows of name, definition) names, appending each
 * definition to @definitions to create it again; resets @list. */
gboolean      zf_store_drop_listed (ZfStore      *self,
                                    sqlite3_stmt *list,
                                    const char   *kind,
                                    GPtrArray    *definitions,
                                    GError      **error);

/* Steps @stmt (prepared and bound by the caller) to its end, making one
 * element per row with @make_row; resets it. Returns the elements, or NULL
 * with @error set when the statement fails. */
typedef gpointer (*ZfRowFunc) (sqlite3_stmt *stmt);
GPtrArray    *zf_store_collect_rows (ZfStore        *self,
                                     sqlite3_stmt   *stmt,
                                     ZfRowFunc       make_row,
                                     GDestroyNotify  free_row,
                                     GError        **error);

/* Steps @stmt (prepared and bound) once, resets it and returns column 0
 * of its row; without a row (or on failure), 0 with @error set from the
 * connection: pass NULL where no row is an answer rather than a failure. */
gint64        zf_store_step_int64  (ZfStore      *self,
                                    sqlite3_stmt *stmt,
                                    GError      **error);

/* Steps @stmt, which saves a row (INSERT or UPDATE … RETURNING id, and
 * uuid as the second column where the table has one), and resets it: the
 * row's id, also set in @record (with its uuid) when not NULL; or 0 with
 * @error set — ZF_ERROR_NOT_FOUND with @gone (a generic sentence when
 * NULL) when an UPDATE found no row, since another program deleted it. */
gint64        zf_store_step_saved  (ZfStore      *self,
                                    sqlite3_stmt *stmt,
                                    ZfRecord     *record,
                                    const char   *gone,
                                    GError      **error);

/* Saves @record inside the caller's transaction: @update_sql when it has
 * an id, @insert_sql otherwise (both …RETURNING id, uuid where the table
 * has one), its fields bound by name; the saved id and uuid are set in
 * @record. FALSE with @error set (@gone when an update found no row). */
gboolean      zf_store_write_record (ZfStore     *self,
                                     ZfRecord    *record,
                                     const char  *insert_sql,
                                     const char  *update_sql,
                                     const char  *gone,
                                     GError     **error);
/* zf_store_write_record() in a transaction of its own, followed by the
 * `changed` signal for @table. */
gboolean      zf_store_save_record  (ZfStore     *self,
                                     ZfRecord    *record,
                                     const char  *table,
                                     const char  *insert_sql,
                                     const char  *update_sql,
                                     GError     **error);

/* The id of the row @find_sql finds with ?1 = @parent_id and ?2 = @name
 * (a section of a body, a post of a section), inserted by @insert_sql
 * (…RETURNING id) when there is none; 0 with @error set on failure.
 * Inside the caller's transaction. */
gint64        zf_store_ensure_named_row (ZfStore     *self,
                                         const char  *find_sql,
                                         const char  *insert_sql,
                                         gint64       parent_id,
                                         const char  *name,
                                         GError     **error);

/* The first row @stmt (prepared and bound) returns, as a new record of
 * @type, or NULL; resets @stmt. */
ZfRecord     *zf_store_step_record (sqlite3_stmt *stmt,
                                    GType         type);
/* The record of @type in the row @sql returns with ?1 = @id, or NULL: no
 * such row sets ZF_ERROR_NOT_FOUND with @not_found (when not NULL), a
 * failed statement sets @error. */
ZfRecord     *zf_store_load_record (ZfStore      *self,
                                    const char   *sql,
                                    GType         type,
                                    gint64        id,
                                    const char   *not_found,
                                    GError      **error);
/* Column 0 of every row of @stmt (prepared and bound), as gint64 ids;
 * NULL with @error when a step fails. Resets @stmt. */
GArray       *zf_store_collect_ids (ZfStore      *self,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
/* The record of @type in the first row @sql returns with ?1 = @key (a
 * credit code, a name, a number), or NULL: a lookup where none is an
 * answer. */
ZfRecord     *zf_store_find_record (ZfStore      *self,
                                    const char   *sql,
                                    GType         type,
                                    const char   *key);

/* Gives @db the memory map of zf_store_set_map_size(), if any. */
void          zf_store_apply_map_size (sqlite3    *db);
/* Translates the connection's last error into a GError, turning the
 * constraint failures users can cause into sentences they understand. */
void          zf_store_set_error   (ZfStore      *self,
                                    GError      **error);

void          zf_bind_text         (sqlite3_stmt *stmt,
                                    int           index,
                                    const char   *text);
void          zf_bind_id           (sqlite3_stmt *stmt,
                                    int           index,
                                    gint64        id);
/* Binds the ids (gint64) of @ids as a JSON array, which the SQL reads with
 * "x.id IN (SELECT value FROM json_each (?N))", or NULL for every row when
 * @ids is NULL: an export of the rows a searched list shows. */
void          zf_bind_id_set       (sqlite3_stmt *stmt,
                                    int           index,
                                    GArray       *ids);
char         *zf_column_dup        (sqlite3_stmt *stmt,
                                    int           column);

/* The 36 characters of a UUID's text form and its terminator. */
#define ZF_UUID_SIZE 37

/* The row times of a new row: in a bulk import, the local time to the
 * second as the schema's default would write it, formatted once per
 * second rather than by SQLite for each column of each row; NULL
 * otherwise, for coalesce (?, ZF_NOW) to fall back on. */
#define ZF_NOW "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"
/* A bulk write (zf-store-stamps.c) turns the cached row times and UUIDs
 * on, reserves the UUIDs of the rows it will add (more are random), and
 * turns them off again. */
void          zf_store_set_row_stamps (ZfStore    *self,
                                       gboolean    on);
void          zf_store_reserve_uuids  (ZfStore    *self,
                                       guint       n);
const char   *zf_store_row_time    (ZfStore      *self);

/* The UUID of a new row: in a bulk write, the next of the reserved ones
 * (zf_store_reserve_uuids()); otherwise a random one. */
void          zf_store_next_uuid   (ZfStore      *self,
                                    char          uuid[ZF_UUID_SIZE]);

G_END_DECLS
