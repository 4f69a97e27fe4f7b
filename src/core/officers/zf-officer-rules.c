#define G_LOG_DOMAIN "zf-officer-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-rules-private.h"
#include "zf-validate.h"


void
zf_officer_settings_init_defaults (ZfOfficerSettings *settings)
{
  settings->training_hours_min = 40;
  settings->certificate_validity_years = 5;
  settings->expiry_warning_days = 90;
  settings->exam_before_expiry_months = 6;
  settings->inactive_years = 2;
  settings->training_years_back = 1;
}

G_DEFINE_BOXED_TYPE (ZfProposal, zf_proposal, zf_proposal_copy, zf_proposal_free)

ZfProposal *
zf_proposal_new (const char *rule,
                 const char *clause,
                 const char *action,
                 const char *reason)
{
  ZfProposal *p = g_new0 (ZfProposal, 1);

  p->rule = g_strdup (rule);
  p->clause = g_strdup (clause);
  p->action = g_strdup (action);
  p->reason = g_strdup (reason);
  return p;
}

ZfProposal *
zf_proposal_copy (const ZfProposal *proposal)
{
  return zf_proposal_new (proposal->rule, proposal->clause, proposal->action, proposal->reason);
}

void
zf_proposal_free (ZfProposal *proposal)
{
  if (proposal == NULL)
    return;
  g_free (proposal->rule);
  g_free (proposal->clause);
  g_free (proposal->action);
  g_free (proposal->reason);
  g_free (proposal);
}

GPtrArray *
zf_proposals_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) zf_proposal_free);
}

void
zf_officer_propose_action (GPtrArray  *proposals,
                           const char *rule,
                           const char *clause,
                           const char *action,
                           const char *reason)
{
  if (proposals != NULL)
    g_ptr_array_add (proposals, zf_proposal_new (rule, clause, action, reason));
}

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

/* Index of the last event of @kind, or -1. */
int
zf_officer_events_last_of (GPtrArray  *events,
                           const char *kind)
{
  for (int i = (int) events->len - 1; i >= 0; i--)
    if (KIND_IS (EV (events, i), kind))
      return i;
  return -1;
}

gboolean
zf_officer_events_any_after (GPtrArray  *events,
                             int         from,
                             const char *kind,
                             const char *rule)
{
  for (guint i = from + 1; i < events->len; i++)
    if (KIND_IS (EV (events, i), kind) &&
        (rule == NULL || g_strcmp0 (zf_record_get_string (ZF_RECORD (EV (events, i)), "rule"), rule) == 0))
      return TRUE;
  return FALSE;
}

/* O0, O1 */

void
zf_rule_officer_fields (ZfOfficer *officer,
                        GPtrArray *findings)
{
  ZfRecord *r = ZF_RECORD (officer);
  const char *id_number = zf_officer_get_id_number (officer);
  const char *phone = zf_record_get_string (r, "phone");
  const char *activity = zf_record_get_string (r, "last_activity_date");

  if (is_blank (zf_officer_get_name (officer)))
    zf_findings_add (findings, "O0", CLAUSE_REGISTER, ZF_SEVERITY_ERROR, _("The officer needs a name."));
  if (zf_officer_get_body_id (officer) <= 0)
    zf_findings_add (findings, "O0", CLAUSE_REGISTER, ZF_SEVERITY_ERROR,
                     _("The officer needs the enforcement body he or she works for."));
  if (!zf_code_is_valid (&zf_officer_staffings, zf_officer_get_staffing (officer)))
    zf_findings_add (findings, "O0", CLAUSE_REGISTER, ZF_SEVERITY_ERROR,
                     _("Unknown staffing type “%s”."), zf_officer_get_staffing (officer));
  if (!is_blank (id_number))
    {
      g_autoptr(GError) error = NULL;
      if (!zf_id_number_validate (id_number, &error))
        zf_findings_add (findings, "O0", "GB 11643", ZF_SEVERITY_ERROR, "%s", error->message);
    }
  else
    zf_findings_add (findings, "O0", "GB 11643", ZF_SEVERITY_WARNING,
                     _("The ID number is missing."));
  if (!is_blank (phone))
    {
      g_autoptr(GError) error = NULL;
      if (!zf_phone_validate (phone, &error))
        zf_findings_add (findings, "O0", CLAUSE_REGISTER, ZF_SEVERITY_ERROR, "%s", error->message);
    }
  if (!is_blank (activity) && !zf_date_is_valid (activity))
    zf_findings_add (findings, "O0", CLAUSE_REGISTER, ZF_SEVERITY_ERROR,
                     _("%s “%s” is not a date (write it as 2023-03-21)."),
                     _("Last enforcement activity"), activity);
}

void
zf_rule_officer_eligibility (ZfOfficer *officer,
                             GPtrArray *findings)
{
  ZfRecord *r = ZF_RECORD (officer);
  const char *staffing = zf_officer_get_staffing (officer);

  if (g_strcmp0 (staffing, "auxiliary") == 0)
    zf_findings_add (findings, "O1", "S0 §二(二)", ZF_SEVERITY_ERROR,
                     _("Auxiliary staff (执法辅助人员) are recorded but hold no certificate "
                       "and may not enforce."));
  else if (g_strcmp0 (staffing, "non_staff") == 0)
    zf_findings_add (findings, "O1", CLAUSE_ELIGIBILITY, ZF_SEVERITY_ERROR,
                     _("Only staff on the establishment (在编) may apply for a certificate."));
  if (!zf_record_get_int (r, "enforcement_post"))
    zf_findings_add (findings, "O1", CLAUSE_ELIGIBILITY, ZF_SEVERITY_ERROR,
                     _("Only officers in an enforcement post may apply for a certificate."));
  if (!zf_record_get_int (r, "financed"))
    zf_findings_add (findings, "O1", CLAUSE_ELIGIBILITY, ZF_SEVERITY_ERROR,
                     _("Only staff financed by the budget (财政供给) may apply for a certificate."));
}

/* R5 */

void
zf_rule_officer_training_hours (GPtrArray               *events,
                                int                      year,
                                const ZfOfficerSettings *settings,
                                GPtrArray               *findings)
{
  double hours = 0;

  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);
      double h = zf_officer_event_get_hours (e);

      if (KIND_IS (e, "training") && !isnan (h) &&
          zf_date_year (zf_officer_event_get_date (e)) == year)
        hours += h;
    }

  if (hours < settings->training_hours_min)
    zf_findings_add (findings, "R5", CLAUSE_QUALITY, ZF_SEVERITY_WARNING,
                     _("Centralized training in %d: %g hours of the required %g."),
                     year, hours, settings->training_hours_min);
}

static gboolean
held_card_in (ZfOfficer *officer,
              GPtrArray *events,
              int        year)
{
  g_autofree char *end = g_strdup_printf ("%04d-12-31", year);
  g_autofree char *start = g_strdup_printf ("%04d-01-01", year);
  ZfRecord *r = ZF_RECORD (officer);
  const char *since = NULL;
  const char *at_end;

  if (g_strcmp0 (zf_officer_get_staffing (officer), "auxiliary") == 0)
    {
      /* No card: any record on or before the year's end shows the person
       * was there. */
      for (guint i = 0; i < events->len; i++)
        if (g_strcmp0 (zf_officer_event_get_date (EV (events, i)), end) <= 0)
          return TRUE;
      return FALSE;
    }

  at_end = zf_certificate_status_on (events, zf_record_get_string (r, "issue_date"),
                                     zf_record_get_string (r, "valid_until"),
                                     zf_record_get_string (r, "certificate_status"), end, &since);
  if (strcmp (at_end, "valid") == 0 || strcmp (at_end, "suspended") == 0)
    return TRUE;
  /* Expired, revoked or cancelled during the year: held it for a part. */
  return (strcmp (at_end, "expired") == 0 || strcmp (at_end, "revoked") == 0 ||
          strcmp (at_end, "cancelled") == 0) && since != NULL && strcmp (since, start) >= 0 &&
         zf_date_is_valid (zf_record_get_string (r, "issue_date")) &&
         strcmp (zf_record_get_string (r, "issue_date"), since) < 0;
}

void
zf_rule_officer_training_years (ZfOfficer               *officer,
                                GPtrArray               *events,
                                const char              *today,
                                const ZfOfficerSettings *settings,
                                GPtrArray               *findings)
{
  int year = zf_date_year (today);

  if (year == 0)
    return;
  for (int y = year - MAX (settings->training_years_back, 0); y < year; y++)
    if (held_card_in (officer, events, y))
      zf_rule_officer_training_hours (events, y, settings, findings);
}

/* R6 */

void
zf_rule_officer_capability_test (GPtrArray *events,
                                 GPtrArray *findings,
                                 GPtrArray *proposals)
{
  int last = zf_officer_events_last_of (events, "capability_test");
  guint failures = 0;

  if (last < 0 || zf_officer_event_get_passed (EV (events, last)) != 0)
    return;

  for (int i = last; i >= 0; i--)
    {
      ZfOfficerEvent *e = EV (events, i);

      if (!KIND_IS (e, "capability_test"))
        continue;
      if (zf_officer_event_get_passed (e) != 0)
        break;
      failures++;
    }

  if (failures == 1)
    {
      g_autofree char *reason =
        g_strdup (_("Failed the closed-book capability test: circulated criticism "
                    "(全区通报) and a retake."));
      zf_findings_add (findings, "R6", CLAUSE_QUALITY, ZF_SEVERITY_WARNING, "%s", reason);
      if (!zf_officer_events_any_after (events, last, "criticism", "R6"))
        zf_officer_propose_action (proposals, "R6", CLAUSE_QUALITY, "criticism", reason);
    }
  else
    {
      g_autofree char *reason =
        g_strdup (_("Failed the retake of the capability test: the certificate is suspended "
                    "until a retake is passed."));
      zf_findings_add (findings, "R6", CLAUSE_QUALITY, ZF_SEVERITY_ERROR, "%s", reason);
      if (!zf_officer_events_any_after (events, last, "suspension", NULL) &&
          g_strcmp0 (zf_certificate_derive_status (events, NULL, NULL), "valid") == 0)
        zf_officer_propose_action (proposals, "R6", CLAUSE_QUALITY, "suspension", reason);
    }
}

/* R7 */

/* The biennial exam is taken with the annual review (年检); an "exam"
 * event is the entry exam or the exam before a return (R3). */
static gboolean
is_exam (ZfOfficerEvent *e)
{
  return KIND_IS (e, "annual_review") && zf_officer_event_get_passed (e) >= 0;
}

void
zf_rule_officer_biennial_exam (GPtrArray               *events,
                               const char              *valid_until,
                               const char              *today,
                               const ZfOfficerSettings *settings,
                               GPtrArray               *findings,
                               GPtrArray               *proposals)
{
  const char *status = zf_certificate_derive_status (events, NULL, NULL);
  int issued = zf_officer_events_last_of (events, "issued");
  int last = -1;
  const char *since;

  if (strcmp (status, "valid") != 0 && strcmp (status, "suspended") != 0)
    return;

  for (int i = (int) events->len - 1; i > issued && last < 0; i--)
    if (is_exam (EV (events, i)))
      last = i;

  if (last >= 0 && zf_officer_event_get_passed (EV (events, last)) == 0)
    {
      g_autofree char *reason =
        g_strdup (_("Failed the exam of the certificate review: the officer leaves the "
                    "enforcement post and the certificate is cancelled."));
      zf_findings_add (findings, "R7", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR, "%s", reason);
      zf_officer_propose_action (proposals, "R7", CLAUSE_S0_OFFICERS, "cancellation", reason);
      return;
    }

  since = last >= 0 ? zf_officer_event_get_date (EV (events, last))
          : issued >= 0 ? zf_officer_event_get_date (EV (events, issued)) : NULL;
  if (since != NULL && today != NULL)
    {
      g_autofree char *due = zf_date_add_months (since, 24);

      if (due && strcmp (due, today) <= 0)
        zf_findings_add (findings, "R7", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                         _("No exam since %s: an exam is due every two years with the "
                           "annual certificate review."), since);
    }

  if (zf_date_is_valid (valid_until) && today != NULL)
    {
      g_autofree char *window = zf_date_add_months (valid_until, -settings->exam_before_expiry_months);

      if (window != NULL && strcmp (window, today) <= 0 && strcmp (today, valid_until) <= 0 &&
          (last < 0 || strcmp (zf_officer_event_get_date (EV (events, last)), window) < 0))
        zf_findings_add (findings, "R7", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                         _("The certificate expires on %s: the renewal exam is due in the "
                           "%d months before expiry."),
                         valid_until, settings->exam_before_expiry_months);
    }
}

/* V1 */

void
zf_rule_officer_expiry (const char              *status,
                        const char              *valid_until,
                        const char              *today,
                        const ZfOfficerSettings *settings,
                        GPtrArray               *findings)
{
  g_autofree char *limit = NULL;

  if (!zf_date_is_valid (valid_until) || today == NULL)
    return;

  if (g_strcmp0 (status, "expired") == 0 ||
      (g_strcmp0 (status, "valid") == 0 && strcmp (valid_until, today) < 0))
    {
      /* A warning, like an unpublished body (B5): the register is right to
       * record it; the card is to be renewed or cancelled. */
      zf_findings_add (findings, "V1", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                       _("The certificate expired on %s but is still marked in use."),
                       valid_until);
      return;
    }
  if (g_strcmp0 (status, "valid") != 0 && g_strcmp0 (status, "suspended") != 0)
    return;

  limit = zf_date_add_days (today, settings->expiry_warning_days);
  if (limit != NULL && strcmp (valid_until, limit) <= 0)
    zf_findings_add (findings, "V1", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                     _("The certificate expires on %s, within %d days."),
                     valid_until, settings->expiry_warning_days);
}

/* R8 */

void
zf_rule_officer_cleanup (ZfOfficer               *officer,
                         GPtrArray               *events,
                         const char              *today,
                         const ZfOfficerSettings *settings,
                         GPtrArray               *findings)
{
  const char *status = zf_certificate_derive_status (events, NULL, NULL);
  const char *activity = zf_record_get_string (ZF_RECORD (officer), "last_activity_date");
  const char *handled = zf_record_get_string (ZF_RECORD (officer), "last_case_date");
  /* The stored last activity (from an import or typed in) counts from its
   * day on: a check as of an earlier day does not see it. */
  const char *reference = g_strcmp0 (activity, today) <= 0 ? activity : NULL;
  g_autofree char *cutoff = NULL;
  int issued = zf_officer_events_last_of (events, "issued");
  int act = zf_officer_events_last_of (events, "activity");

  if (strcmp (status, "valid") != 0 && strcmp (status, "suspended") != 0)
    return;

  if (act >= 0 && g_strcmp0 (zf_officer_event_get_date (EV (events, act)), reference) > 0)
    reference = zf_officer_event_get_date (EV (events, act));
  /* A case file the officer handled is enforcement activity too. */
  if (zf_date_is_valid (handled) && g_strcmp0 (handled, today) <= 0 &&
      g_strcmp0 (handled, reference) > 0)
    reference = handled;
  /* A new holder has had no time to enforce yet. */
  if (reference == NULL && issued >= 0)
    reference = zf_officer_event_get_date (EV (events, issued));

  cutoff = zf_date_add_months (today, -12 * settings->inactive_years);
  if (reference != NULL && cutoff != NULL && strcmp (reference, cutoff) < 0)
    zf_findings_add (findings, "R8", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                     _("No enforcement activity recorded since %s (%d years): on the "
                       "clean-up list."), reference, settings->inactive_years);

  if (!zf_record_get_int (ZF_RECORD (officer), "enforcement_post"))
    zf_findings_add (findings, "R8", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                     _("Holds a certificate without an enforcement post: on the clean-up list."));

  if (zf_officer_events_last_of (events, "misconduct") >= 0)
    zf_findings_add (findings, "R8", CLAUSE_S0_OFFICERS, ZF_SEVERITY_WARNING,
                     _("Misconduct is recorded: on the clean-up list."));
}

/* R9 */

void
zf_rule_officer_referral (GPtrArray *events,
                          GPtrArray *findings,
                          GPtrArray *proposals)
{
  for (int i = (int) events->len - 1; i >= 0; i--)
    {
      ZfOfficerEvent *e = EV (events, i);
      const char *ground = zf_officer_event_get_ground (e);
      g_autofree char *reason = NULL;

      if (!KIND_IS (e, "misconduct") || ground == NULL ||
          (strcmp (ground, "violation") != 0 && strcmp (ground, "abuse") != 0 &&
           strcmp (ground, "criminal") != 0))
        continue;
      if (zf_officer_events_any_after (events, i, "referral", NULL))
        return;

      reason = g_strdup_printf (_("%s on %s: the leads are referred to the discipline "
                                  "inspection organ (纪检监察)."),
                                zf_code_label (&zf_misconduct_grounds, ground),
                                zf_officer_event_get_date (e));
      zf_findings_add (findings, "R9", CLAUSE_CONDUCT, ZF_SEVERITY_WARNING, "%s", reason);
      zf_officer_propose_action (proposals, "R9", CLAUSE_CONDUCT, "referral", reason);
      return;
    }
}

/* R10 */

const char *const zf_officer_public_columns[] = {
  "name", "body_name", "title", "certificate_number", "enforcement_category",
  "enforcement_area", NULL
};

gboolean
zf_rule_officer_public_columns (const char *const *columns,
                                GPtrArray         *findings)
{
  gboolean ok = TRUE;

  for (guint i = 0; columns && columns[i]; i++)
    if (!g_strv_contains (zf_officer_public_columns, columns[i]))
      {
        zf_findings_add (findings, "R10", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                         _("A published officer list may not show “%s”: only name, unit, "
                           "title, certificate number, category and area."), columns[i]);
        ok = FALSE;
      }
  return ok;
}

/* Event admission */

static gboolean
passed_after (GPtrArray  *events,
              int         from,
              const char *kind,
              int        *at)
{
  for (guint i = from + 1; i < events->len; i++)
    if (KIND_IS (EV (events, i), kind) && zf_officer_event_get_passed (EV (events, i)) == 1)
      {
        *at = i;
        return TRUE;
      }
  return FALSE;
}

/* Long: one check per kind of event, each short, against one status
 * machine. */
void
zf_rule_officer_event_allowed (GPtrArray      *events,
                               ZfOfficerEvent *event,
                               GPtrArray      *findings)
{
  const char *kind = zf_officer_event_get_kind (event);
  const char *date = zf_officer_event_get_date (event);
  double hours = zf_officer_event_get_hours (event);
  gint64 passed = zf_officer_event_get_passed (event);
  GPtrArray *all = events;
  g_autoptr(GPtrArray) known = NULL;
  const char *status, *next;
  gboolean changes;

  /* Judged on the day of the event, which may be entered after later ones:
   * the status then, from the events dated on or before it. */
  if (zf_date_is_valid (date))
    events = known = zf_officer_events_until (all, date);
  status = zf_certificate_derive_status (events, NULL, NULL);

  if (!zf_code_is_valid (&zf_officer_event_kinds, kind))
    {
      zf_findings_add (findings, "O0", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR, _("Unknown event “%s”."), kind);
      return;
    }
  if (!zf_date_is_valid (zf_officer_event_get_date (event)))
    zf_findings_add (findings, "O0", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                     _("Every event needs its date (write it as 2023-03-21)."));

  if ((next = zf_certificate_next_status (status, kind)) == NULL)
    {
      zf_findings_add (findings, "O2", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                       _("“%s” cannot be recorded while the certificate is “%s”."),
                       zf_code_label (&zf_officer_event_kinds, kind),
                       zf_code_label (&zf_certificate_statuses, status));
      return;
    }
  /* The events dated after it that changed the status must still follow
   * from the status it leaves. */
  changes = strcmp (next, status) != 0;
  for (guint i = events->len; known != NULL && changes && i < all->len; i++)
    {
      const char *later = zf_officer_event_get_kind (EV (all, i));
      const char *was = zf_certificate_next_status (status, later);
      const char *after = zf_certificate_next_status (next, later);

      if (was == NULL)
        continue;
      status = was;
      if (after == NULL)
        {
          zf_findings_add (findings, "O2", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                           _("“%s” on %s would leave the certificate “%s”, and the “%s” of "
                             "%s recorded after it could not follow."),
                           zf_code_label (&zf_officer_event_kinds, kind), date,
                           zf_code_label (&zf_certificate_statuses, next),
                           zf_code_label (&zf_officer_event_kinds, later),
                           zf_officer_event_get_date (EV (all, i)));
          break;
        }
      next = after;
    }

  if (strcmp (kind, "training") == 0 && !(hours > 0))
    zf_findings_add (findings, "O0", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                     _("A training record needs its hours."));
  else if (strcmp (kind, "assessment") == 0 &&
           !zf_code_is_valid (&zf_assessment_grades, zf_officer_event_get_grade (event)))
    zf_findings_add (findings, "O0", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                     _("An assessment needs its grade."));
  else if (strcmp (kind, "misconduct") == 0 &&
           !zf_code_is_valid (&zf_misconduct_grounds, zf_officer_event_get_ground (event)))
    zf_findings_add (findings, "O0", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                     _("A misconduct record needs its ground."));
  else if ((strcmp (kind, "exam") == 0 || strcmp (kind, "capability_test") == 0 ||
            g_str_has_prefix (kind, "review_")) && passed < 0)
    zf_findings_add (findings, "O0", CLAUSE_S0_OFFICERS, ZF_SEVERITY_ERROR,
                     _("Say whether the review, exam or test was passed."));

  if (strcmp (kind, "assessment") == 0 &&
      zf_record_get_int (ZF_RECORD (event), "assessment_year") > zf_date_year (zf_officer_event_get_date (event)) &&
      zf_date_is_valid (zf_officer_event_get_date (event)))
    zf_findings_add (findings, "O0", NULL, ZF_SEVERITY_ERROR,
                     _("An assessment entered on %s cannot grade a later year (%lld)."),
                     zf_officer_event_get_date (event),
                     (long long) zf_record_get_int (ZF_RECORD (event), "assessment_year"));

  if (strcmp (kind, "review_second") == 0 || strcmp (kind, "review_final") == 0 ||
      strcmp (kind, "issued") == 0)
    {
      /* 初审 → 复审 → 复核 → exam → issue, each passed, in this order. */
      static const char *const steps[] = { "review_first", "review_second", "review_final", "exam" };
      int from = zf_officer_events_last_of (events, "applied");
      guint needed = strcmp (kind, "review_second") == 0 ? 1 : strcmp (kind, "review_final") == 0 ? 2 : 4;

      for (guint s = 0; s < needed; s++)
        {
          int at;
          if (!passed_after (events, from, steps[s], &at))
            {
              zf_findings_add (findings, "O2", CLAUSE_ELIGIBILITY, ZF_SEVERITY_ERROR,
                               _("“%s” needs a passed “%s” first (初审 → 复审 → 复核 → exam)."),
                               zf_code_label (&zf_officer_event_kinds, kind),
                               zf_code_label (&zf_officer_event_kinds, steps[s]));
              break;
            }
          from = at;
        }
    }

  if (strcmp (kind, "return") == 0)
    {
      g_autoptr(GString) missing = g_string_new (NULL);
      if (!zf_officer_return_ready (events, missing))
        zf_findings_add (findings, "R3", CLAUSE_CONDUCT, ZF_SEVERITY_ERROR,
                         _("The certificate cannot be returned yet: it needs %s after the "
                           "suspension."), missing->str);
    }
}

/* Refusals of a write */

gboolean
zf_rule_certificate_number (const char  *number,
                            GError     **error)
{
  if (is_blank (number))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The certificate needs its number."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_certificate_valid_until (const char  *valid_until,
                                 GError     **error)
{
  if (valid_until != NULL && !zf_date_is_valid (valid_until))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("%s “%s” is not a date (write it as 2023-03-21)."),
                   _("Valid until"), valid_until);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_certificate_taken_over (const char  *issue_date,
                                const char  *number,
                                GError     **error)
{
  if (!zf_date_is_valid (issue_date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("%s “%s” is not a date (write it as 2023-03-21)."),
                   _("Issue date"), issue_date ? issue_date : "");
      return FALSE;
    }
  return zf_rule_certificate_number (number, error);
}

gboolean
zf_rule_proposal_confirmation (const char  *action,
                               const char  *doc_number,
                               GError     **error)
{
  if (is_blank (doc_number))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Confirming “%s” needs the document number (文号) it was decided by."),
                   zf_code_label (&zf_officer_event_kinds, action));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_officer_settings (const ZfOfficerSettings  *settings,
                          GError                  **error)
{
  if (!(settings->training_hours_min >= 0) || settings->certificate_validity_years < 1 ||
      settings->expiry_warning_days < 0 || settings->exam_before_expiry_months < 0 ||
      settings->inactive_years < 1 || settings->training_years_back < 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Training hours, validity, warning period and inactive years must be "
                     "positive numbers."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_officer_post_section (const char  *post,
                              gboolean     has_section,
                              GError     **error)
{
  if (!is_blank (post) && !has_section)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The post “%s” belongs to a section: give the section too."), post);
      return FALSE;
    }
  return TRUE;
}

/* All together */

void
zf_officer_propose (ZfOfficer               *officer,
                    GPtrArray               *events,
                    const char              *today,
                    const ZfOfficerSettings *settings,
                    GPtrArray               *findings,
                    GPtrArray               *proposals)
{
  g_autoptr(GPtrArray) found = zf_proposals_new ();
  gboolean revoke = FALSE;

  zf_rule_officer_irregular_conduct (events, findings, found);
  zf_rule_officer_incompetent (events, findings, found);
  zf_rule_officer_return (events, findings, found);
  zf_rule_officer_revocation (events, findings, found);
  zf_rule_officer_capability_test (events, findings, found);
  zf_rule_officer_biennial_exam (events, zf_record_get_string (ZF_RECORD (officer), "valid_until"),
                                 today, settings, findings, found);
  zf_rule_officer_referral (events, findings, found);

  for (guint i = 0; i < found->len; i++)
    if (strcmp (((ZfProposal *) found->pdata[i])->action, "revocation") == 0)
      revoke = TRUE;

  for (guint i = 0; i < found->len; i++)
    {
      ZfProposal *p = found->pdata[i];

      /* Revocation is the stronger consequence of the same facts. */
      if (revoke && (strcmp (p->action, "suspension") == 0 || strcmp (p->action, "return") == 0 ||
                     strcmp (p->action, "cancellation") == 0))
        continue;
      if (proposals)
        g_ptr_array_add (proposals, zf_proposal_copy (p));
    }
}

void
zf_officer_check (ZfOfficer               *officer,
                  GPtrArray               *events,
                  const char              *today,
                  const ZfOfficerSettings *settings,
                  GPtrArray               *findings,
                  GPtrArray               *proposals)
{
  /* Judged as of @today: an event dated after it was not known then. */
  g_autoptr(GPtrArray) known = zf_officer_events_until (events, today);
  const char *valid_until = zf_record_get_string (ZF_RECORD (officer), "valid_until");
  const char *status;

  events = known;
  status = zf_certificate_derive_status (events, valid_until, today);

  zf_rule_officer_fields (officer, findings);
  zf_officer_propose (officer, events, today, settings, findings, proposals);
  if (strcmp (status, "valid") == 0 || strcmp (status, "suspended") == 0 ||
      g_strcmp0 (zf_officer_get_staffing (officer), "auxiliary") == 0)
    zf_rule_officer_training_hours (events, zf_date_year (today), settings, findings);
  zf_rule_officer_training_years (officer, events, today, settings, findings);
  zf_rule_officer_cleanup (officer, events, today, settings, findings);
  zf_rule_officer_expiry (status, valid_until, today, settings, findings);
}
