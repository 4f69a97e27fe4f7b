#include "config.h"

#include <locale.h>
#include <string.h>

#include "import-fixtures.h"
#include "zf-demo.h"
#include "zf-error.h"
#include "zf-case-export.h"
#include "zf-checklists-export.h"
#include "zf-export-bodies.h"
#include "zf-officer-export.h"
#include "zf-import.h"

/* Values as offices write them, and the app's own exports read back. */

static void
commit (ZfImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Staffing as rosters write it; a unit the register lacks, a sex the ID
 * number contradicts and a validity before the issue date each name
 * their column; two people on one ID number are named, both. */
static void
test_values_as_written (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (1, TRUE);
  g_autofree char *id2 = zf_test_id_number (2, FALSE);
  g_autofree char *id3 = zf_test_id_number (3, TRUE);
  g_autofree char *id4 = zf_test_id_number (4, TRUE);
  g_autofree char *id5 = zf_test_id_number (5, FALSE);
  g_autofree char *id6 = zf_test_id_number (6, TRUE);
  g_autofree char *id7 = zf_test_id_number (7, TRUE);
  g_autofree char *path = fixture_path (f->dir, "written.csv");
  g_autofree char *text = NULL;
  g_autoptr(ZfImport) import = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  text = g_strdup_printf (
    "姓名,身份证号码,性别,单位,执法证号,发证日期,有效期至,编制类型\n"
    "赵一,%s,男,测试县市场监督管理局,42070300001,2023-01-01,2028-01-01,参公事业编制\n"
    "钱二,%s,男,测试县市场监督管理局,42070300002,2023-01-01,2028-01-01,行政编制\n"
    "孙三,%s,,不存在的局,42070300003,2023-01-01,2028-01-01,行政编制\n"
    "李四,%s,,测试县市场监督管理局,42070300004,2023-01-01,2020-01-01,参照公务员法管理\n"
    "周五,%s,,测试县市场监督管理局,42070300005,2023-01-01,2028-01-01,行政编制\n"
    "吴六,%s,女,测试县市场监督管理局,42070300006,2023-01-01,2028-01-01,事业编制\n"
    "郑七,%s,,测试县市场监督管理局,,,,劳务派遣\n"
    "王八,%s,,测试县市场监督管理局,,,,协管员\n",
    id1, id2, id3, id4, id1, id5, id6, id7);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = fixture_plan_file (f->store, "officers", path);

  g_assert_cmpint (fixture_row_at (import, 2)->status, ==, ZF_IMPORT_ROW_NEW);
  fixture_assert_refused (import, 3, "C", id2);
  fixture_assert_refused (import, 4, "D", "不存在的局");
  fixture_assert_refused (import, 5, "G", "");
  fixture_assert_refused (import, 6, "B", "赵一");
  g_assert_nonnull (strstr (fixture_row_at (import, 6)->message, "周五"));
  g_assert_null (strstr (fixture_row_at (import, 6)->message, "same record"));
  g_assert_cmpint (fixture_row_at (import, 7)->status, ==, ZF_IMPORT_ROW_NEW);
  commit (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE name = '赵一' "
                                     "AND staffing = 'civil_service_managed'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE name = '吴六' "
                                     "AND staffing = 'institution'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE name = '郑七' "
                                     "AND staffing = 'non_staff'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE name = '王八' "
                                     "AND staffing = 'auxiliary'"), ==, 1);
}

/* 长期 as a validity: no end date, a valid card that never expires; the
 * roster shows it as such and reads it back unchanged. */
static void
test_open_ended_validity (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *id1 = zf_test_id_number (31, TRUE);
  g_autofree char *id2 = zf_test_id_number (32, FALSE);
  g_autofree char *path = fixture_path (f->dir, "open-ended.csv");
  g_autofree char *roster = fixture_path (f->dir, "open-ended-roster.xlsx");
  g_autofree char *text = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;
  g_autoptr(GError) error = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  text = g_strdup_printf ("姓名,身份证号码,单位,执法证号,发证日期,有效期至\n"
                          "赵一,%s,测试县市场监督管理局,42070300031,2010-01-01,长期\n"
                          "钱二,%s,测试县市场监督管理局,42070300032,2010-01-01,永久有效\n",
                          id1, id2);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = fixture_plan_file (f->store, "officers", path);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, 2);
  commit (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM certificate WHERE valid_until IS NULL "
                                     "AND status = 'valid' AND issue_date = '2010-01-01'"), ==, 2);

  g_assert_true (zf_officer_export_xlsx (f->store, roster, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  again = fixture_plan_file (f->store, "officers", roster);
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==, 2);
}

static ZfImport *
plan_text (Fixture    *f,
           const char *reg,
           const char *name,
           const char *text)
{
  g_autofree char *path = fixture_path (f->dir, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return fixture_plan_file (f->store, reg, path);
}

/* The catalog of legal bases, matters resting on it and transfers, as a
 * county writes them: a law described alike on every row, a basis that
 * names a law or article the body's catalog lacks refused at its cell,
 * short titles and Arabic article numbers read as the catalog writes
 * them, blanks that erase nothing, a transfer naming a matter or body
 * the register lacks refused at its row. */
static void
test_matters_basis_and_transfers (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(ZfImport) laws = NULL;
  g_autoptr(ZfImport) matters = NULL;
  g_autoptr(ZfImport) again = NULL;
  g_autoptr(ZfImport) changed = NULL;
  g_autoptr(ZfImport) transfers = NULL;

  zf_test_add_body (f->store, "测试县市场监督管理局", 1);
  zf_test_add_body (f->store, "测试县综合行政执法局", 2);

  laws = plan_text (f, "laws", "catalog.csv",
    "执法主体,效力层级,名称,制定机关,条款,执行科（股）室\n"
    "测试县市场监督管理局,法律,中华人民共和国行政处罚法,全国人民代表大会常务委员会,,稽查科\n"
    "测试县市场监督管理局,法律,中华人民共和国食品安全法,全国人民代表大会常务委员会,第一百二十二条,\n"
    "测试县综合行政执法局,,中华人民共和国行政处罚法,,,\n"
    "测试县综合行政执法局,法律,中华人民共和国行政处罚法,国务院,第二十八条,\n"
    "测试县综合行政执法局,,中华人民共和国土地管理法,,,\n");
  g_assert_cmpint (fixture_row_at (laws, 2)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_cmpint (fixture_row_at (laws, 3)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_cmpint (fixture_row_at (laws, 4)->status, ==, ZF_IMPORT_ROW_NEW);
  fixture_assert_refused (laws, 5, "D", "全国人民代表大会常务委员会");
  fixture_assert_refused (laws, 6, "B", "中华人民共和国土地管理法");
  fixture_commit_checked (laws);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM law WHERE title = '中华人民共和国行政处罚法' "
                                     "AND issuing_organ = '全国人民代表大会常务委员会' "
                                     "AND level = 'law'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body_catalog"), ==, 3);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM law"), ==, 2);

  matters = plan_text (f, "matters", "matters.csv",
    "执法主体,事项编码,事项名称,事项类别,实施依据,责任科室,责任岗位\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,行政处罚,"
    "依据《行政处罚法》第28条；《中华人民共和国食品安全法》第一百二十二条,稽查科,执法岗\n"
    "测试县市场监督管理局,CF-002,对违法用地的行政处罚,行政处罚,《中华人民共和国土地管理法》第二条,,\n"
    "测试县市场监督管理局,CF-003,对食品经营的行政处罚,行政处罚,《中华人民共和国食品安全法》第一百二十三条,,\n"
    "测试县市场监督管理局,CF-004,对广告的行政处罚,行政处罚,依照有关规定,,\n"
    "测试县市场监督管理局,CF-005,对价格的行政处罚,行政处罚,,,执法岗\n"
    "测试县综合行政执法局,CF-001,对无照经营的行政处罚,行政处罚,《中华人民共和国行政处罚法》第二十八条,,\n"
    "测试县市场监督管理局,CF-007,对无证生产的行政处罚,行政处罚,\"1.《中华人民共和国食品安全法"
    "（2021年修正）》第一百二十二条　违反本法规定，未取得许可从事食品生产的，依照本法第三十五条处罚。\",,\n"
    "测试县市场监督管理局,CF-008,对超范围经营的行政处罚,行政处罚,《中华人民共和国行政处罚法》第二十八条至第三十条,,\n");
  g_assert_cmpint (fixture_row_at (matters, 2)->status, ==, ZF_IMPORT_ROW_NEW);
  /* The wording a 权力清单 quotes after the article is no basis: the
   * article it cites inside is not taken, and the preview says so. */
  g_assert_cmpint (fixture_row_at (matters, 8)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_nonnull (strstr (fixture_row_at (matters, 8)->notes, "违反本法规定"));
  fixture_assert_refused (matters, 9, "E", "、");
  g_assert_nonnull (strstr (fixture_row_at (matters, 2)->notes, "中华人民共和国行政处罚法"));
  fixture_assert_refused (matters, 3, "E", "中华人民共和国土地管理法");
  fixture_assert_refused (matters, 4, "E", "第一百二十三条");
  fixture_assert_refused (matters, 5, "E", "《》");
  fixture_assert_refused (matters, 6, "G", "执法岗");
  g_assert_cmpint (fixture_row_at (matters, 7)->status, ==, ZF_IMPORT_ROW_NEW);
  fixture_commit_checked (matters);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter m JOIN section s ON s.id = m.section_id "
                                     "JOIN post p ON p.id = m.post_id AND p.section_id = s.id "
                                     "WHERE m.code = 'CF-001' AND s.name = '稽查科' "
                                     "AND p.name = '执法岗'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter_basis mb JOIN matter m ON m.id = mb.matter_id "
                                     "JOIN law_article a ON a.id = mb.article_id "
                                     "WHERE m.code = 'CF-001' AND a.article IN ('第二十八条', "
                                     "'第一百二十二条')"), ==, 3);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter_basis mb "
                                     "JOIN matter m ON m.id = mb.matter_id "
                                     "JOIN law_article a ON a.id = mb.article_id "
                                     "WHERE m.code = 'CF-007' AND a.article = '第一百二十二条'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter_basis mb "
                                     "JOIN matter m ON m.id = mb.matter_id WHERE m.code = 'CF-007'"), ==, 1);

  /* Blank cells erase nothing; a basis that names the same articles in
   * another order is unchanged; a new one is an update, shown. */
  again = plan_text (f, "matters", "again.csv",
    "执法主体,事项编码,事项名称,事项类别,实施依据,责任科室,责任岗位\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,行政处罚,,,\n"
    "测试县综合行政执法局,CF-001,对无照经营的行政处罚,行政处罚,《中华人民共和国行政处罚法》第二十八条,,\n");
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==, 2);
  fixture_commit_checked (again);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter_basis mb JOIN matter m ON m.id = mb.matter_id "
                                     "WHERE m.code = 'CF-001'"), ==, 3);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter WHERE section_id IS NOT NULL"), ==, 1);
  changed = plan_text (f, "matters", "changed.csv",
    "执法主体,事项编码,事项名称,事项类别,实施依据\n"
    "测试县市场监督管理局,CF-001,对无照经营的行政处罚,行政处罚,"
    "《中华人民共和国食品安全法》第122条、《中华人民共和国行政处罚法》第二十八条\n"
    "测试县市场监督管理局,CF-006,对无照经营的行政检查,行政检查,《中华人民共和国行政处罚法》第三十条\n");
  g_assert_cmpint (fixture_row_at (changed, 2)->status, ==, ZF_IMPORT_ROW_UNCHANGED);
  g_assert_cmpint (fixture_row_at (changed, 3)->status, ==, ZF_IMPORT_ROW_NEW);
  fixture_commit_checked (changed);

  transfers = plan_text (f, "transfers", "transfers.csv",
    "日期,编码,事项名称,划出主体,承接主体,文号,事由\n"
    "2024-01-01,CF-001,对无照经营的行政处罚,测试县市场监督管理局,测试县综合行政执法局,测编〔2024〕1号,改革\n"
    "2024-01-01,CF-009,对无证经营的行政处罚,测试县市场监督管理局,测试县综合行政执法局,测编〔2024〕1号,改革\n"
    "2024-01-01,CF-006,对无照经营的行政检查,测试县市场监督管理局,测试县综合行政执法局,测编〔2024〕1号,改革\n"
    "2024-01-01,CF-001,对无照经营的行政处罚,测试县市场监督管理局,测试县不存在的局,测编〔2024〕1号,改革\n"
    "2024-01-01,CF-001,对无照经营的行政处罚,测试县市场监督管理局,测试县综合行政执法局,测编〔2024〕1号,改革\n"
    "2024-02-01,CF-006,对无照经营的行政处罚,测试县市场监督管理局,测试县综合行政执法局,测编〔2024〕2号,改革\n");
  g_assert_cmpint (fixture_row_at (transfers, 2)->status, ==, ZF_IMPORT_ROW_NEW);
  fixture_assert_refused (transfers, 3, "B", "CF-009");
  fixture_assert_refused (transfers, 4, "B", "测试县综合行政执法局");
  fixture_assert_refused (transfers, 5, "E", "测试县不存在的局");
  fixture_assert_refused (transfers, 6, "C", "2");
  /* A code that names another matter than the row's name: a typo. */
  fixture_assert_refused (transfers, 7, "C", "对无照经营的行政检查");
  fixture_commit_checked (transfers);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter_transfer t "
                                     "JOIN matter m ON m.id = t.matter_id "
                                     "JOIN matter n ON n.id = t.new_matter_id "
                                     "WHERE m.code = 'CF-001' AND n.code = 'CF-001' "
                                     "AND m.body_id <> n.body_id AND t.doc_number = '测编〔2024〕1号' "
                                     "AND t.date = '2024-01-01'"), ==, 1);
}

/* Every row of @sql, cells joined by '|', rows by newlines. */
static char *
snapshot (ZfStore    *store,
          const char *sql)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (store));
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s%s", c ? "|" : "",
                                sqlite3_column_text (stmt, c) ? (const char *) sqlite3_column_text (stmt, c) : "∅");
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* The same rows in both databases; the first difference is shown. */
static void
assert_same (ZfStore    *a,
             ZfStore    *b,
             const char *what,
             const char *sql)
{
  g_autofree char *left = snapshot (a, sql);
  g_autofree char *right = snapshot (b, sql);

  if (g_strcmp0 (left, right) != 0)
    {
      g_auto(GStrv) l = g_strsplit (left, "\n", -1);
      g_auto(GStrv) r = g_strsplit (right, "\n", -1);

      for (guint i = 0; l[i] && r[i]; i++)
        if (strcmp (l[i], r[i]) != 0)
          {
            g_test_message ("%s differ at row %u:\n  exported: %s\n  imported: %s", what, i, l[i], r[i]);
            break;
          }
      g_test_message ("%s: %u rows exported, %u imported", what, g_strv_length (l) - 1,
                      g_strv_length (r) - 1);
    }
  g_assert_true (g_strcmp0 (left, right) == 0);
}

/* Imports @path into @store, every row accepted, and commits, checking
 * that the commit stores what the preview accepted. */
static void
import_all (ZfStore    *store,
            const char *reg,
            const char *path,
            guint       n_rows)
{
  g_autoptr(ZfImport) import = fixture_plan_file (store, reg, path);

  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    if (zf_import_get_row (import, i)->status != ZF_IMPORT_ROW_NEW)
      g_test_message ("%s row %u: %s", reg, zf_import_get_row (import, i)->excel_row,
                      zf_import_get_row (import, i)->message);
  g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, n_rows);
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, n_rows);
  fixture_commit_checked (import);
}

static const char bodies_sql[] =
  "SELECT b.name, b.credit_code, b.kind, b.level, b.region_code, b.domain, p.name, "
  "b.legal_basis, b.letter_number, b.letter_date, b.letter_scope, b.letter_start, "
  "b.letter_end, b.filed, b.filed_date, b.has_legal_section, b.legal_staff_count, b.address, "
  "b.contact, b.phone, b.status, b.published_date, b.notes "
  "FROM body b LEFT JOIN body p ON p.id = b.parent_id ORDER BY b.name, b.credit_code";

/* What an officers import stores: the officer, their latest card with its
 * status as shown, and the event that set a status other than valid. */
static const char officers_sql[] =
  "SELECT o.name, o.id_number, o.sex, o.birth_date, b.name, s.name, o.title, o.staffing, "
  "(SELECT name FROM post WHERE id = o.post_id), o.financed, o.enforcement_post, "
  "o.last_activity_date, "
  "o.phone, o.enforcement_category, o.enforcement_area, o.notes, c.number, "
  "c.issuing_authority, c.issue_date, c.valid_until, "
  "CASE WHEN c.status = 'valid' AND c.valid_until < date ('now', 'localtime') THEN 'expired' "
  "ELSE coalesce (c.status, 'none') END, "
  "(SELECT e.date || '/' || coalesce (e.doc_number, '') FROM officer_event e "
  " WHERE e.certificate_id = c.id AND e.kind IN ('applied', 'suspension', 'revocation', "
  " 'cancellation') AND c.status IN ('suspended', 'revoked', 'cancelled', 'applying') "
  " ORDER BY e.date DESC, e.id DESC LIMIT 1) "
  "FROM officer o JOIN body b ON b.id = o.body_id LEFT JOIN section s ON s.id = o.section_id "
  "LEFT JOIN certificate c ON c.id = (SELECT max (id) FROM certificate WHERE officer_id = o.id) "
  "ORDER BY o.id_number";

/* The catalog of legal bases: each body's laws and articles. */
static const char catalog_sql[] =
  "SELECT b.name, l.title, l.level, l.issuing_organ, l.doc_number, l.promulgated, l.effective, "
  "l.amended, l.repealed, a.article, a.content, c.sections, c.cooperating FROM body_catalog c "
  "JOIN body b ON b.id = c.body_id JOIN law l ON l.id = c.law_id "
  "LEFT JOIN law_article a ON a.id = c.article_id ORDER BY b.name, l.title, a.article";

/* The articles of every law a catalog holds, with their texts, those of
 * laws held whole too. */
static const char law_articles_sql[] =
  "SELECT l.title, coalesce (l.doc_number, ''), a.article, a.content FROM law_article a "
  "JOIN law l ON l.id = a.law_id WHERE EXISTS (SELECT 1 FROM body_catalog WHERE law_id = l.id) "
  "ORDER BY l.title, l.doc_number, a.article";

/* A matter with its basis (the articles of the catalog it rests on), its
 * responsible section and post. */
static const char matters_sql[] =
  "SELECT b.name, m.code, m.name, m.category, m.cooperating, "
  "m.time_limit_days, m.time_limit_text, m.responsibility, m.accountability, "
  "m.supervision_phone, m.status, m.enforcement_category, m.notes, "
  "(SELECT name FROM section WHERE id = m.section_id), (SELECT name FROM post WHERE id = m.post_id), "
  "(SELECT group_concat (line, ';') FROM (SELECT l.title || a.article AS line FROM matter_basis mb "
  " JOIN law_article a ON a.id = mb.article_id JOIN law l ON l.id = a.law_id "
  " WHERE mb.matter_id = m.id ORDER BY line)) "
  "FROM matter m JOIN body b ON b.id = m.body_id ORDER BY b.name, m.code, m.name";

/* The duty assignments: the matter, and the section, post and officer
 * (by ID number) it is given to. */
static const char duties_sql[] =
  "SELECT b.name, m.code, m.name, s.name, p.name, o.id_number FROM duty_assignment d "
  "JOIN matter m ON m.id = d.matter_id JOIN body b ON b.id = m.body_id "
  "LEFT JOIN section s ON s.id = d.section_id LEFT JOIN post p ON p.id = d.post_id "
  "LEFT JOIN officer o ON o.id = d.officer_id ORDER BY b.name, m.code, s.name, p.name, o.id_number";

/* The transfers: the matter left, the one taken over, the bodies, the
 * day, the document, the reason and who recorded it. */
static const char transfers_sql[] =
  "SELECT t.date, fb.name, m.code, m.name, tb.name, n.code, n.name, nb.name, t.doc_number, "
  "t.reason, t.operator FROM matter_transfer t JOIN matter m ON m.id = t.matter_id "
  "JOIN body fb ON fb.id = t.from_body_id JOIN body tb ON tb.id = t.to_body_id "
  "LEFT JOIN matter n ON n.id = t.new_matter_id LEFT JOIN body nb ON nb.id = n.body_id "
  "ORDER BY t.date, fb.name, m.code";

static const char cases_sql[] =
  "SELECT b.name, c.number, c.category, c.procedure, c.party_name, c.party_kind, c.party_code, "
  "(SELECT code || name FROM matter WHERE id = c.matter_id), c.filed_date, c.investigated_date, "
  "c.notified_date, c.hearing_date, c.legal_review_date, c.collective_date, c.decided_date, "
  "c.served_date, c.executed_date, c.closed_date, c.archived_date, c.fine_amount, "
  "c.confiscated_amount, c.basis, c.major, c.transferred_judicial, c.review_outcome, "
  "c.litigation_outcome, c.year, c.notes, "
  "(SELECT group_concat (id_number, ',') FROM (SELECT o.id_number FROM case_officer co "
  " JOIN officer o ON o.id = co.officer_id WHERE co.case_id = c.id ORDER BY o.id_number)) "
  "FROM case_file c JOIN body b ON b.id = c.body_id ORDER BY b.name, c.number";

/* An evaluation as the register holds it, its lines by item name; the
 * comments and reasons as written (their full-width commas too). */
static const char evaluations_sql[] =
  "SELECT b.name, c.number, s.name, s.version, e.mode, e.evaluator, e.date, e.comments, "
  "e.score, e.grade, e.vetoed, "
  "(SELECT group_concat (line, ';') FROM (SELECT i.name || '=' || ei.deduction || '/' || "
  " ei.veto || '/' || coalesce (ei.reason, '') AS line FROM evaluation_item ei "
  " JOIN standard_item i ON i.id = ei.item_id WHERE ei.evaluation_id = e.id ORDER BY i.name)) "
  "FROM evaluation e JOIN case_file c ON c.id = e.case_id JOIN body b ON b.id = c.body_id "
  "JOIN standard s ON s.id = e.standard_id "
  "ORDER BY b.name, c.number, e.date, e.mode, e.evaluator";

/* The matter a record links to, and the article (its law by id: two
 * laws may share a title). */
#define LINKED(t) \
  "(SELECT code || '/' || name FROM matter WHERE id = " t ".matter_id), " \
  "(SELECT ll.title || '/' || coalesce (ll.doc_number, '') || '/' || la.article " \
  "FROM law_article la JOIN law ll ON ll.id = la.law_id WHERE la.id = " t ".article_id)"

/* The four lists: the domain and basis as shown (the body's domain, the
 * catalog's article where the entry gives none), the matter and article
 * it links to. */
static const char leniency_sql[] =
  "SELECT b.name, e.list, coalesce (e.domain, b.domain), e.violation, "
  "coalesce (e.basis, '《' || l.title || '》' || a.article), e.conditions, e.notes, "
  LINKED ("e") " FROM leniency_entry e JOIN body b ON b.id = e.body_id "
  "LEFT JOIN law_article a ON a.id = e.article_id LEFT JOIN law l ON l.id = a.law_id "
  "ORDER BY b.name, e.list, e.violation";

/* A benchmark with each of its tiers. */
static const char benchmarks_sql[] =
  "SELECT b.name, k.violation, coalesce (k.basis, '《' || l.title || '》' || a.article), "
  "k.unit, k.statutory_min, k.statutory_max, t.tier, t.circumstances, t.range_min, t.range_max, "
  "k.notes, " LINKED ("k") " FROM benchmark k JOIN body b ON b.id = k.body_id "
  "LEFT JOIN benchmark_tier t ON t.benchmark_id = k.id "
  "LEFT JOIN law_article a ON a.id = k.article_id LEFT JOIN law l ON l.id = a.law_id "
  "ORDER BY b.name, k.violation, t.tier";

/* The random inspection items: the inspecting body as shown (the item's
 * own body when it names none). */
static const char items_sql[] =
  "SELECT b.name, i.item, i.basis, coalesce (i.inspecting_body, b.name), i.target_type, "
  "i.content, i.method, i.ratio, i.frequency, i.cooperating, i.enforcement_category, i.notes, "
  "(SELECT code || '/' || name FROM matter WHERE id = i.matter_id) FROM inspection_item i "
  "JOIN body b ON b.id = i.body_id ORDER BY b.name, i.item";

static const char targets_sql[] =
  "SELECT name, credit_code, address, domain, region_code, notes FROM inspection_target "
  "ORDER BY credit_code, name";

/* Exports the checklist @reg of @from, imports it into @into (every row
 * new) and compares @sql in both; planned again, every row is unchanged. */
static void
round_trip_checklist (Fixture             *f,
                      ZfStore             *into,
                      ZfChecklistRegister  reg,
                      const char          *name,
                      const char          *table,
                      const char          *sql)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.xlsx", f->dir, name);
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfImport) again = NULL;

  g_assert_cmpint (fixture_db_int (f->store, count_sql), >, 0);
  g_assert_true (zf_export_checklist_xlsx (f->store, reg, 0, path, &error));
  g_assert_no_error (error);
  import_all (into, name, path, fixture_db_int (f->store, count_sql));
  assert_same (f->store, into, name, sql);
  again = fixture_plan_file (into, name, path);
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==,
                    zf_import_get_n_rows (again));
  /* And into the register it came from. */
  g_clear_object (&again);
  again = fixture_plan_file (f->store, name, path);
  g_assert_cmpuint (zf_import_count (again, ZF_IMPORT_ROW_UNCHANGED), ==,
                    zf_import_get_n_rows (again));
}

/* A demo database's registers, exported by the app and imported into an
 * empty one, come back field for field. */
static void
test_demo_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *empty_dir = NULL;
  g_autoptr(ZfStore) empty = fixture_store (&empty_dir);
  g_autofree char *bodies = fixture_path (f->dir, "bodies-register.xlsx");
  g_autoptr(GError) error = NULL;
  ZfDemoSizes sizes;

  zf_demo_sizes_init (&sizes);
  sizes.bodies = 60;
  sizes.officers = 150;
  sizes.matters = 60;
  sizes.cases = 80;
  g_assert_true (zf_demo_generate (f->store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Entrusted bodies listed above their parents, and not only published
   * ones: what the public register would lose. */
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body WHERE status <> 'published'"), >, 0);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body b JOIN body p ON p.id = b.parent_id "
                                     "WHERE b.name < p.name"), >, 0);

  g_assert_true (zf_export_bodies_register_xlsx (f->store, bodies, NULL, &error));
  g_assert_no_error (error);
  import_all (empty, "bodies", bodies, fixture_db_int (f->store, "SELECT count(*) FROM body"));
  assert_same (f->store, empty, "bodies", bodies_sql);

  /* Officers with every status a card can have in the roster. */
  {
    static const char *const statuses[] = { "valid", "expired", "suspended", "revoked",
                                            "cancelled", "applying" };
    g_autofree char *roster = fixture_path (f->dir, "roster.xlsx");

    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      {
        g_autofree char *sql = g_strdup_printf (
          "SELECT count(*) FROM certificate WHERE CASE WHEN status = 'valid' AND valid_until < "
          "date ('now', 'localtime') THEN 'expired' ELSE status END = '%s'", statuses[i]);
        g_test_message ("%s: %" G_GINT64_FORMAT, statuses[i], fixture_db_int (f->store, sql));
        g_assert_cmpint (fixture_db_int (f->store, sql), >, 0);
      }
    /* Posts, staff not financed by the budget, last activities; holders
     * whose card was taken back off their enforcement post. */
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE enforcement_post = 0 "
                                       "AND EXISTS (SELECT 1 FROM certificate WHERE officer_id = "
                                       "officer.id AND status IN ('cancelled', 'revoked'))"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE post_id IS NOT NULL"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer WHERE financed = 0"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM officer "
                                       "WHERE last_activity_date IS NOT NULL"), >, 0);
    g_assert_true (zf_officer_export_xlsx (f->store, roster, NULL, FALSE, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    import_all (empty, "officers", roster, fixture_db_int (f->store, "SELECT count(*) FROM officer"));
    assert_same (f->store, empty, "officers", officers_sql);
  }

  /* The catalog of legal bases first: the matters' basis rests on it. */
  {
    g_autofree char *catalog = fixture_path (f->dir, "catalog.xlsx");
    sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (f->store));

    /* Catalogs that hold single articles, with their texts. */
    g_assert_cmpint (sqlite3_exec (db,
      "UPDATE law_article SET content = '条文：' || article || '，违反本法规定的，依法处理。' "
      "WHERE id % 2 = 0; "
      "INSERT INTO body_catalog (body_id, law_id, article_id, sections) "
      "SELECT b.id, a.law_id, a.id, '法制科' FROM body b JOIN law_article a "
      "ON a.id % 7 = b.id % 7 WHERE b.id % 5 = 0 AND a.id < 40", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body_catalog c JOIN law_article a "
                                       "ON a.id = c.article_id WHERE a.content IS NOT NULL"), >, 0);
    g_assert_true (zf_export_checklist_xlsx (f->store, ZF_CHECKLIST_LAWS, 0, catalog, &error));
    g_assert_no_error (error);
    import_all (empty, "laws", catalog, fixture_db_int (f->store, "SELECT count(*) FROM body_catalog"));
    assert_same (f->store, empty, "catalog", catalog_sql);
    /* The articles of the laws held whole, and their texts, written once
     * a law on its first row. */
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM law_article a WHERE content "
                                       "IS NOT NULL AND NOT EXISTS (SELECT 1 FROM body_catalog "
                                       "WHERE article_id = a.id)"), >, 0);
    assert_same (f->store, empty, "law articles", law_articles_sql);
  }

  /* Matters with their basis, section and post; the transfers from the
   * second sheet of the same workbook. */
  {
    g_autofree char *matters = fixture_path (f->dir, "matters.xlsx");

    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter WHERE section_id IS NOT NULL "
                                       "AND post_id IS NOT NULL"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter m WHERE EXISTS "
                                       "(SELECT 1 FROM matter_basis WHERE matter_id = m.id)"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter_transfer"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM matter m WHERE status = 'transferred' "
                                       "AND NOT EXISTS (SELECT 1 FROM matter_transfer "
                                       "WHERE matter_id = m.id)"), ==, 0);
    /* Duties given to the matters' sections, posts and the officers on
     * them, as the window assigns them (C4). */
    {
      sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (f->store));

      g_assert_cmpint (sqlite3_exec (db,
        "INSERT INTO duty_assignment (matter_id, section_id) SELECT id, section_id FROM matter "
        "WHERE status = 'active' AND section_id IS NOT NULL AND id % 3 = 0; "
        "INSERT INTO duty_assignment (matter_id, section_id, post_id) SELECT id, section_id, "
        "post_id FROM matter WHERE status = 'active' AND post_id IS NOT NULL AND id % 3 = 1; "
        "INSERT INTO duty_assignment (matter_id, section_id, post_id, officer_id) "
        "SELECT m.id, m.section_id, m.post_id, (SELECT min (o.id) FROM officer o "
        " WHERE o.post_id = m.post_id AND EXISTS (SELECT 1 FROM certificate "
        " WHERE officer_id = o.id AND number IS NOT NULL)) AS officer "
        "FROM matter m WHERE m.status = 'active' AND m.post_id IS NOT NULL AND officer IS NOT NULL",
        NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM duty_assignment WHERE officer_id "
                                       "IS NOT NULL"), >, 0);
    g_assert_true (zf_export_checklist_xlsx (f->store, ZF_CHECKLIST_MATTERS, 0, matters, &error));
    g_assert_no_error (error);
    /* One import of the workbook: the matters, and their transfers and
     * duties from their own sheets, each row naming its sheet. */
    {
      g_autoptr(ZfImport) preview = fixture_plan_file (empty, "matters", matters);
      g_autofree char *sheets = NULL;

      g_assert_cmpstr (zf_import_get_transfers_sheet (preview), ==,
                       g_dgettext (GETTEXT_PACKAGE, "Transfers of matters"));
      g_assert_cmpuint (zf_import_get_n_parts (preview), ==, 3);
      g_assert_cmpstr (zf_import_get_sheet (zf_import_get_part (preview, 2)), ==,
                       g_dgettext (GETTEXT_PACKAGE, "Duty assignments"));
      g_assert_cmpstr (zf_import_get_row (preview, 0)->sheet, ==,
                       g_dgettext (GETTEXT_PACKAGE, "Enforcement matters"));
      g_assert_cmpstr (zf_import_get_row (preview, zf_import_get_n_rows (preview) - 1)->sheet, ==,
                       g_dgettext (GETTEXT_PACKAGE, "Duty assignments"));
      sheets = zf_import_describe_sheets (preview);
      g_test_message ("%s", sheets);
      g_assert_nonnull (strstr (sheets, g_dgettext (GETTEXT_PACKAGE, "Transfers of matters")));
    }
    import_all (empty, "matters", matters,
                fixture_db_int (f->store, "SELECT count(*) FROM matter") +
                fixture_db_int (f->store, "SELECT count(*) FROM matter_transfer") +
                fixture_db_int (f->store, "SELECT count(*) FROM duty_assignment"));
    assert_same (f->store, empty, "matters", matters_sql);
    assert_same (f->store, empty, "transfers", transfers_sql);
    assert_same (f->store, empty, "duties", duties_sql);
    /* Each part alone reads its own sheet of the workbook: all there. */
    {
      g_autoptr(ZfImport) transfers = fixture_plan_file (empty, "transfers", matters);
      g_autoptr(ZfImport) duties = fixture_plan_file (empty, "duties", matters);

      g_assert_cmpuint (zf_import_count (transfers, ZF_IMPORT_ROW_UNCHANGED), ==,
                        fixture_db_int (f->store, "SELECT count(*) FROM matter_transfer"));
      g_assert_cmpuint (zf_import_get_n_rows (transfers), ==,
                        fixture_db_int (f->store, "SELECT count(*) FROM matter_transfer"));
      g_assert_cmpuint (zf_import_count (duties, ZF_IMPORT_ROW_UNCHANGED), ==,
                        fixture_db_int (f->store, "SELECT count(*) FROM duty_assignment"));
    }
  }

  /* The four lists (some citing the catalog's article, some with their
   * own domain), the benchmarks with their tiers, the inspection items
   * of the bodies, and the shared directory of targets. */
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry "
                                             "WHERE basis IS NULL AND article_id IS NOT NULL"), >, 0);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry "
                                             "WHERE domain IS NOT NULL"), >, 0);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(DISTINCT list) FROM leniency_entry"), ==, 4);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(DISTINCT tier) FROM benchmark_tier"), ==, 4);
  /* Records linked to a matter of their body and to an article, with
   * notes and a category: what the exports did not write. */
  {
    sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (f->store));

    g_assert_cmpint (sqlite3_exec (db,
      "UPDATE leniency_entry SET matter_id = (SELECT min (id) FROM matter m "
      " WHERE m.body_id = leniency_entry.body_id) WHERE id % 2 = 0; "
      "UPDATE benchmark SET matter_id = (SELECT max (id) FROM matter m "
      " WHERE m.body_id = benchmark.body_id), notes = '参照上级基准' || id, "
      " article_id = (SELECT min (id) FROM law_article) WHERE id % 2 = 1; "
      "UPDATE inspection_item SET notes = '每年公示' WHERE id % 2 = 0; "
      "UPDATE inspection_item SET enforcement_category = '市场监管' "
      " WHERE enforcement_category IS NULL AND id % 3 = 0; "
      "UPDATE inspection_item SET matter_id = (SELECT min (id) FROM matter m "
      " WHERE m.body_id = inspection_item.body_id) WHERE matter_id IS NULL AND id % 3 = 1",
      NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM leniency_entry WHERE "
                                             "matter_id IS NOT NULL"), >, 0);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM benchmark WHERE matter_id "
                                             "IS NOT NULL AND article_id IS NOT NULL AND notes "
                                             "IS NOT NULL"), >, 0);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_item WHERE matter_id "
                                             "IS NOT NULL AND enforcement_category IS NOT NULL"), >, 0);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM inspection_item WHERE notes "
                                             "IS NOT NULL"), >, 0);
  round_trip_checklist (f, empty, ZF_CHECKLIST_LENIENCY, "leniency", "leniency_entry", leniency_sql);
  round_trip_checklist (f, empty, ZF_CHECKLIST_BENCHMARKS, "benchmarks", "benchmark_tier",
                        benchmarks_sql);
  round_trip_checklist (f, empty, ZF_CHECKLIST_ITEMS, "items", "inspection_item", items_sql);
  round_trip_checklist (f, empty, ZF_CHECKLIST_TARGETS, "targets", "inspection_target",
                        targets_sql);

  {
    g_autofree char *cases = fixture_path (f->dir, "cases.xlsx");

    g_assert_true (zf_export_cases_xlsx (f->store, cases, 0, 0, NULL, &error));
    g_assert_no_error (error);
    import_all (empty, "cases", cases, fixture_db_int (f->store, "SELECT count(*) FROM case_file"));
    assert_same (f->store, empty, "cases", cases_sql);
  }

  /* Evaluations with deductions and reasons, with a veto, and without
   * lines; into a register that has no standard yet. */
  {
    g_autofree char *evaluations = fixture_path (f->dir, "evaluations.xlsx");
    g_autoptr(ZfImport) import = NULL;

    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM evaluation_item WHERE deduction > 0 "
                                       "AND reason IS NOT NULL"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM evaluation_item WHERE veto = 1"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM evaluation WHERE comments LIKE '%，%'"), >, 0);
    g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM evaluation e WHERE NOT EXISTS "
                                       "(SELECT 1 FROM evaluation_item WHERE evaluation_id = e.id)"), >, 0);
    g_assert_cmpint (fixture_db_int (empty, "SELECT count(*) FROM standard"), ==, 0);
    g_assert_true (zf_export_evaluations_xlsx (f->store, evaluations, 0, 0, NULL, &error));
    g_assert_no_error (error);
    import = fixture_plan_file (empty, "evaluations", evaluations);
    g_assert_cmpuint (zf_import_get_n_rows (import), ==,
                      fixture_db_int (f->store, "SELECT count(*) FROM evaluation_item") +
                      fixture_db_int (f->store, "SELECT count(*) FROM evaluation e WHERE NOT EXISTS "
                                        "(SELECT 1 FROM evaluation_item WHERE evaluation_id = e.id)"));
    g_assert_cmpuint (zf_import_count (import, ZF_IMPORT_ROW_NEW), ==, zf_import_get_n_rows (import));
    fixture_commit_checked (import);
    assert_same (f->store, empty, "evaluations", evaluations_sql);
  }
}

/* A body may name as its parent one listed below it; a parent refused
 * refuses the rows under it, and a loop of parents is refused. */
static void
test_bodies_parent_below (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = fixture_path (f->dir, "parents.csv");
  static const char text[] =
    "单位名称,主体类别,层级,上级或委托机关,委托书编号,委托起始日期,委托截止日期\n"
    "甲镇综合执法队,受委托组织,乡镇,测试县城市管理局,测委〔2023〕1号,2023-01-01,2025-12-31\n"
    "乙镇综合执法队,受委托组织,乡镇,测试县错误局,测委〔2023〕2号,2023-01-01,2025-12-31\n"
    "丙局,行政机关,县级,丁局,,,\n"
    "丁局,行政机关,县级,丙局,,,\n"
    "测试县城市管理局,行政机关,县级,,,,\n"
    "测试县错误局,行政机关,县级,,,,\n"
    "测试县错误局,行政机关,县级,,,,\n";
  g_autoptr(ZfImport) import = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = fixture_plan_file (f->store, "bodies", path);
  g_assert_cmpint (fixture_row_at (import, 2)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_cmpint (fixture_row_at (import, 6)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_cmpint (fixture_row_at (import, 7)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_cmpint (fixture_row_at (import, 8)->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_cmpint (fixture_row_at (import, 3)->status, ==, ZF_IMPORT_ROW_NEW);
  g_assert_cmpint (fixture_row_at (import, 4)->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_cmpint (fixture_row_at (import, 5)->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (fixture_row_at (import, 4)->message, "丙局"));
  g_assert_nonnull (strstr (fixture_row_at (import, 5)->message, "丙局"));
  commit (import);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body b JOIN body p ON p.id = b.parent_id "
                                     "WHERE b.name = '甲镇综合执法队' AND p.name = '测试县城市管理局'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body b JOIN body p ON p.id = b.parent_id "
                                     "WHERE b.name = '乙镇综合执法队' AND p.name = '测试县错误局'"), ==, 1);
  g_assert_cmpint (fixture_db_int (f->store, "SELECT count(*) FROM body"), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  /* The exports' headers and values in Chinese, as users have them. */
  if (g_getenv ("ZF_TEST_EXPECT_ZH") != NULL)
    zf_test_use_zh_CN ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/values-as-written", test_values_as_written);
  ADD ("/import/bodies-parent-below", test_bodies_parent_below);
  ADD ("/import/open-ended-validity", test_open_ended_validity);
  ADD ("/import/round-trip/demo", test_demo_round_trip);
  ADD ("/import/matters/basis-and-transfers", test_matters_basis_and_transfers);
  return g_test_run ();
}
