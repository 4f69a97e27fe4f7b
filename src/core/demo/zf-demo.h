#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* Synthetic registers for demonstrations, training and load tests: real-
 * looking bodies of Hubei regions, officers with valid ID numbers and a
 * certificate history consistent with its status, laws, matters,
 * inspection items and targets, case files. The same seed and sizes give
 * the same data (row ids, names, codes, dates), except uuids and
 * timestamps, which SQLite draws itself. */
typedef struct
{
  guint       bodies;
  guint       officers;
  guint       matters;
  guint       cases;
  guint32     seed;
  const char *today;    /* reference date of the history; NULL = today */
} ZfDemoSizes;

#define ZF_DEMO_DEFAULT_BODIES   60
#define ZF_DEMO_DEFAULT_OFFICERS 2000
#define ZF_DEMO_DEFAULT_MATTERS  600
#define ZF_DEMO_DEFAULT_CASES    1000
#define ZF_DEMO_DEFAULT_SEED     20230321

void     zf_demo_sizes_init (ZfDemoSizes *sizes);

/* Called every few thousand rows: @stage is translated. */
typedef void (*ZfDemoProgress) (const char *stage,
                                guint64     done,
                                guint64     total,
                                gpointer    user_data);

/* Fills an empty database in one transaction (nothing is written when
 * anything fails) with per-row auditing off and one audit summary. */
gboolean zf_demo_generate   (ZfStore            *store,
                             const ZfDemoSizes  *sizes,
                             ZfDemoProgress      progress,
                             gpointer            user_data,
                             GError            **error);

G_END_DECLS
