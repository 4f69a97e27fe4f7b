/* zhifa-cli officers event add: a certificate's whole life scripted, each
 * step through the same checks as the window's event dialog, refusals
 * storing nothing. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "zf-store-officers.h"
#include "zf-test-util.h"

typedef struct
{
  char    *path;
  gint64   officer_id;
  char    *officer;    /* the id as the CLI takes it */
  char    *id_number;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(ZfOfficer) officer = zf_officer_new ();
  gint64 body_id;

  f->path = zf_test_db_path ("officers-cli");
  store = zf_store_open (f->path, &error);
  g_assert_no_error (error);
  body_id = zf_test_add_body (store, "甲县市场监督管理局", 1);
  f->id_number = zf_test_id_number (7, TRUE);
  g_object_set (officer, "name", "孙七", "id-number", f->id_number, "body-id", body_id,
                "staffing", "administrative", "enforcement-post", (gint64) 1,
                "enforcement-category", "市场监管", "enforcement-area", "甲县", NULL);
  zf_store_save_officer (store, officer, &error);
  g_assert_no_error (error);
  f->officer_id = zf_record_get_id (ZF_RECORD (officer));
  f->officer = g_strdup_printf ("%" G_GINT64_FORMAT, f->officer_id);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  zf_test_remove_db (f->path);
  g_free (f->path);
  g_free (f->officer);
  g_free (f->id_number);
}

/* Runs "zhifa-cli officers event add OFFICER ARGS…" in English; returns the
 * exit status, stdout and stderr in @out and @err. */
static int
event_add (Fixture     *f,
           const char  *officer,
           char       **out,
           char       **err,
           ...)
{
  const char *cli = g_getenv ("ZHIFA_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *arg;
  int status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, f->path);
  g_ptr_array_add (argv, (gpointer) "officers");
  g_ptr_array_add (argv, (gpointer) "event");
  g_ptr_array_add (argv, (gpointer) "add");
  g_ptr_array_add (argv, (gpointer) officer);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static gint64
n_events (Fixture *f)
{
  sqlite3 *db = zf_test_sqlite_open (f->path);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM officer_event WHERE officer_id = %"
                                          G_GINT64_FORMAT, f->officer_id);
  gint64 n = zf_test_sqlite_int (db, sql);

  sqlite3_close (db);
  return n;
}

static char *
certificate_status (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (f->path, &error);
  g_autoptr(ZfOfficer) officer = NULL;

  g_assert_no_error (error);
  officer = zf_store_get_officer (store, f->officer_id, &error);
  g_assert_no_error (error);
  return g_strdup (zf_officer_get_certificate_status (officer));
}

/* One step: the exit status it must give, what stdout or stderr must say,
 * and the certificate's status after it. */
#define STEP(f, rc, says, status, ...) \
  G_STMT_START { \
    g_autofree char *out_ = NULL, *err_ = NULL, *status_ = NULL; \
    gint64 before_ = n_events (f); \
    int got_ = event_add (f, (f)->officer, &out_, &err_, __VA_ARGS__, NULL); \
    g_test_message ("%s%s", out_, err_); \
    g_assert_cmpint (got_, ==, rc); \
    g_assert_nonnull (strstr (rc == 0 ? out_ : err_, says)); \
    /* A refused event stores nothing; a recorded one exactly one row. */ \
    g_assert_cmpint (n_events (f), ==, before_ + (rc == 0 ? 1 : 0)); \
    status_ = certificate_status (f); \
    g_assert_cmpstr (status_, ==, status); \
  } G_STMT_END

static void
test_life (Fixture       *f,
           gconstpointer  data)
{
  /* Application and the reviews, in order: 初审 → 复审 → 复核 → exam → issue. */
  STEP (f, 0, "Application on 2023-01-10 recorded", "applying",
        "--kind", "applied", "--date", "2023-01-10");
  STEP (f, 1, "needs a passed", "applying",
        "--kind", "review_second", "--date", "2023-01-12", "--passed", "yes");
  STEP (f, 0, "recorded", "applying",
        "--kind", "review_first", "--date", "2023-01-12", "--passed", "yes");
  STEP (f, 0, "recorded", "applying",
        "--kind", "review_second", "--date", "2023-01-15", "--passed", "yes");
  STEP (f, 1, "needs a passed", "applying",
        "--kind", "issued", "--date", "2023-01-16", "--doc", "甲政执〔2023〕1号",
        "--number", "T-1001", "--authority", "甲县人民政府");
  STEP (f, 0, "recorded", "applying",
        "--kind", "review_final", "--date", "2023-01-18", "--passed", "yes");
  STEP (f, 1, "Say whether", "applying", "--kind", "exam", "--date", "2023-02-01");
  STEP (f, 0, "recorded", "applying",
        "--kind", "exam", "--date", "2023-02-01", "--passed", "yes");
  /* An issue needs its document number (O3). */
  STEP (f, 1, "document number", "applying",
        "--kind", "issued", "--date", "2023-03-01", "--number", "T-1001",
        "--authority", "甲县人民政府");
  STEP (f, 0, "certificate Valid", "valid",
        "--kind", "issued", "--date", "2023-03-01", "--doc", "甲政执〔2023〕1号",
        "--number", "T-1001", "--authority", "甲县人民政府");

  /* Training and an assessment are recorded with their details. */
  STEP (f, 1, "hours", "valid", "--kind", "training", "--date", "2023-06-01");
  STEP (f, 0, "recorded", "valid", "--kind", "training", "--date", "2023-06-01", "--hours", "40");
  STEP (f, 0, "recorded", "valid",
        "--kind", "assessment", "--date", "2023-12-20", "--grade", "competent");
  STEP (f, 2, "--grade", "valid",
        "--kind", "assessment", "--date", "2023-12-21", "--grade", "superb");

  /* Suspension: a decision with its document number. */
  STEP (f, 1, "document number", "valid", "--kind", "suspension", "--date", "2024-03-01");
  STEP (f, 0, "certificate Suspended", "suspended",
        "--kind", "suspension", "--date", "2024-03-01", "--doc", "甲政执〔2024〕3号",
        "--reason", "执法不规范");
  /* A suspended card cannot be suspended again or renewed by an issue. */
  STEP (f, 1, "cannot be recorded", "suspended",
        "--kind", "suspension", "--date", "2024-03-05", "--doc", "甲政执〔2024〕4号");

  /* R3: no return without training and a passed exam since the suspension;
   * the training before it does not count, nor a failed exam. */
  STEP (f, 1, "cannot be returned yet", "suspended",
        "--kind", "return", "--date", "2024-04-01", "--doc", "甲政执〔2024〕5号");
  STEP (f, 0, "recorded", "suspended",
        "--kind", "training", "--date", "2024-04-10", "--hours", "16");
  STEP (f, 1, "cannot be returned yet", "suspended",
        "--kind", "return", "--date", "2024-04-11", "--doc", "甲政执〔2024〕5号");
  STEP (f, 0, "recorded", "suspended",
        "--kind", "exam", "--date", "2024-04-20", "--passed", "no");
  STEP (f, 1, "cannot be returned yet", "suspended",
        "--kind", "return", "--date", "2024-04-21", "--doc", "甲政执〔2024〕5号");
  STEP (f, 0, "recorded", "suspended",
        "--kind", "exam", "--date", "2024-05-20", "--passed", "yes");
  STEP (f, 0, "certificate Valid", "valid",
        "--kind", "return", "--date", "2024-05-21", "--doc", "甲政执〔2024〕6号");

  /* Revocation ends the card: nothing but what a revoked card allows. */
  STEP (f, 0, "certificate Revoked", "revoked",
        "--kind", "revocation", "--date", "2025-01-10", "--doc", "甲政执〔2025〕1号",
        "--reason", "被依法开除");
  STEP (f, 1, "cannot be recorded", "revoked",
        "--kind", "return", "--date", "2025-02-01", "--doc", "甲政执〔2025〕2号");
}

/* The officer named by ID number or certificate number; mistakes exit 2. */
static void
test_names_and_mistakes (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (event_add (f, f->id_number, &out, &err, "--kind", "Application",
                              "--date", "2023-01-10", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (event_add (f, "no-such-officer", &out, &err, "--kind", "applied",
                              "--date", "2023-01-10", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no-such-officer"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (event_add (f, f->officer, &out, &err, "--kind", "frobnicate",
                              "--date", "2023-01-10", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "frobnicate"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (event_add (f, f->officer, &out, &err, "--kind", "exam",
                              "--date", "2023-01-11", "--passed", "maybe", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (event_add (f, f->officer, &out, &err, "--kind", "applied", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* A date that is not one is refused by the same check as in the window. */
  g_assert_cmpint (event_add (f, f->officer, &out, &err, "--kind", "training",
                              "--date", "2023-02-30", "--hours", "8", NULL), ==, 1);
  g_assert_cmpint (n_events (f), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/officers-cli/life", Fixture, NULL, fixture_set_up, test_life, fixture_tear_down);
  g_test_add ("/officers-cli/names-and-mistakes", Fixture, NULL, fixture_set_up,
              test_names_and_mistakes, fixture_tear_down);
  return g_test_run ();
}
