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

const char *
zf_renderer_choose (void)
{
  const char *chosen = g_getenv ("GSK_RENDERER");

  if (chosen != NULL && *chosen != '\0')
    return chosen;
  if (zf_renderer_has_gl_device ("/dev"))
    return NULL;
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  return "cairo";
}
