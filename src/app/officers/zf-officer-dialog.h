#pragma once

#include <gtk/gtk.h>

#include "zf-officer.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_OFFICER_DIALOG (zf_officer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfOfficerDialog, zf_officer_dialog, ZF, OFFICER_DIALOG, GtkWindow)

/* Creates or edits an officer (every field of DOMAIN.md §2 but the
 * certificate, which only events change). The ID number is checked while
 * it is typed and the birth date and sex it encodes are shown; sections
 * and posts are chosen from the body's or typed to create them. The store
 * refuses duplicates naming the existing officer; the dialog then stays
 * open with the message. "saved" (gint64 id) is emitted before it closes.
 * @body_id preselects the body of a new officer (0: the first). */
ZfOfficerDialog *zf_officer_dialog_new       (GtkWindow       *parent,
                                              ZfStore         *store,
                                              ZfOfficer       *officer,
                                              gint64           body_id);

/* For tests: fill a field by its column name, save, read the outcome. */
void             zf_officer_dialog_set_field (ZfOfficerDialog *self,
                                              const char      *field,
                                              const char      *value);
gboolean         zf_officer_dialog_save      (ZfOfficerDialog *self);
const char      *zf_officer_dialog_get_error (ZfOfficerDialog *self);
/* What the dialog shows under the ID number right now. */
const char      *zf_officer_dialog_get_id_info (ZfOfficerDialog *self);

G_END_DECLS
