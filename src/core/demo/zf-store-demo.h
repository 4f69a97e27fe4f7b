#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* Bulk inserts for the demo generator. Each table has one constant INSERT
 * in zf-store-demo.c; values are bound positionally from a format string:
 *   's' text (NULL or "" → NULL)   'i' gint64
 *   'r' row id (≤ 0 → NULL)        'd' double (NaN → NULL)
 * Statements are prepared once and reused, so inserting a million rows in
 * one transaction costs little more than SQLite's own work. */
typedef enum
{
  ZF_DEMO_BODY,
  ZF_DEMO_BODY_STATUS_EVENT,
  ZF_DEMO_BODY_REVIEW,
  ZF_DEMO_SECTION,
  ZF_DEMO_POST,
  ZF_DEMO_OFFICER,
  ZF_DEMO_CERTIFICATE,
  ZF_DEMO_OFFICER_EVENT,
  ZF_DEMO_LAW,
  ZF_DEMO_LAW_ARTICLE,
  ZF_DEMO_BODY_CATALOG,
  ZF_DEMO_MATTER,
  ZF_DEMO_MATTER_BASIS,
  ZF_DEMO_MATTER_TRANSFER,
  ZF_DEMO_INSPECTION_ITEM,
  ZF_DEMO_INSPECTION_TARGET,
  ZF_DEMO_CASE_FILE,
  ZF_DEMO_CASE_OFFICER,
  ZF_DEMO_LENIENCY_ENTRY,
  ZF_DEMO_BENCHMARK,
  ZF_DEMO_BENCHMARK_TIER,
  ZF_DEMO_N_TABLES
} ZfDemoTable;

/* Returns the new row id, or 0 with @error set. */
gint64   zf_store_demo_insert     (ZfStore      *self,
                                   ZfDemoTable   table,
                                   GError      **error,
                                   const char   *format,
                                   ...);

/* TRUE when the register holds no bodies, officers or laws yet: demo data
 * goes only into an empty database, never mixed with real records. */
gboolean zf_store_demo_is_empty   (ZfStore      *self,
                                   GError      **error);

/* A large page cache for the duration of one bulk transaction. */
void     zf_store_demo_set_bulk   (ZfStore      *self,
                                   gboolean      bulk);

G_END_DECLS
