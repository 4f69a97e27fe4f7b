#define G_LOG_DOMAIN "zf-case-rules"

#include "config.h"

#include <math.h>

#include "zf-case-codes.h"
#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-i18n.h"
#include "zf-validate.h"

#define S(col) zf_record_get_string (ZF_RECORD (facts->case_file), col)
#define CS(col) zf_record_get_string (ZF_RECORD (case_file), col)

/* 行政处罚法 (2021) 第六十条: an ordinary-procedure penalty is decided
 * within 90 days of 立案 unless a law says otherwise. */
#define PENALTY_TIME_LIMIT_DAYS 90

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

static void
officer_facts_free (ZfCaseOfficerFacts *o)
{
  g_free (o->name);
  g_free (o->certificate_number);
  g_free (o->certificate_status);
  g_free (o->issue_date);
  g_free (o->valid_until);
  g_free (o->status_since);
  g_free (o);
}

ZfCaseFacts *
zf_case_facts_new (ZfCaseFile *case_file)
{
  ZfCaseFacts *facts = g_new0 (ZfCaseFacts, 1);

  facts->case_file = g_object_ref (case_file);
  facts->officers = g_ptr_array_new_with_free_func ((GDestroyNotify) officer_facts_free);
  facts->statutory_min = NAN;
  facts->statutory_max = NAN;
  facts->tiers_min = NAN;
  facts->tiers_max = NAN;
  return facts;
}

void
zf_case_facts_free (ZfCaseFacts *facts)
{
  if (facts == NULL)
    return;
  g_clear_object (&facts->case_file);
  g_free (facts->body_status);
  g_free (facts->matter_status);
  g_free (facts->matter_name);
  g_ptr_array_unref (facts->officers);
  g_free (facts);
}

void
zf_case_facts_add_officer (ZfCaseFacts *facts,
                           const char  *name,
                           const char  *certificate_number,
                           const char  *certificate_status,
                           const char  *issue_date,
                           const char  *valid_until,
                           const char  *status_since)
{
  ZfCaseOfficerFacts *o = g_new0 (ZfCaseOfficerFacts, 1);

  o->name = g_strdup (name);
  o->has_certificate = certificate_status != NULL;
  o->certificate_number = g_strdup (certificate_number);
  o->certificate_status = g_strdup (certificate_status);
  o->issue_date = g_strdup (issue_date);
  o->valid_until = g_strdup (valid_until);
  o->status_since = g_strdup (status_since);
  g_ptr_array_add (facts->officers, o);
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
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR,
                     _("The case file needs its number (文号)."));
  if (zf_case_file_get_body_id (case_file) <= 0)
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR,
                     _("The case file needs the body that handled it."));
  if (!zf_code_is_valid (&zf_case_categories, zf_case_file_get_category (case_file)))
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR, _("Unknown case category."));
  if (!is_blank (procedure) && !zf_code_is_valid (&zf_case_procedures, procedure))
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR, _("Unknown procedure."));
  if (!is_blank (party_kind) && !zf_code_is_valid (&zf_case_party_kinds, party_kind))
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR, _("Unknown kind of party."));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const char *value = CS (dates[i].column);
      if (!is_blank (value) && !zf_date_is_valid (value))
        zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR,
                         _("%s “%s” is not a date (write it as 2023-03-21)."),
                         _(dates[i].label), value);
    }
  if (zf_date_is_valid (CS ("filed_date")) && zf_date_is_valid (CS ("decided_date")) &&
      g_strcmp0 (CS ("decided_date"), CS ("filed_date")) < 0)
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR,
                     _("The decision date is before the filing date (立案)."));
  if (zf_date_is_valid (CS ("closed_date")) && zf_date_is_valid (CS ("archived_date")) &&
      g_strcmp0 (CS ("archived_date"), CS ("closed_date")) < 0)
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR,
                     _("The file was archived before the case was closed."));

  if (zf_record_get_double (ZF_RECORD (case_file), "fine_amount") < 0 ||
      zf_record_get_double (ZF_RECORD (case_file), "confiscated_amount") < 0)
    zf_findings_add (findings, "C0", NULL, ZF_SEVERITY_ERROR, _("Amounts cannot be negative."));

  if (!is_blank (party_code))
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (g_strcmp0 (party_kind, "organization") == 0)
        ok = zf_credit_code_validate (party_code, &error);
      else
        ok = zf_id_number_validate (party_code, &error);
      if (!ok)
        zf_findings_add (findings, "C0", g_strcmp0 (party_kind, "organization") == 0
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

  if (facts->body_status == NULL)
    not_checkable (findings, "E1", clause, _("the body is not in the register."));
  else if (g_strcmp0 (facts->body_status, "published") != 0)
    zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                     _("The body is not published in the register of enforcement bodies, "
                       "so it held no enforcement qualification."));

  if (zf_case_file_get_matter_id (facts->case_file) <= 0 || !facts->matter_known)
    not_checkable (findings, "E1", clause, _("no matter from the body's list is recorded."));
  else if (facts->matter_body_id != zf_case_file_get_body_id (facts->case_file))
    zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                     _("The matter “%s” is not on the body's list of enforcement matters."),
                     facts->matter_name);
  else if (g_strcmp0 (facts->matter_status, "active") != 0)
    zf_findings_add (findings, "E1", clause, ZF_SEVERITY_ERROR,
                     _("The matter “%s” is no longer the body's (transferred or abolished)."),
                     facts->matter_name);
}

void
zf_rule_case_two_officers (const ZfCaseFacts *facts,
                           GPtrArray         *findings)
{
  if (facts->officers->len < 2)
    zf_findings_add (findings, "E2", "S0 §二(二)", ZF_SEVERITY_ERROR,
                     _("Only %u handling officer(s) recorded; at least 2 are required."),
                     facts->officers->len);
}

static gboolean
certificate_valid_on (const ZfCaseOfficerFacts *o,
                      const char               *date)
{
  static const char *const bad[] = { "suspended", "revoked", "cancelled", "void", NULL };

  if (!o->has_certificate || g_strcmp0 (o->certificate_status, "applying") == 0)
    return FALSE;
  if (is_blank (o->issue_date) || g_strcmp0 (o->issue_date, date) > 0)
    return FALSE;
  if (is_blank (o->valid_until) || g_strcmp0 (o->valid_until, date) < 0)
    return FALSE;
  /* A card suspended or revoked after the decision was good on the day. */
  if (g_strv_contains (bad, o->certificate_status))
    return !is_blank (o->status_since) && g_strcmp0 (o->status_since, date) > 0;
  return TRUE;
}

void
zf_rule_case_certificates (const ZfCaseFacts *facts,
                           GPtrArray         *findings)
{
  static const char clause[] = "S0 §二(二)";
  const char *date = zf_case_file_get_decided_date (facts->case_file);

  if (!zf_date_is_valid (date))
    {
      if (facts->officers->len > 0)
        not_checkable (findings, "E3", clause, _("the decision date is missing."));
      return;
    }
  for (guint i = 0; i < facts->officers->len; i++)
    {
      const ZfCaseOfficerFacts *o = facts->officers->pdata[i];

      if (!o->has_certificate)
        zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                         _("%s holds no enforcement certificate."), o->name);
      else if (!certificate_valid_on (o, date))
        zf_findings_add (findings, "E3", clause, ZF_SEVERITY_ERROR,
                         _("%s's certificate %s was not valid on the decision date %s."),
                         o->name, o->certificate_number ? o->certificate_number : "", date);
    }
}

void
zf_rule_case_legal_review (const ZfCaseFacts *facts,
                           GPtrArray         *findings)
{
  static const char clause[] = "S1 §二(三)4; S0 §四(四)";
  const char *decided = S ("decided_date");
  const char *review = S ("legal_review_date");

  if (!zf_case_file_get_major (facts->case_file))
    return;
  if (is_blank (decided))
    not_checkable (findings, "E4", clause, _("the decision date is missing."));
  else if (is_blank (review))
    zf_findings_add (findings, "E4", clause, ZF_SEVERITY_ERROR,
                     _("A major decision without a recorded legal review (法制审核)."));
  else if (g_strcmp0 (review, decided) > 0)
    zf_findings_add (findings, "E4", clause, ZF_SEVERITY_ERROR,
                     _("The legal review (%s) came after the major decision (%s)."),
                     review, decided);
}

void
zf_rule_case_notice (const ZfCaseFacts *facts,
                     GPtrArray         *findings)
{
  static const char clause[] = "S0 §五(二)";
  const char *category = zf_case_file_get_category (facts->case_file);
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

  if (g_strcmp0 (zf_case_file_get_category (facts->case_file), "penalty") != 0 || isnan (fine))
    return;
  if (!facts->benchmark_known)
    {
      not_checkable (findings, "E6", clause, _("no discretion benchmark for the matter."));
      return;
    }
  if ((!isnan (facts->statutory_min) && fine < facts->statutory_min) ||
      (!isnan (facts->statutory_max) && fine > facts->statutory_max))
    zf_findings_add (findings, "E6", clause, ZF_SEVERITY_ERROR,
                     _("The fine %.2f lies outside the statutory range %.2f–%.2f."),
                     fine, facts->statutory_min, facts->statutory_max);
  else if (isnan (facts->tiers_min) || isnan (facts->tiers_max))
    not_checkable (findings, "E6", clause, _("the benchmark has no tiers."));
  else if (fine < facts->tiers_min || fine > facts->tiers_max)
    zf_findings_add (findings, "E6", clause, ZF_SEVERITY_WARNING,
                     _("The fine %.2f lies outside every tier of the benchmark (%.2f–%.2f)."),
                     fine, facts->tiers_min, facts->tiers_max);
}

void
zf_rule_case_time_limit (const ZfCaseFacts *facts,
                         GPtrArray         *findings)
{
  static const char clause[] = "S0 §五(一)";
  const char *filed = S ("filed_date");
  const char *decided = S ("decided_date");
  gint64 limit = facts->matter_time_limit_days;
  int days;

  if (limit <= 0 && g_strcmp0 (zf_case_file_get_category (facts->case_file), "penalty") == 0 &&
      g_strcmp0 (S ("procedure"), "simple") != 0)
    limit = PENALTY_TIME_LIMIT_DAYS;
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
  days = zf_date_days_between (filed, decided);
  if (days > limit)
    zf_findings_add (findings, "E7", clause, ZF_SEVERITY_WARNING,
                     _("Decided %d days after filing; the time limit is %d days."),
                     days, (int) limit);
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
