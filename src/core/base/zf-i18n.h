#pragma once

/* Translation macros for the core. The core never calls setlocale or
 * bindtextdomain: the programs that link it do. */
#include <glib/gi18n-lib.h>
