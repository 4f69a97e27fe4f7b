#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-date.h"
#include "zf-demo-private.h"
#include "zf-i18n.h"
#include "zf-validate.h"

static gboolean
add_event (Demo        *d,
           gint64       officer,
           gint64       certificate,
           const char  *kind,
           const char  *date,
           gint64       passed,      /* -1: not applicable */
           double       hours,
           const char  *grade,
           const char  *rule,
           const char  *reason,
           GError     **error)
{
  g_autofree char *doc = NULL;

  if (g_strcmp0 (kind, "issued") == 0 || g_strcmp0 (kind, "suspension") == 0 ||
      g_strcmp0 (kind, "return") == 0 || g_strcmp0 (kind, "revocation") == 0)
    doc = g_strdup_printf ("鄂司执〔%d〕%d号", zf_date_year (date), demo_rint (d, 1, 300));
  d->n_events++;
  if (passed < 0)
    return zf_store_demo_insert (d->store, ZF_DEMO_OFFICER_EVENT, error, "rrsssdssssss",
                                 officer, certificate, kind, date, NULL, hours, grade, NULL,
                                 rule, reason, doc, d->operator_name) != 0;
  return zf_store_demo_insert (d->store, ZF_DEMO_OFFICER_EVENT, error, "rrssidssssss",
                               officer, certificate, kind, date, passed, hours, grade, NULL,
                               rule, reason, doc, d->operator_name) != 0;
}


/* One officer's certificate and history. The certificate's status is what
 * the events imply: issued → valid, suspension → suspended, return →
 * valid, revocation → revoked, cancellation → cancelled; a valid card past
 * its valid-until date is expired. Long: a linear script of the card's
 * events in date order, each drawn by its profile. */
static gboolean
add_certificate_history (Demo        *d,
                         DemoBody    *body,
                         gint64       officer,
                         int          profile,
                         GError     **error)
{
  gboolean room = profile >= 3 && profile < 9;
  g_autofree char *issue = demo_days_before_today (d, room ? demo_rint (d, 500, 1600)
                                                      : demo_rint (d, 60, 1900));
  g_autofree char *valid_until = zf_date_add_days (issue, 5 * 365 - 1);
  g_autofree char *applied = zf_date_add_days (issue, -90);
  g_autofree char *exam = zf_date_add_days (issue, -40);
  g_autofree char *number = NULL;
  const char *status = "valid";
  const char *domain = body->dept ? body->dept->domain : "乡镇综合执法";
  gint64 cert;

  if (profile < 3)
    {
      g_autofree char *recent = demo_days_before_today (d, demo_rint (d, 20, 80));
      g_autofree char *review = zf_date_add_days (recent, 10);

      cert = zf_store_demo_insert (d->store, ZF_DEMO_CERTIFICATE, error, "rssssss" "s",
                                   officer, NULL, NULL, NULL, NULL, domain, body->region_name,
                                   "applying");
      d->n_certificates++;
      return cert != 0 &&
             add_event (d, officer, cert, "applied", recent, -1, NAN, NULL, NULL, NULL, error) &&
             add_event (d, officer, cert, "review_first", review, 1, NAN, NULL, NULL, NULL, error);
    }

  number = g_strdup_printf ("%.6s%07" G_GUINT64_FORMAT, body->region_code, ++d->n_certificates);
  if (profile < 5)
    status = "cancelled";
  else if (profile < 6)
    status = "revoked";
  else if (profile < 8)
    status = "suspended";
  else if (g_strcmp0 (valid_until, d->today) < 0)
    status = "expired";

  cert = zf_store_demo_insert (d->store, ZF_DEMO_CERTIFICATE, error, "rssssss" "s", officer,
                               number, "湖北省人民政府", issue, valid_until, domain,
                               body->region_name, status);
  if (cert == 0 ||
      !add_event (d, officer, cert, "applied", applied, -1, NAN, NULL, NULL, NULL, error) ||
      !add_event (d, officer, cert, "exam", exam, 1, NAN, NULL, NULL, NULL, error) ||
      !add_event (d, officer, cert, "issued", issue, -1, NAN, NULL, NULL, NULL, error))
    return FALSE;

  if (profile < 5)
    {
      g_autofree char *yesterday = demo_days_before_today (d, 1);
      g_autofree char *when = demo_date_between (d, issue, yesterday);
      return add_event (d, officer, cert, "cancellation", when, -1, NAN, NULL, NULL,
                        "调离执法岗位", error);
    }

  /* Case files need handlers whose card was valid all along. */
  if (profile >= 9 && strcmp (status, "valid") == 0)
    {
      DemoOfficer o = { .id = officer };
      memcpy (o.issue, issue, sizeof o.issue);
      g_array_append_val (body->officers, o);
    }

  {
    /* Training and an annual assessment, both after the card was issued. */
    g_autofree char *t1 = zf_date_add_days (issue, demo_rint (d, 20, 120));
    g_autofree char *a1 = zf_date_add_days (issue, demo_rint (d, 150, 300));
    gboolean incompetent = profile >= 5 && profile < 9;
    double hours = demo_chance (d, 8) ? demo_rint (d, 16, 36) : demo_rint (d, 40, 80);

    if (g_strcmp0 (t1, d->today) < 0 &&
        !add_event (d, officer, cert, "training", t1, -1, hours, NULL, NULL, NULL, error))
      return FALSE;
    if (g_strcmp0 (a1, d->today) < 0 &&
        !add_event (d, officer, cert, "assessment", a1, -1, NAN,
                    incompetent ? "incompetent" : demo_chance (d, 20) ? "excellent" : "competent",
                    NULL, NULL, error))
      return FALSE;
    if (!incompetent)
      return TRUE;

    /* R2: 不称职 → suspension. */
    {
      g_autofree char *s1 = zf_date_add_days (a1, 20);
      g_autofree char *t2 = zf_date_add_days (s1, 30);
      g_autofree char *e2 = zf_date_add_days (s1, 45);
      g_autofree char *r2 = zf_date_add_days (s1, 60);

      if (!add_event (d, officer, cert, "suspension", s1, -1, NAN, NULL, "R2",
                      "年度考核不称职", error))
        return FALSE;
      if (profile == 5)
        {
          /* R4: suspended twice → revoked. */
          g_autofree char *s2 = zf_date_add_days (s1, 90);
          g_autofree char *rv = zf_date_add_days (s1, 120);
          /* The first card comes back as R3 asks: trained, exam passed. */
          return add_event (d, officer, cert, "training", t2, -1, 40.0, NULL, NULL, NULL, error) &&
                 add_event (d, officer, cert, "exam", e2, 1, NAN, NULL, NULL, NULL, error) &&
                 add_event (d, officer, cert, "return", r2, -1, NAN, NULL, "R3", NULL, error) &&
                 add_event (d, officer, cert, "suspension", s2, -1, NAN, NULL, "R2",
                            "执法过错", error) &&
                 add_event (d, officer, cert, "revocation", rv, -1, NAN, NULL, "R4",
                            "暂扣2次以上", error);
        }
      if (profile < 8)
        return TRUE;
      /* R3: training and a passed exam, then the card is returned. */
      return add_event (d, officer, cert, "training", t2, -1, 40.0, NULL, NULL, NULL, error) &&
             add_event (d, officer, cert, "exam", e2, 1, NAN, NULL, NULL, NULL, error) &&
             add_event (d, officer, cert, "return", r2, -1, NAN, NULL, "R3", NULL, error);
    }
  }
}

gboolean
demo_generate_officers (Demo    *d,
                        GError **error)
{
  static const char *const titles[] = { "科员", "四级主任科员", "副股长", "股长", "副大队长", "一级科员" };
  const char *stage = _("Officers");
  guint total = d->sizes->officers;

  for (guint i = 0; i < total && d->bodies->len > 0; i++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, demo_rint (d, 0, d->bodies->len - 1));
      const char *region = strlen (body->region_name) > 0 ? body->region_code
                           : zf_demo_counties[demo_rint (d, 0, zf_demo_n_counties - 1)].code;
      char birth[11];
      g_autofree char *id_number = demo_id_number (d, region, birth);
      g_autofree char *name = demo_person_name (d);
      g_autofree char *phone = demo_phone (d);
      g_autofree char *activity = demo_days_before_today (d, demo_rint (d, 1, 900));
      int roll = demo_rint (d, 0, 99);
      const char *staffing = roll < 70 ? "administrative" : roll < 85 ? "civil_service_managed"
                             : roll < 92 ? "institution" : roll < 95 ? "non_staff" : "auxiliary";
      gboolean eligible = roll < 92;
      const char *sex = zf_id_number_sex (id_number) == ZF_SEX_MALE ? "male" : "female";
      const char *title = titles[demo_rint (d, 0, 5)];
      /* How the card's history goes (add_certificate_history): a holder
       * whose card was cancelled (3, 4) or revoked (5) has left the
       * enforcement post, as recording that event does (R4, R7). */
      int profile = eligible ? demo_rint (d, 0, 99) : -1;
      gboolean on_post = eligible && (profile < 3 || profile > 5);
      gint64 officer;

      officer = zf_store_demo_insert (d->store, ZF_DEMO_OFFICER, error, "ssssrrrssiissss",
                                      name, id_number, sex, birth, body->id, body->section_id,
                                      body->post_id, title, staffing,
                                      (gint64) (roll < 95), (gint64) on_post, phone,
                                      body->dept ? body->dept->domain : "乡镇综合执法",
                                      body->region_name[0] ? body->region_name : "湖北省",
                                      activity);
      if (officer == 0)
        return FALSE;

      if (eligible)
        {
          if (!add_certificate_history (d, body, officer, profile, error))
            return FALSE;
        }
      else
        {
          g_autofree char *t = demo_days_before_today (d, demo_rint (d, 30, 300));
          if (!add_event (d, officer, 0, "training", t, -1, (double) demo_rint (d, 8, 24),
                          NULL, NULL, NULL, error))
            return FALSE;
        }
      demo_report (d, stage, i + 1, total);
    }
  return TRUE;
}
