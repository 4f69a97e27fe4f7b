#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ZF_ERROR (zf_error_quark ())

/* One domain for every error the core reports to a user. The message of a
 * ZF_ERROR is always translated and complete: the UI shows it as it is. */
typedef enum
{
  ZF_ERROR_FAILED,
  ZF_ERROR_DATABASE,          /* SQLite failed; message carries its text */
  ZF_ERROR_SCHEMA_TOO_NEW,    /* file written by a newer Zhifa */
  ZF_ERROR_NOT_FOUND,
  ZF_ERROR_INVALID,           /* a field fails validation */
  ZF_ERROR_DUPLICATE,         /* a unique value already belongs to another row */
  ZF_ERROR_IN_USE,            /* delete refused: other rows refer to it */
  ZF_ERROR_RULE,              /* a domain rule forbids the change */
  ZF_ERROR_IO,
  ZF_ERROR_CANCELLED,
  ZF_ERROR_BUSY,              /* another program holds the database */
  ZF_ERROR_DAMAGED,           /* the database file fails its integrity check */
} ZfError;

GQuark zf_error_quark (void);

G_END_DECLS
