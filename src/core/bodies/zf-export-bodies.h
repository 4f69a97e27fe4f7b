#pragma once

#include <gio/gio.h>

#include "zf-store.h"

G_BEGIN_DECLS

/* The public register 执法主体名录 (DOMAIN.md §1, §5): published bodies in
 * name order, as an .xlsx at @path. Public: no phone, no contact person.
 * The file at @path is replaced only when the whole export succeeded. */
gboolean zf_export_bodies_xlsx (ZfStore       *store,
                                const char    *path,
                                GCancellable  *cancellable,
                                GError       **error);

G_END_DECLS
