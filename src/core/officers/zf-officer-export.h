#pragma once

#include <gio/gio.h>

#include "zf-store-officers.h"

G_BEGIN_DECLS

/* Called now and then during a long export with the share done (0…1). */
typedef void (*ZfOfficerProgressFunc) (double fraction, gpointer user_data);

/* 执法人员公示名单 (@public_list, R10: only the published columns, current
 * holders unless @filter names a status) or 执法人员名册 (every field).
 * Written to a temporary file beside @path and renamed at the end, so a
 * failed or cancelled export leaves nothing half-written. */
gboolean zf_officer_export_xlsx (ZfStore               *store,
                                 const char            *path,
                                 const ZfOfficerFilter *filter,
                                 gboolean               public_list,
                                 GCancellable          *cancellable,
                                 ZfOfficerProgressFunc  progress,
                                 gpointer               user_data,
                                 GError               **error);

G_END_DECLS
