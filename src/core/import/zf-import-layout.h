#pragma once

#include <glib.h>

#include "zf-import-mapping.h"
#include "zf-xlsx.h"

G_BEGIN_DECLS

/* The documented layout (docs/IMPORT.md) as a writer: the internal
 * registers (bodies, case files) are exported in it, one column per field
 * the import understands, headed by its label, each cell in the form the
 * import reads back to the same stored value. */

/* The columns of @reg's layout, its hidden fields left out; free with
 * g_free. @n_columns receives their number. */
ZfXlsxColumn *zf_import_layout_columns (const ZfImportRegister *reg,
                                        guint                  *n_columns);
/* The cells of one row, @values aligned with @reg's fields. */
void          zf_import_layout_add_row (ZfXlsx                 *xlsx,
                                        const ZfImportRegister *reg,
                                        char *const            *values);

G_END_DECLS
