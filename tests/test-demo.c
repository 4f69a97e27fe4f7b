#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "zf-check.h"
#include "zf-date.h"
#include "zf-demo.h"
#include "zf-error.h"
#include "zf-util.h"
#include "zf-test-util.h"
#include "zf-validate.h"

static const ZfDemoSizes small = {
  .bodies = 80, .officers = 600, .matters = 200, .cases = 150, .seed = 42, .today = "2024-06-30",
};

static char *
make_db (const char        *dir,
         const char        *name,
         const ZfDemoSizes *sizes)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (zf_demo_generate (store, sizes, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* The rows of @sql as one text, for comparing two databases. */
static char *
dump (const char *path,
      const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static const char *const compared[] = {
  "SELECT (SELECT count(*) FROM body), (SELECT count(*) FROM officer), "
  "(SELECT count(*) FROM certificate), (SELECT count(*) FROM officer_event), "
  "(SELECT count(*) FROM matter), (SELECT count(*) FROM case_file), "
  "(SELECT count(*) FROM case_officer), (SELECT count(*) FROM law_article), "
  "(SELECT count(*) FROM inspection_item), (SELECT count(*) FROM inspection_target), "
  "(SELECT count(*) FROM section), (SELECT count(*) FROM body_status_event)",
  "SELECT id, name, credit_code, kind, level, status, published_date FROM body ORDER BY id LIMIT 20",
  "SELECT id, name, id_number, body_id, staffing FROM officer ORDER BY id LIMIT 20",
  "SELECT officer_id, number, issue_date, status FROM certificate ORDER BY id LIMIT 20",
  "SELECT number, filed_date, archived_date, fine_amount FROM case_file ORDER BY id LIMIT 20",
};

static void
test_deterministic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);
  g_autofree char *a = make_db (dir, "a.db", &small);
  g_autofree char *b = make_db (dir, "b.db", &small);
  ZfDemoSizes other = small;
  g_autofree char *c = NULL;

  other.seed = 43;
  c = make_db (dir, "c.db", &other);

  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    {
      g_autofree char *da = dump (a, compared[i]);
      g_autofree char *db = dump (b, compared[i]);
      g_assert_cmpstr (da, ==, db);
      g_assert_cmpuint (strlen (da), >, 10);
    }
  {
    g_autofree char *da = dump (a, compared[2]);
    g_autofree char *dc = dump (c, compared[2]);
    g_assert_cmpstr (da, !=, dc);
  }
  {
    g_autofree char *counts = dump (a, "SELECT (SELECT count(*) FROM body), "
                                    "(SELECT count(*) FROM officer), (SELECT count(*) FROM matter), "
                                    "(SELECT count(*) FROM case_file)");
    g_assert_cmpstr (counts, ==, "80|600|200|150|\n");
  }
  {
    /* An inspection item's ratio is a number (抽查比例) and its frequency
     * a text (抽查频次), never the other way round. */
    g_autofree char *kinds = dump (a, "SELECT count(*), sum(typeof (ratio) = 'real'), "
                                   "sum(typeof (frequency) = 'text') FROM inspection_item");
    g_auto(GStrv) n = g_strsplit (kinds, "|", -1);

    g_assert_cmpint (atoi (n[0]), >, 0);
    g_assert_cmpstr (n[1], ==, n[0]);
    g_assert_cmpstr (n[2], ==, n[0]);
  }
}

static void
test_codes_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);
  g_autofree char *path = make_db (dir, "a.db", &small);
  static const char *const sql[] = {
    "SELECT credit_code FROM body UNION ALL SELECT credit_code FROM inspection_target",
    "SELECT id_number FROM officer UNION ALL SELECT party_code FROM case_file "
    "WHERE party_kind = 'person'",
  };
  sqlite3 *db = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint k = 0; k < G_N_ELEMENTS (sql); k++)
    {
      sqlite3_stmt *stmt = NULL;
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql[k], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *code = (const char *) sqlite3_column_text (stmt, 0);
          if (k == 0)
            g_assert_true (zf_credit_code_validate (code, &error));
          else
            g_assert_true (zf_id_number_validate (code, &error));
          g_assert_no_error (error);
          n++;
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  g_assert_cmpuint (n, >, 600);
}

/* The made-up events name no real person as their recorder. */
static void
test_recorded_by (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);
  g_autofree char *path = make_db (dir, "a.db", &small);
  g_autofree char *events = dump (path, "SELECT DISTINCT operator FROM officer_event");
  g_autofree char *bodies = dump (path, "SELECT DISTINCT operator FROM body_status_event");

  g_assert_cmpstr (events, ==, "Demo data|\n");
  g_assert_cmpstr (bodies, ==, "Demo data|\n");
  g_unlink (path);
  g_rmdir (dir);
}

/* Replays each certificate's events and compares with its stored status. */
static void
test_statuses_consistent (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);
  g_autofree char *path = make_db (dir, "a.db", &small);
  static const char sql[] =
    "SELECT c.id, c.status, c.valid_until, e.kind, e.date FROM certificate c "
    "LEFT JOIN officer_event e ON e.certificate_id = c.id ORDER BY c.id, e.date, e.id";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 current = -1;
  char *stored = NULL, *derived = NULL, *valid_until = NULL;
  guint n = 0, seen[4] = { 0 };

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (;;)
    {
      int rc = sqlite3_step (stmt);
      gint64 id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -2;

      if (id != current && current != -1)
        {
          if (g_strcmp0 (derived, "valid") == 0 && g_strcmp0 (valid_until, small.today) < 0)
            zf_set_str (&derived, "expired");
          g_assert_cmpstr (stored, ==, derived);
          seen[0] += g_strcmp0 (stored, "suspended") == 0;
          seen[1] += g_strcmp0 (stored, "revoked") == 0;
          seen[2] += g_strcmp0 (stored, "expired") == 0;
          seen[3] += g_strcmp0 (stored, "valid") == 0;
          n++;
        }
      if (rc != SQLITE_ROW)
        break;
      if (id != current)
        {
          current = id;
          zf_set_str (&stored, (const char *) sqlite3_column_text (stmt, 1));
          zf_set_str (&valid_until, (const char *) sqlite3_column_text (stmt, 2));
          zf_set_str (&derived, "applying");
        }
      {
        const char *kind = (const char *) sqlite3_column_text (stmt, 3);
        static const char *const map[][2] = {
          { "issued", "valid" }, { "suspension", "suspended" }, { "return", "valid" },
          { "revocation", "revoked" }, { "cancellation", "cancelled" },
        };
        for (guint i = 0; kind && i < G_N_ELEMENTS (map); i++)
          if (strcmp (kind, map[i][0]) == 0)
            zf_set_str (&derived, map[i][1]);
      }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_free (stored);
  g_free (derived);
  g_free (valid_until);

  g_assert_cmpuint (n, >, 400);
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_cmpuint (seen[i], >, 0);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);
  g_autofree char *path = make_db (dir, "a.db", &small);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autofree char *before = dump (path, compared[0]);
  g_autofree char *after = NULL;

  g_assert_false (zf_demo_generate (store, &small, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  after = dump (path, compared[0]);
  g_assert_cmpstr (before, ==, after);
}

/* `check` on a fresh demo register finds no error: its case files are
 * decided by bodies published (and entrusted) on the day, under matters
 * they still hold, by two handlers certified then. The warnings that stay
 * are the realistic ones of a register kept by people: an entrustment
 * letter that has since expired (B4), bodies not yet published (B5), a
 * basis or letter not filed (B6), a legal-affairs section without its
 * staff (B7), a unit's yearly all-staff training not recorded (B8),
 * training hours short (R5), the biennial exam due (R7), officers to
 * clean up (R8), certificates about to expire (V1) and decisions past the
 * matter's time limit (E7). */
static const char *const demo_warnings[] = {
  "B4", "B5", "B6", "B7", "B8", "R5", "R7", "R8", "V1", "E7", NULL,
};

static const ZfDemoSizes check_sizes[] = {
  { .bodies = 80, .officers = 600, .matters = 200, .cases = 150, .seed = 42, .today = "2024-06-30" },
  { .bodies = 80, .officers = 600, .matters = 200, .cases = 150, .seed = 7, .today = "2026-01-02" },
  { .bodies = ZF_DEMO_DEFAULT_BODIES, .officers = ZF_DEMO_DEFAULT_OFFICERS,
    .matters = ZF_DEMO_DEFAULT_MATTERS, .cases = ZF_DEMO_DEFAULT_CASES, .seed = 1,
    .today = "2025-11-30" },
};

static void
test_check_clean (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);

  for (guint i = 0; i < G_N_ELEMENTS (check_sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("check%u.db", i);
      g_autofree char *path = make_db (dir, name, &check_sizes[i]);
      g_autoptr(ZfStore) store = zf_store_open (path, &error);
      g_autoptr(ZfCheckCounts) counts = zf_check_counts_new ();
      g_autoptr(GPtrArray) rules = NULL;
      ZfCheckOptions options;

      g_assert_no_error (error);
      zf_check_options_init (&options);
      options.as_of = check_sizes[i].today;
      g_assert_true (zf_check_run (store, &options, NULL, NULL, counts, &error));
      g_assert_no_error (error);
      rules = zf_check_counts_rules (counts);
      for (guint j = 0; j < rules->len; j++)
        {
          const char *rule = rules->pdata[j];

          g_test_message ("seed %u: %s %u errors, %u warnings", check_sizes[i].seed, rule,
                          zf_check_counts_get (counts, rule, ZF_SEVERITY_ERROR),
                          zf_check_counts_get (counts, rule, ZF_SEVERITY_WARNING));
          g_assert_cmpuint (zf_check_counts_get (counts, rule, ZF_SEVERITY_ERROR), ==, 0);
          if (zf_check_counts_get (counts, rule, ZF_SEVERITY_WARNING) > 0)
            g_assert_true (g_strv_contains (demo_warnings, rule));
        }
      g_assert_cmpuint (zf_check_counts_total (counts, ZF_SEVERITY_ERROR), ==, 0);
      g_clear_object (&store);
      /* Every case file asked for was made: the check had them to judge. */
      {
        g_autofree char *n = dump (path, "SELECT count(*) FROM case_file");
        g_autofree char *want = g_strdup_printf ("%u|\n", check_sizes[i].cases);

        g_assert_cmpstr (n, ==, want);
      }
      g_unlink (path);
    }
  g_rmdir (dir);
}

static GPtrArray *
check_lines (ZfStore    *store,
             const char *as_of,
             gboolean    replay)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  ZfCheckOptions options;

  zf_check_options_init (&options);
  options.as_of = as_of;
  options.include_info = TRUE;
  options.from_summaries = !replay;
  g_assert_true (zf_check_run (store, &options, zf_test_collect_check_line, lines, NULL, &error));
  g_assert_no_error (error);
  return lines;
}

/* The demo's officers judged from their summaries get the findings of
 * their events, as of the demo's day, of a day half a year before (when
 * many events are still to come), and of the day the test runs. */
static void
test_check_from_summaries (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-demo-XXXXXX", &error);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("summaries%u.db", i);
      g_autofree char *path = make_db (dir, name, &check_sizes[i]);
      g_autoptr(ZfStore) store = zf_store_open (path, &error);
      g_autofree char *earlier = zf_date_add_days (check_sizes[i].today, -183);
      g_autofree char *today = zf_date_today ();
      const char *days[] = { check_sizes[i].today, earlier, today };

      g_assert_no_error (error);
      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        {
          g_autoptr(GPtrArray) fast = check_lines (store, days[d], FALSE);
          g_autoptr(GPtrArray) slow = check_lines (store, days[d], TRUE);

          g_test_message ("seed %u as of %s: %u findings", check_sizes[i].seed, days[d], fast->len);
          g_assert_cmpuint (fast->len, ==, slow->len);
          g_assert_cmpuint (fast->len, >, 0);
          for (guint j = 0; j < fast->len; j++)
            g_assert_cmpstr (fast->pdata[j], ==, slow->pdata[j]);
        }
      g_clear_object (&store);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/codes-valid", test_codes_valid);
  g_test_add_func ("/demo/recorded-by", test_recorded_by);
  g_test_add_func ("/demo/statuses-consistent", test_statuses_consistent);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/check-clean", test_check_clean);
  g_test_add_func ("/demo/check-from-summaries", test_check_from_summaries);

  return g_test_run ();
}
