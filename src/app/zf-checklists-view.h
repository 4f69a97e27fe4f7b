#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_CHECKLISTS_VIEW (zf_checklists_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfChecklistsView, zf_checklists_view, ZF, CHECKLISTS_VIEW, GtkWidget)

G_END_DECLS
