#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_CASES_VIEW (zf_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (ZfCasesView, zf_cases_view, ZF, CASES_VIEW, GtkWidget)

G_END_DECLS
