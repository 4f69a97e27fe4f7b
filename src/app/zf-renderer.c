#define G_LOG_DOMAIN "zf-renderer"

#include "config.h"

#include <gio/gio.h>

#include "zf-renderer.h"

gboolean
zf_renderer_has_gl_device (const char *dev_dir)
{
  g_autofree char *dri = g_build_filename (dev_dir, "dri", NULL);
  g_autofree char *nvidia = g_build_filename (dev_dir, "nvidiactl", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (nvidia, G_FILE_TEST_EXISTS))
    return TRUE;
  dir = g_dir_open (dri, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

/* GTK 4.8 makes a GL context when it opens the display, to pick the
 * window's visual, whatever renderer then draws. With Mesa's llvmpipe that
 * is LLVM started and its shaders compiled: about 40 ms of the start and
 * 60 MiB of memory (measured with a bare window), for GL nothing will use.
 * GDK_DEBUG=gl-disable is how GTK 4.8 skips it (GDK_DISABLE=gl came in
 * 4.16); the other GDK_DEBUG flags a user set are kept. */
static void
disable_gl (void)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  g_autofree char *flags = NULL;

  if (debug != NULL && *debug != '\0')
    flags = g_strconcat (debug, ",gl-disable", NULL);
  else
    flags = g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", flags, TRUE);
}

const char *
zf_renderer_choose_for (const char *dev_dir)
{
  const char *chosen = g_getenv ("GSK_RENDERER");

  if (chosen != NULL && *chosen != '\0')
    return chosen;
  if (zf_renderer_has_gl_device (dev_dir))
    return NULL;
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  disable_gl ();
  return "cairo";
}

const char *
zf_renderer_choose (void)
{
  return zf_renderer_choose_for ("/dev");
}
