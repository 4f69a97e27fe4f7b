/* The limit for the certificate-holder list: cairo and Pango alone
 * drawing the list's cells of the rows of a roster (tab-separated, as
 * bench-xlsx-tsv writes it) whose certificate status reads STATUS (the
 * list's default is the valid ones), read into memory first (not timed), on
 * pages of the list's geometry (src/core/officers/zf-holder-list-private.h:
 * its margins, title block, header row and 24-point rows) and in its
 * columns: 序号, name, post, certificate number, category, area and the
 * end of validity. Each distinct text of a column is laid out once and
 * drawn again, the rules of a page are one stroke, and there is nothing
 * else: no title, no group headings or totals (the list names the unit
 * above its officers; here it is not drawn at all), no database. Prints
 * the seconds spent drawing and writing, wall and CPU. */
#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define WIDTH      595.275590551
#define HEIGHT     841.889763780
#define MARGIN     42.0
#define TITLE      66.0
#define HEADER     26.0
#define FOOTER     28.0
#define TOP        (MARGIN + TITLE + HEADER)
#define ROW_HEIGHT 24.0
#define N_LINES    ((int) ((HEIGHT - 2 * MARGIN - TITLE - FOOTER - HEADER) / ROW_HEIGHT))

/* The list's columns after its 序号, by their roster headers, and their
 * shares of the table (the list's). */
static const struct
{
  const char *header;
  double      share;
} columns[] = {
  { "Full name", 0.10 },
  { "Position", 0.18 },
  { "Certificate number", 0.19 },
  { "Enforcement category", 0.15 },
  { "Enforcement area", 0.14 },
  { "Valid until", 0.18 },
};
#define N_COLUMNS G_N_ELEMENTS (columns)
#define NUMBER_SHARE 0.06

static int
find_column (char       **headers,
             const char  *name)
{
  for (int i = 0; headers[i]; i++)
    if (strcmp (headers[i], name) == 0)
      return i;
  return -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GHashTable *cache[N_COLUMNS];
  int index[N_COLUMNS];
  int status_column;
  guint first = 0;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  PangoLayout *numbers;
  PangoFontDescription *font;
  double table_width = WIDTH - 2 * MARGIN;
  gint64 start;
  struct timespec cpu0, cpu1;

  if (argc != 4)
    {
      g_printerr ("usage: %s ROSTER.tsv OUT.pdf STATUS\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &contents, NULL, NULL))
    return 1;
  lines = g_strsplit (contents, "\n", -1);
  /* The roster's title lines come before its header row. */
  while (lines[first] && !g_str_has_prefix (lines[first], "Full name\t"))
    first++;
  if (lines[first] == NULL)
    return 1;
  {
    g_auto(GStrv) headers = g_strsplit (lines[first], "\t", -1);
    for (guint c = 0; c < N_COLUMNS; c++)
      if ((index[c] = find_column (headers, columns[c].header)) < 0)
        return 1;
    if ((status_column = find_column (headers, "Certificate status")) < 0)
      return 1;
  }
  for (guint r = first + 1; lines[r] && lines[r][0]; r++)
    {
      char **cells = g_strsplit (lines[r], "\t", -1);

      if (g_strv_length (cells) > (guint) status_column &&
          strcmp (cells[status_column], argv[3]) == 0)
        g_ptr_array_add (rows, cells);
      else
        g_strfreev (cells);
    }

  start = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu0);
  surface = cairo_pdf_surface_create (argv[2], WIDTH, HEIGHT);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Noto Sans CJK SC 8.5");
  pango_layout_set_font_description (layout, font);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  numbers = pango_layout_copy (layout);
  pango_layout_set_width (numbers, (int) ((table_width * NUMBER_SHARE - 6) * PANGO_SCALE));
  for (guint c = 0; c < N_COLUMNS; c++)
    cache[c] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      int line = r % N_LINES;
      double x = MARGIN, y = TOP + line * ROW_HEIGHT;
      char number[16];
      int h;

      /* The 序号: a new text on every row. */
      g_snprintf (number, sizeof number, "%u", r + 1);
      pango_layout_set_text (numbers, number, -1);
      pango_layout_get_pixel_size (numbers, NULL, &h);
      cairo_move_to (cr, x + 3, y + (ROW_HEIGHT - h) / 2);
      pango_cairo_show_layout (cr, numbers);
      x += table_width * NUMBER_SHARE;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          const char *text = cells[index[c]] ? cells[index[c]] : "";
          double w = table_width * columns[c].share;
          PangoLayout *cell = g_hash_table_lookup (cache[c], text);

          if (cell == NULL)
            {
              cell = pango_layout_copy (layout);
              pango_layout_set_text (cell, text, -1);
              pango_layout_set_width (cell, (int) ((w - 6) * PANGO_SCALE));
              g_hash_table_insert (cache[c], (gpointer) text, cell);
            }
          pango_layout_get_pixel_size (cell, NULL, &h);
          cairo_move_to (cr, x + 3, y + (ROW_HEIGHT - h) / 2);
          pango_cairo_show_layout (cr, cell);
          x += w;
        }
      if (line == N_LINES - 1 || r == rows->len - 1)
        {
          for (int l = 0; l <= line; l++)
            {
              cairo_move_to (cr, MARGIN, TOP + (l + 1) * ROW_HEIGHT);
              cairo_line_to (cr, MARGIN + table_width, TOP + (l + 1) * ROW_HEIGHT);
            }
          cairo_set_line_width (cr, 0.4);
          cairo_stroke (cr);
          cairo_show_page (cr);
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu1);
  printf ("seconds %.6f\n", (g_get_monotonic_time () - start) / 1e6);
  printf ("cpu_seconds %.6f\n", (cpu1.tv_sec - cpu0.tv_sec) + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e9);

  cairo_surface_destroy (surface);
  for (guint c = 0; c < N_COLUMNS; c++)
    g_hash_table_unref (cache[c]);
  pango_font_description_free (font);
  g_object_unref (numbers);
  g_object_unref (layout);
  return 0;
}
