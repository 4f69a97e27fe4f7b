#define G_LOG_DOMAIN "zf-checklist-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-rules.h"

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

/* The short names are what every title contains, with or without the
 * "中华人民共和国" prefix. */
static const char *const common_laws[] = {
  "行政处罚法", "行政许可法", "行政强制法", "行政复议法",
};

void
zf_rule_catalog_common_laws (const ZfCatalogLine *lines,
                             guint                n_lines,
                             GPtrArray           *findings)
{
  for (guint c = 0; c < G_N_ELEMENTS (common_laws); c++)
    {
      gboolean found = FALSE;

      /* Only the law itself counts: 行政复议法实施条例 is a regulation and
       * does not stand in for the law. */
      for (guint i = 0; !found && i < n_lines; i++)
        found = g_strcmp0 (lines[i].level, "law") == 0 && lines[i].title != NULL &&
                g_str_has_suffix (lines[i].title, common_laws[c]) &&
                is_blank (lines[i].repealed);
      if (!found)
        zf_findings_add (findings, "C1", "S3 §二(一)1", ZF_SEVERITY_WARNING,
                         _("The catalog of legal bases lacks the common law 《%s》."),
                         common_laws[c]);
    }
}

void
zf_rule_catalog_not_repealed (const ZfCatalogLine *lines,
                              guint                n_lines,
                              const char          *today,
                              GPtrArray           *findings)
{
  for (guint i = 0; i < n_lines; i++)
    {
      const char *repealed = lines[i].repealed;

      if (is_blank (repealed) || g_strcmp0 (repealed, today) > 0)
        continue;
      zf_findings_add (findings, "C2", "S3 §二(一)1", ZF_SEVERITY_WARNING,
                       _("The catalog cites 《%s》, which was repealed on %s."),
                       lines[i].title, repealed);
    }
}

void
zf_rule_matter_basis (const char        *matter_name,
                      const ZfBasisLine *lines,
                      guint              n_lines,
                      const char        *today,
                      GPtrArray         *findings)
{
  if (n_lines == 0)
    {
      zf_findings_add (findings, "C3", "S3 §二(一)2", ZF_SEVERITY_ERROR,
                       _("The matter “%s” needs its basis: at least one article of a law "
                         "in the body's catalog."), matter_name);
      return;
    }

  for (guint i = 0; i < n_lines; i++)
    {
      if (!lines[i].in_catalog)
        zf_findings_add (findings, "C3", "S3 §二(一)2", ZF_SEVERITY_ERROR,
                         _("The basis 《%s》 %s of “%s” is not in the body's catalog of "
                           "legal bases; add it to the catalog first."),
                         lines[i].title, lines[i].article ? lines[i].article : "",
                         matter_name);
      if (!is_blank (lines[i].repealed) && g_strcmp0 (lines[i].repealed, today) <= 0)
        zf_findings_add (findings, "C2", "S3 §二(一)1", ZF_SEVERITY_ERROR,
                         _("The basis 《%s》 of “%s” was repealed on %s."),
                         lines[i].title, matter_name, lines[i].repealed);
    }
}

void
zf_rule_duty_contained (const ZfDutyLine *lines,
                        guint             n_lines,
                        GPtrArray        *findings)
{
  for (guint i = 0; i < n_lines; i++)
    {
      const ZfDutyLine *d = &lines[i];

      if (!d->same_body)
        zf_findings_add (findings, "C4", "S3 §二(二)2", ZF_SEVERITY_ERROR,
                         _("“%s” is given the duty “%s”, which its body does not hold."),
                         d->holder_name, d->matter_name);
      else if (!d->matter_active)
        zf_findings_add (findings, "C4", "S3 §二(二)2", ZF_SEVERITY_ERROR,
                         _("“%s” is given the duty “%s”, which its body no longer holds "
                           "(transferred or abolished)."),
                         d->holder_name, d->matter_name);
      else if (!d->within_upper)
        zf_findings_add (findings, "C4", "S3 §二(二)2", ZF_SEVERITY_ERROR,
                         g_strcmp0 (d->holder_kind, "officer") == 0
                         ? _("The officer “%s” holds the duty “%s” but is not on the post "
                             "it is assigned to.")
                         : _("The post “%s” holds the duty “%s” but is not in the section "
                             "it is assigned to."),
                         d->holder_name, d->matter_name);
    }
}

const char *
zf_leniency_excluded_domain (const char *text)
{
  /* S1 §二(三)5 names the domains "安全生产、食品药品安全、生态环保、卫生防疫";
   * registers name them as the departments do. 应急管理 is the work-safety
   * department's domain (its enforcement is 安全生产 and 危险化学品);
   * 疾病预防控制 and 传染病防治 are epidemic prevention; 药品监管 and
   * 食品安全 food and drugs, with the medical devices, cosmetics and
   * vaccines the drug regulator oversees; 生态环境, 环境保护 and 污染防治 ecology and
   * environment. A broader domain such as 卫生健康 or 市场监管 is not
   * excluded as a whole: its entries name their own domain. */
  static const struct { const char *keyword; const char *domain; } excluded[] = {
    { "安全生产", N_("work safety") },
    { "应急管理", N_("work safety") },
    { "危险化学品", N_("work safety") },
    { "矿山安全", N_("work safety") },
    { "食品", N_("food and drugs") },
    { "药品", N_("food and drugs") },
    { "药监", N_("food and drugs") },
    { "食药", N_("food and drugs") },
    { "医疗器械", N_("food and drugs") },
    { "化妆品", N_("food and drugs") },
    { "疫苗", N_("food and drugs") },
    { "生态", N_("ecology and environment") },
    { "环保", N_("ecology and environment") },
    { "环境保护", N_("ecology and environment") },
    { "污染", N_("ecology and environment") },
    { "防疫", N_("epidemic prevention") },
    { "疾控", N_("epidemic prevention") },
    { "疾病预防", N_("epidemic prevention") },
    { "传染病", N_("epidemic prevention") },
    { "疫情", N_("epidemic prevention") },
  };

  if (is_blank (text))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (excluded); i++)
    if (strstr (text, excluded[i].keyword) != NULL)
      return _(excluded[i].domain);
  return NULL;
}

void
zf_rule_leniency_domain (const char *domain,
                         const char *body_domain,
                         const char *violation,
                         GPtrArray  *findings)
{
  const char *excluded;

  if (is_blank (domain) && is_blank (body_domain))
    {
      zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                       _("The entry needs its enforcement domain, so that the excluded "
                         "domains can be checked."));
      return;
    }
  if ((excluded = zf_leniency_excluded_domain (domain)) != NULL)
    zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                     _("“%s” is in the domain “%s” (%s): the four lists are not allowed in "
                       "work safety, food and drugs, ecology and environment, or epidemic "
                       "prevention."),
                     violation ? violation : "", domain, excluded);
  else if ((excluded = zf_leniency_excluded_domain (body_domain)) != NULL)
    zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                     _("“%s” belongs to a body of the domain “%s” (%s): the four lists are "
                       "not allowed in work safety, food and drugs, ecology and environment, "
                       "or epidemic prevention."),
                     violation ? violation : "", body_domain, excluded);
}

void
zf_rule_leniency_fields (const char *list,
                         const char *violation,
                         const char *basis,
                         const char *conditions,
                         GPtrArray  *findings)
{
  if (!zf_code_is_valid (&zf_leniency_lists, list))
    zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                     _("Choose one of the four lists: no penalty, lighter, mitigated or "
                       "no coercive measure."));
  if (is_blank (violation))
    zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                     _("The entry needs the violation it applies to."));
  if (is_blank (basis))
    zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                     _("The entry needs its legal basis."));
  if (is_blank (conditions))
    zf_findings_add (findings, "C5", "S1 §二(三)5", ZF_SEVERITY_ERROR,
                     _("The entry needs the conditions under which it applies."));
}

static int
compare_tiers (gconstpointer a,
               gconstpointer b)
{
  const ZfTierLine *ta = *(const ZfTierLine *const *) a;
  const ZfTierLine *tb = *(const ZfTierLine *const *) b;

  return zf_code_index (&zf_benchmark_tiers, ta->tier) -
         zf_code_index (&zf_benchmark_tiers, tb->tier);
}

/* Long: C6's three checks (inside the range, no overlap, no gap) over the
 * sorted tiers, each with its own message. */
void
zf_rule_benchmark_tiers (double            statutory_min,
                         double            statutory_max,
                         const ZfTierLine *tiers,
                         guint             n_tiers,
                         GPtrArray        *findings)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  if (isnan (statutory_min) || isnan (statutory_max) || statutory_min < 0 ||
      statutory_max < statutory_min)
    {
      zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_ERROR,
                       _("The statutory range needs a lower and an upper bound, the lower "
                         "not above the upper."));
      return;
    }

  for (guint i = 0; i < n_tiers; i++)
    {
      const ZfTierLine *t = &tiers[i];
      const char *label = zf_code_label (&zf_benchmark_tiers, t->tier);

      if (zf_code_index (&zf_benchmark_tiers, t->tier) < 0)
        {
          zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_ERROR,
                           _("Unknown tier “%s”."), t->tier ? t->tier : "");
          continue;
        }
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (tiers[j].tier, t->tier) == 0)
          zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_ERROR,
                           _("The tier “%s” is given twice."), label);
      if (isnan (t->range_min) || isnan (t->range_max) || t->range_max < t->range_min)
        {
          zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_ERROR,
                           _("The tier “%s” needs a range with the lower bound not above "
                             "the upper."), label);
          continue;
        }
      if (t->range_min < statutory_min || t->range_max > statutory_max)
        zf_findings_add (findings, "C6", "S2 §三(二)4", ZF_SEVERITY_ERROR,
                         _("The tier “%s” (%.15g–%.15g) lies outside the statutory range "
                           "(%.15g–%.15g)."),
                         label, t->range_min, t->range_max, statutory_min, statutory_max);
      g_ptr_array_add (sorted, (gpointer) t);
    }

  if (sorted->len == 0)
    return;
  g_ptr_array_sort (sorted, compare_tiers);

  /* Adjacent tiers may share a bound (5000 ends 一般 and starts 较重), the
   * way published benchmarks are written. */
  for (guint i = 1; i < sorted->len; i++)
    {
      const ZfTierLine *lo = sorted->pdata[i - 1];
      const ZfTierLine *hi = sorted->pdata[i];

      if (hi->range_min < lo->range_max)
        zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_ERROR,
                         _("The tiers “%s” (%.15g–%.15g) and “%s” (%.15g–%.15g) overlap."),
                         zf_code_label (&zf_benchmark_tiers, lo->tier), lo->range_min, lo->range_max,
                         zf_code_label (&zf_benchmark_tiers, hi->tier), hi->range_min, hi->range_max);
      else if (hi->range_min > lo->range_max)
        zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_WARNING,
                         _("Between the tiers “%s” and “%s” the range %.15g–%.15g is not covered."),
                         zf_code_label (&zf_benchmark_tiers, lo->tier),
                         zf_code_label (&zf_benchmark_tiers, hi->tier),
                         lo->range_max, hi->range_min);
    }

  {
    const ZfTierLine *first = sorted->pdata[0];
    const ZfTierLine *last = sorted->pdata[sorted->len - 1];

    if (first->range_min > statutory_min)
      zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_WARNING,
                       _("The statutory range %.15g–%.15g is not covered by any tier."),
                       statutory_min, first->range_min);
    if (last->range_max < statutory_max)
      zf_findings_add (findings, "C6", "S1 §二(三)6", ZF_SEVERITY_WARNING,
                       _("The statutory range %.15g–%.15g is not covered by any tier."),
                       last->range_max, statutory_max);
  }
}

void
zf_rule_draw_inspectors (guint        per_target,
                         const guint *counts,
                         guint        n_targets,
                         GPtrArray   *findings)
{
  if (per_target < 2)
    zf_findings_add (findings, "C7", "S4", ZF_SEVERITY_ERROR,
                     _("A double-random inspection needs at least 2 inspectors per target."));
  for (guint i = 0; i < n_targets; i++)
    if (counts[i] < 2)
      zf_findings_add (findings, "C7", "S4", ZF_SEVERITY_ERROR,
                       _("Target %u has %u inspectors; at least 2 are needed."),
                       i + 1, counts[i]);
}

void
zf_rule_draw_certificate (const ZfInspectorLine *line,
                          const char            *inspection_date,
                          const char            *category,
                          GPtrArray             *findings)
{
  static const char clause[] = "S0 §二(二)";
  const char *name = line->name ? line->name : "";
  const char *since = NULL;
  const char *status;

  if (!zf_date_is_valid (inspection_date))
    return;
  status = zf_certificate_status_on (line->events, line->issue_date, line->valid_until,
                                     line->status, inspection_date, &since);
  if (strcmp (status, "none") == 0 && since != NULL)
    zf_findings_add (findings, "C8", clause, ZF_SEVERITY_ERROR,
                     _("The certificate of %s was issued on %s, after the inspection (%s)."),
                     name, since, inspection_date);
  else if (strcmp (status, "none") == 0)
    zf_findings_add (findings, "C8", clause, ZF_SEVERITY_ERROR,
                     _("%s holds no valid enforcement certificate and may not inspect."), name);
  else if (strcmp (status, "expired") == 0)
    zf_findings_add (findings, "C8", clause, ZF_SEVERITY_ERROR,
                     _("The certificate of %s expired on %s, before the inspection (%s)."),
                     name, since, inspection_date);
  else if (strcmp (status, "valid") != 0 && since != NULL)
    zf_findings_add (findings, "C8", clause, ZF_SEVERITY_ERROR,
                     _("The certificate of %s was %s from %s, so it was not valid at the "
                       "inspection (%s)."),
                     name, zf_code_label (&zf_certificate_statuses, status), since,
                     inspection_date);
  else if (strcmp (status, "valid") != 0)
    zf_findings_add (findings, "C8", clause, ZF_SEVERITY_ERROR,
                     _("The certificate of %s is %s and the register does not say since when, "
                       "so it cannot be shown valid at the inspection (%s)."),
                     name, zf_code_label (&zf_certificate_statuses, status), inspection_date);
  else if (!zf_date_is_valid (line->issue_date) || !zf_date_is_valid (line->valid_until))
    zf_findings_add (findings, "C8", clause, ZF_SEVERITY_ERROR,
                     _("The certificate of %s is not valid on %s."), name, inspection_date);
  else if (!is_blank (category) && (line->category == NULL || strstr (line->category, category) == NULL))
    zf_findings_add (findings, "C8", "S4", ZF_SEVERITY_ERROR,
                     _("The certificate of %s does not cover the enforcement category “%s”."),
                     name, category);
}

void
zf_rule_random_share (const char *body_name,
                      int         year,
                      gint64      planned,
                      gint64      random_count,
                      double      min_percent,
                      GPtrArray  *findings)
{
  double share;

  if (planned <= 0)
    {
      zf_findings_add (findings, "C9", "S4", ZF_SEVERITY_WARNING,
                       _("%s has no planned inspections recorded for %d."), body_name, year);
      return;
    }
  share = 100.0 * (double) random_count / (double) planned;
  if (share < min_percent)
    zf_findings_add (findings, "C9", "S4", ZF_SEVERITY_WARNING,
                     _("%s: double-random inspections are %.1f%% of the %d planned in %d, "
                       "below the floor of %g%%."),
                     body_name, share, (int) MIN (planned, G_MAXINT), year, min_percent);
}

gboolean
zf_rule_draw_request (const char  *inspection_date,
                      guint        per_target,
                      GError     **error)
{
  if (!zf_date_is_valid (inspection_date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The draw needs the inspection date (write it as 2023-03-21)."));
      return FALSE;
    }
  if (per_target < 2)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_RULE, "C7 (S4): %s",
                   _("A double-random inspection needs at least 2 inspectors per target."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_draw_pools (guint        n_targets,
                    guint        wanted,
                    guint        n_inspectors,
                    guint        per_target,
                    const char  *inspection_date,
                    GError     **error)
{
  if (n_targets == 0 || wanted == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("There are no targets to draw from, or neither a number nor a ratio of "
                     "targets was given."));
      return FALSE;
    }
  if (n_inspectors < per_target)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_RULE,
                   _("Only %u officers hold a certificate valid on %s for this item's "
                     "category; %u are needed per target."),
                   n_inspectors, inspection_date, per_target);
      return FALSE;
    }
  return TRUE;
}

const char *
zf_rule_draw_rotation_reason (void)
{
  return _("Inspected this target in the previous draw");
}

gboolean
zf_rule_draw_replayed (gboolean   same,
                       GError   **error)
{
  if (!same)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_RULE,
                   _("Running the draw again from its stored seed and pools gives a "
                     "different result: the stored result has been altered."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_draw_result (const char  *done_date,
                     GError     **error)
{
  if (!zf_date_is_valid (done_date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The result needs the date of the inspection (write it as 2023-03-21)."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_law_fields (const char         *title,
                    const char         *level,
                    const char *const  *dates,
                    guint               n_dates,
                    GError            **error)
{
  if (is_blank (title))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The law needs its title."));
      return FALSE;
    }
  if (!zf_code_is_valid (&zf_law_levels, level))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Choose the level of “%s” (law, administrative regulation, local "
                     "regulation…)."), title);
      return FALSE;
    }
  for (guint i = 0; i < n_dates; i++)
    if (dates[i] != NULL && !zf_date_is_valid (dates[i]))
      {
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("“%s” is not a date (write it as 2023-03-21)."), dates[i]);
        return FALSE;
      }
  return TRUE;
}

gboolean
zf_rule_law_article (const char  *article,
                     GError     **error)
{
  if (is_blank (article))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The article needs its number (e.g. 第二十八条)."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_matter_fields (const char  *name,
                       gint64       body_id,
                       const char  *category,
                       GError     **error)
{
  if (is_blank (name) || body_id <= 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The matter needs its body and its name."));
      return FALSE;
    }
  if (!zf_code_is_valid (&zf_matter_categories, category))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Choose one of the twelve categories for “%s”."), name);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_matter_holders (gboolean   contained,
                        GError   **error)
{
  if (!contained)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_RULE, "C4 (S3 §二(二)2): %s",
                   _("The responsible section and post must belong to the matter's body, "
                     "the post to the section."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_duty_holder (gint64   section_id,
                     gint64   post_id,
                     gint64   officer_id,
                     GError **error)
{
  if (section_id <= 0 && post_id <= 0 && officer_id <= 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("Choose the section, post or officer who takes the duty."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_matter_transfer_request (const char  *date,
                                 const char  *doc_number,
                                 guint        n_matters,
                                 GError     **error)
{
  if (!zf_date_is_valid (date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A transfer needs its date (write it as 2023-03-21)."));
      return FALSE;
    }
  if (is_blank (doc_number))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A transfer needs the number of the document that decides it (文号)."));
      return FALSE;
    }
  if (n_matters == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("Choose the matters to transfer."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_matter_transfer (const char  *name,
                         const char  *status,
                         gint64       from_body_id,
                         gint64       to_body_id,
                         GError     **error)
{
  if (from_body_id == to_body_id)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” already belongs to the receiving body."), name);
      return FALSE;
    }
  if (g_strcmp0 (status, "active") != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_RULE,
                   _("“%s” is not active (it was transferred or abolished) and cannot be "
                     "transferred."), name);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_inspection_item_fields (const char  *item,
                                double       ratio,
                                GError     **error)
{
  if (is_blank (item))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The inspection item needs its name."));
      return FALSE;
    }
  if (!isnan (ratio) && (ratio <= 0 || ratio > 100))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The inspection ratio is a percentage above 0 and at most 100."));
      return FALSE;
    }
  return TRUE;
}

/* Digits with at most one decimal point and a final percent sign, after
 * full-width forms are folded: a number, not a frequency. */
static gboolean
is_bare_number (const char *text)
{
  g_autofree char *folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autofree char *trimmed = g_strstrip (g_strdup (folded ? folded : text));
  gsize n = strlen (trimmed);
  guint digits = 0, points = 0;

  if (n > 0 && trimmed[n - 1] == '%')
    trimmed[--n] = '\0';
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isdigit (trimmed[i]))
        digits++;
      else if (trimmed[i] == '.')
        points++;
      else
        return FALSE;
    }
  return digits > 0 && points <= 1;
}

gboolean
zf_rule_inspection_item_frequency (const char  *frequency,
                                   GError     **error)
{
  if (!is_blank (frequency) && is_bare_number (frequency))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The inspection frequency says how often in words (每年一次); “%s” is "
                     "a number: a ratio goes in the ratio."), frequency);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_inspection_target_fields (const char  *name,
                                  GError     **error)
{
  if (is_blank (name))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("The target needs its name."));
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_rule_inspection_plan (int      year,
                         gint64   planned,
                         GError **error)
{
  if (planned < 0 || year < 2000 || year > 2100)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The plan needs a year and a number of inspections not below zero."));
      return FALSE;
    }
  return TRUE;
}
