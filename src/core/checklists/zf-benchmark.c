#define G_LOG_DOMAIN "zf-benchmark"

#include "config.h"

#include <math.h>

#include "zf-benchmark.h"

struct _ZfBenchmark
{
  ZfRecord  parent_instance;

  gint64    body_id;
  char     *body_name;
  gint64    matter_id;
  char     *violation;
  gint64    article_id;
  char     *basis;
  char     *unit;
  double    statutory_min;
  double    statutory_max;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (ZfBenchmark, zf_benchmark, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfBenchmark, col) }

static const ZfField fields[] = {
  FIELD (body_id, INT),
  FIELD (body_name, STRING),
  FIELD (matter_id, INT),
  FIELD (violation, STRING),
  FIELD (article_id, INT),
  FIELD (basis, STRING),
  FIELD (unit, STRING),
  FIELD (statutory_min, DOUBLE),
  FIELD (statutory_max, DOUBLE),
  FIELD (notes, STRING),
};

static void
zf_benchmark_class_init (ZfBenchmarkClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_benchmark_init (ZfBenchmark *self)
{
  self->unit = g_strdup ("yuan");
  self->statutory_min = NAN;
  self->statutory_max = NAN;
}

ZfBenchmark *
zf_benchmark_new (void)
{
  return g_object_new (ZF_TYPE_BENCHMARK, NULL);
}
