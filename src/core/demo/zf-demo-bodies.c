#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include <string.h>

#include "zf-date.h"
#include "zf-demo-private.h"
#include "zf-i18n.h"

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
                                              demo_rint (d, 1, 99));

      if (!zf_store_demo_insert (d->store, ZF_DEMO_BODY_STATUS_EVENT, error, "rsssss",
                                 body_id, order[i], dates[i], i == 0 ? NULL : doc, NULL,
                                 d->operator_name))
        return FALSE;
      if (g_strcmp0 (order[i], status) == 0)
        break;
    }

  if (g_strcmp0 (status, "published") == 0 && demo_chance (d, 60))
    {
      g_autofree char *review = zf_date_add_days (dates[2], demo_rint (d, 90, 360));
      g_autofree char *doc = g_strdup_printf ("%s法清〔%d〕%d号", abbr, zf_date_year (review),
                                              demo_rint (d, 1, 30));
      if (g_strcmp0 (review, d->today) < 0 &&
          !zf_store_demo_insert (d->store, ZF_DEMO_BODY_REVIEW, error, "rssss",
                                 body_id, review, demo_chance (d, 90) ? "kept" : "changed", doc,
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
  g_autofree char *code = demo_credit_code (d, g_strcmp0 (plan->kind, "organ") == 0 ? "11" : "12",
                                            plan->region_code);
  g_autofree char *address = demo_address (d, plan->city, plan->region_name);
  g_autofree char *contact = demo_person_name (d);
  g_autofree char *phone = g_strdup_printf ("0711-%07d", demo_rint (d, 3000000, 5999999));
  g_auto(GStrv) dates = g_new0 (char *, 5);
  g_autofree char *letter_number = NULL;
  g_autofree char *letter_date = NULL;
  g_autofree char *letter_end = NULL;
  g_autofree char *letter_scope = NULL;
  gboolean supervision = g_strcmp0 (plan->domain, "行政执法监督") == 0;
  gboolean legal_section = supervision || demo_chance (d, 90);
  gint64 staff = supervision ? demo_rint (d, 2, 6) : legal_section ? demo_rint (d, 1, 4) : 0;
  int roll = demo_rint (d, 0, 99);
  const char *status = roll < 86 ? "published" : roll < 92 ? "confirmed" : roll < 97 ? "pending" : "revoked";
  gboolean filed = g_strcmp0 (plan->kind, "organ") != 0 && demo_chance (d, 92);
  DemoBody body = { 0 };

  dates[0] = demo_days_before_today (d, demo_rint (d, 400, 2200));
  for (guint i = 1; i < 4; i++)
    dates[i] = zf_date_add_days (dates[i - 1], demo_rint (d, 10, 60));

  if (g_strcmp0 (plan->kind, "entrusted") == 0)
    {
      letter_date = demo_days_before_today (d, demo_rint (d, 30, 1400));
      letter_end = zf_date_add_days (letter_date, 3 * 365);
      letter_number = g_strdup_printf ("%s委〔%d〕%d号", plan->abbr, zf_date_year (letter_date),
                                       demo_rint (d, 1, 40));
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
  body.acts_from = g_strdup (letter_date && strcmp (letter_date, dates[2]) > 0 ? letter_date
                                                                                : dates[2]);
  body.acts_until = g_strdup (letter_end);
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
 * entrusted enforcement centre each), until there are enough bodies.
 * Long: one walk down the administrative tree, a few lines per level. */
gboolean
demo_generate_bodies (Demo    *d,
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
              demo_report (d, stage, d->bodies->len, target);
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
              demo_report (d, stage, d->bodies->len, target);
            }
        }
    }
  if (d->bodies->len < target)
    demo_report (d, stage, d->bodies->len, d->bodies->len);
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

gboolean
demo_generate_laws (Demo    *d,
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
gboolean
demo_generate_catalogs (Demo    *d,
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
  int roll = demo_rint (d, 0, 99);

  for (guint i = 0; i < demo_n_categories; i++)
    {
      if (roll < (int) demo_categories[i].weight)
        return i;
      roll -= demo_categories[i].weight;
    }
  return 0;
}

static gint64
article_id (Demo  *d,
            guint  law)
{
  return g_array_index (d->laws, gint64, law) +
         demo_rint (d, 0, zf_demo_laws[law].n_articles - 1);
}

/* The law index of the department's own law of @body. */
static guint
body_law (DemoBody *body)
{
  return (body->dept ? body->dept : &zf_demo_departments[1])->law;
}

/* A body of another region to take over a matter of @from (S4: matters
 * move to an integrated enforcement bureau), whose list has no matter of
 * @code yet; NULL when a few tries find none. */
static DemoBody *
pick_receiver (Demo        *d,
               DemoBody    *from,
               const char  *code,
               GHashTable  *taken)
{
  for (guint tries = 0; tries < 8; tries++)
    {
      DemoBody *to = &g_array_index (d->bodies, DemoBody, demo_rint (d, 0, d->bodies->len - 1));
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", to->id, code);

      if (to != from && g_strcmp0 (to->region_code, from->region_code) != 0 &&
          !g_hash_table_contains (taken, key))
        {
          g_hash_table_add (taken, g_steal_pointer (&key));
          return to;
        }
    }
  return NULL;
}

/* The matter @id of @from moved to @to on a past day: copied there with
 * its basis (the law put in @to's catalog when it lacks it), and the
 * move recorded, as zf_store_transfer_matters() does. */
static gboolean
transfer_matter (Demo        *d,
                 DemoBody    *from,
                 DemoBody    *to,
                 gint64       id,
                 const char  *code,
                 const char  *name,
                 guint        cat,
                 gint64       article,
                 GHashTable  *catalogs,
                 GError     **error)
{
  guint law = body_law (from);
  g_autofree char *held = g_strdup_printf ("%" G_GINT64_FORMAT "/%u", to->id, law);
  g_autofree char *date = demo_days_before_today (d, demo_rint (d, 30, 700));
  g_autofree char *doc = g_strdup_printf ("鄂编办〔%d〕%d号", zf_date_year (date), demo_rint (d, 1, 90));
  gint64 copy;

  if (law >= 4 && law != body_law (to) && !g_hash_table_contains (catalogs, held))
    {
      if (!zf_store_demo_insert (d->store, ZF_DEMO_BODY_CATALOG, error, "rr", to->id,
                                 g_array_index (d->law_ids, gint64, law)))
        return FALSE;
      g_hash_table_add (catalogs, g_steal_pointer (&held));
    }
  copy = zf_store_demo_insert (d->store, ZF_DEMO_MATTER, error, "rsssrrsisssss", to->id, code,
                               name, demo_categories[cat].code, to->section_id, to->post_id, NULL,
                               (gint64) demo_rint (d, 5, 60),
                               "受理责任、审查责任、决定责任、执行责任",
                               "因不履行或不正确履行行政职责的，依法追究相应责任", NULL, "active",
                               from->dept ? from->dept->domain : NULL);
  return copy != 0 &&
         zf_store_demo_insert (d->store, ZF_DEMO_MATTER_BASIS, error, "rr", copy, article) != 0 &&
         zf_store_demo_insert (d->store, ZF_DEMO_MATTER_TRANSFER, error, "rrrrssss", id, from->id,
                               to->id, copy, date, doc, "综合行政执法改革",
                               d->operator_name) != 0;
}

gboolean
demo_generate_matters (Demo    *d,
                       GError **error)
{
  const char *stage = _("Matters");
  guint total = d->sizes->matters;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* @made counts the copies transfers leave at the receiving bodies too:
   * the register holds @total matters. */
  for (guint m = 0, made = 0; made < total && d->bodies->len > 0; m++)
    {
      DemoBody *body = &g_array_index (d->bodies, DemoBody, m % d->bodies->len);
      const ZfDemoDepartment *dept = body->dept ? body->dept : &zf_demo_departments[1];
      guint cat = pick_category (d);
      const char *subject = dept->subjects[demo_rint (d, 0, 3)];
      g_autofree char *name = NULL;
      g_autofree char *code = g_strdup_printf ("%s-%s-%04u", demo_categories[cat].prefix,
                                               body->region_code, ++body->n_matters);
      g_autofree char *phone = g_strdup_printf ("0711-%07d", demo_rint (d, 3000000, 5999999));
      const char *status = demo_chance (d, 4) ? "transferred" : "active";
      DemoBody *receiver = strcmp (status, "transferred") == 0 && made + 2 <= total
                           ? pick_receiver (d, body, code, taken) : NULL;
      gint64 id, article;

      if (receiver == NULL)
        status = "active";

      if (strcmp (demo_categories[cat].code, "penalty") == 0)
        name = g_strdup_printf ("对%s的行政处罚", subject);
      else if (strcmp (demo_categories[cat].code, "coercion") == 0)
        name = g_strdup_printf ("对%s相关物品的查封、扣押", subject);
      else if (strcmp (demo_categories[cat].code, "licensing") == 0)
        name = g_strdup (dept->licence);
      else if (strcmp (demo_categories[cat].code, "inspection") == 0)
        name = g_strdup_printf ("对%s的行政检查", dept->inspection);
      else
        name = g_strdup_printf ("%s（%s）", dept->inspection, demo_categories[cat].prefix);

      id = zf_store_demo_insert (d->store, ZF_DEMO_MATTER, error, "rsssrrsisssss",
                                 body->id, code, name, demo_categories[cat].code, body->section_id,
                                 body->post_id, NULL, (gint64) demo_rint (d, 5, 60),
                                 "受理责任、审查责任、决定责任、执行责任",
                                 "因不履行或不正确履行行政职责的，依法追究相应责任", phone,
                                 status, dept->domain);
      if (id == 0)
        return FALSE;
      /* Case files are decided under the matters the body still holds. */
      if (strcmp (status, "active") == 0)
        {
          g_array_append_val (body->matters, id);
          g_array_append_val (body->category_of, cat);
        }

      article = article_id (d, dept->law);
      if (!zf_store_demo_insert (d->store, ZF_DEMO_MATTER_BASIS, error, "rr", id, article))
        return FALSE;
      if (receiver != NULL &&
          !transfer_matter (d, body, receiver, id, code, name, cat, article, catalogs, error))
        return FALSE;

      if (strcmp (demo_categories[cat].code, "inspection") == 0)
        {
          g_autofree char *basis = g_strdup_printf ("《%s》", zf_demo_laws[dept->law].title);
          g_autofree char *content = g_strdup_printf ("%s情况", dept->inspection);
          double ratio = (double) demo_rint (d, 5, 30);

          /* A body's inspection matters share one name, and its list of
           * items names each item once. */
          if (!body->has_item &&
              !zf_store_demo_insert (d->store, ZF_DEMO_INSPECTION_ITEM, error, "rrssssssdss",
                                     body->id, id, name, basis, body->name, "市场主体", content,
                                     "双随机抽查", ratio, "每年一次", dept->domain))
            return FALSE;
          d->n_items += !body->has_item;
          body->has_item = TRUE;
        }
      made += receiver != NULL ? 2 : 1;
      demo_report (d, stage, made, total);
    }
  return TRUE;
}

gboolean
demo_generate_targets (Demo    *d,
                       GError **error)
{
  guint n = CLAMP (d->sizes->bodies * 5, 50u, 20000u);

  for (guint i = 0; i < n; i++)
    {
      const ZfDemoCounty *county = &zf_demo_counties[i % zf_demo_n_counties];
      g_autofree char *brand = g_strconcat (zf_demo_town_first[demo_rint (d, 0, 29)],
                                            zf_demo_given[demo_rint (d, 0, zf_demo_n_given - 1)],
                                            NULL);
      const char *trade = zf_demo_trades[demo_rint (d, 0, zf_demo_n_trades - 1)];
      g_autofree char *name = g_strdup_printf ("%s%s%s有限公司", county->city, brand, trade);
      g_autofree char *code = demo_credit_code (d, "91", county->code);
      g_autofree char *address = demo_address (d, county->city, county->name);
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
