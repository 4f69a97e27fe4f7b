#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The benchmark's hook into the real window, off unless $ZHIFA_BENCH is
 * set: "first-frame" prints the peak RSS once the first frame is drawn and
 * closes the window; "scroll" shows the officers tab, scrolls its list from
 * top to bottom in steps, one drawn frame each, then prints the peak RSS
 * and closes the window. tests/bench/run reads what it prints. */
void zf_bench_attach (GtkWindow *window);

G_END_DECLS
