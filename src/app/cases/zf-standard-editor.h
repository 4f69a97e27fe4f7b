#pragma once

#include <gtk/gtk.h>

#include "zf-standard.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_STANDARD_EDITOR (zf_standard_editor_get_type ())

G_DECLARE_FINAL_TYPE (ZfStandardEditor, zf_standard_editor, ZF, STANDARD_EDITOR, GtkWindow)

/* Edits the current scoring standard of a category: groups, items with
 * points and deduction steps, veto items, grade bands. The totals are
 * checked as the user types (ES1, ES2, shown with rule and clause); saving a
 * standard that evaluations use makes its next version. */
ZfStandardEditor *zf_standard_editor_new          (GtkWindow        *parent,
                                                   ZfStore          *store,
                                                   const char       *category);
ZfStandard       *zf_standard_editor_get_standard (ZfStandardEditor *self);
/* Rebuilds the form after the caller changed the standard. */
void              zf_standard_editor_refresh      (ZfStandardEditor *self);
gboolean          zf_standard_editor_save         (ZfStandardEditor *self);

G_END_DECLS
