#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Picks GTK's cairo renderer where OpenGL could only run in software:
 * GTK 4.8 draws with GL whenever a GL context can be made, and on a
 * machine without a GPU device (a virtual desktop, a remote session, a
 * server with Xvfb) that GL is Mesa's llvmpipe, which compiles every
 * shader on the CPU and scrolls a long list several times slower, with
 * twice the memory, than cairo. There GL is also kept from starting at
 * all (GDK_DEBUG=gl-disable). A renderer chosen in $GSK_RENDERER is left
 * alone. Call before GTK opens the display. Returns the renderer set, or
 * NULL when GTK chooses. */
const char *zf_renderer_choose     (void);
/* The same with the devices looked for in @dev_dir (the tests). */
const char *zf_renderer_choose_for (const char *dev_dir);

/* Whether the machine has a device for hardware OpenGL: a DRM render
 * node (a display-only card, as virtual machines have, is not one), or
 * the NVIDIA driver's control device. @dev_dir is "/dev" but for the
 * tests. */
gboolean    zf_renderer_has_gl_device (const char *dev_dir);

G_END_DECLS
