#define G_LOG_DOMAIN "zf-body-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-body-rules.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-validate.h"

#define S(col) zf_record_get_string (ZF_RECORD (body), col)

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

void
zf_rule_body_fields (ZfBody    *body,
                     GPtrArray *findings)
{
  static const struct { const char *column; const char *label; } dates[] = {
    { "letter_date", N_("Letter date") },
    { "letter_start", N_("Letter start date") },
    { "letter_end", N_("Letter end date") },
    { "filed_date", N_("Filing date") },
    { "published_date", N_("Published date") },
  };

  if (is_blank (zf_body_get_name (body)))
    zf_findings_add (findings, "B0", "S0 §二(一)", ZF_SEVERITY_ERROR, _("The body needs a name."));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const char *value = S (dates[i].column);
      if (!is_blank (value) && !zf_date_is_valid (value))
        zf_findings_add (findings, "B0", "S0 §二(一)", ZF_SEVERITY_ERROR,
                         _("%s “%s” is not a date (write it as 2023-03-21)."),
                         _(dates[i].label), value);
    }

  if (!is_blank (S ("region_code")))
    {
      g_autoptr(GError) error = NULL;
      if (!zf_region_code_validate (S ("region_code"), &error))
        zf_findings_add (findings, "B0", "GB/T 2260", ZF_SEVERITY_ERROR, "%s", error->message);
    }

  if (zf_date_is_valid (S ("letter_start")) && zf_date_is_valid (S ("letter_end")) &&
      g_strcmp0 (S ("letter_end"), S ("letter_start")) < 0)
    zf_findings_add (findings, "B0", "S0 §二(一)", ZF_SEVERITY_ERROR,
                     _("The entrustment letter ends before it starts."));
}

void
zf_rule_body_credit_code (ZfBody    *body,
                          GPtrArray *findings)
{
  g_autoptr(GError) error = NULL;
  const char *code = zf_body_get_credit_code (body);

  if (is_blank (code))
    {
      zf_findings_add (findings, "B1", "GB 32100", ZF_SEVERITY_WARNING,
                       _("The unified social credit code is missing."));
      return;
    }
  if (!zf_credit_code_validate (code, &error))
    zf_findings_add (findings, "B1", "GB 32100", ZF_SEVERITY_ERROR, "%s", error->message);
}

void
zf_rule_body_authorized_basis (ZfBody    *body,
                               GPtrArray *findings)
{
  if (g_strcmp0 (zf_body_get_kind (body), "authorized") == 0 && is_blank (S ("legal_basis")))
    zf_findings_add (findings, "B2", "S0 §二(一)", ZF_SEVERITY_ERROR,
                     _("An organization authorized by a law or regulation must name the "
                       "authorizing statute and article (legal basis)."));
}

void
zf_rule_body_entrustment (ZfBody    *body,
                          ZfBody    *entrusting,
                          GPtrArray *findings)
{
  if (g_strcmp0 (zf_body_get_kind (body), "entrusted") != 0)
    return;

  if (entrusting == NULL)
    zf_findings_add (findings, "B3", "S0 §二(一)", ZF_SEVERITY_ERROR,
                     _("An entrusted organization needs the body that entrusts it."));
  else if (g_strcmp0 (zf_body_get_kind (entrusting), "entrusted") == 0)
    zf_findings_add (findings, "B3", "行政处罚法 §20", ZF_SEVERITY_ERROR,
                     _("“%s” is itself an entrusted organization and may not entrust "
                       "another (no re-entrustment)."),
                     zf_body_get_name (entrusting));
  else if (g_strcmp0 (zf_body_get_kind (entrusting), "authorized") == 0)
    zf_findings_add (findings, "B3", "行政处罚法 §20", ZF_SEVERITY_ERROR,
                     _("“%s” is an organization authorized by a law or regulation: only an "
                       "administrative organ may entrust enforcement to another "
                       "organization."),
                     zf_body_get_name (entrusting));
  else if (zf_record_get_id (ZF_RECORD (entrusting)) != 0 &&
           zf_record_get_id (ZF_RECORD (entrusting)) == zf_record_get_id (ZF_RECORD (body)))
    zf_findings_add (findings, "B3", "S0 §二(一)", ZF_SEVERITY_ERROR,
                     _("A body cannot entrust itself."));

  if (is_blank (S ("letter_number")) || is_blank (S ("letter_start")) || is_blank (S ("letter_end")))
    zf_findings_add (findings, "B3", "S0 §二(一)", ZF_SEVERITY_ERROR,
                     _("An entrusted organization needs its entrustment letter "
                       "(行政执法委托书): number, start date and end date."));
}

void
zf_rule_body_letter_current (ZfBody     *body,
                             const char *today,
                             GPtrArray  *findings)
{
  const char *end = S ("letter_end");

  if (g_strcmp0 (zf_body_get_kind (body), "entrusted") != 0 || !zf_date_is_valid (end))
    return;
  if (g_strcmp0 (end, today) < 0)
    zf_findings_add (findings, "B4", "S0 §二(一)", ZF_SEVERITY_WARNING,
                     _("The entrustment letter expired on %s: the body may not act "
                       "until it is renewed."), end);
}

void
zf_rule_body_published (ZfBody    *body,
                        GPtrArray *findings)
{
  const char *status = zf_body_get_status (body);

  if (g_strcmp0 (status, "published") != 0 && g_strcmp0 (status, "revoked") != 0)
    zf_findings_add (findings, "B5", "S0 §二(一)", ZF_SEVERITY_WARNING,
                     _("The body is not published yet, so it holds no enforcement "
                       "qualification (一经确认…须向社会公布…方可具备行政执法主体资格)."));
}

void
zf_rule_body_filed (ZfBody    *body,
                    GPtrArray *findings)
{
  const char *kind = zf_body_get_kind (body);

  if (g_strcmp0 (kind, "organ") == 0 || zf_record_get_int (ZF_RECORD (body), "filed"))
    return;
  zf_findings_add (findings, "B6", "S0 §二(一)", ZF_SEVERITY_WARNING,
                   _("The legal basis and entrustment letter have not been filed (备案) "
                     "with the government legal office of the same level."));
}

void
zf_rule_body_legal_section (ZfBody    *body,
                            GPtrArray *findings)
{
  gint64 staff = zf_record_get_int (ZF_RECORD (body), "legal_staff_count");
  gboolean has_section = zf_record_get_int (ZF_RECORD (body), "has_legal_section");

  if (g_strcmp0 (zf_body_get_status (body), "revoked") == 0)
    return;

  if (g_strcmp0 (S ("domain"), ZF_SUPERVISION_DOMAIN) == 0)
    {
      if (staff < 3)
        zf_findings_add (findings, "B7", "S1 §二(一)1", ZF_SEVERITY_WARNING,
                         _("A supervision body needs at least 3 full-time staff; "
                           "it has %lld."), (long long) staff);
      return;
    }

  if (!has_section || staff == 0)
    zf_findings_add (findings, "B7", "S1 §二(一)2", ZF_SEVERITY_WARNING,
                     _("Every enforcement department should have a legal-affairs section "
                       "(法制监督机构) with legal staff."));
}

void
zf_rule_body_unit_training (ZfBody            *body,
                            const char *const *dates,
                            const char        *today,
                            int                years_back,
                            GPtrArray         *findings)
{
  int year = zf_date_year (today);
  int from = year - MAX (years_back, 0);
  int published = zf_date_year (S ("published_date"));

  if (g_strcmp0 (zf_body_get_status (body), "published") != 0 || year == 0)
    return;
  if (published > from)
    from = published;
  for (int y = from; y < year; y++)
    {
      gboolean held = FALSE;

      for (guint i = 0; dates && dates[i] && !held; i++)
        held = zf_date_year (dates[i]) == y;
      if (!held)
        zf_findings_add (findings, "B8", "S0 §四(五)", ZF_SEVERITY_WARNING,
                         _("No all-staff training (全员培训) is recorded for %d: each unit "
                           "holds at least one every year."), y);
    }
}

const char *
zf_body_status_on (const ZfBodyStatusLine *lines,
                   guint                   n_lines,
                   const char             *current_status,
                   const char             *published_date,
                   const char             *date,
                   const char            **since)
{
  const char *status = NULL;

  g_return_val_if_fail (since != NULL, NULL);
  *since = NULL;
  if (!zf_date_is_valid (date))
    return NULL;

  for (guint i = 0; i < n_lines; i++)
    {
      if (!zf_date_is_valid (lines[i].date) || g_strcmp0 (lines[i].date, date) > 0)
        continue;
      if (*since == NULL || g_strcmp0 (lines[i].date, *since) >= 0)
        {
          status = lines[i].status;
          *since = lines[i].date;
        }
    }
  if (status != NULL)
    return status;

  /* Before its first recorded change the register knows only the
   * published date (a body imported as published). */
  if (zf_date_is_valid (published_date))
    {
      if (g_strcmp0 (published_date, date) <= 0)
        {
          *since = published_date;
          return "published";
        }
      return n_lines > 0 ? "pending" : "confirmed";
    }
  /* Without any date, a published body has nothing that says it was not;
   * a revoked one may have been revoked after the date, or before. */
  if (n_lines == 0)
    return g_strcmp0 (current_status, "revoked") == 0 ? NULL : current_status;
  if (g_strcmp0 (lines[0].status, "revoked") != 0)
    return "pending";
  return NULL;
}

void
zf_body_validate (ZfBody    *body,
                  ZfBody    *entrusting,
                  GPtrArray *findings)
{
  g_autoptr(GPtrArray) all = zf_findings_new ();

  g_return_if_fail (ZF_IS_BODY (body));

  zf_rule_body_fields (body, all);
  zf_rule_body_credit_code (body, all);
  zf_rule_body_authorized_basis (body, all);
  zf_rule_body_entrustment (body, entrusting, all);

  /* Only what blocks a save is reported here; warnings belong to the check. */
  for (guint i = 0; i < all->len; i++)
    if (((ZfFinding *) all->pdata[i])->severity == ZF_SEVERITY_ERROR)
      g_ptr_array_add (findings, zf_finding_copy (all->pdata[i]));
}

void
zf_body_check (ZfBody     *body,
               ZfBody     *entrusting,
               const char *today,
               GPtrArray  *findings)
{
  g_return_if_fail (ZF_IS_BODY (body));

  zf_rule_body_fields (body, findings);
  zf_rule_body_credit_code (body, findings);
  zf_rule_body_authorized_basis (body, findings);
  zf_rule_body_entrustment (body, entrusting, findings);
  zf_rule_body_letter_current (body, today, findings);
  zf_rule_body_published (body, findings);
  zf_rule_body_filed (body, findings);
  zf_rule_body_legal_section (body, findings);
}

gboolean
zf_rule_body_status_request (const char  *status,
                             const char  *date,
                             const char  *doc_number,
                             GError     **error)
{
  if (!zf_code_is_valid (&zf_body_statuses, status))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("Unknown status “%s”."), status);
      return FALSE;
    }
  if (!zf_date_is_valid (date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A status change needs its date (write it as 2023-03-21)."));
      return FALSE;
    }
  if (is_blank (doc_number))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A status change needs the number of the document that decides it (文号)."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
status_transition_allowed (const char *from,
                           const char *to)
{
  if (g_strcmp0 (from, "revoked") == 0)
    return FALSE;
  if (g_strcmp0 (to, "revoked") == 0)
    return TRUE;
  if (g_strcmp0 (to, "confirmed") == 0)
    return g_strcmp0 (from, "pending") == 0;
  if (g_strcmp0 (to, "published") == 0)
    return g_strcmp0 (from, "confirmed") == 0;
  return FALSE;
}

gboolean
zf_rule_body_status_change (const char  *name,
                            const char  *from,
                            const char  *to,
                            GError     **error)
{
  if (status_transition_allowed (from, to))
    return TRUE;
  g_set_error (error, ZF_ERROR, ZF_ERROR_RULE,
               _("“%s” is %s and cannot become %s: a body is confirmed, then published; "
                 "a revoked body stays revoked."),
               name, zf_code_label (&zf_body_statuses, from),
               zf_code_label (&zf_body_statuses, to));
  return FALSE;
}

gboolean
zf_rule_body_review (const char  *date,
                     const char  *result,
                     GError     **error)
{
  if (!zf_date_is_valid (date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A review needs its date (write it as 2023-03-21)."));
      return FALSE;
    }
  if (!zf_code_is_valid (&zf_body_review_results, result))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("Unknown review result “%s”."), result);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_unit_training (const char  *date,
                       const char  *title,
                       double       hours,
                       GError     **error)
{
  if (!zf_date_is_valid (date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A training needs its date (write it as 2023-03-21)."));
      return FALSE;
    }
  if (is_blank (title))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("A training needs its title."));
      return FALSE;
    }
  if (!isnan (hours) && !(hours > 0))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("A training's hours must be more than 0."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_body_domain_rename (const char  *from,
                            const char  *to,
                            GError     **error)
{
  if (is_blank (from) || is_blank (to))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Name both the enforcement domain to change and the new one."));
      return FALSE;
    }
  return TRUE;
}

char *
zf_body_name_key (const char *name)
{
  g_autofree char *folded = NULL;
  GString *key;

  if (name == NULL)
    return g_strdup ("");
  folded = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  if (folded == NULL)             /* not UTF-8: compared as written */
    return g_strdup (name);
  key = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

gboolean
zf_rule_body_name_unique (const char         *name,
                          const char         *stored_name,
                          const char *const  *others,
                          GError            **error)
{
  g_autofree char *key = zf_body_name_key (name);
  g_autofree char *stored_key = stored_name ? zf_body_name_key (stored_name) : NULL;

  if (*key == '\0' || (stored_key != NULL && strcmp (key, stored_key) == 0))
    return TRUE;
  for (guint i = 0; others && others[i]; i++)
    {
      g_autofree char *other_key = zf_body_name_key (others[i]);

      if (strcmp (key, other_key) == 0)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE,
                       _("“%s” is already in the register: a body is listed once. Open "
                         "that one, or give each its full name."), others[i]);
          return FALSE;
        }
    }
  return TRUE;
}
