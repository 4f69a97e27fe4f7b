#define G_LOG_DOMAIN "test-renderer"

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "zf-renderer.h"

/* Where GL would run in software the app draws with cairo; a GPU, or a
 * renderer the user named, is left to GTK. */

static void
make_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static char *
make_dev (const char *file)
{
  char *dev = g_dir_make_tmp ("zhifa-dev-XXXXXX", NULL);

  g_assert_nonnull (dev);
  if (file != NULL)
    make_file (dev, file);
  return dev;
}

static void
remove_dev (const char *dev)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dev);

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
}

static void
test_gl_device (void)
{
  struct { const char *files[3]; gboolean hardware; } cases[] = {
    { { NULL }, FALSE },
    { { "null", NULL }, FALSE },
    /* A virtual machine's display-only card renders nothing. */
    { { "dri/card0", NULL }, FALSE },
    { { "dri/card0", "dri/renderD128", NULL }, TRUE },
    { { "nvidiactl", NULL }, TRUE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *dev = make_dev (NULL);

      for (guint f = 0; cases[c].files[f] != NULL; f++)
        make_file (dev, cases[c].files[f]);
      g_assert_cmpint (zf_renderer_has_gl_device (dev), ==, cases[c].hardware);
      remove_dev (dev);
    }
}

static void
test_user_choice_kept (void)
{
  g_autofree char *no_gpu = make_dev ("dri/card0");

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  g_assert_cmpstr (zf_renderer_choose_for (no_gpu), ==, "gl");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
  remove_dev (no_gpu);
}

/* Without a GPU: cairo, and GL not even started, keeping the user's other
 * GDK_DEBUG flags. */
static void
test_software_gl_avoided (void)
{
  g_autofree char *no_gpu = make_dev ("dri/card0");

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  g_assert_cmpstr (zf_renderer_choose_for (no_gpu), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");

  g_unsetenv ("GSK_RENDERER");
  g_setenv ("GDK_DEBUG", "interactive", TRUE);
  g_assert_cmpstr (zf_renderer_choose_for (no_gpu), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "interactive,gl-disable");
  remove_dev (no_gpu);
}

/* With a GPU, GTK chooses and GL starts as usual. */
static void
test_gpu_left_to_gtk (void)
{
  g_autofree char *gpu = make_dev ("dri/renderD128");

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  g_assert_null (zf_renderer_choose_for (gpu));
  g_assert_null (g_getenv ("GSK_RENDERER"));
  g_assert_null (g_getenv ("GDK_DEBUG"));
  remove_dev (gpu);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/renderer/gl-device", test_gl_device);
  g_test_add_func ("/renderer/user-choice-kept", test_user_choice_kept);
  g_test_add_func ("/renderer/software-gl-avoided", test_software_gl_avoided);
  g_test_add_func ("/renderer/gpu-left-to-gtk", test_gpu_left_to_gtk);
  return g_test_run ();
}
