#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* What the app and zhifa-cli do when they open the register at start (tests
 * open the store directly): a quick check of the file, a copy of it before
 * an upgrade of its schema (zf_backup_before_upgrade()), then the day's
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

/* zf_store_open_at_start() on a thread of its own, for the app: checking
 * and upgrading a large register takes seconds. */
void      zf_store_open_at_start_async  (const char           *path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
ZfStore  *zf_store_open_at_start_finish (GAsyncResult         *result,
                                         GError              **backup_error,
                                         GError              **error);

/* Whether zf_store_open_for_window() opens @path at once: a new or empty
 * file (SQLite writes it on open), or a sound looking one at the current
 * schema, whose check can wait. Any other is checked first, copied and
 * upgraded when its schema is older: seconds for a large register, which
 * the app spends on a thread (zf_store_open_at_start_async()) with a
 * window that says so. */
gboolean  zf_store_opens_at_once        (const char           *path);

/* The app's start: the window's first frame does not wait for a quick check
 * that reads the whole file (over a second for 100,000 officers). A sound
 * looking file at the current schema is opened with every write refused
 * (PRAGMA query_only) and no checkpoint on close, which leaves a damaged file
 * exactly as it was just as well; zf_store_check_at_start_async() then checks
 * it on a thread of its own. Any other file (new, empty, to be migrated, or
 * one SQLite cannot even open) goes through zf_store_open_at_start(), so it is
 * checked before anything is written; its daily backup error, if any, is
 * logged. */
ZfStore  *zf_store_open_for_window  (const char  *path,
                                     GError     **error);

/* For a command that only reads (an export, a list): a sound looking file
 * at the current schema opens as zf_store_open_for_window() opens it,
 * refusing every write, and is neither checked nor backed up, because
 * reading changes nothing a check or a backup protects, and the whole-file
 * check would cost an export of 100,000 officers a tenth of its time.
 * Damage met while reading still fails with ZF_ERROR_DAMAGED. NULL when the
 * file needs zf_store_open_at_start() first (new, to be migrated, or
 * unreadable). */
ZfStore  *zf_store_try_open_to_read (const char  *path);

/* Finishes what zf_store_open_for_window() left: the quick check (on a
 * thread, its own connection), then, on the main thread, writes allowed
 * again and the day's automatic backup. A damaged file fails with
 * ZF_ERROR_DAMAGED and stays refusing writes: the caller closes the store.
 * A store that is already checked only gets its backup. */
void      zf_store_check_at_start_async  (ZfStore              *store,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean  zf_store_check_at_start_finish (ZfStore              *store,
                                          GAsyncResult         *result,
                                          char                **daily_backup,
                                          GError              **backup_error,
                                          GError              **error);

/* TRUE while a store opened by zf_store_open_for_window() waits for its
 * check, refusing writes. */
gboolean  zf_store_is_check_pending (ZfStore     *store);

/* The number of automatic backups kept (setting backup_keep, default 14). */
guint     zf_store_backup_keep      (ZfStore     *store);

G_END_DECLS
