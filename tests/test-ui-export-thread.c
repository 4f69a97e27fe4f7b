#define G_LOG_DOMAIN "test-ui-export-thread"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "zf-demo.h"
#include "zf-officers-view.h"

/* Long work leaves the window drawing: while the officers page exports
 * (roster xlsx, holder list PDF), the main loop keeps turning and shows
 * the export's progress part way, which it could not if the export ran on
 * the main thread (its progress would only be seen once it was done). */

static gboolean
tick (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
export_while_counting (ZfOfficersView *view,
                       const char     *action,
                       const char     *path,
                       gboolean        expect_part_way)
{
  GtkProgressBar *bar = GTK_PROGRESS_BAR (gtk_widget_get_template_child (
    GTK_WIDGET (view), ZF_TYPE_OFFICERS_VIEW, "progress_bar"));
  guint source = g_timeout_add (2, tick, NULL);
  guint iterations = 0, part_way = 0;

  g_assert_nonnull (bar);
  zf_officers_view_export_to (view, action, path);
  g_assert_true (zf_officers_view_is_exporting (view));
  while (zf_officers_view_is_exporting (view))
    {
      double fraction;

      g_main_context_iteration (NULL, TRUE);
      iterations++;
      fraction = gtk_progress_bar_get_fraction (bar);
      if (zf_officers_view_is_exporting (view) && fraction > 0 && fraction < 1)
        part_way++;
    }
  g_source_remove (source);
  g_test_message ("%s: %u main-loop iterations, %u with progress part way", action,
                  iterations, part_way);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (iterations, >, 2);
  /* A hundred pages take long enough for the window to show some of
   * their progress on any machine; the roster may be quicker. */
  if (expect_part_way)
    g_assert_cmpuint (part_way, >, 0);
}

static void
test_exports_in_thread (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "roster.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "holders.pdf", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  ZfDemoSizes sizes;
  GtkWindow *window;
  ZfOfficersView *view;

  g_assert_no_error (error);
  zf_demo_sizes_init (&sizes);
  sizes.bodies = 40;
  sizes.officers = 4000;
  sizes.matters = 0;
  sizes.cases = 0;
  g_assert_true (zf_demo_generate (store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  view = g_object_new (ZF_TYPE_OFFICERS_VIEW, "store", store, NULL);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_present (window);

  export_while_counting (view, "officers.export-roster", xlsx, FALSE);
  export_while_counting (view, "officers.export-pdf", pdf, TRUE);

  gtk_window_destroy (window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&store);
  g_unlink (xlsx);
  g_unlink (pdf);
  g_unlink (path);
  g_unlink (g_strconcat (path, "-wal", NULL));
  g_unlink (g_strconcat (path, "-shm", NULL));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/export-thread/main-loop-turns", test_exports_in_thread);
  return g_test_run ();
}
