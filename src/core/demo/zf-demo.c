#define G_LOG_DOMAIN "zf-demo"

#include "config.h"

#include "zf-date.h"
#include "zf-demo-private.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-validate.h"

#define PROGRESS_STEP 5000

const DemoCategory demo_categories[] = {
  { "penalty", "CF", 55 }, { "licensing", "XK", 12 }, { "coercion", "QZ", 10 },
  { "inspection", "JC", 12 }, { "confirmation", "QR", 3 }, { "levy", "ZS", 2 },
  { "benefit", "JF", 2 }, { "reward", "JL", 2 }, { "adjudication", "CJ", 1 },
  { "other", "QT", 1 },
};
const guint demo_n_categories = G_N_ELEMENTS (demo_categories);

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

int
demo_rint (Demo *d,
           int   lo,
           int   hi)
{
  return g_rand_int_range (d->rand, lo, hi + 1);
}

gboolean
demo_chance (Demo *d,
             int   percent)
{
  return g_rand_int_range (d->rand, 0, 100) < percent;
}

char *
demo_days_before_today (Demo *d,
                        int   days)
{
  return zf_date_add_days (d->today, -days);
}

void
demo_report (Demo       *d,
             const char *stage,
             guint64     done,
             guint64     total)
{
  if (d->progress != NULL && (done % PROGRESS_STEP == 0 || done == total))
    d->progress (stage, done, total, d->user_data);
}

/* GB 32100: registration authority and kind, region, a 9-character
 * organization code (made unique by a serial), check character. */
char *
demo_credit_code (Demo       *d,
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

char *
demo_id_number (Demo       *d,
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
      g_date_add_days (&date, demo_rint (d, 0, 365 * 35));
      birth = zf_date_to_iso (&date);
      g_snprintf (first17, sizeof first17, "%.6s%.4s%.2s%.2s%03d", region,
                  birth, birth + 5, birth + 8, demo_rint (d, 0, 999));
      id = g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
      if (g_hash_table_add (d->id_numbers, id))
        {
          memcpy (birth_out, birth, 11);
          return g_strdup (id);   /* the set keeps its own */
        }
    }
}

char *
demo_person_name (Demo *d)
{
  const char *surname = zf_demo_surnames[demo_rint (d, 0, zf_demo_n_surnames - 1)];
  const char *a = zf_demo_given[demo_rint (d, 0, zf_demo_n_given - 1)];

  if (demo_chance (d, 30))
    return g_strconcat (surname, a, NULL);
  return g_strconcat (surname, a, zf_demo_given[demo_rint (d, 0, zf_demo_n_given - 1)], NULL);
}

char *
demo_phone (Demo *d)
{
  static const char *const prefixes[] = { "13", "15", "17", "18", "19" };

  return g_strdup_printf ("%s%09d", prefixes[demo_rint (d, 0, 4)],
                          demo_rint (d, 0, 999999999));
}

char *
demo_address (Demo       *d,
              const char *city,
              const char *county)
{
  return g_strdup_printf ("湖北省%s%s%s%d号", city, county,
                          zf_demo_roads[demo_rint (d, 0, zf_demo_n_roads - 1)],
                          demo_rint (d, 1, 299));
}

char *
demo_date_between (Demo       *d,
                   const char *from,
                   const char *to)
{
  int span = zf_date_days_between (from, to);

  return zf_date_add_days (from, span > 0 ? demo_rint (d, 0, span) : 0);
}

static void
demo_body_clear (gpointer data)
{
  DemoBody *body = data;

  g_free (body->name);
  g_free (body->region_code);
  g_free (body->region_name);
  g_free (body->abbr);
  g_free (body->acts_from);
  g_free (body->acts_until);
  g_clear_pointer (&body->matters, g_array_unref);
  g_clear_pointer (&body->category_of, g_array_unref);
  g_clear_pointer (&body->officers, g_array_unref);
}

static void
demo_init (Demo              *d,
           ZfStore           *store,
           const ZfDemoSizes *sizes,
           ZfDemoProgress     progress,
           gpointer           user_data)
{
  d->store = store;
  d->sizes = sizes;
  d->rand = g_rand_new_with_seed (sizes->seed);
  d->today = sizes->today ? g_strdup (sizes->today) : zf_date_today ();
  d->year = zf_date_year (d->today);
  /* The events of made-up people were recorded by no one: their history
   * says so, where it would name whoever ran the command. The audit's
   * summary row still names them. */
  d->operator_name = _("Demo data");
  d->progress = progress;
  d->user_data = user_data;
  d->bodies = g_array_new (FALSE, TRUE, sizeof (DemoBody));
  d->cases = g_array_new (FALSE, TRUE, sizeof (DemoCase));
  g_array_set_clear_func (d->bodies, demo_body_clear);
  d->laws = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->law_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->target_names = g_ptr_array_new_with_free_func (g_free);
  d->target_codes = g_ptr_array_new_with_free_func (g_free);
  d->id_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
demo_clear (Demo *d)
{
  g_rand_free (d->rand);
  g_free (d->today);
  g_array_unref (d->bodies);
  g_array_unref (d->cases);
  g_array_unref (d->laws);
  g_array_unref (d->law_ids);
  g_array_unref (d->targets);
  g_ptr_array_unref (d->target_names);
  g_ptr_array_unref (d->target_codes);
  g_hash_table_unref (d->id_numbers);
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

  demo_init (&d, store, sizes, progress, user_data);

  zf_store_demo_set_bulk (store, TRUE);
  ok = zf_store_begin (store, error);
  if (ok)
    {
      /* One summary row instead of a million audit rows. */
      zf_store_set_audit_rows (store, FALSE);
      ok = zf_store_demo_is_empty (store, error) &&
           demo_generate_laws (&d, error) &&
           demo_generate_bodies (&d, error) &&
           demo_generate_catalogs (&d, error) &&
           demo_generate_targets (&d, error) &&
           demo_generate_matters (&d, error) &&
           demo_generate_officers (&d, error) &&
           demo_generate_cases (&d, error) &&
           demo_generate_evaluations (&d, error) &&
           demo_generate_lists (&d, error);
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
  demo_clear (&d);
  return ok;
}
