#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-date.h"
#include "zf-demo-private.h"
#include "zf-i18n.h"
#include "zf-validate.h"

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
  next = zf_date_add_days (*date, demo_rint (d, min, max));
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

/* Adds one case file of @body, or sets *@acted FALSE when the body has no
 * days on which it could have decided one with two certified handlers.
 * Long: a linear script of the file's dates, officers, amounts and
 * outcomes in the order a case runs, each a draw or two. */
static gboolean
add_case (Demo      *d,
          DemoBody  *body,
          guint      serial,
          gboolean  *acted,
          GError   **error)
{
  static const char *const case_categories[] = { "penalty", "coercion", "licensing", "inspection" };
  const DemoOfficer *a, *b;
  g_autoptr(GArray) able = g_array_new (FALSE, FALSE, sizeof (guint));
  guint ia, ib;
  g_autofree char *three_years = demo_days_before_today (d, 3 * 365);
  g_autofree char *last = demo_days_before_today (d, 5);
  g_autofree char *letter_margin = NULL;
  const char *lo, *hi;
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

  /* Decided while the body may act (E1): filed on or after its
   * publication and its letter, early enough that the longest chain of
   * steps (65 days) ends before the letter does; by two handlers whose
   * cards were issued by then (E3). */
  hi = last;
  if (body->acts_until != NULL)
    {
      letter_margin = zf_date_add_days (body->acts_until, -70);
      if (strcmp (letter_margin, hi) < 0)
        hi = letter_margin;
    }
  lo = strcmp (body->acts_from, three_years) > 0 ? body->acts_from : three_years;
  for (guint i = 0; i < body->officers->len; i++)
    if (strcmp (g_array_index (body->officers, DemoOfficer, i).issue, hi) <= 0)
      g_array_append_val (able, i);
  *acted = able->len >= 2 && strcmp (lo, hi) <= 0;
  if (!*acted)
    return TRUE;
  ia = demo_rint (d, 0, able->len - 1);
  ib = (ia + demo_rint (d, 1, able->len - 1)) % able->len;
  a = &g_array_index (body->officers, DemoOfficer, g_array_index (able, guint, ia));
  b = &g_array_index (body->officers, DemoOfficer, g_array_index (able, guint, ib));
  if (strcmp (a->issue, lo) > 0)
    lo = a->issue;
  if (strcmp (b->issue, lo) > 0)
    lo = b->issue;
  filed = demo_date_between (d, lo, hi);

  if (body->matters->len > 0)
    {
      guint k = demo_rint (d, 0, body->matters->len - 1);
      const char *code = demo_categories[g_array_index (body->category_of, guint, k)].code;
      matter = g_array_index (body->matters, gint64, k);
      for (guint i = 0; i < G_N_ELEMENTS (case_categories); i++)
        if (strcmp (code, case_categories[i]) == 0)
          category = case_categories[i];
    }

  roll = demo_rint (d, 0, 99);
  procedure = strcmp (category, "penalty") != 0 ? "ordinary"
              : roll < 20 ? "simple" : roll < 25 ? "hearing" : "ordinary";
  party_kind = demo_chance (d, 60) ? "organization" : "person";
  if (strcmp (party_kind, "organization") == 0 && d->targets->len > 0)
    {
      guint t = demo_rint (d, 0, d->targets->len - 1);
      party = g_strdup (d->target_names->pdata[t]);
      party_code = g_strdup (d->target_codes->pdata[t]);
    }
  else
    {
      char first17[18];
      party_kind = "person";
      party = demo_person_name (d);
      g_snprintf (first17, sizeof first17, "%s19%02d%02d%02d%03d", body->region_code[0] == '4' &&
                  body->region_name[0] ? body->region_code : "420703",
                  demo_rint (d, 60, 99), demo_rint (d, 1, 12), demo_rint (d, 1, 28),
                  demo_rint (d, 0, 999));
      party_code = g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
    }

  if (strcmp (category, "penalty") == 0)
    {
      if (strcmp (procedure, "simple") == 0)
        fine = strcmp (party_kind, "person") == 0 ? demo_rint (d, 1, 4) * 50 : demo_rint (d, 1, 30) * 100;
      else
        fine = demo_rint (d, 10, 2000) * 100;
      if (demo_chance (d, 10))
        confiscated = demo_rint (d, 1, 500) * 100;
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
                                  (gint64) demo_chance (d, 1), (gint64) zf_date_year (filed));
  if (case_id == 0)
    return FALSE;
  {
    DemoCase demo_case = { case_id, category, body->abbr, "" };

    g_strlcpy (demo_case.closed, closed ? closed : decided ? decided : filed, sizeof demo_case.closed);
    g_array_append_val (d->cases, demo_case);
  }
  return zf_store_demo_insert (d->store, ZF_DEMO_CASE_OFFICER, error, "rr", case_id, a->id) &&
         zf_store_demo_insert (d->store, ZF_DEMO_CASE_OFFICER, error, "rr", case_id, b->id);
}

gboolean
demo_generate_cases (Demo    *d,
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

  for (guint c = 0; c < total && able->len > 0;)
    {
      guint k = demo_rint (d, 0, able->len - 1);
      guint index = g_array_index (able, guint, k);
      gboolean acted = FALSE;

      if (!add_case (d, &g_array_index (d->bodies, DemoBody, index), c + 1, &acted, error))
        return FALSE;
      if (!acted)
        {
          g_array_remove_index_fast (able, k);
          continue;
        }
      c++;
      demo_report (d, stage, c, total);
    }
  return TRUE;
}
