#include "config.h"

#include <locale.h>

#include "zf-collation.h"
#include "zf-store-benchmarks.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-test-util.h"

/* The lists of the checklists tab: every sort column in both directions
 * gives the same order as an independent query, and search and filters
 * select what an independent WHERE selects. Small sizes: the lazy paging
 * itself is tested over 100,000 bodies in test-query-model. */

#define N_ROWS 30

static ZfStore *store;
static sqlite3 *db;

typedef struct
{
  const char *search;
  const char *filter1;   /* text or an id as text */
  const char *filter2;
  const char *where;     /* independent condition, NULL: expect nothing */
} SearchCase;

typedef struct
{
  const char          *name;
  const ZfQuerySpec *(*spec) (void);
  const char          *from;            /* independent FROM with the same aliases */
  const char          *orders[8][2];    /* per sort: ascending, descending */
  gboolean             filter1_is_id;
  gboolean             filter2_is_id;
  const char          *text_property;   /* a property every loaded row fills */
  SearchCase           cases[6];
} ListCase;

static const ListCase lists[] = {
  { "leniency", zf_leniency_query_spec,
    "leniency_entry e JOIN body b ON b.id = e.body_id",
    { { "e.violation, e.id", "e.violation DESC, e.id DESC" },
      { "CASE e.list WHEN 'no_penalty' THEN 0 WHEN 'lighter' THEN 1 WHEN 'mitigated' THEN 2 ELSE 3 END, e.violation, e.id",
        "CASE e.list WHEN 'no_penalty' THEN 0 WHEN 'lighter' THEN 1 WHEN 'mitigated' THEN 2 ELSE 3 END DESC, e.violation DESC, e.id DESC" },
      { "b.name COLLATE pinyin, e.violation, e.id", "b.name COLLATE pinyin DESC, e.violation DESC, e.id DESC" } },
    TRUE, FALSE, "body-name",
    { { "行为03", NULL, NULL, "instr (e.violation, '行为03') > 0" },
      { "首次", NULL, NULL, "instr (e.conditions, '首次') > 0" },
      { NULL, "2", NULL, "e.body_id = 2" },
      { NULL, NULL, "mitigated", "e.list = 'mitigated'" },
      { "行为0", "1", "lighter", "instr (e.violation, '行为0') > 0 AND e.body_id = 1 AND e.list = 'lighter'" },
      { "没有这个", NULL, NULL, NULL } } },
  { "benchmarks", zf_benchmark_query_spec,
    "benchmark k JOIN body b ON b.id = k.body_id",
    { { "k.violation, k.id", "k.violation DESC, k.id DESC" },
      { "k.statutory_max, k.violation, k.id", "k.statutory_max DESC, k.violation DESC, k.id DESC" },
      { "b.name COLLATE pinyin, k.violation, k.id", "b.name COLLATE pinyin DESC, k.violation DESC, k.id DESC" } },
    TRUE, FALSE, "violation",
    { { "无照", NULL, NULL, "instr (k.violation, '无照') > 0" },
      { "条例", NULL, NULL, "instr (k.basis, '条例') > 0" },
      { NULL, "3", NULL, "k.body_id = 3" },
      { "无照", "3", NULL, "instr (k.violation, '无照') > 0 AND k.body_id = 3" },
      { "没有这个", NULL, NULL, NULL } } },
  { "items", zf_inspection_item_query_spec,
    "inspection_item i JOIN body b ON b.id = i.body_id",
    { { "i.item COLLATE pinyin, i.id", "i.item COLLATE pinyin DESC, i.id DESC" },
      { "i.ratio, i.item COLLATE pinyin, i.id", "i.ratio DESC, i.item COLLATE pinyin DESC, i.id DESC" },
      { "b.name COLLATE pinyin, i.item COLLATE pinyin, i.id", "b.name COLLATE pinyin DESC, i.item COLLATE pinyin DESC, i.id DESC" } },
    TRUE, FALSE, "body-name",
    { { "公示", NULL, NULL, "instr (i.item, '公示') > 0" },
      { "台账", NULL, NULL, "instr (i.content, '台账') > 0" },
      { NULL, "1", NULL, "i.body_id = 1" },
      { "公示", "2", NULL, "instr (i.item, '公示') > 0 AND i.body_id = 2" },
      { "没有这个", NULL, NULL, NULL } } },
  { "targets", zf_inspection_target_query_spec,
    "inspection_target t",
    { { "t.name COLLATE pinyin, t.id", "t.name COLLATE pinyin DESC, t.id DESC" },
      { "t.credit_code, t.name COLLATE pinyin, t.id", "t.credit_code DESC, t.name COLLATE pinyin DESC, t.id DESC" },
      { "t.domain, t.name COLLATE pinyin, t.id", "t.domain DESC, t.name COLLATE pinyin DESC, t.id DESC" } },
    FALSE, FALSE, "name",
    { { "商贸", NULL, NULL, "instr (t.name, '商贸') > 0" },
      { "解放路", NULL, NULL, "instr (t.address, '解放路') > 0" },
      { "00000001", NULL, NULL, "instr (t.credit_code, '00000001') > 0" },
      { NULL, "食品", NULL, "t.domain = '食品'" },
      { "商贸", "食品", NULL, "instr (t.name, '商贸') > 0 AND t.domain = '食品'" },
      { "没有这个", NULL, NULL, NULL } } },
  { "draws", zf_draw_query_spec,
    "draw d JOIN inspection_item i ON i.id = d.item_id JOIN body b ON b.id = d.body_id",
    { { "d.inspection_date, d.id", "d.inspection_date DESC, d.id DESC" },
      { "i.item COLLATE pinyin, d.inspection_date, d.id", "i.item COLLATE pinyin DESC, d.inspection_date DESC, d.id DESC" },
      { "b.name COLLATE pinyin, d.inspection_date, d.id", "b.name COLLATE pinyin DESC, d.inspection_date DESC, d.id DESC" } },
    TRUE, TRUE, "item-name",
    { { "公示", NULL, NULL, "instr (i.item, '公示') > 0" },
      { "〔2024〕1", NULL, NULL, "instr (d.doc_number, '〔2024〕1') > 0" },
      { "乙", NULL, NULL, "instr (b.name, '乙') > 0" },
      { NULL, "2", NULL, "d.body_id = 2" },
      { NULL, NULL, "3", "d.item_id = 3" },
      { "没有这个", NULL, NULL, NULL } } },
};

static void
fill (void)
{
  static const char *const list_codes[] = { "no_penalty", "lighter", "mitigated", "no_coercion" };
  static const char *const domains[] = { "市场监管", "食品", "交通运输", NULL };
  static const char *const items[] = { "营业执照公示检查", "广告发布检查", "价格公示检查", "计量器具检查" };

  zf_test_sqlite_exec (db, "INSERT INTO body (id, name, status) VALUES "
                           "(1, '甲县市场监督管理局', 'published'), (2, '乙县综合行政执法局', 'published'), "
                           "(3, '丙镇司法所', 'published')");
  for (guint i = 0; i < N_ROWS; i++)
    {
      /* Ties on every sort key (i % 7, i % 5…) so that the id tail counts. */
      g_autofree char *code = zf_test_credit_code (i + 1);
      g_autofree char *max = g_strdup_printf ("%u", (i * 37 % 11) * 1000);
      g_autofree char *ratio = g_strdup_printf ("%u", (i % 4) * 5);
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO leniency_entry (body_id, list, violation, conditions) VALUES "
        "(%u, '%s', '违法行为%02u', '%s');"
        "INSERT INTO benchmark (body_id, violation, basis, statutory_min, statutory_max) VALUES "
        "(%u, '%s%u', %s, 0, %s);"
        "INSERT INTO inspection_item (body_id, item, content, ratio) VALUES "
        "(%u, '%s', '%s', %s);"
        "INSERT INTO inspection_target (name, credit_code, address, domain) VALUES "
        "('某某%s有限公司%02u', '%s', '湖北省某市%s%u号', %s%s%s);",
        i % 3 + 1, list_codes[i % 4], i % 7, i % 3 ? "首次违法" : "及时改正",
        i % 3 + 1, i % 2 ? "无照经营" : "超范围经营", i % 4, i % 5 ? "'某省市场监督管理条例'" : "NULL",
        i % 6 ? max : "NULL",
        i % 3 + 1, items[i % 4], i % 2 ? "检查台账" : "检查公示", i % 5 ? ratio : "NULL",
        i % 2 ? "商贸" : "科技", i % 9, code, i % 3 ? "解放路" : "建设路", i,
        domains[i % 4] ? "'" : "", domains[i % 4] ? domains[i % 4] : "NULL", domains[i % 4] ? "'" : "");
      zf_test_sqlite_exec (db, sql);
    }
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO draw (item_id, body_id, inspection_date, seed, algorithm, target_count, "
        "target_pool, inspector_pool, doc_number) VALUES (%u, %u, '2024-0%u-01', %u, 1, 2, '[]', '[]', "
        "'某检〔2024〕%u号')", i % 6 + 1, i % 3 + 1, i % 5 + 1, i + 100, i + 1);
      zf_test_sqlite_exec (db, sql);
    }
}

static void
test_sort_orders (gconstpointer data)
{
  const ListCase *lc = data;
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, lc->spec ());
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", lc->from);
  guint n = (guint) zf_test_sqlite_int (db, count_sql);

  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (lc->spec ()->n_sorts, ==, 3);
  for (guint sort = 0; sort < lc->spec ()->n_sorts; sort++)
    for (guint desc = 0; desc < 2; desc++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT %c.id FROM %s ORDER BY %s",
                                                lc->orders[0][0][0], lc->from, lc->orders[sort][desc]);
        sqlite3_stmt *stmt = NULL;
        guint pos = 0;

        zf_query_model_set_sort (model, sort, desc);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
        g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          {
            gint64 expected = sqlite3_column_int64 (stmt, 0);
            if (zf_query_model_get_id (model, pos) != expected)
              g_error ("%s sort %u%s: position %u holds %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                       lc->name, sort, desc ? " desc" : "", pos, zf_query_model_get_id (model, pos), expected);
            pos++;
          }
        sqlite3_finalize (stmt);
        g_assert_cmpuint (pos, ==, n);
      }

  /* Rows load with their joined columns. */
  {
    g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_autofree char *text = NULL;

    g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, lc->spec ()->item_type ()));
    g_object_get (item, lc->text_property, &text, NULL);
    g_assert_nonnull (text);
    g_assert_cmpstr (text, !=, "");
  }
  g_assert_null (zf_query_model_get_error (model));
}

static void
set_filter (ZfQueryModel *model,
            guint         slot,
            const char   *value,
            gboolean      is_id)
{
  if (value == NULL)
    zf_query_model_clear_filter (model, slot);
  else if (is_id)
    zf_query_model_set_filter_int (model, slot, g_ascii_strtoll (value, NULL, 10));
  else
    zf_query_model_set_filter_text (model, slot, value);
}

static void
test_search_and_filters (gconstpointer data)
{
  const ListCase *lc = data;
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, lc->spec ());
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", lc->from);
  gint64 all = zf_test_sqlite_int (db, count_sql);

  for (guint i = 0; i < G_N_ELEMENTS (lc->cases) && (lc->cases[i].search || lc->cases[i].filter1 || lc->cases[i].filter2); i++)
    {
      const SearchCase *c = &lc->cases[i];
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s", lc->from,
                                              c->where ? c->where : "0");
      gint64 expected = zf_test_sqlite_int (db, sql);

      g_test_message ("%s: “%s” where %s", lc->name, c->search, c->where);
      zf_query_model_set_search (model, c->search);
      set_filter (model, 1, c->filter1, lc->filter1_is_id);
      set_filter (model, 2, c->filter2, lc->filter2_is_id);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, expected);
      /* Each case selects something but not everything, or nothing on purpose. */
      if (c->where != NULL)
        g_assert_cmpint (expected, >, 0);
      g_assert_cmpint (expected, <, all);
    }
  zf_query_model_set_search (model, NULL);
  set_filter (model, 1, NULL, FALSE);
  set_filter (model, 2, NULL, FALSE);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, all);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  path = zf_test_db_path ("lists.db");
  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  db = zf_test_sqlite_open (path);
  g_assert_true (zf_collation_register (db, NULL));
  fill ();

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *sorts = g_strdup_printf ("/checklist-lists/%s/sort-orders", lists[i].name);
      g_autofree char *search = g_strdup_printf ("/checklist-lists/%s/search-and-filters", lists[i].name);

      g_test_add_data_func (sorts, &lists[i], test_sort_orders);
      g_test_add_data_func (search, &lists[i], test_search_and_filters);
    }
  rc = g_test_run ();

  sqlite3_close (db);
  g_clear_object (&store);
  return rc;
}
