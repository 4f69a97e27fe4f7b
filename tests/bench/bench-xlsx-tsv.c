/* Writes the cells of a workbook's first sheet as tab-separated text, one
 * row a line, read with Zhifa's own streaming reader: the input of the
 * comparison programs, so that they write and read the same cells. */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "zf-import.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZfRowSource) source = NULL;
  g_autoptr(GError) error = NULL;
  FILE *out;
  ZfRow *row;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 3)
    {
      g_printerr ("usage: %s IN.xlsx OUT.tsv\n", argv[0]);
      return 2;
    }
  source = zf_import_open_source (argv[1], NULL, NULL, &error);
  if (source == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  out = fopen (argv[2], "w");
  if (out == NULL)
    return 1;
  while ((row = zf_row_source_next_row (source, &error)) != NULL)
    {
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *text = g_strdup (zf_row_get_text (row, c));

          /* Tabs and line breaks inside a cell would split it. */
          g_strdelimit (text, "\t\r\n", ' ');
          fprintf (out, c ? "\t%s" : "%s", text);
        }
      fputc ('\n', out);
      zf_row_free (row);
    }
  if (fclose (out) != 0 || error != NULL)
    {
      g_printerr ("%s\n", error ? error->message : "write failed");
      return 1;
    }
  return 0;
}
