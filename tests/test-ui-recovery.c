#define G_LOG_DOMAIN "test-ui-recovery"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "zf-application.h"
#include "zf-backup.h"
#include "zf-body.h"
#include "zf-history-view.h"
#include "zf-store-bodies.h"
#include "zf-test-util.h"
#include "zf-window.h"

/* The app's side of reliability: a damaged register at start brings up a
 * dialog that offers the latest good backup and touches nothing until the
 * user restores; the backup actions exist; the history view lists a row's
 * changes. */

static char *
file_sum (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

static GtkMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (GTK_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static GtkApplication *app;

static void
increment (guint *count)
{
  (*count)++;
}

static void
on_child_exit (GPid     pid,
               int      wait_status,
               gpointer user_data)
{
  *(int *) user_data = wait_status;
  g_spawn_close_pid (pid);
}

static void
test_damaged_at_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zhifa-ui-recovery-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "zhifa.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "backups", "manual.db", NULL);
  g_autofree char *before = NULL;
  GtkMessageDialog *dialog;
  GtkWidget *window;
  gint64 deadline;

  g_assert_no_error (error);
  {
    g_autoptr(ZfStore) store = zf_store_open (path, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < 300; i++)
      {
        g_autofree char *name = g_strdup_printf ("华容区第%u执法局", i);
        zf_test_add_body (store, name, i + 1);
      }
    g_assert_true (zf_backup_to_file (store, backup, &error));
    g_assert_no_error (error);
  }
  /* Pages in the middle overwritten, as a failing disk would. */
  {
    FILE *f = fopen (path, "r+b");
    char junk[4096 * 4];
    long pages;

    g_assert_nonnull (f);
    fseek (f, 0, SEEK_END);
    pages = ftell (f) / 4096;
    memset (junk, 0xff, sizeof junk);
    fseek (f, (pages / 2) * 4096, SEEK_SET);
    g_assert_cmpuint (fwrite (junk, 1, sizeof junk, f), ==, sizeof junk);
    fclose (f);
  }
  before = file_sum (path);

  g_setenv ("ZHIFA_DB", path, TRUE);
  app = GTK_APPLICATION (zf_application_new ());
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "backup"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "restore"));
  g_application_activate (G_APPLICATION (app));

  /* The damage is found by the check after the window's first frame: the
   * window goes and the question comes. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((dialog = find_message_dialog ()) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    g_assert_false (ZF_IS_WINDOW (l->data));
  g_assert_null (zf_application_get_store (ZF_APPLICATION (app)));
  {
    g_autofree char *secondary = NULL;
    g_object_get (dialog, "secondary-text", &secondary, NULL);
    g_test_message ("%s", secondary);
    g_assert_nonnull (strstr (secondary, "manual.db"));
  }
  /* Nothing touched while the question is open. */
  {
    g_autofree char *now = file_sum (path);
    g_assert_cmpstr (now, ==, before);
  }

  gtk_dialog_response (GTK_DIALOG (dialog), 1);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((window = GTK_WIDGET (gtk_application_get_active_window (app))) == NULL ||
         GTK_IS_MESSAGE_DIALOG (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_nonnull (zf_application_get_store (ZF_APPLICATION (app)));
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
    g_assert_true (zf_store_check_integrity (zf_application_get_store (ZF_APPLICATION (app)),
                                             FALSE, problems, &error));
  }
  /* The damaged file was kept, byte for byte, beside the backups. */
  {
    g_autoptr(GPtrArray) all = zf_backup_list (path);
    gboolean kept = FALSE;
    for (guint i = 0; i < all->len; i++)
      if (strstr (all->pdata[i], "damaged-") != NULL)
        {
          g_autofree char *sum = file_sum (all->pdata[i]);
          kept = g_str_equal (sum, before);
        }
    g_assert_true (kept);
  }

}

/* Runs after the damaged-register test, whose window is still open. */
static void
test_second_start (void)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (app));
  gint64 deadline;

  /* A sanitized GTK program takes longer to start than D-Bus waits for the
   * first instance's answer: this is checked in the normal build. */
  if (g_getenv ("ASAN_OPTIONS") != NULL)
    {
      g_test_skip ("second instance under a sanitizer");
      return;
    }
  g_assert_nonnull (window);

  /* A second start of the program activates this instance, which brings
   * its window forward, and exits: one window, one register. */
  {
    const char *argv[] = { g_getenv ("ZHIFA_APP"), NULL };
    guint activations = 0;
    GPid pid;
    int status = -1;
    gulong id = g_signal_connect_swapped (app, "activate", G_CALLBACK (increment), &activations);

    g_assert_nonnull (argv[0]);
    g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                   &error);
    g_assert_no_error (error);
    g_child_watch_add (pid, on_child_exit, &status);
    deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
    while (activations == 0 || status == -1)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, 1);
    g_signal_handler_disconnect (app, id);
  }


  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_history_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zhifa-ui-history-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "h.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfBody) body = NULL;
  GtkWidget *view = g_object_ref_sink (zf_history_view_new ());

  g_assert_no_error (error);
  zf_test_add_body (store, "华容区市场监督管理局", 1);
  body = zf_store_get_body (store, 1, &error);
  g_assert_no_error (error);
  g_object_set (body, "address", "华容大道1号", NULL);
  g_assert_true (zf_store_save_body (store, body, &error));

  zf_history_view_set_row (ZF_HISTORY_VIEW (view), store, "body", 1);
  g_assert_cmpuint (zf_history_view_get_n_entries (ZF_HISTORY_VIEW (view)), ==, 2);
  zf_history_view_set_row (ZF_HISTORY_VIEW (view), store, "body", 0);
  g_assert_cmpuint (zf_history_view_get_n_entries (ZF_HISTORY_VIEW (view)), ==, 0);
  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  zf_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui-recovery/history-view", test_history_view);
  g_test_add_func ("/ui-recovery/damaged-at-start", test_damaged_at_start);
  g_test_add_func ("/ui-recovery/second-start", test_second_start);
  status = g_test_run ();
  if (app != NULL)
    {
      GtkWindow *window = gtk_application_get_active_window (app);
      if (window != NULL)
        gtk_window_destroy (window);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_clear_object (&app);
    }
  return status;
}
