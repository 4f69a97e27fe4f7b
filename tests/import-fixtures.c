#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "import-fixtures.h"
#include "zf-store-officer-summary.h"
#include "zf-test-util.h"

char *
fixture_person_name (guint n)
{
  static const char *const family[] = { "赵", "钱", "孙", "李", "周", "吴", "郑", "王" };
  static const char *const given[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

  return g_strdup_printf ("%s%s%s", family[n % 8], given[(n / 8) % 10], given[(n / 80) % 10]);
}

char *
fixture_body_name (guint n)
{
  static const char *const kinds[] = { "市场监督管理局", "农业农村局", "交通运输局",
                                       "城市管理局", "生态环境局", "应急管理局" };

  return g_strdup_printf ("测试%u县%s", n / 6, kinds[n % 6]);
}

void
fixture_write_zip (const char        *path,
                   const char *const *entries)
{
  struct archive *a = archive_write_new ();

  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  for (guint i = 0; entries[i] && entries[i + 1]; i += 2)
    {
      struct archive_entry *e = archive_entry_new ();
      gsize len = strlen (entries[i + 1]);

      archive_entry_set_pathname (e, entries[i]);
      archive_entry_set_size (e, len);
      archive_entry_set_filetype (e, AE_IFREG);
      archive_entry_set_perm (e, 0644);
      g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (a, entries[i + 1], len), ==, (la_ssize_t) len);
      archive_entry_free (e);
    }
  archive_write_close (a);
  archive_write_free (a);
}

ZfStore *
fixture_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = zf_test_tmp_dir ();
  g_autofree char *path = NULL;
  ZfStore *store;

  /* A folder of its own per test, inside the one zf-test-util removes at
   * exit: the tests reuse file names. */
  *dir = g_build_filename (root, "import-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp (*dir));
  path = g_build_filename (*dir, "test.db", NULL);
  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

char *
fixture_path (const char *dir,
              const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static gint64
count_table (ZfImport *import);

/* The records of every register the import writes: its own and those
 * of its parts (a matters workbook's transfers and duties). */
static gint64
count_records (ZfImport *import)
{
  gint64 n = 0;

  for (guint p = 0; p < zf_import_get_n_parts (import); p++)
    n += count_table (zf_import_get_part (import, p));
  return n;
}

static gint64
count_table (ZfImport *import)
{
  const ZfImportRegister *reg = zf_import_get_register (import);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", reg->table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (zf_store_get_path (zf_import_get_store (import)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

void
fixture_commit_checked (ZfImport *import)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = zf_import_get_n_rows (import);
  /* The rows of each part (a matters workbook's transfers and duties)
   * come after the import's own: records of another table each. */
  g_autofree guint *part_end = g_new (guint, zf_import_get_n_parts (import));
  g_autofree ZfImportStatus *status = g_new (ZfImportStatus, n);
  g_autofree gint64 *existing = g_new (gint64, n);
  guint n_new = 0;
  gint64 before = count_records (import);

  part_end[0] = n;
  for (guint p = 1; p < zf_import_get_n_parts (import); p++)
    part_end[0] -= zf_import_get_n_rows (zf_import_get_part (import, p));
  for (guint p = 1; p < zf_import_get_n_parts (import); p++)
    part_end[p] = part_end[p - 1] + zf_import_get_n_rows (zf_import_get_part (import, p));

  for (guint i = 0; i < n; i++)
    {
      status[i] = zf_import_get_row (import, i)->status;
      existing[i] = zf_import_get_row (import, i)->existing_id;
      /* A record over several rows (an evaluation's lines) is one. */
      n_new += status[i] == ZF_IMPORT_ROW_NEW && zf_import_get_row (import, i)->part_of == 0;
    }
  g_assert_true (zf_import_commit (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_records (import), ==, before + n_new);
  /* Whatever the import wrote, the officers' summaries still derive from
   * the rows, bulk or not. */
  g_assert_cmpint (zf_store_verify_officer_summaries (zf_import_get_store (import), NULL, &error),
                   ==, 0);

  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (zf_import_get_n_rows (import), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const ZfImportRow *row = zf_import_get_row (import, i);

      if (status[i] == ZF_IMPORT_ROW_ERROR)
        continue;
      if (row->status != ZF_IMPORT_ROW_UNCHANGED)
        g_test_message ("row %u, accepted as %s, is now %s: %s%s", row->excel_row,
                        zf_import_status_label (status[i]), zf_import_status_label (row->status),
                        row->message ? row->message : "", row->changes ? row->changes : "");
      g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_UNCHANGED);
      g_assert_cmpint (row->existing_id, >, 0);
      if (status[i] != ZF_IMPORT_ROW_NEW)
        g_assert_cmpint (row->existing_id, ==, existing[i]);
      /* One record per accepted row, or per record of several rows: its
       * further rows are the record its first row is. */
      if (row->part_of > 0)
        {
          g_assert_cmpint (row->existing_id, ==, zf_import_get_row (import, row->part_of - 1)->existing_id);
          continue;
        }
      {
        guint part = 0;
        char *key;

        while (i >= part_end[part])
          part++;
        key = g_strdup_printf ("%u/%" G_GINT64_FORMAT, part, row->existing_id);
        g_assert_false (g_hash_table_contains (ids, key));
        g_hash_table_add (ids, key);
      }
    }
}

gint64
fixture_db_int (ZfStore    *store,
                const char *sql)
{
  sqlite3 *db = zf_test_sqlite_open (zf_store_get_path (store));
  gint64 v = zf_test_sqlite_int (db, sql);

  sqlite3_close (db);
  return v;
}

ZfImport *
fixture_plan_file (ZfStore    *store,
                   const char *reg,
                   const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
  ZfImport *import;

  g_assert_no_error (error);
  import = zf_import_new (store, zf_import_register_lookup (reg));
  zf_import_set_file_name (import, path);
  g_assert_true (zf_import_read (import, source, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (zf_import_plan (import, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return import;
}

const ZfImportRow *
fixture_row_at (ZfImport *import,
                guint     excel_row)
{
  for (guint i = 0; i < zf_import_get_n_rows (import); i++)
    if (zf_import_get_row (import, i)->excel_row == excel_row)
      return zf_import_get_row (import, i);
  g_assert_not_reached ();
  return NULL;
}

void
fixture_assert_refused (ZfImport   *import,
                        guint       excel_row,
                        const char *column,
                        const char *part)
{
  const ZfImportRow *row = fixture_row_at (import, excel_row);

  g_test_message ("row %u: %s", excel_row, row->message);
  g_assert_cmpint (row->status, ==, ZF_IMPORT_ROW_ERROR);
  g_assert_cmpstr (row->column, ==, column);
  g_assert_nonnull (strstr (row->message, part));
}

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = fixture_store (&f->dir);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->dir);
}
