#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "import-fixtures.h"
#include "zf-case-export.h"
#include "zf-demo.h"
#include "zf-error.h"
#include "zf-import.h"
#include "zf-store-import.h"
#include "zf-test-util.h"
#include "zf-validate.h"

/* The register of case files exported and imported again: in the same
 * database nothing changes, in a fresh one with the same bodies, officers
 * and matters the same rows appear. Also the officers cell as people edit
 * it, the filters, the CLI and the cells as Excel reads them. */

#define N_CASES 60

/* Every field the import understands, as the layout gives it. */
static const char import_fields_sql[] =
  "SELECT b.name, c.number, c.category, c.procedure, c.party_name, c.party_kind, "
  "c.party_code, (SELECT mb.name || '/' || coalesce (m.code, '') || '/' || m.name FROM matter m "
  "  JOIN body mb ON mb.id = m.body_id WHERE m.id = c.matter_id), "
  "c.filed_date, c.investigated_date, c.notified_date, c.hearing_date, c.legal_review_date, "
  "c.collective_date, c.decided_date, c.served_date, c.executed_date, c.closed_date, "
  "c.archived_date, c.fine_amount, c.confiscated_amount, c.basis, c.major, "
  "c.transferred_judicial, c.review_outcome, c.litigation_outcome, c.year, c.notes, "
  "(SELECT group_concat (o.name || '/' || coalesce (o.id_number, ''), ',') FROM "
  "  (SELECT o.name, o.id_number FROM case_officer co JOIN officer o ON o.id = co.officer_id "
  "   WHERE co.case_id = c.id ORDER BY o.id_number, o.name) o) "
  "FROM case_file c JOIN body b ON b.id = c.body_id ORDER BY b.name, c.number";

typedef struct
{
  char    *path;
  ZfStore *store;
} Db;

static void
db_demo (Db         *db,
         const char *name,
         guint       n_cases)
{
  g_autoptr(GError) error = NULL;
  ZfDemoSizes sizes;

  zf_demo_sizes_init (&sizes);
  sizes.bodies = 6;
  sizes.officers = 80;
  sizes.matters = 30;
  sizes.cases = n_cases;
  sizes.seed = 20240630;
  sizes.today = "2024-06-30";
  db->path = zf_test_db_path (name);
  db->store = zf_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_true (zf_demo_generate (db->store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
db_clear (Db *db)
{
  g_clear_object (&db->store);
  zf_test_remove_db (db->path);
  g_clear_pointer (&db->path, g_free);
}

/* Every row and column of @sql as text, through a connection of its own. */
static char *
dump (Db         *db,
      const char *sql)
{
  sqlite3 *conn = zf_test_sqlite_open (db->path);
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (conn, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s\x1f", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (conn);
  return g_string_free (out, FALSE);
}

static gint64
db_int (Db         *db,
        const char *sql)
{
  sqlite3 *conn = zf_test_sqlite_open (db->path);
  gint64 v = zf_test_sqlite_int (conn, sql);

  sqlite3_close (conn);
  return v;
}

static void
db_exec (Db         *db,
         const char *sql)
{
  sqlite3 *conn = zf_test_sqlite_open (db->path);

  zf_test_sqlite_exec (conn, sql);
  sqlite3_close (conn);
}

static ZfImport *
plan (Db         *db,
      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
  ZfImport *import;

  g_assert_no_error (error);
  import = zf_import_new (db->store, zf_import_register_lookup ("cases"));
  zf_import_set_file_name (import, path);
  g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Every field of the layout found its column by the header alone. */
  for (guint i = 0; i < zf_import_get_register (import)->n_fields; i++)
    g_assert_cmpint (zf_import_get_mapping (import, i), ==, (int) i);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return import;
}

/* Checks that the preview's accepted rows are what is stored. */
static void
commit (ZfImport *import)
{
  fixture_commit_checked (import);
}

static void
assert_all (ZfImport       *import,
            ZfImportStatus  status,
            guint           n)
{
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    {
      const ZfImportRow *row = zf_import_get_row (import, i);

      if (row->status != status)
        g_test_message ("row %u (%s): status %d, %s", row->excel_row, row->name,
                        row->status, row->message ? row->message : "");
      g_assert_cmpint (row->status, ==, status);
    }
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, n);
}

static char *
export (Db         *db,
        const char *name,
        gint64      body_id,
        int         year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = zf_test_tmp_dir ();
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (zf_export_cases_xlsx (db->store, path, body_id, year, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_same_database (void)
{
  Db db = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *cases_before = NULL;
  g_autofree char *officers_before = NULL;
  g_autofree char *cases_after = NULL;
  g_autofree char *officers_after = NULL;
  g_autoptr(ZfImport) import = NULL;

  db_demo (&db, "same.db", N_CASES);
  g_assert_cmpint (db_int (&db, "SELECT count(*) FROM case_officer"), >=, N_CASES);
  cases_before = dump (&db, "SELECT * FROM case_file ORDER BY id");
  officers_before = dump (&db, "SELECT * FROM case_officer ORDER BY case_id, officer_id");

  path = export (&db, "cases.xlsx", 0, 0);
  import = plan (&db, path);
  assert_all (import, ZF_IMPORT_ROW_UNCHANGED, N_CASES);
  commit (import);

  cases_after = dump (&db, "SELECT * FROM case_file ORDER BY id");
  officers_after = dump (&db, "SELECT * FROM case_officer ORDER BY case_id, officer_id");
  g_assert_cmpstr (cases_after, ==, cases_before);
  g_assert_cmpstr (officers_after, ==, officers_before);
  db_clear (&db);
}

static void
test_fresh_database (void)
{
  Db full = { 0 };
  Db fresh = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;

  db_demo (&full, "full.db", N_CASES);
  db_demo (&fresh, "fresh.db", 0);
  /* The same seed gives the same bodies, officers and matters. */
  expected = dump (&full, "SELECT name, id_number, body_id FROM officer ORDER BY id");
  got = dump (&fresh, "SELECT name, id_number, body_id FROM officer ORDER BY id");
  g_assert_cmpstr (got, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&got, g_free);
  g_assert_cmpint (db_int (&fresh, "SELECT count(*) FROM case_file"), ==, 0);

  /* The demo records no review or litigation; some files had them. */
  db_exec (&full, "UPDATE case_file SET review_outcome = '维持', litigation_outcome = '驳回诉讼请求' "
                  "WHERE id % 7 = 0");
  db_exec (&full, "UPDATE case_file SET review_outcome = '撤销' WHERE id % 11 = 0");
  g_assert_cmpint (db_int (&full, "SELECT count(*) FROM case_file WHERE review_outcome IS NOT NULL"),
                   >, 0);
  /* The round trip below has every field to compare. */
  g_assert_cmpint (db_int (&full, "SELECT count(*) FROM case_file WHERE matter_id IS NOT NULL"), >, 0);
  g_assert_cmpint (db_int (&full, "SELECT count(*) FROM case_file WHERE investigated_date IS NOT NULL "
                                  "AND notified_date IS NOT NULL AND legal_review_date IS NOT NULL "
                                  "AND served_date IS NOT NULL AND executed_date IS NOT NULL "
                                  "AND archived_date IS NOT NULL"), >, 0);
  g_assert_cmpint (db_int (&full, "SELECT count(*) FROM case_file WHERE hearing_date IS NOT NULL"), >, 0);
  g_assert_cmpint (db_int (&full, "SELECT count(*) FROM case_file WHERE collective_date IS NOT NULL"), >, 0);

  path = export (&full, "cases-fresh.xlsx", 0, 0);
  import = plan (&fresh, path);
  assert_all (import, ZF_IMPORT_ROW_NEW, N_CASES);
  commit (import);

  expected = dump (&full, import_fields_sql);
  got = dump (&fresh, import_fields_sql);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (db_int (&fresh, "SELECT count(*) FROM case_officer"), ==,
                   db_int (&full, "SELECT count(*) FROM case_officer"));

  /* And from there the file is the fresh database's register too. */
  again = plan (&fresh, path);
  assert_all (again, ZF_IMPORT_ROW_UNCHANGED, N_CASES);
  db_clear (&full);
  db_clear (&fresh);
}

/* A case with two handling officers whose names no other officer has. */
static gint64
case_with_named_officers (Db    *db,
                          guint  nth)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT c.id FROM case_file c WHERE (SELECT count(*) FROM case_officer co WHERE co.case_id = c.id) = 2 "
    "AND NOT EXISTS (SELECT 1 FROM case_officer co JOIN officer o ON o.id = co.officer_id "
    "  WHERE co.case_id = c.id AND (SELECT count(*) FROM officer x WHERE x.name = o.name) > 1) "
    "ORDER BY c.id LIMIT 1 OFFSET %u", nth);

  return db_int (db, sql);
}

static char *
case_text (Db         *db,
           gint64      case_id,
           const char *expression)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT %s FROM case_file c JOIN body b ON b.id = c.body_id WHERE c.id = %" G_GINT64_FORMAT,
    expression, case_id);
  sqlite3 *conn = zf_test_sqlite_open (db->path);
  char *text = zf_test_sqlite_text (conn, sql);

  sqlite3_close (conn);
  return text;
}

static const ZfImportRow *
row_at (ZfImport *import,
        guint     excel_row)
{
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    if (zf_import_get_row (import, i)->excel_row == excel_row)
      return zf_import_get_row (import, i);
  g_assert_not_reached ();
  return NULL;
}

/* The officers cell as people fill it in: names instead of numbers, any
 * order and separator; unknown and ambiguous names are refused. */
static void
test_officers_cell (void)
{
  Db db = { 0 };
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *csv = g_build_filename (dir, "officers.csv", NULL);
  g_autoptr(GString) text = g_string_new ("执法主体,案号,类别,办案人员\n");
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(ZfImport) again = NULL;
  const ZfImportRegister *reg = zf_import_register_lookup ("cases");
  gint64 same, fewer, unknown, ambiguous;
  const ZfImportRow *row;

  db_demo (&db, "edits.db", N_CASES);
  same = case_with_named_officers (&db, 0);
  fewer = case_with_named_officers (&db, 1);
  unknown = case_with_named_officers (&db, 2);
  ambiguous = case_with_named_officers (&db, 3);
  g_assert_cmpint (ambiguous, >, 0);

  /* Row 2: the same two officers by name, reversed, full-width comma. */
  {
    g_autofree char *line = case_text (&db, same,
      "b.name || ',' || c.number || ',' || c.category || ',\"' || (SELECT group_concat (name, '，') "
      "FROM (SELECT o.name FROM case_officer co JOIN officer o ON o.id = co.officer_id "
      "WHERE co.case_id = c.id ORDER BY o.name DESC)) || '\"'");
    g_string_append_printf (text, "%s\n", line);
  }
  /* Row 3: one of the two by certificate number, one by name of an
   * officer of the body who holds no card. */
  db_exec (&db, "INSERT INTO officer (name, body_id, staffing) "
                "SELECT '测试辅警甲', body_id, 'non_staff' FROM case_file WHERE id = "
                "(SELECT max (id) FROM case_file)");
  {
    g_autofree char *sql = g_strdup_printf (
      "UPDATE officer SET body_id = (SELECT body_id FROM case_file WHERE id = %" G_GINT64_FORMAT ") "
      "WHERE name = '测试辅警甲'", fewer);
    g_autofree char *line = case_text (&db, fewer,
      "b.name || ',' || c.number || ',' || c.category || ',' || (SELECT cert.number FROM case_officer co "
      "JOIN certificate cert ON cert.officer_id = co.officer_id WHERE co.case_id = c.id "
      "ORDER BY cert.id DESC LIMIT 1) || ' 测试辅警甲'");
    db_exec (&db, sql);
    g_string_append_printf (text, "%s\n", line);
  }
  /* Row 4: nobody of that name. */
  {
    g_autofree char *line = case_text (&db, unknown,
      "b.name || ',' || c.number || ',' || c.category || ',查无此人'");
    g_string_append_printf (text, "%s\n", line);
  }
  /* Row 5: two officers of the case's body share the name. */
  {
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO officer (name, body_id) SELECT '测试同名', body_id FROM case_file "
      "WHERE id = %" G_GINT64_FORMAT " UNION ALL SELECT '测试同名', body_id FROM case_file "
      "WHERE id = %" G_GINT64_FORMAT, ambiguous, ambiguous);
    g_autofree char *line = case_text (&db, ambiguous,
      "b.name || ',' || c.number || ',' || c.category || ',测试同名'");
    db_exec (&db, sql);
    g_string_append_printf (text, "%s\n", line);
  }
  g_assert_true (g_file_set_contents (csv, text->str, -1, NULL));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZfRowSource) source = zf_import_open_source (csv, NULL, NULL, &error);

    import = zf_import_new (db.store, zf_import_register_lookup ("cases"));
    g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
    g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (row_at (import, 2)->status, ==, ZF_IMPORT_ROW_UNCHANGED);
  g_assert_cmpint (row_at (import, 3)->status, ==, ZF_IMPORT_ROW_UPDATE);
  row = row_at (import, 4);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, "查无此人"));
  g_assert_nonnull (strstr (row->message, zf_import_field_label (
    &reg->fields[zf_import_register_field_index (reg, "officers")])));
  row = row_at (import, 5);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, "测试同名"));
  g_assert_false (g_str_has_prefix (row->message, "Handling officers: There is no"));
  commit (import);

  g_assert_cmpint (db_int (&db, "SELECT count(*) FROM case_officer co JOIN officer o ON o.id = co.officer_id "
                                "WHERE o.name = '测试辅警甲'"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM case_officer WHERE case_id = %" G_GINT64_FORMAT, fewer);
    g_assert_cmpint (db_int (&db, sql), ==, 2);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(*) FROM case_officer WHERE case_id = %" G_GINT64_FORMAT, same);
    g_assert_cmpint (db_int (&db, sql), ==, 2);
  }

  /* The officer without a card is written by name and read back so. */
  {
    g_autofree char *path = export (&db, "edited.xlsx", 0, 0);
    again = plan (&db, path);
    assert_all (again, ZF_IMPORT_ROW_UNCHANGED, N_CASES);
  }
  db_clear (&db);
}

/* The matter cell as people fill it in: by code or by name (brackets of
 * either width), and a matter of another body's list is refused. */
static void
test_matter_cell (void)
{
  Db db = { 0 };
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *csv = g_build_filename (dir, "matters.csv", NULL);
  g_autoptr(GString) text = g_string_new ("执法主体,案号,类别,执法事项\n");
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = NULL;
  const ZfImportRegister *reg = zf_import_register_lookup ("cases");
  g_autofree char *by_code = NULL, *by_name = NULL, *other = NULL, *other_name = NULL;
  g_autofree char *sql = NULL;
  gint64 kept, moved, refused, new_matter, refused_matter;
  const ZfImportRow *row;

  db_demo (&db, "matters.db", N_CASES);
  /* Three cases of a body with at least two coded matters. */
  kept = db_int (&db, "SELECT c.id FROM case_file c JOIN matter m ON m.id = c.matter_id "
                      "WHERE m.code IS NOT NULL AND (SELECT count(*) FROM matter x WHERE "
                      "x.body_id = c.body_id AND x.code IS NOT NULL) > 1 ORDER BY c.id LIMIT 1");
  g_assert_cmpint (kept, >, 0);
  sql = g_strdup_printf ("SELECT c.id FROM case_file c WHERE c.matter_id IS NOT NULL AND c.id <> %"
                         G_GINT64_FORMAT " AND (SELECT count(*) FROM matter x WHERE x.body_id = "
                         "c.body_id AND x.code IS NOT NULL AND x.name LIKE '%%（%%') > 1 "
                         "ORDER BY c.id LIMIT 2", kept);
  moved = db_int (&db, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT c.id FROM case_file c WHERE c.matter_id IS NOT NULL AND c.id NOT IN "
                         "(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ") ORDER BY c.id DESC LIMIT 1",
                         kept, moved);
  refused = db_int (&db, sql);
  g_assert_cmpint (moved, >, 0);
  g_assert_cmpint (refused, >, 0);

  /* Row 2: the case's own matter by its code. */
  by_code = case_text (&db, kept, "b.name || ',' || c.number || ',' || c.category || ',' || "
                                  "(SELECT code FROM matter WHERE id = c.matter_id)");
  /* Row 3: another matter of the body by its name, with half-width brackets. */
  by_name = case_text (&db, moved, "b.name || ',' || c.number || ',' || c.category || ',' || "
                                   "replace (replace ((SELECT name FROM matter x WHERE x.body_id = "
                                   "c.body_id AND x.id <> c.matter_id AND x.name LIKE '%（%' "
                                   "ORDER BY x.id LIMIT 1), '（', '('), '）', ')')");
  new_matter = db_int (&db, (g_free (sql), sql = g_strdup_printf (
    "SELECT x.id FROM matter x JOIN case_file c ON c.body_id = x.body_id WHERE c.id = %"
    G_GINT64_FORMAT " AND x.id <> c.matter_id AND x.name LIKE '%%（%%' ORDER BY x.id LIMIT 1",
    moved)));
  /* Row 4: a matter only another body has. */
  other_name = case_text (&db, refused, "(SELECT x.name FROM matter x WHERE x.body_id <> c.body_id "
                                        "AND x.name NOT IN (SELECT name FROM matter WHERE body_id = "
                                        "c.body_id) ORDER BY x.id LIMIT 1)");
  g_assert_nonnull (other_name);
  other = case_text (&db, refused, "b.name || ',' || c.number || ',' || c.category");
  refused_matter = db_int (&db, (g_free (sql), sql = g_strdup_printf (
    "SELECT matter_id FROM case_file WHERE id = %" G_GINT64_FORMAT, refused)));
  g_string_append_printf (text, "%s\n%s\n%s,%s\n", by_code, by_name, other, other_name);
  g_assert_true (g_file_set_contents (csv, text->str, -1, NULL));

  source = zf_import_open_source (csv, NULL, NULL, &error);
  g_assert_no_error (error);
  import = zf_import_new (db.store, reg);
  g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (row_at (import, 2)->status, ==, ZF_IMPORT_ROW_UNCHANGED);
  g_assert_cmpint (row_at (import, 3)->status, ==, ZF_IMPORT_ROW_UPDATE);
  row = row_at (import, 4);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, zf_import_field_label (
    &reg->fields[zf_import_register_field_index (reg, "matter")])));
  {
    /* The reason names the matter as the import read it and the body. */
    g_autofree char *normalized = zf_text_normalize (other_name);
    g_autofree char *body = case_text (&db, refused, "b.name");

    g_assert_nonnull (strstr (row->message, normalized));
    g_assert_nonnull (strstr (row->message, body));
  }
  commit (import);

  g_assert_cmpint (db_int (&db, (g_free (sql), sql = g_strdup_printf (
    "SELECT matter_id FROM case_file WHERE id = %" G_GINT64_FORMAT, moved))), ==, new_matter);
  g_assert_cmpint (db_int (&db, (g_free (sql), sql = g_strdup_printf (
    "SELECT matter_id FROM case_file WHERE id = %" G_GINT64_FORMAT, refused))), ==, refused_matter);
  db_clear (&db);
}

static char *
python_check (const char  *path,
              guint        n_rows,
              const char  *body,
              int          year,
              int         *status)
{
  const ZfImportRegister *reg = zf_import_register_lookup ("cases");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *err = NULL;

  for (guint i = 0; i < reg->n_fields; i++)
    {
      ZfImportKind k = reg->fields[i].kind;
      g_string_append_c (kinds, k == ZF_IMPORT_DATE ? 'd' : k == ZF_IMPORT_DOUBLE ? 'n'
                                : k == ZF_IMPORT_INT ? 'i' : k == ZF_IMPORT_BOOL ? 'b' : 't');
    }
  g_ptr_array_add (argv, g_strdup (g_getenv ("ZF_PYTHON")));
  g_ptr_array_add (argv, g_strdup (g_getenv ("ZF_CHECK_CASE_EXPORT")));
  g_ptr_array_add (argv, g_strdup (path));
  g_ptr_array_add (argv, g_strdup_printf ("%u", n_rows));
  g_ptr_array_add (argv, g_strdup (body ? body : ""));
  g_ptr_array_add (argv, g_strdup_printf ("%d", year));
  g_ptr_array_add (argv, g_strdup (kinds->str));
  for (guint i = 0; i < reg->n_fields; i++)
    g_ptr_array_add (argv, g_strdup (zf_import_field_label (&reg->fields[i])));
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (argv->pdata[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, status, &error));
  g_assert_no_error (error);
  return err;
}

/* A body and a year: only their rows, and the cells as Excel reads them. */
static void
test_filters_and_cells (void)
{
  Db db = { 0 };
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;
  g_autofree char *body = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *count_sql = NULL;
  gint64 body_id;
  int year, status;

  db_demo (&db, "filters.db", N_CASES);
  body_id = db_int (&db, "SELECT body_id FROM case_file GROUP BY body_id ORDER BY count(*) DESC LIMIT 1");
  count_sql = g_strdup_printf ("SELECT year FROM case_file WHERE body_id = %" G_GINT64_FORMAT
                               " GROUP BY year ORDER BY count(*) DESC LIMIT 1", body_id);
  year = (int) db_int (&db, count_sql);
  g_free (count_sql);
  count_sql = g_strdup_printf ("SELECT count(*) FROM case_file WHERE body_id = %" G_GINT64_FORMAT
                               " AND year = %d", body_id, year);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT name FROM body WHERE id = %" G_GINT64_FORMAT, body_id);
    sqlite3 *conn = zf_test_sqlite_open (db.path);
    body = zf_test_sqlite_text (conn, sql);
    sqlite3_close (conn);
  }

  all = export (&db, "all.xlsx", 0, 0);
  errors = python_check (all, N_CASES, NULL, 0, &status);
  g_assert_cmpstr (errors, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_clear_pointer (&errors, g_free);

  some = export (&db, "some.xlsx", body_id, year);
  errors = python_check (some, (guint) db_int (&db, count_sql), body, year, &status);
  g_assert_cmpstr (errors, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_clear_pointer (&errors, g_free);

  /* The checker itself fails on a wrong count. */
  errors = python_check (some, N_CASES + 1, body, year, &status);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (errors, "data rows"));
  db_clear (&db);
}

static void
test_cancel (void)
{
  Db db = { 0 };
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "cancelled.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  db_demo (&db, "cancel.db", 5);
  g_cancellable_cancel (cancellable);
  g_assert_false (zf_export_cases_xlsx (db.store, path, 0, 0, cancellable, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  db_clear (&db);
}

static int
run_cli (Db          *db,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = -1;
  va_list ap;

  g_ptr_array_add (argv, (char *) g_getenv ("ZHIFA_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  envp = g_environ_setenv (envp, "ZHIFA_DB", db->path, TRUE);
  va_start (ap, first);
  for (const char *a = first; a; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (void)
{
  Db db = { 0 };
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "cli.xlsx", NULL);
  g_autofree char *body = NULL;
  g_autofree char *err = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int year, status;
  gint64 n;

  db_demo (&db, "cli.db", N_CASES);
  {
    sqlite3 *conn = zf_test_sqlite_open (db.path);
    body = zf_test_sqlite_text (conn, "SELECT b.name FROM case_file c JOIN body b ON b.id = c.body_id "
                                      "ORDER BY c.id LIMIT 1");
    year = (int) zf_test_sqlite_int (conn, "SELECT year FROM case_file ORDER BY id LIMIT 1");
    sqlite3_close (conn);
  }
  year_text = g_strdup_printf ("%d", year);
  /* The store is closed: the CLI makes its own start-up backup. */
  g_clear_object (&db.store);

  g_assert_cmpint (run_cli (&db, &err, "export", "cases", "--xlsx", path, "--body", body,
                            "--year", year_text, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM case_file c JOIN body b ON b.id = c.body_id "
                                            "WHERE b.name = '%s' AND c.year = %d", body, year);
    n = db_int (&db, sql);
  }
  g_assert_cmpint (n, >, 0);
  errors = python_check (path, (guint) n, body, year, &status);
  g_assert_cmpstr (errors, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The file goes through the CLI's import and changes nothing. */
  before = dump (&db, "SELECT * FROM case_file ORDER BY id");
  g_assert_cmpint (run_cli (&db, &err, "import", "cases", path, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  after = dump (&db, "SELECT * FROM case_file ORDER BY id");
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (run_cli (&db, &err, "export", "cases", "--xlsx", path, "--body", "没有这个单位", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "没有这个单位"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&db, &err, "export", "cases", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--xlsx"));
  zf_test_remove_db (db.path);
  g_free (db.path);
}

/* The evaluations register through the CLI: export evaluations writes a
 * row per line (one for an evaluation without lines) of the body asked
 * for, and import evaluations reads it back changing nothing, in the
 * user's language as in English. */
static void
test_evaluations_cli (void)
{
  Db db = { 0 };
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "evaluations-cli.xlsx", NULL);
  g_autofree char *body = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *rows_sql = NULL;
  g_autoptr(ZfRowSource) source = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;
  ZfRow *row;

  db_demo (&db, "evaluations-cli.db", N_CASES);
  g_assert_cmpint (db_int (&db, "SELECT count(*) FROM evaluation"), >, 0);
  {
    sqlite3 *conn = zf_test_sqlite_open (db.path);
    body = zf_test_sqlite_text (conn, "SELECT b.name FROM evaluation e JOIN case_file c ON c.id = e.case_id "
                                      "JOIN body b ON b.id = c.body_id ORDER BY e.id LIMIT 1");
    sqlite3_close (conn);
  }
  rows_sql = g_strdup_printf ("SELECT count(*) FROM evaluation e JOIN case_file c ON c.id = e.case_id "
                              "JOIN body b ON b.id = c.body_id LEFT JOIN evaluation_item ei "
                              "ON ei.evaluation_id = e.id WHERE b.name = '%s'", body);
  g_clear_object (&db.store);

  g_assert_cmpint (run_cli (&db, &err, "export", "evaluations", "--xlsx", path, "--body", body, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  /* A title, a subtitle and the header above the rows. */
  source = zf_import_open_source (path, NULL, NULL, &error);
  g_assert_no_error (error);
  while ((row = zf_row_source_next_row (source, &error)) != NULL)
    {
      n_rows += row->number > 3;
      zf_row_free (row);
    }
  g_assert_no_error (error);
  g_assert_cmpint (n_rows, ==, db_int (&db, rows_sql));

  before = dump (&db, "SELECT * FROM evaluation ORDER BY id");
  g_assert_cmpint (run_cli (&db, &err, "import", "evaluations", path, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  after = dump (&db, "SELECT * FROM evaluation ORDER BY id");
  g_assert_cmpstr (after, ==, before);
  zf_test_remove_db (db.path);
  g_free (db.path);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("ZF_TEST_EXPECT_ZH") != NULL)
    zf_test_use_zh_CN ();

  g_test_add_func ("/case-export/round-trip/same-database", test_same_database);
  g_test_add_func ("/case-export/round-trip/fresh-database", test_fresh_database);
  g_test_add_func ("/case-export/officers-cell", test_officers_cell);
  g_test_add_func ("/case-export/matter-cell", test_matter_cell);
  g_test_add_func ("/case-export/filters-and-cells", test_filters_and_cells);
  g_test_add_func ("/case-export/cancel", test_cancel);
  g_test_add_func ("/case-export/cli", test_cli);
  g_test_add_func ("/case-export/evaluations-cli", test_evaluations_cli);
  return g_test_run ();
}
