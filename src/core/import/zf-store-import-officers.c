#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-store-import-private.h"
#include "zf-validate.h"

/* The importer's officers: who a row names (by ID number, else by a
 * certificate number whose name agrees), and writing them through the
 * officers store with their card, section and status event. */

/* The events that set a card's status. */
#define STATUS_KINDS \
  "('applied', 'issued', 'suspension', 'return', 'revocation', 'cancellation', 'lost_reissued')"

#define OFFICER_SELECT \
  "SELECT o.id, o.name, o.id_number, o.sex, o.birth_date, b.name AS body_name, " \
  "(SELECT name FROM section WHERE id = o.section_id) AS section_name, o.title, " \
  "(SELECT name FROM post WHERE id = o.post_id) AS post_name, o.financed, o.enforcement_post, " \
  "o.staffing, o.phone, o.enforcement_category, o.enforcement_area, " \
  "c.number AS certificate_number, c.issuing_authority, c.issue_date, " \
  "CASE WHEN c.number IS NOT NULL AND c.valid_until IS NULL THEN '" ZF_IMPORT_OPEN_ENDED "' " \
  "ELSE c.valid_until END AS valid_until, o.last_activity_date, o.notes, " \
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
  const char *name = zf_import_value (reg, values, "name");
  const char *body = zf_import_value (reg, values, "body_name");
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

/* Who holds a card: an officer, and whether it is their latest card (the
 * one an import updates) or an earlier one. */
typedef struct
{
  gint64    id;          /* 0 when nobody holds it */
  char     *name;
  char     *id_number;
  gboolean  is_latest;
  char     *latest;      /* the number of their latest card */
} Holder;

static void
holder_clear (Holder *h)
{
  g_free (h->name);
  g_free (h->id_number);
  g_free (h->latest);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Holder, holder_clear)

static gboolean
read_holder (ZfStore     *self,
             const char  *number,
             Holder      *h,
             GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, certificate_holder_sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      h->id = sqlite3_column_int64 (stmt, 0);
      h->name = zf_column_dup (stmt, 1);
      h->id_number = zf_column_dup (stmt, 2);
      h->is_latest = sqlite3_column_int (stmt, 3);
      h->latest = zf_column_dup (stmt, 4);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* An officer is the one of the row's ID number. A certificate number
 * alone names its holder only when the name agrees: a public list (name,
 * unit, number) with a typo in the number must not rename and move
 * someone else. A number held by another person refuses the row. */
gboolean
zf_store_import_find_officer (ZfStore                 *self,
                              const ZfImportRegister  *reg,
                              char *const             *values,
                              gint64                  *id,
                              char                  ***current,
                              GError                 **error)
{
  ImportKeys *keys = g_object_get_qdata (G_OBJECT (self), import_keys_quark ());
  const char *id_number = zf_import_value (reg, values, "id_number");
  const char *number = zf_import_value (reg, values, "certificate_number");
  const char *name = zf_import_value (reg, values, "name");
  g_auto(Holder) h = { 0, NULL, NULL, FALSE, NULL };

  if (id_number && may_be_stored (keys ? keys->id_numbers : NULL, id_number) &&
      !zf_store_import_find_with (self, reg, officer_by_id_number_sql, values, id, current, error))
    return FALSE;
  if (number && may_be_stored (keys ? keys->certificate_numbers : NULL, number) &&
      !read_holder (self, number, &h, error))
    return FALSE;
  if (h.id == 0 && *id == 0 && id_number == NULL)
    return namesake_refused (self, reg, values, error);
  if (h.id == 0)
    return TRUE;

  if (*id > 0 && h.id != *id)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s belongs to %s (ID number %s), not to %s of "
                     "this row (ID number %s). Check the certificate number."),
                   number, h.name, h.id_number ? h.id_number : "—", name ? name : "—", id_number);
      goto refused;
    }
  if (*id == 0 && id_number != NULL && h.id_number != NULL && *h.id_number != '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s belongs to %s (ID number %s), not to %s of "
                     "this row (ID number %s). Check the certificate number and the ID "
                     "number."),
                   number, h.name, h.id_number, name ? name : "—", id_number);
      goto refused;
    }
  if (*id == 0 && !same_name (name, h.name))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s belongs to %s, not to %s of this row. Check "
                     "the certificate number and the name."),
                   number, h.name, name ? name : "—");
      goto refused;
    }
  if (!h.is_latest)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The certificate number %s is an earlier card of %s, whose current card "
                     "is %s. Write the current card's number."),
                   number, h.name, h.latest);
      goto refused;
    }
  if (*id == 0)
    {
      /* The name agrees and the holder has no other ID number. */
      *id = h.id;
      if (!zf_store_import_find_with (self, reg, officer_by_id_sql, values, id, current, error))
        return FALSE;
    }
  return TRUE;

refused:
  *id = 0;
  zf_import_values_free (*current, reg->n_fields);
  *current = NULL;
  return FALSE;
}
/* The post named @name in section @section_id, created when the section
 * has none of that name; -1 on error. */
gint64
zf_store_import_post_id (ZfStore     *self,
                         gint64       section_id,
                         const char  *name,
                         GError     **error)
{
  static const char find_sql[] = "SELECT id FROM post WHERE section_id = ?1 AND name = ?2";
  static const char insert_sql[] = "INSERT INTO post (section_id, name) VALUES (?1, ?2) RETURNING id";
  gint64 id = zf_store_ensure_named_row (self, find_sql, insert_sql, section_id, name, error);

  return id > 0 ? id : -1;
}

/* The body's section named @name, created when the file names a new one. */
gint64
zf_store_import_section_id (ZfStore     *self,
                            gint64       body_id,
                            const char  *name,
                            GError     **error)
{
  gint64 id = zf_store_ensure_named_row (self, section_find_sql, section_insert_sql, body_id,
                                         name, error);

  return id > 0 ? id : -1;
}

/* The kind of event the file says set a new card's status, NULL for none. */
static const char *
status_event_kind (const ZfImportRegister *reg,
                   char *const            *values)
{
  static const struct { const char *status; const char *kind; } events[] = {
    { "applying", "applied" }, { "suspended", "suspension" }, { "revoked", "revocation" },
    { "cancelled", "cancellation" },
  };
  const char *status = zf_import_value (reg, values, "certificate_status");

  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (events); i++)
    if (strcmp (status, events[i].status) == 0)
      return events[i].kind;
  return NULL;
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
  const char *kind = status_event_kind (reg, values);

  if (kind == NULL)
    return TRUE;
  return zf_store_import_status_event (self, zf_record_get_id (ZF_RECORD (officer)), kind,
                                       zf_import_value (reg, values, "status_date"),
                                       zf_import_value (reg, values, "status_document"), error);
}

/* New officers staged per batch: a thousand statements' worth of rows
 * per INSERT … SELECT, and few enough officers held for a refused batch
 * to be written again one by one. */
#define BATCH_ROWS 2000

/* After a new officer was staged: written at once when a status event
 * follows (it acts on the stored card), else when the batch is full. */
static gboolean
write_staged (ZfStore                 *self,
              const ZfImportRegister  *reg,
              ZfOfficer               *officer,
              char *const             *values,
              GError                 **error)
{
  zf_store_import_note_staged (self);
  if (status_event_kind (reg, values) != NULL)
    return zf_store_import_flush (self, error) &&
           write_status_event (self, reg, officer, values, error);
  if (zf_store_officer_batch_length (self) >= BATCH_ROWS)
    return zf_store_import_flush (self, error);
  return TRUE;
}

/* Officers go through the officers store, so that its checks (O0,
 * duplicates), the derivations from the ID number and the certificate
 * history (an application and an issue, as for any holder taken over from
 * an existing register) are the same as when typed in. Long: the new or
 * stored officer, its values kept where the file is blank, and its card,
 * in the order they are written. */
gboolean
zf_store_import_write_officer (ZfStore                 *self,
                               const ZfImportRegister  *reg,
                               gint64                   id,
                               char *const             *values,
                               GError                 **error)
{
  static const char *const text_columns[] = {
    "name", "id_number", "sex", "birth_date", "title", "phone", "enforcement_category",
    "enforcement_area", "last_activity_date", "notes",
  };
  g_autoptr(ZfOfficer) officer = id > 0 ? zf_store_get_officer (self, id, error) : zf_officer_new ();
  static const char *const flag_columns[] = { "financed", "enforcement_post" };
  const char *section = zf_import_value (reg, values, "section_name");
  const char *post = zf_import_value (reg, values, "post_name");
  const char *certificate_id = zf_import_value (reg, values, "certificate_id");
  const char *number = zf_import_value (reg, values, "certificate_number");
  gint64 body_id, section_id = 0, post_id = 0;

  ZfImportBulk *bulk = zf_store_import_bulk (self);

  if (officer == NULL)
    return FALSE;
  /* A row written on its own takes the next ids of the tables: what is
   * staged is written first. */
  if ((bulk == NULL || id > 0) && !zf_store_import_flush (self, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    zf_record_set_string (ZF_RECORD (officer), text_columns[i],
                          zf_import_value (reg, values, text_columns[i]));
  if (zf_import_value (reg, values, "staffing") != NULL)
    zf_record_set_string (ZF_RECORD (officer), "staffing",
                          zf_import_value (reg, values, "staffing"));
  body_id = zf_store_import_body_id (self, zf_import_value (reg, values, "body_name"));
  if (section != NULL &&
      (section_id = zf_store_import_section_id (self, body_id, section, error)) < 0)
    return FALSE;
  zf_record_set_int (ZF_RECORD (officer), "body_id", body_id);
  zf_record_set_int (ZF_RECORD (officer), "section_id", section_id);
  /* A post is one of its section's (the plan refuses a post without one). */
  if (section_id > 0 && post != NULL &&
      (post_id = zf_store_import_post_id (self, section_id, post, error)) < 0)
    return FALSE;
  zf_record_set_int (ZF_RECORD (officer), "post_id", post_id);
  for (guint i = 0; i < G_N_ELEMENTS (flag_columns); i++)
    if (zf_import_value (reg, values, flag_columns[i]) != NULL)
      zf_record_set_int (ZF_RECORD (officer), flag_columns[i],
                         strcmp (zf_import_value (reg, values, flag_columns[i]), "0") != 0);

  if (certificate_id == NULL && number != NULL)
    {
      const char *until = zf_import_value (reg, values, "valid_until");
      const char *issued = zf_import_value (reg, values, "issue_date");
      gboolean open_ended = g_strcmp0 (until, ZF_IMPORT_OPEN_ENDED) == 0;
      ZfCertificateCard card = {
        number,
        zf_import_value (reg, values, "issuing_authority"),
        open_ended ? NULL : until,
        zf_import_value (reg, values, "enforcement_category"),
        zf_import_value (reg, values, "enforcement_area"),
        open_ended,
      };
      /* The bulk path inserts; a stored officer's new card is issued as
       * for one saved by hand. */
      if (bulk != NULL && id == 0)
        return zf_store_import_holder_bulk (self, officer, &card, issued, NULL, &bulk->settings,
                                            error) &&
               write_staged (self, reg, officer, values, error);
      if (!zf_store_import_holder (self, officer, &card, issued, NULL, error))
        return FALSE;
      return write_status_event (self, reg, officer, values, error);
    }

  if (bulk != NULL && id == 0)
    return zf_store_insert_officer_bulk (self, officer, error) &&
           write_staged (self, reg, officer, values, error);
  if (!zf_store_save_officer (self, officer, error))
    return FALSE;
  if (certificate_id == NULL && !write_status_event (self, reg, officer, values, error))
    return FALSE;
  if (certificate_id != NULL)
    {
      sqlite3_stmt *stmt = zf_store_prepare (self, certificate_update_sql, error);
      if (stmt == NULL)
        return FALSE;
      zf_store_import_bind_values (stmt, reg, values);
      return zf_store_exec_stmt (self, stmt, error);
    }
  return TRUE;
}
