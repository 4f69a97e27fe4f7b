#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_WINDOW (zf_window_get_type ())

G_DECLARE_FINAL_TYPE (ZfWindow, zf_window, ZF, WINDOW, GtkApplicationWindow)

ZfWindow  *zf_window_new   (GtkApplication *application,
                            ZfStore        *store);
ZfStore   *zf_window_get_store (ZfWindow  *self);
GtkStack  *zf_window_get_stack (ZfWindow  *self);

G_END_DECLS
