#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-import-private.h"

/* The importer's statements for every register: finding the stored row
 * a file row updates, writing it, reading a register back in the
 * import's layout. Officers (zf-store-import-officers.c), case files
 * (zf-store-import-cases.c), the bulk mode (zf-store-import-bulk.c) and
 * saved mappings (zf-store-import-mappings.c) have files of their own. */

/* --- bodies --------------------------------------------------------------- */

#define BODY_SELECT \
  "SELECT b.id, b.name, b.credit_code, b.kind, b.level, b.region_code, b.domain, " \
  "p.name AS parent_name, b.legal_basis, b.letter_number, b.letter_date, b.letter_scope, " \
  "b.letter_start, b.letter_end, b.filed, b.filed_date, b.has_legal_section, " \
  "b.legal_staff_count, b.address, b.contact, b.phone, b.status, b.published_date, b.notes " \
  "FROM body b LEFT JOIN body p ON p.id = b.parent_id "

static const char body_by_code_sql[] = BODY_SELECT "WHERE b.credit_code = :credit_code";
/* Every body, whatever its status, for the internal register. */
static const char body_export_sql[] = BODY_SELECT "ORDER BY b.name_key, b.id";
static const char body_by_name_sql[] =
  BODY_SELECT "WHERE b.name = :name ORDER BY b.status = 'revoked', b.id LIMIT 1";

static const char body_insert_sql[] =
  "INSERT INTO body (name, credit_code, kind, level, region_code, domain, parent_id, "
  "legal_basis, letter_number, letter_date, letter_scope, letter_start, letter_end, filed, "
  "filed_date, has_legal_section, legal_staff_count, address, contact, phone, status, "
  "published_date, notes, name_key) VALUES (:name, :credit_code, coalesce (:kind, 'organ'), "
  "coalesce (:level, 'county'), :region_code, :domain, " BODY_ID (":parent_name") ", "
  ":legal_basis, :letter_number, :letter_date, :letter_scope, :letter_start, :letter_end, "
  "coalesce (:filed, 0), :filed_date, coalesce (:has_legal_section, 0), "
  "coalesce (:legal_staff_count, 0), :address, :contact, :phone, coalesce (:status, 'pending'), "
  ":published_date, :notes, pinyin_key (:name))";

/* The status is not written: it changes only by a recorded decision
 * (zf_store_change_body_status), and the plan refuses a file that differs. */
static const char body_update_sql[] =
  "UPDATE body SET name = :name, name_key = pinyin_key (:name), credit_code = :credit_code, "
  "kind = coalesce (:kind, kind), "
  "level = coalesce (:level, level), region_code = :region_code, domain = :domain, "
  "parent_id = " BODY_ID (":parent_name") ", legal_basis = :legal_basis, "
  "letter_number = :letter_number, letter_date = :letter_date, letter_scope = :letter_scope, "
  "letter_start = :letter_start, letter_end = :letter_end, filed = coalesce (:filed, 0), "
  "filed_date = :filed_date, has_legal_section = coalesce (:has_legal_section, 0), "
  "legal_staff_count = coalesce (:legal_staff_count, 0), address = :address, "
  "contact = :contact, phone = :phone, published_date = :published_date, notes = :notes, "
  TOUCH " WHERE id = :id";

/* --- helpers -------------------------------------------------------------- */

void
zf_import_values_free (char **values,
                       guint  n)
{
  if (values == NULL)
    return;
  for (guint i = 0; i < n; i++)
    g_free (values[i]);
  g_free (values);
}

const char *
zf_import_value (const ZfImportRegister *reg,
                       char *const            *values,
                       const char             *column)
{
  int i = zf_import_register_field_index (reg, column);

  return i >= 0 && values[i] && *values[i] ? values[i] : NULL;
}

/* Binds every ":column" parameter that names a field; others stay NULL
 * until the caller binds them. */
void
zf_store_import_bind_values (sqlite3_stmt           *stmt,
                             const ZfImportRegister *reg,
                             char *const            *values)
{
  int n = sqlite3_bind_parameter_count (stmt);

  for (int p = 1; p <= n; p++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, p);
      int f = name ? zf_import_register_field_index (reg, name + 1) : -1;

      if (f >= 0)
        zf_bind_text (stmt, p, values[f]);
    }
}

void
zf_store_import_bind_id (sqlite3_stmt *stmt,
                         const char   *name,
                         gint64        id)
{
  int p = sqlite3_bind_parameter_index (stmt, name);

  if (p > 0)
    zf_bind_id (stmt, p, id);
}

gboolean
zf_store_import_find_with (ZfStore                 *self,
                           const ZfImportRegister  *reg,
                           const char              *sql,
                           char *const             *values,
                           gint64                  *id,
                           char                  ***current,
                           GError                 **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":id", *id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      char **row = g_new0 (char *, reg->n_fields);

      *id = sqlite3_column_int64 (stmt, 0);
      for (int c = 1; c < sqlite3_column_count (stmt); c++)
        {
          int f = zf_import_register_field_index (reg, sqlite3_column_name (stmt, c));
          if (f >= 0)
            row[f] = g_strdup ((const char *) sqlite3_column_text (stmt, c));
        }
      *current = row;
    }
  else if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* A record (a body, an inspection target) is the one of the row's credit
 * code (@by_code_sql), else of its name (@by_name_sql); a name registered
 * with another credit code is another record, or the code has a typo:
 * refused, not a second record of the same name. */
gboolean
zf_store_import_find_by_code (ZfStore                 *self,
                              const ZfImportRegister  *reg,
                              const char              *by_code_sql,
                              const char              *by_name_sql,
                              char *const             *values,
                              gint64                  *id,
                              char                  ***current,
                              GError                 **error)
{
  const char *code = zf_import_value (reg, values, "credit_code");
  int f = zf_import_register_field_index (reg, "credit_code");

  if (code && !zf_store_import_find_with (self, reg, by_code_sql, values, id, current, error))
    return FALSE;
  if (*id > 0)
    return TRUE;
  if (!zf_store_import_find_with (self, reg, by_name_sql, values, id, current, error))
    return FALSE;
  if (*id > 0 && code && (*current)[f] && strcmp ((*current)[f], code) != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("“%s” is registered with the credit code %s, not %s of this row. Check "
                     "the credit code."),
                   zf_import_value (reg, values, "name"), (*current)[f], code);
      *id = 0;
      zf_import_values_free (*current, reg->n_fields);
      *current = NULL;
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_store_import_find (ZfStore                 *self,
                      const ZfImportRegister  *reg,
                      char *const             *values,
                      gint64                  *id,
                      char                  ***current,
                      GError                 **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *id = 0;
  *current = NULL;
  switch (reg->id)
    {
    case ZF_IMPORT_BODIES:
      return zf_store_import_find_by_code (self, reg, body_by_code_sql, body_by_name_sql, values,
                                           id, current, error);
    case ZF_IMPORT_OFFICERS:
      return zf_store_import_find_officer (self, reg, values, id, current, error);
    case ZF_IMPORT_MATTERS:
    case ZF_IMPORT_LAWS:
    case ZF_IMPORT_TRANSFERS:
      return zf_store_import_find_checklist (self, reg, values, id, current, error);
    case ZF_IMPORT_DUTIES:
      return zf_store_import_find_duty (self, reg, values, id, current, error);
    case ZF_IMPORT_CASES:
      return zf_store_import_find_case (self, reg, values, id, current, error);
    case ZF_IMPORT_LENIENCY:
    case ZF_IMPORT_BENCHMARKS:
    case ZF_IMPORT_ITEMS:
    case ZF_IMPORT_TARGETS:
      return zf_store_import_find_list (self, reg, values, id, current, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

gboolean
zf_store_import_exec_values (ZfStore                 *self,
                             const ZfImportRegister  *reg,
                             const char              *sql,
                             gint64                   id,
                             char *const             *values,
                             GError                 **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":id", id);
  return zf_store_exec_stmt (self, stmt, error);
}


/* Calls @func with the values of each row of @stmt, whose columns are
 * named after @reg's fields. */
gboolean
zf_store_import_foreach_values (ZfStore                 *self,
                                const ZfImportRegister  *reg,
                                sqlite3_stmt            *stmt,
                                ZfImportValuesFunc       func,
                                gpointer                 user_data,
                                GError                 **error)
{
  g_autofree int *fields = NULL;
  char **values;
  gboolean go_on = TRUE;
  int rc = SQLITE_DONE, n_columns;

  n_columns = sqlite3_column_count (stmt);
  fields = g_new (int, n_columns);
  for (int c = 0; c < n_columns; c++)
    fields[c] = zf_import_register_field_index (reg, sqlite3_column_name (stmt, c));

  values = g_new0 (char *, reg->n_fields);
  while (go_on && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int c = 0; c < n_columns; c++)
        if (fields[c] >= 0)
          {
            g_free (values[fields[c]]);
            values[fields[c]] = zf_column_dup (stmt, c);
          }
      go_on = func (values, user_data);
    }
  zf_import_values_free (values, reg->n_fields);
  if (go_on && rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return go_on;
}

gboolean
zf_store_import_foreach_filtered (ZfStore                 *self,
                                  const ZfImportRegister  *reg,
                                  const char              *sql,
                                  gint64                   body_id,
                                  int                      year,
                                  GArray                  *ids,
                                  ZfImportValuesFunc       func,
                                  gpointer                 user_data,
                                  GError                 **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (body_id > 0)
    sqlite3_bind_int64 (stmt, 1, body_id);
  if (year > 0)
    sqlite3_bind_int (stmt, 2, year);
  zf_bind_id_set (stmt, 3, ids);
  return zf_store_import_foreach_values (self, reg, stmt, func, user_data, error);
}

gboolean
zf_store_import_foreach_body (ZfStore             *self,
                              ZfImportValuesFunc   func,
                              gpointer             user_data,
                              GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = zf_store_prepare (self, body_export_sql, error);
  if (stmt == NULL)
    return FALSE;
  return zf_store_import_foreach_values (self, zf_import_register_get (ZF_IMPORT_BODIES), stmt,
                                         func, user_data, error);
}

gboolean
zf_store_import_write (ZfStore                 *self,
                       const ZfImportRegister  *reg,
                       gint64                   id,
                       char *const             *values,
                       GError                 **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  switch (reg->id)
    {
    case ZF_IMPORT_BODIES:
      return zf_store_import_exec_values (self, reg, id ? body_update_sql : body_insert_sql, id,
                                          values, error);
    case ZF_IMPORT_MATTERS:
    case ZF_IMPORT_LAWS:
    case ZF_IMPORT_TRANSFERS:
      return zf_store_import_write_checklist (self, reg, id, values, error);
    case ZF_IMPORT_DUTIES:
      return zf_store_import_write_duty (self, reg, id, values, error);
    case ZF_IMPORT_CASES:
      return zf_store_import_write_case (self, reg, id, values, error);
    case ZF_IMPORT_OFFICERS:
      return zf_store_import_write_officer (self, reg, id, values, error);
    case ZF_IMPORT_LENIENCY:
    case ZF_IMPORT_BENCHMARKS:
    case ZF_IMPORT_ITEMS:
    case ZF_IMPORT_TARGETS:
      return zf_store_import_write_list (self, reg, id, values, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}


gint64
zf_store_import_body_id (ZfStore    *self,
                         const char *name)
{
  static const char sql[] = "SELECT " BODY_ID ("?1");
  ZfImportBulk *bulk = zf_store_import_bulk (self);
  sqlite3_stmt *stmt;
  gint64 id = 0;

  /* Only bodies found are kept: one missing now is looked up again. */
  if (bulk != NULL && name != NULL &&
      (id = GPOINTER_TO_SIZE (g_hash_table_lookup (bulk->body_ids, name))) > 0)
    return id;
  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  zf_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (bulk != NULL && name != NULL && id > 0)
    g_hash_table_insert (bulk->body_ids, g_strdup (name), GSIZE_TO_POINTER ((gsize) id));
  return id;
}

char *
zf_store_import_suggest_body (ZfStore    *self,
                              const char *name)
{
  static const char sql[] =
    "SELECT name FROM body WHERE instr (name, ?1) > 0 AND status <> 'revoked' "
    "GROUP BY name ORDER BY name LIMIT 2";
  sqlite3_stmt *stmt;
  g_autofree char *found = NULL;
  int rows = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (name == NULL || *name == '\0')
    return NULL;
  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, name);
  while (sqlite3_step (stmt) == SQLITE_ROW && ++rows == 1)
    found = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return rows == 1 ? g_steal_pointer (&found) : NULL;
}

/* --- saved mappings ------------------------------------------------------- */
