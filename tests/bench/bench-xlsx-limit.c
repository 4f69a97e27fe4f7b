/* The limit for the roster export: libxlsxwriter writing the same cells
 * from memory in constant_memory mode, with nothing else to do. Reads a
 * tab-separated file into memory first (not timed) and prints the seconds
 * spent writing, wall and CPU. */
#include <glib.h>
#include <stdio.h>
#include <time.h>
#include <xlsxwriter.h>

int
main (int   argc,
      char *argv[])
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  gint64 start;
  struct timespec cpu0, cpu1;

  if (argc != 3)
    {
      g_printerr ("usage: %s ROWS.tsv OUT.xlsx\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &contents, NULL, NULL))
    return 1;
  lines = g_strsplit (contents, "\n", -1);

  start = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu0);
  workbook = workbook_new_opt (argv[2], &options);
  sheet = workbook_add_worksheet (workbook, NULL);
  for (guint r = 0; lines[r] && lines[r][0]; r++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[r], "\t", -1);
      for (guint c = 0; cells[c]; c++)
        worksheet_write_string (sheet, r, c, cells[c], NULL);
    }
  if (workbook_close (workbook) != LXW_NO_ERROR)
    return 1;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu1);
  printf ("seconds %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("cpu_seconds %.6f\n", (cpu1.tv_sec - cpu0.tv_sec) + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e9);
  return 0;
}
