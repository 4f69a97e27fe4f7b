#define G_LOG_DOMAIN "test-query-model"

#include "config.h"

#include <locale.h>

#include "zf-collation.h"
#include "zf-query-model.h"
#include "zf-store-bodies.h"
#include "zf-store.h"
#include "zf-validate.h"
#include "zf-test-util.h"

#define N_BODIES 100000
/* The model's cache bound (CACHE_SIZE in zf-query-model.c). */
#define CACHE_BOUND 256

static char *db_path;
static ZfStore *store;
static sqlite3 *db;

static const char *const regions[] = {
  "鄂州市", "鄂城区", "华容区", "梁子湖区", "黄石市", "大冶市", "阳新县", "武汉市江夏区",
};
static const char *const departments[] = {
  "市场监督管理局", "司法局", "交通运输局", "农业农村局", "生态环境局", "应急管理局",
  "城市管理执法局", "卫生健康委员会", "自然资源和规划局", "文化和旅游局", "综合行政执法局",
};
static const char *const kinds[] = { "organ", "authorized", "entrusted" };
static const char *const levels[] = { "province", "city", "county", "township" };
static const char *const statuses[] = { "pending", "confirmed", "published", "revoked" };
static const char *const domains[] = { "市场监管", "农业农村", "交通运输", "城市管理", "生态环境", NULL };

static void
sql_audit_off (sqlite3_context  *ctx,
               int               argc,
               sqlite3_value   **argv)
{
  sqlite3_result_int (ctx, 0);
}

/* 100,000 bodies in one transaction through one prepared statement; the
 * fixture connection switches per-row auditing off like a bulk import. */
static void
insert_bodies (void)
{
  sqlite3_stmt *stmt = NULL;
  char first17[18];

  sqlite3_create_function (db, "zf_audit_enabled", 0, SQLITE_UTF8, NULL, sql_audit_off, NULL, NULL);
  zf_test_sqlite_exec (db, "BEGIN");
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                     "INSERT INTO body (name, credit_code, kind, level, domain, status, published_date) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < N_BODIES; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%s%s", regions[(i * 7) % G_N_ELEMENTS (regions)],
                                               departments[(i * 13) % G_N_ELEMENTS (departments)],
                                               i % 5 == 0 ? "执法大队" : "");
      g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02u", 10 + i % 14, 1 + i % 12, 1 + i % 28);
      const char *status = statuses[(i / 3) % G_N_ELEMENTS (statuses)];
      char code[19];

      /* "MA" and seven digits: credit codes with letters, for the search. */
      g_snprintf (first17, sizeof first17, "91420703MA%07u", i);
      g_snprintf (code, sizeof code, "%s%c", first17, zf_credit_code_check_char (first17));

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      if (i % 50 == 0)
        sqlite3_bind_null (stmt, 2);
      else
        sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, kinds[i % G_N_ELEMENTS (kinds)], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, levels[(i / 2) % G_N_ELEMENTS (levels)], -1, SQLITE_STATIC);
      if (domains[i % G_N_ELEMENTS (domains)] != NULL)
        sqlite3_bind_text (stmt, 5, domains[i % G_N_ELEMENTS (domains)], -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 5);
      sqlite3_bind_text (stmt, 6, status, -1, SQLITE_STATIC);
      if (g_str_equal (status, "published"))
        sqlite3_bind_text (stmt, 7, date, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 7);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  sqlite3_finalize (stmt);
  zf_test_sqlite_exec (db, "COMMIT");
}

/* Independent ORDER BY clauses, one per ZfBodySort, written from the
 * specification of the list rather than copied from the store: names in
 * pinyin order (zf-collation.h). */
static const char *const independent_order[ZF_BODY_N_SORTS][2] = {
  { "name COLLATE pinyin, id", "name COLLATE pinyin DESC, id DESC" },
  { "kind, name COLLATE pinyin, id", "kind DESC, name COLLATE pinyin DESC, id DESC" },
  { "CASE level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END, name COLLATE pinyin, id",
    "CASE level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END DESC, "
    "name COLLATE pinyin DESC, id DESC" },
  { "domain, name COLLATE pinyin, id", "domain DESC, name COLLATE pinyin DESC, id DESC" },
  { "CASE status WHEN 'pending' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'published' THEN 2 ELSE 3 END, name COLLATE pinyin, id",
    "CASE status WHEN 'pending' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'published' THEN 2 ELSE 3 END DESC, "
    "name COLLATE pinyin DESC, id DESC" },
  { "published_date, name COLLATE pinyin, id", "published_date DESC, name COLLATE pinyin DESC, id DESC" },
  { "credit_code, name COLLATE pinyin, id", "credit_code DESC, name COLLATE pinyin DESC, id DESC" },
};

static void
test_n_items (void)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, zf_body_query_spec ());

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BODIES);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body"), ==, N_BODIES);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == ZF_TYPE_BODY);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), N_BODIES));
}

static void
test_sort_orders (void)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, zf_body_query_spec ());
  guint instances = zf_record_get_n_instances ();

  for (guint sort = 0; sort < ZF_BODY_N_SORTS; sort++)
    for (guint desc = 0; desc < 2; desc++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT id FROM body ORDER BY %s",
                                                independent_order[sort][desc]);
        sqlite3_stmt *stmt = NULL;
        guint pos = 0;

        g_test_message ("sort %u %s", sort, desc ? "descending" : "ascending");
        zf_query_model_set_sort (model, sort, desc);
        g_assert_cmpuint (zf_query_model_get_sort (model), ==, sort);
        g_assert_cmpint (zf_query_model_get_descending (model), ==, desc);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BODIES);

        g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          {
            gint64 expected = sqlite3_column_int64 (stmt, 0);
            if (zf_query_model_get_id (model, pos) != expected)
              g_error ("sort %u%s: position %u holds %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                       sort, desc ? " desc" : "", pos, zf_query_model_get_id (model, pos), expected);
            pos++;
          }
        sqlite3_finalize (stmt);
        g_assert_cmpuint (pos, ==, N_BODIES);
      }

  /* Sorting builds no rows. */
  g_assert_cmpuint (zf_record_get_n_instances (), ==, instances);
}

static gint64
independent_count (const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM body WHERE %s", where);

  return zf_test_sqlite_int (db, sql);
}

static void
test_search_and_filters (void)
{
  static const struct
  {
    const char *search;
    const char *kind, *level, *status;
    const char *where;
  } cases[] = {
    { "局", NULL, NULL, NULL, "instr (name, '局') > 0" },
    { "司法", NULL, NULL, NULL, "instr (name, '司法') > 0" },
    { "执法大队", NULL, NULL, NULL, "instr (name, '执法大队') > 0" },
    { "区", NULL, NULL, NULL, "instr (name, '区') > 0" },
    /* Credit-code fragments typed in lower case, or full width. */
    { "ma00123", NULL, NULL, NULL, "instr (credit_code, 'MA00123') > 0" },
    { "ＭＡ００１２", NULL, NULL, NULL, "instr (credit_code, 'MA0012') > 0" },
    { "914207", NULL, NULL, NULL, "instr (credit_code, '914207') > 0" },
    { "没有这个", NULL, NULL, NULL, "0" },
    /* Filter slots alone and together, with and without search. */
    { NULL, "entrusted", NULL, NULL, "kind = 'entrusted'" },
    { NULL, NULL, "township", NULL, "level = 'township'" },
    { NULL, NULL, NULL, "published", "status = 'published'" },
    { NULL, "authorized", "city", "revoked", "kind = 'authorized' AND level = 'city' AND status = 'revoked'" },
    { "司法", "organ", NULL, "published",
      "instr (name, '司法') > 0 AND kind = 'organ' AND status = 'published'" },
  };
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, zf_body_query_spec ());

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 expected = independent_count (cases[i].where);

      g_test_message ("search “%s” where %s", cases[i].search, cases[i].where);
      zf_query_model_set_search (model, cases[i].search);
      zf_query_model_set_filter_text (model, ZF_BODY_FILTER_KIND, cases[i].kind);
      zf_query_model_set_filter_text (model, ZF_BODY_FILTER_LEVEL, cases[i].level);
      zf_query_model_set_filter_text (model, ZF_BODY_FILTER_STATUS, cases[i].status);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, expected);
      /* The cases are chosen to select something but not everything. */
      if (!g_str_equal (cases[i].where, "0"))
        g_assert_cmpint (expected, >, 0);
      g_assert_cmpint (expected, <, N_BODIES);
    }

  zf_query_model_set_search (model, "   ");
  g_assert_null (zf_query_model_get_search (model));
  zf_query_model_clear_filter (model, ZF_BODY_FILTER_KIND);
  zf_query_model_clear_filter (model, ZF_BODY_FILTER_LEVEL);
  zf_query_model_clear_filter (model, ZF_BODY_FILTER_STATUS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BODIES);
  g_assert_null (zf_query_model_get_error (model));
}

static void
test_lazy_and_bounded (void)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, zf_body_query_spec ());
  guint before = zf_record_get_n_instances ();
  g_autoptr(ZfBody) last = NULL;
  guint after_walk;

  last = g_list_model_get_item (G_LIST_MODEL (model), N_BODIES - 1);
  g_assert_nonnull (last);
  g_assert_cmpuint (zf_record_get_n_instances (), ==, before + 1);
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (last)), ==, zf_query_model_get_id (model, N_BODIES - 1));
  g_assert_nonnull (zf_body_get_name (last));

  /* Asking again hands out the same row. */
  {
    g_autoptr(ZfBody) again = g_list_model_get_item (G_LIST_MODEL (model), N_BODIES - 1);
    g_assert_true (again == last);
    g_assert_cmpuint (zf_record_get_n_instances (), ==, before + 1);
  }

  for (guint i = 0; i < N_BODIES; i++)
    {
      g_autoptr(ZfBody) body = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_cmpint (zf_record_get_id (ZF_RECORD (body)), ==, zf_query_model_get_id (model, i));
    }
  after_walk = zf_record_get_n_instances ();
  g_test_message ("%u rows alive after walking %u", after_walk - before, N_BODIES);
  /* The cache plus the one row this test still holds. */
  g_assert_cmpuint (after_walk, <=, before + CACHE_BOUND + 1);
  g_assert_cmpuint (after_walk, >, before);

  g_clear_object (&last);
  g_clear_object (&model);
  g_assert_cmpuint (zf_record_get_n_instances (), ==, before);
}

typedef struct
{
  guint position, removed, added;
} Emission;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *emissions)
{
  Emission e = { position, removed, added };

  /* The model's state is final when it announces the change. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    g_list_model_get_n_items (model));
  g_array_append_val (emissions, e);
}

static void
assert_one_emission (GArray *emissions,
                     guint   position,
                     guint   removed,
                     guint   added)
{
  g_assert_cmpuint (emissions->len, ==, 1);
  g_assert_cmpuint (g_array_index (emissions, Emission, 0).position, ==, position);
  g_assert_cmpuint (g_array_index (emissions, Emission, 0).removed, ==, removed);
  g_assert_cmpuint (g_array_index (emissions, Emission, 0).added, ==, added);
  g_array_set_size (emissions, 0);
}

static guint
expected_position (gint64 id)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT count(*) FROM body b, body me WHERE me.id = %" G_GINT64_FORMAT
    " AND (b.name < me.name COLLATE pinyin OR (b.name = me.name COLLATE pinyin AND b.id < me.id))", id);

  return (guint) zf_test_sqlite_int (db, sql);
}

static void
test_items_changed (void)
{
  g_autoptr(ZfQueryModel) model = zf_query_model_new (store, zf_body_query_spec ());
  g_autoptr(GArray) emissions = g_array_new (FALSE, FALSE, sizeof (Emission));
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(ZfBody) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = zf_test_credit_code (777);
  guint pos;
  gint64 id;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), emissions);

  /* An insert: one (pos, 0, 1) where the row now sorts. */
  zf_record_set_string (ZF_RECORD (body), "name", "鄂州市司法局新设执法支队");
  zf_record_set_string (ZF_RECORD (body), "credit_code", code);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  id = zf_record_get_id (ZF_RECORD (body));
  pos = expected_position (id);
  g_assert_cmpuint (pos, >, 0);
  g_assert_cmpuint (pos, <, N_BODIES);
  assert_one_emission (emissions, pos, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BODIES + 1);
  g_assert_cmpint (zf_query_model_get_id (model, pos), ==, id);

  /* An edit that keeps the row's place: (pos, 1, 1), and the row is
   * built again with the new content. */
  shown = g_list_model_get_item (G_LIST_MODEL (model), pos);
  zf_record_set_string (ZF_RECORD (body), "notes", "已更新");
  g_assert_true (zf_store_save_body (store, body, &error));
  assert_one_emission (emissions, pos, 1, 1);
  g_clear_object (&shown);
  shown = g_list_model_get_item (G_LIST_MODEL (model), pos);
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (shown), "notes"), ==, "已更新");
  g_clear_object (&shown);

  /* A failed save announces nothing. */
  zf_record_set_string (ZF_RECORD (body), "credit_code", "91350100M000100Y44");
  g_assert_false (zf_store_save_body (store, body, &error));
  g_clear_error (&error);
  g_assert_cmpuint (emissions->len, ==, 0);

  /* A delete: (pos, 1, 0). */
  g_assert_true (zf_store_delete_body (store, id, &error));
  g_assert_no_error (error);
  assert_one_emission (emissions, pos, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_BODIES);

  /* A write to a table the model does not watch: nothing. */
  g_assert_true (zf_store_set_setting (store, "backup_keep", "3", &error));
  g_assert_cmpuint (emissions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  db_path = zf_test_db_path ("query-model.db");
  store = zf_store_open (db_path, &error);
  g_assert_no_error (error);
  db = zf_test_sqlite_open (db_path);
  g_assert_true (zf_collation_register (db, NULL));
  insert_bodies ();
  /* Another connection wrote them, without their names' sort keys: the
   * store keys them when it sees that commit, as the window does. */
  zf_store_poll_external_changes (store);

  g_test_add_func ("/query-model/n-items", test_n_items);
  g_test_add_func ("/query-model/sort-orders", test_sort_orders);
  g_test_add_func ("/query-model/search-and-filters", test_search_and_filters);
  g_test_add_func ("/query-model/lazy-and-bounded", test_lazy_and_bounded);
  g_test_add_func ("/query-model/items-changed", test_items_changed);

  status = g_test_run ();

  sqlite3_close (db);
  g_clear_object (&store);
  zf_test_remove_db (db_path);
  g_free (db_path);
  return status;
}
