#define G_LOG_DOMAIN "test-ui-upgrade"

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "zf-application.h"
#include "zf-backup.h"
#include "zf-migrations.h"
#include "zf-store-bodies.h"
#include "zf-store-private.h"
#include "zf-test-util.h"
#include "zf-window.h"

/* A register of an older schema at start: a window says it is being
 * opened while a thread checks, copies and upgrades it, and the main window
 * follows with every row, the file at the current schema and the copy
 * kept. */

/* The visible window that is not the main one, with a progress bar. */
static GtkWindow *
find_opening_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (!ZF_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_progress_bar (GtkWidget *widget)
{
  if (GTK_IS_PROGRESS_BAR (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_progress_bar (child))
      return TRUE;
  return FALSE;
}

static void
test_upgrade_at_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (dir, "zhifa.db", NULL);
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GtkWindow *opening;
  GtkWindow *window = NULL;
  gboolean copied = FALSE;
  gint64 deadline;
  sqlite3 *db;

  g_assert_no_error (error);
  {
    g_autoptr(ZfStore) old = zf_store_open_at_version (path, 3, &error);
    g_assert_no_error (error);
  }
  /* Written as version 3 was: today's store writes columns it lacked. */
  db = zf_test_sqlite_open (path);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO body (name) VALUES ('华容区第%u执法局')", i);
      zf_test_sqlite_exec (db, sql);
    }
  sqlite3_close (db);

  g_setenv ("ZHIFA_DB", path, TRUE);
  app = GTK_APPLICATION (zf_application_new ());
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  /* At once, before any work is done: the opening window, not the main one. */
  opening = find_opening_window (app);
  g_assert_nonnull (opening);
  g_assert_true (has_progress_bar (GTK_WIDGET (opening)));
  g_assert_null (zf_application_get_store (ZF_APPLICATION (app)));

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((window = gtk_application_get_active_window (app)) == NULL || !ZF_IS_WINDOW (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  /* The opening window went when the main one came. */
  g_assert_null (find_opening_window (app));
  g_assert_nonnull (zf_application_get_store (ZF_APPLICATION (app)));
  g_assert_cmpint (zf_store_count_bodies (zf_application_get_store (ZF_APPLICATION (app))), ==, 50);

  db = zf_test_sqlite_open (path);
  g_assert_cmpint (zf_test_sqlite_int (db, "PRAGMA user_version"), ==, ZF_SCHEMA_VERSION);
  sqlite3_close (db);
  backups = zf_backup_list (path);
  for (guint i = 0; i < backups->len; i++)
    if (strstr (backups->pdata[i], "before-upgrade-") != NULL)
      {
        db = zf_test_sqlite_open (backups->pdata[i]);
        copied = zf_test_sqlite_int (db, "PRAGMA user_version") == 3 &&
                 zf_test_sqlite_int (db, "SELECT count(*) FROM body") == 50;
        sqlite3_close (db);
      }
  g_assert_true (copied);

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  zf_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui-upgrade/upgrade-at-start", test_upgrade_at_start);
  return g_test_run ();
}
