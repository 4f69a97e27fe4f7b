#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The app's GSettings (the window's size, the lists' columns), from the
 * schema installed or, when running from the build tree, the one next to
 * the build; NULL without either: nothing is remembered then. */
GSettings *zf_app_settings_new (void);

G_END_DECLS
