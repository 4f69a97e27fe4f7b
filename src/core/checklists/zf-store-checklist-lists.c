#define G_LOG_DOMAIN "zf-store-checklist-lists"

#include "config.h"

#include "zf-draw.h"
#include "zf-store-checklists-private.h"

/* The lists of the checklists tab that have no writes of their own here:
 * four lists, benchmarks, inspection items, targets and draws. Each is a
 * ZfQuerySpec: constant SQL per sort column and direction, ?1 = search text
 * (a substring; one Chinese character is enough), ?2… = filters. Every
 * order ends on the id, so that equal keys keep one stable order. */

#define SORT(ids, key, tail) ids (key ", " tail), ids (key " DESC, " tail##_DESC)

/* ── 四张清单 ───────────────────────────────────────────────────────────── */

#define LENIENCY_IDS(order) \
  "SELECT e.id FROM leniency_entry e JOIN body b ON b.id = e.body_id " \
  "WHERE (?1 IS NULL OR instr (e.violation, ?1) > 0 OR instr (e.basis, ?1) > 0 " \
  "OR instr (e.conditions, ?1) > 0) AND (?2 IS NULL OR e.body_id = ?2) " \
  "AND (?3 IS NULL OR e.list = ?3) ORDER BY " order
#define LENIENCY_TAIL "e.violation, e.id"
#define LENIENCY_TAIL_DESC "e.violation DESC, e.id DESC"
/* The lists in the order of the policy: no penalty, lighter, mitigated,
 * no coercive measure. */
#define LENIENCY_LIST_RANK \
  "CASE e.list WHEN 'no_penalty' THEN 0 WHEN 'lighter' THEN 1 WHEN 'mitigated' THEN 2 ELSE 3 END"

static const char *const leniency_ids_sql[ZF_LENIENCY_N_SORTS * 2] = {
  LENIENCY_IDS ("e.violation, e.id"), LENIENCY_IDS ("e.violation DESC, e.id DESC"),
  SORT (LENIENCY_IDS, LENIENCY_LIST_RANK, LENIENCY_TAIL),
  SORT (LENIENCY_IDS, "b.name", LENIENCY_TAIL),
};

static const char leniency_item_sql[] =
  "SELECT e.id, e.uuid, e.body_id, b.name AS body_name, e.list, e.domain, e.matter_id, "
  "e.violation, e.basis, e.article_id, e.conditions, e.notes FROM leniency_entry e "
  "JOIN body b ON b.id = e.body_id WHERE e.id = ?1";
static const char *const leniency_watch[] = { "leniency_entry", "body", NULL };

static const ZfQuerySpec leniency_spec = {
  .item_type = zf_leniency_entry_get_type,
  .watch = leniency_watch,
  .n_sorts = ZF_LENIENCY_N_SORTS,
  .ids_sql = leniency_ids_sql,
  .item_sql = leniency_item_sql,
};

const ZfQuerySpec *
zf_leniency_query_spec (void)
{
  return &leniency_spec;
}

/* ── 裁量基准 ───────────────────────────────────────────────────────────── */

#define BENCHMARK_IDS(order) \
  "SELECT k.id FROM benchmark k JOIN body b ON b.id = k.body_id " \
  "WHERE (?1 IS NULL OR instr (k.violation, ?1) > 0 OR instr (k.basis, ?1) > 0) " \
  "AND (?2 IS NULL OR k.body_id = ?2) ORDER BY " order
#define BENCHMARK_TAIL "k.violation, k.id"
#define BENCHMARK_TAIL_DESC "k.violation DESC, k.id DESC"

static const char *const benchmark_ids_sql[ZF_BENCHMARK_N_SORTS * 2] = {
  BENCHMARK_IDS ("k.violation, k.id"), BENCHMARK_IDS ("k.violation DESC, k.id DESC"),
  SORT (BENCHMARK_IDS, "k.statutory_max", BENCHMARK_TAIL),
  SORT (BENCHMARK_IDS, "b.name", BENCHMARK_TAIL),
};

static const char benchmark_item_sql[] =
  "SELECT k.id, k.uuid, k.body_id, b.name AS body_name, k.matter_id, k.violation, "
  "k.article_id, k.basis, k.unit, k.statutory_min, k.statutory_max, k.notes FROM benchmark k "
  "JOIN body b ON b.id = k.body_id WHERE k.id = ?1";
static const char *const benchmark_watch[] = { "benchmark", "benchmark_tier", "body", NULL };

static const ZfQuerySpec benchmark_spec = {
  .item_type = zf_benchmark_get_type,
  .watch = benchmark_watch,
  .n_sorts = ZF_BENCHMARK_N_SORTS,
  .ids_sql = benchmark_ids_sql,
  .item_sql = benchmark_item_sql,
};

const ZfQuerySpec *
zf_benchmark_query_spec (void)
{
  return &benchmark_spec;
}

/* ── 随机抽查事项清单 ───────────────────────────────────────────────────── */

#define ITEM_IDS(order) \
  "SELECT i.id FROM inspection_item i JOIN body b ON b.id = i.body_id " \
  "WHERE (?1 IS NULL OR instr (i.item, ?1) > 0 OR instr (i.content, ?1) > 0 " \
  "OR instr (i.basis, ?1) > 0) AND (?2 IS NULL OR i.body_id = ?2) ORDER BY " order
#define ITEM_TAIL "i.item, i.id"
#define ITEM_TAIL_DESC "i.item DESC, i.id DESC"

static const char *const item_ids_sql[ZF_INSPECTION_ITEM_N_SORTS * 2] = {
  ITEM_IDS ("i.item, i.id"), ITEM_IDS ("i.item DESC, i.id DESC"),
  SORT (ITEM_IDS, "i.ratio", ITEM_TAIL),
  SORT (ITEM_IDS, "b.name", ITEM_TAIL),
};

static const char item_item_sql[] =
  "SELECT i.id, i.uuid, i.body_id, b.name AS body_name, i.matter_id, i.item, i.basis, "
  "i.inspecting_body, i.target_type, i.content, i.method, i.ratio, i.frequency, i.cooperating, "
  "i.enforcement_category, i.notes FROM inspection_item i JOIN body b ON b.id = i.body_id "
  "WHERE i.id = ?1";
static const char *const item_watch[] = { "inspection_item", "body", NULL };

static const ZfQuerySpec item_spec = {
  .item_type = zf_inspection_item_get_type,
  .watch = item_watch,
  .n_sorts = ZF_INSPECTION_ITEM_N_SORTS,
  .ids_sql = item_ids_sql,
  .item_sql = item_item_sql,
};

const ZfQuerySpec *
zf_inspection_item_query_spec (void)
{
  return &item_spec;
}

/* ── 检查对象名录库 ─────────────────────────────────────────────────────── */

/* Credit codes are stored in upper case: "91420" and "9142a" both find. */
#define TARGET_IDS(order) \
  "SELECT t.id FROM inspection_target t " \
  "WHERE (?1 IS NULL OR instr (t.name, ?1) > 0 OR instr (t.credit_code, upper (?1)) > 0 " \
  "OR instr (t.address, ?1) > 0) AND (?2 IS NULL OR t.domain = ?2) ORDER BY " order
#define TARGET_TAIL "t.name, t.id"
#define TARGET_TAIL_DESC "t.name DESC, t.id DESC"

static const char *const target_ids_sql[ZF_INSPECTION_TARGET_N_SORTS * 2] = {
  TARGET_IDS ("t.name, t.id"), TARGET_IDS ("t.name DESC, t.id DESC"),
  SORT (TARGET_IDS, "t.credit_code", TARGET_TAIL),
  SORT (TARGET_IDS, "t.domain", TARGET_TAIL),
};

static const char target_item_sql[] =
  "SELECT t.id, t.uuid, t.name, t.credit_code, t.address, t.domain, t.region_code, t.notes "
  "FROM inspection_target t WHERE t.id = ?1";
static const char *const target_watch[] = { "inspection_target", NULL };

static const ZfQuerySpec target_spec = {
  .item_type = zf_inspection_target_get_type,
  .watch = target_watch,
  .n_sorts = ZF_INSPECTION_TARGET_N_SORTS,
  .ids_sql = target_ids_sql,
  .item_sql = target_item_sql,
};

const ZfQuerySpec *
zf_inspection_target_query_spec (void)
{
  return &target_spec;
}

/* ── 双随机抽查记录 ─────────────────────────────────────────────────────── */

#define DRAW_IDS(order) \
  "SELECT d.id FROM draw d JOIN inspection_item i ON i.id = d.item_id " \
  "JOIN body b ON b.id = d.body_id " \
  "WHERE (?1 IS NULL OR instr (i.item, ?1) > 0 OR instr (d.doc_number, ?1) > 0 " \
  "OR instr (b.name, ?1) > 0) AND (?2 IS NULL OR d.body_id = ?2) " \
  "AND (?3 IS NULL OR d.item_id = ?3) ORDER BY " order
/* Two draws of one day list in the order they were made. */
#define DRAW_TAIL "d.inspection_date, d.id"
#define DRAW_TAIL_DESC "d.inspection_date DESC, d.id DESC"

static const char *const draw_ids_sql[ZF_DRAW_N_SORTS * 2] = {
  DRAW_IDS ("d.inspection_date, d.id"), DRAW_IDS ("d.inspection_date DESC, d.id DESC"),
  SORT (DRAW_IDS, "i.item", DRAW_TAIL),
  SORT (DRAW_IDS, "b.name", DRAW_TAIL),
};

static const char draw_item_sql[] =
  "SELECT d.id, d.uuid, d.item_id, i.item AS item_name, d.body_id, b.name AS body_name, "
  "d.inspection_date, d.seed, d.algorithm, d.target_count, d.inspectors_per_target, "
  "d.doc_number, d.operator, d.created_at, "
  "(SELECT count(*) FROM draw_result r WHERE r.draw_id = d.id) AS n_targets, "
  "(SELECT count(*) FROM draw_result r WHERE r.draw_id = d.id AND r.done) AS n_done "
  "FROM draw d JOIN inspection_item i ON i.id = d.item_id JOIN body b ON b.id = d.body_id "
  "WHERE d.id = ?1";
static const char *const draw_watch[] = { "draw", "draw_result", NULL };

static const ZfQuerySpec draw_spec = {
  .item_type = zf_draw_get_type,
  .watch = draw_watch,
  .n_sorts = ZF_DRAW_N_SORTS,
  .ids_sql = draw_ids_sql,
  .item_sql = draw_item_sql,
};

const ZfQuerySpec *
zf_draw_query_spec (void)
{
  return &draw_spec;
}
