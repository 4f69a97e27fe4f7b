#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* `zhifa-cli cases …`: argv[0] is "cases". Returns the exit status. */
int zf_cli_cases (ZfStore *store,
                  int      argc,
                  char   **argv);

G_END_DECLS
