#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* `zhifa-cli import REGISTER FILE [options]`; @argv starts at "import".
 * Exit status: 0 all rows accepted, 2 some rows refused (the others were
 * stored unless --dry-run), 1 nothing stored. */
int zf_cli_import (ZfStore  *store,
                   int       argc,
                   char    **argv);

G_END_DECLS
