#define G_LOG_DOMAIN "zf-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "zf-bench.h"
#include "zf-window.h"

/* Steps of the scroll: enough frames to build rows all along the list,
 * few enough that 100,000 rows take seconds, not minutes. */
#define SCROLL_STEPS 200

typedef struct
{
  GtkWindow     *window;
  GtkAdjustment *adjustment;
  guint          steps;
  gint64         start;
  gboolean       scroll;
} Bench;

/* $ZHIFA_BENCH_T0 is the monotonic time (ns) at which the benchmark
 * started the program: the time to the first frame leaves out the exit. */
static void
print_first_frame (void)
{
  const char *t0 = g_getenv ("ZHIFA_BENCH_T0");

  struct rusage usage;

  if (t0 != NULL)
    printf ("first_frame_ms %.3f\n",
            (g_get_monotonic_time () * 1e3 - g_ascii_strtod (t0, NULL)) / 1e6);
  getrusage (RUSAGE_SELF, &usage);
  printf ("first_frame_cpu_ms %.3f\n",
          (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
          (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

/* The peak RSS of this program: VmHWM, because getrusage() also counts
 * the process that started it before exec. */
static long
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static void
print_rss_and_close (Bench *bench)
{
  printf ("maxrss_kib %ld\n", peak_rss_kib ());
  if (bench->scroll)
    printf ("scroll_steps %u\n", bench->steps);
  printf ("frames_ms %.1f\n", (g_get_monotonic_time () - bench->start) / 1000.0);
  fflush (stdout);
  gtk_window_destroy (bench->window);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  double value, upper, page;

  if (!bench->scroll)
    {
      print_first_frame ();
      g_signal_handlers_disconnect_by_func (clock, on_after_paint, bench);
      print_rss_and_close (bench);
      return;
    }

  if (bench->adjustment == NULL)
    {
      GtkStack *stack = zf_window_get_stack (ZF_WINDOW (bench->window));
      GtkWidget *view;

      gtk_stack_set_visible_child_name (stack, "officers");
      view = find_descendant (gtk_stack_get_visible_child (stack), GTK_TYPE_COLUMN_VIEW);
      if (view == NULL || !GTK_IS_SCROLLABLE (view))
        {
          printf ("officers_list_missing 1\n");
          g_signal_handlers_disconnect_by_func (clock, on_after_paint, bench);
          print_rss_and_close (bench);
          return;
        }
      bench->adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
      gtk_widget_queue_draw (GTK_WIDGET (bench->window));
      return;
    }

  value = gtk_adjustment_get_value (bench->adjustment);
  upper = gtk_adjustment_get_upper (bench->adjustment);
  page = gtk_adjustment_get_page_size (bench->adjustment);
  if (bench->steps > 0 && value + page >= upper)
    {
      g_signal_handlers_disconnect_by_func (clock, on_after_paint, bench);
      print_rss_and_close (bench);
      return;
    }
  bench->steps++;
  gtk_adjustment_set_value (bench->adjustment,
                            MIN (upper - page, value + MAX (page, upper / SCROLL_STEPS)));
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
}

static void
on_map (GtkWidget *window,
        Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), bench);
}

void
zf_bench_attach (GtkWindow *window)
{
  const char *mode = g_getenv ("ZHIFA_BENCH");
  Bench *bench;

  if (mode == NULL || (!g_str_equal (mode, "first-frame") && !g_str_equal (mode, "scroll")))
    return;

  bench = g_new0 (Bench, 1);
  bench->window = window;
  bench->scroll = g_str_equal (mode, "scroll");
  bench->start = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (window), "zf-bench", bench, g_free);
  g_signal_connect (window, "map", G_CALLBACK (on_map), bench);
}
