#include "config.h"

#include <glib/gstdio.h>

#include "case-fixture.h"
#include "zf-store-cases.h"
#include "zf-store-private.h"

static const char fixture_sql[] =
  "INSERT INTO body (id, name, status) VALUES (1, '甲县市场监督管理局', 'published'),"
  "  (2, '甲县农业农村局', 'published'), (3, '甲县测试中心', 'pending');"
  "INSERT INTO officer (id, name, body_id) VALUES (1, '张一', 1), (2, '李二', 1), (3, '王三', 1),"
  "  (4, '赵四', 1);"
  "INSERT INTO certificate (id, officer_id, number, issue_date, valid_until, status) VALUES"
  "  (1, 1, 'T-0001', '2022-01-01', '2027-12-31', 'valid'),"
  "  (2, 2, 'T-0002', '2022-01-01', '2027-12-31', 'valid'),"
  "  (3, 3, 'T-0003', '2022-01-01', '2027-12-31', 'valid');"
  "INSERT INTO matter (id, body_id, code, name, category, time_limit_days, status) VALUES"
  "  (1, 1, 'CF-001', '销售不合格产品', 'penalty', 60, 'active'),"
  "  (2, 2, 'CF-002', '违规使用农药', 'penalty', 60, 'active');"
  "INSERT INTO benchmark (id, body_id, matter_id, violation, statutory_min, statutory_max) VALUES"
  "  (1, 1, 1, '销售不合格产品', 200, 5000);"
  "INSERT INTO benchmark_tier (benchmark_id, tier, range_min, range_max) VALUES"
  "  (1, 'slight', 500, 1000), (1, 'general', 1000, 2000), (1, 'serious', 2000, 3000);";

ZfStore *
case_fixture_open (char **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  char *path;
  ZfStore *store;

  g_assert_no_error (error);
  path = g_build_filename (dir, "test.db", NULL);
  store = zf_store_open (path, &error);
  g_assert_no_error (error);
  case_fixture_exec (store, fixture_sql);
  *path_out = path;
  return store;
}

void
case_fixture_close (ZfStore *store,
                    char    *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_object_unref (store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
  g_free (path);
}

void
case_fixture_exec (ZfStore    *store,
                   const char *sql)
{
  char *msg = NULL;

  if (sqlite3_exec (zf_store_get_db (store), sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
}

gint64
case_fixture_int (ZfStore    *store,
                  const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zf_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

gint64
case_fixture_good_case (ZfStore    *store,
                        const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfCaseFile) c = zf_case_file_new ();
  g_autoptr(GArray) officers = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 o1 = 1, o2 = 2;

  g_object_set (c, "body-id", (gint64) 1, "number", number, "category", "penalty",
                "procedure", "ordinary", "party-name", "某某商贸有限公司", "party-kind", "organization",
                "matter-id", (gint64) 1, "filed-date", "2024-03-01", "investigated-date", "2024-03-05",
                "notified-date", "2024-03-20", "legal-review-date", "2024-03-25",
                "collective-date", "2024-03-26", "decided-date", "2024-04-01",
                "served-date", "2024-04-03", "closed-date", "2024-04-20",
                "archived-date", "2024-04-25", "fine-amount", 1500.0, "major", TRUE,
                "basis", "《中华人民共和国产品质量法》第四十九条", NULL);
  g_array_append_val (officers, o1);
  g_array_append_val (officers, o2);
  zf_store_save_case_file (store, c, officers, &error);
  g_assert_no_error (error);
  return zf_record_get_id (ZF_RECORD (c));
}

void
case_fixture_settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < until || g_main_context_pending (NULL))
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}
