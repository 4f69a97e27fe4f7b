#include "config.h"

#include <locale.h>
#include <string.h>

#include "zf-demo.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"
#include "zf-test-util.h"

/* The officers list filters and sorts in memory (ZfQuerySpec
 * n_search_columns): every order and search must give exactly the ids the
 * reference SQL of that order gives with the search bound as ?1. */

typedef struct
{
  char    *path;
  ZfStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ZfDemoSizes sizes;
  g_autoptr(GError) error = NULL;

  f->path = zf_test_db_path ("query-rows.db");
  f->store = zf_store_open (f->path, &error);
  g_assert_no_error (error);
  zf_demo_sizes_init (&sizes);
  sizes.bodies = 12;
  sizes.officers = 700;
  sizes.matters = 0;
  sizes.cases = 0;
  sizes.today = "2025-06-30";
  g_assert_true (zf_demo_generate (f->store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  zf_test_remove_db (f->path);
  g_free (f->path);
}

/* The ids of the reference query of @sort with @search and @body_id. */
static GArray *
reference_ids (ZfStore    *store,
               guint       sort,
               gboolean    descending,
               const char *search,
               gint64      body_id)
{
  const ZfQuerySpec *spec = zf_officer_query_spec ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (zf_store_get_db (store),
                                       spec->ids_sql[2 * sort + (descending ? 1 : 0)], -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  if (search != NULL)
    sqlite3_bind_text (stmt, 1, search, -1, SQLITE_TRANSIENT);
  if (body_id > 0)
    sqlite3_bind_int64 (stmt, 2, body_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

static void
assert_same_ids (ZfQueryModel *model,
                 GArray       *expected,
                 const char   *what)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  if (n != expected->len)
    g_error ("%s: %u rows, the reference query has %u", what, n, expected->len);
  for (guint i = 0; i < n; i++)
    if (zf_query_model_get_id (model, i) != g_array_index (expected, gint64, i))
      g_error ("%s: row %u is %" G_GINT64_FORMAT ", the reference query has %" G_GINT64_FORMAT,
               what, i, zf_query_model_get_id (model, i), g_array_index (expected, gint64, i));
}

static void
test_orders_and_searches (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (f->store, zf_officer_query_spec ());
  g_autofree char *name = NULL, *surname = NULL, *given = NULL, *id_piece = NULL;
  g_autofree char *x_piece = NULL, *number_piece = NULL;
  gint64 body_id;
  guint matched_x = 0;

  name = zf_test_sqlite_text (zf_store_get_db (f->store),
                              "SELECT name FROM officer WHERE length (name) = 3 ORDER BY id LIMIT 1");
  g_assert_nonnull (name);
  surname = g_utf8_substring (name, 0, 1);
  given = g_utf8_substring (name, 1, 3);
  id_piece = zf_test_sqlite_text (zf_store_get_db (f->store),
                                  "SELECT substr (id_number, 7, 6) FROM officer ORDER BY id LIMIT 1");
  /* A lower-case x finds the ID numbers ending in X, as upper (?1) does. */
  x_piece = zf_test_sqlite_text (zf_store_get_db (f->store),
                                 "SELECT lower (substr (id_number, 15)) FROM officer "
                                 "WHERE id_number LIKE '%X' ORDER BY id LIMIT 1");
  number_piece = zf_test_sqlite_text (zf_store_get_db (f->store),
                                      "SELECT substr (number, 3, 8) FROM certificate ORDER BY id LIMIT 1");
  body_id = zf_test_sqlite_int (zf_store_get_db (f->store),
                                "SELECT body_id FROM officer GROUP BY body_id ORDER BY count (*) DESC LIMIT 1");
  g_assert_nonnull (id_piece);
  g_assert_nonnull (number_piece);

  {
    const struct
    {
      const char *what;
      const char *search;
      gint64      body_id;
    } cases[] = {
      { "everyone", NULL, 0 },
      { "one character", surname, 0 },
      { "two characters", given, 0 },
      { "whole name", name, 0 },
      { "ID number piece", id_piece, 0 },
      { "lower-case x of an ID number", x_piece, 0 },
      { "certificate number piece", number_piece, 0 },
      { "digits everywhere", "4", 0 },
      { "nobody", "没有这个人", 0 },
      { "one body", NULL, body_id },
      { "one body, one character", surname, body_id },
    };

    for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
      {
        if (cases[c].search == NULL && c > 0 && cases[c].body_id == 0)
          continue;
        if (cases[c].body_id > 0)
          zf_query_model_set_filter_int (model, ZF_OFFICER_FILTER_BODY, cases[c].body_id);
        else
          zf_query_model_clear_filter (model, ZF_OFFICER_FILTER_BODY);
        zf_query_model_set_search (model, cases[c].search);

        for (guint sort = 0; sort < ZF_OFFICER_N_SORTS; sort++)
          for (int desc = 0; desc <= 1; desc++)
            {
              g_autoptr(GArray) expected = reference_ids (f->store, sort, desc, cases[c].search,
                                                          cases[c].body_id);
              g_autofree char *what = g_strdup_printf ("%s, sort %u%s", cases[c].what, sort,
                                                       desc ? " descending" : "");

              zf_query_model_set_sort (model, sort, desc);
              assert_same_ids (model, expected, what);
              if (c == 5)
                matched_x = expected->len;
            }
      }
  }
  /* The cases mean something: the x case found someone. */
  if (x_piece != NULL)
    g_assert_cmpuint (matched_x, >, 0);
}

static void
test_write_reloads (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (f->store, zf_officer_query_spec ());
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = zf_query_model_get_id (model, 5);

  zf_query_model_set_search (model, "甄测试");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  officer = zf_store_get_officer (f->store, id, &error);
  g_assert_no_error (error);
  g_object_set (officer, "name", "甄测试", NULL);
  g_assert_true (zf_store_save_officer (f->store, officer, &error));
  g_assert_no_error (error);

  /* The rows in memory were loaded again by the write. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpint (zf_query_model_get_id (model, 0), ==, id);
  /* Typed as rosters pad it, the name is found as it is stored. */
  zf_query_model_set_search (model, "甄　测试");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
}

/* A view learns of every change through items-changed alone: a copy of
 * the ids kept up to date by the signal stays what the model shows,
 * through header clicks (all rows read in place, order to order), a
 * search and its end, and a write while sorted by another column. */
static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *mirror)
{
  g_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = zf_query_model_get_id (ZF_QUERY_MODEL (model), position + i);
      g_array_insert_val (mirror, position + i, id);
    }
}

static GArray *
shown_ids (ZfQueryModel *model)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = zf_query_model_get_id (model, i);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
test_changes_announced (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (f->store, zf_officer_query_spec ());
  g_autoptr(GArray) mirror = shown_ids (model);
  GArray *previous = shown_ids (model);
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reordered = 0;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), mirror);
  for (guint step = 0; step < 2 * ZF_OFFICER_N_SORTS + 4; step++)
    {
      g_autoptr(GArray) expected = NULL;
      g_autofree char *what = NULL;
      guint sort = step % ZF_OFFICER_N_SORTS;
      gboolean desc = (step / ZF_OFFICER_N_SORTS) % 2;

      if (step == 2 * ZF_OFFICER_N_SORTS)
        {
          /* The surname of some officer: a part of the list. */
          g_autoptr(ZfOfficer) some = g_list_model_get_item (G_LIST_MODEL (model), 3);
          char surname[8] = "";

          g_utf8_strncpy (surname, zf_officer_get_name (some), 1);
          zf_query_model_set_search (model, surname);
        }
      else if (step == 2 * ZF_OFFICER_N_SORTS + 1)
        zf_query_model_set_search (model, NULL);
      else if (step == 2 * ZF_OFFICER_N_SORTS + 2)
        {
          /* The officer at the top of the current order gets a name that
           * puts it elsewhere in the default one. */
          officer = zf_store_get_officer (f->store, zf_query_model_get_id (model, 0), &error);
          g_assert_no_error (error);
          g_object_set (officer, "name", "甄测试", NULL);
          g_assert_true (zf_store_save_officer (f->store, officer, &error));
          g_assert_no_error (error);
        }
      else if (step == 2 * ZF_OFFICER_N_SORTS + 3)
        zf_query_model_set_sort (model, 0, FALSE);
      else
        zf_query_model_set_sort (model, (sort + 1) % ZF_OFFICER_N_SORTS, desc);
      expected = shown_ids (model);
      if (expected->len != previous->len ||
          memcmp (expected->data, previous->data, expected->len * sizeof (gint64)) != 0)
        n_reordered++;
      what = g_strdup_printf ("step %u", step);
      g_test_message ("%s: %u rows", what, expected->len);
      g_assert_cmpuint (mirror->len, ==, expected->len);
      g_assert_cmpmem (mirror->data, mirror->len * sizeof (gint64),
                       expected->data, expected->len * sizeof (gint64));
      g_array_unref (previous);
      previous = g_steal_pointer (&expected);
    }
  /* Every step changed what shows, so every one was announced. */
  g_assert_cmpuint (n_reordered, ==, 2 * ZF_OFFICER_N_SORTS + 4);
  g_array_unref (previous);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/query-rows/orders-and-searches", Fixture, NULL, fixture_set_up,
              test_orders_and_searches, fixture_tear_down);
  g_test_add ("/query-rows/changes-announced", Fixture, NULL, fixture_set_up,
              test_changes_announced, fixture_tear_down);
  g_test_add ("/query-rows/write-reloads", Fixture, NULL, fixture_set_up,
              test_write_reloads, fixture_tear_down);
  return g_test_run ();
}
