#pragma once

#include "zf-standard.h"
#include "zf-finding.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The standard with its groups and items, as stored (any version). */
ZfStandard *zf_store_get_standard         (ZfStore     *self,
                                           gint64       id,
                                           GError     **error);
/* The active standard of a category, newest version first. The first time
 * a category is asked for, the default standard is inserted with the grade
 * bands of the settings (grade_excellent_min, grade_pass_min). */
ZfStandard *zf_store_get_current_standard (ZfStore     *self,
                                           const char  *category,
                                           GError     **error);
/* Headers only (no items), active ones first: a GPtrArray of ZfStandard. */
GPtrArray  *zf_store_list_standards       (ZfStore     *self,
                                           GError     **error);
/* Validates (ES1, ES2) and saves in one transaction. A standard that
 * evaluations already use is never changed: the edit becomes the next
 * version of the same family, the old one is deactivated, and @standard
 * gets the new id and version. An unused one is rewritten in place. */
gboolean    zf_store_save_standard        (ZfStore     *self,
                                           ZfStandard  *standard,
                                           GError     **error);
/* ES1 and ES2 over every stored standard, each version (a standard is the
 * yardstick of the evaluations, not an act: no date leaves one out). */
gboolean    zf_store_check_standards      (ZfStore            *self,
                                           ZfRowFindingsFunc   func,
                                           gpointer            user_data,
                                           GError            **error);
gint64      zf_store_count_standard_uses  (ZfStore     *self,
                                           gint64       standard_id);

G_END_DECLS
