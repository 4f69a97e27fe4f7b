#include "config.h"

#include <math.h>
#include <locale.h>

#include "officer-test-util.h"
#include "zf-checklist-rules.h"
#include "zf-error.h"
#include "zf-test-util.h"

/* Counts the findings of @rule with @severity. */
static guint
count (GPtrArray  *findings,
       const char *rule,
       ZfSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      ZfFinding *f = findings->pdata[i];
      if (g_strcmp0 (f->rule, rule) == 0 && f->severity == severity)
        n++;
    }
  return n;
}

static const ZfCatalogLine full_catalog[] = {
  { "中华人民共和国行政处罚法", "law", NULL, NULL },
  { "中华人民共和国行政许可法", "law", NULL, NULL },
  { "中华人民共和国行政强制法", "law", NULL, NULL },
  { "中华人民共和国行政复议法", "law", "第九条", NULL },
  { "中华人民共和国食品安全法", "law", NULL, NULL },
};

static const ZfCatalogLine regulation_not_law[] = {
  { "中华人民共和国行政处罚法", "law", NULL, NULL },
  { "中华人民共和国行政许可法", "law", NULL, NULL },
  { "中华人民共和国行政强制法", "law", NULL, NULL },
  { "中华人民共和国行政复议法实施条例", "administrative_regulation", NULL, NULL },
};

static const ZfCatalogLine repealed_common[] = {
  { "行政处罚法", "law", NULL, "2021-07-15" },
  { "行政许可法", "law", NULL, NULL },
  { "行政强制法", "law", NULL, NULL },
  { "行政复议法", "law", NULL, NULL },
};

static void
test_common_laws (void)
{
  static const struct
  {
    const ZfCatalogLine *lines;
    guint                n;
    guint                missing;
  } cases[] = {
    { full_catalog, G_N_ELEMENTS (full_catalog), 0 },
    { NULL, 0, 4 },
    { regulation_not_law, G_N_ELEMENTS (regulation_not_law), 1 },
    { full_catalog, 3, 1 },
    { repealed_common, G_N_ELEMENTS (repealed_common), 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_catalog_common_laws (cases[i].lines, cases[i].n, f);
      g_assert_cmpuint (count (f, "C1", ZF_SEVERITY_WARNING), ==, cases[i].missing);
      g_assert_cmpuint (f->len, ==, cases[i].missing);
    }
}

static void
test_not_repealed (void)
{
  static const struct
  {
    const char *repealed;
    const char *today;
    guint       expected;
  } cases[] = {
    { NULL, "2024-01-01", 0 },
    { "", "2024-01-01", 0 },
    { "2023-12-31", "2024-01-01", 1 },
    { "2024-01-01", "2024-01-01", 1 },     /* repealed today: no longer in force */
    { "2024-01-02", "2024-01-01", 0 },     /* announced, not yet repealed */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();
      ZfCatalogLine line = { "某某条例", "local_regulation", NULL, cases[i].repealed };

      zf_rule_catalog_not_repealed (&line, 1, cases[i].today, f);
      g_assert_cmpuint (count (f, "C2", ZF_SEVERITY_WARNING), ==, cases[i].expected);
    }
}

static void
test_matter_basis (void)
{
  static const ZfBasisLine good[] = { { "行政处罚法", "第二十八条", TRUE, NULL } };
  static const ZfBasisLine outside[] = {
    { "行政处罚法", "第二十八条", TRUE, NULL },
    { "某某办法", "第三条", FALSE, NULL },
  };
  static const ZfBasisLine repealed[] = { { "旧条例", "第五条", TRUE, "2020-01-01" } };
  static const struct
  {
    const ZfBasisLine *lines;
    guint              n;
    guint              c3;
    guint              c2;
  } cases[] = {
    { good, 1, 0, 0 },
    { NULL, 0, 1, 0 },
    { outside, 2, 1, 0 },
    { repealed, 1, 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_matter_basis ("对无照经营的处罚", cases[i].lines, cases[i].n, "2024-06-01", f);
      g_assert_cmpuint (count (f, "C3", ZF_SEVERITY_ERROR), ==, cases[i].c3);
      g_assert_cmpuint (count (f, "C2", ZF_SEVERITY_ERROR), ==, cases[i].c2);
    }
}

static void
test_duty_contained (void)
{
  static const struct
  {
    ZfDutyLine line;
    guint      expected;
  } cases[] = {
    { { "事项", "section", "执法一科", TRUE, TRUE, TRUE }, 0 },
    { { "事项", "post", "外单位岗位", TRUE, FALSE, TRUE }, 1 },
    { { "事项", "officer", "张三", TRUE, FALSE, FALSE }, 1 },
    { { "事项", "post", "执法岗", FALSE, TRUE, TRUE }, 1 },
    { { "事项", "post", "执法岗", TRUE, TRUE, FALSE }, 1 },
    { { "事项", "officer", "李四", TRUE, TRUE, FALSE }, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_duty_contained (&cases[i].line, 1, f);
      g_assert_cmpuint (count (f, "C4", ZF_SEVERITY_ERROR), ==, cases[i].expected);
    }
}

static void
test_leniency_domain (void)
{
  static const struct
  {
    const char *domain;
    const char *body_domain;
    gboolean    refused;
  } cases[] = {
    { "市场监管", NULL, FALSE },
    { "交通运输", NULL, FALSE },
    { "安全生产", NULL, TRUE },
    { "应急管理", NULL, TRUE },
    { "食品安全", NULL, TRUE },
    { "药品监管", NULL, TRUE },
    { "医疗器械监管", NULL, TRUE },
    { "化妆品监管", NULL, TRUE },
    { "疫苗管理", NULL, TRUE },
    { "生态环境", NULL, TRUE },
    { "环保", NULL, TRUE },
    { "卫生防疫", NULL, TRUE },
    { "疾病预防控制", NULL, TRUE },
    { "传染病防治", NULL, TRUE },
    { "大气污染防治", NULL, TRUE },
    { "危险化学品", NULL, TRUE },
    { "卫生健康", NULL, FALSE },
    { "城市管理", NULL, FALSE },
    /* The body's domain counts as well as the entry's. */
    { "市场监管", "食品药品监管", TRUE },
    { "市场监管", "市场监管", FALSE },
    { NULL, "疾病预防控制", TRUE },
    { "", "交通运输", FALSE },
    { "", NULL, TRUE },           /* cannot be checked without a domain */
    { NULL, NULL, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_leniency_domain (cases[i].domain, cases[i].body_domain, "未按规定公示信息", f);
      g_assert_cmpuint (count (f, "C5", ZF_SEVERITY_ERROR), ==, cases[i].refused ? 1 : 0);
    }
}

static void
test_leniency_fields (void)
{
  static const struct
  {
    const char *list, *violation, *basis, *conditions;
    guint       errors;
  } cases[] = {
    { "no_penalty", "首次轻微违法", "行政处罚法第三十三条", "及时改正，未造成危害后果", 0 },
    { "parole", "首次轻微违法", "行政处罚法第三十三条", "及时改正", 1 },
    { "lighter", "", "行政处罚法第三十二条", "主动消除", 1 },
    { "mitigated", "违法", NULL, NULL, 2 },
    { NULL, NULL, NULL, NULL, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_leniency_fields (cases[i].list, cases[i].violation, cases[i].basis,
                               cases[i].conditions, f);
      g_assert_cmpuint (count (f, "C5", ZF_SEVERITY_ERROR), ==, cases[i].errors);
    }
}

static void
test_benchmark_tiers (void)
{
  static const ZfTierLine exact[] = {
    { "slight", 0, 1000 }, { "general", 1000, 5000 }, { "serious", 5000, 8000 },
    { "severe", 8000, 10000 },
  };
  static const ZfTierLine unordered[] = {
    { "severe", 8000, 10000 }, { "slight", 0, 1000 }, { "serious", 5000, 8000 },
    { "general", 1000, 5000 },
  };
  static const ZfTierLine outside[] = { { "slight", 0, 1000 }, { "general", 1000, 12000 } };
  static const ZfTierLine below[] = { { "slight", -5, 1000 }, { "general", 1000, 10000 } };
  static const ZfTierLine overlap[] = { { "slight", 0, 2000 }, { "general", 1000, 10000 } };
  static const ZfTierLine gap[] = { { "slight", 0, 1000 }, { "general", 2000, 10000 } };
  static const ZfTierLine short_top[] = { { "slight", 0, 1000 }, { "general", 1000, 9000 } };
  static const ZfTierLine inverted[] = { { "slight", 1000, 0 } };
  static const ZfTierLine twice[] = { { "slight", 0, 1000 }, { "slight", 1000, 10000 } };
  static const struct
  {
    double            smin, smax;
    const ZfTierLine *tiers;
    guint             n;
    guint             errors;
    guint             warnings;
  } cases[] = {
    { 0, 10000, exact, 4, 0, 0 },
    { 0, 10000, unordered, 4, 0, 0 },
    { 0, 10000, outside, 2, 1, 0 },
    { 0, 10000, below, 2, 1, 0 },
    { 0, 10000, overlap, 2, 1, 0 },
    { 0, 10000, gap, 2, 0, 1 },
    { 0, 10000, short_top, 2, 0, 1 },
    { 0, 10000, inverted, 1, 1, 0 },   /* refused; coverage is not judged on refused tiers */
    { 0, 10000, twice, 2, 1, 0 },
    { 10000, 0, exact, 4, 1, 0 },
    { NAN, 10000, exact, 4, 1, 0 },
    { 500, 10000, exact, 1, 1, 1 },    /* slight starts below the minimum */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_benchmark_tiers (cases[i].smin, cases[i].smax, cases[i].tiers, cases[i].n, f);
      g_assert_cmpuint (count (f, "C6", ZF_SEVERITY_ERROR), ==, cases[i].errors);
      g_assert_cmpuint (count (f, "C6", ZF_SEVERITY_WARNING), ==, cases[i].warnings);
    }

  /* The amounts in the finding as they were written: a cent over is not
   * shown as the bound itself. */
  {
    static const ZfTierLine cent_over[] = { { "serious", 8000, 10000.01 } };
    g_autoptr(GPtrArray) f = zf_findings_new ();
    const ZfFinding *finding;

    zf_rule_benchmark_tiers (0, 10000, cent_over, 1, f);
    g_assert_cmpuint (count (f, "C6", ZF_SEVERITY_ERROR), ==, 1);
    finding = f->pdata[0];
    g_assert_nonnull (strstr (finding->message, "(8000–10000.01)"));
    g_assert_nonnull (strstr (finding->message, "(0–10000)"));
  }
}

static void
test_draw_inspectors (void)
{
  static const guint ok[] = { 2, 3, 2 };
  static const guint one_short[] = { 2, 1, 2 };
  g_autoptr(GPtrArray) a = zf_findings_new ();
  g_autoptr(GPtrArray) b = zf_findings_new ();
  g_autoptr(GPtrArray) c = zf_findings_new ();

  zf_rule_draw_inspectors (2, ok, 3, a);
  g_assert_cmpuint (a->len, ==, 0);
  zf_rule_draw_inspectors (2, one_short, 3, b);
  g_assert_cmpuint (count (b, "C7", ZF_SEVERITY_ERROR), ==, 1);
  zf_rule_draw_inspectors (1, NULL, 0, c);
  g_assert_cmpuint (count (c, "C7", ZF_SEVERITY_ERROR), ==, 1);
}

static void
test_draw_certificate (void)
{
  static const struct
  {
    ZfInspectorLine line;
    const char     *category;
    gboolean        refused;
  } cases[] = {
    { { "王五", "valid", "2022-11-01", "2027-10-31", "市场监管", NULL }, "市场监管", FALSE },
    { { "王五", "valid", "2022-11-01", "2027-10-31", "市场监管、质量监督", NULL }, "质量监督", FALSE },
    { { "王五", "valid", "2022-11-01", "2027-10-31", "市场监管", NULL }, NULL, FALSE },
    { { "王五", "valid", "2022-11-01", "2024-06-01", "市场监管", NULL }, "市场监管", FALSE }, /* last day */
    { { "王五", "valid", "2022-11-01", "2024-05-31", "市场监管", NULL }, "市场监管", TRUE },
    { { "王五", "valid", "2024-06-02", "2029-06-01", "市场监管", NULL }, "市场监管", TRUE },
    { { "王五", "suspended", "2022-11-01", "2027-10-31", "市场监管", NULL }, "市场监管", TRUE },
    { { "王五", "expired", "2017-11-01", "2022-10-31", "市场监管", NULL }, "市场监管", TRUE },
    { { "王五", "valid", "2022-11-01", "2027-10-31", "交通运输", NULL }, "市场监管", TRUE },
    { { "王五", "valid", NULL, NULL, "市场监管", NULL }, "市场监管", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_draw_certificate (&cases[i].line, "2024-06-01", cases[i].category, f);
      g_assert_cmpuint (count (f, "C8", ZF_SEVERITY_ERROR), ==, cases[i].refused ? 1 : 0);
    }
}

/* C8 on the day of the inspection, from the certificate's events: a card
 * suspended from 2024-03-01 and returned on 2024-09-01, one that expired
 * after 2024-06-01, one issued on 2024-04-01. Today's status of the
 * register (the cache) does not decide when there are events. */
static void
test_draw_certificate_on_the_day (void)
{
#define H "applied@2022-10-01 issued@2022-11-01 "
  static const struct
  {
    const char *events;
    const char *cached;
    const char *issue;
    const char *until;
    const char *date;
    gboolean    refused;
  } cases[] = {
    { H "suspension@2024-03-01 return@2024-09-01", "valid", "2022-11-01", "2027-10-31", "2024-02-29", FALSE },
    { H "suspension@2024-03-01 return@2024-09-01", "valid", "2022-11-01", "2027-10-31", "2024-03-01", TRUE },
    { H "suspension@2024-03-01 return@2024-09-01", "valid", "2022-11-01", "2027-10-31", "2024-08-31", TRUE },
    { H "suspension@2024-03-01 return@2024-09-01", "valid", "2022-11-01", "2027-10-31", "2024-09-01", FALSE },
    /* Suspended today, not yet on the day of the inspection. */
    { H "suspension@2024-03-01", "suspended", "2022-11-01", "2027-10-31", "2024-02-29", FALSE },
    { H "suspension@2024-03-01", "suspended", "2022-11-01", "2027-10-31", "2024-03-01", TRUE },
    /* Revoked the day after the inspection. */
    { H "revocation@2024-06-02", "revoked", "2022-11-01", "2027-10-31", "2024-06-01", FALSE },
    { H "revocation@2024-06-02", "revoked", "2022-11-01", "2027-10-31", "2024-06-02", TRUE },
    /* Expiry: the last day counts. */
    { H, "expired", "2022-11-01", "2024-06-01", "2024-06-01", FALSE },
    { H, "expired", "2022-11-01", "2024-06-01", "2024-06-02", TRUE },
    /* Issued the day after the inspection, or on it. */
    { "applied@2024-03-01 issued@2024-04-01", "valid", "2024-04-01", "2029-03-31", "2024-03-31", TRUE },
    { "applied@2024-03-01 issued@2024-04-01", "valid", "2024-04-01", "2029-03-31", "2024-04-01", FALSE },
  };
#undef H

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) events = officer_test_events (cases[i].events);
      g_autoptr(GPtrArray) f = zf_findings_new ();
      ZfInspectorLine line = { "王五", cases[i].cached, cases[i].issue, cases[i].until, "市场监管",
                               events };

      g_test_message ("case %u: %s on %s", i, cases[i].events, cases[i].date);
      zf_rule_draw_certificate (&line, cases[i].date, "市场监管", f);
      g_assert_cmpuint (count (f, "C8", ZF_SEVERITY_ERROR), ==, cases[i].refused ? 1 : 0);
    }
}

static void
test_random_share (void)
{
  static const struct
  {
    gint64 planned, random;
    double floor;
    guint  expected;
  } cases[] = {
    { 100, 30, 30, 0 },
    { 100, 29, 30, 1 },
    { 100, 100, 30, 0 },
    { 10, 3, 30, 0 },
    { 10, 3, 35, 1 },     /* the floor rises yearly: it is a setting */
    { 0, 5, 30, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) f = zf_findings_new ();

      zf_rule_random_share ("某县市场监督管理局", 2024, cases[i].planned, cases[i].random,
                            cases[i].floor, f);
      g_assert_cmpuint (count (f, "C9", ZF_SEVERITY_WARNING), ==, cases[i].expected);
    }
}

/* C7's refusals of a draw, at their edges: 2 inspectors per target is
 * the floor, the qualified officers must cover one target's team, and a
 * draw needs a target. */
static void
test_draw_refusals (void)
{
  static const struct
  {
    const char *date;
    guint       per_target;
    guint       n_targets, wanted, n_inspectors;
    int         request_error;   /* -1 none */
    int         pools_error;
  } cases[] = {
    { "2024-05-01", 2, 10, 3, 2, -1, -1 },
    { "2024-05-01", 3, 10, 3, 3, -1, -1 },
    { "2024-05-01", 1, 10, 3, 5, ZF_ERROR_RULE, -1 },
    { "2024-05-01", 0, 10, 3, 5, ZF_ERROR_RULE, -1 },
    { "2024-5-1", 2, 10, 3, 5, ZF_ERROR_INVALID, -1 },
    { NULL, 2, 10, 3, 5, ZF_ERROR_INVALID, -1 },
    { "2024-05-01", 3, 10, 3, 2, -1, ZF_ERROR_RULE },
    { "2024-05-01", 2, 10, 3, 1, -1, ZF_ERROR_RULE },
    { "2024-05-01", 2, 0, 0, 5, -1, ZF_ERROR_INVALID },
    { "2024-05-01", 2, 10, 0, 5, -1, ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_draw_request (cases[i].date, cases[i].per_target, &error);

      g_test_message ("case %u", i);
      if (cases[i].request_error < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, ZF_ERROR, cases[i].request_error);
          g_assert_false (ok);
          if (cases[i].request_error == ZF_ERROR_RULE)
            g_assert_true (g_str_has_prefix (error->message, "C7 (S4): "));
          continue;
        }
      ok = zf_rule_draw_pools (cases[i].n_targets, cases[i].wanted, cases[i].n_inspectors,
                               cases[i].per_target, cases[i].date, &error);
      if (cases[i].pools_error < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, ZF_ERROR, cases[i].pools_error);
          g_assert_false (ok);
        }
    }
  g_assert_cmpstr (zf_rule_draw_rotation_reason (), !=, "");

  /* A stored draw replayed, and a result's date. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_draw_replayed (i == 0, &error);

      zf_test_assert_refusal ("replayed", ok, error, i == 0 ? -1 : ZF_ERROR_RULE);
    }
  for (guint i = 0; i < 4; i++)
    {
      static const char *const dates[] = { "2024-05-01", "2024-05-32", "", NULL };
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_draw_result (dates[i], &error);

      zf_test_assert_refusal ("result date", ok, error, i == 0 ? -1 : ZF_ERROR_INVALID);
    }
}

/* The refusals of a write to the catalog of legal bases, at their edges. */
static void
test_law_refusals (void)
{
  static const struct
  {
    const char *title, *level, *date;
    int         error;   /* -1 accepted */
  } cases[] = {
    { "中华人民共和国行政处罚法", "law", "2021-07-15", -1 },
    { "中华人民共和国行政处罚法", "law", NULL, -1 },
    { "中华人民共和国行政处罚法", "law", "2021-7-15", ZF_ERROR_INVALID },
    { "中华人民共和国行政处罚法", "law", "2021-02-29", ZF_ERROR_INVALID },
    { "中华人民共和国行政处罚法", "statute", NULL, ZF_ERROR_INVALID },
    { "中华人民共和国行政处罚法", NULL, NULL, ZF_ERROR_INVALID },
    { "", "law", NULL, ZF_ERROR_INVALID },
    { NULL, "law", NULL, ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("law case %u", i);
      const char *dates[] = { "2021-01-22", NULL, cases[i].date, NULL };
      gboolean ok = zf_rule_law_fields (cases[i].title, cases[i].level, dates,
                                        G_N_ELEMENTS (dates), &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
    }
  for (guint i = 0; i < 3; i++)
    {
      static const char *const articles[] = { "第二十八条", "", NULL };
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_law_article (articles[i], &error);

      zf_test_assert_refusal (articles[i] ? articles[i] : "(null)", ok, error,
                              i == 0 ? -1 : ZF_ERROR_INVALID);
    }
}

/* A matter's fields, C4's holders and the transfer of matters. */
static void
test_matter_refusals (void)
{
  static const struct
  {
    const char *name;
    gint64      body_id;
    const char *category;
    int         error;
  } fields[] = {
    { "食品经营许可", 1, "licensing", -1 },
    { "食品经营许可", 0, "licensing", ZF_ERROR_INVALID },
    { "食品经营许可", -1, "licensing", ZF_ERROR_INVALID },
    { "", 1, "licensing", ZF_ERROR_INVALID },
    { NULL, 1, "licensing", ZF_ERROR_INVALID },
    { "食品经营许可", 1, "permit", ZF_ERROR_INVALID },
    { "食品经营许可", 1, NULL, ZF_ERROR_INVALID },
  };
  static const struct
  {
    gint64 section, post, officer;
    int    error;
  } duties[] = {
    { 1, 0, 0, -1 }, { 0, 1, 0, -1 }, { 0, 0, 1, -1 },
    { 0, 0, 0, ZF_ERROR_INVALID }, { -1, -1, -1, ZF_ERROR_INVALID },
  };
  static const struct
  {
    const char *date, *doc_number;
    guint       n_matters;
    const char *status;
    gint64      from, to;
    int         request_error, matter_error;
  } transfers[] = {
    { "2024-05-01", "X政发〔2024〕3号", 1, "active", 1, 2, -1, -1 },
    { "2024-05-01", "X政发〔2024〕3号", 0, "active", 1, 2, ZF_ERROR_INVALID, -1 },
    { "2024-05-01", "", 1, "active", 1, 2, ZF_ERROR_INVALID, -1 },
    { "2024-05-01", NULL, 1, "active", 1, 2, ZF_ERROR_INVALID, -1 },
    { "20240501", "1", 1, "active", 1, 2, ZF_ERROR_INVALID, -1 },
    { "2024-05-01", "1", 1, "active", 2, 2, -1, ZF_ERROR_INVALID },
    { "2024-05-01", "1", 1, "transferred", 1, 2, -1, ZF_ERROR_RULE },
    { "2024-05-01", "1", 1, "abolished", 1, 2, -1, ZF_ERROR_RULE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("fields case %u", i);
      gboolean ok = zf_rule_matter_fields (fields[i].name, fields[i].body_id,
                                           fields[i].category, &error);

      zf_test_assert_refusal (what, ok, error, fields[i].error);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_matter_holders (i == 0, &error);

      zf_test_assert_refusal ("holders", ok, error, i == 0 ? -1 : ZF_ERROR_RULE);
      if (!ok)
        g_assert_true (g_str_has_prefix (error->message, "C4 (S3 §二(二)2): "));
    }
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("duty case %u", i);
      gboolean ok = zf_rule_duty_holder (duties[i].section, duties[i].post, duties[i].officer,
                                         &error);

      zf_test_assert_refusal (what, ok, error, duties[i].error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (transfers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("transfer case %u", i);
      gboolean ok = zf_rule_matter_transfer_request (transfers[i].date, transfers[i].doc_number,
                                                     transfers[i].n_matters, &error);

      zf_test_assert_refusal (what, ok, error, transfers[i].request_error);
      g_clear_error (&error);
      ok = zf_rule_matter_transfer ("食品经营许可", transfers[i].status, transfers[i].from,
                                    transfers[i].to, &error);
      zf_test_assert_refusal (what, ok, error, transfers[i].matter_error);
    }
}

/* Random-inspection items, targets and the year's plan. */
static void
test_inspection_refusals (void)
{
  static const struct
  {
    const char *item;
    double      ratio;
    int         error;
  } items[] = {
    { "食品销售者检查", NAN, -1 },
    { "食品销售者检查", 100, -1 },
    { "食品销售者检查", 0.5, -1 },
    { "食品销售者检查", 100.01, ZF_ERROR_INVALID },
    { "食品销售者检查", 0, ZF_ERROR_INVALID },
    { "食品销售者检查", -5, ZF_ERROR_INVALID },
    { "", 5, ZF_ERROR_INVALID },
    { NULL, 5, ZF_ERROR_INVALID },
  };
  static const struct
  {
    int    year;
    gint64 planned;
    int    error;
  } plans[] = {
    { 2000, 0, -1 }, { 2100, 40, -1 }, { 1999, 40, ZF_ERROR_INVALID },
    { 2101, 40, ZF_ERROR_INVALID }, { 2024, -1, ZF_ERROR_INVALID },
  };
  /* 抽查频次 is words; a number there is a ratio in the wrong column. */
  static const struct
  {
    const char *text;
    int         error;
  } frequencies[] = {
    { "每年一次", -1 },
    { "每年2次", -1 },
    { "2次/年", -1 },
    { "", -1 },
    { NULL, -1 },
    { "30", ZF_ERROR_INVALID },
    { "30.0", ZF_ERROR_INVALID },
    { " 30% ", ZF_ERROR_INVALID },
    { "３０％", ZF_ERROR_INVALID },
    { "3.0.1", -1 },
    { "%", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("item case %u", i);
      gboolean ok = zf_rule_inspection_item_fields (items[i].item, items[i].ratio, &error);

      zf_test_assert_refusal (what, ok, error, items[i].error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("plan case %u", i);
      gboolean ok = zf_rule_inspection_plan (plans[i].year, plans[i].planned, &error);

      zf_test_assert_refusal (what, ok, error, plans[i].error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (frequencies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("frequency case %u (%s)", i, frequencies[i].text);
      gboolean ok = zf_rule_inspection_item_frequency (frequencies[i].text, &error);

      zf_test_assert_refusal (what, ok, error, frequencies[i].error);
    }
  for (guint i = 0; i < 3; i++)
    {
      static const char *const names[] = { "某某超市", "", NULL };
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_rule_inspection_target_fields (names[i], &error);

      zf_test_assert_refusal ("target", ok, error, i == 0 ? -1 : ZF_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checklist-rules/C1-common-laws", test_common_laws);
  g_test_add_func ("/checklist-rules/C2-not-repealed", test_not_repealed);
  g_test_add_func ("/checklist-rules/C3-matter-basis", test_matter_basis);
  g_test_add_func ("/checklist-rules/C4-duty-contained", test_duty_contained);
  g_test_add_func ("/checklist-rules/C5-leniency-domain", test_leniency_domain);
  g_test_add_func ("/checklist-rules/C5-leniency-fields", test_leniency_fields);
  g_test_add_func ("/checklist-rules/C6-benchmark-tiers", test_benchmark_tiers);
  g_test_add_func ("/checklist-rules/C7-draw-inspectors", test_draw_inspectors);
  g_test_add_func ("/checklist-rules/C7-draw-refusals", test_draw_refusals);
  g_test_add_func ("/checklist-rules/C8-draw-certificate", test_draw_certificate);
  g_test_add_func ("/checklist-rules/C8-on-the-day", test_draw_certificate_on_the_day);
  g_test_add_func ("/checklist-rules/law-refusals", test_law_refusals);
  g_test_add_func ("/checklist-rules/matter-refusals", test_matter_refusals);
  g_test_add_func ("/checklist-rules/inspection-refusals", test_inspection_refusals);
  g_test_add_func ("/checklist-rules/C9-random-share", test_random_share);

  return g_test_run ();
}
