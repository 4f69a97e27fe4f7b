/* Half of the floor under the roster export: Zhifa's own query reading
 * every row of the roster as the export does (zf_store_foreach_officer(),
 * each row a record), writing nothing. With libxlsxwriter's own time for
 * the cells (bench-xlsx-limit), it is what the export cannot go below
 * without another query. Prints the seconds spent reading, wall and CPU. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <time.h>

#include "zf-store-officers.h"
#include "zf-store-startup.h"

static gboolean
count_row (ZfOfficer *officer,
           gpointer   user_data)
{
  (*(guint *) user_data)++;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  struct timespec cpu0, cpu1;
  gint64 start;
  guint n = 0;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 2)
    {
      g_printerr ("usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  /* Opened as the export opens it. */
  store = zf_store_try_open_to_read (argv[1]);
  if (store == NULL)
    {
      g_printerr ("%s: not a database at the current schema\n", argv[1]);
      return 1;
    }

  start = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu0);
  if (!zf_store_foreach_officer (store, NULL, 0, -1, count_row, &n, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu1);
  printf ("rows %u\n", n);
  printf ("seconds %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("cpu_seconds %.6f\n", (cpu1.tv_sec - cpu0.tv_sec) + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e9);
  return 0;
}
