#pragma once

#include <glib-object.h>

#include "zf-import.h"

G_BEGIN_DECLS

#define ZF_TYPE_IMPORT_PREVIEW_ROW (zf_import_preview_row_get_type ())

G_DECLARE_FINAL_TYPE (ZfImportPreviewRow, zf_import_preview_row, ZF, IMPORT_PREVIEW_ROW, GObject)

/* One line of the import preview, copied from a planned ZfImportRow so
 * that it outlives a new plan. Properties (strings, for the .ui lookups):
 * row (the Excel row number), result, column, name, reason, matches;
 * status (ZfImportStatus as int). */
ZfImportPreviewRow *zf_import_preview_row_new        (const ZfImportRow  *row);
ZfImportStatus      zf_import_preview_row_get_status (ZfImportPreviewRow *self);
const char         *zf_import_preview_row_get_reason (ZfImportPreviewRow *self);

G_END_DECLS
