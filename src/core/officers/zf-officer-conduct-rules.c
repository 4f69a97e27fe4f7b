#define G_LOG_DOMAIN "zf-officer-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-i18n.h"
#include "zf-officer-rules-private.h"

/* R1–R4: the rules of conduct (S1 §二(二)2) over an officer's events:
 * irregular conduct, an incompetent assessment, the return of a suspended
 * card and its revocation. */

/* R1 */

void
zf_rule_officer_irregular_conduct (GPtrArray *events,
                                   GPtrArray *findings,
                                   GPtrArray *proposals)
{
  guint offences = 0, answered = 0;

  /* In date order: a reminder or criticism answers an offence recorded
   * before it, never one that came later. */
  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);
      const char *rule = zf_record_get_string (ZF_RECORD (e), "rule");

      if (KIND_IS (e, "misconduct") && g_strcmp0 (zf_officer_event_get_ground (e), "irregular") == 0)
        offences++;
      else if ((KIND_IS (e, "reminder") || KIND_IS (e, "criticism")) &&
               (rule == NULL || strcmp (rule, "R1") == 0) && answered < offences)
        answered++;
    }

  if (offences <= answered)
    return;

  if (answered == 0)
    {
      g_autofree char *reason =
        g_strdup (_("First irregular conduct without serious consequence: a talk reminder "
                    "(谈话提醒) by the supervision body."));
      zf_findings_add (findings, "R1", CLAUSE_CONDUCT, ZF_SEVERITY_WARNING, "%s", reason);
      zf_officer_propose_action (proposals, "R1", CLAUSE_CONDUCT, "reminder", reason);
    }
  else
    {
      g_autofree char *reason =
        g_strdup_printf (_("Irregular conduct no. %u without serious consequence: a circulated "
                           "criticism (通报批评) by the supervision body."), answered + 1);
      zf_findings_add (findings, "R1", CLAUSE_CONDUCT, ZF_SEVERITY_WARNING, "%s", reason);
      zf_officer_propose_action (proposals, "R1", CLAUSE_CONDUCT, "criticism", reason);
    }
}

/* R2 */

/* The assessment of the latest year graded (the last entered for that
 * year), or -1. The year is the one the grade is for, not the entry's. */
static int
last_assessment (GPtrArray *events)
{
  int best = -1, best_year = 0;

  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);
      int y;

      if (!KIND_IS (e, "assessment"))
        continue;
      y = zf_officer_event_get_assessment_year (e);
      if (best < 0 || y >= best_year)
        {
          best = i;
          best_year = y;
        }
    }
  return best;
}

void
zf_rule_officer_incompetent (GPtrArray *events,
                             GPtrArray *findings,
                             GPtrArray *proposals)
{
  int last = last_assessment (events);
  g_autofree char *reason = NULL;
  ZfOfficerEvent *e;

  if (last < 0)
    return;
  e = EV (events, last);
  if (g_strcmp0 (zf_officer_event_get_grade (e), "incompetent") != 0)
    return;
  if (zf_officer_events_any_after (events, last, "suspension", NULL) || zf_officer_events_any_after (events, last, "revocation", NULL))
    return;
  if (g_strcmp0 (zf_certificate_derive_status (events, NULL, NULL), "valid") != 0)
    return;

  reason = g_strdup_printf (_("The annual assessment of %d is 不称职 (incompetent): the "
                              "certificate is suspended and enforcement qualification paused."),
                            zf_officer_event_get_assessment_year (e));
  zf_findings_add (findings, "R2", CLAUSE_CONDUCT, ZF_SEVERITY_ERROR, "%s", reason);
  zf_officer_propose_action (proposals, "R2", CLAUSE_CONDUCT, "suspension", reason);
}

/* R3 (and R6's return after a passed retake): what the events after the
 * suspension at @s and before @end hold. Fills what is missing. */
static gboolean
return_ready_between (GPtrArray  *events,
                      int         s,
                      guint       end,
                      GString    *missing)
{
  gboolean trained = FALSE, passed = FALSE, retake = FALSE;
  gboolean after_test;

  if (s < 0)
    return FALSE;
  after_test = g_strcmp0 (zf_record_get_string (ZF_RECORD (EV (events, s)), "rule"), "R6") == 0;

  for (guint i = s + 1; i < end; i++)
    {
      ZfOfficerEvent *e = EV (events, i);

      if (KIND_IS (e, "training") && zf_officer_event_get_hours (e) > 0)
        trained = TRUE;
      else if (KIND_IS (e, "exam") && zf_officer_event_get_passed (e) == 1)
        passed = TRUE;
      else if (KIND_IS (e, "capability_test") && zf_officer_event_get_passed (e) == 1)
        retake = passed = TRUE;
    }

  /* A card suspended for failing the retake comes back with a passed retake. */
  if (after_test)
    {
      if (!retake && missing)
        g_string_append (missing, _("a passed capability retest"));
      return retake;
    }

  if (missing)
    {
      if (!trained)
        g_string_append (missing, _("training"));
      if (!trained && !passed)
        g_string_append (missing, _(" and "));
      if (!passed)
        g_string_append (missing, _("a passed exam"));
    }
  return trained && passed;
}

gboolean
zf_officer_return_ready (GPtrArray  *events,
                         GString    *missing)
{
  return return_ready_between (events, zf_officer_events_last_of (events, "suspension"), events->len, missing);
}

void
zf_rule_officer_return (GPtrArray *events,
                        GPtrArray *findings,
                        GPtrArray *proposals)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  int suspension = -1;

  /* Every return on record: the card came back only after training and a
   * passed exam since its suspension. A return entered by an import or
   * before this rule existed is judged too. */
  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);

      if (KIND_IS (e, "suspension"))
        suspension = i;
      else if (KIND_IS (e, "return") && suspension >= 0)
        {
          g_string_truncate (missing, 0);
          if (!return_ready_between (events, suspension, i, missing))
            zf_findings_add (findings, "R3", CLAUSE_CONDUCT, ZF_SEVERITY_ERROR,
                             _("The certificate was returned on %s without %s after the "
                               "suspension of %s."),
                             zf_officer_event_get_date (e), missing->str,
                             zf_officer_event_get_date (EV (events, suspension)));
          suspension = -1;
        }
    }

  if (g_strcmp0 (zf_certificate_derive_status (events, NULL, NULL), "suspended") != 0)
    return;

  g_string_truncate (missing, 0);
  if (zf_officer_return_ready (events, missing))
    {
      g_autofree char *reason =
        g_strdup (_("The suspended officer has been trained and passed the exam since the "
                    "suspension: the certificate may be returned."));
      zf_findings_add (findings, "R3", CLAUSE_CONDUCT, ZF_SEVERITY_INFO, "%s", reason);
      zf_officer_propose_action (proposals, "R3", CLAUSE_CONDUCT, "return", reason);
    }
  else
    zf_findings_add (findings, "R3", CLAUSE_CONDUCT, ZF_SEVERITY_INFO,
                     _("The certificate is suspended; it is returned after %s."), missing->str);
}

/* R4 */

static gboolean
consecutive_incompetent_years (GPtrArray *events,
                               int       *first_year)
{
  g_autoptr(GHashTable) grades = g_hash_table_new (NULL, NULL);
  gboolean found = FALSE;

  *first_year = 0;
  /* The last assessment entered for a year is that year's grade; the year
   * is the one graded, not the date of entry. */
  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);

      if (!KIND_IS (e, "assessment"))
        continue;
      g_hash_table_insert (grades, GINT_TO_POINTER (zf_officer_event_get_assessment_year (e)),
                           GINT_TO_POINTER (g_strcmp0 (zf_officer_event_get_grade (e), "incompetent") == 0 ? 2 : 1));
    }

  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);
      int y;

      if (!KIND_IS (e, "assessment"))
        continue;
      y = zf_officer_event_get_assessment_year (e);
      if (GPOINTER_TO_INT (g_hash_table_lookup (grades, GINT_TO_POINTER (y))) == 2 &&
          GPOINTER_TO_INT (g_hash_table_lookup (grades, GINT_TO_POINTER (y + 1))) == 2 &&
          (!found || y < *first_year))
        {
          *first_year = y;
          found = TRUE;
        }
    }
  return found;
}

void
zf_rule_officer_revocation (GPtrArray *events,
                            GPtrArray *findings,
                            GPtrArray *proposals)
{
  g_autoptr(GString) grounds = g_string_new (NULL);
  g_autofree char *reason = NULL;
  guint suspensions = 0;
  int year;

  for (guint i = 0; i < events->len; i++)
    {
      ZfOfficerEvent *e = EV (events, i);
      const char *ground = zf_officer_event_get_ground (e);

      if (KIND_IS (e, "suspension"))
        suspensions++;
      else if (KIND_IS (e, "misconduct") && ground != NULL &&
               strcmp (ground, "irregular") != 0 && strcmp (ground, "violation") != 0)
        {
          if (grounds->len)
            g_string_append (grounds, _("; "));
          g_string_append (grounds, zf_code_label (&zf_misconduct_grounds, ground));
        }
    }

  if (suspensions >= 2)
    {
      if (grounds->len)
        g_string_append (grounds, _("; "));
      g_string_append_printf (grounds, _("certificate suspended %u times"), suspensions);
    }
  if (consecutive_incompetent_years (events, &year))
    {
      if (grounds->len)
        g_string_append (grounds, _("; "));
      g_string_append_printf (grounds, _("assessed 不称职 in %d and %d"), year, year + 1);
    }

  if (grounds->len == 0)
    return;
  if (zf_certificate_next_status (zf_certificate_derive_status (events, NULL, NULL), "revocation") == NULL)
    return;

  reason = g_strdup_printf (_("Ground for revocation: %s. The certificate is taken back, "
                              "the qualification cancelled and the officer must leave the "
                              "enforcement post."), grounds->str);
  zf_findings_add (findings, "R4", CLAUSE_CONDUCT, ZF_SEVERITY_ERROR, "%s", reason);
  zf_officer_propose_action (proposals, "R4", CLAUSE_CONDUCT, "revocation", reason);
}
