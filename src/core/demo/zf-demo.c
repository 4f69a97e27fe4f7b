#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include <math.h>

#include "zf-date.h"
#include "zf-demo-data.h"
#include "zf-demo.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-demo.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"
#include "zf-util.h"
#include "zf-validate.h"

#define PROGRESS_STEP 5000

typedef struct
{
  gint64  id;
  char    issue[11];
} DemoOfficer;

typedef struct
{
  gint64      id;
  char       *name;
  char       *region_code;
  char       *region_name;
  char       *abbr;
  const ZfDemoDepartment *dept;   /* NULL for townships */
  gint64      section_id;
  gint64      post_id;
  gboolean    published;
  GArray     *matters;            /* gint64 matter ids */
  GArray     *category_of;        /* guint category index per matter */
  GArray     *officers;           /* DemoOfficer with a valid certificate */
} DemoBody;

/* A case file the demo may evaluate. */
typedef struct
{
  gint64      id;
  const char *category;
  char        closed[11];   /* the last date of its procedure */
  guint       body;         /* index into bodies */
} DemoCase;

typedef struct
{
  ZfStore           *store;
  GRand             *rand;
  const ZfDemoSizes *sizes;
  char              *today;
  int                year;
  const char        *operator_name;
  ZfDemoProgress     progress;
  gpointer           user_data;
  GArray            *bodies;         /* DemoBody */
  GArray            *cases;          /* DemoCase */
  GArray            *laws;           /* first article id of each law */
  GArray            *law_ids;        /* id of each law */
  GArray            *targets;        /* gint64 ids */
  GPtrArray         *target_names;
  GPtrArray         *target_codes;
  GHashTable        *id_numbers;
  guint              code_serial;
  guint64            n_events;
  guint64            n_certificates;
  guint64            n_items;
} Demo;

static const struct
{
  const char *code;
  const char *prefix;
  guint       weight;
} categories[] = {
  { "penalty", "CF", 55 }, { "licensing", "XK", 12 }, { "coercion", "QZ", 10 },
  { "inspection", "JC", 12 }, { "confirmation", "QR", 3 }, { "levy", "ZS", 2 },
  { "benefit", "JF", 2 }, { "reward", "JL", 2 }, { "adjudication", "CJ", 1 },
  { "other", "QT", 1 },
};

void
zf_demo_sizes_init (ZfDemoSizes *sizes)
{
  *sizes = (ZfDemoSizes) {
    .bodies = ZF_DEMO_DEFAULT_BODIES,
    .officers = ZF_DEMO_DEFAULT_OFFICERS,
    .matters = ZF_DEMO_DEFAULT_MATTERS,
    .cases = ZF_DEMO_DEFAULT_CASES,
    .seed = ZF_DEMO_DEFAULT_SEED,
  };
}

static int
rint_between (Demo *d,
              int   lo,
              int   hi)
{
  return g_rand_int_range (d->rand, lo, hi + 1);
}

static gboolean
chance (Demo *d,
        int   percent)
{
  return g_rand_int_range (d->rand, 0, 100) < percent;
}

static char *
days_before_today (Demo *d,
                   int   days)
{
  return zf_date_add_days (d->today, -days);
}

static void
report (Demo       *d,
        const char *stage,
        guint64     done,
        guint64     total)
{
  if (d->progress != NULL && (done % PROGRESS_STEP == 0 || done == total))
    d->progress (stage, done, total, d->user_data);
}

/* GB 32100: registration authority and kind, region, a 9-character
 * organization code (made unique by a serial), check character. */
static char *
make_credit_code (Demo       *d,
                  const char *kind,
                  const char *region)
{
  char code[19];

  /* 7919 is prime to 10^9, so distinct serials give distinct codes. */
  g_snprintf (code, sizeof code, "%s%.6s%09u", kind, region,
              (guint) (((guint64) ++d->code_serial * 7919u + d->sizes->seed) % 1000000000u));
  code[17] = zf_credit_code_check_char (code);
  code[18] = '\0';
  return g_strdup (code);
}

static char *
make_id_number (Demo       *d,
                const char *region,
                char       *birth_out)
{
  for (;;)
    {
      char first17[18];
      GDate date;
      g_autofree char *birth = NULL;
      char *id;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 1965);
      g_date_add_days (&date, rint_between (d, 0, 365 * 35));
      birth = zf_date_to_iso (&date);
      g_snprintf (first17, sizeof first17, "%.6s%.4s%.2s%.2s%03d", region,
                  birth, birth + 5, birth + 8, rint_between (d, 0, 999));
      id = g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
      if (g_hash_table_add (d->id_numbers, id))
        {
          memcpy (birth_out, birth, 11);
          return g_strdup (id);   /* the set keeps its own */
        }
    }
}

static char *
make_person_name (Demo *d)
{
  const char *surname = zf_demo_surnames[rint_between (d, 0, zf_demo_n_surnames - 1)];
  const char *a = zf_demo_given[rint_between (d, 0, zf_demo_n_given - 1)];

  if (chance (d, 30))
    return g_strconcat (surname, a, NULL);
  return g_strconcat (surname, a, zf_demo_given[rint_between (d, 0, zf_demo_n_given - 1)], NULL);
}

static char *
make_phone (Demo *d)
{
  static const char *const prefixes[] = { "13", "15", "17", "18", "19" };

  return g_strdup_printf ("%s%09d", prefixes[rint_between (d, 0, 4)],
                          rint_between (d, 0, 999999999));
}

static char *
make_address (Demo       *d,
              const char *city,
              const char *county)
{
  return g_strdup_printf ("湖北省%s%s%s%d号", city, county,
                          zf_demo_roads[rint_between (d, 0, zf_demo_n_roads - 1)],
                          rint_between (d, 1, 299));
}

/* The status history of a body, in order, ending at @status. @dates are
 * the planned dates of pending, confirmed, published and revoked. */
static gboolean
add_body_history (Demo        *d,
                  gint64       body_id,
                  const char  *status,
                  const char  *abbr,
                  char       **dates,
                  GError     **error)
{
  static const char *const order[] = { "pending", "confirmed", "published", "revoked" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *doc = g_strdup_printf ("%s政发〔%d〕%d号", abbr, zf_date_year (dates[i]),
                                              rint_between (d, 1, 99));

      if (!zf_store_demo_insert (d->store, ZF_DEMO_BODY_STATUS_EVENT, error, "rsssss",
                                 body_id, order[i], dates[i], i == 0 ? NULL : doc, NULL,
                                 d->operator_name))
        return FALSE;
      if (g_strcmp0 (order[i], status) == 0)
        break;
    }

  if (g_strcmp0 (status, "published") == 0 && chance (d, 60))
    {
      g_autofree char *review = zf_date_add_days (dates[2], rint_between (d, 90, 360));
      g_autofree char *doc = g_strdup_printf ("%s法清〔%d〕%d号", abbr, zf_date_year (review),
                                              rint_between (d, 1, 30));
      if (g_strcmp0 (review, d->today) < 0 &&
          !zf_store_demo_insert (d->store, ZF_DEMO_BODY_REVIEW, error, "rssss",
                                 body_id, review, chance (d, 90) ? "kept" : "changed", doc,
                                 d->operator_name))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_sections (Demo      *d,
              DemoBody  *body,
              gboolean   legal_section,
              GError   **error)
{
  gint64 office, legal, enforcement;

  office = zf_store_demo_insert (d->store, ZF_DEMO_SECTION, error, "rs", body->id, "办公室");
  if (!office || !zf_store_demo_insert (d->store, ZF_DEMO_POST, error, "rsi", office, "综合岗", (gint64) 0))
    return FALSE;
  if (legal_section)
    {
      legal = zf_store_demo_insert (d->store, ZF_DEMO_SECTION, error, "rs", body->id, "法制股");
      if (!legal || !zf_store_demo_insert (d->store, ZF_DEMO_POST, error, "rsi", legal, "法制审核岗", (gint64) 0))
        return FALSE;
    }
  enforcement = zf_store_demo_insert (d->store, ZF_DEMO_SECTION, error, "rs", body->id,
                                      body->dept ? "执法大队" : "综合执法办公室");
  body->section_id = enforcement;
  body->post_id = enforcement ?
    zf_store_demo_insert (d->store, ZF_DEMO_POST, error, "rsi", enforcement, "执法岗", (gint64) 1) : 0;
  return body->post_id != 0;
}

typedef struct
{
  const char *name;
  const char *kind;
  const char *level;
  const char *region_code;
  const char *region_name;
  const char *city;
  const char *domain;
  const char *abbr;
  const ZfDemoDepartment *dept;
  gint64      parent_id;
  const char *parent_name;
  const char *basis;
} BodyPlan;

static gint64
add_body (Demo            *d,
          const BodyPlan  *plan,
          GError         **error)
{
  g_autofree char *code = make_credit_code (d, g_strcmp0 (plan->kind, "organ") == 0 ? "11" : "12",
                                            plan->region_code);
  g_autofree char *address = make_address (d, plan->city, plan->region_name);
  g_autofree char *contact = make_person_name (d);
  g_autofree char *phone = g_strdup_printf ("0711-%07d", rint_between (d, 3000000, 5999999));
  g_auto(GStrv) dates = g_new0 (char *, 5);
  g_autofree char *letter_number = NULL;
  g_autofree char *letter_date = NULL;
  g_autofree char *letter_end = NULL;
  g_autofree char *letter_scope = NULL;
  gboolean supervision = g_strcmp0 (plan->domain, "行政执法监督") == 0;
  gboolean legal_section = supervision || chance (d, 90);
  gint64 staff = supervision ? rint_between (d, 2, 6) : legal_section ? rint_between (d, 1, 4) : 0;
  int roll = rint_between (d, 0, 99);
  const char *status = roll < 86 ? "published" : roll < 92 ? "confirmed" : roll < 97 ? "pending" : "revoked";
  gboolean filed = g_strcmp0 (plan->kind, "organ") != 0 && chance (d, 92);
  DemoBody body = { 0 };

  dates[0] = days_before_today (d, rint_between (d, 400, 2200));
  for (guint i = 1; i < 4; i++)
    dates[i] = zf_date_add_days (dates[i - 1], rint_between (d, 10, 60));

  if (g_strcmp0 (plan->kind, "entrusted") == 0)
    {
      letter_date = days_before_today (d, rint_between (d, 30, 1400));
      letter_end = zf_date_add_days (letter_date, 3 * 365);
      letter_number = g_strdup_printf ("%s委〔%d〕%d号", plan->abbr, zf_date_year (letter_date),
                                       rint_between (d, 1, 40));
      letter_scope = g_strdup_printf ("以%s名义实施%s领域的行政处罚、行政检查", plan->parent_name,
                                      plan->domain);
    }

  body.id = zf_store_demo_insert (d->store, ZF_DEMO_BODY, error, "ssssssrssssssisiisssss",
                                  plan->name, code, plan->kind, plan->level, plan->region_code,
                                  plan->domain, plan->parent_id, plan->basis, letter_number,
                                  letter_date, letter_scope, letter_date, letter_end,
                                  (gint64) filed, filed ? (letter_date ? letter_date : "2021-06-30") : NULL,
                                  (gint64) legal_section, staff, address, contact, phone,
                                  status,
                                  g_strcmp0 (status, "published") == 0 ||
                                  g_strcmp0 (status, "revoked") == 0 ? dates[2] : NULL);
  if (body.id == 0)
    return 0;
  if (!add_body_history (d, body.id, status, plan->abbr, dates, error))
    return 0;

  body.name = g_strdup (plan->name);
  body.region_code = g_strdup (plan->region_code);
  body.region_name = g_strdup (plan->region_name);
  body.abbr = g_strdup (plan->abbr);
  body.dept = plan->dept;
  body.published = g_strcmp0 (status, "published") == 0;
  body.matters = g_array_new (FALSE, FALSE, sizeof (gint64));
  body.category_of = g_array_new (FALSE, FALSE, sizeof (guint));
  body.officers = g_array_new (FALSE, FALSE, sizeof (DemoOfficer));
  if (!add_sections (d, &body, legal_section, error))
    {
      g_array_unref (body.matters);
      g_array_unref (body.category_of);
      g_array_unref (body.officers);
      return 0;
    }
  g_array_append_val (d->bodies, body);
  return body.id;
}

static const ZfDemoCity *
city_of (const ZfDemoCounty *county)
{
  for (guint i = 0; i < zf_demo_n_cities; i++)
    if (strcmp (zf_demo_cities[i].name, county->city) == 0)
      return &zf_demo_cities[i];
  g_assert_not_reached ();
}

/* Town @j of county @c: the real ones first, then made-up but plausible
 * names, unique within the county (first × second character). */
static char *
town_name (guint c,
           guint j)
{
  g_auto(GStrv) real = g_strsplit (zf_demo_counties[c].towns, " ", -1);
  guint n_real = 0;

  while (real[n_real] && *real[n_real])
    n_real++;
  if (j < n_real)
    return g_strdup (real[j]);
  j -= n_real;
  return g_strdup_printf ("%s%s%s", zf_demo_town_first[j % 30],
                          zf_demo_town_second[(j / 30 + j) % 30], j % 5 == 4 ? "乡" : "镇");
}

/* Province, then each city with its departments, then each county with
 * departments, authorized organizations and townships (government and an
 * entrusted enforcement centre each), until there are enough bodies. */
static gboolean
generate_bodies (Demo    *d,
                 GError **error)
{
  const guint target = d->sizes->bodies;
  const guint per_county_fixed = zf_demo_n_departments + zf_demo_n_authorized;
  guint base = 6 + zf_demo_n_cities * 8 + zf_demo_n_counties * per_county_fixed;
  guint towns = MAX (6, (target > base ? (target - base) / (zf_demo_n_counties * 2) + 1 : 0));
  const char *stage = _("Bodies");

  for (guint i = 0; i < zf_demo_n_departments && d->bodies->len < target; i++)
    {
      const ZfDemoDepartment *dept = &zf_demo_departments[i];
      BodyPlan plan = { dept->province_name, "organ", "province", "420000", "", "武汉市",
                        dept->domain, "鄂", dept, 0, NULL, NULL };
      if (dept->province_name != NULL && !add_body (d, &plan, error))
        return FALSE;
    }

  for (guint ci = 0; ci < zf_demo_n_cities && d->bodies->len < target; ci++)
    {
      const ZfDemoCity *city = &zf_demo_cities[ci];

      for (guint i = 0; i < 8 && d->bodies->len < target; i++)
        {
          const ZfDemoDepartment *dept = &zf_demo_departments[i];
          g_autofree char *name = g_strcmp0 (dept->domain, "生态环境") == 0
            ? g_strconcat (city->name, "生态环境局", NULL)
            : g_strconcat (city->name, dept->county_suffix, NULL);
          g_autofree char *abbr = g_strdup_printf ("鄂%.3s%s", city->name, dept->abbr);
          BodyPlan plan = { name, "organ", "city", city->code, "", city->name, dept->domain,
                            abbr, dept, 0, NULL, NULL };
          if (!add_body (d, &plan, error))
            return FALSE;
        }

      for (guint c = 0; c < zf_demo_n_counties && d->bodies->len < target; c++)
        {
          const ZfDemoCounty *county = &zf_demo_counties[c];
          g_autofree char *prefix = g_strconcat (county->city, county->name, NULL);
          gint64 enforcement_bureau = 0;
          g_autofree char *bureau_name = NULL;

          if (city_of (county) != city)
            continue;

          for (guint i = 0; i < zf_demo_n_departments && d->bodies->len < target; i++)
            {
              const ZfDemoDepartment *dept = &zf_demo_departments[i];
              g_autofree char *name = NULL;
              g_autofree char *abbr = g_strdup_printf ("鄂%.3s%s", county->name, dept->abbr);
              gint64 id;

              /* Ecology branches belong to the city bureau. */
              if (g_strcmp0 (dept->domain, "生态环境") == 0)
                name = g_strdup_printf ("%s生态环境局%s分局", city->name, county->name);
              else
                name = g_strconcat (prefix, dept->county_suffix, NULL);
              {
                BodyPlan plan = { name, "organ", "county", county->code, county->name, city->name,
                                  dept->domain, abbr, dept, 0, NULL, NULL };
                id = add_body (d, &plan, error);
              }
              if (id == 0)
                return FALSE;
              if (g_strcmp0 (dept->domain, "城市管理") == 0)
                {
                  enforcement_bureau = id;
                  bureau_name = g_strdup (name);
                }
              report (d, stage, d->bodies->len, target);
            }

          for (guint i = 0; i < zf_demo_n_authorized && d->bodies->len < target; i++)
            {
              const ZfDemoAuthorized *a = &zf_demo_authorized[i];
              g_autofree char *name = g_strconcat (prefix, a->suffix, NULL);
              g_autofree char *abbr = g_strdup_printf ("鄂%.3s授", county->name);
              BodyPlan plan = { name, "authorized", "county", county->code, county->name,
                                city->name, a->domain, abbr, NULL, 0, NULL, a->basis };
              if (!add_body (d, &plan, error))
                return FALSE;
            }

          for (guint t = 0; t < towns && d->bodies->len < target; t++)
            {
              g_autofree char *town = town_name (c, t);
              g_autofree char *government = g_strdup_printf ("%s%s人民政府", prefix, town);
              g_autofree char *centre = g_strdup_printf ("%s%s综合执法中心", prefix, town);
              g_autofree char *abbr = g_strdup_printf ("%.3s", town);
              BodyPlan gov = { government, "organ", "township", county->code, county->name,
                               city->name, "乡镇综合执法", abbr, NULL, 0, NULL, NULL };
              BodyPlan entrusted = { centre, "entrusted", "township", county->code, county->name,
                                     city->name, "城市管理", abbr, NULL, enforcement_bureau,
                                     bureau_name, NULL };

              if (!add_body (d, &gov, error))
                return FALSE;
              if (enforcement_bureau != 0 && d->bodies->len < target &&
                  !add_body (d, &entrusted, error))
                return FALSE;
              report (d, stage, d->bodies->len, target);
            }
        }
    }
  if (d->bodies->len < target)
    report (d, stage, d->bodies->len, d->bodies->len);
  return TRUE;
}

static const char *
cn_digit (guint n)
{
  static const char *const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  return digits[n % 10];
}

/* 第一条 … 第九十九条 */
static char *
article_name (guint n)
{
  if (n < 10)
    return g_strdup_printf ("第%s条", cn_digit (n));
  return g_strdup_printf ("第%s十%s条", n / 10 == 1 ? "" : cn_digit (n / 10),
                          n % 10 ? cn_digit (n % 10) : "");
}

static gboolean
generate_laws (Demo    *d,
               GError **error)
{
  for (guint i = 0; i < zf_demo_n_laws; i++)
    {
      const ZfDemoLaw *law = &zf_demo_laws[i];
      gint64 law_id, first = 0;

      law_id = zf_store_demo_insert (d->store, ZF_DEMO_LAW, error, "sssssss", law->title,
                                     law->level, law->organ, law->doc_number, law->promulgated,
                                     law->effective, law->amended);
      if (law_id == 0)
        return FALSE;
      for (guint a = 1; a <= law->n_articles; a++)
        {
          g_autofree char *article = article_name (a);
          gint64 id = zf_store_demo_insert (d->store, ZF_DEMO_LAW_ARTICLE, error, "rss",
                                            law_id, article, NULL);
          if (id == 0)
            return FALSE;
          if (a == 1)
            first = id;
        }
      g_array_append_val (d->laws, first);
      g_array_append_val (d->law_ids, law_id);
    }
  return TRUE;
}

/* Every body's catalog holds the four common laws (the first four of
 * zf_demo_laws, S3 §二(一)) and its department's own law, from which its
 * matters take their basis: demo data passes checks C1 and C3. */
static gboolean
generate_catalogs (Demo    *d,
                   GError **error)
{
  for (guint b = 0; b < d->bodies->len; b++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, b);
      const ZfDemoDepartment *dept = body->dept ? body->dept : &zf_demo_departments[1];

      for (guint i = 0; i <= 4; i++)
        {
          guint law = i < 4 ? i : dept->law;

          if (i == 4 && law < 4)
            break;
          if (!zf_store_demo_insert (d->store, ZF_DEMO_BODY_CATALOG, error, "rr", body->id,
                                     g_array_index (d->law_ids, gint64, law)))
            return FALSE;
        }
    }
  return TRUE;
}

static guint
pick_category (Demo *d)
{
  int roll = rint_between (d, 0, 99);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      if (roll < (int) categories[i].weight)
        return i;
      roll -= categories[i].weight;
    }
  return 0;
}

static gint64
article_id (Demo  *d,
            guint  law)
{
  return g_array_index (d->laws, gint64, law) +
         rint_between (d, 0, zf_demo_laws[law].n_articles - 1);
}

static gboolean
generate_matters (Demo    *d,
                  GError **error)
{
  const char *stage = _("Matters");
  guint total = d->sizes->matters;

  for (guint m = 0; m < total && d->bodies->len > 0; m++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, m % d->bodies->len);
      const ZfDemoDepartment *dept = body->dept ? body->dept : &zf_demo_departments[1];
      guint cat = pick_category (d);
      const char *subject = dept->subjects[rint_between (d, 0, 3)];
      g_autofree char *name = NULL;
      g_autofree char *code = g_strdup_printf ("%s-%s-%04u", categories[cat].prefix,
                                               body->region_code, body->matters->len + 1);
      g_autofree char *phone = g_strdup_printf ("0711-%07d", rint_between (d, 3000000, 5999999));
      const char *status = chance (d, 4) ? "transferred" : "active";
      gint64 id;

      if (strcmp (categories[cat].code, "penalty") == 0)
        name = g_strdup_printf ("对%s的行政处罚", subject);
      else if (strcmp (categories[cat].code, "coercion") == 0)
        name = g_strdup_printf ("对%s相关物品的查封、扣押", subject);
      else if (strcmp (categories[cat].code, "licensing") == 0)
        name = g_strdup (dept->licence);
      else if (strcmp (categories[cat].code, "inspection") == 0)
        name = g_strdup_printf ("对%s的行政检查", dept->inspection);
      else
        name = g_strdup_printf ("%s（%s）", dept->inspection, categories[cat].prefix);

      id = zf_store_demo_insert (d->store, ZF_DEMO_MATTER, error, "rsssrrsisssss",
                                 body->id, code, name, categories[cat].code, body->section_id,
                                 body->post_id, NULL, (gint64) rint_between (d, 5, 60),
                                 "受理责任、审查责任、决定责任、执行责任",
                                 "因不履行或不正确履行行政职责的，依法追究相应责任", phone,
                                 status, dept->domain);
      if (id == 0)
        return FALSE;
      g_array_append_val (body->matters, id);
      g_array_append_val (body->category_of, cat);

      if (!zf_store_demo_insert (d->store, ZF_DEMO_MATTER_BASIS, error, "rr", id,
                                 article_id (d, dept->law)))
        return FALSE;

      if (strcmp (categories[cat].code, "inspection") == 0)
        {
          g_autofree char *basis = g_strdup_printf ("《%s》", zf_demo_laws[dept->law].title);
          g_autofree char *content = g_strdup_printf ("%s情况", dept->inspection);
          if (!zf_store_demo_insert (d->store, ZF_DEMO_INSPECTION_ITEM, error, "rrssssssdss",
                                     body->id, id, name, basis, body->name, "市场主体", content,
                                     "双随机抽查", (double) rint_between (d, 5, 30),
                                     "每年一次", dept->domain))
            return FALSE;
          d->n_items++;
        }
      report (d, stage, m + 1, total);
    }
  return TRUE;
}

static gboolean
generate_targets (Demo    *d,
                  GError **error)
{
  guint n = CLAMP (d->sizes->bodies * 5, 50u, 20000u);

  for (guint i = 0; i < n; i++)
    {
      const ZfDemoCounty *county = &zf_demo_counties[i % zf_demo_n_counties];
      g_autofree char *brand = g_strconcat (zf_demo_town_first[rint_between (d, 0, 29)],
                                            zf_demo_given[rint_between (d, 0, zf_demo_n_given - 1)],
                                            NULL);
      const char *trade = zf_demo_trades[rint_between (d, 0, zf_demo_n_trades - 1)];
      g_autofree char *name = g_strdup_printf ("%s%s%s有限公司", county->city, brand, trade);
      g_autofree char *code = make_credit_code (d, "91", county->code);
      g_autofree char *address = make_address (d, county->city, county->name);
      gint64 id = zf_store_demo_insert (d->store, ZF_DEMO_INSPECTION_TARGET, error, "sssss",
                                        name, code, address, "市场监管",
                                        county->code);
      if (id == 0)
        return FALSE;
      g_array_append_val (d->targets, id);
      g_ptr_array_add (d->target_names, g_strdup (name));
      g_ptr_array_add (d->target_codes, g_steal_pointer (&code));
    }
  return TRUE;
}

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
    doc = g_strdup_printf ("鄂司执〔%d〕%d号", zf_date_year (date), rint_between (d, 1, 300));
  d->n_events++;
  if (passed < 0)
    return zf_store_demo_insert (d->store, ZF_DEMO_OFFICER_EVENT, error, "rrsssdssssss",
                                 officer, certificate, kind, date, NULL, hours, grade, NULL,
                                 rule, reason, doc, d->operator_name) != 0;
  return zf_store_demo_insert (d->store, ZF_DEMO_OFFICER_EVENT, error, "rrssidssssss",
                               officer, certificate, kind, date, passed, hours, grade, NULL,
                               rule, reason, doc, d->operator_name) != 0;
}

static char *
date_between (Demo       *d,
              const char *from,
              const char *to)
{
  int span = zf_date_days_between (from, to);

  return zf_date_add_days (from, span > 0 ? rint_between (d, 0, span) : 0);
}

/* One officer's certificate and history. The certificate's status is what
 * the events imply: issued → valid, suspension → suspended, return →
 * valid, revocation → revoked, cancellation → cancelled; a valid card past
 * its valid-until date is expired. */
static gboolean
add_certificate_history (Demo        *d,
                         DemoBody    *body,
                         gint64       officer,
                         GError     **error)
{
  int profile = rint_between (d, 0, 99);
  gboolean room = profile >= 3 && profile < 9;
  g_autofree char *issue = days_before_today (d, room ? rint_between (d, 500, 1600)
                                                      : rint_between (d, 60, 1900));
  g_autofree char *valid_until = zf_date_add_days (issue, 5 * 365 - 1);
  g_autofree char *applied = zf_date_add_days (issue, -90);
  g_autofree char *exam = zf_date_add_days (issue, -40);
  g_autofree char *number = NULL;
  const char *status = "valid";
  const char *domain = body->dept ? body->dept->domain : "乡镇综合执法";
  gint64 cert;

  if (profile < 3)
    {
      g_autofree char *recent = days_before_today (d, rint_between (d, 20, 80));
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
      g_autofree char *yesterday = days_before_today (d, 1);
      g_autofree char *when = date_between (d, issue, yesterday);
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
    g_autofree char *t1 = zf_date_add_days (issue, rint_between (d, 20, 120));
    g_autofree char *a1 = zf_date_add_days (issue, rint_between (d, 150, 300));
    gboolean incompetent = profile >= 5 && profile < 9;
    double hours = chance (d, 8) ? rint_between (d, 16, 36) : rint_between (d, 40, 80);

    if (g_strcmp0 (t1, d->today) < 0 &&
        !add_event (d, officer, cert, "training", t1, -1, hours, NULL, NULL, NULL, error))
      return FALSE;
    if (g_strcmp0 (a1, d->today) < 0 &&
        !add_event (d, officer, cert, "assessment", a1, -1, NAN,
                    incompetent ? "incompetent" : chance (d, 20) ? "excellent" : "competent",
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

static gboolean
generate_officers (Demo    *d,
                   GError **error)
{
  static const char *const titles[] = { "科员", "四级主任科员", "副股长", "股长", "副大队长", "一级科员" };
  const char *stage = _("Officers");
  guint total = d->sizes->officers;

  for (guint i = 0; i < total && d->bodies->len > 0; i++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, rint_between (d, 0, d->bodies->len - 1));
      const char *region = strlen (body->region_name) > 0 ? body->region_code
                           : zf_demo_counties[rint_between (d, 0, zf_demo_n_counties - 1)].code;
      char birth[11];
      g_autofree char *id_number = make_id_number (d, region, birth);
      g_autofree char *name = make_person_name (d);
      g_autofree char *phone = make_phone (d);
      g_autofree char *activity = days_before_today (d, rint_between (d, 1, 900));
      int roll = rint_between (d, 0, 99);
      const char *staffing = roll < 70 ? "administrative" : roll < 85 ? "civil_service_managed"
                             : roll < 92 ? "institution" : roll < 95 ? "non_staff" : "auxiliary";
      gboolean eligible = roll < 92;
      const char *sex = zf_id_number_sex (id_number) == ZF_SEX_MALE ? "male" : "female";
      gint64 officer;

      officer = zf_store_demo_insert (d->store, ZF_DEMO_OFFICER, error, "ssssrrrssiissss",
                                      name, id_number, sex, birth, body->id, body->section_id,
                                      body->post_id, titles[rint_between (d, 0, 5)], staffing,
                                      (gint64) (roll < 95), (gint64) eligible, phone,
                                      body->dept ? body->dept->domain : "乡镇综合执法",
                                      body->region_name[0] ? body->region_name : "湖北省",
                                      activity);
      if (officer == 0)
        return FALSE;

      if (eligible)
        {
          if (!add_certificate_history (d, body, officer, error))
            return FALSE;
        }
      else
        {
          g_autofree char *t = days_before_today (d, rint_between (d, 30, 300));
          if (!add_event (d, officer, 0, "training", t, -1, (double) rint_between (d, 8, 24),
                          NULL, NULL, NULL, error))
            return FALSE;
        }
      report (d, stage, i + 1, total);
    }
  return TRUE;
}

/* Adds @min..@max days to *@date unless the chain already ended; a step
 * that would pass today ends the chain (the case is still open). */
static char *
next_step (Demo       *d,
           char      **date,
           int         min,
           int         max)
{
  char *next;

  if (*date == NULL)
    return NULL;
  next = zf_date_add_days (*date, rint_between (d, min, max));
  g_free (*date);
  if (g_strcmp0 (next, d->today) >= 0)
    {
      g_free (next);
      *date = NULL;
      return NULL;
    }
  *date = next;
  return g_strdup (next);
}

static gboolean
add_case (Demo      *d,
          guint      body_index,
          guint      serial,
          GError   **error)
{
  static const char *const case_categories[] = { "penalty", "coercion", "licensing", "inspection" };
  DemoBody *body = &g_array_index (d->bodies, DemoBody, body_index);
  DemoCase demo_case = { 0 };
  const DemoOfficer *a, *b;
  guint ia = rint_between (d, 0, body->officers->len - 1);
  guint ib = (ia + rint_between (d, 1, body->officers->len - 1)) % body->officers->len;
  g_autofree char *three_years = days_before_today (d, 3 * 365);
  g_autofree char *last = days_before_today (d, 5);
  const char *lo;
  g_autofree char *chain = NULL;
  g_autofree char *filed = NULL, *investigated = NULL, *notified = NULL, *hearing = NULL;
  g_autofree char *review = NULL, *collective = NULL, *decided = NULL, *served = NULL;
  g_autofree char *executed = NULL, *closed = NULL, *archived = NULL;
  g_autofree char *number = NULL, *party = NULL, *party_code = NULL, *basis = NULL;
  const char *category = case_categories[0];
  const char *procedure, *party_kind;
  gint64 matter = 0, case_id;
  double fine = NAN, confiscated = NAN;
  gboolean major;
  int roll;

  a = &g_array_index (body->officers, DemoOfficer, ia);
  b = &g_array_index (body->officers, DemoOfficer, ib);
  lo = three_years;
  if (strcmp (a->issue, lo) > 0)
    lo = a->issue;
  if (strcmp (b->issue, lo) > 0)
    lo = b->issue;
  filed = date_between (d, lo, last);

  if (body->matters->len > 0)
    {
      guint k = rint_between (d, 0, body->matters->len - 1);
      const char *code = categories[g_array_index (body->category_of, guint, k)].code;
      matter = g_array_index (body->matters, gint64, k);
      for (guint i = 0; i < G_N_ELEMENTS (case_categories); i++)
        if (strcmp (code, case_categories[i]) == 0)
          category = case_categories[i];
    }

  roll = rint_between (d, 0, 99);
  procedure = strcmp (category, "penalty") != 0 ? "ordinary"
              : roll < 20 ? "simple" : roll < 25 ? "hearing" : "ordinary";
  party_kind = chance (d, 60) ? "organization" : "person";
  if (strcmp (party_kind, "organization") == 0 && d->targets->len > 0)
    {
      guint t = rint_between (d, 0, d->targets->len - 1);
      party = g_strdup (d->target_names->pdata[t]);
      party_code = g_strdup (d->target_codes->pdata[t]);
    }
  else
    {
      char first17[18];
      party_kind = "person";
      party = make_person_name (d);
      g_snprintf (first17, sizeof first17, "%s19%02d%02d%02d%03d", body->region_code[0] == '4' &&
                  body->region_name[0] ? body->region_code : "420703",
                  rint_between (d, 60, 99), rint_between (d, 1, 12), rint_between (d, 1, 28),
                  rint_between (d, 0, 999));
      party_code = g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
    }

  if (strcmp (category, "penalty") == 0)
    {
      if (strcmp (procedure, "simple") == 0)
        fine = strcmp (party_kind, "person") == 0 ? rint_between (d, 1, 4) * 50 : rint_between (d, 1, 30) * 100;
      else
        fine = rint_between (d, 10, 2000) * 100;
      if (chance (d, 10))
        confiscated = rint_between (d, 1, 500) * 100;
    }
  major = !isnan (fine) && fine >= 50000;

  chain = g_strdup (filed);
  if (strcmp (procedure, "simple") == 0)
    {
      decided = g_strdup (filed);
      served = g_strdup (filed);
      executed = next_step (d, &chain, 1, 15);
      closed = next_step (d, &chain, 0, 5);
      archived = next_step (d, &chain, 1, 20);
    }
  else
    {
      investigated = next_step (d, &chain, 1, 10);
      notified = next_step (d, &chain, 5, 20);
      if (strcmp (procedure, "hearing") == 0)
        hearing = next_step (d, &chain, 5, 15);
      review = next_step (d, &chain, 1, 5);
      if (major)
        collective = next_step (d, &chain, 1, 5);
      decided = next_step (d, &chain, 1, 10);
      served = next_step (d, &chain, 1, 5);
      executed = next_step (d, &chain, 5, 30);
      closed = next_step (d, &chain, 1, 10);
      archived = next_step (d, &chain, 5, 30);
    }

  number = g_strdup_printf ("%s%s字〔%d〕%u号", body->abbr,
                            strcmp (category, "penalty") == 0 ? "罚决" :
                            strcmp (category, "coercion") == 0 ? "强制" :
                            strcmp (category, "licensing") == 0 ? "许可" : "检查",
                            zf_date_year (filed), serial);
  basis = g_strdup_printf ("《%s》%s", zf_demo_laws[body->dept ? body->dept->law : 0].title,
                           "第二十八条");

  case_id = zf_store_demo_insert (d->store, ZF_DEMO_CASE_FILE, error,
                                  "rssssssrsssssssssssddsiii",
                                  body->id, number, category, procedure, party, party_kind,
                                  party_code, matter, filed, investigated, notified, hearing,
                                  review, collective, decided, served, executed, closed, archived,
                                  fine, confiscated, basis, (gint64) major,
                                  (gint64) chance (d, 1), (gint64) zf_date_year (filed));
  if (case_id == 0)
    return FALSE;
  demo_case.id = case_id;
  demo_case.category = category;
  demo_case.body = body_index;
  g_strlcpy (demo_case.closed, closed ? closed : decided ? decided : filed, sizeof demo_case.closed);
  g_array_append_val (d->cases, demo_case);
  return zf_store_demo_insert (d->store, ZF_DEMO_CASE_OFFICER, error, "rr", case_id, a->id) &&
         zf_store_demo_insert (d->store, ZF_DEMO_CASE_OFFICER, error, "rr", case_id, b->id);
}

static gboolean
generate_cases (Demo    *d,
                GError **error)
{
  g_autoptr(GArray) able = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *stage = _("Case files");
  guint total = d->sizes->cases;

  /* Only published bodies act, and only with two certified officers. */
  for (guint i = 0; i < d->bodies->len; i++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, i);
      if (body->published && body->officers->len >= 2)
        g_array_append_val (able, i);
    }
  if (able->len == 0)
    return TRUE;

  for (guint c = 0; c < total; c++)
    {
      guint index = g_array_index (able, guint, rint_between (d, 0, able->len - 1));
      if (!add_case (d, index, c + 1, error))
        return FALSE;
      report (d, stage, c + 1, total);
    }
  return TRUE;
}

/* One evaluation of a case file under its category's current standard,
 * saved as the evaluation form saves it: a few deductions with reasons,
 * now and then a veto, sometimes none. */
static gboolean
add_evaluation (Demo           *d,
                const DemoCase *c,
                ZfStandard     *standard,
                GError        **error)
{
  static const char *const reasons[] = {
    "文书填写不完整", "证据材料未编页码", "告知书送达回证缺失", "裁量理由未说明",
    "法律条款引用不全", "卷内目录与材料不符", "超过法定期限送达",
  };
  static const char *const comments[] = {
    "案卷整体规范，个别文书需完善。", "证据链基本完整，程序存在瑕疵。", "卷面整洁，装订规范。",
  };
  const DemoBody *body = &g_array_index (d->bodies, DemoBody, c->body);
  g_autoptr(ZfEvaluation) e = zf_evaluation_new ();
  g_autoptr(GPtrArray) scored = g_ptr_array_new ();
  guint n_lines = rint_between (d, 0, 3);

  e->case_id = c->id;
  e->standard_id = standard->id;
  zf_set_str (&e->mode, chance (d, 30) ? "central" : "self");
  e->evaluator = g_str_equal (e->mode, "central") ? g_strdup ("案卷评查组")
                                                  : g_strdup_printf ("%s法制科", body->abbr);
  e->date = date_between (d, c->closed, d->today);
  if (chance (d, 50))
    e->comments = g_strdup (comments[rint_between (d, 0, G_N_ELEMENTS (comments) - 1)]);
  for (guint i = 0; i < standard->items->len; i++)
    if (!((ZfStandardItem *) standard->items->pdata[i])->is_veto)
      g_ptr_array_add (scored, standard->items->pdata[i]);
  for (guint i = 0; i < n_lines && scored->len > 0; i++)
    {
      const ZfStandardItem *item = scored->pdata[rint_between (d, 0, scored->len - 1)];
      double step = item->deduction_step > 0 ? item->deduction_step : 1;
      int steps = MAX (1, (int) (item->max_points / step));

      zf_evaluation_set_line (e, item->id, MIN (item->max_points, step * rint_between (d, 1, MIN (steps, 3))),
                              FALSE, chance (d, 80) ? reasons[rint_between (d, 0, G_N_ELEMENTS (reasons) - 1)]
                                                    : NULL);
    }
  /* Now and then a veto item applies (一票否决). */
  if (chance (d, 15))
    {
      g_autoptr(GPtrArray) vetoes = g_ptr_array_new ();

      for (guint i = 0; i < standard->items->len; i++)
        if (((ZfStandardItem *) standard->items->pdata[i])->is_veto)
          g_ptr_array_add (vetoes, standard->items->pdata[i]);
      if (vetoes->len > 0)
        zf_evaluation_set_line (e, ((ZfStandardItem *) vetoes->pdata[rint_between (d, 0, vetoes->len - 1)])->id,
                                0, TRUE, "主要证据不足");
    }
  return zf_store_save_evaluation (d->store, e, error);
}

static gboolean
generate_evaluations (Demo    *d,
                      GError **error)
{
  g_autoptr(GHashTable) standards = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) zf_standard_free);
  const char *stage = _("Case evaluations");

  /* About a third of the case files, as a year's self-evaluation and
   * central evaluation reach them. */
  for (guint i = 0; i < d->cases->len; i++)
    {
      const DemoCase *c = &g_array_index (d->cases, DemoCase, i);
      ZfStandard *standard = g_hash_table_lookup (standards, c->category);

      if (!chance (d, 35))
        continue;
      if (standard == NULL)
        {
          if ((standard = zf_store_get_current_standard (d->store, c->category, error)) == NULL)
            return FALSE;
          g_hash_table_insert (standards, (gpointer) c->category, standard);
        }
      if (!add_evaluation (d, c, standard, error))
        return FALSE;
      report (d, stage, i + 1, d->cases->len);
    }
  return TRUE;
}

static void
demo_body_clear (gpointer data)
{
  DemoBody *body = data;

  g_free (body->name);
  g_free (body->region_code);
  g_free (body->region_name);
  g_free (body->abbr);
  g_clear_pointer (&body->matters, g_array_unref);
  g_clear_pointer (&body->category_of, g_array_unref);
  g_clear_pointer (&body->officers, g_array_unref);
}

gboolean
zf_demo_generate (ZfStore            *store,
                  const ZfDemoSizes  *sizes,
                  ZfDemoProgress      progress,
                  gpointer            user_data,
                  GError            **error)
{
  g_autofree char *summary = NULL;
  Demo d = { 0 };
  gboolean ok;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (sizes != NULL, FALSE);

  if (sizes->today != NULL && !zf_date_is_valid (sizes->today))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not a date (write it as 2023-03-21)."), sizes->today);
      return FALSE;
    }

  d.store = store;
  d.sizes = sizes;
  d.rand = g_rand_new_with_seed (sizes->seed);
  d.today = sizes->today ? g_strdup (sizes->today) : zf_date_today ();
  d.year = zf_date_year (d.today);
  d.operator_name = zf_store_get_operator (store);
  d.progress = progress;
  d.user_data = user_data;
  d.bodies = g_array_new (FALSE, TRUE, sizeof (DemoBody));
  g_array_set_clear_func (d.bodies, demo_body_clear);
  d.cases = g_array_new (FALSE, TRUE, sizeof (DemoCase));
  d.laws = g_array_new (FALSE, FALSE, sizeof (gint64));
  d.law_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  d.targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  d.target_names = g_ptr_array_new_with_free_func (g_free);
  d.target_codes = g_ptr_array_new_with_free_func (g_free);
  d.id_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  zf_store_demo_set_bulk (store, TRUE);
  ok = zf_store_begin (store, error);
  if (ok)
    {
      /* One summary row instead of a million audit rows. */
      zf_store_set_audit_rows (store, FALSE);
      ok = zf_store_demo_is_empty (store, error) &&
           generate_laws (&d, error) &&
           generate_bodies (&d, error) &&
           generate_catalogs (&d, error) &&
           generate_targets (&d, error) &&
           generate_matters (&d, error) &&
           generate_officers (&d, error) &&
           generate_cases (&d, error) &&
           generate_evaluations (&d, error);
      zf_store_set_audit_rows (store, TRUE);
      if (ok)
        {
          summary = g_strdup_printf ("{\"demo\": {\"seed\": %u, \"bodies\": %u, \"officers\": %u, "
                                     "\"certificates\": %" G_GUINT64_FORMAT ", \"events\": %"
                                     G_GUINT64_FORMAT ", \"matters\": %u, \"cases\": %u}}",
                                     sizes->seed, d.bodies->len, sizes->officers,
                                     d.n_certificates, d.n_events, sizes->matters, sizes->cases);
          ok = zf_store_audit_summary (store, "*", summary, error);
        }
      if (ok)
        {
          zf_store_notify_changed (store, "*", 0);
          ok = zf_store_commit (store, error);
        }
      else
        zf_store_rollback (store);
    }

  zf_store_demo_set_bulk (store, FALSE);
  g_rand_free (d.rand);
  g_free (d.today);
  g_array_unref (d.bodies);
  g_array_unref (d.cases);
  g_array_unref (d.laws);
  g_array_unref (d.law_ids);
  g_array_unref (d.targets);
  g_ptr_array_unref (d.target_names);
  g_ptr_array_unref (d.target_codes);
  g_hash_table_unref (d.id_numbers);
  return ok;
}
