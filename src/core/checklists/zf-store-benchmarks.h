#pragma once

#include "zf-benchmark.h"
#include "zf-checklist-rules.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The discretion benchmarks and their tiers (DOMAIN.md §3,
 * zf-store-benchmarks.c). */

/* C6: refused when a tier lies outside the statutory range or tiers overlap;
 * gaps are returned in @warnings (may be NULL). */
gboolean   zf_store_save_benchmark         (ZfStore         *self,
                                            ZfBenchmark     *benchmark,
                                            const ZfTierLine *tiers,
                                            const char     *const *circumstances,
                                            guint            n_tiers,
                                            GPtrArray       *warnings,
                                            GError         **error);
gboolean   zf_store_benchmarks_rows        (ZfStore      *self,
                                            gint64        body_id,
                                            GArray        *ids,
                                            ZfTable      *table,
                                            GError      **error);

typedef enum
{
  ZF_BENCHMARK_SORT_VIOLATION,
  ZF_BENCHMARK_SORT_STATUTORY_MAX,
  ZF_BENCHMARK_SORT_BODY,
  ZF_BENCHMARK_N_SORTS
} ZfBenchmarkSort;
enum { ZF_BENCHMARK_FILTER_BODY = 1 };
const ZfQuerySpec *zf_benchmark_query_spec (void);

/* One tier of a stored benchmark. */
typedef struct
{
  char   *tier;
  char   *circumstances;
  double  range_min;
  double  range_max;
} ZfTierRow;

void       zf_tier_row_free                (ZfTierRow          *row);
/* The tiers of @benchmark_id, lightest first. */
GPtrArray *zf_store_list_benchmark_tiers   (ZfStore            *self,
                                            gint64              benchmark_id,
                                            GError            **error);

G_END_DECLS
