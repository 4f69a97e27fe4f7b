#define G_LOG_DOMAIN "zf-test"

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "zf-body.h"
#include "zf-error.h"
#include "zf-store-bodies.h"
#include "zf-validate.h"
#include "zf-collation.h"
#include "zf-test-util.h"

static char *tmp_dir;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_tmp_dir (void)
{
  if (tmp_dir != NULL)
    remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

char *
zf_test_tmp_dir (void)
{
  if (tmp_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      tmp_dir = g_dir_make_tmp ("zhifa-test-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_tmp_dir);
    }
  return g_strdup (tmp_dir);
}

char *
zf_test_db_path (const char *name)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  char *path = g_build_filename (dir, name, NULL);

  zf_test_remove_db (path);
  return path;
}

void
zf_test_remove_db (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

void
zf_test_use_zh_CN (void)
{
  g_autofree char *mo = g_build_filename (BUILD_LOCALEDIR, "zh_CN", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    g_error ("The Chinese translation %s was not built", mo);

  /* LANGUAGE is honoured in any locale but plain "C"; the tests run in
   * C.UTF-8, which every Debian system has, unlike zh_CN.UTF-8. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Province"), "Province") == 0)
    g_error ("The Chinese translation %s is not used (locale %s)", mo,
             setlocale (LC_MESSAGES, NULL));
}

static void
sql_fixture_operator (sqlite3_context  *ctx,
                      int               argc,
                      sqlite3_value   **argv)
{
  sqlite3_result_text (ctx, "test-fixture", -1, SQLITE_STATIC);
}

static void
sql_fixture_audit_enabled (sqlite3_context  *ctx,
                           int               argc,
                           sqlite3_value   **argv)
{
  sqlite3_result_int (ctx, 1);
}

sqlite3 *
zf_test_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  /* The audit triggers call these two functions, which only the store's
   * connection defines; without them any write here fails. */
  sqlite3_create_function (db, "zf_operator", 0, SQLITE_UTF8, NULL,
                           sql_fixture_operator, NULL, NULL);
  sqlite3_create_function (db, "zf_audit_enabled", 0, SQLITE_UTF8, NULL,
                           sql_fixture_audit_enabled, NULL, NULL);
  /* Not needed to write (zf-schema-v9.c), but tests compare with it. */
  g_assert_true (zf_collation_register (db, NULL));
  zf_test_sqlite_exec (db, "PRAGMA foreign_keys = ON");
  return db;
}

void
zf_test_sqlite_exec (sqlite3    *db,
                     const char *sql)
{
  char *msg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
}

gint64
zf_test_sqlite_int (sqlite3    *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

char *
zf_test_sqlite_text (sqlite3    *db,
                     const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

void
zf_test_assert_refusal (const char   *what,
                        gboolean      ok,
                        const GError *error,
                        int           expected)
{
  g_test_message ("%s", what);
  if (expected < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_assert_error (error, ZF_ERROR, expected);
  g_assert_false (ok);
  g_assert_cmpstr (error->message, !=, "");
}

char *
zf_test_credit_code (guint n)
{
  /* 1 = organ registration authority, 1 = organ; region 420703; a body
   * number of nine digits (the organization code without its check). */
  g_autofree char *first17 = g_strdup_printf ("11420703%09u", n % 1000000000u);

  return g_strdup_printf ("%s%c", first17, zf_credit_code_check_char (first17));
}

char *
zf_test_id_number (guint    n,
                   gboolean male)
{
  guint day = 1 + n % 28;
  guint seq = (n / 28) % 500 * 2 + (male ? 1 : 0);
  g_autofree char *first17 = g_strdup_printf ("42070319850%u%02u%03u",
                                              1 + (n / 14000) % 9, day, seq);

  return g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
}

gint64
zf_test_add_body (ZfStore    *store,
                  const char *name,
                  guint       n)
{
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = zf_test_credit_code (n);

  g_object_set (body, "name", name, "credit-code", code, "kind", "organ", NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  return zf_record_get_id (ZF_RECORD (body));
}

gboolean
zf_test_collect_check_line (const ZfCheckItem *item,
                            gpointer           lines)
{
  g_ptr_array_add (lines, g_strdup_printf ("%s %s %d %d %s: %s", item->family,
                                           item->finding->rule, item->finding->severity,
                                           item->proposal, item->subject,
                                           item->finding->message));
  return TRUE;
}
