#define G_LOG_DOMAIN "zf-store-officer-events"

#include "config.h"

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-officer-batch.h"
#include "zf-store-officer-events.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"

/* The certificate history of officers: every change is an event, written
 * with the certificate it concerns, its status cache and the officer's
 * pending rules in one transaction. */

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
  "e.doc_number, e.operator, c.number AS certificate_number, e.assessment_year " \
  "FROM officer_event e " \
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

GPtrArray *
zf_store_list_certificate_history (ZfStore  *self,
                                   gint64    officer_id,
                                   GError  **error)
{
  /* The others leave the card as it was (a case file's check reads the
   * events of every handler, most of them trainings and assessments). */
  static const char sql[] =
    "SELECT e.id, e.officer_id, e.certificate_id, e.kind, e.date FROM officer_event e "
    "WHERE e.officer_id = ?1 AND e.kind IN " ZF_CERTIFICATE_HISTORY_KINDS " ORDER BY e.date, e.id";
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfOfficerEvent *e = g_object_new (ZF_TYPE_OFFICER_EVENT, NULL);
      zf_record_load_row (ZF_RECORD (e), stmt);
      g_ptr_array_add (events, e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return NULL;
    }
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

/* The card's own valid-until, or the settings' term from @issue_date:
 * valid to the day before the anniversary. */
static char *
card_valid_until (const ZfCertificateCard *card,
                  const char              *issue_date,
                  const ZfOfficerSettings *settings)
{
  g_autofree char *end = NULL;

  if (card->valid_until != NULL)
    return g_strdup (card->valid_until);
  if (card->open_ended)
    return NULL;
  end = zf_date_add_months (issue_date, 12 * settings->certificate_validity_years);
  return zf_date_add_days (end, -1);
}

/* Long: one branch per kind of event that writes a card (applied, issued,
 * reissued), each a statement or two. */
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
      *certificate_id = zf_store_step_int64 (self, stmt, error);
      return *certificate_id != 0;
    }

  if (g_strcmp0 (kind, "issued") != 0 && g_strcmp0 (kind, "lost_reissued") != 0)
    return TRUE;

  if (!zf_rule_certificate_number (card ? card->number : NULL, error))
    return FALSE;

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

      if (!zf_rule_certificate_valid_until (card->valid_until, error))
        return FALSE;
      zf_store_get_officer_settings (self, &settings);
      until = card_valid_until (card, date, &settings);
      stmt = zf_store_prepare (self, issue_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *certificate_id);
      zf_bind_text (stmt, 2, card->number);
      zf_bind_text (stmt, 3, card->issuing_authority);
      zf_bind_text (stmt, 4, date);
      zf_bind_text (stmt, 5, until);
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
    "ground, rule, reason, doc_number, operator, assessment_year) VALUES (:officer_id, "
    ":certificate_id, :kind, :date, CASE WHEN :passed < 0 THEN NULL ELSE :passed END, :hours, "
    ":grade, :ground, :rule, :reason, :doc_number, zf_operator (), "
    "CASE WHEN :kind = 'assessment' THEN coalesce (nullif (:assessment_year, 0), "
    "  CAST (substr (:date, 1, 4) AS INTEGER)) END) RETURNING id, uuid";
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
/* Long: each cache the events imply rewritten in turn, one statement each. */
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
    zf_findings_add (findings, "O3", "S1 §二(二)2", ZF_SEVERITY_ERROR,
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

  if (!zf_rule_proposal_confirmation (proposal->action, doc_number, error))
    return FALSE;

  event = zf_officer_event_new (proposal->action, date);
  g_object_set (event, "rule", proposal->rule, "reason", proposal->reason,
                "doc-number", doc_number, NULL);
  return zf_store_add_officer_event (self, officer_id, event, NULL, error);
}

gboolean
zf_store_officer_set_last_case (ZfStore    *self,
                                ZfOfficer  *officer,
                                const char *as_of,
                                GError    **error)
{
  static const char sql[] =
    "SELECT max (cf.decided_date) FROM case_officer co JOIN case_file cf ON cf.id = co.case_id "
    "WHERE co.officer_id = ?1 AND cf.decided_date <= ?2";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, zf_record_get_id (ZF_RECORD (officer)));
  zf_bind_text (stmt, 2, as_of);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  zf_record_set_string (ZF_RECORD (officer), "last_case_date",
                        (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

GHashTable *
zf_store_officers_last_case (ZfStore    *self,
                             const char *as_of,
                             GError    **error)
{
  static const char sql[] =
    "SELECT co.officer_id, max (cf.decided_date) FROM case_officer co "
    "JOIN case_file cf ON cf.id = co.case_id WHERE cf.decided_date <= ?1 GROUP BY co.officer_id";
  g_autoptr(GHashTable) dates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  zf_bind_text (stmt, 1, as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (dates, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                         zf_column_dup (stmt, 1));
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&dates);
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
  if (events == NULL || !zf_store_officer_set_last_case (self, officer, today, error))
    return FALSE;
  zf_store_get_officer_settings (self, &settings);
  zf_officer_check (officer, events, today, &settings, findings, proposals);
  return TRUE;
}

/* The holder's card and its application and issue, for an officer already
 * stored; inside the caller's transaction. The UNIQUE index on the number
 * finds a card that is already someone's; only then is the holder looked
 * up, to name them. Ids come from sqlite3_last_insert_rowid(): RETURNING
 * would buffer its row in a temporary b-tree on every insert. */
/* Long: the card, its application and its issue written in one pass, with
 * the checks that refuse a card already held. */
static gboolean
issue_taken_over_card (ZfStore                 *self,
                       gint64                   officer_id,
                       const ZfCertificateCard *card,
                       const char              *issue_date,
                       const char              *doc_number,
                       const ZfOfficerSettings *settings,
                       GError                 **error)
{
  static const char issue_sql[] =
    "INSERT INTO certificate (uuid, officer_id, number, issuing_authority, issue_date, "
    "valid_until, category, area, status, created_at, updated_at) VALUES (?8, ?1, ?2, ?3, ?4, "
    "?5, ?6, ?7, 'valid', coalesce (?9, " ZF_NOW "), coalesce (?9, " ZF_NOW "))";
  /* One row per execution: a statement of two rows keeps a statement
   * journal, so that a failing second row can undo the first. */
  static const char event_sql[] =
    "INSERT INTO officer_event (uuid, officer_id, certificate_id, kind, date, reason, doc_number, "
    "operator, created_at, updated_at) VALUES (?6, ?1, ?2, ?7, ?3, ?4, ?5, zf_operator (), "
    "coalesce (?8, " ZF_NOW "), coalesce (?8, " ZF_NOW "))";
  static const char *const kinds[] = { "applied", "issued" };
  g_autofree char *until = NULL;
  char card_uuid[ZF_UUID_SIZE];
  sqlite3_stmt *stmt;
  gint64 certificate_id;

  until = card_valid_until (card, issue_date, settings);
  zf_store_next_uuid (self, card_uuid);
  stmt = zf_store_prepare (self, issue_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  zf_bind_text (stmt, 2, card->number);
  zf_bind_text (stmt, 3, card->issuing_authority);
  zf_bind_text (stmt, 4, issue_date);
  zf_bind_text (stmt, 5, until);
  zf_bind_text (stmt, 6, card->category);
  zf_bind_text (stmt, 7, card->area);
  zf_bind_text (stmt, 8, card_uuid);
  zf_bind_text (stmt, 9, zf_store_row_time (self));
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(ZfOfficer) holder = NULL;

      zf_store_set_error (self, &local);
      sqlite3_reset (stmt);
      holder = zf_store_find_officer_by_certificate (self, card->number);
      if (holder != NULL)
        g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                     _("The certificate number %s already belongs to %s (%s)."),
                     card->number, zf_officer_get_name (holder),
                     zf_record_get_string (ZF_RECORD (holder), "body_name"));
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  sqlite3_reset (stmt);
  certificate_id = sqlite3_last_insert_rowid (zf_store_get_db (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      char event_uuid[ZF_UUID_SIZE];

      zf_store_next_uuid (self, event_uuid);

      stmt = zf_store_prepare (self, event_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, officer_id);
      sqlite3_bind_int64 (stmt, 2, certificate_id);
      zf_bind_text (stmt, 3, issue_date);
      zf_bind_text (stmt, 4, _("Taken over from an existing register"));
      zf_bind_text (stmt, 5, doc_number);
      zf_bind_text (stmt, 6, event_uuid);
      sqlite3_bind_text (stmt, 7, kinds[i], -1, SQLITE_STATIC);
      zf_bind_text (stmt, 8, zf_store_row_time (self));
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }

  zf_store_notify_changed (self, "certificate", certificate_id);
  zf_store_notify_changed (self, "officer_event", 0);
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
  ZfOfficerSettings settings;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_certificate_taken_over (issue_date, card ? card->number : NULL, error))
    return FALSE;
  zf_store_get_officer_settings (self, &settings);

  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_save_officer (self, officer, error) ||
      !issue_taken_over_card (self, zf_record_get_id (ZF_RECORD (officer)), card, issue_date,
                              doc_number, &settings, error))
    {
      zf_store_rollback (self);
      return FALSE;
    }
  return zf_store_commit (self, error);
}

gboolean
zf_store_import_holder_bulk (ZfStore                 *self,
                             ZfOfficer               *officer,
                             const ZfCertificateCard *card,
                             const char              *issue_date,
                             const char              *doc_number,
                             const ZfOfficerSettings *settings,
                             GError                 **error)
{
  ZfOfficerBatch *batch = zf_store_officer_batch (self);
  g_autofree char *until = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!zf_rule_certificate_taken_over (issue_date, card ? card->number : NULL, error) ||
      !zf_store_insert_officer_bulk (self, officer, error))
    return FALSE;
  if (batch == NULL)
    return issue_taken_over_card (self, zf_record_get_id (ZF_RECORD (officer)), card, issue_date,
                                  doc_number, settings, error);
  until = card_valid_until (card, issue_date, settings);
  return zf_officer_batch_stage_card (self, batch, officer, card, issue_date, until, doc_number,
                                      settings, error);
}


gboolean
zf_store_import_status_event (ZfStore     *self,
                              gint64       officer_id,
                              const char  *kind,
                              const char  *date,
                              const char  *doc_number,
                              GError     **error)
{
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(ZfOfficerEvent) event = NULL;
  gint64 certificate_id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  officer = zf_store_get_officer (self, officer_id, error);
  if (officer == NULL)
    return FALSE;
  certificate_id = zf_officer_get_certificate_id (officer);
  /* An application opens a card of its own; the other events act on the
   * holder's latest card. */
  if (!write_certificate (self, officer_id, &certificate_id, kind, date, NULL, error))
    return FALSE;
  event = zf_officer_event_new (kind, date);
  g_object_set (event, "officer-id", officer_id, "certificate-id", certificate_id,
                "reason", _("Taken over from an existing register"), "doc-number", doc_number,
                NULL);
  return insert_event (self, event, error) &&
         refresh_caches (self, officer, event, certificate_id, error);
}
