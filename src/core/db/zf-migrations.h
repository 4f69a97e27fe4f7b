#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* The schema version this build writes. A file with a higher user_version
 * was written by a newer Zhifa and is refused, never opened. */
#define ZF_SCHEMA_VERSION 13

int       zf_migrations_current_version (sqlite3  *db,
                                         GError  **error);
gboolean  zf_migrations_run             (sqlite3  *db,
                                         int       target_version,
                                         GError  **error);

G_END_DECLS
