#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

#include "import-fixtures.h"
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
