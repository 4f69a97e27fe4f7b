#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* What the app and zhifa-cli do when they open the register at start (tests
 * open the store directly): a quick check of the file, then the day's
 * automatic backup.
 *
 * A damaged file fails with ZF_ERROR_DAMAGED and is left exactly as it was
 * (no migration, no checkpoint), so the user can still restore a backup or
 * hand the file to someone who can repair it. A failed daily backup does
 * not stop the program: it comes back in @backup_error. @daily_backup gets
 * the path written today, or NULL when today's backup already existed. */
ZfStore  *zf_store_open_at_start    (const char  *path,
                                     char       **daily_backup,
                                     GError     **backup_error,
                                     GError     **error);

/* The number of automatic backups kept (setting backup_keep, default 14). */
guint     zf_store_backup_keep      (ZfStore     *store);

G_END_DECLS
