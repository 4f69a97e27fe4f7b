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
      g_autofree char *dev = g_dir_make_tmp ("zhifa-dev-XXXXXX", NULL);
      g_autofree char *command = NULL;

      g_assert_nonnull (dev);
      for (guint f = 0; cases[c].files[f] != NULL; f++)
        make_file (dev, cases[c].files[f]);
      g_assert_cmpint (zf_renderer_has_gl_device (dev), ==, cases[c].hardware);
      command = g_strdup_printf ("rm -rf '%s'", dev);
      g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
    }
}

static void
test_user_choice_kept (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_cmpstr (zf_renderer_choose (), ==, "gl");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");

  g_unsetenv ("GSK_RENDERER");
  if (zf_renderer_has_gl_device ("/dev"))
    g_assert_null (zf_renderer_choose ());
  else
    g_assert_cmpstr (zf_renderer_choose (), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==,
                   zf_renderer_has_gl_device ("/dev") ? NULL : "cairo");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/renderer/gl-device", test_gl_device);
  g_test_add_func ("/renderer/user-choice-kept", test_user_choice_kept);
  return g_test_run ();
}
