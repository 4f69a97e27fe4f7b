#include "config.h"

#include <math.h>
#include <string.h>

#include "officer-test-util.h"
#include "zf-error.h"
#include "zf-officer-rules.h"
#include "zf-test-util.h"

#define B "applied@2019-01-01 issued@2019-03-01 "

static char *
proposals_string (GPtrArray *proposals)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < proposals->len; i++)
    {
      ZfProposal *p = proposals->pdata[i];
      g_string_append_printf (s, "%s%s:%s", s->len ? "," : "", p->rule, p->action);
    }
  return g_string_free (s, FALSE);
}

static char *
error_rules (GPtrArray *findings)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      ZfFinding *f = findings->pdata[i];
      if (f->severity == ZF_SEVERITY_ERROR && !strstr (s->str, f->rule))
        g_string_append_printf (s, "%s%s", s->len ? "," : "", f->rule);
    }
  return g_string_free (s, FALSE);
}

static gboolean
has_finding (GPtrArray  *findings,
             const char *rule)
{
  for (guint i = 0; i < findings->len; i++)
    if (strcmp (((ZfFinding *) findings->pdata[i])->rule, rule) == 0)
      return TRUE;
  return FALSE;
}

/* Status derivation */

static const struct { const char *events; const char *valid_until; const char *today; const char *status; } status_cases[] = {
  { "", NULL, NULL, "none" },
  { "applied@2019-01-01", NULL, NULL, "applying" },
  { B, NULL, NULL, "valid" },
  { B, "2024-02-29", "2024-02-29", "valid" },
  { B, "2024-02-29", "2024-03-01", "expired" },
  { B "suspension@2020-01-01", "2020-01-02", "2030-01-01", "suspended" },
  { B "suspension@2020-01-01 return@2020-06-01", NULL, NULL, "valid" },
  { B "revocation@2020-01-01", NULL, NULL, "revoked" },
  { B "revocation@2020-01-01 applied@2021-01-01", NULL, NULL, "revoked" },
  { B "cancellation@2020-01-01", NULL, NULL, "cancelled" },
  { B "cancellation@2020-01-01 applied@2021-01-01", NULL, NULL, "applying" },
  { B "lost_reissued@2020-01-01", NULL, NULL, "valid" },
  { B "training@2020-01-01/h=8 assessment@2020-12-31/g=incompetent", NULL, NULL, "valid" },
  { "issued@2019-03-01", NULL, NULL, "none" },
  { B "return@2020-01-01", NULL, NULL, "valid" },
};

static void
test_derive_status (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (status_cases[i].events);
      const char *status = zf_certificate_derive_status (events, status_cases[i].valid_until,
                                                         status_cases[i].today);
      g_test_message ("case %u: %s", i, status_cases[i].events);
      g_assert_cmpstr (status, ==, status_cases[i].status);
    }
}

/* Proposals of R1–R4, R6, R7, R9 */

static const struct { const char *events; const char *expected; } propose_cases[] = {
  /* R1: 1st reminder, 2nd criticism, answered ones count */
  { B "misconduct@2020-01-01/ground=irregular", "R1:reminder" },
  { B "misconduct@2020-01-01/ground=irregular reminder@2020-01-05/rule=R1 "
      "misconduct@2020-03-01/ground=irregular", "R1:criticism" },
  { B "misconduct@2020-01-01/ground=irregular reminder@2020-01-05/rule=R1 "
      "misconduct@2020-03-01/ground=irregular criticism@2020-03-05/rule=R1", "" },
  { B "misconduct@2020-01-01/ground=irregular reminder@2020-01-05/rule=R6", "R1:reminder" },
  /* R1 in date order: a reminder answers an offence before it, not a later one */
  { B "reminder@2020-01-01/rule=R1 misconduct@2020-02-01/ground=irregular", "R1:reminder" },
  { B "misconduct@2020-01-01/ground=irregular reminder@2020-01-01/rule=R1", "" },
  { B "misconduct@2020-01-01/ground=irregular reminder@2020-01-05/rule=R1 "
      "reminder@2020-01-06/rule=R1 misconduct@2020-03-01/ground=irregular", "R1:criticism" },
  /* R2, R4: the year the grade is for, not the day it was entered */
  { B "assessment@2021-12-31/g=competent/y=2021 assessment@2022-01-05/g=incompetent/y=2020", "" },
  { B "assessment@2021-12-31/g=competent assessment@2022-01-05/g=incompetent", "R2:suspension" },
  { B "assessment@2021-01-05/g=incompetent/y=2020 assessment@2021-12-20/g=incompetent/y=2021",
    "R4:revocation" },
  { B "assessment@2021-01-05/g=incompetent assessment@2021-12-20/g=incompetent", "R2:suspension" },
  { B "assessment@2019-12-28/g=incompetent/y=2019 assessment@2021-01-05/g=incompetent/y=2020",
    "R4:revocation" },
  { B "assessment@2019-12-28/g=incompetent/y=2019 assessment@2021-01-05/g=incompetent/y=2021",
    "R2:suspension" },
  /* R2 */
  { B "assessment@2021-12-31/g=incompetent", "R2:suspension" },
  { B "assessment@2021-12-31/g=basically_competent", "" },
  { B "assessment@2021-12-31/g=incompetent suspension@2022-01-10", "" },
  { "assessment@2021-12-31/g=incompetent", "" },
  /* R3: training AND a passed exam after the suspension */
  { B "assessment@2020-12-31/g=incompetent suspension@2021-01-10 training@2021-03-01/h=16 "
      "exam@2021-04-01/p=1", "R3:return" },
  { B "assessment@2020-12-31/g=incompetent suspension@2021-01-10 training@2021-03-01/h=16", "" },
  { B "assessment@2020-12-31/g=incompetent suspension@2021-01-10 exam@2021-04-01/p=1", "" },
  { B "assessment@2020-12-31/g=incompetent suspension@2021-01-10 training@2021-03-01/h=16 "
      "exam@2021-04-01/p=0", "" },
  { B "training@2020-11-01/h=16 exam@2020-12-01/p=1 suspension@2021-01-10", "" },
  /* R4: the 2nd suspension triggers revocation */
  { B "suspension@2020-01-10", "" },
  { B "suspension@2020-01-10 return@2020-06-01 suspension@2021-01-10", "R4:revocation" },
  /* R4: two consecutive years 不称职, not two years apart */
  { B "assessment@2020-12-31/g=incompetent suspension@2021-01-10 "
      "assessment@2021-12-31/g=incompetent", "R4:revocation" },
  { B "assessment@2020-12-31/g=incompetent assessment@2021-12-31/g=incompetent", "R4:revocation" },
  { B "assessment@2019-12-31/g=incompetent suspension@2020-01-10 training@2020-02-01/h=40 "
      "exam@2020-03-01/p=1 return@2020-03-10 assessment@2020-12-31/g=competent "
      "assessment@2021-12-31/g=incompetent", "R2:suspension" },
  { B "assessment@2020-06-30/g=incompetent assessment@2020-12-31/g=competent "
      "assessment@2021-12-31/g=incompetent", "R2:suspension" },
  /* R4 grounds, R9 referral */
  { B "misconduct@2020-05-01/ground=rough", "R4:revocation" },
  { B "misconduct@2020-05-01/ground=serious_consequence", "R4:revocation" },
  { B "misconduct@2020-05-01/ground=criminal", "R4:revocation,R9:referral" },
  { B "misconduct@2020-05-01/ground=abuse", "R4:revocation,R9:referral" },
  { B "misconduct@2020-05-01/ground=rough revocation@2020-06-01", "" },
  { B "misconduct@2020-05-01/ground=violation", "R9:referral" },
  { B "misconduct@2020-05-01/ground=violation referral@2020-05-20", "" },
  /* R6: test failed → criticism and retake; retake failed → suspension */
  { B "capability_test@2020-05-01/p=0", "R6:criticism" },
  { B "capability_test@2020-05-01/p=0 criticism@2020-05-10/rule=R6", "" },
  { B "capability_test@2020-05-01/p=0 capability_test@2020-06-01/p=0", "R6:suspension" },
  { B "capability_test@2020-05-01/p=0 capability_test@2020-06-01/p=1 "
      "capability_test@2021-05-01/p=0", "R6:criticism" },
  { B "capability_test@2020-05-01/p=0 capability_test@2020-06-01/p=0 "
      "suspension@2020-06-10/rule=R6 capability_test@2020-08-01/p=1", "R3:return" },
  { B "capability_test@2020-05-01/p=0 capability_test@2020-06-01/p=0 "
      "suspension@2020-06-10/rule=R6 training@2020-07-01/h=40", "" },
  /* R7: a failed exam of the certificate review */
  { B "annual_review@2020-03-01/p=0", "R7:cancellation" },
  { B "annual_review@2020-03-01/p=1", "" },
  { B "annual_review@2020-03-01/p=0 annual_review@2020-09-01/p=1", "" },
};

static void
test_propose (void)
{
  ZfOfficerSettings settings;

  zf_officer_settings_init_defaults (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (propose_cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (propose_cases[i].events);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(GPtrArray) proposals = zf_proposals_new ();
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autofree char *got = NULL;

      /* today just after the events: no calendar findings interfere */
      zf_officer_propose (officer, events, "2020-06-15", &settings, findings, proposals);
      got = proposals_string (proposals);
      g_test_message ("case %u: %s", i, propose_cases[i].events);
      g_assert_cmpstr (got, ==, propose_cases[i].expected);
      for (guint j = 0; j < proposals->len; j++)
        {
          ZfProposal *p = proposals->pdata[j];
          g_assert_nonnull (p->clause);
          g_assert_true (g_str_has_prefix (p->clause, "S"));
          g_assert_true (p->reason && *p->reason);
        }
    }
}

/* Event admission */

static const struct { const char *events; const char *event; const char *errors; } allowed_cases[] = {
  { B, "return@2020-01-01/doc=x", "O2" },
  { B "suspension@2020-01-01", "return@2020-02-01", "R3" },
  { B "suspension@2020-01-01 training@2020-01-10/h=8", "return@2020-02-01", "R3" },
  { B "suspension@2020-01-01 training@2020-01-10/h=8 exam@2020-01-20/p=1", "return@2020-02-01", "" },
  { "applied@2019-01-01", "issued@2019-03-01", "O2" },
  { "applied@2019-01-01 review_first@2019-01-10/p=1 review_second@2019-01-20/p=1 "
    "review_final@2019-02-01/p=1 exam@2019-02-20/p=1", "issued@2019-03-01", "" },
  { "applied@2019-01-01 review_first@2019-01-10/p=1 review_final@2019-02-01/p=1 "
    "exam@2019-02-20/p=1", "issued@2019-03-01", "O2" },
  { "applied@2019-01-01 review_first@2019-01-10/p=1 review_second@2019-01-20/p=1 "
    "review_final@2019-02-01/p=1 exam@2019-02-20/p=0", "issued@2019-03-01", "O2" },
  { "applied@2019-01-01 review_first@2019-01-10/p=0", "review_second@2019-01-20/p=1", "O2" },
  { "applied@2019-01-01 review_first@2019-01-10/p=1", "review_second@2019-01-20/p=1", "" },
  { "applied@2019-01-01", "review_first@2019-01-10", "O0" },
  { "", "suspension@2020-01-01", "O2" },
  { "", "review_first@2019-01-10/p=1", "O2" },
  { B, "training@2020-01-01", "O0" },
  { B, "training@2020-01-01/h=8", "" },
  { B, "assessment@2020-12-31", "O0" },
  { B, "misconduct@2020-12-31", "O0" },
  { B, "misconduct@2020-12-31/ground=rough", "" },
  { B "revocation@2020-01-01", "applied@2021-01-01", "O2" },
  { B "revocation@2020-01-01", "suspension@2021-01-01", "O2" },
  { B, "suspension@2020-13-01", "O0" },
  { B, "holiday@2020-01-01", "O0" },
  /* Judged on its own date, though entered after later events: a return
   * before the training and exam dated after it is refused… */
  { B "suspension@2020-01-01 training@2020-03-01/h=8 exam@2020-03-02/p=1", "return@2020-02-01", "R3" },
  { B "suspension@2020-01-01 training@2020-03-01/h=8 exam@2020-03-02/p=1", "return@2020-03-02", "" },
  /* …a suspension inside a recorded suspension is one suspension… */
  { B "suspension@2020-01-01 training@2020-03-01/h=8 exam@2020-03-02/p=1 return@2020-04-01",
    "suspension@2020-02-01", "O2" },
  { B "suspension@2020-01-01 training@2020-03-01/h=8 exam@2020-03-02/p=1 return@2020-04-01",
    "suspension@2020-04-01", "" },
  { B "suspension@2020-01-01 training@2020-03-01/h=8 exam@2020-03-02/p=1 return@2020-04-01",
    "suspension@2019-12-31", "O2" },
  /* …and a revocation before a later recorded return is refused. */
  { B "suspension@2020-01-01 training@2020-03-01/h=8 exam@2020-03-02/p=1 return@2020-04-01",
    "revocation@2020-02-01", "O2" },
  { B "suspension@2020-01-01", "training@2019-06-01/h=8", "" },
  { B, "suspension@2019-02-28", "O2" },
};

static void
test_event_allowed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed_cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (allowed_cases[i].events);
      g_autoptr(ZfOfficerEvent) event = officer_test_event (allowed_cases[i].event);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autofree char *got = NULL;

      zf_rule_officer_event_allowed (events, event, findings);
      got = error_rules (findings);
      g_test_message ("case %u: %s + %s", i, allowed_cases[i].events, allowed_cases[i].event);
      g_assert_cmpstr (got, ==, allowed_cases[i].errors);
    }
}

/* R3 in the check: every return on record came after training and a
 * passed exam since its suspension. */
static const struct { const char *events; gboolean error; } return_cases[] = {
  { B "suspension@2020-01-10 return@2020-02-01", TRUE },
  { B "suspension@2020-01-10 training@2020-01-15/h=8 exam@2020-01-20/p=1 return@2020-02-01", FALSE },
  { B "suspension@2020-01-10 training@2020-01-15/h=8 return@2020-02-01 exam@2020-03-01/p=1", TRUE },
  { B "training@2020-01-05/h=8 exam@2020-01-08/p=1 suspension@2020-01-10 return@2020-02-01", TRUE },
  { B "suspension@2020-01-10/rule=R6 capability_test@2020-01-20/p=1 return@2020-02-01", FALSE },
  { B "suspension@2019-05-01 training@2019-05-02/h=8 exam@2019-05-03/p=1 return@2019-05-04 "
      "suspension@2020-01-10 return@2020-02-01", TRUE },
  { B "suspension@2020-01-10", FALSE },
};

static void
test_return_history (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (return_cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (return_cases[i].events);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autofree char *got = NULL;

      zf_rule_officer_return (events, findings, NULL);
      got = error_rules (findings);
      g_test_message ("case %u: %s", i, return_cases[i].events);
      g_assert_cmpstr (got, ==, return_cases[i].error ? "R3" : "");
    }
}

/* A card's status on a day, from the events dated on or before it. */
static void
test_status_on (void)
{
  static const struct {
    const char *events;
    const char *issue;
    const char *until;
    const char *cached;
    const char *date;
    const char *status;
    const char *since;
  } cases[] = {
    { B "suspension@2020-01-10 return@2020-06-01", "2019-03-01", "2024-02-29", "valid", "2020-01-09", "valid", "2019-03-01" },
    { B "suspension@2020-01-10 return@2020-06-01", "2019-03-01", "2024-02-29", "valid", "2020-01-10", "suspended", "2020-01-10" },
    { B "suspension@2020-01-10 return@2020-06-01", "2019-03-01", "2024-02-29", "valid", "2020-05-31", "suspended", "2020-01-10" },
    { B "suspension@2020-01-10 return@2020-06-01", "2019-03-01", "2024-02-29", "valid", "2020-06-01", "valid", "2020-06-01" },
    { B "suspension@2020-01-10 return@2020-06-01", "2019-03-01", "2024-02-29", "valid", "2024-02-29", "valid", "2020-06-01" },
    { B "suspension@2020-01-10 return@2020-06-01", "2019-03-01", "2024-02-29", "valid", "2024-03-01", "expired", "2024-02-29" },
    { B, "2019-03-01", "2024-02-29", "valid", "2019-02-28", "none", "2019-03-01" },
    { B, "2019-03-01", "2024-02-29", "valid", "2019-03-01", "valid", "2019-03-01" },
    { B "revocation@2021-01-01", "2019-03-01", "2024-02-29", "revoked", "2020-12-31", "valid", "2019-03-01" },
    { B "revocation@2021-01-01", "2019-03-01", "2024-02-29", "revoked", "2021-01-01", "revoked", "2021-01-01" },
    /* a roster without history: today's status, undated */
    { "", "2019-03-01", "2024-02-29", "suspended", "2020-01-01", "suspended", NULL },
    { "", "2019-03-01", "2024-02-29", "valid", "2020-01-01", "valid", NULL },
    /* a card entered with its dates, then a suspension recorded */
    { "suspension@2020-01-10", "2019-03-01", "2024-02-29", "suspended", "2020-01-09", "valid", "2019-03-01" },
    { "suspension@2020-01-10", "2019-03-01", "2024-02-29", "suspended", "2020-01-10", "suspended", "2020-01-10" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (cases[i].events);
      const char *since = NULL;
      const char *status = zf_certificate_status_on (events, cases[i].issue, cases[i].until,
                                                     cases[i].cached, cases[i].date, &since);

      g_test_message ("case %u: %s on %s", i, cases[i].events, cases[i].date);
      g_assert_cmpstr (status, ==, cases[i].status);
      g_assert_cmpstr (since, ==, cases[i].since);
    }
}

/* The card that speaks for a date: the last issued on or before it, else
 * the earliest issued after it. */
static void
test_card_on (void)
{
  static const char *const two[] = { "2014-03-01", "2019-03-01" };
  static const char *const later[] = { "2026-01-01", NULL, "2025-01-01" };
  static const char *const undated[] = { NULL, "" };

  g_assert_cmpint (zf_certificate_card_on (NULL, 0, "2020-01-01"), ==, -1);
  g_assert_cmpint (zf_certificate_card_on (two, 2, "2019-02-28"), ==, 0);
  g_assert_cmpint (zf_certificate_card_on (two, 2, "2019-03-01"), ==, 1);
  g_assert_cmpint (zf_certificate_card_on (two, 2, "2014-02-28"), ==, 0);
  g_assert_cmpint (zf_certificate_card_on (later, 3, "2024-12-31"), ==, 2);
  g_assert_cmpint (zf_certificate_card_on (later, 3, "2025-06-01"), ==, 2);
  g_assert_cmpint (zf_certificate_card_on (later, 3, "2026-01-01"), ==, 0);
  g_assert_cmpint (zf_certificate_card_on (undated, 2, "2024-12-31"), ==, 0);
}

/* R5 after the year ends: each closed year the settings still report, in
 * which the officer held a card. */
static void
test_training_years (void)
{
  static const struct {
    const char *events;
    const char *issue;
    const char *today;
    int         back;
    const char *years;   /* the years reported, in order */
  } cases[] = {
    { B "training@2026-06-01/h=10", "2019-03-01", "2027-01-02", 1, "2026" },
    { B "training@2026-06-01/h=40", "2019-03-01", "2027-01-02", 1, "" },
    { B "training@2026-06-01/h=10", "2019-03-01", "2027-01-02", 0, "" },
    { B "training@2026-06-01/h=40", "2019-03-01", "2027-01-02", 2, "2025" },
    { B "training@2026-12-31/h=40", "2019-03-01", "2027-12-31", 1, "" },
    { B "training@2025-12-31/h=40", "2019-03-01", "2027-01-01", 1, "2026" },
    { "applied@2026-01-01 issued@2026-03-01", "2026-03-01", "2027-01-02", 2, "2026" },
    { "applied@2026-01-01 issued@2027-01-01", "2027-01-01", "2027-01-02", 2, "" },
    { B "revocation@2025-06-01", "2019-03-01", "2027-01-02", 2, "2025" },
    { B "cancellation@2024-06-01", "2019-03-01", "2027-01-02", 2, "" },
  };
  ZfOfficerSettings settings;

  zf_officer_settings_init_defaults (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (cases[i].events);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autoptr(GString) years = g_string_new (NULL);

      g_object_set (officer, "issue-date", cases[i].issue, "valid-until", "2031-12-31",
                    "certificate-status", "valid", NULL);
      settings.training_years_back = cases[i].back;
      zf_rule_officer_training_years (officer, events, cases[i].today, &settings, findings);
      for (guint j = 0; j < findings->len; j++)
        {
          ZfFinding *f = findings->pdata[j];

          g_assert_cmpstr (f->rule, ==, "R5");
          for (int y = 2019; y <= 2027; y++)
            {
              g_autofree char *text = g_strdup_printf ("%d", y);
              if (strstr (f->message, text))
                g_string_append_printf (years, "%s%d", years->len ? "," : "", y);
            }
        }
      g_test_message ("case %u: %s on %s", i, cases[i].events, cases[i].today);
      g_assert_cmpstr (years->str, ==, cases[i].years);
    }
}

/* O1 eligibility, S1 §二(二)1 */

static const struct { const char *staffing; gboolean post; gboolean financed; gboolean eligible; } eligibility_cases[] = {
  { "administrative", TRUE, TRUE, TRUE },
  { "civil_service_managed", TRUE, TRUE, TRUE },
  { "institution", TRUE, TRUE, TRUE },
  { "non_staff", TRUE, TRUE, FALSE },
  { "auxiliary", TRUE, TRUE, FALSE },
  { "administrative", FALSE, TRUE, FALSE },
  { "administrative", TRUE, FALSE, FALSE },
};

static void
test_eligibility (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (eligibility_cases); i++)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autoptr(GPtrArray) findings = zf_findings_new ();

      g_object_set (officer, "staffing", eligibility_cases[i].staffing,
                    "enforcement-post", eligibility_cases[i].post,
                    "financed", eligibility_cases[i].financed, NULL);
      zf_rule_officer_eligibility (officer, findings);
      g_assert_cmpint (findings->len == 0, ==, eligibility_cases[i].eligible);
      for (guint j = 0; j < findings->len; j++)
        {
          ZfFinding *f = findings->pdata[j];
          g_assert_cmpstr (f->rule, ==, "O1");
          g_assert_true (f->severity == ZF_SEVERITY_ERROR);
        }
    }
}

/* R5, per calendar year, threshold from the settings */

static const struct { const char *events; int year; double min; gboolean short_of; } training_cases[] = {
  { "training@2022-12-31/h=30 training@2023-01-01/h=20", 2022, 40, TRUE },
  { "training@2022-12-31/h=30 training@2023-01-01/h=20", 2023, 40, TRUE },
  { "training@2022-06-01/h=10 training@2022-12-31/h=30 training@2023-01-01/h=20", 2022, 40, FALSE },
  { "training@2022-06-01/h=10 training@2022-12-31/h=30", 2022, 60, TRUE },
  { "training@2022-06-01/h=60", 2022, 60, FALSE },
  { "training@2022-06-01/h=39.5", 2022, 40, TRUE },
  { "", 2022, 40, TRUE },
  { "", 2022, 0, FALSE },
};

static void
test_training_hours (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (training_cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (training_cases[i].events);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      ZfOfficerSettings settings;

      zf_officer_settings_init_defaults (&settings);
      settings.training_hours_min = training_cases[i].min;
      zf_rule_officer_training_hours (events, training_cases[i].year, &settings, findings);
      g_test_message ("case %u", i);
      g_assert_cmpint (has_finding (findings, "R5"), ==, training_cases[i].short_of);
    }
}

/* R7 exam due, V1 expiry, R8 clean-up: the calendar-driven rules */

static void
test_calendar_rules (void)
{
  ZfOfficerSettings settings;
  g_autoptr(GPtrArray) events = officer_test_events (B);
  g_autoptr(GPtrArray) exam = officer_test_events (B "annual_review@2020-03-01/p=1");
  struct { GPtrArray *events; const char *until; const char *today; const char *rule; gboolean found; } cases[] = {
    { events, "2024-02-29", "2021-02-28", "R7", FALSE },
    { events, "2024-02-29", "2021-03-01", "R7", TRUE },
    { exam, "2024-02-29", "2022-02-28", "R7", FALSE },
    { exam, "2024-02-29", "2022-03-01", "R7", TRUE },
    /* renewal exam in the 6 months before expiry, even after a recent exam */
    { exam, "2022-08-31", "2022-02-28", "R7", TRUE },
    { events, "2024-02-29", "2023-12-01", "V1", TRUE },
    { events, "2024-02-29", "2023-11-30", "V1", FALSE },
    { events, "2024-02-29", "2024-03-01", "V1", TRUE },
  };

  zf_officer_settings_init_defaults (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      const char *status = zf_certificate_derive_status (cases[i].events, cases[i].until, cases[i].today);

      if (strcmp (cases[i].rule, "R7") == 0)
        zf_rule_officer_biennial_exam (cases[i].events, cases[i].until, cases[i].today, &settings,
                                       findings, NULL);
      else
        zf_rule_officer_expiry (status, cases[i].until, cases[i].today, &settings, findings);
      g_test_message ("case %u", i);
      g_assert_cmpint (has_finding (findings, cases[i].rule), ==, cases[i].found);
    }
}

static void
test_cleanup (void)
{
  ZfOfficerSettings settings;
  struct { const char *events; const char *activity; gboolean post; const char *today; gboolean found;
           const char *handled; } cases[] = {
    { B, NULL, TRUE, "2021-02-28", FALSE, NULL },
    { B, NULL, TRUE, "2021-03-02", TRUE, NULL },
    { B "activity@2020-05-01", NULL, TRUE, "2021-03-02", FALSE, NULL },
    { B, "2020-05-01", TRUE, "2022-05-02", TRUE, NULL },
    { B, "2020-05-01", FALSE, "2020-06-01", TRUE, NULL },
    { B "misconduct@2020-01-01/ground=irregular", "2020-05-01", TRUE, "2020-06-01", TRUE, NULL },
    { B "cancellation@2020-01-01", NULL, TRUE, "2025-01-01", FALSE, NULL },
    /* A case file handled is enforcement activity: two years after its
     * decision, a day either side. */
    { B, NULL, TRUE, "2024-05-01", FALSE, "2022-05-01" },
    { B, NULL, TRUE, "2024-05-02", TRUE, "2022-05-01" },
    { B, "2020-05-01", TRUE, "2023-01-01", FALSE, "2022-05-01" },
    /* The stored last activity counts from its day on, not before it (a
     * check as of an earlier date). */
    { B, "2021-03-03", TRUE, "2021-03-02", TRUE, NULL },
    { B, "2021-03-02", TRUE, "2021-03-02", FALSE, NULL },
  };

  zf_officer_settings_init_defaults (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (cases[i].events);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(ZfOfficer) officer = zf_officer_new ();

      g_object_set (officer, "last-activity-date", cases[i].activity,
                    "enforcement-post", cases[i].post, NULL);
      zf_record_set_string (ZF_RECORD (officer), "last_case_date", cases[i].handled);
      zf_rule_officer_cleanup (officer, events, cases[i].today, &settings, findings);
      g_test_message ("case %u", i);
      g_assert_cmpint (has_finding (findings, "R8"), ==, cases[i].found);
    }
}

/* R10 */

static void
test_public_columns (void)
{
  const char *ok[] = { "name", "body_name", "title", "certificate_number", NULL };
  const char *id[] = { "name", "id_number", NULL };
  const char *phone[] = { "phone", NULL };
  const char *address[] = { "name", "address", NULL };
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  g_assert_true (zf_rule_officer_public_columns (zf_officer_public_columns, findings));
  g_assert_true (zf_rule_officer_public_columns (ok, findings));
  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_false (zf_rule_officer_public_columns (id, findings));
  g_assert_false (zf_rule_officer_public_columns (phone, findings));
  g_assert_false (zf_rule_officer_public_columns (address, findings));
  g_assert_cmpuint (findings->len, ==, 3);
  g_assert_cmpstr (((ZfFinding *) findings->pdata[0])->rule, ==, "R10");
}

static void
test_fields (void)
{
  g_autofree char *good = officer_test_id_number ("19850312", 123);
  g_autofree char *bad = g_strdup (good);
  struct { const char *name; gint64 body; const char *id; gboolean ok; } cases[] = {
    { "张伟", 1, good, TRUE },
    { "张伟", 1, NULL, TRUE },
    { NULL, 1, good, FALSE },
    { "张伟", 0, good, FALSE },
    { "张伟", 1, bad, FALSE },
    { "张伟", 1, "42070419851332123X", FALSE },
    { "张伟", 1, "4207041985", FALSE },
  };

  bad[17] = bad[17] == '0' ? '1' : '0';
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autoptr(GPtrArray) findings = zf_findings_new ();

      g_object_set (officer, "name", cases[i].name, "body-id", cases[i].body,
                    "id-number", cases[i].id, NULL);
      zf_rule_officer_fields (officer, findings);
      g_test_message ("case %u", i);
      g_assert_cmpint (!zf_findings_has_errors (findings), ==, cases[i].ok);
    }
}

/* V1: an expired card still in use and one about to expire are both
 * warnings (to be renewed or cancelled), each naming the date. */
static void
test_expiry_severity (void)
{
  ZfOfficerSettings settings;
  struct { const char *status; const char *today; guint n; const char *text; } cases[] = {
    { "valid", "2024-03-01", 1, "2024-02-29" },
    { "expired", "2024-03-01", 1, "2024-02-29" },
    { "valid", "2023-12-01", 1, "90" },
    { "valid", "2023-11-30", 0, NULL },
    { "cancelled", "2024-03-01", 0, NULL },
  };

  zf_officer_settings_init_defaults (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      const ZfFinding *f;

      zf_rule_officer_expiry (cases[i].status, "2024-02-29", cases[i].today, &settings, findings);
      g_assert_cmpuint (findings->len, ==, cases[i].n);
      if (cases[i].n == 0)
        continue;
      f = findings->pdata[0];
      g_assert_cmpstr (f->rule, ==, "V1");
      g_assert_true (f->severity == ZF_SEVERITY_WARNING);
      g_assert_nonnull (strstr (f->message, cases[i].text));
    }
}

/* The refusals of a write to the officers' register, at their edges. */
static void
test_write_refusals (void)
{
  static const struct
  {
    const char *issue_date, *number, *valid_until;
    int         taken_over_error, number_error, until_error;   /* -1 accepted */
  } cards[] = {
    { "2022-11-01", "15010020220001", "2027-10-31", -1, -1, -1 },
    { "2022-11-01", "1", NULL, -1, -1, -1 },
    { "2022-11-01", "", "2027-10-31", ZF_ERROR_INVALID, ZF_ERROR_INVALID, -1 },
    { "2022-11-01", NULL, "2027-10-31", ZF_ERROR_INVALID, ZF_ERROR_INVALID, -1 },
    { "2022-11-31", "1", "2027-10-32", ZF_ERROR_INVALID, -1, ZF_ERROR_INVALID },
    { NULL, "1", "长期", ZF_ERROR_INVALID, -1, ZF_ERROR_INVALID },
  };
  static const struct
  {
    const char *post;
    gboolean    has_section;
    int         error;
  } posts[] = {
    { "行政处罚岗", TRUE, -1 }, { NULL, FALSE, -1 }, { "", FALSE, -1 },
    { "行政处罚岗", FALSE, ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL;
      g_autofree char *what = g_strdup_printf ("card %u", i);
      gboolean ok = zf_rule_certificate_taken_over (cards[i].issue_date, cards[i].number, &e1);

      zf_test_assert_refusal (what, ok, e1, cards[i].taken_over_error);
      ok = zf_rule_certificate_number (cards[i].number, &e2);
      zf_test_assert_refusal (what, ok, e2, cards[i].number_error);
      ok = zf_rule_certificate_valid_until (cards[i].valid_until, &e3);
      zf_test_assert_refusal (what, ok, e3, cards[i].until_error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("post %u", i);
      gboolean ok = zf_rule_officer_post_section (posts[i].post, posts[i].has_section, &error);

      zf_test_assert_refusal (what, ok, error, posts[i].error);
    }
  for (guint i = 0; i < 3; i++)
    {
      static const char *const numbers[] = { "X府发〔2024〕5号", "", NULL };
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_proposal_confirmation ("suspension", numbers[i], &error);

      zf_test_assert_refusal ("proposal", ok, error, i == 0 ? -1 : ZF_ERROR_INVALID);
      if (!ok)
        g_assert_nonnull (strstr (error->message, "Suspension"));
    }
}

/* Each setting one step past its floor is refused; the floors are kept. */
static void
test_settings_refusals (void)
{
  for (guint i = 0; i <= 6; i++)
    {
      ZfOfficerSettings settings;
      g_autoptr(GError) floor_error = NULL, error = NULL;
      g_autofree char *what = g_strdup_printf ("setting %u", i);
      gboolean ok;

      settings = (ZfOfficerSettings) { 0, 1, 0, 0, 1, 0 };
      ok = zf_rule_officer_settings (&settings, &floor_error);
      zf_test_assert_refusal ("floors", ok, floor_error, -1);
      switch (i)
        {
        case 0: settings.training_hours_min = -0.5; break;
        case 1: settings.certificate_validity_years = 0; break;
        case 2: settings.expiry_warning_days = -1; break;
        case 3: settings.exam_before_expiry_months = -1; break;
        case 4: settings.inactive_years = 0; break;
        case 5: settings.training_years_back = -1; break;
        case 6: settings.training_hours_min = NAN; break;
        default: g_assert_not_reached ();
        }
      ok = zf_rule_officer_settings (&settings, &error);
      zf_test_assert_refusal (what, ok, error, ZF_ERROR_INVALID);
    }
}

/* The 需关注 column names what each rule asks for, never its code; a code
 * this build does not know stays visible rather than dropped. */
static void
test_rule_labels (void)
{
  static const struct
  {
    const char *rules;
    const char *labels;
  } cases[] = {
    { NULL, NULL },
    { "", NULL },
    { "R5", "Training hours short" },
    { "V1 R7 R5", "Certificate expiring、Exam due、Training hours short" },
    { "R1 R2 R3 R4 R6 R8 R9", "Irregular conduct、Rated incompetent、Certificate to return、"
      "Certificate to revoke、Capability test failed、Not enforcing、Refer to discipline inspection" },
    { "R5 X9", "Training hours short、X9" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *labels = zf_officer_rule_labels (cases[i].rules);

      g_assert_cmpstr (labels, ==, cases[i].labels);
    }
  g_assert_null (zf_officer_rule_label ("R10"));
  g_assert_null (zf_officer_rule_label (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/officer-rules/derive-status", test_derive_status);
  g_test_add_func ("/officer-rules/propose", test_propose);
  g_test_add_func ("/officer-rules/event-allowed", test_event_allowed);
  g_test_add_func ("/officer-rules/eligibility", test_eligibility);
  g_test_add_func ("/officer-rules/training-hours", test_training_hours);
  g_test_add_func ("/officer-rules/training-years", test_training_years);
  g_test_add_func ("/officer-rules/return-history", test_return_history);
  g_test_add_func ("/officer-rules/status-on", test_status_on);
  g_test_add_func ("/officer-rules/card-on", test_card_on);
  g_test_add_func ("/officer-rules/calendar", test_calendar_rules);
  g_test_add_func ("/officer-rules/expiry-severity", test_expiry_severity);
  g_test_add_func ("/officer-rules/cleanup", test_cleanup);
  g_test_add_func ("/officer-rules/public-columns", test_public_columns);
  g_test_add_func ("/officer-rules/fields", test_fields);
  g_test_add_func ("/officer-rules/write-refusals", test_write_refusals);
  g_test_add_func ("/officer-rules/settings-refusals", test_settings_refusals);
  g_test_add_func ("/officer-rules/labels", test_rule_labels);

  return g_test_run ();
}
