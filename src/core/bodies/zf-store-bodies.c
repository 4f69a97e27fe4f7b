#define G_LOG_DOMAIN "zf-store-bodies"

#include "config.h"

#include <math.h>

#include "zf-body-rules.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-bodies.h"
#include "zf-store-private.h"

#define BODY_COLUMNS \
  "b.id, b.uuid, b.name, b.credit_code, b.kind, b.level, b.region_code, b.domain, " \
  "b.parent_id, p.name AS parent_name, b.legal_basis, b.letter_number, b.letter_date, " \
  "b.letter_scope, b.letter_start, b.letter_end, b.filed, b.filed_date, " \
  "b.has_legal_section, b.legal_staff_count, b.address, b.contact, b.phone, b.status, " \
  "b.published_date, b.notes "

/* Search matches any substring of the name (one Chinese character is
 * enough) or of the credit code; the filters are exact. */
#define BODY_IDS(order) \
  "SELECT b.id FROM body b " \
  "WHERE (?1 IS NULL OR instr (b.name, ?1) > 0 OR instr (b.credit_code, upper (?1)) > 0) " \
  "AND (?2 IS NULL OR b.kind = ?2) AND (?3 IS NULL OR b.level = ?3) " \
  "AND (?4 IS NULL OR b.status = ?4) " \
  "ORDER BY " order

#define BODY_SORT(key) \
  BODY_IDS (key ", b.name_key, b.id"), \
  BODY_IDS (key " DESC, b.name_key DESC, b.id DESC")

static const char *const body_ids_sql[ZF_BODY_N_SORTS * 2] = {
  BODY_IDS ("b.name_key, b.id"), BODY_IDS ("b.name_key DESC, b.id DESC"),
  BODY_SORT ("b.kind"),
  /* Levels sort from province down, not alphabetically. */
  BODY_SORT ("CASE b.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END"),
  BODY_SORT ("b.domain"),
  BODY_SORT ("CASE b.status WHEN 'pending' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'published' THEN 2 ELSE 3 END"),
  BODY_SORT ("b.published_date"),
  BODY_SORT ("b.credit_code"),
};

static const char body_item_sql[] =
  "SELECT " BODY_COLUMNS "FROM body b LEFT JOIN body p ON p.id = b.parent_id WHERE b.id = ?1";

static const char *const body_watch[] = { "body", NULL };

static const ZfQuerySpec body_spec = {
  .item_type = zf_body_get_type,
  .watch = body_watch,
  .n_sorts = ZF_BODY_N_SORTS,
  .ids_sql = body_ids_sql,
  .item_sql = body_item_sql,
};

const ZfQuerySpec *
zf_body_query_spec (void)
{
  return &body_spec;
}

ZfBody *
zf_store_get_body (ZfStore  *self,
                   gint64    id,
                   GError  **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  return ZF_BODY (zf_store_load_record (self, body_item_sql, ZF_TYPE_BODY, id,
                                        _("The body no longer exists; it may have been deleted "
                                          "by another program."), error));
}

ZfBody *
zf_store_find_body_by_credit_code (ZfStore    *self,
                                   const char *credit_code)
{
  static const char sql[] =
    "SELECT " BODY_COLUMNS "FROM body b LEFT JOIN body p ON p.id = b.parent_id "
    "WHERE b.credit_code = ?1";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (credit_code == NULL || *credit_code == '\0')
    return NULL;
  return ZF_BODY (zf_store_find_record (self, sql, ZF_TYPE_BODY, credit_code));
}

ZfBody *
zf_store_find_body_by_name (ZfStore    *self,
                            const char *name)
{
  static const char sql[] =
    "SELECT " BODY_COLUMNS "FROM body b LEFT JOIN body p ON p.id = b.parent_id "
    "WHERE b.name = ?1 ORDER BY b.status = 'revoked', b.id LIMIT 1";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (name == NULL || *name == '\0')
    return NULL;
  return ZF_BODY (zf_store_find_record (self, sql, ZF_TYPE_BODY, name));
}

gint64
zf_store_count_bodies (ZfStore *self)
{
  static const char sql[] = "SELECT count(*) FROM body";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  gint64 n = 0;

  if (stmt != NULL)
    n = zf_store_step_int64 (self, stmt, NULL);
  return n;
}

static gboolean
check_unique_credit_code (ZfStore  *self,
                          ZfBody   *body,
                          GError  **error)
{
  g_autoptr(ZfBody) other = zf_store_find_body_by_credit_code (self, zf_body_get_credit_code (body));

  if (other != NULL &&
      zf_record_get_id (ZF_RECORD (other)) != zf_record_get_id (ZF_RECORD (body)))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The credit code %s already belongs to “%s”."),
                   zf_body_get_credit_code (body), zf_body_get_name (other));
      return FALSE;
    }
  return TRUE;
}

static gpointer
dup_name_row (sqlite3_stmt *stmt)
{
  return zf_column_dup (stmt, 0);
}

/* The register's names read, the rule judges the body's (B9). */
static gboolean
check_unique_name (ZfStore  *self,
                   ZfBody   *body,
                   GError  **error)
{
  static const char stored_sql[] = "SELECT name FROM body WHERE id = ?1";
  static const char others_sql[] =
    "SELECT name FROM body WHERE id <> ?1 AND name IS NOT NULL ORDER BY id";
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) others = NULL;
  gint64 id = zf_record_get_id (ZF_RECORD (body));
  sqlite3_stmt *stmt;

  stmt = zf_store_prepare (self, stored_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  stored = zf_store_collect_rows (self, stmt, dup_name_row, g_free, error);
  if (stored == NULL)
    return FALSE;

  stmt = zf_store_prepare (self, others_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  others = zf_store_collect_rows (self, stmt, dup_name_row, g_free, error);
  if (others == NULL)
    return FALSE;
  g_ptr_array_add (others, NULL);

  return zf_rule_body_name_unique (zf_body_get_name (body),
                                   stored->len > 0 ? stored->pdata[0] : NULL,
                                   (const char *const *) others->pdata, error);
}

/* Long: the entrusting body read and the rules (B0–B3) judged, then one
 * transaction: the credit code checked unique and the row written. */
gboolean
zf_store_save_body (ZfStore  *self,
                    ZfBody   *body,
                    GError  **error)
{
  static const char insert_sql[] =
    "INSERT INTO body (name, credit_code, kind, level, region_code, domain, parent_id, "
    "legal_basis, letter_number, letter_date, letter_scope, letter_start, letter_end, filed, "
    "filed_date, has_legal_section, legal_staff_count, address, contact, phone, status, "
    "published_date, notes, name_key) VALUES (:name, :credit_code, :kind, :level, :region_code, "
    ":domain, :parent_id, :legal_basis, :letter_number, :letter_date, :letter_scope, "
    ":letter_start, :letter_end, :filed, :filed_date, :has_legal_section, :legal_staff_count, "
    ":address, :contact, :phone, :status, :published_date, :notes, pinyin_key (:name)) "
    "RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE body SET name = :name, name_key = pinyin_key (:name), credit_code = :credit_code, "
    "kind = :kind, level = :level, "
    "region_code = :region_code, domain = :domain, parent_id = :parent_id, "
    "legal_basis = :legal_basis, letter_number = :letter_number, letter_date = :letter_date, "
    "letter_scope = :letter_scope, letter_start = :letter_start, letter_end = :letter_end, "
    "filed = :filed, filed_date = :filed_date, has_legal_section = :has_legal_section, "
    "legal_staff_count = :legal_staff_count, address = :address, contact = :contact, "
    "phone = :phone, published_date = :published_date, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfBody) entrusting = NULL;
  gint64 parent_id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_BODY (body), FALSE);

  parent_id = zf_body_get_parent_id (body);
  if (parent_id > 0)
    {
      entrusting = ZF_BODY (zf_store_load_record (self, body_item_sql, ZF_TYPE_BODY, parent_id,
                                                  NULL, NULL));
      if (entrusting == NULL)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                       _("The entrusting or parent body no longer exists."));
          return FALSE;
        }
    }

  zf_body_validate (body, entrusting, findings);
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;

  if (!check_unique_credit_code (self, body, error) || !check_unique_name (self, body, error))
    goto fail;

  if (!zf_store_write_record (self, ZF_RECORD (body), insert_sql, update_sql,
                              _("The body no longer exists; it may have been deleted "
                                "by another program."), error))
    goto fail;

  zf_store_notify_changed (self, "body", zf_record_get_id (ZF_RECORD (body)));
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

/* What keeps a body from being deleted, naming only the kinds of rows that
 * refer to it: "12 officers and 3 case files refer to it". */
char *
zf_store_body_delete_refusal (ZfStore *self,
                              gint64   id)
{
  static const char uses_sql[] =
    "SELECT (SELECT count(*) FROM officer WHERE body_id = ?1), "
    "(SELECT count(*) FROM case_file WHERE body_id = ?1), "
    "(SELECT count(*) FROM matter WHERE body_id = ?1), "
    "(SELECT count(*) FROM body WHERE parent_id = ?1)";
  sqlite3_stmt *stmt;
  gint64 counts[4] = { 0 };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, uses_sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      counts[i] = sqlite3_column_int64 (stmt, i);
  sqlite3_reset (stmt);

  /* %lld, not G_GINT64_FORMAT: xgettext cannot see through a macro inside a
   * msgid, and the message would stay English. */
  if (counts[0] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%lld officer", "%lld officers", counts[0]),
                                             (long long) counts[0]));
  if (counts[1] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%lld case file", "%lld case files",
                                                       counts[1]), (long long) counts[1]));
  if (counts[2] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%lld matter", "%lld matters", counts[2]),
                                             (long long) counts[2]));
  if (counts[3] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%lld entrusted or subordinate body",
                                                       "%lld entrusted or subordinate bodies",
                                                       counts[3]), (long long) counts[3]));
  if (parts->len == 0)
    return NULL;
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == parts->len ? C_("list", " and ") : C_("list", ", "));
      g_string_append (text, parts->pdata[i]);
    }
  return g_strdup_printf (_("It is referred to by %s. Revoke it instead to keep the record."), text->str);
}

gboolean
zf_store_delete_body (ZfStore  *self,
                      gint64    id,
                      GError  **error)
{
  static const char delete_sql[] = "DELETE FROM body WHERE id = ?1";
  g_autoptr(ZfBody) body = NULL;
  g_autofree char *refusal = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  body = zf_store_get_body (self, id, error);
  if (body == NULL)
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;

  refusal = zf_store_body_delete_refusal (self, id);
  if (refusal != NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IN_USE, _("“%s” cannot be deleted: %s"),
                   zf_body_get_name (body), refusal);
      goto fail;
    }

  stmt = zf_store_prepare (self, delete_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;

  zf_store_notify_changed (self, "body", id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

gboolean
zf_store_change_body_status (ZfStore     *self,
                             gint64       id,
                             const char  *status,
                             const char  *date,
                             const char  *doc_number,
                             const char  *reason,
                             GError     **error)
{
  static const char event_sql[] =
    "INSERT INTO body_status_event (body_id, status, date, doc_number, reason, operator) "
    "VALUES (?1, ?2, ?3, ?4, ?5, zf_operator ())";
  static const char update_sql[] =
    "UPDATE body SET status = ?2, "
    "published_date = CASE WHEN ?2 = 'published' THEN ?3 ELSE published_date END, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?1";
  g_autoptr(ZfBody) body = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_body_status_request (status, date, doc_number, error))
    return FALSE;
  body = zf_store_get_body (self, id, error);
  if (body == NULL)
    return FALSE;
  if (!zf_rule_body_status_change (zf_body_get_name (body), zf_body_get_status (body), status,
                                   error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;

  stmt = zf_store_prepare (self, event_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  zf_bind_text (stmt, 2, status);
  zf_bind_text (stmt, 3, date);
  zf_bind_text (stmt, 4, doc_number);
  zf_bind_text (stmt, 5, reason);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;

  stmt = zf_store_prepare (self, update_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  zf_bind_text (stmt, 2, status);
  zf_bind_text (stmt, 3, date);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;

  zf_store_notify_changed (self, "body", id);
  zf_store_notify_changed (self, "body_status_event", 0);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

gboolean
zf_store_add_body_review (ZfStore     *self,
                          gint64       id,
                          const char  *date,
                          const char  *result,
                          const char  *doc_number,
                          const char  *notes,
                          GError     **error)
{
  static const char sql[] =
    "INSERT INTO body_review (body_id, date, result, doc_number, notes, operator) "
    "VALUES (?1, ?2, ?3, ?4, ?5, zf_operator ())";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_body_review (date, result, error))
    return FALSE;

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  zf_bind_text (stmt, 2, date);
  zf_bind_text (stmt, 3, result);
  zf_bind_text (stmt, 4, doc_number);
  zf_bind_text (stmt, 5, notes);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_store_notify_changed (self, "body_review", 0);
  return TRUE;
}

gboolean
zf_store_add_unit_training (ZfStore     *self,
                            gint64       body_id,
                            const char  *date,
                            const char  *title,
                            gboolean     all_staff,
                            double       hours,
                            gint64       participants,
                            const char  *doc_number,
                            const char  *notes,
                            GError     **error)
{
  static const char sql[] =
    "INSERT INTO unit_training (body_id, date, title, all_staff, hours, participants, "
    "doc_number, notes, operator) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, zf_operator ())";
  g_autoptr(ZfBody) body = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_unit_training (date, trimmed, hours, error))
    return FALSE;
  body = zf_store_get_body (self, body_id, error);
  if (body == NULL)
    return FALSE;

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, date);
  zf_bind_text (stmt, 3, trimmed);
  sqlite3_bind_int (stmt, 4, all_staff ? 1 : 0);
  if (isnan (hours))
    sqlite3_bind_null (stmt, 5);
  else
    sqlite3_bind_double (stmt, 5, hours);
  if (participants < 0)
    sqlite3_bind_null (stmt, 6);
  else
    sqlite3_bind_int64 (stmt, 6, participants);
  zf_bind_text (stmt, 7, doc_number);
  zf_bind_text (stmt, 8, notes);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_store_notify_changed (self, "unit_training", 0);
  return TRUE;
}

char *
zf_store_get_body_status_on (ZfStore     *self,
                             ZfBody      *body,
                             const char  *date,
                             GError     **error)
{
  static const char sql[] =
    "SELECT status, date FROM body_status_event WHERE body_id = ?1 ORDER BY date, id";
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (ZfBodyStatusLine));
  const char *since = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, zf_record_get_id (ZF_RECORD (body)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfBodyStatusLine line;

      line.status = zf_column_dup (stmt, 0);
      line.date = zf_column_dup (stmt, 1);
      g_ptr_array_add (strings, (char *) line.status);
      g_ptr_array_add (strings, (char *) line.date);
      g_array_append_val (lines, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return NULL;
    }
  return g_strdup (zf_body_status_on ((const ZfBodyStatusLine *) lines->data, lines->len,
                                      zf_body_get_status (body),
                                      zf_record_get_string (ZF_RECORD (body), "published_date"),
                                      date, &since));
}

gboolean
zf_store_body_check (ZfStore     *self,
                     ZfBody      *body,
                     const char  *as_of,
                     GPtrArray   *findings,
                     GError     **error)
{
  g_autoptr(ZfBody) entrusting = NULL;
  g_autoptr(ZfBody) on_the_day = NULL;
  g_autofree char *status = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_BODY (body), FALSE);

  if (zf_body_get_parent_id (body) > 0)
    entrusting = zf_store_get_body (self, zf_body_get_parent_id (body), NULL);
  status = zf_store_get_body_status_on (self, body, as_of, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The rules read the status field: a copy carries the day's. */
  on_the_day = ZF_BODY (zf_record_copy (ZF_RECORD (body)));
  if (status != NULL)
    zf_record_set_string (ZF_RECORD (on_the_day), "status", status);
  zf_body_check (on_the_day, entrusting, as_of, findings);
  return zf_store_check_unit_training (self, on_the_day, as_of, findings, error);
}

gboolean
zf_store_check_unit_training (ZfStore     *self,
                              ZfBody      *body,
                              const char  *today,
                              GPtrArray   *findings,
                              GError     **error)
{
  static const char sql[] =
    "SELECT date FROM unit_training WHERE body_id = ?1 AND all_staff = 1 ORDER BY date";
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, zf_record_get_id (ZF_RECORD (body)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (dates, zf_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  g_ptr_array_add (dates, NULL);
  zf_rule_body_unit_training (body, (const char *const *) dates->pdata, today,
                              (int) zf_store_get_setting_int (self, "training_years_back", 1),
                              findings);
  return TRUE;
}

void
zf_body_event_free (ZfBodyEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->kind);
  g_free (event->value);
  g_free (event->date);
  g_free (event->doc_number);
  g_free (event->notes);
  g_free (event->operator_name);
  g_free (event);
}

static gpointer
body_event_from_stmt (sqlite3_stmt *stmt)
{
  ZfBodyEvent *e = g_new0 (ZfBodyEvent, 1);

  e->kind = zf_column_dup (stmt, 0);
  e->value = zf_column_dup (stmt, 1);
  e->date = zf_column_dup (stmt, 2);
  e->doc_number = zf_column_dup (stmt, 3);
  e->notes = zf_column_dup (stmt, 4);
  e->operator_name = zf_column_dup (stmt, 5);
  return e;
}

GPtrArray *
zf_store_list_body_events (ZfStore  *self,
                           gint64    id,
                           GError  **error)
{
  static const char sql[] =
    "SELECT 'status', status, date, doc_number, reason, operator, id FROM body_status_event "
    "WHERE body_id = ?1 "
    "UNION ALL SELECT 'review', result, date, doc_number, notes, operator, id FROM body_review "
    "WHERE body_id = ?1 "
    "UNION ALL SELECT 'training', title || CASE WHEN all_staff THEN '' ELSE ' *' END, date, "
    "doc_number, notes, operator, id FROM unit_training WHERE body_id = ?1 "
    "ORDER BY 3 DESC, 7 DESC";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return zf_store_collect_rows (self, stmt, body_event_from_stmt,
                                (GDestroyNotify) zf_body_event_free, error);
}

gboolean
zf_store_foreach_body (ZfStore     *self,
                       gboolean     published_only,
                       ZfBodyFunc   func,
                       gpointer     user_data,
                       GError     **error)
{
  return zf_store_foreach_body_of (self, published_only, NULL, func, user_data, error);
}

gboolean
zf_store_foreach_body_of (ZfStore     *self,
                          gboolean     published_only,
                          GArray      *ids,
                          ZfBodyFunc   func,
                          gpointer     user_data,
                          GError     **error)
{
  static const char sql[] =
    "SELECT " BODY_COLUMNS "FROM body b LEFT JOIN body p ON p.id = b.parent_id "
    "WHERE (?1 = 0 OR b.status = 'published') "
    "AND (?2 IS NULL OR b.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name_key, b.id";
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, published_only ? 1 : 0);
  zf_bind_id_set (stmt, 2, ids);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ZfBody) body = zf_body_new ();

      zf_record_load_row (ZF_RECORD (body), stmt);
      ok = func (body, user_data);
    }
  if (ok && rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      ok = FALSE;
    }
  else if (!ok)
    g_set_error (error, ZF_ERROR, ZF_ERROR_CANCELLED, _("Cancelled."));
  sqlite3_reset (stmt);
  return ok;
}
