#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_BENCHMARK (zf_benchmark_get_type ())

G_DECLARE_FINAL_TYPE (ZfBenchmark, zf_benchmark, ZF, BENCHMARK, ZfRecord)

/* A discretion benchmark (裁量基准) for one violation, DOMAIN.md §3; its
 * tiers are saved with it (zf_store_save_benchmark()). Fields are properties named like the columns. */
ZfBenchmark *zf_benchmark_new (void);

G_END_DECLS
