#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"
#include "zf-store-import-private.h"
#include "zf-validate.h"

/* The importer's case files: the officers and the matter a row's cells
 * name, writing the file with its officers, and the register read back
 * in the import's layout. */

/* A handling officer as a case file's cell names them: the number of their
 * latest card (unique), else their name. */
#define OFFICER_LABEL(officer_id) \
  "coalesce ((SELECT number FROM certificate WHERE id = (SELECT max (id) FROM certificate " \
  "WHERE officer_id = " officer_id ")), (SELECT name FROM officer WHERE id = " officer_id "))"

/* A matter as a case file's cell names it (zf-store-checklists-private.h). */
#define MATTER_LABEL(m) ZF_MATTER_LABEL (m)

/* The matter the plan resolved (its label in :matter) among the body's. */
#define CASE_MATTER_ID \
  "(SELECT m.id FROM matter m WHERE m.body_id = " BODY_ID (":body_name") \
  " AND (" MATTER_LABEL ("m") ") = :matter ORDER BY m.id LIMIT 1)"

/* The officers in byte order of their labels, as the plan sorts a cell. */
#define CASE_SELECT \
  "SELECT c.id, b.name AS body_name, c.number, c.category, c.procedure, c.party_name, " \
  "c.party_kind, c.party_code, " \
  "(SELECT " MATTER_LABEL ("m") " FROM matter m WHERE m.id = c.matter_id) AS matter, " \
  "c.filed_date, c.investigated_date, c.notified_date, c.hearing_date, c.legal_review_date, " \
  "c.collective_date, c.decided_date, c.served_date, c.executed_date, c.closed_date, " \
  "c.archived_date, c.fine_amount, c.confiscated_amount, c.basis, c.major, " \
  "c.transferred_judicial, c.review_outcome, c.litigation_outcome, c.year, c.notes, " \
  "(SELECT group_concat (label, '、') FROM (SELECT " OFFICER_LABEL ("co.officer_id") \
  " AS label FROM case_officer co WHERE co.case_id = c.id ORDER BY label)) AS officers " \
  "FROM case_file c JOIN body b ON b.id = c.body_id "

static const char case_by_number_sql[] =
  CASE_SELECT "WHERE c.body_id = " BODY_ID (":body_name") " AND c.number = :number";

static const char case_insert_sql[] =
  "INSERT INTO case_file (body_id, number, category, procedure, party_name, party_kind, "
  "party_code, matter_id, filed_date, investigated_date, notified_date, hearing_date, "
  "legal_review_date, collective_date, decided_date, served_date, executed_date, closed_date, "
  "archived_date, fine_amount, confiscated_amount, basis, major, transferred_judicial, "
  "review_outcome, litigation_outcome, year, notes) VALUES (" BODY_ID (":body_name") ", "
  ":number, :category, :procedure, :party_name, :party_kind, :party_code, " CASE_MATTER_ID ", "
  ":filed_date, :investigated_date, :notified_date, :hearing_date, :legal_review_date, "
  ":collective_date, :decided_date, :served_date, :executed_date, :closed_date, "
  ":archived_date, :fine_amount, :confiscated_amount, :basis, coalesce (:major, 0), "
  "coalesce (:transferred_judicial, 0), :review_outcome, :litigation_outcome, :year, :notes)";

static const char case_update_sql[] =
  "UPDATE case_file SET number = :number, category = :category, procedure = :procedure, "
  "party_name = :party_name, party_kind = :party_kind, party_code = :party_code, "
  "matter_id = " CASE_MATTER_ID ", filed_date = :filed_date, "
  "investigated_date = :investigated_date, notified_date = :notified_date, "
  "hearing_date = :hearing_date, legal_review_date = :legal_review_date, "
  "collective_date = :collective_date, decided_date = :decided_date, "
  "served_date = :served_date, executed_date = :executed_date, closed_date = :closed_date, "
  "archived_date = :archived_date, fine_amount = :fine_amount, "
  "confiscated_amount = :confiscated_amount, basis = :basis, major = coalesce (:major, 0), "
  "transferred_judicial = coalesce (:transferred_judicial, 0), "
  "review_outcome = :review_outcome, litigation_outcome = :litigation_outcome, "
  "year = :year, notes = :notes, " TOUCH " WHERE id = :id";

/* Every case file of a body (?1) and year (?2), NULL for any, in the order
 * of the register the export writes. */
static const char case_export_sql[] =
  CASE_SELECT "WHERE (?1 IS NULL OR c.body_id = ?1) AND (?2 IS NULL OR c.year = ?2) "
  "AND (?3 IS NULL OR c.id IN (SELECT value FROM json_each (?3))) "
  "ORDER BY b.name COLLATE pinyin, c.year, c.number COLLATE pinyin, c.id";

/* A card number names its holder wherever they work; a name prefers an
 * officer of the case's own body (?1), and two of the same name there, or
 * elsewhere when the body has none, are ambiguous. */
static const char case_officer_by_number_sql[] =
  "SELECT officer_id, 1 FROM certificate WHERE number = ?2";
static const char case_officer_by_name_sql[] =
  "SELECT id, body_id = " BODY_ID ("?1") " AS own FROM officer WHERE name = ?2 "
  "ORDER BY own DESC, id LIMIT 2";
/* A matter of the case's body (?1) by code, else by name (?2). */
static const char case_matter_by_code_sql[] =
  "SELECT m.id, " MATTER_LABEL ("m") " FROM matter m WHERE m.body_id = " BODY_ID ("?1")
  " AND m.code = ?2 LIMIT 2";
static const char case_matter_by_name_sql[] =
  "SELECT m.id, " MATTER_LABEL ("m") " FROM matter m WHERE m.body_id = " BODY_ID ("?1")
  " AND m.name = ?2 ORDER BY m.id LIMIT 2";
static const char case_matter_all_sql[] =
  "SELECT m.id, " MATTER_LABEL ("m") ", m.code, m.name FROM matter m WHERE m.body_id = "
  BODY_ID ("?1") " ORDER BY m.id";
static const char case_officer_label_sql[] = "SELECT " OFFICER_LABEL ("?1");
static const char case_officer_clear_sql[] = "DELETE FROM case_officer WHERE case_id = ?1";
static const char case_officer_add_sql[] =
  "INSERT OR IGNORE INTO case_officer (case_id, officer_id) VALUES (?1, ?2)";


gint64
zf_store_import_case_officer (ZfStore     *self,
                              const char  *body_name,
                              const char  *token,
                              char       **label,
                              GError     **error)
{
  static const char *const lookups[] = { case_officer_by_number_sql, case_officer_by_name_sql };
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), -1);

  for (guint i = 0; id == 0 && i < G_N_ELEMENTS (lookups); i++)
    {
      int own = -1;

      stmt = zf_store_prepare (self, lookups[i], error);
      if (stmt == NULL)
        return -1;
      zf_bind_text (stmt, 1, body_name);
      zf_bind_text (stmt, 2, token);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (id != 0 && sqlite3_column_int (stmt, 1) == own)
            {
              sqlite3_reset (stmt);
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("More than one officer is named “%s”; write their certificate "
                             "number instead."), token);
              return -1;
            }
          if (id == 0)
            {
              id = sqlite3_column_int64 (stmt, 0);
              own = sqlite3_column_int (stmt, 1);
            }
        }
      sqlite3_reset (stmt);
    }
  if (id == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                   _("There is no officer with the certificate number or name “%s”; "
                     "import the officers first."), token);
      return 0;
    }

  stmt = zf_store_prepare (self, case_officer_label_sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *label = zf_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Steps @stmt (id, label, code, name) and keeps the rows whose column
 * @column is @token with every character at half width, brackets and
 * commas too (every row when @column is 0); returns how many, the first
 * in @id and @label. */
static guint
match_matters (sqlite3_stmt  *stmt,
               int            column,
               const char    *token,
               gint64        *id,
               char         **label)
{
  g_autofree char *folded = zf_code_fold_width (token);
  guint n = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (column > 0)
        {
          g_autofree char *text = zf_code_fold_width ((const char *) sqlite3_column_text (stmt, column));
          if (strcmp (text, folded) != 0)
            continue;
        }
      if (n++ == 0)
        {
          *id = sqlite3_column_int64 (stmt, 0);
          *label = zf_column_dup (stmt, 1);
        }
    }
  sqlite3_reset (stmt);
  return n;
}

gint64
zf_store_import_case_matter (ZfStore     *self,
                             const char  *body_name,
                             const char  *token,
                             char       **label,
                             GError     **error)
{
  /* By code, then by name; exactly first, then at half width (a list
   * typed elsewhere may have full-width brackets, a file half-width). */
  static const struct { const char *sql; int column; } lookups[] = {
    { case_matter_by_code_sql, 0 }, { case_matter_by_name_sql, 0 },
    { case_matter_all_sql, 2 }, { case_matter_all_sql, 3 },
  };

  g_return_val_if_fail (ZF_IS_STORE (self), -1);

  for (guint i = 0; i < G_N_ELEMENTS (lookups); i++)
    {
      sqlite3_stmt *stmt = zf_store_prepare (self, lookups[i].sql, error);
      gint64 id = 0;
      guint n;

      if (stmt == NULL)
        return -1;
      zf_bind_text (stmt, 1, body_name);
      if (lookups[i].column == 0)
        zf_bind_text (stmt, 2, token);
      n = match_matters (stmt, lookups[i].column, token, &id, label);
      if (n > 1)
        {
          g_clear_pointer (label, g_free);
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("More than one matter of the body is named “%s”; write its code "
                         "instead."), token);
          return -1;
        }
      if (id > 0)
        return id;
    }
  g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
               _("“%s” is not on the list of enforcement matters of “%s” (by code or "
                 "name); import the body's matters first."), token, body_name);
  return 0;
}

gboolean
zf_store_import_find_case (ZfStore                 *self,
                           const ZfImportRegister  *reg,
                           char *const             *values,
                           gint64                  *id,
                           char                  ***current,
                           GError                 **error)
{
  return zf_store_import_find_with (self, reg, case_by_number_sql, values, id, current, error);
}

/* The plan left the cell as labels joined by 、; each names one officer. */
static gboolean
write_case_officers (ZfStore                 *self,
                     const ZfImportRegister  *reg,
                     gint64                   case_id,
                     char *const             *values,
                     GError                 **error)
{
  int f = zf_import_register_field_index (reg, "officers");
  g_auto(GStrv) labels = NULL;
  sqlite3_stmt *stmt;

  /* A file without the column leaves the officers as they are. */
  if (values[f] == NULL)
    return TRUE;
  stmt = zf_store_prepare (self, case_officer_clear_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;

  labels = g_strsplit (values[f], "、", -1);
  for (guint i = 0; labels[i]; i++)
    {
      g_autofree char *label = NULL;
      gint64 officer_id;

      if (*labels[i] == '\0')
        continue;
      officer_id = zf_store_import_case_officer (self, zf_import_value (reg, values, "body_name"),
                                                 labels[i], &label, error);
      if (officer_id <= 0)
        return FALSE;
      stmt = zf_store_prepare (self, case_officer_add_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, case_id);
      sqlite3_bind_int64 (stmt, 2, officer_id);
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
zf_store_import_write_case (ZfStore                 *self,
                            const ZfImportRegister  *reg,
                            gint64                   id,
                            char *const             *values,
                            GError                 **error)
{
  if (!zf_store_import_exec_values (self, reg, id ? case_update_sql : case_insert_sql, id,
                                    values, error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (zf_store_get_db (self));
  return write_case_officers (self, reg, id, values, error);
}

gboolean
zf_store_import_foreach_case (ZfStore             *self,
                              gint64               body_id,
                              int                  year,
                              GArray              *ids,
                              ZfImportValuesFunc   func,
                              gpointer             user_data,
                              GError             **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return zf_store_import_foreach_filtered (self, zf_import_register_get (ZF_IMPORT_CASES),
                                           case_export_sql, body_id, year, ids, func, user_data,
                                           error);
}
