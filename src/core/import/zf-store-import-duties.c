#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-import-private.h"

/* The importer's duty assignments (职责分解): the matter, section, post
 * and officer a row names, found by one set of expressions in the plan,
 * in the search for a stored assignment and in the commit, so that the
 * three cannot disagree. */

/* The matter of the row's body by its code, else by its name. */
#define DUTY_MATTER \
  "(SELECT id FROM matter WHERE body_id = " BODY_ID (":body_name") " AND CASE WHEN :code " \
  "IS NOT NULL THEN code = :code ELSE name = :name END ORDER BY id LIMIT 1)"
#define DUTY_SECTION \
  "(SELECT id FROM section WHERE body_id = " BODY_ID (":body_name") " AND name = :section_name)"
/* The post of that name in the row's section, else in another section of
 * the body (which C4 then refuses: a post outside its section). */
#define DUTY_POST \
  "(SELECT p.id FROM post p JOIN section s ON s.id = p.section_id WHERE s.body_id = " \
  BODY_ID (":body_name") " AND p.name = :post_name ORDER BY p.section_id IS NOT " DUTY_SECTION \
  ", p.id LIMIT 1)"
/* The holder of the card where the row gives its number (wherever they
 * work: C4 refuses one of another body), else the officer of that name
 * in the body. */
#define DUTY_OFFICER \
  "(SELECT o.id FROM officer o WHERE CASE WHEN :certificate_number IS NOT NULL " \
  "THEN o.id IN (SELECT officer_id FROM certificate WHERE number = :certificate_number) " \
  "ELSE o.body_id = " BODY_ID (":body_name") " AND o.name = :officer_name END " \
  "ORDER BY o.id LIMIT 1)"

static const char duty_ids_sql[] =
  "SELECT " DUTY_MATTER ", " DUTY_SECTION ", " DUTY_POST ", " DUTY_OFFICER ", "
  "(SELECT name FROM matter WHERE id = " DUTY_MATTER "), "
  "(SELECT count(*) FROM post p JOIN section s ON s.id = p.section_id WHERE s.body_id = "
  BODY_ID (":body_name") " AND p.name = :post_name), "
  "(SELECT count(*) FROM officer WHERE body_id = " BODY_ID (":body_name") " "
  "AND name = :officer_name), "
  "(SELECT name FROM officer WHERE id = " DUTY_OFFICER ")";

static const char duty_find_sql[] =
  "SELECT d.id, b.name AS body_name, m.code AS code, m.name AS name, s.name AS section_name, "
  "p.name AS post_name, o.name AS officer_name, :certificate_number AS certificate_number "
  "FROM duty_assignment d JOIN matter m ON m.id = d.matter_id JOIN body b ON b.id = m.body_id "
  "LEFT JOIN section s ON s.id = d.section_id LEFT JOIN post p ON p.id = d.post_id "
  "LEFT JOIN officer o ON o.id = d.officer_id WHERE d.matter_id = " DUTY_MATTER " "
  "AND d.section_id IS " DUTY_SECTION " AND d.post_id IS " DUTY_POST " "
  "AND d.officer_id IS " DUTY_OFFICER " ORDER BY d.id LIMIT 1";

/* Every column names the holder: an assignment is never updated, only
 * added (and the same one again is unchanged). */
static const char duty_insert_sql[] =
  "INSERT INTO duty_assignment (matter_id, section_id, post_id, officer_id) "
  "VALUES (" DUTY_MATTER ", " DUTY_SECTION ", " DUTY_POST ", " DUTY_OFFICER ")";

gboolean
zf_store_import_duty_ids (ZfStore                 *self,
                          const ZfImportRegister  *reg,
                          char *const             *values,
                          ZfImportDutyIds         *ids)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, duty_ids_sql, NULL);

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *ids = (ZfImportDutyIds) { 0 };
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ids->matter_id = sqlite3_column_int64 (stmt, 0);
      ids->section_id = sqlite3_column_int64 (stmt, 1);
      ids->post_id = sqlite3_column_int64 (stmt, 2);
      ids->officer_id = sqlite3_column_int64 (stmt, 3);
      ids->matter_name = zf_column_dup (stmt, 4);
      ids->n_posts = sqlite3_column_int (stmt, 5);
      ids->n_officers = sqlite3_column_int (stmt, 6);
      ids->officer_name = zf_column_dup (stmt, 7);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
zf_import_duty_ids_clear (ZfImportDutyIds *ids)
{
  g_clear_pointer (&ids->matter_name, g_free);
  g_clear_pointer (&ids->officer_name, g_free);
}

gboolean
zf_store_import_find_duty (ZfStore                 *self,
                           const ZfImportRegister  *reg,
                           char *const             *values,
                           gint64                  *id,
                           char                  ***current,
                           GError                 **error)
{
  return zf_store_import_find_with (self, reg, duty_find_sql, values, id, current, error);
}

gboolean
zf_store_import_write_duty (ZfStore                 *self,
                            const ZfImportRegister  *reg,
                            gint64                   id,
                            char *const             *values,
                            GError                 **error)
{
  g_return_val_if_fail (id == 0, FALSE);

  return zf_store_import_exec_values (self, reg, duty_insert_sql, 0, values, error);
}
