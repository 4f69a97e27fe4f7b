#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_OFFICERS_VIEW (zf_officers_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfOfficersView, zf_officers_view, ZF, OFFICERS_VIEW, GtkWidget)

G_END_DECLS
