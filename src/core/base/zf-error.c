#include "config.h"

#include "zf-error.h"

G_DEFINE_QUARK (zf-error-quark, zf_error)
