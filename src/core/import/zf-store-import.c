#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-store-import.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"
#include "zf-validate.h"

/* Names a body by the same row zf_store_find_body_by_name() picks: the
 * first one not revoked, else the first. Two lookups in the order of the
 * index body_name (name, id) rather than one sorting by status: this runs
 * once per imported row, and two index lookups cost half a sort. */
#define BODY_ID(param) \
  "coalesce ((SELECT id FROM body WHERE name = " param " AND status <> 'revoked' ORDER BY id LIMIT 1), " \
  "(SELECT id FROM body WHERE name = " param " ORDER BY id LIMIT 1))"

#define TOUCH "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"

/* --- bodies --------------------------------------------------------------- */

#define BODY_SELECT \
  "SELECT b.id, b.name, b.credit_code, b.kind, b.level, b.region_code, b.domain, " \
  "p.name AS parent_name, b.legal_basis, b.letter_number, b.letter_date, b.letter_scope, " \
  "b.letter_start, b.letter_end, b.filed, b.filed_date, b.has_legal_section, " \
  "b.legal_staff_count, b.address, b.contact, b.phone, b.status, b.published_date, b.notes " \
  "FROM body b LEFT JOIN body p ON p.id = b.parent_id "

static const char body_by_code_sql[] = BODY_SELECT "WHERE b.credit_code = :credit_code";
/* Every body, whatever its status, for the internal register. */
static const char body_export_sql[] = BODY_SELECT "ORDER BY b.name COLLATE pinyin, b.id";
static const char body_by_name_sql[] =
  BODY_SELECT "WHERE b.name = :name ORDER BY b.status = 'revoked', b.id LIMIT 1";

static const char body_insert_sql[] =
  "INSERT INTO body (name, credit_code, kind, level, region_code, domain, parent_id, "
  "legal_basis, letter_number, letter_date, letter_scope, letter_start, letter_end, filed, "
  "filed_date, has_legal_section, legal_staff_count, address, contact, phone, status, "
  "published_date, notes) VALUES (:name, :credit_code, coalesce (:kind, 'organ'), "
  "coalesce (:level, 'county'), :region_code, :domain, " BODY_ID (":parent_name") ", "
  ":legal_basis, :letter_number, :letter_date, :letter_scope, :letter_start, :letter_end, "
  "coalesce (:filed, 0), :filed_date, coalesce (:has_legal_section, 0), "
  "coalesce (:legal_staff_count, 0), :address, :contact, :phone, coalesce (:status, 'pending'), "
  ":published_date, :notes)";

/* The status is not written: it changes only by a recorded decision
 * (zf_store_change_body_status), and the plan refuses a file that differs. */
static const char body_update_sql[] =
  "UPDATE body SET name = :name, credit_code = :credit_code, kind = coalesce (:kind, kind), "
  "level = coalesce (:level, level), region_code = :region_code, domain = :domain, "
  "parent_id = " BODY_ID (":parent_name") ", legal_basis = :legal_basis, "
  "letter_number = :letter_number, letter_date = :letter_date, letter_scope = :letter_scope, "
  "letter_start = :letter_start, letter_end = :letter_end, filed = coalesce (:filed, 0), "
  "filed_date = :filed_date, has_legal_section = coalesce (:has_legal_section, 0), "
  "legal_staff_count = coalesce (:legal_staff_count, 0), address = :address, "
  "contact = :contact, phone = :phone, published_date = :published_date, notes = :notes, "
  TOUCH " WHERE id = :id";

/* --- officers ------------------------------------------------------------- */

/* The events that set a card's status. */
#define STATUS_KINDS \
  "('applied', 'issued', 'suspension', 'return', 'revocation', 'cancellation', 'lost_reissued')"

#define OFFICER_SELECT \
  "SELECT o.id, o.name, o.id_number, o.sex, o.birth_date, b.name AS body_name, " \
  "(SELECT name FROM section WHERE id = o.section_id) AS section_name, o.title, " \
  "o.staffing, o.phone, o.enforcement_category, o.enforcement_area, " \
  "c.number AS certificate_number, c.issuing_authority, c.issue_date, " \
  "CASE WHEN c.number IS NOT NULL AND c.valid_until IS NULL THEN '" ZF_IMPORT_OPEN_ENDED "' " \
  "ELSE c.valid_until END AS valid_until, o.notes, " \
  "c.id AS certificate_id, " \
  "(CASE WHEN c.status = 'valid' AND c.valid_until < date ('now', 'localtime') THEN 'expired' " \
  "ELSE coalesce (c.status, 'none') END) AS certificate_status, " \
  "(SELECT date FROM officer_event WHERE certificate_id = c.id AND kind IN " STATUS_KINDS \
  " ORDER BY date DESC, id DESC LIMIT 1) AS status_date, " \
  "(SELECT doc_number FROM officer_event WHERE certificate_id = c.id AND kind IN " STATUS_KINDS \
  " ORDER BY date DESC, id DESC LIMIT 1) AS status_document " \
  "FROM officer o JOIN body b ON b.id = o.body_id " \
  "LEFT JOIN certificate c ON c.id = (SELECT max (id) FROM certificate WHERE officer_id = o.id) "

static const char officer_by_id_number_sql[] = OFFICER_SELECT "WHERE o.id_number = :id_number";
static const char officer_by_id_sql[] = OFFICER_SELECT "WHERE o.id = :id";
/* Who holds a card, and whether it is their latest (the one an import
 * updates) or an earlier one. */
static const char certificate_holder_sql[] =
  "SELECT o.id, o.name, o.id_number, c.id = (SELECT max (id) FROM certificate "
  "WHERE officer_id = o.id), (SELECT number FROM certificate WHERE id = (SELECT max (id) "
  "FROM certificate WHERE officer_id = o.id)) FROM certificate c "
  "JOIN officer o ON o.id = c.officer_id WHERE c.number = ?1";

/* The card's data only: its status is a cache of the events, and a valid
 * card past its date is shown as expired by the officers store. */
static const char certificate_update_sql[] =
  "UPDATE certificate SET number = :certificate_number, issuing_authority = :issuing_authority, "
  "issue_date = :issue_date, valid_until = nullif (:valid_until, '" ZF_IMPORT_OPEN_ENDED "'), "
  "category = :enforcement_category, "
  "area = :enforcement_area, " TOUCH " WHERE id = :certificate_id";

static const char section_find_sql[] = "SELECT id FROM section WHERE body_id = ?1 AND name = ?2";
static const char section_insert_sql[] =
  "INSERT INTO section (body_id, name) VALUES (?1, ?2) RETURNING id";

/* --- matters and cases ---------------------------------------------------- */

#define MATTER_SELECT \
  "SELECT m.id, b.name AS body_name, m.code, m.name, m.category, m.cooperating, " \
  "m.time_limit_days, m.time_limit_text, m.responsibility, m.accountability, m.supervision_phone, m.status, " \
  "m.enforcement_category, m.notes FROM matter m JOIN body b ON b.id = m.body_id "

static const char matter_by_code_sql[] =
  MATTER_SELECT "WHERE m.body_id = " BODY_ID (":body_name") " AND m.code = :code";
static const char matter_by_name_sql[] =
  MATTER_SELECT "WHERE m.body_id = " BODY_ID (":body_name") " AND m.name = :name "
  "ORDER BY m.id LIMIT 1";

static const char matter_insert_sql[] =
  "INSERT INTO matter (body_id, code, name, category, cooperating, time_limit_days, "
  "time_limit_text, responsibility, accountability, supervision_phone, status, "
  "enforcement_category, notes) "
  "VALUES (" BODY_ID (":body_name") ", :code, :name, :category, :cooperating, "
  ":time_limit_days, :time_limit_text, :responsibility, :accountability, :supervision_phone, "
  "coalesce (:status, 'active'), :enforcement_category, :notes)";

static const char matter_update_sql[] =
  "UPDATE matter SET body_id = " BODY_ID (":body_name") ", code = :code, name = :name, "
  "category = :category, cooperating = :cooperating, time_limit_days = :time_limit_days, "
  "time_limit_text = :time_limit_text, "
  "responsibility = :responsibility, accountability = :accountability, "
  "supervision_phone = :supervision_phone, status = coalesce (:status, status), "
  "enforcement_category = :enforcement_category, notes = :notes, " TOUCH " WHERE id = :id";

/* A handling officer as a case file's cell names them: the number of their
 * latest card (unique), else their name. */
#define OFFICER_LABEL(officer_id) \
  "coalesce ((SELECT number FROM certificate WHERE id = (SELECT max (id) FROM certificate " \
  "WHERE officer_id = " officer_id ")), (SELECT name FROM officer WHERE id = " officer_id "))"

/* A matter as a case file's cell names it: its name, or its code (unique
 * in the body) when another matter of the body has the same name, so that
 * the label names one matter of the body. */
#define MATTER_LABEL(m) \
  "CASE WHEN " m ".code IS NOT NULL AND EXISTS (SELECT 1 FROM matter twin WHERE " \
  "twin.body_id = " m ".body_id AND twin.name = " m ".name AND twin.id <> " m ".id) " \
  "THEN " m ".code ELSE " m ".name END"

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

/* --- bulk state ----------------------------------------------------------- */

/* What a bulk import reads once instead of once per row. It lives on the
 * store between zf_store_import_set_bulk (TRUE) and (FALSE), that is
 * inside the import's one transaction, where nothing else changes bodies
 * or settings. */
typedef struct
{
  GHashTable        *body_ids;     /* body name → id, bodies found so far */
  ZfOfficerSettings  settings;
  GPtrArray         *deferred;     /* definitions of what the import dropped */
} ImportBulk;

static void
import_bulk_free (gpointer data)
{
  ImportBulk *bulk = data;

  g_hash_table_unref (bulk->body_ids);
  g_ptr_array_unref (bulk->deferred);
  g_free (bulk);
}

static GQuark
import_bulk_quark (void)
{
  return g_quark_from_static_string ("zf-import-bulk");
}

static ImportBulk *
import_bulk (ZfStore *self)
{
  return g_object_get_qdata (G_OBJECT (self), import_bulk_quark ());
}

/* --- plan state ----------------------------------------------------------- */

/* The keys the plan looks rows up by, read once in the plan's snapshot:
 * most rows of a large file are new, and a key that is not stored needs
 * no query. Lives between zf_store_import_set_planning (TRUE) and (FALSE). */
typedef struct
{
  GHashTable *id_numbers;
  GHashTable *certificate_numbers;
} ImportKeys;

static const char officer_keys_sql[] =
  "SELECT id_number FROM officer WHERE id_number IS NOT NULL";
static const char certificate_keys_sql[] =
  "SELECT number FROM certificate WHERE number IS NOT NULL";

static void
import_keys_free (gpointer data)
{
  ImportKeys *keys = data;

  g_hash_table_unref (keys->id_numbers);
  g_hash_table_unref (keys->certificate_numbers);
  g_free (keys);
}

static GQuark
import_keys_quark (void)
{
  return g_quark_from_static_string ("zf-import-keys");
}

static GHashTable *
read_keys (ZfStore    *self,
           const char *sql)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_add (set, zf_column_dup (stmt, 0));
      sqlite3_reset (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      /* Unread keys mean "look it up", as without the set. */
      g_hash_table_unref (set);
      return NULL;
    }
  return set;
}

void
zf_store_import_set_planning (ZfStore                 *self,
                              const ZfImportRegister  *reg,
                              gboolean                 planning)
{
  ImportKeys *keys = NULL;

  g_return_if_fail (ZF_IS_STORE (self));

  if (planning && reg->id == ZF_IMPORT_OFFICERS)
    {
      GHashTable *ids = read_keys (self, officer_keys_sql);
      GHashTable *numbers = read_keys (self, certificate_keys_sql);

      if (ids != NULL && numbers != NULL)
        {
          keys = g_new0 (ImportKeys, 1);
          keys->id_numbers = g_steal_pointer (&ids);
          keys->certificate_numbers = g_steal_pointer (&numbers);
        }
      g_clear_pointer (&ids, g_hash_table_unref);
      g_clear_pointer (&numbers, g_hash_table_unref);
    }
  g_object_set_qdata_full (G_OBJECT (self), import_keys_quark (), keys, import_keys_free);
}

/* FALSE when the preloaded keys show that @key is not stored. */
static gboolean
may_be_stored (GHashTable *set,
               const char *key)
{
  return set == NULL || g_hash_table_contains (set, key);
}

/* --- helpers -------------------------------------------------------------- */

static gboolean find_with (ZfStore                 *self,
                           const ZfImportRegister  *reg,
                           const char              *sql,
                           char *const             *values,
                           gint64                  *id,
                           char                  ***current,
                           GError                 **error);

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

static const char *
value_of (const ZfImportRegister *reg,
          char *const            *values,
          const char             *column)
{
  int i = zf_import_register_field_index (reg, column);

  return i >= 0 && values[i] && *values[i] ? values[i] : NULL;
}

/* Binds every ":column" parameter that names a field; others stay NULL
 * until the caller binds them. */
static void
bind_values (sqlite3_stmt           *stmt,
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

static void
bind_id (sqlite3_stmt *stmt,
         const char   *name,
         gint64        id)
{
  int p = sqlite3_bind_parameter_index (stmt, name);

  if (p > 0)
    zf_bind_id (stmt, p, id);
}

static gboolean
find_with (ZfStore                 *self,
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
  bind_values (stmt, reg, values);
  bind_id (stmt, ":id", *id);
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

/* Whether two names are one person's, as the import normalizes names. */
static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *x = zf_name_normalize (a);
  g_autofree char *y = zf_name_normalize (b);

  return g_utf8_collate (x, y) == 0 || g_ascii_strcasecmp (x, y) == 0;
}

/* An officer of the row's name in the row's body, with their latest
 * card's number; names are stored normalized, as the row's are. */
static const char namesake_sql[] =
  "SELECT o.id, (SELECT number FROM certificate WHERE id = (SELECT max (id) FROM certificate "
  "WHERE officer_id = o.id)) FROM officer o WHERE o.name = ?1 AND o.body_id = " BODY_ID ("?2")
  " LIMIT 1";

/* A row without ID number whose certificate number is not stored, naming
 * someone the body already has: that person with a new card, or another
 * of the same name. Only an ID number tells; a new officer would be a
 * second record of the same person, without a word. */
static gboolean
namesake_refused (ZfStore                 *self,
                  const ZfImportRegister  *reg,
                  char *const             *values,
                  GError                 **error)
{
  const char *name = value_of (reg, values, "name");
  const char *body = value_of (reg, values, "body_name");
  sqlite3_stmt *stmt;
  g_autofree char *number = NULL;
  gboolean found;

  if (name == NULL || body == NULL)
    return TRUE;
  stmt = zf_store_prepare (self, namesake_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, name);
  zf_bind_text (stmt, 2, body);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    number = zf_column_dup (stmt, 1);
  sqlite3_reset (stmt);
  if (!found)
    return TRUE;
  g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
               _("%s of %s is already in the register (certificate number %s). Without an ID "
                 "number the row cannot tell that person with a new card from another person "
                 "of the same name: add the ID number."),
               name, body, number ? number : "—");
  return FALSE;
}

/* An officer is the one of the row's ID number. A certificate number
 * alone names its holder only when the name agrees: a public list (name,
 * unit, number) with a typo in the number must not rename and move
 * someone else. A number held by another person refuses the row. */
static gboolean
find_officer (ZfStore                 *self,
              const ZfImportRegister  *reg,
              char *const             *values,
              gint64                  *id,
              char                  ***current,
              GError                 **error)
{
  ImportKeys *keys = g_object_get_qdata (G_OBJECT (self), import_keys_quark ());
  const char *id_number = value_of (reg, values, "id_number");
  const char *number = value_of (reg, values, "certificate_number");
  const char *name = value_of (reg, values, "name");
  g_autofree char *holder_name = NULL;
  g_autofree char *holder_id = NULL;
  g_autofree char *latest = NULL;
  gboolean is_latest = FALSE;
  gint64 holder = 0;

  if (id_number && may_be_stored (keys ? keys->id_numbers : NULL, id_number) &&
      !find_with (self, reg, officer_by_id_number_sql, values, id, current, error))
    return FALSE;
  if (number && may_be_stored (keys ? keys->certificate_numbers : NULL, number))
    {
      sqlite3_stmt *stmt = zf_store_prepare (self, certificate_holder_sql, error);

      if (stmt == NULL)
        return FALSE;
      zf_bind_text (stmt, 1, number);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          holder = sqlite3_column_int64 (stmt, 0);
          holder_name = zf_column_dup (stmt, 1);
          holder_id = zf_column_dup (stmt, 2);
          is_latest = sqlite3_column_int (stmt, 3);
          latest = zf_column_dup (stmt, 4);
        }
      sqlite3_reset (stmt);
    }
  if (holder == 0 && *id == 0 && id_number == NULL)
    return namesake_refused (self, reg, values, error);
  if (holder == 0)
    return TRUE;

  if (*id > 0 && holder != *id)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s belongs to %s (ID number %s), not to %s of "
                     "this row (ID number %s). Check the certificate number."),
                   number, holder_name, holder_id ? holder_id : "—", name ? name : "—", id_number);
      goto refused;
    }
  if (*id == 0 && id_number != NULL && holder_id != NULL && *holder_id != '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s belongs to %s (ID number %s), not to %s of "
                     "this row (ID number %s). Check the certificate number and the ID "
                     "number."),
                   number, holder_name, holder_id, name ? name : "—", id_number);
      goto refused;
    }
  if (*id == 0 && !same_name (name, holder_name))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s belongs to %s, not to %s of this row. Check "
                     "the certificate number and the name."),
                   number, holder_name, name ? name : "—");
      goto refused;
    }
  if (!is_latest)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s is an earlier card of %s, whose current card "
                     "is %s. Write the current card's number."),
                   number, holder_name, latest);
      goto refused;
    }
  if (*id == 0)
    {
      /* The name agrees and the holder has no other ID number. */
      *id = holder;
      if (!find_with (self, reg, officer_by_id_sql, values, id, current, error))
        return FALSE;
    }
  return TRUE;

refused:
  *id = 0;
  zf_import_values_free (*current, reg->n_fields);
  *current = NULL;
  return FALSE;
}

/* A body is the one of the row's credit code, else of its name; a name
 * registered with another credit code is another body, or the code has a
 * typo: refused, not a second body of the same name. */
static gboolean
find_body (ZfStore                 *self,
           const ZfImportRegister  *reg,
           char *const             *values,
           gint64                  *id,
           char                  ***current,
           GError                 **error)
{
  const char *code = value_of (reg, values, "credit_code");
  int f = zf_import_register_field_index (reg, "credit_code");

  if (code && !find_with (self, reg, body_by_code_sql, values, id, current, error))
    return FALSE;
  if (*id > 0)
    return TRUE;
  if (!find_with (self, reg, body_by_name_sql, values, id, current, error))
    return FALSE;
  if (*id > 0 && code && (*current)[f] && strcmp ((*current)[f], code) != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("“%s” is registered with the credit code %s, not %s of this row. Check "
                     "the credit code."),
                   value_of (reg, values, "name"), (*current)[f], code);
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
  const char *first = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *id = 0;
  *current = NULL;
  switch (reg->id)
    {
    case ZF_IMPORT_BODIES:
      return find_body (self, reg, values, id, current, error);
    case ZF_IMPORT_OFFICERS:
      return find_officer (self, reg, values, id, current, error);
    case ZF_IMPORT_MATTERS:
      first = value_of (reg, values, "code") ? matter_by_code_sql : matter_by_name_sql;
      break;
    case ZF_IMPORT_CASES:
      first = case_by_number_sql;
      break;
    default:
      g_assert_not_reached ();
    }

  return find_with (self, reg, first, values, id, current, error);
}

static gint64
step_returning_id (ZfStore       *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  gint64 id = 0;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
exec_values (ZfStore                 *self,
             const ZfImportRegister  *reg,
             const char              *sql,
             gint64                   id,
             char *const             *values,
             GError                 **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_values (stmt, reg, values);
  bind_id (stmt, ":id", id);
  return zf_store_exec_stmt (self, stmt, error);
}

/* The body's section named @name, created when the file names a new one. */
static gint64
section_id_for (ZfStore     *self,
                gint64       body_id,
                const char  *name,
                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = zf_store_prepare (self, section_find_sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id > 0)
    return id;

  stmt = zf_store_prepare (self, section_insert_sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, name);
  id = step_returning_id (self, stmt, error);
  return id > 0 ? id : -1;
}

/* The event the file says set a new card's status (the plan checked it):
 * the status then derives from the events. */
static gboolean
write_status_event (ZfStore                 *self,
                    const ZfImportRegister  *reg,
                    ZfOfficer               *officer,
                    char *const             *values,
                    GError                 **error)
{
  static const struct { const char *status; const char *kind; } events[] = {
    { "applying", "applied" }, { "suspended", "suspension" }, { "revoked", "revocation" },
    { "cancelled", "cancellation" },
  };
  const char *status = value_of (reg, values, "certificate_status");

  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (events); i++)
    if (strcmp (status, events[i].status) == 0)
      return zf_store_import_status_event (self, zf_record_get_id (ZF_RECORD (officer)),
                                           events[i].kind,
                                           value_of (reg, values, "status_date"),
                                           value_of (reg, values, "status_document"), error);
  return TRUE;
}

/* Officers go through the officers store, so that its checks (O0,
 * duplicates), the derivations from the ID number and the certificate
 * history (an application and an issue, as for any holder taken over from
 * an existing register) are the same as when typed in. */
static gboolean
write_officer (ZfStore                 *self,
               const ZfImportRegister  *reg,
               gint64                   id,
               char *const             *values,
               GError                 **error)
{
  static const char *const text_columns[] = {
    "name", "id_number", "sex", "birth_date", "title", "phone", "enforcement_category",
    "enforcement_area", "notes",
  };
  g_autoptr(ZfOfficer) officer = id > 0 ? zf_store_get_officer (self, id, error) : zf_officer_new ();
  const char *section = value_of (reg, values, "section_name");
  const char *certificate_id = value_of (reg, values, "certificate_id");
  const char *number = value_of (reg, values, "certificate_number");
  gint64 body_id, section_id = 0;

  ImportBulk *bulk = import_bulk (self);

  if (officer == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    zf_record_set_string (ZF_RECORD (officer), text_columns[i],
                          value_of (reg, values, text_columns[i]));
  if (value_of (reg, values, "staffing") != NULL)
    zf_record_set_string (ZF_RECORD (officer), "staffing", value_of (reg, values, "staffing"));
  body_id = zf_store_import_body_id (self, value_of (reg, values, "body_name"));
  if (section != NULL && (section_id = section_id_for (self, body_id, section, error)) < 0)
    return FALSE;
  zf_record_set_int (ZF_RECORD (officer), "body_id", body_id);
  zf_record_set_int (ZF_RECORD (officer), "section_id", section_id);

  if (certificate_id == NULL && number != NULL)
    {
      const char *until = value_of (reg, values, "valid_until");
      gboolean open_ended = g_strcmp0 (until, ZF_IMPORT_OPEN_ENDED) == 0;
      ZfCertificateCard card = {
        number,
        value_of (reg, values, "issuing_authority"),
        open_ended ? NULL : until,
        value_of (reg, values, "enforcement_category"),
        value_of (reg, values, "enforcement_area"),
        open_ended,
      };
      /* The bulk path inserts; a stored officer's new card is issued as
       * for one saved by hand. */
      if (bulk != NULL && id == 0 ? !zf_store_import_holder_bulk (self, officer, &card,
                                                                  value_of (reg, values, "issue_date"),
                                                                  NULL, &bulk->settings, error)
                                  : !zf_store_import_holder (self, officer, &card,
                                                             value_of (reg, values, "issue_date"),
                                                             NULL, error))
        return FALSE;
      return write_status_event (self, reg, officer, values, error);
    }

  if (bulk != NULL && id == 0)
    {
      if (!zf_store_insert_officer_bulk (self, officer, error))
        return FALSE;
      return write_status_event (self, reg, officer, values, error);
    }
  if (!zf_store_save_officer (self, officer, error))
    return FALSE;
  if (certificate_id == NULL && !write_status_event (self, reg, officer, values, error))
    return FALSE;
  if (certificate_id != NULL)
    {
      sqlite3_stmt *stmt = zf_store_prepare (self, certificate_update_sql, error);
      if (stmt == NULL)
        return FALSE;
      bind_values (stmt, reg, values);
      return zf_store_exec_stmt (self, stmt, error);
    }
  return TRUE;
}

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
      officer_id = zf_store_import_case_officer (self, value_of (reg, values, "body_name"),
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

static gboolean
write_case (ZfStore                 *self,
            const ZfImportRegister  *reg,
            gint64                   id,
            char *const             *values,
            GError                 **error)
{
  if (!exec_values (self, reg, id ? case_update_sql : case_insert_sql, id, values, error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (zf_store_get_db (self));
  return write_case_officers (self, reg, id, values, error);
}

/* Calls @func with the values of each row of @stmt, whose columns are
 * named after @reg's fields. */
static gboolean
foreach_values (ZfStore                 *self,
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
zf_store_import_foreach_case (ZfStore             *self,
                              gint64               body_id,
                              int                  year,
                              ZfImportValuesFunc   func,
                              gpointer             user_data,
                              GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = zf_store_prepare (self, case_export_sql, error);
  if (stmt == NULL)
    return FALSE;
  if (body_id > 0)
    sqlite3_bind_int64 (stmt, 1, body_id);
  if (year > 0)
    sqlite3_bind_int (stmt, 2, year);
  return foreach_values (self, zf_import_register_get (ZF_IMPORT_CASES), stmt, func,
                         user_data, error);
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
  return foreach_values (self, zf_import_register_get (ZF_IMPORT_BODIES), stmt, func,
                         user_data, error);
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
      return exec_values (self, reg, id ? body_update_sql : body_insert_sql, id, values, error);
    case ZF_IMPORT_MATTERS:
      return exec_values (self, reg, id ? matter_update_sql : matter_insert_sql, id, values, error);
    case ZF_IMPORT_CASES:
      return write_case (self, reg, id, values, error);
    case ZF_IMPORT_OFFICERS:
      return write_officer (self, reg, id, values, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

void
zf_store_import_set_bulk (ZfStore  *self,
                          gboolean  bulk)
{
  static const char bulk_sql[] = "PRAGMA cache_size = -262144";
  static const char normal_sql[] = "PRAGMA cache_size = -2000";
  ImportBulk *state = NULL;

  g_return_if_fail (ZF_IS_STORE (self));

  zf_store_exec (self, bulk ? bulk_sql : normal_sql, NULL);
  if (bulk)
    {
      state = g_new0 (ImportBulk, 1);
      state->body_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      state->deferred = g_ptr_array_new_with_free_func (g_free);
      zf_store_get_officer_settings (self, &state->settings);
    }
  g_object_set_qdata_full (G_OBJECT (self), import_bulk_quark (), state, import_bulk_free);
  zf_store_set_row_stamps (self, bulk);
}

/* The tables an officers import adds rows to, with their sizes. */
static const struct
{
  const char *table;
  const char *count_sql;
} officer_import_tables[] = {
  { "officer", "SELECT count(*) FROM officer" },
  { "certificate", "SELECT count(*) FROM certificate" },
  { "officer_event", "SELECT count(*) FROM officer_event" },
};

/* The secondary indexes a sorter can build again from the table; the
 * unique ones stay, to refuse a duplicate on its own row. */
static const char deferrable_indexes_sql[] =
  "SELECT m.name, m.sql FROM pragma_index_list (?1) l JOIN sqlite_master m "
  "ON m.type = 'index' AND m.name = l.name WHERE l.\"unique\" = 0 AND m.sql IS NOT NULL "
  "ORDER BY m.name COLLATE pinyin";

/* The audit trigger of a table's inserts, generated by the migrations
 * (rebuild_audit_triggers). A bulk import turns per-row auditing off, so
 * the trigger does nothing there; but its mere presence makes every
 * INSERT keep a statement journal. */
static const char audit_insert_trigger_sql[] =
  "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1 "
  "AND name = 'audit_' || ?1 || '_insert' AND sql IS NOT NULL";

static gint64
count_rows (ZfStore     *self,
            const char  *sql,
            GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return n;
}

/* Executes DDL that names a schema object, which no parameter can; it
 * bypasses the statement cache, whose keys are static texts. */
static gboolean
exec_ddl (ZfStore     *self,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (zf_store_get_db (self), sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Drops the schema objects @sql lists (name, definition) for @table and
 * keeps their definitions to create them again. */
static gboolean
defer_objects (ZfStore     *self,
               ImportBulk  *bulk,
               const char  *sql,
               const char  *kind,
               const char  *table,
               GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, table);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (names, zf_column_dup (stmt, 0));
      g_ptr_array_add (bulk->deferred, zf_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < names->len; i++)
    {
      char *drop = sqlite3_mprintf ("DROP %s \"%w\"", kind,
                                    (const char *) g_ptr_array_index (names, i));
      gboolean ok = exec_ddl (self, drop, error);

      sqlite3_free (drop);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

gboolean
zf_store_import_prepare_bulk (ZfStore                 *self,
                              const ZfImportRegister  *reg,
                              guint                    n_new,
                              GError                 **error)
{
  ImportBulk *bulk = import_bulk (self);

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (bulk != NULL, FALSE);

  /* Only officers are written in bulk, three tables per row: the officer,
   * the card and its two events, each with a UUID. */
  if (reg->id != ZF_IMPORT_OFFICERS)
    return TRUE;
  zf_store_reserve_uuids (self, n_new * 4);
  for (guint i = 0; i < G_N_ELEMENTS (officer_import_tables); i++)
    {
      gint64 n = count_rows (self, officer_import_tables[i].count_sql, error);

      if (n < 0)
        return FALSE;
      if (!defer_objects (self, bulk, audit_insert_trigger_sql, "TRIGGER",
                          officer_import_tables[i].table, error))
        return FALSE;
      /* Inserting into a large index costs a descent per row; rebuilding it
       * sorts every row of the table once. */
      if ((gint64) n_new > n &&
          !defer_objects (self, bulk, deferrable_indexes_sql, "INDEX",
                          officer_import_tables[i].table, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
zf_store_import_finish_bulk (ZfStore  *self,
                             GError  **error)
{
  ImportBulk *bulk = import_bulk (self);

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (bulk != NULL, FALSE);

  for (guint i = 0; i < bulk->deferred->len; i++)
    if (!exec_ddl (self, g_ptr_array_index (bulk->deferred, i), error))
      return FALSE;
  g_ptr_array_set_size (bulk->deferred, 0);
  return TRUE;
}

gint64
zf_store_import_body_id (ZfStore    *self,
                         const char *name)
{
  static const char sql[] = "SELECT " BODY_ID ("?1");
  ImportBulk *bulk = import_bulk (self);
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

gboolean
zf_store_save_import_mapping (ZfStore     *self,
                              const char  *register_name,
                              const char  *name,
                              const char  *json,
                              GError     **error)
{
  static const char sql[] =
    "INSERT INTO import_mapping (register, name, mapping) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (register, name) DO UPDATE SET mapping = excluded.mapping, " TOUCH;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (name == NULL || *name == '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("A saved mapping needs a name."));
      return FALSE;
    }
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, register_name);
  zf_bind_text (stmt, 2, name);
  zf_bind_text (stmt, 3, json);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_store_notify_changed (self, "import_mapping", 0);
  return TRUE;
}

char *
zf_store_load_import_mapping (ZfStore     *self,
                              const char  *register_name,
                              const char  *name,
                              GError     **error)
{
  static const char sql[] = "SELECT mapping FROM import_mapping WHERE register = ?1 AND name = ?2";
  sqlite3_stmt *stmt;
  char *json = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, register_name);
  zf_bind_text (stmt, 2, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    json = zf_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (json == NULL)
    g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                 _("There is no saved mapping named “%s”."), name);
  return json;
}

GPtrArray *
zf_store_list_import_mappings (ZfStore     *self,
                               const char  *register_name,
                               GError     **error)
{
  static const char sql[] = "SELECT name FROM import_mapping WHERE register = ?1 ORDER BY name COLLATE pinyin";
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, register_name);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, zf_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  return g_steal_pointer (&names);
}

/* SQLite's JSON functions parse the mapping: no second JSON library, and
 * the same parser that checks what is stored. */
GHashTable *
zf_store_parse_import_mapping (ZfStore     *self,
                               const char  *register_name,
                               const char  *json,
                               GError     **error)
{
  static const char check_sql[] =
    "SELECT json_valid (?1), json_type (?1, '$.columns'), json_extract (?1, '$.register')";
  static const char each_sql[] =
    "SELECT key, value FROM json_each (?1, '$.columns') WHERE type = 'text'";
  g_autoptr(GHashTable) mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *kind = NULL;
  g_autofree char *reg = NULL;
  gboolean valid = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, check_sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, json);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      valid = sqlite3_column_int (stmt, 0) == 1;
      kind = zf_column_dup (stmt, 1);
      reg = zf_column_dup (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (!valid || g_strcmp0 (kind, "object") != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The mapping is not valid: it should be JSON like "
                     "{\"register\": \"officers\", \"columns\": {\"name\": \"姓名\"}}."));
      return NULL;
    }
  if (reg != NULL && register_name != NULL && strcmp (reg, register_name) != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The mapping is for the register “%s”, not “%s”."), reg, register_name);
      return NULL;
    }

  stmt = zf_store_prepare (self, each_sql, error);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, json);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (mapping, zf_column_dup (stmt, 0), zf_column_dup (stmt, 1));
  sqlite3_reset (stmt);
  return g_steal_pointer (&mapping);
}
