#define G_LOG_DOMAIN "zf-case-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-body-rules.h"
#include "zf-case-codes.h"
#include "zf-codes.h"
#include "zf-officer-rules.h"
#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-validate.h"

/* A case file's own fields follow the procedure's steps and documents
 * (立案、调查取证、审批、告知、决定; 规范统一行政执法文书). */
#define CLAUSE_FIELDS "S0 §五(二)"

#define S(col) zf_record_get_string (ZF_RECORD (facts->case_file), col)
#define CS(col) zf_record_get_string (ZF_RECORD (case_file), col)

/* 行政处罚法 (2021) 第六十条: an ordinary-procedure penalty is decided
 * within 90 days of 立案 unless a law says otherwise. */
#define PENALTY_TIME_LIMIT_DAYS 90
/* 行政许可法 第四十二条: a licence is decided within 20 days of accepting
 * the application; 第八十二条: those are working days. */
#define LICENSING_TIME_LIMIT_WORKING_DAYS 20

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

void
zf_case_certificate_free (ZfCaseCertificate *c)
{
  g_free (c->number);
  g_free (c->issue_date);
  g_free (c->valid_until);
  g_free (c->status);
  g_free (c);
}

static void
officer_facts_free (ZfCaseOfficerFacts *o)
{
  g_free (o->name);
  g_ptr_array_unref (o->certificates);
  g_ptr_array_unref (o->events);
  g_free (o);
}

static void
body_line_clear (ZfBodyStatusLine *line)
{
  g_free ((char *) line->status);
  g_free ((char *) line->date);
}

ZfCaseFacts *
zf_case_facts_new (ZfCaseFile *case_file)
{
  ZfCaseFacts *facts = g_new0 (ZfCaseFacts, 1);

  facts->case_file = g_object_ref (case_file);
  facts->officers = g_ptr_array_new_with_free_func ((GDestroyNotify) officer_facts_free);
  facts->body_events = g_array_new (FALSE, TRUE, sizeof (ZfBodyStatusLine));
  g_array_set_clear_func (facts->body_events, (GDestroyNotify) body_line_clear);
  facts->tiers = g_array_new (FALSE, TRUE, sizeof (ZfCaseTier));
  facts->statutory_min = NAN;
  facts->statutory_max = NAN;
  return facts;
}

void
zf_case_facts_free (ZfCaseFacts *facts)
{
  if (facts == NULL)
    return;
  g_clear_object (&facts->case_file);
  g_free (facts->body_status);
  g_free (facts->body_name);
  g_free (facts->body_kind);
  g_free (facts->body_published_date);
  g_array_unref (facts->body_events);
  g_free (facts->letter_start);
  g_free (facts->letter_end);
  g_free (facts->entrusting_name);
  g_free (facts->entrusting_kind);
  g_free (facts->matter_status);
  g_free (facts->matter_transfer_date);
  g_free (facts->matter_received_date);
  g_free (facts->matter_name);
  g_ptr_array_unref (facts->officers);
  g_array_unref (facts->tiers);
  g_clear_pointer (&facts->calendar, zf_work_calendar_free);
  g_free (facts);
}

ZfCaseOfficerFacts *
zf_case_facts_add_officer (ZfCaseFacts *facts,
                           const char  *name,
                           GPtrArray   *events)
{
  ZfCaseOfficerFacts *o = g_new0 (ZfCaseOfficerFacts, 1);

  o->name = g_strdup (name);
  o->certificates = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_case_certificate_free);
  o->events = events ? g_ptr_array_ref (events) : g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (facts->officers, o);
  return o;
}

void
zf_case_officer_add_certificate (ZfCaseOfficerFacts *officer,
                                 const char         *number,
                                 const char         *issue_date,
                                 const char         *valid_until,
                                 const char         *status)
{
  ZfCaseCertificate *c = g_new0 (ZfCaseCertificate, 1);

  c->number = g_strdup (number);
  c->issue_date = g_strdup (issue_date);
  c->valid_until = g_strdup (valid_until);
  c->status = g_strdup (status);
  g_ptr_array_add (officer->certificates, c);
}

void
zf_case_facts_add_body_event (ZfCaseFacts *facts,
                              const char  *status,
                              const char  *date)
{
  ZfBodyStatusLine line = { g_strdup (status), g_strdup (date) };

  g_array_append_val (facts->body_events, line);
}

void
zf_case_facts_add_tier (ZfCaseFacts *facts,
                        double       range_min,
                        double       range_max)
{
  ZfCaseTier tier = { range_min, range_max };

  g_array_append_val (facts->tiers, tier);
}

void
zf_rule_case_fields (ZfCaseFile *case_file,
                     GPtrArray  *findings)
{
  static const struct { const char *column; const char *label; } dates[] = {
    { "filed_date", N_("Filing date (立案)") },
    { "investigated_date", N_("Investigation date") },
    { "notified_date", N_("Notice date") },
    { "hearing_date", N_("Hearing date") },
    { "legal_review_date", N_("Legal review date") },
    { "collective_date", N_("Collective discussion date") },
    { "decided_date", N_("Decision date") },
    { "served_date", N_("Service date") },
    { "executed_date", N_("Execution date") },
    { "closed_date", N_("Closing date") },
    { "archived_date", N_("Archiving date") },
  };
  const char *party_code = CS ("party_code");
  const char *procedure = CS ("procedure");
  const char *party_kind = CS ("party_kind");

  if (is_blank (zf_case_file_get_number (case_file)))
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR,
                     _("The case file needs its number (文号)."));
  if (zf_case_file_get_body_id (case_file) <= 0)
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR,
                     _("The case file needs the body that handled it."));
  if (!zf_code_is_valid (&zf_case_categories, zf_case_file_get_category (case_file)))
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR, _("Unknown case category."));
  if (!is_blank (procedure) && !zf_code_is_valid (&zf_case_procedures, procedure))
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR, _("Unknown procedure."));
  if (!is_blank (party_kind) && !zf_code_is_valid (&zf_case_party_kinds, party_kind))
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR, _("Unknown kind of party."));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const char *value = CS (dates[i].column);
      if (!is_blank (value) && !zf_date_is_valid (value))
        zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR,
                         _("%s “%s” is not a date (write it as 2023-03-21)."),
                         _(dates[i].label), value);
    }
  if (zf_date_is_valid (CS ("filed_date")) && zf_date_is_valid (CS ("decided_date")) &&
      g_strcmp0 (CS ("decided_date"), CS ("filed_date")) < 0)
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR,
                     _("The decision date is before the filing date (立案)."));
  if (zf_date_is_valid (CS ("closed_date")) && zf_date_is_valid (CS ("archived_date")) &&
      g_strcmp0 (CS ("archived_date"), CS ("closed_date")) < 0)
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR,
                     _("The file was archived before the case was closed."));

  if (zf_record_get_double (ZF_RECORD (case_file), "fine_amount") < 0 ||
      zf_record_get_double (ZF_RECORD (case_file), "confiscated_amount") < 0)
    zf_findings_add (findings, "E0", CLAUSE_FIELDS, ZF_SEVERITY_ERROR, _("Amounts cannot be negative."));

  if (!is_blank (party_code))
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (g_strcmp0 (party_kind, "organization") == 0)
        ok = zf_credit_code_validate (party_code, &error);
      else
        ok = zf_id_number_validate (party_code, &error);
      if (!ok)
        zf_findings_add (findings, "E0", g_strcmp0 (party_kind, "organization") == 0
                         ? "GB 32100" : "GB 11643", ZF_SEVERITY_ERROR, "%s", error->message);
    }
}

static void
not_checkable (GPtrArray  *findings,
               const char *rule,
               const char *clause,
               const char *what)
{
  zf_findings_add (findings, rule, clause, ZF_SEVERITY_INFO, _("Not checkable yet: %s"), what);
}

void
zf_rule_case_body_matter (const ZfCaseFacts *facts,
                          GPtrArray         *findings)
{
  static const char clause[] = "S0 §二(一); S1 §二(三)1";
  const char *decided = S ("decided_date");

  if (facts->body_status == NULL)
    not_checkable (findings, "E1", clause, _("the body is not in the register."));
  else if (!zf_date_is_valid (decided))
    not_checkable (findings, "E1", clause, _("the decision date is missing."));
  else
    {
      const char *since = NULL;
      const char *status = zf_body_status_on ((const ZfBodyStatusLine *) facts->body_events->data,
                                              facts->body_events->len, facts->body_status,
                                              facts->body_published_date, decided, &since);

      if (status == NULL)
        not_checkable (findings, "E1", clause,
                       _("the register does not say when the body was revoked."));
      else if (g_strcmp0 (status, "revoked") == 0)
        zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                         _("The body had been revoked (%s) when it decided on %s, so it held "
                           "no enforcement qualification."), since, decided);
      else if (g_strcmp0 (status, "published") != 0)
        zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                         _("The body was not yet published in the register of enforcement "
                           "bodies when it decided on %s, so it held no enforcement "
                           "qualification."), decided);

      if (g_strcmp0 (facts->body_kind, "entrusted") == 0)
        {
          if (!zf_date_is_valid (facts->letter_start) || !zf_date_is_valid (facts->letter_end))
            not_checkable (findings, "E1", clause,
                           _("the entrustment letter's period is not recorded."));
          else if (g_strcmp0 (decided, facts->letter_start) < 0)
            zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                             _("Decided on %s, before the entrustment letter took effect (%s)."),
                             decided, facts->letter_start);
          else if (g_strcmp0 (decided, facts->letter_end) > 0)
            zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                             _("Decided on %s, after the entrustment letter expired (%s)."),
                             decided, facts->letter_end);
          if (g_strcmp0 (facts->entrusting_kind, "organ") != 0 && facts->entrusting_kind != NULL)
            zf_findings_add (findings, "E1", "行政处罚法 §20", ZF_SEVERITY_ERROR,
                             _("The body was entrusted by “%s”, which is not an administrative "
                               "organ: only an administrative organ may entrust enforcement."),
                             facts->entrusting_name ? facts->entrusting_name : "");
        }
    }

  if (zf_case_file_get_matter_id (facts->case_file) <= 0 || !facts->matter_known)
    not_checkable (findings, "E1", clause, _("no matter from the body's list is recorded."));
  else if (facts->matter_body_id != zf_case_file_get_body_id (facts->case_file))
    zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                     _("The matter “%s” is not on the body's list of enforcement matters."),
                     facts->matter_name);
  /* Transferred to the body: it was not the body's before the transfer. */
  else if (zf_date_is_valid (facts->matter_received_date) && zf_date_is_valid (decided) &&
           g_strcmp0 (decided, facts->matter_received_date) < 0)
    zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                     _("The matter “%s” was transferred to the body on %s, after the decision "
                       "of %s."), facts->matter_name, facts->matter_received_date, decided);
  else if (g_strcmp0 (facts->matter_status, "transferred") == 0 &&
           zf_date_is_valid (facts->matter_transfer_date) && zf_date_is_valid (decided))
    {
      /* Transferred later: the matter was the body's on the decision date. */
      if (g_strcmp0 (decided, facts->matter_transfer_date) >= 0)
        zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                         _("The matter “%s” had been transferred to another body on %s, "
                           "before the decision of %s."),
                         facts->matter_name, facts->matter_transfer_date, decided);
    }
  else if (g_strcmp0 (facts->matter_status, "abolished") == 0)
    not_checkable (findings, "E1", clause,
                   _("the matter is abolished and the register does not say since when."));
  else if (g_strcmp0 (facts->matter_status, "active") != 0)
    zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                     _("The matter “%s” is no longer the body's (transferred or abolished)."),
                     facts->matter_name);
}

void
zf_rule_case_two_officers (const ZfCaseFacts *facts,
                           GPtrArray         *findings)
{
  const char *category = zf_case_file_get_category (facts->case_file);
  /* 行政处罚法 §42 for a penalty; 行政强制法 §18(二) for a coercive
   * measure; 行政许可法 §34 for the verification of a licence. */
  const char *clause = g_strcmp0 (category, "coercion") == 0 ? "行政强制法 §18"
                       : g_strcmp0 (category, "licensing") == 0 ? "行政许可法 §34"
                       : "行政处罚法 §42";

  if (facts->officers->len < 2)
    zf_findings_add (findings, "E2", clause, ZF_SEVERITY_ERROR,
                     _("Only %u handling officer(s) recorded; at least 2 are required."),
                     facts->officers->len);
}

/* The card that was the officer's on @date: the last one issued on or
 * before it; else the first (issued later), to say so. */
static const ZfCaseCertificate *
card_on (const ZfCaseOfficerFacts *o,
         const char               *date)
{
  g_autofree const char **issued = g_new0 (const char *, o->certificates->len);
  int i;

  for (guint j = 0; j < o->certificates->len; j++)
    issued[j] = ((const ZfCaseCertificate *) o->certificates->pdata[j])->issue_date;
  i = zf_certificate_card_on (issued, o->certificates->len, date);
  g_assert (i >= 0);
  return o->certificates->pdata[i];
}

static void
certificate_on (const ZfCaseOfficerFacts *o,
                const char               *act,
                const char               *date,
                GPtrArray                *findings)
{
  static const char clause[] = "S0 §二(二); 行政处罚法 §42";
  const ZfCaseCertificate *card = card_on (o, date);
  const char *number = card->number ? card->number : "";
  const char *since = NULL;
  const char *status = zf_certificate_status_on (o->events, card->issue_date, card->valid_until,
                                                 card->status, date, &since);

  if (strcmp (status, "valid") == 0)
    return;
  if (strcmp (status, "none") == 0 && since != NULL)
    zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                     _("%s's certificate %s was issued on %s, after the %s (%s)."),
                     o->name, number, since, act, date);
  else if (strcmp (status, "none") == 0)
    zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                     _("%s's certificate %s had not been issued at the %s (%s)."),
                     o->name, number, act, date);
  else if (strcmp (status, "expired") == 0)
    zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                     _("%s's certificate %s expired on %s, before the %s (%s)."),
                     o->name, number, since, act, date);
  else if (since != NULL)
    zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                     _("%s's certificate %s was %s since %s at the %s (%s)."),
                     o->name, number, zf_code_label (&zf_certificate_statuses, status),
                     since, act, date);
  else
    zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                     _("%s's certificate %s is %s and the register does not say since when, "
                       "so it cannot be shown valid at the %s (%s)."),
                     o->name, number, zf_code_label (&zf_certificate_statuses, status),
                     act, date);
}

void
zf_rule_case_certificates (const ZfCaseFacts *facts,
                           GPtrArray         *findings)
{
  static const char clause[] = "S0 §二(二); 行政处罚法 §42";
  const char *decided = zf_case_file_get_decided_date (facts->case_file);
  const char *investigated = S ("investigated_date");

  if (!zf_date_is_valid (decided))
    {
      if (facts->officers->len > 0)
        not_checkable (findings, "E3", clause, _("the decision date is missing."));
      return;
    }
  for (guint i = 0; i < facts->officers->len; i++)
    {
      const ZfCaseOfficerFacts *o = facts->officers->pdata[i];

      if (o->certificates->len == 0)
        {
          zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                           _("%s holds no enforcement certificate."), o->name);
          continue;
        }
      if (zf_date_is_valid (investigated))
        certificate_on (o, _("investigation"), investigated, findings);
      certificate_on (o, _("decision"), decided, findings);
    }
}

static gboolean
is_penalty_or_coercion (const ZfCaseFacts *facts)
{
  const char *category = zf_case_file_get_category (facts->case_file);

  return g_strcmp0 (category, "penalty") == 0 || g_strcmp0 (category, "coercion") == 0;
}

void
zf_rule_case_legal_review (const ZfCaseFacts *facts,
                           GPtrArray         *findings)
{
  /* 行政处罚法 §58 names the penalties reviewed first; not coercion's. */
  const char *clause = g_strcmp0 (zf_case_file_get_category (facts->case_file), "penalty") == 0
                       ? "S1 §二(三)4; 行政处罚法 §58" : "S1 §二(三)4";
  const char *decided = S ("decided_date");
  const char *review = S ("legal_review_date");
  gboolean major = zf_case_file_get_major (facts->case_file);

  /* 除简易程序执法外，作出行政处罚、行政强制决定…前…均应出具书面法制审查意见. */
  if (!major && !(is_penalty_or_coercion (facts) && g_strcmp0 (S ("procedure"), "simple") != 0))
    return;
  if (is_blank (decided))
    not_checkable (findings, "E4", clause, _("the decision date is missing."));
  else if (is_blank (review))
    zf_findings_add (findings, "E4", clause, ZF_SEVERITY_ERROR,
                     major ? _("A major decision without a written legal review (法制审查意见).")
                           : _("A decision without a written legal review (法制审查意见); only "
                               "the simple procedure is exempt."));
  else if (g_strcmp0 (review, decided) > 0)
    zf_findings_add (findings, "E4", clause, ZF_SEVERITY_ERROR,
                     _("The legal review (%s) came after the decision (%s)."),
                     review, decided);
}

void
zf_rule_case_collective (const ZfCaseFacts *facts,
                         GPtrArray         *findings)
{
  /* 行政处罚法 §57 for a penalty; S0 for every major decision. */
  const char *clause = g_strcmp0 (zf_case_file_get_category (facts->case_file), "penalty") == 0
                       ? "S0 §四(四); 行政处罚法 §57" : "S0 §四(四)";
  const char *decided = S ("decided_date");
  const char *discussed = S ("collective_date");

  if (!zf_case_file_get_major (facts->case_file))
    return;
  if (is_blank (decided))
    not_checkable (findings, "E8", clause, _("the decision date is missing."));
  else if (is_blank (discussed))
    zf_findings_add (findings, "E8", clause, ZF_SEVERITY_ERROR,
                     _("A major decision without a collective discussion (集体讨论) of the "
                       "body's heads."));
  else if (g_strcmp0 (discussed, decided) > 0)
    zf_findings_add (findings, "E8", clause, ZF_SEVERITY_ERROR,
                     _("The collective discussion (%s) came after the major decision (%s)."),
                     discussed, decided);
}

void
zf_rule_case_notice (const ZfCaseFacts *facts,
                     GPtrArray         *findings)
{
  const char *category = zf_case_file_get_category (facts->case_file);
  /* 行政处罚法 §44: the party is told the facts, grounds and rights before
   * a penalty is decided (§62: else it may not be); 行政强制法 §18(五):
   * before a coercive measure. */
  const char *clause = g_strcmp0 (category, "coercion") == 0 ? "行政强制法 §18; S0 §五(二)"
                                                             : "行政处罚法 §44; S0 §五(二)";
  const char *decided = S ("decided_date");
  const char *notified = S ("notified_date");

  /* Only penalties and coercive measures require the notice of rights
   * (陈述、申辩、听证) before the decision. */
  if (g_strcmp0 (category, "penalty") != 0 && g_strcmp0 (category, "coercion") != 0)
    return;
  if (is_blank (decided))
    not_checkable (findings, "E5", clause, _("the decision date is missing."));
  else if (is_blank (notified))
    {
      /* A simple-procedure penalty is told on the spot; the file may not
       * carry a separate date. */
      if (g_strcmp0 (S ("procedure"), "simple") == 0)
        not_checkable (findings, "E5", clause, _("no notice date is recorded."));
      else
        zf_findings_add (findings, "E5", clause, ZF_SEVERITY_ERROR,
                         _("No notice of rights (告知) is recorded before the decision."));
    }
  else if (g_strcmp0 (notified, decided) > 0)
    zf_findings_add (findings, "E5", clause, ZF_SEVERITY_ERROR,
                     _("The notice of rights (%s) came after the decision (%s)."),
                     notified, decided);
}

void
zf_rule_case_discretion (const ZfCaseFacts *facts,
                         GPtrArray         *findings)
{
  static const char clause[] = "S1 §二(三)6; S2 §三(二)4";
  double fine = zf_record_get_double (ZF_RECORD (facts->case_file), "fine_amount");
  double lowest = NAN, highest = NAN;
  gboolean in_tier = FALSE;

  if (g_strcmp0 (zf_case_file_get_category (facts->case_file), "penalty") != 0 || isnan (fine))
    return;
  if (!facts->benchmark_known)
    {
      not_checkable (findings, "E6", clause, _("no discretion benchmark for the matter."));
      return;
    }
  if ((!isnan (facts->statutory_min) && fine < facts->statutory_min) ||
      (!isnan (facts->statutory_max) && fine > facts->statutory_max))
    {
      zf_findings_add (findings, "E6", clause, ZF_SEVERITY_ERROR,
                       _("The fine %.2f lies outside the statutory range %.2f–%.2f."),
                       fine, facts->statutory_min, facts->statutory_max);
      return;
    }

  for (guint i = 0; i < facts->tiers->len; i++)
    {
      const ZfCaseTier *t = &g_array_index (facts->tiers, ZfCaseTier, i);
      double lo = isnan (t->range_min) ? -INFINITY : t->range_min;
      double hi = isnan (t->range_max) ? INFINITY : t->range_max;

      if (isnan (t->range_min) && isnan (t->range_max))
        continue;
      if (fine >= lo && fine <= hi)
        in_tier = TRUE;
      lowest = isnan (lowest) ? lo : MIN (lowest, lo);
      highest = isnan (highest) ? hi : MAX (highest, hi);
    }

  if (isnan (lowest))
    not_checkable (findings, "E6", clause, _("the benchmark has no tiers."));
  else if (fine < lowest || fine > highest)
    zf_findings_add (findings, "E6", clause, ZF_SEVERITY_WARNING,
                     _("The fine %.2f lies outside every tier of the benchmark (%.2f–%.2f)."),
                     fine, lowest, highest);
  else if (!in_tier)
    zf_findings_add (findings, "E6", clause, ZF_SEVERITY_WARNING,
                     _("The fine %.2f lies in a gap between the tiers of the benchmark: no "
                       "tier's circumstances cover it."), fine);
}

void
zf_rule_case_time_limit (const ZfCaseFacts *facts,
                         GPtrArray         *findings)
{
  const char *category = zf_case_file_get_category (facts->case_file);
  const char *filed = S ("filed_date");
  const char *decided = S ("decided_date");
  gboolean licensing = g_strcmp0 (category, "licensing") == 0;
  gboolean penalty = g_strcmp0 (category, "penalty") == 0 && g_strcmp0 (S ("procedure"), "simple") != 0;
  const char *clause = licensing ? "行政许可法 §42; 行政许可法 §82" : penalty ? "行政处罚法 §60" : "S0 §五(一)";
  gint64 limit = facts->matter_time_limit_days;
  int days, unknown_year = 0;

  if (limit <= 0 && penalty)
    limit = PENALTY_TIME_LIMIT_DAYS;
  else if (limit <= 0 && licensing)
    limit = LICENSING_TIME_LIMIT_WORKING_DAYS;
  if (limit <= 0)
    {
      not_checkable (findings, "E7", clause, _("the matter has no time limit recorded."));
      return;
    }
  if (!zf_date_is_valid (filed) || !zf_date_is_valid (decided))
    {
      not_checkable (findings, "E7", clause, _("the filing or decision date is missing."));
      return;
    }

  if (!licensing)
    {
      days = zf_date_days_between (filed, decided);
      if (days > limit)
        zf_findings_add (findings, "E7", clause, ZF_SEVERITY_WARNING,
                         _("Decided %d days after filing; the time limit is %d days."),
                         days, (int) limit);
      return;
    }

  /* 行政许可法 §82: limits are working days, without public holidays. */
  days = zf_work_calendar_days_between (facts->calendar, filed, decided, &unknown_year);
  if (days > limit)
    zf_findings_add (findings, "E7", clause, ZF_SEVERITY_WARNING,
                     _("Decided %d working days after the application was accepted; the time "
                       "limit is %d working days."), days, (int) limit);
  if (unknown_year != 0)
    zf_findings_add (findings, "E7", clause, ZF_SEVERITY_INFO,
                     _("The public holidays of %d are not in the calendar: its working days "
                       "were counted by weekends only. Add them in the settings."),
                     unknown_year);
}

void
zf_case_check (const ZfCaseFacts *facts,
               GPtrArray         *findings)
{
  zf_rule_case_body_matter (facts, findings);
  zf_rule_case_two_officers (facts, findings);
  zf_rule_case_certificates (facts, findings);
  zf_rule_case_legal_review (facts, findings);
  zf_rule_case_notice (facts, findings);
  zf_rule_case_discretion (facts, findings);
  zf_rule_case_time_limit (facts, findings);
  zf_rule_case_collective (facts, findings);
}

gboolean
zf_case_check_suggestion (const ZfFinding  *finding,
                          const char      **item_name,
                          gboolean         *veto,
                          double           *deduction)
{
  /* Item names are those of the default standards (data, in Chinese). */
  static const struct {
    const char *rule;
    ZfSeverity  severity;
    const char *item;
    gboolean    veto;
    double      deduction;
  } table[] = {
    { "E1", ZF_SEVERITY_ERROR, "主体不合法", TRUE, 0 },
    { "E2", ZF_SEVERITY_ERROR, "执法人员少于2人", TRUE, 0 },
    { "E3", ZF_SEVERITY_ERROR, "无执法资格", TRUE, 0 },
    { "E4", ZF_SEVERITY_ERROR, "程序违法", TRUE, 0 },
    { "E5", ZF_SEVERITY_ERROR, "程序违法", TRUE, 0 },
    { "E6", ZF_SEVERITY_ERROR, "适用法律错误", TRUE, 0 },
    { "E6", ZF_SEVERITY_WARNING, "裁量适当", FALSE, 5 },
    { "E7", ZF_SEVERITY_WARNING, "办案时限", FALSE, 2 },
    { "E8", ZF_SEVERITY_ERROR, "程序违法", TRUE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_strcmp0 (table[i].rule, finding->rule) == 0 && table[i].severity == finding->severity)
      {
        if (item_name)
          *item_name = table[i].item;
        if (veto)
          *veto = table[i].veto;
        if (deduction)
          *deduction = table[i].deduction;
        return TRUE;
      }
  return FALSE;
}

gboolean
zf_rule_sampling_per_unit (guint    per_unit_min,
                           guint    per_unit_max,
                           GError **error)
{
  if (per_unit_min < 1 || per_unit_min > per_unit_max)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The number of files per unit must be at least 1, the minimum not above the maximum."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_holiday_line (guint        line_no,
                      const char  *line,
                      GHashTable  *seen,
                      char       **date,
                      gboolean    *working,
                      char       **name,
                      GError     **error)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", line, 0, 0);

  if (g_strv_length (words) < 2 || !zf_date_is_valid (words[0]) ||
      !(g_str_equal (words[1], "休") || g_str_equal (words[1], "班") ||
        g_str_equal (words[1], "off") || g_str_equal (words[1], "work")))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Line %u of the holiday calendar, “%s”, is not a day: write "
                     "“2024-10-01 休 国庆节” for a day off or “2024-09-29 班” for a "
                     "weekend day worked."), line_no, line);
      return FALSE;
    }
  if (g_hash_table_contains (seen, words[0]))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Line %u of the holiday calendar lists %s a second time."),
                   line_no, words[0]);
      return FALSE;
    }
  *date = g_strdup (words[0]);
  *working = g_str_equal (words[1], "班") || g_str_equal (words[1], "work");
  *name = words[2] ? g_strjoinv (" ", words + 2) : NULL;
  return TRUE;
}
