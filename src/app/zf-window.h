#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"
#include "zf-unit-dialog.h"

G_BEGIN_DECLS

#define ZF_TYPE_WINDOW (zf_window_get_type ())

G_DECLARE_FINAL_TYPE (ZfWindow, zf_window, ZF, WINDOW, GtkApplicationWindow)

ZfWindow  *zf_window_new   (GtkApplication *application,
                            ZfStore        *store);
ZfStore   *zf_window_get_store (ZfWindow  *self);
GtkStack  *zf_window_get_stack (ZfWindow  *self);
/* On a register whose unit is not set and that was never asked: the
 * settings page with a welcome, presented; else NULL. */
ZfUnitDialog *zf_window_welcome (ZfWindow *self);

G_END_DECLS
