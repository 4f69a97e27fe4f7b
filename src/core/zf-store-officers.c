#define G_LOG_DOMAIN "zf-store-officers"

#include "config.h"

#include <math.h>

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"
#include "zf-validate.h"

/* The current card is the newest certificate row of the officer. */
#define OFFICER_FROM \
  "FROM officer o LEFT JOIN body b ON b.id = o.body_id " \
  "LEFT JOIN certificate c ON c.id = (SELECT max (id) FROM certificate WHERE officer_id = o.id) "

/* The cached status knows nothing of the calendar: a valid card past its
 * date is shown and filtered as expired. */
#define STATUS_EXPR \
  "(CASE WHEN c.status = 'valid' AND c.valid_until < date ('now', 'localtime') THEN 'expired' " \
  "ELSE coalesce (c.status, 'none') END)"

#define SETTING(key) "(SELECT value FROM setting WHERE key = '" key "')"

#define TRAINING_HOURS_YEAR \
  "coalesce ((SELECT sum (hours) FROM officer_event e WHERE e.officer_id = o.id " \
  "AND e.kind = 'training' AND e.date >= strftime ('%Y-01-01', 'now', 'localtime') " \
  "AND e.date <= strftime ('%Y-12-31', 'now', 'localtime')), 0)"

/* "Needs attention" in SQL, so that it filters 100,000 officers without
 * building them: the event-driven rules cached in pending_rules (R1–R4,
 * R6, R7, R9), plus what the calendar brings: expiry and the renewal exam
 * (V1, R7), training below the threshold this year (R5), no activity for
 * the inactive period (R8). */
#define ATTENTION \
  "(o.pending_rules IS NOT NULL " \
  "OR (c.status IN ('valid', 'suspended') AND (c.valid_until <= date ('now', 'localtime', '+' || " \
  SETTING ("expiry_warning_days") " || ' days') OR c.valid_until <= date ('now', 'localtime', '+' || " \
  SETTING ("exam_before_expiry_months") " || ' months'))) " \
  "OR (c.status = 'valid' AND " TRAINING_HOURS_YEAR " < CAST (" SETTING ("training_hours_min") " AS REAL)) " \
  "OR (c.status IN ('valid', 'suspended') AND max (coalesce (o.last_activity_date, ''), " \
  "coalesce ((SELECT max (date) FROM officer_event e WHERE e.officer_id = o.id AND e.kind = 'activity'), ''), " \
  "coalesce (c.issue_date, '')) < date ('now', 'localtime', '-' || " SETTING ("inactive_years") " || ' years')))"

#define OFFICER_COLUMNS \
  "o.id, o.uuid, o.name, o.id_number, o.sex, o.birth_date, o.body_id, o.section_id, o.post_id, " \
  "o.title, o.staffing, o.financed, o.enforcement_post, o.phone, o.enforcement_category, " \
  "o.enforcement_area, o.last_activity_date, o.notes, o.pending_rules, b.name AS body_name, " \
  "(SELECT name FROM section WHERE id = o.section_id) AS section_name, " \
  "(SELECT name FROM post WHERE id = o.post_id) AS post_name, " \
  "c.id AS certificate_id, c.number AS certificate_number, " STATUS_EXPR " AS certificate_status, " \
  "c.issuing_authority, c.issue_date, c.valid_until, " \
  TRAINING_HOURS_YEAR " AS training_hours_year, " \
  "(SELECT grade FROM officer_event e WHERE e.officer_id = o.id AND e.kind = 'assessment' " \
  "ORDER BY e.date DESC, e.id DESC LIMIT 1) AS last_grade "

/* Search: a piece of the name, the ID number or the certificate number. */
#define OFFICER_IDS(order) \
  "SELECT o.id " OFFICER_FROM \
  "WHERE (?1 IS NULL OR instr (o.name, ?1) > 0 OR instr (o.id_number, upper (?1)) > 0 " \
  "OR instr (c.number, ?1) > 0) " \
  "AND (?2 IS NULL OR o.body_id = ?2) AND (?3 IS NULL OR " STATUS_EXPR " = ?3) " \
  "AND (?4 IS NULL OR ?4 = 0 OR " ATTENTION ") " \
  "ORDER BY " order

#define OFFICER_SORT(key) \
  OFFICER_IDS (key ", o.name, o.id"), OFFICER_IDS (key " DESC, o.name DESC, o.id DESC")

static const char *const officer_ids_sql[ZF_OFFICER_N_SORTS * 2] = {
  OFFICER_IDS ("o.name, o.id"), OFFICER_IDS ("o.name DESC, o.id DESC"),
  OFFICER_SORT ("b.name"),
  OFFICER_SORT ("o.staffing"),
  OFFICER_SORT ("c.number"),
  OFFICER_SORT (STATUS_EXPR),
  OFFICER_SORT ("c.valid_until"),
};

static const char officer_item_sql[] =
  "SELECT " OFFICER_COLUMNS OFFICER_FROM "WHERE o.id = ?1";

static const char *const officer_watch[] = { "officer", "officer_event", "certificate", "body", NULL };

static const ZfQuerySpec officer_spec = {
  .item_type = zf_officer_get_type,
  .watch = officer_watch,
  .n_sorts = ZF_OFFICER_N_SORTS,
  .ids_sql = officer_ids_sql,
  .item_sql = officer_item_sql,
};

const ZfQuerySpec *
zf_officer_query_spec (void)
{
  return &officer_spec;
}

/* Settings */

void
zf_store_get_officer_settings (ZfStore           *self,
                               ZfOfficerSettings *settings)
{
  ZfOfficerSettings defaults;

  g_return_if_fail (ZF_IS_STORE (self));

  zf_officer_settings_init_defaults (&defaults);
  settings->training_hours_min =
    zf_store_get_setting_double (self, "training_hours_min", defaults.training_hours_min);
  settings->certificate_validity_years =
    zf_store_get_setting_int (self, "certificate_validity_years", defaults.certificate_validity_years);
  settings->expiry_warning_days =
    zf_store_get_setting_int (self, "expiry_warning_days", defaults.expiry_warning_days);
  settings->exam_before_expiry_months =
    zf_store_get_setting_int (self, "exam_before_expiry_months", defaults.exam_before_expiry_months);
  settings->inactive_years =
    zf_store_get_setting_int (self, "inactive_years", defaults.inactive_years);
}

gboolean
zf_store_set_officer_settings (ZfStore                 *self,
                               const ZfOfficerSettings *settings,
                               GError                 **error)
{
  char hours[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *years = NULL, *days = NULL, *months = NULL, *inactive = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!(settings->training_hours_min >= 0) || settings->certificate_validity_years < 1 ||
      settings->expiry_warning_days < 0 || settings->exam_before_expiry_months < 0 ||
      settings->inactive_years < 1)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Training hours, validity, warning period and inactive years must be "
                     "positive numbers."));
      return FALSE;
    }

  g_ascii_dtostr (hours, sizeof hours, settings->training_hours_min);
  years = g_strdup_printf ("%d", settings->certificate_validity_years);
  days = g_strdup_printf ("%d", settings->expiry_warning_days);
  months = g_strdup_printf ("%d", settings->exam_before_expiry_months);
  inactive = g_strdup_printf ("%d", settings->inactive_years);

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_set_setting (self, "training_hours_min", hours, error) ||
      !zf_store_set_setting (self, "certificate_validity_years", years, error) ||
      !zf_store_set_setting (self, "expiry_warning_days", days, error) ||
      !zf_store_set_setting (self, "exam_before_expiry_months", months, error) ||
      !zf_store_set_setting (self, "inactive_years", inactive, error))
    {
      zf_store_rollback (self);
      return FALSE;
    }
  zf_store_notify_changed (self, "officer", 0);
  return zf_store_commit (self, error);
}

/* Lookups */

static ZfOfficer *
lookup_officer (ZfStore    *self,
                const char *sql,
                const char *text,
                gint64      id)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  ZfOfficer *officer = NULL;

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    zf_bind_text (stmt, 1, text);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      officer = zf_officer_new ();
      zf_record_load_row (ZF_RECORD (officer), stmt);
    }
  sqlite3_reset (stmt);
  return officer;
}

ZfOfficer *
zf_store_get_officer (ZfStore  *self,
                      gint64    id,
                      GError  **error)
{
  ZfOfficer *officer;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  officer = lookup_officer (self, officer_item_sql, NULL, id);
  if (officer == NULL)
    g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                 _("The officer no longer exists; the record may have been deleted by "
                   "another program."));
  return officer;
}

ZfOfficer *
zf_store_find_officer_by_id_number (ZfStore    *self,
                                    const char *id_number)
{
  static const char sql[] = "SELECT " OFFICER_COLUMNS OFFICER_FROM "WHERE o.id_number = ?1";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (id_number == NULL || *id_number == '\0')
    return NULL;
  return lookup_officer (self, sql, id_number, 0);
}

ZfOfficer *
zf_store_find_officer_by_certificate (ZfStore    *self,
                                      const char *number)
{
  static const char sql[] =
    "SELECT " OFFICER_COLUMNS OFFICER_FROM
    "WHERE o.id = (SELECT officer_id FROM certificate WHERE number = ?1)";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (number == NULL || *number == '\0')
    return NULL;
  return lookup_officer (self, sql, number, 0);
}

#define FILTER_WHERE \
  "WHERE (?1 IS NULL OR o.body_id = ?1) AND (?2 IS NULL OR " STATUS_EXPR " = ?2) "

static void
bind_filter (sqlite3_stmt          *stmt,
             const ZfOfficerFilter *filter)
{
  zf_bind_id (stmt, 1, filter ? filter->body_id : 0);
  zf_bind_text (stmt, 2, filter ? filter->status : NULL);
}

gint64
zf_store_count_officers (ZfStore               *self,
                         const ZfOfficerFilter *filter)
{
  static const char sql[] = "SELECT count (*) " OFFICER_FROM FILTER_WHERE;
  sqlite3_stmt *stmt;
  gint64 n = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  bind_filter (stmt, filter);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Saving officers */

static gboolean
check_duplicates (ZfStore    *self,
                  ZfOfficer  *officer,
                  GError    **error)
{
  gint64 id = zf_record_get_id (ZF_RECORD (officer));
  g_autoptr(ZfOfficer) other = zf_store_find_officer_by_id_number (self, zf_officer_get_id_number (officer));

  if (other != NULL && zf_record_get_id (ZF_RECORD (other)) != id)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                   _("The ID number %s already belongs to %s (%s)."),
                   zf_officer_get_id_number (officer), zf_officer_get_name (other),
                   zf_record_get_string (ZF_RECORD (other), "body_name"));
      return FALSE;
    }
  return TRUE;
}

static void
derive_from_id_number (ZfOfficer *officer)
{
  g_autofree char *normalized = zf_id_number_normalize (zf_officer_get_id_number (officer));
  char birth[11];

  zf_record_set_string (ZF_RECORD (officer), "id_number", normalized);
  if (normalized == NULL || zf_id_number_validate (normalized, NULL) == FALSE)
    return;
  if (zf_id_number_birth_date (normalized, birth))
    zf_record_set_string (ZF_RECORD (officer), "birth_date", birth);
  switch (zf_id_number_sex (normalized))
    {
    case ZF_SEX_MALE:
      zf_record_set_string (ZF_RECORD (officer), "sex", "male");
      break;
    case ZF_SEX_FEMALE:
      zf_record_set_string (ZF_RECORD (officer), "sex", "female");
      break;
    case ZF_SEX_UNKNOWN:
    default:
      break;
    }
}

gboolean
zf_store_save_officer (ZfStore    *self,
                       ZfOfficer  *officer,
                       GError    **error)
{
  static const char insert_sql[] =
    "INSERT INTO officer (name, id_number, sex, birth_date, body_id, section_id, post_id, title, "
    "staffing, financed, enforcement_post, phone, enforcement_category, enforcement_area, "
    "last_activity_date, notes) VALUES (:name, :id_number, :sex, :birth_date, :body_id, "
    ":section_id, :post_id, :title, :staffing, :financed, :enforcement_post, :phone, "
    ":enforcement_category, :enforcement_area, :last_activity_date, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE officer SET name = :name, id_number = :id_number, sex = :sex, birth_date = :birth_date, "
    "body_id = :body_id, section_id = :section_id, post_id = :post_id, title = :title, "
    "staffing = :staffing, financed = :financed, enforcement_post = :enforcement_post, "
    "phone = :phone, enforcement_category = :enforcement_category, "
    "enforcement_area = :enforcement_area, last_activity_date = :last_activity_date, "
    "notes = :notes, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_OFFICER (officer), FALSE);

  name = zf_text_normalize (zf_officer_get_name (officer));
  zf_record_set_string (ZF_RECORD (officer), "name", name);
  derive_from_id_number (officer);

  zf_rule_officer_fields (officer, findings);
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!check_duplicates (self, officer, error))
    goto fail;

  id = zf_record_get_id (ZF_RECORD (officer));
  stmt = zf_store_prepare (self, id > 0 ? update_sql : insert_sql, error);
  if (stmt == NULL)
    goto fail;
  zf_record_bind (ZF_RECORD (officer), stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                     _("The officer no longer exists; the record may have been deleted by "
                       "another program."));
      else
        zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      goto fail;
    }
  zf_record_set_id (ZF_RECORD (officer), sqlite3_column_int64 (stmt, 0));
  g_object_set (officer, "uuid", sqlite3_column_text (stmt, 1), NULL);
  sqlite3_reset (stmt);

  zf_store_notify_changed (self, "officer", zf_record_get_id (ZF_RECORD (officer)));
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

/* Events */

GPtrArray *
zf_store_list_officer_events (ZfStore  *self,
                              gint64    officer_id,
                              gboolean  newest_first,
                              GError  **error)
{
#define EVENT_SELECT \
  "SELECT e.id, e.uuid, e.officer_id, e.certificate_id, e.kind, e.date, " \
  "coalesce (e.passed, -1) AS passed, e.hours, e.grade, e.ground, e.rule, e.reason, " \
  "e.doc_number, e.operator, c.number AS certificate_number FROM officer_event e " \
  "LEFT JOIN certificate c ON c.id = e.certificate_id WHERE e.officer_id = ?1 "
  static const char asc_sql[] = EVENT_SELECT "ORDER BY e.date, e.id";
  static const char desc_sql[] = EVENT_SELECT "ORDER BY e.date DESC, e.id DESC";
#undef EVENT_SELECT
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, newest_first ? desc_sql : asc_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfOfficerEvent *e = g_object_new (ZF_TYPE_OFFICER_EVENT, NULL);
      zf_record_load_row (ZF_RECORD (e), stmt);
      g_ptr_array_add (events, e);
    }
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&events);
}

static gboolean
needs_doc_number (const char *kind)
{
  static const char *const kinds[] = {
    "issued", "criticism", "suspension", "return", "revocation", "cancellation",
    "lost_reissued", "referral", NULL
  };
  return g_strv_contains (kinds, kind);
}

static gboolean
write_certificate (ZfStore                 *self,
                   gint64                   officer_id,
                   gint64                  *certificate_id,
                   const char              *kind,
                   const char              *date,
                   const ZfCertificateCard *card,
                   GError                 **error)
{
  static const char new_sql[] =
    "INSERT INTO certificate (officer_id, status) VALUES (?1, 'applying') RETURNING id";
  static const char issue_sql[] =
    "UPDATE certificate SET number = ?2, issuing_authority = ?3, issue_date = ?4, "
    "valid_until = ?5, category = ?6, area = ?7, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?1";
  static const char void_sql[] =
    "UPDATE certificate SET status = 'void', "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?1";
  static const char reissue_sql[] =
    "INSERT INTO certificate (officer_id, number, issuing_authority, issue_date, valid_until, "
    "category, area, status) SELECT officer_id, ?2, coalesce (?3, issuing_authority), ?4, "
    "valid_until, coalesce (?5, category), coalesce (?6, area), status FROM certificate "
    "WHERE id = ?1 RETURNING id";
  sqlite3_stmt *stmt;

  if (g_strcmp0 (kind, "applied") == 0)
    {
      stmt = zf_store_prepare (self, new_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, officer_id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          zf_store_set_error (self, error);
          sqlite3_reset (stmt);
          return FALSE;
        }
      *certificate_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }

  if (g_strcmp0 (kind, "issued") != 0 && g_strcmp0 (kind, "lost_reissued") != 0)
    return TRUE;

  if (card == NULL || card->number == NULL || *card->number == '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The certificate needs its number."));
      return FALSE;
    }

  {
    g_autoptr(ZfOfficer) holder = zf_store_find_officer_by_certificate (self, card->number);
    if (holder != NULL)
      {
        g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                     _("The certificate number %s already belongs to %s (%s)."),
                     card->number, zf_officer_get_name (holder),
                     zf_record_get_string (ZF_RECORD (holder), "body_name"));
        return FALSE;
      }
  }

  if (g_strcmp0 (kind, "issued") == 0)
    {
      g_autofree char *until = NULL;
      ZfOfficerSettings settings;

      if (card->valid_until != NULL && !zf_date_is_valid (card->valid_until))
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("%s “%s” is not a date (write it as 2023-03-21)."),
                       _("Valid until"), card->valid_until);
          return FALSE;
        }
      zf_store_get_officer_settings (self, &settings);
      if (card->valid_until == NULL)
        {
          g_autofree char *end = zf_date_add_months (date, 12 * settings.certificate_validity_years);
          until = zf_date_add_days (end, -1);
        }
      stmt = zf_store_prepare (self, issue_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *certificate_id);
      zf_bind_text (stmt, 2, card->number);
      zf_bind_text (stmt, 3, card->issuing_authority);
      zf_bind_text (stmt, 4, date);
      zf_bind_text (stmt, 5, card->valid_until ? card->valid_until : until);
      zf_bind_text (stmt, 6, card->category);
      zf_bind_text (stmt, 7, card->area);
      return zf_store_exec_stmt (self, stmt, error);
    }

  /* Lost card: declared void, a new card with the same validity. */
  stmt = zf_store_prepare (self, reissue_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *certificate_id);
  zf_bind_text (stmt, 2, card->number);
  zf_bind_text (stmt, 3, card->issuing_authority);
  zf_bind_text (stmt, 4, date);
  zf_bind_text (stmt, 5, card->category);
  zf_bind_text (stmt, 6, card->area);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  {
    gint64 old_id = *certificate_id;
    *certificate_id = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
    stmt = zf_store_prepare (self, void_sql, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, old_id);
    return zf_store_exec_stmt (self, stmt, error);
  }
}

static gboolean
insert_event (ZfStore        *self,
              ZfOfficerEvent *event,
              GError        **error)
{
  static const char sql[] =
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date, passed, hours, grade, "
    "ground, rule, reason, doc_number, operator) VALUES (:officer_id, :certificate_id, :kind, "
    ":date, CASE WHEN :passed < 0 THEN NULL ELSE :passed END, :hours, :grade, :ground, :rule, "
    ":reason, :doc_number, zf_operator ()) RETURNING id, uuid";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_record_bind (ZF_RECORD (event), stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  zf_record_set_id (ZF_RECORD (event), sqlite3_column_int64 (stmt, 0));
  g_object_set (event, "uuid", sqlite3_column_text (stmt, 1), NULL);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Rewrites what the events imply: the card's status cache, the officer's
 * post after a revocation or cancellation by rule, the last activity and
 * the rules waiting for a decision. */
static gboolean
refresh_caches (ZfStore        *self,
                ZfOfficer      *officer,
                ZfOfficerEvent *event,
                gint64          certificate_id,
                GError        **error)
{
  static const char status_sql[] =
    "UPDATE certificate SET status = ?2, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?1";
  static const char post_sql[] = "UPDATE officer SET enforcement_post = 0 WHERE id = ?1";
  static const char activity_sql[] =
    "UPDATE officer SET last_activity_date = ?2 WHERE id = ?1 "
    "AND (last_activity_date IS NULL OR last_activity_date < ?2)";
  static const char pending_sql[] = "UPDATE officer SET pending_rules = ?2 WHERE id = ?1";
  gint64 officer_id = zf_record_get_id (ZF_RECORD (officer));
  const char *kind = zf_officer_event_get_kind (event);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) proposals = zf_proposals_new ();
  g_autoptr(ZfOfficer) fresh = NULL;
  g_autoptr(GString) pending = g_string_new (NULL);
  g_autofree char *today = zf_date_today ();
  ZfOfficerSettings settings;
  sqlite3_stmt *stmt;

  events = zf_store_list_officer_events (self, officer_id, FALSE, error);
  if (events == NULL)
    return FALSE;

  if (certificate_id > 0)
    {
      stmt = zf_store_prepare (self, status_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, certificate_id);
      zf_bind_text (stmt, 2, zf_certificate_derive_status (events, NULL, NULL));
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }

  if (g_strcmp0 (kind, "revocation") == 0 || g_strcmp0 (kind, "cancellation") == 0)
    {
      /* R4 and R7: the officer must leave the enforcement post. */
      stmt = zf_store_prepare (self, post_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, officer_id);
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  else if (g_strcmp0 (kind, "activity") == 0)
    {
      stmt = zf_store_prepare (self, activity_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, officer_id);
      zf_bind_text (stmt, 2, zf_officer_event_get_date (event));
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }

  fresh = zf_store_get_officer (self, officer_id, error);
  if (fresh == NULL)
    return FALSE;
  zf_store_get_officer_settings (self, &settings);
  zf_officer_propose (fresh, events, today, &settings, NULL, proposals);
  for (guint i = 0; i < proposals->len; i++)
    {
      ZfProposal *p = proposals->pdata[i];
      if (pending->len)
        g_string_append_c (pending, ',');
      g_string_append (pending, p->rule);
    }

  stmt = zf_store_prepare (self, pending_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  zf_bind_text (stmt, 2, pending->str);
  return zf_store_exec_stmt (self, stmt, error);
}

gboolean
zf_store_add_officer_event (ZfStore                 *self,
                            gint64                   officer_id,
                            ZfOfficerEvent          *event,
                            const ZfCertificateCard *card,
                            GError                 **error)
{
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  const char *kind;
  gint64 certificate_id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (event), FALSE);

  officer = zf_store_get_officer (self, officer_id, error);
  if (officer == NULL)
    return FALSE;
  events = zf_store_list_officer_events (self, officer_id, FALSE, error);
  if (events == NULL)
    return FALSE;

  kind = zf_officer_event_get_kind (event);
  zf_rule_officer_event_allowed (events, event, findings);
  if (g_strcmp0 (kind, "applied") == 0)
    zf_rule_officer_eligibility (officer, findings);
  if (needs_doc_number (kind) &&
      (zf_record_get_string (ZF_RECORD (event), "doc_number") == NULL))
    zf_findings_add (findings, "O3", NULL, ZF_SEVERITY_ERROR,
                     _("“%s” needs the document number (文号) it was decided by."),
                     zf_code_label (&zf_officer_event_kinds, kind));
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;

  certificate_id = zf_officer_get_certificate_id (officer);
  if (!write_certificate (self, officer_id, &certificate_id, kind,
                          zf_officer_event_get_date (event), card, error))
    goto fail;

  g_object_set (event, "officer-id", officer_id, "certificate-id", certificate_id, NULL);
  if (!insert_event (self, event, error) ||
      !refresh_caches (self, officer, event, certificate_id, error))
    goto fail;

  zf_store_notify_changed (self, "officer_event", zf_record_get_id (ZF_RECORD (event)));
  zf_store_notify_changed (self, "officer", officer_id);
  if (certificate_id > 0)
    zf_store_notify_changed (self, "certificate", certificate_id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

gboolean
zf_store_apply_proposal (ZfStore          *self,
                         gint64            officer_id,
                         const ZfProposal *proposal,
                         const char       *date,
                         const char       *doc_number,
                         GError          **error)
{
  g_autoptr(ZfOfficerEvent) event = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (proposal != NULL, FALSE);

  if (doc_number == NULL || *doc_number == '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Confirming “%s” needs the document number (文号) it was decided by."),
                   zf_code_label (&zf_officer_event_kinds, proposal->action));
      return FALSE;
    }

  event = zf_officer_event_new (proposal->action, date);
  g_object_set (event, "rule", proposal->rule, "reason", proposal->reason,
                "doc-number", doc_number, NULL);
  return zf_store_add_officer_event (self, officer_id, event, NULL, error);
}

gboolean
zf_store_officer_check (ZfStore     *self,
                        gint64       officer_id,
                        const char  *today,
                        GPtrArray   *findings,
                        GPtrArray   *proposals,
                        GError     **error)
{
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(GPtrArray) events = NULL;
  ZfOfficerSettings settings;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  officer = zf_store_get_officer (self, officer_id, error);
  if (officer == NULL)
    return FALSE;
  events = zf_store_list_officer_events (self, officer_id, FALSE, error);
  if (events == NULL)
    return FALSE;
  zf_store_get_officer_settings (self, &settings);
  zf_officer_check (officer, events, today, &settings, findings, proposals);
  return TRUE;
}

gboolean
zf_store_import_holder (ZfStore                 *self,
                        ZfOfficer               *officer,
                        const ZfCertificateCard *card,
                        const char              *issue_date,
                        const char              *doc_number,
                        GError                 **error)
{
  static const char issue_sql[] =
    "INSERT INTO certificate (officer_id, number, issuing_authority, issue_date, valid_until, "
    "category, area, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'valid') RETURNING id";
  static const char events_sql[] =
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date, reason, doc_number, operator) "
    "VALUES (?1, ?2, 'applied', ?3, ?4, ?5, zf_operator ()), "
    "(?1, ?2, 'issued', ?3, ?4, ?5, zf_operator ())";
  g_autofree char *until = NULL;
  ZfOfficerSettings settings;
  sqlite3_stmt *stmt;
  gint64 officer_id, certificate_id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_date_is_valid (issue_date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("%s “%s” is not a date (write it as 2023-03-21)."),
                   _("Issue date"), issue_date ? issue_date : "");
      return FALSE;
    }
  if (card == NULL || card->number == NULL || *card->number == '\0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The certificate needs its number."));
      return FALSE;
    }
  zf_store_get_officer_settings (self, &settings);
  if (card->valid_until == NULL)
    {
      g_autofree char *end = zf_date_add_months (issue_date, 12 * settings.certificate_validity_years);
      until = zf_date_add_days (end, -1);
    }

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_save_officer (self, officer, error))
    goto fail;
  officer_id = zf_record_get_id (ZF_RECORD (officer));

  {
    g_autoptr(ZfOfficer) holder = zf_store_find_officer_by_certificate (self, card->number);
    if (holder != NULL)
      {
        g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                     _("The certificate number %s already belongs to %s (%s)."),
                     card->number, zf_officer_get_name (holder),
                     zf_record_get_string (ZF_RECORD (holder), "body_name"));
        goto fail;
      }
  }

  stmt = zf_store_prepare (self, issue_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  zf_bind_text (stmt, 2, card->number);
  zf_bind_text (stmt, 3, card->issuing_authority);
  zf_bind_text (stmt, 4, issue_date);
  zf_bind_text (stmt, 5, card->valid_until ? card->valid_until : until);
  zf_bind_text (stmt, 6, card->category);
  zf_bind_text (stmt, 7, card->area);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      goto fail;
    }
  certificate_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  stmt = zf_store_prepare (self, events_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  sqlite3_bind_int64 (stmt, 2, certificate_id);
  zf_bind_text (stmt, 3, issue_date);
  zf_bind_text (stmt, 4, _("Taken over from an existing register"));
  zf_bind_text (stmt, 5, doc_number);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;

  zf_store_notify_changed (self, "certificate", certificate_id);
  zf_store_notify_changed (self, "officer_event", 0);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

/* Streaming */

#define STREAM_ORDER "ORDER BY b.name, o.body_id, o.name, o.id "

gboolean
zf_store_foreach_officer (ZfStore               *self,
                          const ZfOfficerFilter *filter,
                          gint64                 offset,
                          gint64                 limit,
                          ZfOfficerFunc          func,
                          gpointer               user_data,
                          GError               **error)
{
  static const char sql[] =
    "SELECT " OFFICER_COLUMNS OFFICER_FROM FILTER_WHERE STREAM_ORDER "LIMIT ?3 OFFSET ?4";
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_filter (stmt, filter);
  sqlite3_bind_int64 (stmt, 3, limit);
  sqlite3_bind_int64 (stmt, 4, offset);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      zf_record_load_row (ZF_RECORD (officer), stmt);
      ok = func (officer, user_data);
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

gboolean
zf_store_foreach_officer_body (ZfStore               *self,
                               const ZfOfficerFilter *filter,
                               ZfOfficerBodyFunc      func,
                               gpointer               user_data,
                               GError               **error)
{
  static const char sql[] = "SELECT o.body_id " OFFICER_FROM FILTER_WHERE STREAM_ORDER;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_filter (stmt, filter);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = func (sqlite3_column_int64 (stmt, 0), user_data);
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
