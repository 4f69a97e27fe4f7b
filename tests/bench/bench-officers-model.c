/* The officers list as the window drives it: the real ZfQueryModel over the
 * officers query spec. Types search sequences one keystroke at a time,
 * sorts by every column both ways and fetches rows at random positions,
 * then prints the slowest of each as "key milliseconds" lines (wall time
 * and the thread's CPU time) and the query plans as "# " lines. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <time.h>

#include "zf-store-officers.h"
#include "zf-store-private.h"

typedef struct
{
  double wall;
  double cpu;
} Lap;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
lap_start (Lap *lap)
{
  lap->wall = g_get_monotonic_time () / 1e3;
  lap->cpu = cpu_ms ();
}

/* Ends @lap and keeps the slowest in @worst. */
static void
lap_end (Lap *lap,
         Lap *worst)
{
  double wall = g_get_monotonic_time () / 1e3 - lap->wall;
  double cpu = cpu_ms () - lap->cpu;

  worst->wall = MAX (worst->wall, wall);
  worst->cpu = MAX (worst->cpu, cpu);
}

static void
print_lap (const char *key,
           const Lap  *lap)
{
  printf ("%s_ms %.6f\n%s_cpu_ms %.6f\n", key, lap->wall, key, lap->cpu);
}

static char *
query_text (ZfStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (zf_store_get_db (store), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static void
print_plan (ZfStore    *store,
            const char *title,
            const char *sql,
            const char *search)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *stmt = NULL;

  printf ("# %s\n", title);
  if (sqlite3_prepare_v2 (zf_store_get_db (store), explain, -1, &stmt, NULL) != SQLITE_OK)
    {
      printf ("#   (%s)\n", sqlite3_errmsg (zf_store_get_db (store)));
      return;
    }
  if (search != NULL)
    sqlite3_bind_text (stmt, 1, search, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    printf ("#   %*s%s\n", 2 * sqlite3_column_int (stmt, 1) / 100, "",
            (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
}

/* Types @text one character at a time, then clears the entry. */
static void
type_sequence (ZfQueryModel *model,
               const char   *key,
               const char   *text)
{
  Lap lap, worst = { 0, 0 };
  guint matches = 0;

  for (const char *p = g_utf8_next_char (text);; p = g_utf8_next_char (p))
    {
      g_autofree char *typed = g_strndup (text, p - text);

      lap_start (&lap);
      zf_query_model_set_search (model, typed);
      lap_end (&lap, &worst);
      matches = g_list_model_get_n_items (G_LIST_MODEL (model));
      if (*p == '\0')
        break;
    }
  print_lap (key, &worst);
  printf ("%s_matches %u\n", key, matches);
  zf_query_model_set_search (model, NULL);
}

int
main (int   argc,
      char *argv[])
{
  const ZfQuerySpec *spec = zf_officer_query_spec ();
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(ZfQueryModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);
  g_autofree char *name = NULL, *given = NULL, *id_number = NULL, *number = NULL;
  Lap lap, worst = { 0, 0 };
  guint n;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 2)
    {
      g_printerr ("usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  store = zf_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* What a user would type: an officer from the middle of the register. */
  name = query_text (store, "SELECT name FROM officer WHERE length (name) >= 3 "
                            "AND id >= (SELECT max (id) / 2 FROM officer) ORDER BY id LIMIT 1");
  id_number = query_text (store, "SELECT substr (id_number, 1, 10) FROM officer "
                                 "WHERE id >= (SELECT max (id) / 2 FROM officer) ORDER BY id LIMIT 1");
  number = query_text (store, "SELECT number FROM certificate WHERE number IS NOT NULL "
                              "AND id >= (SELECT max (id) / 2 FROM certificate) ORDER BY id LIMIT 1");
  if (name == NULL || id_number == NULL || number == NULL)
    {
      g_printerr ("The database has no officers with certificates.\n");
      return 1;
    }
  given = g_utf8_substring (name, 1, 3);

  worst = (Lap) { 0, 0 };
  lap_start (&lap);
  model = zf_query_model_new (store, spec);
  lap_end (&lap, &worst);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  printf ("officers %u\n", n);
  print_lap ("model_new", &worst);

  {
    g_autofree char *one = g_utf8_substring (name, 0, 1);
    type_sequence (model, "search_1char", one);
    type_sequence (model, "search_2char", given);
    type_sequence (model, "search_name", name);
    type_sequence (model, "search_id_prefix", id_number);
    type_sequence (model, "search_certificate", number);
  }

  worst = (Lap) { 0, 0 };
  for (guint s = 0; s < spec->n_sorts; s++)
    for (int d = 1; d >= 0; d--)
      {
        Lap one = { 0, 0 };
        char key[32];

        /* From another order, as a click on a header does. */
        zf_query_model_set_sort (model, (s + 1) % spec->n_sorts, d);
        lap_start (&lap);
        zf_query_model_set_sort (model, s, d);
        lap_end (&lap, &one);
        g_snprintf (key, sizeof key, "sort_%u_%s", s, d ? "desc" : "asc");
        print_lap (key, &one);
        worst.wall = MAX (worst.wall, one.wall);
        worst.cpu = MAX (worst.cpu, one.cpu);
      }
  print_lap ("sort", &worst);
  zf_query_model_set_sort (model, 0, FALSE);

  /* Rows anywhere in the list, none cached: what scrolling far asks for. */
  worst = (Lap) { 0, 0 };
  for (guint i = 0; i < 2000 && n > 0; i++)
    {
      guint position = g_rand_int_range (rand, 0, (gint32) n);
      g_autoptr(GObject) item = NULL;

      lap_start (&lap);
      item = g_list_model_get_item (G_LIST_MODEL (model), position);
      lap_end (&lap, &worst);
      g_assert_nonnull (item);
    }
  print_lap ("get_item", &worst);

  /* The one query behind the list: a keystroke and a header click work
   * on the rows it loaded, in memory (zf-query-rows.h). */
  print_plan (store, "the list's rows (opening the tab, a filter, a write)", spec->rows_sql, NULL);
  print_plan (store, "one row", spec->item_sql, NULL);
  return 0;
}
