#pragma once

#include <gio/gio.h>

#include "zf-import.h"

G_BEGIN_DECLS

#define ZF_TYPE_IMPORT_PREVIEW (zf_import_preview_get_type ())

G_DECLARE_FINAL_TYPE (ZfImportPreview, zf_import_preview, ZF, IMPORT_PREVIEW, GObject)

/* The planned rows of a ZfImport as a GListModel of ZfImportPreviewRow,
 * built only when the view asks: a 100,000-row file costs nothing until
 * scrolled. */
ZfImportPreview *zf_import_preview_new        (void);
/* Shows the plan of @import, or nothing (NULL). Call with NULL before the
 * plan changes: the model reads the import's rows on demand. */
void             zf_import_preview_set_import (ZfImportPreview *self,
                                               ZfImport        *import);

G_END_DECLS
