#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

/* Shared by the two halves of ZfRecord only (zf-record.c, the GObject side,
 * and zf-record-sql.c, the SQLite side); nothing else includes it. */

typedef struct
{
  gint64  id;
  char   *uuid;
} ZfRecordPrivate;

ZfRecordPrivate *zf_record_private    (ZfRecord   *self);
/* The field filling @column, and its index in the class's fields. */
const ZfField   *zf_record_find_field (ZfRecord   *self,
                                       const char *column,
                                       guint      *index);

static inline gpointer
zf_record_field_ptr (ZfRecord      *self,
                     const ZfField *field)
{
  return G_STRUCT_MEMBER_P (self, field->offset);
}

G_END_DECLS
