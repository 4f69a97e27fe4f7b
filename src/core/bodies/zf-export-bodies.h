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
/* The same register of the published bodies among @ids (gint64; NULL:
 * all), the rows the window's list shows after a search or a filter. */
gboolean zf_export_bodies_of_xlsx (ZfStore       *store,
                                   const char    *path,
                                   GArray        *ids,
                                   GCancellable  *cancellable,
                                   GError       **error);

/* The internal register of bodies: every body whatever its status, every
 * field the import reads (contacts, entrustment letters, filing), in the
 * layout the import reads (docs/IMPORT.md, "bodies"). Importing it into an
 * empty register gives the same bodies back. Not for publication. */
gboolean zf_export_bodies_register_xlsx (ZfStore       *store,
                                         const char    *path,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS
