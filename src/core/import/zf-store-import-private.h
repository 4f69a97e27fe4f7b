#pragma once

#include "zf-store-import.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"

G_BEGIN_DECLS

/* Shared by the importer's store files (zf-store-import*.c). */

/* Names a body by the same row zf_store_find_body_by_name() picks: the
 * first one not revoked, else the first. Two lookups in the order of the
 * index body_name (name, id) rather than one sorting by status: this runs
 * once per imported row, and two index lookups cost half a sort. */
#define BODY_ID(param) \
  "coalesce ((SELECT id FROM body WHERE name = " param " AND status <> 'revoked' ORDER BY id LIMIT 1), " \
  "(SELECT id FROM body WHERE name = " param " ORDER BY id LIMIT 1))"

#define TOUCH "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"


/* What a bulk import reads once instead of once per row. It lives on the
 * store between zf_store_import_set_bulk (TRUE) and (FALSE), that is
 * inside the import's one transaction, where nothing else changes bodies
 * or settings. */
typedef struct
{
  GHashTable        *body_ids;     /* body name → id, bodies found so far */
  ZfOfficerSettings  settings;
  GPtrArray         *deferred;     /* definitions of what the import dropped */
  guint              row;          /* the file row being written */
  GArray            *staged_rows;  /* guint: the file row of each staged officer */
  guint              failed_row;   /* the row a flush refused, 0 none */
} ZfImportBulk;

/* The bulk state while zf_store_import_set_bulk (TRUE) holds, else NULL. */
ZfImportBulk *zf_store_import_bulk             (ZfStore                 *self);
/* Remembers the file row of what the officers store just staged. */
void          zf_store_import_note_staged      (ZfStore                 *self);

/* The value of field @column in @values, NULL when empty. */
const char   *zf_import_value                  (const ZfImportRegister  *reg,
                                                char *const             *values,
                                                const char              *column);
/* Binds every ":column" parameter that names a field; others stay NULL
 * until the caller binds them. */
/* Binds @id (as zf_bind_id () does) to the parameter @name of @stmt, when
 * the statement has one. */
void          zf_store_import_bind_id          (sqlite3_stmt            *stmt,
                                                const char              *name,
                                                gint64                   id);
void          zf_store_import_bind_values      (sqlite3_stmt            *stmt,
                                                const ZfImportRegister  *reg,
                                                char *const             *values);
/* Steps @sql bound to @values (and :id to *@id); on a row sets @id and
 * fills @current with the columns named after fields. */
gboolean      zf_store_import_find_with        (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                const char              *sql,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);
/* Executes @sql bound to @values and :id to @id. */
gboolean      zf_store_import_exec_values      (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                const char              *sql,
                                                gint64                   id,
                                                char *const             *values,
                                                GError                 **error);
/* Calls @func with the values of each row of @stmt, whose columns are
 * named after @reg's fields. */
gboolean      zf_store_import_foreach_values   (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                sqlite3_stmt            *stmt,
                                                ZfImportValuesFunc       func,
                                                gpointer                 user_data,
                                                GError                 **error);
/* zf_store_import_foreach_values() over the rows of @sql, whose ?1 is a
 * body's id, ?2 a year and ?3 the ids of the rows a list shows (each
 * NULL, for every row, when 0 or NULL). */
gboolean      zf_store_import_foreach_filtered (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                const char              *sql,
                                                gint64                   body_id,
                                                int                      year,
                                                GArray                  *ids,
                                                ZfImportValuesFunc       func,
                                                gpointer                 user_data,
                                                GError                 **error);

/* The record of the row's credit code, else of its name; refused with
 * ZF_ERROR_DUPLICATE when that name is stored with another credit code. */
gboolean      zf_store_import_find_by_code     (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                const char              *by_code_sql,
                                                const char              *by_name_sql,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);

/* The body's section named @name, and the section's post named @name,
 * created when the file names a new one; -1 with @error. */
gint64        zf_store_import_section_id       (ZfStore                 *self,
                                                gint64                   body_id,
                                                const char              *name,
                                                GError                 **error);
gint64        zf_store_import_post_id          (ZfStore                 *self,
                                                gint64                   section_id,
                                                const char              *name,
                                                GError                 **error);

/* Per register (zf-store-import-officers.c, zf-store-import-cases.c,
 * zf-store-import-checklists.c, zf-store-import-duties.c). */
gboolean      zf_store_import_find_checklist   (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);
gboolean      zf_store_import_write_checklist  (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                gint64                   id,
                                                char *const             *values,
                                                GError                 **error);
/* The four lists, the benchmarks, the inspection items and targets
 * (zf-store-import-lists.c). */
gboolean      zf_store_import_find_list        (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);
gboolean      zf_store_import_write_list       (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                gint64                   id,
                                                char *const             *values,
                                                GError                 **error);
gboolean      zf_store_import_find_duty        (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);
gboolean      zf_store_import_write_duty       (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                gint64                   id,
                                                char *const             *values,
                                                GError                 **error);
gboolean      zf_store_import_find_officer     (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);
gboolean      zf_store_import_write_officer    (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                gint64                   id,
                                                char *const             *values,
                                                GError                 **error);
gboolean      zf_store_import_find_case        (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                char *const             *values,
                                                gint64                  *id,
                                                char                  ***current,
                                                GError                 **error);
gboolean      zf_store_import_write_case       (ZfStore                 *self,
                                                const ZfImportRegister  *reg,
                                                gint64                   id,
                                                char *const             *values,
                                                GError                 **error);

G_END_DECLS
