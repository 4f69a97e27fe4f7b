#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* One field of a row as one audit entry changed it. */
typedef struct
{
  char *field;        /* column name */
  char *old_value;    /* NULL: empty, or the row was created */
  char *new_value;    /* NULL: empty, or the row was deleted */
} ZfAuditChange;

/* One write to a row: who, when, what; from the append-only audit log. */
typedef struct
{
  gint64     id;
  char      *at;          /* ISO date and time */
  char      *who;
  char      *action;      /* insert, update, delete */
  GPtrArray *changes;     /* ZfAuditChange *, in column order */
} ZfAuditEntry;

void       zf_audit_entry_free     (ZfAuditEntry *entry);

/* The history of row @row_id of @table, newest first. Updates list only
 * the fields that changed; bookkeeping columns (id, uuid, timestamps) are
 * left out. */
GPtrArray *zf_store_row_history    (ZfStore      *self,
                                    const char   *table,
                                    gint64        row_id,
                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfAuditEntry, zf_audit_entry_free)

G_END_DECLS
