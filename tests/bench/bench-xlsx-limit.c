/* The limit for the roster export: libxlsxwriter writing the same cells
 * from memory in constant_memory mode, with nothing else to do. The same
 * cells means the same kinds and formats as Zhifa's roster: dates are
 * dates in the yyyy-mm-dd format, the hours a number in #,##0.00, every
 * cell of the table with a thin border (src/core/io/zf-xlsx.c), not all
 * of them strings. Reads the tab-separated cells (bench-xlsx-tsv) and
 * gives each its kind by its column's header, before the clock starts;
 * prints the seconds spent writing, wall and CPU. */
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef enum { CELL_TEXT, CELL_DATE, CELL_NUMBER } CellKind;

typedef struct
{
  CellKind      kind;
  const char   *text;
  lxw_datetime  date;
  double        number;
} Cell;

/* The roster's columns of dates and numbers, by their English headers
 * (tests/bench/run exports the roster with LANGUAGE=en). */
static CellKind
column_kind (const char *header)
{
  static const char *const dates[] = {
    "Birth date", "Issue date", "Valid until", "Status date", "Last enforcement activity",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (g_str_equal (header, dates[i]))
      return CELL_DATE;
  return g_str_equal (header, "Training hours this year") ? CELL_NUMBER : CELL_TEXT;
}

static void
cell_parse (Cell       *cell,
            CellKind    kind,
            const char *text)
{
  unsigned year, month, day;
  char *end = NULL;

  cell->kind = CELL_TEXT;
  cell->text = text;
  if (kind == CELL_DATE && strlen (text) == 10 &&
      sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3)
    {
      cell->kind = CELL_DATE;
      cell->date = (lxw_datetime) { .year = year, .month = month, .day = day };
    }
  else if (kind == CELL_NUMBER && *text != '\0')
    {
      cell->number = g_ascii_strtod (text, &end);
      if (end != NULL && *end == '\0')
        cell->kind = CELL_NUMBER;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  CellKind kinds[64] = { 0 };
  gboolean in_table = FALSE;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *formats[3];
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

  /* Every cell in memory with its kind: nothing of this is timed. */
  for (guint r = 0; lines[r] && lines[r][0]; r++)
    {
      char **texts = g_strsplit (lines[r], "\t", -1);
      guint n = g_strv_length (texts);
      Cell *row = g_new0 (Cell, n + 1);

      if (!in_table && g_str_equal (texts[0], "Full name"))
        {
          for (guint c = 0; c < n && c < G_N_ELEMENTS (kinds); c++)
            kinds[c] = column_kind (texts[c]);
          in_table = TRUE;
          for (guint c = 0; c < n; c++)
            row[c] = (Cell) { .kind = CELL_TEXT, .text = texts[c] };
        }
      else
        for (guint c = 0; c < n; c++)
          cell_parse (&row[c], in_table && c < G_N_ELEMENTS (kinds) ? kinds[c] : CELL_TEXT, texts[c]);
      row[n].text = NULL;
      g_ptr_array_add (cells, texts);
      g_ptr_array_add (rows, row);
    }

  start = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu0);
  workbook = workbook_new_opt (argv[2], &options);
  sheet = workbook_add_worksheet (workbook, NULL);
  for (guint k = 0; k < 3; k++)
    {
      formats[k] = workbook_add_format (workbook);
      format_set_border (formats[k], LXW_BORDER_THIN);
    }
  format_set_num_format (formats[CELL_DATE], "yyyy-mm-dd");
  format_set_num_format (formats[CELL_NUMBER], "#,##0.00");
  for (guint r = 0; r < rows->len; r++)
    {
      Cell *row = rows->pdata[r];

      for (guint c = 0; row[c].text != NULL; c++)
        {
          switch (row[c].kind)
            {
            case CELL_DATE:
              worksheet_write_datetime (sheet, r, c, &row[c].date, formats[CELL_DATE]);
              break;
            case CELL_NUMBER:
              worksheet_write_number (sheet, r, c, row[c].number, formats[CELL_NUMBER]);
              break;
            case CELL_TEXT:
              if (row[c].text[0] == '\0')
                worksheet_write_blank (sheet, r, c, formats[CELL_TEXT]);
              else
                worksheet_write_string (sheet, r, c, row[c].text, formats[CELL_TEXT]);
              break;
            }
        }
    }
  if (workbook_close (workbook) != LXW_NO_ERROR)
    return 1;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu1);
  printf ("seconds %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("cpu_seconds %.6f\n", (cpu1.tv_sec - cpu0.tv_sec) + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e9);
  return 0;
}
