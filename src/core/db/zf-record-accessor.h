#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Defines the typed accessor of one field of a record type, so that code
 * reads zf_body_get_domain (body) rather than a column name that a typo
 * breaks only at run time. In the type's .c file, with the prototype in
 * its header:
 *
 *   ZF_RECORD_ACCESSOR (ZfBody, zf_body, ZF_IS_BODY, const char *, domain, NULL)
 *
 * defines `const char *zf_body_get_domain (ZfBody *self)` returning the
 * instance's member `domain` (@fallback for a wrong instance). */
#define ZF_RECORD_ACCESSOR(Type, type_name, IS_TYPE, ctype, field, fallback) \
  ctype                                                                     \
  type_name##_get_##field (Type *self)                                      \
  {                                                                         \
    g_return_val_if_fail (IS_TYPE (self), fallback);                        \
    return self->field;                                                     \
  }

G_END_DECLS
