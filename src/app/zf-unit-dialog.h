#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_UNIT_DIALOG (zf_unit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfUnitDialog, zf_unit_dialog, ZF, UNIT_DIALOG, GtkWindow)

/* Who works with the register: the unit's name, level and division code and
 * the user's name (zf-unit-settings.h), saved in one transaction. With
 * @welcome it opens the first start of an unset register with a word on
 * what to do. */
ZfUnitDialog *zf_unit_dialog_new       (GtkWindow    *parent,
                                        ZfStore      *store,
                                        gboolean      welcome);

/* For tests: fill a field by its setting key, save, read the error. */
void          zf_unit_dialog_set_value (ZfUnitDialog *self,
                                        const char   *key,
                                        const char   *value);
gboolean      zf_unit_dialog_save      (ZfUnitDialog *self);
const char   *zf_unit_dialog_get_error (ZfUnitDialog *self);

G_END_DECLS
