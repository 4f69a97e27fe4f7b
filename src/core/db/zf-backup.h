#pragma once

#include <gio/gio.h>

#include "zf-store.h"

G_BEGIN_DECLS

/* Backups are whole, consistent copies made with SQLite's online backup API
 * while the database stays open. They live in a "backups" folder beside the
 * database, private to the user (0600 files in a 0700 folder). */

/* <folder>/backups for the usual zhifa.db, <folder>/<name>-backups for a
 * database of another name. */
char      *zf_backup_dir_for        (const char  *db_path);

/* Copies the open database to @dest_path (written to a temporary file and
 * renamed, so a failed backup never leaves a half file under that name). */
gboolean   zf_backup_to_file        (ZfStore     *store,
                                     const char  *dest_path,
                                     GError     **error);

/* Before the store upgrades the schema of the file at @db_path: a copy of
 * it as it is, read without writing, to before-upgrade-<time>.db in its
 * backups folder, kept (like the safety copy of a restore) until the user
 * removes it. Returns the path written. */
char      *zf_backup_before_upgrade (const char  *db_path,
                                     GError     **error);
/* The first start of each day: makes today's backup unless one exists, then
 * keeps only the newest @keep automatic backups. Returns the path written,
 * or NULL with no error when today's backup already existed. */
char      *zf_backup_daily          (ZfStore     *store,
                                     guint        keep,
                                     GError     **error);

/* Backups of the database at @db_path, newest first (full paths). */
GPtrArray *zf_backup_list           (const char  *db_path);

/* Opens @path read-only and checks that it is a sound Zhifa database this
 * version can read: integrity_check passes and the schema is not newer. */
gboolean   zf_backup_verify         (const char  *path,
                                     GError     **error);

/* Replaces the contents of the open database with @backup_path after
 * verifying it, keeping the current contents as a backup first; returns the
 * path of that safety copy. Open views are told everything changed. */
char      *zf_backup_restore        (ZfStore     *store,
                                     const char  *backup_path,
                                     GError     **error);

/* For a database that cannot be opened or fails its check: moves the file
 * (and its WAL) untouched into the backups folder as damaged-<time>.db, then
 * puts a copy of @backup_path in its place. No program may have it open.
 * Returns where the damaged file went. */
char      *zf_backup_restore_file   (const char  *db_path,
                                     const char  *backup_path,
                                     GError     **error);

/* The newest backup that passes zf_backup_verify(), or NULL. */
char      *zf_backup_latest_good    (const char  *db_path);

G_END_DECLS
