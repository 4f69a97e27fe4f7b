#pragma once

#include "zf-migrations.h"

G_BEGIN_DECLS

/* The SQL of each migration step, by version range in its own file
 * (zf-schema-v1.c, zf-schema-v2-v6.c, zf-schema-v8.c, zf-schema-v9.c, zf-schema-v10.c, …); the
 * ordered steps[] that runs them
 * is in zf-migrations.c. */

/* A random (version 4) UUID computed by SQLite itself, so that rows inserted
 * by any program, even the sqlite3 shell, get their stable identity. */
#define UUID_DEFAULT \
  "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || " \
  "substr(lower(hex(randomblob(2))), 2) || '-' || " \
  "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || " \
  "lower(hex(randomblob(6))))"

#define ROW_IDENTITY \
  "id INTEGER PRIMARY KEY, " \
  "uuid TEXT NOT NULL UNIQUE DEFAULT " UUID_DEFAULT ", "

#define ROW_TIMES \
  "created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), " \
  "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))"

extern const char zf_schema_v1[];
extern const char zf_schema_v2[];
extern const char zf_schema_v3[];
extern const char zf_schema_v4[];
extern const char zf_schema_v5[];
extern const char zf_schema_v6[];
extern const char zf_schema_v8[];
extern const char zf_schema_v9[];
extern const char zf_schema_v10[];
extern const char zf_schema_v11[];
extern const char zf_schema_v12[];
extern const char zf_schema_v13[];

G_END_DECLS
