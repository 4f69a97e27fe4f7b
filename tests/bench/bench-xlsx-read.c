/* Zhifa's own .xlsx reader alone (src/core/io/zf-xlsx-reader.c): opens the
 * workbook, reads its first sheet and produces every cell of every row,
 * storing nothing (each row is freed as soon as it is read). The time of an
 * import's reading, without its checks and its writes; compared with
 * openpyxl's read-only mode on the same file (openpyxl-read.py). Prints the
 * rows and cells read and the seconds spent, wall and CPU, opening included
 * as openpyxl-read.py counts its load_workbook(). */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <time.h>

#include "zf-xlsx-reader.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZfXlsxReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  struct timespec cpu0, cpu1;
  gint64 start;
  guint64 cells = 0;
  guint rows = 0;
  ZfRow *row;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 2)
    {
      g_printerr ("usage: %s IN.xlsx\n", argv[0]);
      return 2;
    }

  start = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu0);
  reader = zf_xlsx_reader_open (argv[1], &error);
  if (reader == NULL || !zf_xlsx_reader_select_sheet (reader, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  while ((row = zf_row_source_next_row (ZF_ROW_SOURCE (reader), &error)) != NULL)
    {
      rows++;
      cells += row->cells->len;
      zf_row_free (row);
    }
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu1);
  printf ("rows %u\n", rows);
  printf ("cells %" G_GUINT64_FORMAT "\n", cells);
  printf ("seconds %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("cpu_seconds %.6f\n", (cpu1.tv_sec - cpu0.tv_sec) + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e9);
  return 0;
}
