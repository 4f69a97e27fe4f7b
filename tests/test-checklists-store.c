#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "zf-checklists-export.h"
#include "zf-error.h"
#include "zf-store-benchmarks.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-store-draws.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"
#include "zf-store-private.h"

/* Fixture rows of other registers (bodies, sections, officers, certificates)
 * go in through the store's own connection: their APIs belong to other
 * parts of the project. */
static const char fixture_sql[] =
  "INSERT INTO body (id, name, domain, status) VALUES "
  "  (1, '某县市场监督管理局', '市场监管', 'published'),"
  "  (2, '某县综合行政执法局', '综合执法', 'published'),"
  "  (3, '某县食品药品监督管理局', '食品药品', 'published');"
  "INSERT INTO section (id, body_id, name) VALUES (1, 1, '执法一科'), (2, 2, '执法大队');"
  "INSERT INTO post (id, section_id, name) VALUES (1, 1, '执法岗'), (2, 2, '外单位岗');"
  "INSERT INTO officer (id, name, body_id, section_id, post_id, phone, id_number) VALUES "
  "  (1, '赵一', 1, 1, 1, '13800000001', '110101199003070014'),"
  "  (2, '钱二', 1, 1, 1, NULL, NULL), (3, '孙三', 1, 1, NULL, NULL, NULL),"
  "  (4, '李四', 1, NULL, NULL, NULL, NULL), (5, '周五', 1, NULL, NULL, NULL, NULL),"
  "  (6, '吴六', 1, NULL, NULL, NULL, NULL), (7, '郑七', 1, NULL, NULL, NULL, NULL),"
  "  (8, '王八', 1, NULL, NULL, NULL, NULL), (9, '冯九', 2, 2, 2, NULL, NULL);"
  "INSERT INTO certificate (officer_id, number, issue_date, valid_until, category, status) VALUES "
  "  (1, 'ZF-0001', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (2, 'ZF-0002', '2022-11-01', '2027-10-31', '市场监管、质量监督', 'valid'),"
  "  (3, 'ZF-0003', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (4, 'ZF-0004', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (5, 'ZF-0005', '2019-01-01', '2024-05-31', '市场监管', 'valid'),"      /* expired by then */
  "  (6, 'ZF-0006', '2022-11-01', '2027-10-31', '市场监管', 'suspended'),"
  "  (7, 'ZF-0007', '2022-11-01', '2027-10-31', '交通运输', 'valid'),"      /* other category */
  "  (8, 'ZF-0008', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (8, 'ZF-0008A', '2017-11-01', '2022-10-31', '市场监管', 'revoked'),"   /* a revoked card beside */
  "  (9, 'ZF-0009', '2022-11-01', '2027-10-31', '市场监管', 'valid');";

typedef struct
{
  char    *dir;
  ZfStore *store;
  gint64   law_penalty, art_penalty, art_outside, law_licensing, law_coercion, law_review;
} Fixture;

static gint64
add_law (ZfStore    *store,
         const char *title,
         const char *level,
         const char *repealed)
{
  g_autoptr(ZfLaw) law = zf_law_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (law, "title", title, "level", level, "repealed", repealed, NULL);
  g_assert_true (zf_store_save_law (store, law, &error));
  g_assert_no_error (error);
  return zf_record_get_id (ZF_RECORD (law));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 law_other;

  f->dir = g_dir_make_tmp ("zf-checklists-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = zf_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (zf_store_get_db (f->store), fixture_sql, NULL, NULL, NULL), ==, SQLITE_OK);

  f->law_penalty = add_law (f->store, "中华人民共和国行政处罚法", "law", NULL);
  f->law_licensing = add_law (f->store, "中华人民共和国行政许可法", "law", NULL);
  f->law_coercion = add_law (f->store, "中华人民共和国行政强制法", "law", NULL);
  f->law_review = add_law (f->store, "中华人民共和国行政复议法", "law", NULL);
  law_other = add_law (f->store, "某省某某管理办法", "local_government_rule", NULL);
  f->art_penalty = zf_store_add_law_article (f->store, f->law_penalty, "第二十八条", NULL, &error);
  g_assert_no_error (error);
  f->art_outside = zf_store_add_law_article (f->store, law_other, "第三条", NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
count_rule (GPtrArray  *findings,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((ZfFinding *) findings->pdata[i])->rule, rule) == 0)
      n++;
  return n;
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static void
test_catalog (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) before = zf_findings_new ();
  g_autoptr(GPtrArray) after = zf_findings_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfTable) table = NULL;
  gint64 repealed = add_law (f->store, "某县旧条例", "local_regulation", "2020-01-01");

  g_assert_true (zf_store_add_catalog_entry (f->store, 1, f->law_penalty, f->art_penalty, "执法一科", NULL, &error) > 0);
  g_assert_true (zf_store_add_catalog_entry (f->store, 1, repealed, 0, NULL, NULL, &error) > 0);
  g_assert_true (zf_store_check_catalog (f->store, 1, "2024-06-01", before, &error));
  g_assert_cmpuint (count_rule (before, "C1"), ==, 3);
  g_assert_cmpuint (count_rule (before, "C2"), ==, 1);

  zf_store_add_catalog_entry (f->store, 1, f->law_licensing, 0, NULL, NULL, &error);
  zf_store_add_catalog_entry (f->store, 1, f->law_coercion, 0, NULL, NULL, &error);
  zf_store_add_catalog_entry (f->store, 1, f->law_review, 0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (zf_store_check_catalog (f->store, 1, "2024-06-01", after, &error));
  g_assert_cmpuint (count_rule (after, "C1"), ==, 0);

  /* An article of another law is refused. */
  g_assert_cmpint (zf_store_add_catalog_entry (f->store, 1, f->law_review, f->art_penalty, NULL, NULL, &error), ==, 0);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND);

  /* Ordered by legal force: the laws come before the local regulation. */
  table = zf_checklist_table (f->store, ZF_CHECKLIST_LAWS, 1, NULL);
  g_assert_cmpuint (table->rows->len, ==, 5);
  g_assert_cmpstr (zf_table_cell (table, 4, 2), ==, "某县旧条例");
}

static gint64
save_matter (Fixture       *f,
             gint64         body_id,
             const char    *code,
             const gint64  *articles,
             guint          n,
             GError       **error)
{
  g_autoptr(ZfMatter) m = zf_matter_new ();

  g_object_set (m, "body-id", body_id, "code", code, "name", "对无照经营行为的处罚",
                "category", "penalty", "section-id", (gint64) (body_id == 1 ? 1 : 0),
                "enforcement-category", "市场监管", NULL);
  if (!zf_store_save_matter (f->store, m, articles, n, "2024-06-01", error))
    return 0;
  return zf_record_get_id (ZF_RECORD (m));
}

static void
test_matters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfTable) table = NULL;
  g_autoptr(ZfMatter) moved = NULL;
  gint64 outside[] = { f->art_outside };
  gint64 inside[] = { f->art_penalty };
  gint64 id, duty;

  /* C3: no basis, or a basis outside the catalog, is refused. */
  g_assert_cmpint (save_matter (f, 1, "XZCF-001", NULL, 0, &error), ==, 0);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);
  zf_store_add_catalog_entry (f->store, 1, f->law_penalty, 0, "执法一科", NULL, &error);
  g_assert_cmpint (save_matter (f, 1, "XZCF-001", outside, 1, &error), ==, 0);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_nonnull (strstr (error->message, "C3"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM matter"), ==, 0);

  id = save_matter (f, 1, "XZCF-001", inside, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM matter_basis"), ==, 1);

  /* C4: a post of another body is refused; the section and post of this one are fine. */
  g_assert_cmpint (zf_store_assign_duty (f->store, id, 0, 2, 0, &error), ==, 0);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);
  g_assert_cmpint (zf_store_assign_duty (f->store, id, 0, 0, 9, &error), ==, 0);
  g_clear_error (&error);
  /* 孙三 has no post: not on the assigned post. */
  g_assert_cmpint (zf_store_assign_duty (f->store, id, 0, 1, 3, &error), ==, 0);
  g_clear_error (&error);
  duty = zf_store_assign_duty (f->store, id, 1, 1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duty, >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM duty_assignment"), ==, 1);

  g_assert_true (zf_store_check_matters (f->store, 1, "2024-06-01", findings, &error));
  g_assert_cmpuint (findings->len, ==, 0);

  /* Transfer: a document number is required; then the matter moves with its
   * history and the duty left behind is reported. */
  g_assert_false (zf_store_transfer_matters (f->store, &id, 1, 2, "2024-07-01", NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (zf_store_transfer_matters (f->store, &id, 1, 2, "2024-07-01", "某政发〔2024〕3号",
                                            "综合执法改革", &error));
  g_assert_no_error (error);
  moved = zf_store_get_matter (f->store, id, &error);
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (moved), "status"), ==, "transferred");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM matter WHERE body_id = 2 AND status = 'active'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM matter_basis"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM matter_transfer WHERE doc_number IS NOT NULL"), ==, 1);
  g_assert_false (zf_store_transfer_matters (f->store, &id, 1, 2, "2024-07-02", "X", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);

  g_ptr_array_set_size (findings, 0);
  g_assert_true (zf_store_check_matters (f->store, 1, "2024-06-01", findings, &error));
  g_assert_cmpuint (count_rule (findings, "C4"), ==, 1);

  table = zf_checklist_table (f->store, ZF_CHECKLIST_MATTERS, 1, &error);
  g_assert_cmpuint (table->rows->len, ==, 1);
  g_assert_nonnull (strstr (zf_table_cell (table, 0, 15), "综合行政执法局"));
  g_assert_nonnull (strstr (zf_table_cell (table, 0, 4), "第二十八条"));
}

static void
test_leniency (Fixture       *f,
               gconstpointer  data)
{
  static const struct
  {
    gint64      body;
    const char *domain;
    gboolean    saved;
  } cases[] = {
    { 1, "市场监管", TRUE },
    { 1, NULL, TRUE },            /* the body's domain: 市场监管 */
    { 1, "安全生产", FALSE },
    { 1, "生态环境", FALSE },
    { 3, NULL, FALSE },           /* the body's domain: 食品药品 */
    { 3, "市场监管", FALSE },     /* its own domain does not lift the body's */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZfLeniencyEntry) e = zf_leniency_entry_new ();
      g_autoptr(GError) error = NULL;

      g_object_set (e, "body-id", cases[i].body, "list", "no_penalty", "domain", cases[i].domain,
                    "violation", "未按规定公示年度报告", "basis", "行政处罚法第三十三条",
                    "conditions", "首次违法且及时改正", NULL);
      g_assert_cmpint (zf_store_save_leniency_entry (f->store, e, &error), ==, cases[i].saved);
      if (!cases[i].saved)
        {
          g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
          g_assert_nonnull (strstr (error->message, "C5"));
        }
    }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM leniency_entry"), ==, 2);

  /* Stored entries are judged again: a body moved into an excluded domain
   * shows each of its entries. */
  {
    g_autoptr(GPtrArray) findings = zf_findings_new ();
    g_autoptr(GError) error = NULL;

    g_assert_true (zf_store_check_leniency (f->store, 1, findings, &error));
    g_assert_cmpuint (findings->len, ==, 0);
    g_assert_cmpint (sqlite3_exec (zf_store_get_db (f->store),
                                   "UPDATE body SET domain = '疾病预防控制' WHERE id = 1",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_true (zf_store_check_leniency (f->store, 1, findings, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (findings->len, ==, 2);
    for (guint i = 0; i < findings->len; i++)
      {
        ZfFinding *finding = findings->pdata[i];
        g_assert_cmpstr (finding->rule, ==, "C5");
        g_assert_cmpint (finding->severity, ==, ZF_SEVERITY_ERROR);
        g_assert_cmpstr (finding->table, ==, "leniency_entry");
        g_assert_cmpint (finding->row_id, >, 0);
      }
  }
}

static void
test_benchmark (Fixture       *f,
                gconstpointer  data)
{
  static const ZfTierLine good[] = {
    { "slight", 0, 1000 }, { "general", 1000, 5000 }, { "serious", 5000, 8000 }, { "severe", 8000, 10000 },
  };
  static const ZfTierLine outside[] = { { "slight", 0, 1000 }, { "general", 1000, 20000 } };
  static const ZfTierLine gap[] = { { "slight", 0, 1000 }, { "general", 3000, 10000 } };
  static const char *const circumstances[] = { "首次", "一般", "较重", "严重" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = zf_findings_new ();
  g_autoptr(ZfBenchmark) a = zf_benchmark_new ();
  g_autoptr(ZfBenchmark) b = zf_benchmark_new ();
  g_autoptr(ZfBenchmark) c = zf_benchmark_new ();

  g_object_set (a, "body-id", (gint64) 1, "violation", "无照经营", "statutory-min", 0.0,
                "statutory-max", 10000.0, NULL);
  g_assert_true (zf_store_save_benchmark (f->store, a, good, circumstances, 4, warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM benchmark_tier"), ==, 4);

  g_object_set (b, "body-id", (gint64) 1, "violation", "超范围经营", "statutory-min", 0.0,
                "statutory-max", 10000.0, NULL);
  g_assert_false (zf_store_save_benchmark (f->store, b, outside, NULL, 2, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM benchmark"), ==, 1);

  g_object_set (c, "body-id", (gint64) 1, "violation", "未亮照经营", "statutory-min", 0.0,
                "statutory-max", 10000.0, NULL);
  g_assert_true (zf_store_save_benchmark (f->store, c, gap, NULL, 2, warnings, &error));
  g_assert_cmpuint (count_rule (warnings, "C6"), ==, 1);
}

static gint64
add_item_and_targets (Fixture *f,
                      guint    n_targets)
{
  g_autoptr(ZfInspectionItem) item = zf_inspection_item_new ();
  g_autoptr(GError) error = NULL;

  /* A number for the frequency is a ratio in the wrong column: refused. */
  g_object_set (item, "body-id", (gint64) 1, "item", "营业执照公示情况检查", "basis", "企业信息公示暂行条例",
                "ratio", 20.0, "frequency", "30", "enforcement-category", "市场监管", NULL);
  g_assert_false (zf_store_save_inspection_item (f->store, item, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (item, "frequency", "每年一次", NULL);
  g_assert_true (zf_store_save_inspection_item (f->store, item, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_targets; i++)
    {
      g_autoptr(ZfInspectionTarget) t = zf_inspection_target_new ();
      g_autofree char *name = g_strdup_printf ("某某商贸有限公司%02u", i + 1);

      g_object_set (t, "name", name, "domain", "市场监管", NULL);
      g_assert_true (zf_store_save_inspection_target (f->store, t, &error));
      g_assert_no_error (error);
    }
  return zf_record_get_id (ZF_RECORD (item));
}

static void
test_target_credit_code (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ZfInspectionTarget) t = zf_inspection_target_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (t, "name", "某某公司", "credit_code", "91350100M000100Y42", NULL);
  g_assert_false (zf_store_save_inspection_target (f->store, t, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
}

/* The eligible inspectors of the fixture are officers 1, 2, 3, 4 and 8. */
static void
test_draw (Fixture       *f,
           gconstpointer  data)
{
  gint64 item = add_item_and_targets (f, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfTable) stats = NULL;
  g_autoptr(ZfTable) record = NULL;
  gint64 last = 0;

  for (guint64 seed = 1; seed <= 40; seed++)
    {
      ZfDrawRequest request = { .item_id = item, .inspection_date = "2024-06-01",
                                .target_count = 4, .per_target = 2, .seed = seed * 104729 };
      g_autofree char *assigned = NULL;
      gint64 id = zf_store_create_draw (f->store, &request, &error);
      g_autoptr(GPtrArray) check = zf_findings_new ();
      g_autofree char *sql = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      sql = g_strdup_printf ("SELECT count(*) FROM draw_assignment WHERE draw_id = %" G_GINT64_FORMAT
                             " AND officer_id NOT IN (1, 2, 3, 4, 8)", id);
      g_assert_cmpint (query_int (f, sql), ==, 0);
      g_free (sql);
      sql = g_strdup_printf ("SELECT count(*) FROM (SELECT target_id FROM draw_assignment WHERE draw_id = %"
                             G_GINT64_FORMAT " GROUP BY target_id HAVING count(*) = 2)", id);
      g_assert_cmpint (query_int (f, sql), ==, 4);
      g_free (sql);
      /* The previous draw's pairs are never repeated. */
      sql = g_strdup_printf ("SELECT count(*) FROM draw_assignment a JOIN draw_assignment p "
                             "ON p.target_id = a.target_id AND p.officer_id = a.officer_id "
                             "WHERE a.draw_id = %" G_GINT64_FORMAT " AND p.draw_id = %" G_GINT64_FORMAT,
                             id, last);
      g_assert_cmpint (query_int (f, sql), ==, 0);

      g_assert_true (zf_store_verify_draw (f->store, id, &error));
      g_assert_no_error (error);
      g_assert_true (zf_store_check_draw (f->store, id, check, &error));
      g_assert_cmpuint (check->len, ==, 0);
      last = id;
    }

  /* Officers change later: the stored draw still reproduces, and the check
   * reports the suspension. */
  g_assert_cmpint (sqlite3_exec (zf_store_get_db (f->store),
                                 "UPDATE certificate SET status = 'suspended' WHERE officer_id IN (1, 2);"
                                 "UPDATE officer SET name = '改名' WHERE id = 3;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (zf_store_verify_draw (f->store, last, &error));
  g_assert_true (zf_store_check_draw (f->store, last, findings, &error));
  g_assert_cmpuint (count_rule (findings, "C8"), >, 0);

  /* An altered result is detected. */
  g_assert_cmpint (sqlite3_exec (zf_store_get_db (f->store),
                                 "UPDATE draw_assignment SET officer_id = 9 WHERE id = (SELECT max (id) FROM draw_assignment)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (zf_store_verify_draw (f->store, last, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);

  /* Only 4 and 8 remain eligible: 3 per target is refused. */
  {
    ZfDrawRequest request = { .item_id = item, .inspection_date = "2024-06-01",
                              .target_count = 2, .per_target = 3, .seed = 9 };
    g_assert_cmpint (zf_store_create_draw (f->store, &request, &error), ==, 0);
    g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
    g_clear_error (&error);
  }

  g_assert_true (zf_store_set_inspection_plan (f->store, 1, 2024, 500, &error));
  g_ptr_array_set_size (findings, 0);
  stats = zf_checklist_random_statistics (f->store, 2024, findings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats->rows->len, ==, 1);
  g_assert_cmpstr (zf_table_cell (stats, 0, 2), ==, "160");
  g_assert_cmpstr (zf_table_cell (stats, 0, 4), ==, "32.0");
  g_assert_cmpuint (count_rule (findings, "C9"), ==, 0);
  g_assert_true (zf_store_set_inspection_plan (f->store, 1, 2024, 600, &error));
  g_ptr_array_set_size (findings, 0);
  g_clear_pointer (&stats, zf_table_free);
  stats = zf_checklist_random_statistics (f->store, 2024, findings, &error);
  g_assert_cmpuint (count_rule (findings, "C9"), ==, 1);

  /* Results, and a public record without ID numbers or phones. */
  g_assert_true (zf_store_mark_draw_result (f->store, last,
                                            query_int (f, "SELECT min (target_id) FROM draw_result WHERE draw_id = (SELECT max (id) FROM draw)"),
                                            "2024-06-10", "未发现问题", &error));
  g_assert_no_error (error);
  record = zf_checklist_draw_table (f->store, last, &error);
  g_assert_cmpuint (record->rows->len, ==, 4);
  for (guint r = 0; r < record->rows->len; r++)
    for (guint c = 0; c < record->headers->len; c++)
      {
        g_assert_null (strstr (zf_table_cell (record, r, c), "110101199003070014"));
        g_assert_null (strstr (zf_table_cell (record, r, c), "13800000001"));
      }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM draw WHERE instr (inspector_pool, '1380000') > 0 "
                              "OR instr (inspector_pool, '110101') > 0"), ==, 0);
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s%s", argv[0], out, err);
  return out;
}

static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  gint64 item = add_item_and_targets (f, 30);
  ZfDrawRequest request = { .item_id = item, .inspection_date = "2024-06-01",
                            .target_count = 4, .per_target = 2, .seed = 777 };
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->dir, "draw.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "draw.pdf", NULL);
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(ZfTable) record = NULL;
  gint64 id = zf_store_create_draw (f->store, &request, &error);

  g_assert_no_error (error);
  record = zf_checklist_draw_table (f->store, id, &error);
  target = g_strdup (zf_table_cell (record, 2, 1));

  g_assert_true (zf_export_draw_xlsx (f->store, id, xlsx, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { g_getenv ("CHECKLISTS_PYTHON"), g_getenv ("CHECKLISTS_XLSX_CHECKER"), "draw", xlsx, target, "777", NULL };
    g_autofree char *out = run (argv);
    g_assert_cmpstr (out, ==, "ok\n");
  }

  g_assert_true (zf_export_draw_pdf (f->store, id, pdf, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
    const char *info_argv[] = { "pdfinfo", pdf, NULL };
    text = run (argv);
    info = run (info_argv);
  }
  g_assert_nonnull (strstr (text, "Double-random draw record"));
  /* A target's name wraps in its column: whole in drawing order. */
  {
    const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
    g_autofree char *raw = run (argv);
    g_autoptr(GString) joined = g_string_new (NULL);

    for (const char *p = raw; *p; p++)
      if (!g_ascii_isspace (*p))
        g_string_append_c (joined, *p);
    g_assert_nonnull (strstr (joined->str, target));
  }
  g_assert_nonnull (strstr (text, "ZF-000"));
  g_assert_null (strstr (text, "13800000001"));
  /* The house style: page numbers, the status column named for what it holds. */
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_nonnull (strstr (text, "— 1 —"));
  g_assert_nonnull (strstr (text, "Inspection"));
}

static void
check_register (Fixture             *f,
                ZfChecklistRegister  reg,
                const char          *title,
                const char          *rows,
                const char          *cell1,
                const char          *cell2)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s.xlsx", zf_checklist_register_name (reg));
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *argv[] = { g_getenv ("CHECKLISTS_PYTHON"), g_getenv ("CHECKLISTS_XLSX_CHECKER"),
                         "register", path, title, rows, cell1, cell2, NULL };
  g_autofree char *out = NULL;

  g_assert_true (zf_export_checklist_xlsx (f->store, reg, 1, path, &error));
  g_assert_no_error (error);
  out = run (argv);
  g_assert_cmpstr (out, ==, "ok\n");
}

/* Every register in the standard layout, read back cell by cell: dates
 * and amounts as Excel values, codes as their labels. */
static void
test_register_exports (Fixture       *f,
                       gconstpointer  data)
{
  static const ZfTierLine tiers[] = { { "slight", 0, 1000 }, { "general", 1000, 10000 } };
  static const char *const circumstances[] = { "首次", "多次" };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfLeniencyEntry) e = zf_leniency_entry_new ();
  g_autoptr(ZfBenchmark) b = zf_benchmark_new ();
  g_autoptr(ZfLaw) law = zf_law_new ();
  g_autofree char *stats = g_build_filename (f->dir, "stats.xlsx", NULL);
  gint64 inside[] = { f->art_penalty };
  ZfChecklistRegister reg;

  g_assert_true (zf_checklist_register_from_name ("benchmarks", &reg));
  g_assert_cmpint (reg, ==, ZF_CHECKLIST_BENCHMARKS);
  g_assert_false (zf_checklist_register_from_name ("bodies", &reg));

  g_object_set (law, "title", "某省市场监督管理条例", "level", "local_regulation",
                "effective", "2021-03-01", NULL);
  g_assert_true (zf_store_save_law (f->store, law, &error));
  zf_store_add_catalog_entry (f->store, 1, zf_record_get_id (ZF_RECORD (law)), 0, "执法一科", NULL, &error);
  zf_store_add_catalog_entry (f->store, 1, f->law_penalty, f->art_penalty, "执法一科", NULL, &error);
  g_assert_no_error (error);
  check_register (f, ZF_CHECKLIST_LAWS, "Catalog of legal bases", "2",
                  "Level=Law@1", "Effective=date:2021-03-01@2");

  g_assert_cmpint (save_matter (f, 1, "XZCF-001", inside, 1, &error), >, 0);
  check_register (f, ZF_CHECKLIST_MATTERS, "Enforcement matters", "1",
                  "Category=Administrative penalty@1", "Basis=《中华人民共和国行政处罚法》第二十八条@1");

  g_object_set (e, "body-id", (gint64) 1, "list", "lighter", "violation", "未按规定公示年度报告",
                "basis", "行政处罚法第三十二条", "conditions", "主动消除危害后果", NULL);
  g_assert_true (zf_store_save_leniency_entry (f->store, e, &error));
  check_register (f, ZF_CHECKLIST_LENIENCY, "Four lists", "1",
                  "List=Lighter penalty@1", "Domain=市场监管@1");

  g_object_set (b, "body-id", (gint64) 1, "violation", "无照经营", "statutory-min", 0.0,
                "statutory-max", 10000.0, NULL);
  g_assert_true (zf_store_save_benchmark (f->store, b, tiers, circumstances, 2, NULL, &error));
  check_register (f, ZF_CHECKLIST_BENCHMARKS, "Discretion benchmarks", "2",
                  "Tier maximum=num:10000@2", "Unit=Yuan@1");

  add_item_and_targets (f, 3);
  check_register (f, ZF_CHECKLIST_ITEMS, "Random inspection items", "1",
                  "Ratio (%)=num:20@1", "Inspecting body=某县市场监督管理局@1");
  check_register (f, ZF_CHECKLIST_TARGETS, "Directory of inspection targets", "3",
                  "Name=某某商贸有限公司01@1", "Domain=市场监管@3");

  /* Statistics: 2 drawn of 5 planned (40%) meet the 30% floor; of 10 not. */
  {
    ZfDrawRequest request = { .item_id = query_int (f, "SELECT max (id) FROM inspection_item"),
                              .inspection_date = "2024-06-01", .target_count = 2,
                              .per_target = 2, .seed = 5 };
    const char *argv[] = { g_getenv ("CHECKLISTS_PYTHON"), g_getenv ("CHECKLISTS_XLSX_CHECKER"),
                           "stats", stats, "某县市场监督管理局", NULL, NULL, NULL };
    g_autofree char *out = NULL;

    g_assert_cmpint (zf_store_create_draw (f->store, &request, &error), >, 0);
    g_assert_no_error (error);
    g_assert_true (zf_store_set_inspection_plan (f->store, 1, 2024, 5, &error));
    g_assert_true (zf_export_random_statistics_xlsx (f->store, 2024, stats, &error));
    g_assert_no_error (error);
    argv[5] = "40.0";
    argv[6] = "Yes";
    out = run (argv);
    g_assert_cmpstr (out, ==, "ok\n");
    g_assert_true (zf_store_set_inspection_plan (f->store, 1, 2024, 10, &error));
    g_assert_true (zf_export_random_statistics_xlsx (f->store, 2024, stats, &error));
    argv[5] = "20.0";
    argv[6] = "No";
    g_free (out);
    out = run (argv);
    g_assert_cmpstr (out, ==, "ok\n");
  }
}

/* What the editors read back: a law saved with its articles lands in the
 * body's catalog once, the basis picker offers exactly what C3 accepts,
 * tiers and draw results come back in order; a refused article saves
 * nothing. */
static void
test_editor_reads (Fixture       *f,
                   gconstpointer  data)
{
  static const char *const articles[] = { "第三十条", "第三十一条" };
  static const char *const contents[] = { "无照经营的，责令改正。", NULL };
  static const char *const bad[] = { "第一条", "" };
  static const ZfTierLine tiers[] = { { "general", 1000, 5000 }, { "slight", 0, 1000 } };
  static const char *const circumstances[] = { "多次", "首次" };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfLaw) law = zf_law_new ();
  g_autoptr(ZfLaw) refused = zf_law_new ();
  g_autoptr(ZfBenchmark) b = zf_benchmark_new ();
  g_autoptr(GPtrArray) refs = NULL;
  g_autoptr(GPtrArray) offered = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) basis = NULL;
  ZfDrawRequest request = { .inspection_date = "2024-06-01", .target_count = 2,
                            .per_target = 2, .seed = 11 };
  gint64 ids[1];
  gint64 matter, draw;

  g_object_set (law, "title", "无证无照经营查处办法", "level", "administrative_regulation", NULL);
  g_assert_true (zf_store_save_law_with_articles (f->store, law, articles, contents, 2, 1,
                                                  "执法一科", NULL, &error));
  g_assert_no_error (error);
  /* Saved again (an edit): the catalog keeps one entry. */
  g_assert_true (zf_store_save_law_with_articles (f->store, law, articles, contents, 2, 1,
                                                  NULL, NULL, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM body_catalog WHERE law_id = "
                              "(SELECT max (id) FROM law)"), ==, 1);
  refs = zf_store_list_law_articles (f->store, zf_record_get_id (ZF_RECORD (law)), &error);
  g_assert_cmpuint (refs->len, ==, 2);
  g_assert_cmpstr (((ZfArticleRef *) refs->pdata[0])->article, ==, "第三十条");
  g_assert_cmpstr (((ZfArticleRef *) refs->pdata[0])->content, ==, "无照经营的，责令改正。");
  g_assert_null (((ZfArticleRef *) refs->pdata[1])->content);

  /* An article without its number: nothing of the law is saved. */
  g_object_set (refused, "title", "某某暂行规定", "level", "department_rule", NULL);
  g_assert_false (zf_store_save_law_with_articles (f->store, refused, bad, NULL, 2, 1, NULL,
                                                   NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (refused)), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM law WHERE title = '某某暂行规定'"), ==, 0);

  /* Body 1 is offered the whole new law; body 2, whose catalog is empty,
   * nothing. The penalty law's article enters through its own entry. */
  zf_store_add_catalog_entry (f->store, 1, f->law_penalty, f->art_penalty, NULL, NULL, &error);
  g_assert_no_error (error);
  offered = zf_store_list_catalog_articles (f->store, 1, &error);
  g_assert_cmpuint (offered->len, ==, 3);
  g_assert_cmpint (((ZfArticleRef *) offered->pdata[0])->id, ==, f->art_penalty);
  g_assert_cmpstr (((ZfArticleRef *) offered->pdata[1])->title, ==, "无证无照经营查处办法");
  g_clear_pointer (&offered, g_ptr_array_unref);
  offered = zf_store_list_catalog_articles (f->store, 2, &error);
  g_assert_cmpuint (offered->len, ==, 0);

  ids[0] = ((ZfArticleRef *) refs->pdata[1])->id;
  matter = save_matter (f, 1, "XZCF-009", ids, 1, &error);
  g_assert_no_error (error);
  basis = zf_store_get_matter_basis (f->store, matter, &error);
  g_assert_cmpuint (basis->len, ==, 1);
  g_assert_cmpint (g_array_index (basis, gint64, 0), ==, ids[0]);

  g_object_set (b, "body-id", (gint64) 1, "violation", "无照经营", "statutory-min", 0.0,
                "statutory-max", 5000.0, NULL);
  g_assert_true (zf_store_save_benchmark (f->store, b, tiers, circumstances, 2, NULL, &error));
  rows = zf_store_list_benchmark_tiers (f->store, zf_record_get_id (ZF_RECORD (b)), &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((ZfTierRow *) rows->pdata[0])->tier, ==, "slight");
  g_assert_cmpstr (((ZfTierRow *) rows->pdata[0])->circumstances, ==, "首次");
  g_assert_cmpfloat (((ZfTierRow *) rows->pdata[1])->range_max, ==, 5000);
  g_clear_pointer (&rows, g_ptr_array_unref);

  request.item_id = add_item_and_targets (f, 4);
  draw = zf_store_create_draw (f->store, &request, &error);
  g_assert_no_error (error);
  rows = zf_store_list_draw_results (f->store, draw, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      ZfDrawResultRow *row = rows->pdata[i];

      g_assert_cmpuint (row->position, ==, i + 1);
      g_assert_false (row->done);
      g_assert_nonnull (strstr (row->inspectors, "、"));
      g_assert_null (strstr (row->inspectors, "13800000001"));
    }
  g_assert_true (zf_store_mark_draw_result (f->store, draw,
                                            ((ZfDrawResultRow *) rows->pdata[1])->target_id,
                                            "2024-06-03", "责令整改", &error));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = zf_store_list_draw_results (f->store, draw, &error);
  g_assert_true (((ZfDrawResultRow *) rows->pdata[1])->done);
  g_assert_cmpstr (((ZfDrawResultRow *) rows->pdata[1])->findings, ==, "责令整改");
  g_assert_cmpstr (((ZfDrawResultRow *) rows->pdata[1])->done_date, ==, "2024-06-03");
  g_assert_false (((ZfDrawResultRow *) rows->pdata[0])->done);

  /* Several results at once: one bad date and none is written. */
  {
    ZfDrawResultRow *first = rows->pdata[0];
    ZfDrawResultRow *second = rows->pdata[1];

    first->done = TRUE;
    g_free (first->done_date);
    first->done_date = g_strdup ("2024-06-04");
    g_free (second->done_date);
    second->done_date = g_strdup ("6月5日");
    g_assert_false (zf_store_mark_draw_results (f->store, draw, rows, &error));
    g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM draw_result WHERE done_date = '2024-06-04'"),
                     ==, 0);
    g_free (second->done_date);
    second->done_date = g_strdup ("2024-06-05");
    g_assert_true (zf_store_mark_draw_results (f->store, draw, rows, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM draw_result WHERE done AND done_date "
                                "IN ('2024-06-04', '2024-06-05')"), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/checklists-store/catalog", test_catalog);
  ADD ("/checklists-store/matters", test_matters);
  ADD ("/checklists-store/leniency", test_leniency);
  ADD ("/checklists-store/benchmark", test_benchmark);
  ADD ("/checklists-store/target-credit-code", test_target_credit_code);
  ADD ("/checklists-store/draw", test_draw);
  ADD ("/checklists-store/exports", test_exports);
  ADD ("/checklists-store/register-exports", test_register_exports);
  ADD ("/checklists-store/editor-reads", test_editor_reads);
#undef ADD

  return g_test_run ();
}
