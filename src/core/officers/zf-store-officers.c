#define G_LOG_DOMAIN "zf-store-officers"

#include "config.h"

#include <math.h>

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-officer-batch.h"
#include "zf-store-officer-names.h"
#include "zf-store-officers.h"
#include "zf-store-officers-private.h"
#include "zf-store-private.h"
#include "zf-validate.h"

/* The current card is the newest certificate row of the officer, kept in
 * its summary (officer_summary, zf-schema-v8.c) by the writes that change it. */
#define OFFICER_FROM \
  "FROM officer o LEFT JOIN body b ON b.id = o.body_id " \
  "LEFT JOIN officer_summary s ON s.officer_id = o.id LEFT JOIN certificate c ON c.id = s.certificate_id "

#define SETTING(key) "(SELECT value FROM setting WHERE key = '" key "')"

/* This year's training hours from the summary's latest year with training
 * (zf-schema-v12.c): its hours when it is this year, none when it is
 * earlier; the training years are looked up only for an officer with
 * training recorded in a later year. */
#define THIS_YEAR "CAST (strftime ('%Y', 'now', 'localtime') AS INTEGER)"
#define TRAINING_HOURS_YEAR \
  "(CASE WHEN s.training_year IS NULL OR s.training_year < " THIS_YEAR " THEN 0 " \
  "WHEN s.training_year = " THIS_YEAR " THEN s.training_hours " \
  "ELSE coalesce ((SELECT t.hours FROM officer_training_year t WHERE t.officer_id = o.id " \
  "AND t.year = " THIS_YEAR "), 0) END)"

/* "Needs attention" in SQL, so that it filters 100,000 officers without
 * building them: the event-driven rules cached in pending_rules (R1–R4,
 * R6, R7, R9), plus what the calendar brings: expiry and the renewal exam
 * (V1, R7), training below the threshold this year (R5), no activity for
 * the inactive period (R8). */
#define ATTENTION_EXPIRY \
  "(c.status IN ('valid', 'suspended') AND c.valid_until <= date ('now', 'localtime', '+' || " \
  SETTING ("expiry_warning_days") " || ' days'))"
#define ATTENTION_EXAM \
  "(c.status IN ('valid', 'suspended') AND c.valid_until <= date ('now', 'localtime', '+' || " \
  SETTING ("exam_before_expiry_months") " || ' months'))"
#define ATTENTION_TRAINING \
  "(c.status = 'valid' AND " TRAINING_HOURS_YEAR " < CAST (" SETTING ("training_hours_min") " AS REAL))"
#define ATTENTION_INACTIVE \
  "(c.status IN ('valid', 'suspended') AND max (coalesce (o.last_activity_date, ''), " \
  "coalesce (s.last_activity, ''), " \
  "coalesce ((SELECT max (cf.decided_date) FROM case_officer co JOIN case_file cf ON cf.id = co.case_id " \
  "WHERE co.officer_id = o.id AND cf.decided_date <= date ('now', 'localtime')), ''), " \
  "coalesce (c.issue_date, '')) < date ('now', 'localtime', '-' || " SETTING ("inactive_years") " || ' years'))"
#define ATTENTION \
  "(o.pending_rules IS NOT NULL OR " ATTENTION_EXPIRY " OR " ATTENTION_EXAM " OR " \
  ATTENTION_TRAINING " OR " ATTENTION_INACTIVE ")"

/* Why ATTENTION holds, as rule codes ("R3 V1"): the cached ones, then
 * those of the calendar not already among them; NULL when it does not. */
#define ATTENTION_ADD(cond, rule) \
  " || CASE WHEN " cond " AND instr (',' || coalesce (o.pending_rules, '') || ',', '," rule ",') = 0 " \
  "THEN '," rule "' ELSE '' END"
#define ATTENTION_RULES \
  "nullif (replace (substr (coalesce (',' || o.pending_rules, '')" \
  ATTENTION_ADD (ATTENTION_EXPIRY, "V1") ATTENTION_ADD (ATTENTION_EXAM, "R7") \
  ATTENTION_ADD (ATTENTION_TRAINING, "R5") ATTENTION_ADD (ATTENTION_INACTIVE, "R8") \
  ", 2), ',', ' '), '')"

#define OFFICER_SUMMARY_COLUMNS \
  TRAINING_HOURS_YEAR " AS training_hours_year, " \
  "s.last_grade AS last_grade, s.status_date, s.status_document "
#define OFFICER_COLUMNS OFFICER_OWN_COLUMNS ", " OFFICER_SUMMARY_COLUMNS

/* Search: a piece of the name, the ID number or the certificate number.
 * The list keeps those texts and every order's key in memory (see
 * ZfQuerySpec): a keystroke or a header click never waits for the
 * database; the SQL below stays the reference of what each one means. */
#define OFFICER_SORT_KEYS \
  "b.name_key, o.staffing, c.number, " STATUS_EXPR ", c.valid_until"

#define OFFICER_WHERE \
  "WHERE (?1 IS NULL OR instr (o.name, ?1) > 0 OR instr (o.id_number, upper (?1)) > 0 " \
  "OR instr (c.number, ?1) > 0) " \
  "AND (?2 IS NULL OR o.body_id = ?2) AND (?3 IS NULL OR " STATUS_EXPR " = ?3) " \
  "AND (?4 IS NULL OR ?4 = 0 OR " ATTENTION ") "

#define OFFICER_IDS(order) \
  "SELECT o.id " OFFICER_FROM OFFICER_WHERE "ORDER BY " order

/* What the list keeps in memory: read in the table's order, which reads
 * the officer and certificate pages in sequence; the order by name is
 * then the first sort key's (ZfQueryRows). Names are keyed by their
 * stored name_key (pinyin_key (), zf-schema-v9.c), whose byte order is
 * their COLLATE pinyin order;
 * certificate numbers are digits of one length, in byte order. */
static const char officer_rows_sql[] =
  "SELECT o.id, o.name, o.id_number, c.number, o.name_key, " OFFICER_SORT_KEYS " "
  OFFICER_FROM OFFICER_WHERE "ORDER BY o.id";

#define OFFICER_SORT(key) \
  OFFICER_IDS (key ", o.name_key, o.id"), OFFICER_IDS (key " DESC, o.name_key DESC, o.id DESC")

static const char *const officer_ids_sql[ZF_OFFICER_N_SORTS * 2] = {
  OFFICER_IDS ("o.name_key, o.id"), OFFICER_IDS ("o.name_key DESC, o.id DESC"),
  OFFICER_SORT ("b.name_key"),
  OFFICER_SORT ("o.staffing"),
  OFFICER_SORT ("c.number"),
  OFFICER_SORT (STATUS_EXPR),
  OFFICER_SORT ("c.valid_until"),
};

/* A row of the list also says why it needs attention (its 需关注 column). */
static const char officer_item_sql[] =
  "SELECT " OFFICER_COLUMNS ", " ATTENTION_RULES " AS attention_rules " OFFICER_FROM "WHERE o.id = ?1";

static const char *const officer_watch[] = { "officer", "officer_event", "certificate", "body", NULL };

static const ZfQuerySpec officer_spec = {
  .item_type = zf_officer_get_type,
  .watch = officer_watch,
  .n_sorts = ZF_OFFICER_N_SORTS,
  .ids_sql = officer_ids_sql,
  .item_sql = officer_item_sql,
  .rows_sql = officer_rows_sql,
  /* name, ID number (matched upper-cased: the X), certificate number */
  .n_search_columns = 3,
  .search_upper_mask = 1 << 1,
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
  settings->training_years_back =
    zf_store_get_setting_int (self, "training_years_back", defaults.training_years_back);
}

gboolean
zf_store_set_officer_settings (ZfStore                 *self,
                               const ZfOfficerSettings *settings,
                               GError                 **error)
{
  char hours[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *years = NULL, *days = NULL, *months = NULL, *inactive = NULL, *back = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_officer_settings (settings, error))
    return FALSE;

  g_ascii_dtostr (hours, sizeof hours, settings->training_hours_min);
  years = g_strdup_printf ("%d", settings->certificate_validity_years);
  days = g_strdup_printf ("%d", settings->expiry_warning_days);
  months = g_strdup_printf ("%d", settings->exam_before_expiry_months);
  inactive = g_strdup_printf ("%d", settings->inactive_years);
  back = g_strdup_printf ("%d", settings->training_years_back);

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_set_setting (self, "training_hours_min", hours, error) ||
      !zf_store_set_setting (self, "certificate_validity_years", years, error) ||
      !zf_store_set_setting (self, "expiry_warning_days", days, error) ||
      !zf_store_set_setting (self, "exam_before_expiry_months", months, error) ||
      !zf_store_set_setting (self, "inactive_years", inactive, error) ||
      !zf_store_set_setting (self, "training_years_back", back, error))
    {
      zf_store_rollback (self);
      return FALSE;
    }
  zf_store_notify_changed (self, "officer", 0);
  return zf_store_commit (self, error);
}

/* Lookups */

ZfOfficer *
zf_store_get_officer (ZfStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  return ZF_OFFICER (zf_store_load_record (self, officer_item_sql, ZF_TYPE_OFFICER, id,
                                           _("The officer no longer exists; the record may have "
                                             "been deleted by another program."), error));
}

ZfOfficer *
zf_store_find_officer_by_id_number (ZfStore    *self,
                                    const char *id_number)
{
  static const char sql[] = "SELECT " OFFICER_COLUMNS OFFICER_FROM "WHERE o.id_number = ?1";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if (id_number == NULL || *id_number == '\0')
    return NULL;
  return ZF_OFFICER (zf_store_find_record (self, sql, ZF_TYPE_OFFICER, id_number));
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
  return ZF_OFFICER (zf_store_find_record (self, sql, ZF_TYPE_OFFICER, number));
}

/* The list's filters and search (OFFICER_WHERE), for exports and counts:
 * what a window's export writes is what its list shows. */
#define FILTER_WHERE \
  "WHERE (?1 IS NULL OR o.body_id = ?1) AND (?2 IS NULL OR " STATUS_EXPR " = ?2) " \
  "AND (?5 IS NULL OR instr (o.name, ?5) > 0 OR instr (o.id_number, upper (?5)) > 0 " \
  "OR instr (c.number, ?5) > 0) AND (?6 IS NULL OR ?6 = 0 OR " ATTENTION ") "

static void
bind_filter (sqlite3_stmt          *stmt,
             const ZfOfficerFilter *filter)
{
  zf_bind_id (stmt, 1, filter ? filter->body_id : 0);
  zf_bind_text (stmt, 2, filter ? filter->status : NULL);
  if (sqlite3_bind_parameter_count (stmt) >= 6)
    {
      zf_bind_text (stmt, 5, filter && filter->search && *filter->search ? filter->search : NULL);
      sqlite3_bind_int (stmt, 6, filter ? filter->attention : 0);
    }
}

gint64
zf_store_count_officers (ZfStore               *self,
                         const ZfOfficerFilter *filter)
{
  static const char sql[] = "SELECT count (*) " OFFICER_FROM FILTER_WHERE;
  /* The current card joins at most one row per officer, so without a
   * status to test the count needs neither it nor the max () per officer
   * that finds it: an index scan instead of 100,000 lookups. */
  static const char any_status_sql[] =
    "SELECT count (*) FROM officer o WHERE (?1 IS NULL OR o.body_id = ?1) AND ?2 IS NULL";
  sqlite3_stmt *stmt;
  gint64 n = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  stmt = zf_store_prepare (self, filter && (filter->status || filter->search || filter->attention)
                                 ? sql : any_status_sql, NULL);
  if (stmt == NULL)
    return 0;
  bind_filter (stmt, filter);
  n = zf_store_step_int64 (self, stmt, NULL);
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

/* Sections and posts */

static GStrv
collect_names (sqlite3_stmt *stmt)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_strv_builder_end (names);
}

GStrv
zf_store_list_section_names (ZfStore *self,
                             gint64   body_id)
{
  static const char sql[] = "SELECT name FROM section WHERE body_id = ?1 ORDER BY name COLLATE pinyin";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return g_new0 (char *, 1);
  sqlite3_bind_int64 (stmt, 1, body_id);
  return collect_names (stmt);
}

GStrv
zf_store_list_post_names (ZfStore    *self,
                          gint64      body_id,
                          const char *section_name)
{
  static const char sql[] =
    "SELECT p.name FROM post p JOIN section s ON s.id = p.section_id "
    "WHERE s.body_id = ?1 AND s.name = ?2 ORDER BY p.name COLLATE pinyin";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return g_new0 (char *, 1);
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, section_name);
  return collect_names (stmt);
}

/* An officer whose section_id is unset but whose section-name (and
 * post-name) is given is placed in the body's section and post of those
 * names; a name typed for the first time creates the section or post, so
 * the dialog needs no separate editor for them. */
static gboolean
resolve_section_and_post (ZfStore    *self,
                          ZfOfficer  *officer,
                          GError    **error)
{
  static const char find_section_sql[] = "SELECT id FROM section WHERE body_id = ?1 AND name = ?2";
  static const char insert_section_sql[] =
    "INSERT INTO section (body_id, name) VALUES (?1, ?2) RETURNING id";
  static const char find_post_sql[] = "SELECT id FROM post WHERE section_id = ?1 AND name = ?2";
  static const char insert_post_sql[] =
    "INSERT INTO post (section_id, name) VALUES (?1, ?2) RETURNING id";
  ZfRecord *r = ZF_RECORD (officer);
  g_autofree char *section = zf_text_normalize (zf_record_get_string (r, "section_name"));
  g_autofree char *post = zf_text_normalize (zf_record_get_string (r, "post_name"));
  gint64 section_id = 0, post_id = 0;

  if (zf_record_get_int (r, "section_id") > 0)
    return TRUE;
  if (section != NULL && *section != '\0')
    {
      section_id = zf_store_ensure_named_row (self, find_section_sql, insert_section_sql,
                                     zf_officer_get_body_id (officer), section, error);
      if (section_id == 0)
        return FALSE;
    }
  if (post != NULL && *post != '\0')
    {
      if (!zf_rule_officer_post_section (post, section_id != 0, error))
        return FALSE;
      post_id = zf_store_ensure_named_row (self, find_post_sql, insert_post_sql, section_id, post, error);
      if (post_id == 0)
        return FALSE;
    }
  g_object_set (officer, "section-id", section_id, "post-id", post_id, NULL);
  return TRUE;
}

#define OFFICER_INSERT(uuid_column, uuid_value) \
  "INSERT INTO officer (" uuid_column ZF_OFFICER_INSERT_COLUMNS ") VALUES (" uuid_value \
  ZF_OFFICER_INSERT_VALUES ")"

/* What every save does to the officer before the database sees it. */
static gboolean
prepare_officer (ZfOfficer  *officer,
                 GError    **error)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *name = zf_name_normalize (zf_officer_get_name (officer));

  zf_record_set_string (ZF_RECORD (officer), "name", name);
  derive_from_id_number (officer);

  zf_rule_officer_fields (officer, findings);
  return zf_findings_to_error (findings, error);
}

gboolean
zf_store_insert_officer_bulk (ZfStore    *self,
                              ZfOfficer  *officer,
                              GError    **error)
{
  static const char insert_sql[] =
    OFFICER_INSERT ("uuid, created_at, updated_at, ",
                    ":uuid, coalesce (:row_time, " ZF_NOW "), coalesce (:row_time, " ZF_NOW "), ");
  ZfOfficerBatch *batch = zf_store_officer_batch (self);
  char uuid[ZF_UUID_SIZE];
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_OFFICER (officer), FALSE);
  g_return_val_if_fail (zf_record_get_id (ZF_RECORD (officer)) == 0, FALSE);

  if (!prepare_officer (officer, error) || !resolve_section_and_post (self, officer, error))
    return FALSE;

  zf_store_next_uuid (self, uuid);
  g_object_set (officer, "uuid", uuid, NULL);
  if (batch != NULL)
    return zf_officer_batch_stage_officer (self, batch, officer, error);
  stmt = zf_store_prepare (self, insert_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_record_bind (ZF_RECORD (officer), stmt);
  zf_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":row_time"), zf_store_row_time (self));
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      g_autoptr(GError) local = NULL;

      zf_store_set_error (self, &local);
      sqlite3_reset (stmt);
      /* The UNIQUE index refused the ID number: say whose it is, as a
       * single save does. */
      if (!check_duplicates (self, officer, error))
        return FALSE;
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  sqlite3_reset (stmt);
  zf_record_set_id (ZF_RECORD (officer), sqlite3_last_insert_rowid (zf_store_get_db (self)));
  return TRUE;
}

gboolean
zf_store_save_officer (ZfStore    *self,
                       ZfOfficer  *officer,
                       GError    **error)
{
  static const char insert_sql[] = OFFICER_INSERT ("", "") " RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE officer SET name = :name, name_key = pinyin_key (:name), id_number = :id_number, "
    "sex = :sex, birth_date = :birth_date, "
    "body_id = :body_id, section_id = :section_id, post_id = :post_id, title = :title, "
    "staffing = :staffing, financed = :financed, enforcement_post = :enforcement_post, "
    "phone = :phone, enforcement_category = :enforcement_category, "
    "enforcement_area = :enforcement_area, last_activity_date = :last_activity_date, "
    "notes = :notes, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_OFFICER (officer), FALSE);

  if (!prepare_officer (officer, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!check_duplicates (self, officer, error) ||
      !resolve_section_and_post (self, officer, error))
    goto fail;

  if (!zf_store_write_record (self, ZF_RECORD (officer), insert_sql, update_sql,
                              _("The officer no longer exists; the record may have been deleted "
                                "by another program."), error))
    goto fail;

  zf_store_notify_changed (self, "officer", zf_record_get_id (ZF_RECORD (officer)));
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

/* Streaming */

/* The columns of the certificate-holder list: its cells and its groups'
 * headings, without the roster's summary (hours, grade, status event).
 * The streams' section and post names come from ZfOfficerNames. */
#define HOLDER_COLUMNS \
  "o.id, o.name, o.body_id, b.name AS body_name, o.title, o.post_id, " \
  "c.number AS certificate_number, o.enforcement_category, o.enforcement_area, " \
  "c.issue_date, c.valid_until "

static gboolean
foreach_officer_of (ZfStore               *self,
                    const char            *sql,
                    const ZfOfficerFilter *filter,
                    gint64                 offset,
                    gint64                 limit,
                    ZfOfficerFunc          func,
                    gpointer               user_data,
                    GError               **error)
{
  g_autoptr(ZfRecordColumns) columns = NULL;
  g_autoptr(ZfOfficerNames) names = NULL;
  /* One officer filled again row after row, unless @func keeps it. */
  g_autoptr(GPtrArray) spare = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  /* The names and the rows from one state of the register. */
  if (!zf_store_begin_read (self, error))
    return FALSE;
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL || (names = zf_officer_names_new (self, stmt, error)) == NULL)
    {
      zf_store_rollback (self);
      return FALSE;
    }
  bind_filter (stmt, filter);
  sqlite3_bind_int64 (stmt, 3, limit);
  sqlite3_bind_int64 (stmt, 4, offset);
  /* Columns matched to fields once, not on each of 100,000 rows. */
  columns = zf_record_columns_new (ZF_TYPE_OFFICER, stmt);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ZfOfficer) officer = zf_record_reuse_from_row (columns, stmt, spare);

      zf_officer_names_fill (names, stmt, officer);
      ok = func (officer, user_data);
      if (g_atomic_int_get (&G_OBJECT (officer)->ref_count) == 1)
        g_ptr_array_add (spare, g_steal_pointer (&officer));
    }
  if (ok && rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      ok = FALSE;
    }
  else if (!ok)
    g_set_error (error, ZF_ERROR, ZF_ERROR_CANCELLED, _("Cancelled."));
  sqlite3_reset (stmt);
  if (!zf_store_commit (self, ok ? error : NULL))
    ok = FALSE;
  return ok;
}

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
    "SELECT " OFFICER_ROW_COLUMNS OFFICER_CARD_COLUMNS ", " OFFICER_SUMMARY_COLUMNS
    STREAM_FROM FILTER_WHERE STREAM_ORDER "LIMIT ?3 OFFSET ?4";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return foreach_officer_of (self, sql, filter, offset, limit, func, user_data, error);
}

gboolean
zf_store_foreach_holder (ZfStore               *self,
                         const ZfOfficerFilter *filter,
                         gint64                 offset,
                         gint64                 limit,
                         ZfOfficerFunc          func,
                         gpointer               user_data,
                         GError               **error)
{
  static const char sql[] =
    "SELECT " HOLDER_COLUMNS STREAM_FROM FILTER_WHERE STREAM_ORDER "LIMIT ?3 OFFSET ?4";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return foreach_officer_of (self, sql, filter, offset, limit, func, user_data, error);
}

gboolean
zf_store_foreach_officer_body (ZfStore               *self,
                               const ZfOfficerFilter *filter,
                               ZfOfficerBodyFunc      func,
                               gpointer               user_data,
                               GError               **error)
{
  static const char sql[] = "SELECT o.body_id " STREAM_FROM FILTER_WHERE STREAM_ORDER;
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
