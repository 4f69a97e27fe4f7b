#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_APPLICATION (zf_application_get_type ())

G_DECLARE_FINAL_TYPE (ZfApplication, zf_application, ZF, APPLICATION, GtkApplication)

ZfApplication *zf_application_new       (void);
/* setlocale and the text domain: the build's translations when the program
 * runs uninstalled, the installed ones otherwise. Call once, before GTK. */
void           zf_application_init_i18n (void);
ZfStore       *zf_application_get_store (ZfApplication *self);

G_END_DECLS
