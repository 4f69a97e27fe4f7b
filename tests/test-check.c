/* The one check over every register (zf-check.c), the titles of the
 * documents findings cite (zf-clause.c) and `zhifa-cli check` over a small
 * fixture database. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "case-fixture.h"
#include "zf-check.h"
#include "zf-clause.h"
#include "zf-error.h"
#include "zf-store-officers.h"
#include "zf-test-util.h"

/* ── The titles of the sources ─────────────────────────────────────────── */

static const struct
{
  const char *clause;
  const char *shown;
} clause_cases[] = {
  { "S0 §二(二)", "《关于加强基层法治队伍建设的实施意见》二(二)" },
  { "S1 §二(三)4; S0 §四(四)",
    "《华容区开展行政执法协调监督体系工作的实施方案》二(三)4；《关于加强基层法治队伍建设的实施意见》四(四)" },
  { "S2 §三(二)4", "《关于开展诚信行政执法单位创建活动的实施意见》三(二)4" },
  { "S3 §二(一)1", "《沽源县深入推行行政执法责任制实施方案》二(一)1" },
  { "S4", "《县农业局法治政府建设情况报告》" },
  { "行政处罚法 §42", "《中华人民共和国行政处罚法》第四十二条" },
  { "行政处罚法 §60", "《中华人民共和国行政处罚法》第六十条" },
  { "行政处罚法 §20", "《中华人民共和国行政处罚法》第二十条" },
  { "行政许可法 §82", "《中华人民共和国行政许可法》第八十二条" },
  { "行政许可法 §10", "《中华人民共和国行政许可法》第十条" },
  { "行政许可法 §11", "《中华人民共和国行政许可法》第十一条" },
  { "行政处罚法 §101", "《中华人民共和国行政处罚法》第一百零一条" },
  { "行政处罚法 §110", "《中华人民共和国行政处罚法》第一百一十条" },
  { "行政处罚法", "《中华人民共和国行政处罚法》" },
  { "GB 32100", "GB 32100《法人和其他组织统一社会信用代码编码规则》" },
  { "GB 11643", "GB 11643《公民身份号码》" },
  { "GB/T 2260", "GB/T 2260《中华人民共和国行政区划代码》" },
  /* What the table does not know stays as written; a shown clause too. */
  { "《某某办法》第三条", "《某某办法》第三条" },
  { "《关于加强基层法治队伍建设的实施意见》二(二)", "《关于加强基层法治队伍建设的实施意见》二(二)" },
  { "S10 §一", "S10 §一" },
  { "", "" },
};

static void
test_clause_display (void)
{
  g_assert_null (zf_clause_display (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (clause_cases); i++)
    {
      g_autofree char *shown = zf_clause_display (clause_cases[i].clause);

      g_assert_cmpstr (shown, ==, clause_cases[i].shown);
    }
  g_assert_cmpstr (zf_source_title ("S0"), ==, "《关于加强基层法治队伍建设的实施意见》");
  g_assert_null (zf_source_title ("S9"));
}

/* A finding's line names the document, never its code. */
static void
test_finding_line (void)
{
  g_autoptr(ZfFinding) f = zf_finding_new ("E3", "S0 §二(二)", ZF_SEVERITY_ERROR, "m");
  g_autofree char *line = zf_finding_to_string (f);

  g_assert_cmpstr (line, ==, "E3 (《关于加强基层法治队伍建设的实施意见》二(二)): m");
}

/* ── Rule codes ─────────────────────────────────────────────────────────── */

static void
test_rule_codes_unique (void)
{
  const char *const *codes = zf_check_rule_codes ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (; codes[n] != NULL; n++)
    {
      g_assert_false (g_hash_table_contains (seen, codes[n]));
      g_hash_table_add (seen, (gpointer) codes[n]);
      g_assert_nonnull (zf_check_rule_family (codes[n]));
    }
  g_assert_cmpuint (n, >=, 40);
  /* The case file's own fields are E0, not C0 of the checklist series. */
  g_assert_cmpstr (zf_check_rule_family ("E0"), ==, "cases");
  g_assert_null (zf_check_rule_family ("C0"));
  g_assert_cmpstr (zf_check_rule_family ("C1"), ==, "checklists");
  g_assert_cmpstr (zf_check_rule_family ("C9"), ==, "random-share");
  g_assert_cmpstr (zf_check_rule_family ("V1"), ==, "officers");
}

static const struct
{
  const char *filter;
  const char *rule;
  gboolean    matches;
} match_cases[] = {
  { NULL, "E3", TRUE },
  { "", "E3", TRUE },
  { "E3", "E3", TRUE },
  { "e3", "E3", TRUE },
  { "E3", "E30", FALSE },
  { "E", "E3", TRUE },
  { "E", "E0", TRUE },
  { "E", "ES1", FALSE },
  { "E", "EV1", FALSE },
  { "R", "R10", TRUE },
  { "R1", "R10", FALSE },
  { "R10", "R1", FALSE },
  { "ES", "ES1", TRUE },
  { "C", "C9", TRUE },
  { "B", "E1", FALSE },
  { "E3", NULL, FALSE },
};

static void
test_rule_matches (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (match_cases); i++)
    g_assert_cmpint (zf_check_rule_matches (match_cases[i].filter, match_cases[i].rule), ==,
                     match_cases[i].matches);
}

static void
test_counts (void)
{
  g_autoptr(ZfCheckCounts) counts = zf_check_counts_new ();
  g_autoptr(GPtrArray) rules = NULL;

  zf_check_counts_add (counts, "R10", ZF_SEVERITY_WARNING, FALSE);
  zf_check_counts_add (counts, "E3", ZF_SEVERITY_ERROR, FALSE);
  zf_check_counts_add (counts, "E3", ZF_SEVERITY_ERROR, FALSE);
  zf_check_counts_add (counts, "B1", ZF_SEVERITY_WARNING, FALSE);
  zf_check_counts_add (counts, "R2", ZF_SEVERITY_WARNING, TRUE);
  zf_check_counts_add (counts, "E1", ZF_SEVERITY_INFO, FALSE);

  rules = zf_check_counts_rules (counts);
  /* The registry's order: bodies, officers (R2 before R10), cases. */
  g_assert_cmpuint (rules->len, ==, 5);
  g_assert_cmpstr (rules->pdata[0], ==, "B1");
  g_assert_cmpstr (rules->pdata[1], ==, "R2");
  g_assert_cmpstr (rules->pdata[2], ==, "R10");
  g_assert_cmpstr (rules->pdata[3], ==, "E1");
  g_assert_cmpstr (rules->pdata[4], ==, "E3");
  g_assert_cmpuint (zf_check_counts_get (counts, "E3", ZF_SEVERITY_ERROR), ==, 2);
  g_assert_cmpuint (zf_check_counts_get (counts, "E3", ZF_SEVERITY_WARNING), ==, 0);
  g_assert_cmpuint (zf_check_counts_get (counts, "R2", ZF_SEVERITY_WARNING), ==, 0);
  g_assert_cmpuint (zf_check_counts_get_proposals (counts, "R2"), ==, 1);
  g_assert_cmpuint (zf_check_counts_total (counts, ZF_SEVERITY_ERROR), ==, 2);
  g_assert_cmpuint (zf_check_counts_total (counts, ZF_SEVERITY_WARNING), ==, 2);
  g_assert_cmpuint (zf_check_counts_total (counts, ZF_SEVERITY_INFO), ==, 1);
  g_assert_cmpuint (zf_check_counts_get_proposals (counts, NULL), ==, 1);
}

/* ── The run over a fixture ─────────────────────────────────────────────── */

/* Body 2's case 乙农罚〔2024〕2号 has one handling officer without a card
 * (E2, E3 errors); body 2 planned 10 inspections in 2024 and drew none (C9). */
static const char bad_case_sql[] =
  "INSERT INTO case_file (id, body_id, number, category, procedure, party_name, party_kind, "
  "  matter_id, filed_date, investigated_date, notified_date, decided_date, year) VALUES "
  "  (50, 2, '乙农罚〔2024〕2号', 'penalty', 'ordinary', '某农资店', 'organization', 2, "
  "   '2024-05-01', '2024-05-03', '2024-05-10', '2024-05-20', 2024);"
  "INSERT INTO case_officer (case_id, officer_id) VALUES (50, 4);"
  "INSERT INTO inspection_plan (body_id, year, planned) VALUES (2, 2024, 10);";

typedef struct
{
  GPtrArray *lines;   /* "family rule severity body subject" */
  guint      n_info;
  guint      n_errors;
  guint      stop_after;
} Collected;

static gboolean
collect (const ZfCheckItem *item,
         gpointer           user_data)
{
  Collected *c = user_data;

  g_assert_nonnull (item->finding->rule);
  g_assert_nonnull (item->family);
  g_assert_cmpstr (zf_check_rule_family (item->finding->rule), ==, item->family);
  /* Every finding cites its clause. */
  g_assert_true (item->finding->clause != NULL && *item->finding->clause != '\0');
  g_assert_true (item->finding->message != NULL && *item->finding->message != '\0');
  if (item->finding->severity == ZF_SEVERITY_INFO && !item->proposal)
    c->n_info++;
  if (item->finding->severity == ZF_SEVERITY_ERROR && !item->proposal)
    c->n_errors++;
  g_ptr_array_add (c->lines, g_strdup_printf ("%s %s %d %" G_GINT64_FORMAT " %s", item->family,
                                              item->finding->rule, item->finding->severity,
                                              item->body_id, item->subject));
  return c->stop_after == 0 || c->lines->len < c->stop_after;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *prefix,
          const char *part)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], prefix) &&
        (part == NULL || strstr (lines->pdata[i], part) != NULL))
      return TRUE;
  return FALSE;
}

static ZfStore *
open_fixture (char **path)
{
  ZfStore *store = case_fixture_open (path);

  case_fixture_good_case (store, "甲市监罚〔2024〕1号");
  case_fixture_exec (store, bad_case_sql);
  return store;
}

static void
test_run (void)
{
  g_autofree char *path = NULL;
  ZfStore *store = open_fixture (&path);
  g_autoptr(ZfCheckCounts) counts = zf_check_counts_new ();
  g_autoptr(GError) error = NULL;
  Collected c = { g_ptr_array_new_with_free_func (g_free), 0, 0, 0 };
  ZfCheckOptions options;

  zf_check_options_init (&options);
  options.as_of = "2024-12-31";
  g_assert_true (zf_check_run (store, &options, collect, &c, counts, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < c.lines->len; i++)
    g_test_message ("%s", (const char *) c.lines->pdata[i]);

  /* Every family ran: bodies (no credit code: B1), officers, cases, the share. */
  g_assert_true (has_line (c.lines, "bodies B", NULL));
  g_assert_true (has_line (c.lines, "officers ", NULL));
  g_assert_true (has_line (c.lines, "cases E2 2 2 ", "乙农罚〔2024〕2号"));
  g_assert_true (has_line (c.lines, "cases E3 2 2 ", "赵四") ||
                 has_line (c.lines, "cases E3 2 2 ", "乙农罚〔2024〕2号"));
  g_assert_true (has_line (c.lines, "random-share C9 1 2 ", "2024"));
  /* The good case passes every check. */
  g_assert_false (has_line (c.lines, "cases", "甲市监罚〔2024〕1号"));
  g_assert_cmpuint (c.n_info, ==, 0);
  g_assert_cmpuint (zf_check_counts_total (counts, ZF_SEVERITY_ERROR), ==, c.n_errors);
  g_assert_cmpuint (zf_check_counts_get (counts, "E2", ZF_SEVERITY_ERROR), ==, 1);
  g_assert_cmpuint (zf_check_counts_get (counts, "C9", ZF_SEVERITY_WARNING), ==, 1);

  /* C9 judges a year once it has ended: as of its last day, not the day
   * before, when its share is still being made. */
  g_ptr_array_set_size (c.lines, 0);
  options.as_of = "2024-12-30";
  options.rule = "C9";
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_false (has_line (c.lines, "random-share", NULL));
  options.as_of = "2025-06-30";
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_true (has_line (c.lines, "random-share C9 1 2 ", "2024"));
  options.as_of = "2024-12-31";

  /* --rule: one rule, or one series. */
  g_ptr_array_set_size (c.lines, 0);
  options.rule = "E2";
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_cmpuint (c.lines->len, ==, 1);
  g_assert_true (has_line (c.lines, "cases E2 2 2 ", NULL));
  g_ptr_array_set_size (c.lines, 0);
  options.rule = "E";
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  for (guint i = 0; i < c.lines->len; i++)
    g_assert_true (g_str_has_prefix (c.lines->pdata[i], "cases E"));
  g_assert_cmpuint (c.lines->len, >=, 2);

  /* --body: only body 1's rows; its good case and body 2's case are gone. */
  g_ptr_array_set_size (c.lines, 0);
  options.rule = NULL;
  options.body_id = 1;
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_false (has_line (c.lines, "cases", NULL));
  g_assert_false (has_line (c.lines, "random-share", NULL));
  for (guint i = 0; i < c.lines->len; i++)
    g_assert_nonnull (strstr (c.lines->pdata[i], " 1 "));

  /* --all: information findings too. */
  g_ptr_array_set_size (c.lines, 0);
  options.body_id = 0;
  options.include_info = TRUE;
  case_fixture_exec (store, "UPDATE case_file SET matter_id = NULL WHERE id = 50");
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_cmpuint (c.n_info, >, 0);

  /* The callback stops the run. */
  g_ptr_array_set_size (c.lines, 0);
  c.stop_after = 2;
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_cmpuint (c.lines->len, ==, 2);

  /* An unknown rule and a date that is not one are refused. */
  options.rule = "Q7";
  g_assert_false (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  options.rule = NULL;
  options.as_of = "2024-02-30";
  g_assert_false (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);

  g_ptr_array_unref (c.lines);
  case_fixture_close (store, g_steal_pointer (&path));
}

/* ── Draws judged on the day of the inspection ─────────────────────────── */

/* 张一's card was suspended from 2024-03-01 to 2024-09-01 (returned the
 * day before the second date); 王三's expired after 2027-12-31; 李二's is
 * valid throughout. Each draw is made (created_at) a week before its
 * inspection. */
static const char draws_sql[] =
  "INSERT INTO officer_event (officer_id, certificate_id, kind, date, hours, passed) VALUES"
  "  (1, 1, 'applied', '2021-12-01', NULL, NULL), (1, 1, 'issued', '2022-01-01', NULL, NULL),"
  "  (1, 1, 'suspension', '2024-03-01', NULL, NULL), (1, 1, 'training', '2024-06-01', 40, NULL),"
  "  (1, 1, 'exam', '2024-07-01', NULL, 1), (1, 1, 'return', '2024-09-01', NULL, NULL);"
  "INSERT INTO inspection_item (id, body_id, item) VALUES (1, 1, '产品质量监督抽查');"
  "INSERT INTO inspection_target (id, name) VALUES (1, '某甲商店'), (2, '某乙商店');";

static const struct
{
  const char *inspection;
  const char *made;
  gint64      officers[2];
  guint       c8;           /* C8 errors as judged on the inspection date */
} draw_cases[] = {
  { "2024-02-29", "2024-02-22", { 1, 2 }, 0 },  /* the day before the suspension */
  { "2024-03-01", "2024-02-23", { 1, 2 }, 1 },  /* its first day */
  { "2024-08-31", "2024-08-24", { 1, 2 }, 1 },  /* its last day */
  { "2024-09-01", "2024-08-25", { 1, 2 }, 0 },  /* returned */
  { "2027-12-31", "2027-12-24", { 2, 3 }, 0 },  /* 王三's last valid day */
  { "2028-01-01", "2027-12-25", { 2, 3 }, 2 },  /* both expired */
};

static guint
count_lines (GPtrArray  *lines,
             const char *prefix,
             const char *part)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], prefix) && strstr (lines->pdata[i], part) != NULL)
      n++;
  return n;
}

/* The officers' stream hands each officer exactly the events a query of
 * his own gives, in the same order. */
static gboolean
compare_history (ZfOfficer *officer,
                 GPtrArray *events,
                 gpointer   user_data)
{
  ZfStore *store = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = zf_store_list_officer_events (store,
                                                           zf_record_get_id (ZF_RECORD (officer)),
                                                           FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, own->len);
  /* The stream uses its event objects again for the next officer: each
   * holds its own row's values whole. */
  for (guint i = 0; i < own->len; i++)
    {
      ZfOfficerEvent *e = events->pdata[i], *o = own->pdata[i];

      g_assert_cmpint (zf_record_get_id (ZF_RECORD (e)), ==, zf_record_get_id (ZF_RECORD (o)));
      g_assert_cmpstr (zf_officer_event_get_kind (e), ==, zf_officer_event_get_kind (o));
      g_assert_cmpstr (zf_officer_event_get_date (e), ==, zf_officer_event_get_date (o));
      g_assert_cmpint (zf_officer_event_get_passed (e), ==, zf_officer_event_get_passed (o));
      g_assert_cmpstr (zf_officer_event_get_grade (e), ==, zf_officer_event_get_grade (o));
    }
  return TRUE;
}

/* Every officer's events through the stream, which fills the same event
 * objects again officer after officer: three officers with events of
 * different kinds, one with none between them. */
static void
test_history_stream (void)
{
  g_autofree char *path = NULL;
  ZfStore *store = case_fixture_open (&path);
  g_autoptr(GError) error = NULL;

  case_fixture_exec (store,
    "INSERT INTO officer_event (officer_id, kind, date, hours) VALUES "
    "  (1, 'training', '2024-03-01', 8), (1, 'training', '2024-05-01', 16), "
    "  (3, 'training', '2023-02-01', 4);"
    "INSERT INTO officer_event (officer_id, kind, date, grade, assessment_year) VALUES "
    "  (1, 'assessment', '2024-01-10', 'excellent', 2023), "
    "  (3, 'assessment', '2022-01-10', 'competent', 2021);"
    "INSERT INTO officer_event (officer_id, kind, date, passed) VALUES "
    "  (3, 'capability_test', '2024-06-01', 0), (1, 'capability_test', '2024-07-01', 1);");
  g_assert_true (zf_store_foreach_officer_history (store, 0, NULL, compare_history, store, &error));
  g_assert_no_error (error);
  case_fixture_close (store, g_steal_pointer (&path));
}

static void
test_draws_on_the_day (void)
{
  g_autofree char *path = NULL;
  ZfStore *store = case_fixture_open (&path);
  g_autoptr(GError) error = NULL;
  Collected c = { g_ptr_array_new_with_free_func (g_free), 0, 0, 0 };
  ZfCheckOptions options;

  case_fixture_exec (store, draws_sql);
  for (guint i = 0; i < G_N_ELEMENTS (draw_cases); i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO draw (id, item_id, body_id, inspection_date, seed, algorithm, target_count, "
        "  target_pool, inspector_pool, created_at) VALUES (%u, 1, 1, '%s', 7, 1, 1, '[]', '[]', "
        "  '%sT10:00:00');"
        "INSERT INTO draw_assignment (draw_id, target_id, officer_id, position) VALUES "
        "  (%u, 1, %" G_GINT64_FORMAT ", 1), (%u, 1, %" G_GINT64_FORMAT ", 1);",
        i + 1, draw_cases[i].inspection, draw_cases[i].made,
        i + 1, draw_cases[i].officers[0], i + 1, draw_cases[i].officers[1]);

      case_fixture_exec (store, sql);
    }
  {
    g_autoptr(GError) local = NULL;

    g_assert_true (zf_store_foreach_officer_history (store, 0, NULL, compare_history, store, &local));
    g_assert_no_error (local);
  }
  /* Today the register says 张一's card is valid and 王三's expired. */
  case_fixture_exec (store, "UPDATE certificate SET status = 'expired' WHERE id = 3;");

  zf_check_options_init (&options);
  options.rule = "C8";
  options.as_of = "2030-01-01";
  g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < c.lines->len; i++)
    g_test_message ("%s", (const char *) c.lines->pdata[i]);
  for (guint i = 0; i < G_N_ELEMENTS (draw_cases); i++)
    {
      g_test_message ("draw of %s", draw_cases[i].inspection);
      g_assert_cmpuint (count_lines (c.lines, "draws C8 2 1 ", draw_cases[i].inspection), ==,
                        draw_cases[i].c8);
    }

  /* As of a date, the draws made after it are left out: the draw for
   * 2024-03-01 was made on 2024-02-23. */
  for (guint i = 0; i < 2; i++)
    {
      g_ptr_array_set_size (c.lines, 0);
      options.as_of = i == 0 ? "2024-02-22" : "2024-02-23";
      g_assert_true (zf_check_run (store, &options, collect, &c, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count_lines (c.lines, "draws C8 2 1 ", "2024-03-01"), ==, i == 0 ? 0 : 1);
    }

  g_ptr_array_unref (c.lines);
  case_fixture_close (store, g_steal_pointer (&path));
}

/* ── Evaluation rows as stored ──────────────────────────────────────────── */

/* Rows the save would refuse, written around it (an older version, an
 * import): standard 91 is sound; 92's items add up to 80 of its group's
 * 100 (ES1); 93's pass mark is above its excellent mark (ES2). Evaluation
 * 1 is sound; 2 has no evaluator (EV1); 3 deducts on an item of another
 * standard (EV1); 4 has no evaluator but is dated 2025 (left out as of
 * 2024). Rectification 1 is sound; 2 has no problem and no deadline
 * (RL1 twice). */
static const char evaluation_sql[] =
  "INSERT INTO standard (id, family, category, name, total_points, excellent_min, pass_min) VALUES"
  "  (91, 'sound', 'penalty', '处罚案卷评查标准', 100, 90, 60),"
  "  (92, 'short', 'penalty', '旧处罚案卷评查标准', 100, 90, 60),"
  "  (93, 'bands', 'penalty', '另一处罚案卷评查标准', 100, 90, 95);"
  "INSERT INTO standard_group (id, standard_id, name, points) VALUES"
  "  (1, 91, '内容', 100), (2, 92, '内容', 100), (3, 93, '内容', 100);"
  "INSERT INTO standard_item (id, standard_id, group_id, name, max_points, deduction_step) VALUES"
  "  (1, 91, 1, '事实认定', 60, 1), (2, 91, 1, '程序', 40, 1),"
  "  (3, 92, 2, '事实认定', 80, 1), (4, 93, 3, '事实认定', 100, 1);"
  "INSERT INTO evaluation (id, case_id, standard_id, mode, evaluator, date, score, grade) VALUES"
  "  (1, 1, 91, 'self', '评查员', '2024-07-01', 98, 'excellent'),"
  "  (2, 1, 91, 'self', NULL, '2024-07-02', 100, 'excellent'),"
  "  (3, 1, 91, 'central', '评查员', '2024-07-03', 95, 'excellent'),"
  "  (4, 1, 91, 'self', '', '2025-01-01', 100, 'excellent');"
  "INSERT INTO evaluation_item (evaluation_id, item_id, deduction) VALUES (1, 1, 2), (3, 3, 5);"
  "INSERT INTO rectification (id, body_id, case_id, problem, deadline, created_at) VALUES"
  "  (1, 1, 1, '未附送达回证', '2024-09-30', '2024-07-05T09:00:00'),"
  "  (2, 1, 1, '', NULL, '2024-07-05T09:00:00');";

static const struct
{
  const char *as_of;
  gint64      body_id;
  guint       es1, es2, ev1, rl1;
} evaluation_cases[] = {
  { "2025-06-30", 0, 1, 1, 3, 2 },
  { "2024-12-31", 0, 1, 1, 2, 2 },   /* evaluation 4 is later */
  { "2024-07-02", 0, 1, 1, 1, 0 },   /* 3 and the ledger's rows too */
  { "2025-06-30", 1, 0, 0, 3, 2 },   /* a body's rows: standards are nobody's */
  { "2025-06-30", 2, 0, 0, 0, 0 },
};

static void
test_evaluation_rows (void)
{
  g_autofree char *path = NULL;
  ZfStore *store = case_fixture_open (&path);

  g_assert_cmpint (case_fixture_good_case (store, "甲市监罚〔2024〕1号"), ==, 1);
  case_fixture_exec (store, evaluation_sql);
  for (guint i = 0; i < G_N_ELEMENTS (evaluation_cases); i++)
    {
      g_autoptr(ZfCheckCounts) counts = zf_check_counts_new ();
      g_autoptr(GError) error = NULL;
      Collected c = { g_ptr_array_new_with_free_func (g_free), 0, 0, 0 };
      ZfCheckOptions options;

      zf_check_options_init (&options);
      options.as_of = evaluation_cases[i].as_of;
      options.body_id = evaluation_cases[i].body_id;
      g_assert_true (zf_check_run (store, &options, collect, &c, counts, &error));
      g_assert_no_error (error);
      g_test_message ("case %u: as of %s, body %" G_GINT64_FORMAT, i, options.as_of,
                      options.body_id);
      for (guint j = 0; j < c.lines->len; j++)
        g_test_message ("%s", (const char *) c.lines->pdata[j]);
      g_assert_cmpuint (zf_check_counts_get (counts, "ES1", ZF_SEVERITY_ERROR), ==,
                        evaluation_cases[i].es1);
      g_assert_cmpuint (zf_check_counts_get (counts, "ES2", ZF_SEVERITY_ERROR), ==,
                        evaluation_cases[i].es2);
      g_assert_cmpuint (zf_check_counts_get (counts, "EV1", ZF_SEVERITY_ERROR), ==,
                        evaluation_cases[i].ev1);
      g_assert_cmpuint (zf_check_counts_get (counts, "RL1", ZF_SEVERITY_ERROR), ==,
                        evaluation_cases[i].rl1);
      if (evaluation_cases[i].es1 > 0)
        g_assert_true (has_line (c.lines, "evaluation ES1 2 0 ", "旧处罚案卷评查标准"));
      if (evaluation_cases[i].ev1 > 0)
        g_assert_true (has_line (c.lines, "evaluation EV1 2 1 ", "甲市监罚〔2024〕1号"));
      g_ptr_array_unref (c.lines);
    }
  case_fixture_close (store, g_steal_pointer (&path));
}

/* ── zhifa-cli check ────────────────────────────────────────────────────── */

static int
run_cli (const char  *path,
         char       **out,
         char       **err,
         ...)
{
  const char *cli = g_getenv ("ZHIFA_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *arg;
  int status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, (gpointer) "check");
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static void
test_cli (void)
{
  g_autofree char *path = NULL;
  ZfStore *store = open_fixture (&path);
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  const char *python = g_getenv ("ZF_PYTHON");
  guint n_e2 = 0;

  /* The file is the CLI's from here. */
  g_object_unref (store);

  /* Text: findings name the document by its title, then the counts. */
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", NULL), ==, 1);
  g_assert_nonnull (strstr (out, "乙农罚〔2024〕2号 [error] E2 (《中华人民共和国行政处罚法》")
                    ?: strstr (out, "乙农罚〔2024〕2号 [error] E2 (《关于加强基层法治队伍建设的实施意见》"));
  g_assert_null (strstr (out, "(S0"));
  g_assert_null (strstr (out, "(S1"));
  g_assert_null (strstr (out, "S4)"));
  g_assert_nonnull (strstr (out, "Findings per rule:"));
  g_assert_true (g_regex_match_simple ("\nE2 +1 +0 +0  Case files\n", out, 0, 0));
  g_assert_true (g_regex_match_simple ("\nTotal +[1-9][0-9]* +[0-9]+ +[0-9]+", out, 0, 0));
  g_assert_nonnull (strstr (err, "database file intact"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --full: the indexes of the file too; still intact. */
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--counts", "--full", NULL),
                   ==, 1);
  g_assert_nonnull (strstr (err, "database file intact"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --counts alone: the table and nothing else; the file is not checked,
   * and the last line says so instead of calling it intact. */
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--counts", NULL), ==, 1);
  g_assert_null (strstr (out, "[error]"));
  g_assert_true (g_regex_match_simple ("\nE2 +1 +0 +0  Case files\n", out, 0, 0));
  g_assert_nonnull (strstr (err, "database file not checked"));
  g_assert_null (strstr (err, "intact"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--counts", "--format", "json",
                            NULL), ==, 1);
  g_assert_nonnull (strstr (out, "\"database_intact\": null,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--format", "json", NULL), ==, 1);
  g_assert_nonnull (strstr (out, "\"database_intact\": true,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* TSV: a header and one finding a line, seven columns each. */
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--format", "tsv",
                            "--rule", "E", NULL), ==, 1);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "severity\trule\tfamily\tbody_id\tsubject\tclause\tmessage");
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, 7);
      g_assert_true (g_str_has_prefix (cells[1], "E"));
      g_assert_cmpstr (cells[2], ==, "cases");
      g_assert_null (strstr (cells[5], "S0"));
      if (strcmp (cells[1], "E2") == 0)
        {
          n_e2++;
          g_assert_cmpstr (cells[0], ==, "error");
          g_assert_cmpstr (cells[3], ==, "2");
        }
    }
  g_assert_cmpuint (n_e2, ==, 1);
  /* The counts go to stderr, not into the table. */
  g_assert_nonnull (strstr (err, "Findings per rule:"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* JSON: one document other programs read; python3 checks it parses and
   * that the counts add up. */
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--format", "json", NULL),
                   ==, 1);
  if (python != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *json_path = g_build_filename (dir, "out.json", NULL);
      const char *script =
        "import json, sys\n"
        "d = json.load(open(sys.argv[1]))\n"
        "e2 = [f for f in d['findings'] if f['rule'] == 'E2']\n"
        "assert len(e2) == 1 and e2[0]['severity'] == 'error' and e2[0]['body_id'] == 2, e2\n"
        "assert e2[0]['clause'].startswith('《'), e2\n"
        "errors = sum(1 for f in d['findings'] if f['severity'] == 'error')\n"
        "assert d['totals']['error'] == errors, d['totals']\n"
        "assert sum(c['error'] for c in d['counts']) == errors\n"
        "assert d['as_of'] == '2024-12-31' and d['database_intact'] is True\n";
      const char *argv[] = { python, "-c", script, json_path, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_file_set_contents (json_path, out, -1, &error);
      g_assert_no_error (error);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_unlink (json_path);
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --body 1 has no errors: exit 0; --strict fails on its warnings. */
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--body", "1",
                            "--rule", "E", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--body", "2",
                            "--rule", "C9", "--strict", NULL), ==, 1);
  g_assert_nonnull (strstr (out, "[warning] C9 (《县农业局法治政府建设情况报告》)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (path, &out, &err, "--as-of", "2024-12-31", "--body", "2",
                            "--rule", "C9", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Mistakes in the options: exit 2 with a message. */
  g_assert_cmpint (run_cli (path, &out, &err, "--rule", "Q7", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "Q7"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (path, &out, &err, "--format", "xml", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (path, &out, &err, "--body", "没有这个局", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --full recomputes the officers' summaries: one changed behind the
   * triggers' back is told, and the file is not called intact. */
  {
    sqlite3 *db = zf_test_sqlite_open (path);
    zf_test_sqlite_exec (db, "UPDATE officer_summary SET last_grade = 'excellent' "
                             "WHERE officer_id = (SELECT min (id) FROM officer)");
    sqlite3_close (db);
  }
  g_assert_cmpint (run_cli (path, &out, &err, "--counts", "--full", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "the summary of 1 officer differs"));
  g_assert_null (strstr (err, "database file intact"));

  store = zf_store_open (path, NULL);
  case_fixture_close (store, g_steal_pointer (&path));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/clause-display", test_clause_display);
  g_test_add_func ("/check/finding-line", test_finding_line);
  g_test_add_func ("/check/rule-codes-unique", test_rule_codes_unique);
  g_test_add_func ("/check/rule-matches", test_rule_matches);
  g_test_add_func ("/check/counts", test_counts);
  g_test_add_func ("/check/run", test_run);
  g_test_add_func ("/check/history-stream", test_history_stream);
  g_test_add_func ("/check/draws-on-the-day", test_draws_on_the_day);
  g_test_add_func ("/check/evaluation-rows", test_evaluation_rows);
  g_test_add_func ("/check/cli", test_cli);
  return g_test_run ();
}
