#pragma once

#include "zf-application.h"

G_BEGIN_DECLS

/* app.backup (copy the register to a file the user chooses, e.g. on a USB
 * stick) and app.restore (replace it with a checked backup, after the user
 * confirms, keeping the current data as a backup first). */
void zf_backup_actions_install       (ZfApplication *app);

/* At start, for a database that fails its quick check: a dialog that says
 * so and offers the latest good backup. Nothing is touched unless the user
 * chooses to restore; then the damaged file is kept beside the backups and
 * the application activates again with the restored register. */
void zf_backup_actions_offer_restore (ZfApplication *app,
                                      const char    *db_path,
                                      const GError  *error);

G_END_DECLS
