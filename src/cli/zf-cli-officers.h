#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* `zhifa-cli export officers --pdf FILE | --xlsx FILE [--public]
 * [--body NAME] [--status STATUS] [--issuer TEXT]`: @argv starts at
 * "officers". Returns the process exit status. */
int zf_cli_export_officers (ZfStore  *store,
                            int       argc,
                            char    **argv);

G_END_DECLS
