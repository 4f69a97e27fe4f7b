#define G_LOG_DOMAIN "test-ui-smoke"

#include "config.h"

#include <gtk/gtk.h>

/* The display plumbing every 'ui' test relies on: GTK starts under xvfb-run
 * with the test environment (fatal warnings, memory GSettings, no a11y
 * bus), renders Chinese text with the CJK fonts, and a window is finalized
 * when closed. */

static void
on_frame (GdkFrameClock *clock,
          gboolean      *drawn)
{
  *drawn = TRUE;
}

static void
test_window_draws_chinese (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("执法监督台账 2023年3月21日");
  gboolean drawn = FALSE;
  int width, height;
  PangoLayout *layout;
  int unknown;

  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 200);
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_frame), &drawn);
  while (!drawn)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), on_frame, &drawn);

  /* Every character has a glyph: no missing-glyph boxes in the register. */
  layout = gtk_label_get_layout (GTK_LABEL (label));
  unknown = pango_layout_get_unknown_glyphs_count (layout);
  g_assert_cmpint (unknown, ==, 0);
  pango_layout_get_pixel_size (layout, &width, &height);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_object_finalized (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("执法主体"));

  g_assert_finalize_object (label);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/smoke/window", test_window_draws_chinese);
  g_test_add_func ("/ui/smoke/finalize", test_object_finalized);

  return g_test_run ();
}
