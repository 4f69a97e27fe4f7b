#include "config.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include "zf-holder-list-private.h"

/* The pagination of the certificate-holder list skips Pango for a text
 * that surely fits on one line of its cell. "Surely" must hold: for each
 * text said to fit, Pango lays it out on one line; and the short cells
 * the list is made of (names, certificate numbers, dates) are said to
 * fit, or the shortcut saves nothing. */

static const struct
{
  const char *text;
  guint       column;
  gboolean    fits;     /* TRUE: must be said to fit; FALSE: either */
} cases[] = {
  { "张三", 1, TRUE },
  { "欧阳建国", 1, TRUE },
  /* One character more than the name's column holds. */
  { "欧阳建国民", 1, FALSE },
  { "阿不都热合曼·艾买提", 1, FALSE },
  { "4207040006299", 3, TRUE },
  /* The most digits the column holds, and one more. */
  { "420704000629912", 3, TRUE },
  { "4207040006299123", 3, FALSE },
  { "鄂执 4207040006299", 3, FALSE },
  { "WWWWWWWWWWWWWWWWWWWWWWWW", 3, FALSE },
  { "2030年11月12日", 6, TRUE },
  { "长期", 6, TRUE },
  { "四级主任科员", 2, TRUE },
  { "市场监督管理综合行政执法支队副支队长兼法制审核员", 2, FALSE },
  { "乡镇综合执法", 4, TRUE },
  { "鄂城区、华容区、梁子湖区、鄂州经济开发区", 5, FALSE },
  { "Ä\u0300 ÿ", 1, FALSE },
  { "😀😀", 1, FALSE },
  { "999", 0, TRUE },
  { "123456789012", 0, FALSE },
};

static void
test_fits_one_line (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A1, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) cell = zf_holder_list_new_cell_layout (cr, ZF_A4_HEIGHT_PT);
  double table_width = ZF_A4_WIDTH_PT - 2 * MARGIN;
  ZfHolderListAdvances advances;

  zf_holder_list_advances_init (&advances, cell);
  g_assert_cmpfloat (advances.wide, >, 0);
  g_assert_cmpint (advances.line_height, >, 0);
  g_assert_cmpfloat (advances.line_height + CELL_PAD, <=, ROW_HEIGHT);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double width = table_width * zf_holder_list_columns[cases[i].column].share - 6;
      gboolean fits = zf_holder_list_fits_one_line (&advances, cases[i].text, width);
      int lines, height;

      pango_layout_set_text (cell, cases[i].text, -1);
      pango_layout_set_width (cell, (int) (width * PANGO_SCALE));
      lines = pango_layout_get_line_count (cell);
      pango_layout_get_pixel_size (cell, NULL, &height);
      g_test_message ("%s: %s, %d line(s), %d points high", cases[i].text,
                      fits ? "fits" : "asks Pango", lines, height);
      if (fits)
        {
          g_assert_cmpint (lines, ==, 1);
          g_assert_false (pango_layout_is_ellipsized (cell));
          /* The row is as tall either way. */
          g_assert_cmpfloat (zf_holder_list_row_height (height), ==,
                             zf_holder_list_row_height (advances.line_height));
        }
      if (cases[i].fits)
        g_assert_true (fits);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/holder-list/fits-one-line", test_fits_one_line);
  return g_test_run ();
}
