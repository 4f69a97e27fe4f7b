/* The limit for start-up and memory: a bare GtkApplicationWindow that quits
 * after its first drawn frame. Prints its peak RSS in KiB and its CPU time
 * on stdout, and the time since $ZHIFA_BENCH_T0 (monotonic ns) when that is
 * set. */
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  const char *t0 = g_getenv ("ZHIFA_BENCH_T0");
  g_autofree char *status = NULL;
  const char *hwm = NULL;
  struct rusage usage;

  /* The benchmark's start time (monotonic ns), as zhifa's hook reads it. */
  if (t0 != NULL)
    printf ("first_frame_ms %.3f\n",
            (g_get_monotonic_time () * 1e3 - g_ascii_strtod (t0, NULL)) / 1e6);
  getrusage (RUSAGE_SELF, &usage);
  printf ("first_frame_cpu_ms %.3f\n",
          (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
          (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
  /* VmHWM: getrusage() would count the process that started this one. */
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    hwm = strstr (status, "VmHWM:");
  printf ("maxrss_kib %ld\n", hwm ? strtol (hwm + 6, NULL, 10) : -1L);
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  gtk_window_destroy (window);
}

static void
on_map (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), window);
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app =
    gtk_application_new ("cn.zhifa.BenchBare", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
