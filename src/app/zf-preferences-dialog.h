#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_PREFERENCES_DIALOG (zf_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfPreferencesDialog, zf_preferences_dialog, ZF, PREFERENCES_DIALOG, GtkWindow)

/* The register's policy settings, kept in the database (they differ between
 * provinces, not between users): the officers' training threshold,
 * certificate validity and warning periods, the 机关代字 of each document
 * series. Saved in one transaction; the
 * lists and rules see the new values at once. */
ZfPreferencesDialog *zf_preferences_dialog_new       (GtkWindow           *parent,
                                                      ZfStore             *store);

/* For tests: set a value by its setting key, save, read the outcome. */
void                 zf_preferences_dialog_set_value (ZfPreferencesDialog *self,
                                                      const char          *key,
                                                      double               value);
/* For tests: type the 机关代字 of a document series ("opinion", "notice"). */
void                 zf_preferences_dialog_set_prefix (ZfPreferencesDialog *self,
                                                       const char          *series,
                                                       const char          *prefix);
/* For tests: replace the holiday calendar's text before saving. */
void                 zf_preferences_dialog_set_calendar (ZfPreferencesDialog *self,
                                                         const char          *text);
gboolean             zf_preferences_dialog_save      (ZfPreferencesDialog *self);

G_END_DECLS
