/* Odd and hostile text survives the round trip through the store and the
 * exports: characters outside the BMP (CJK Extension B, common in real
 * names), emoji, very long fields, control characters, quotes and SQL. */
#include "config.h"

#include <glib/gstdio.h>

#include "zf-body.h"
#include "zf-checklists-export.h"
#include "zf-demo.h"
#include "zf-store-draws.h"
#include "zf-export-bodies.h"
#include "zf-store-bodies.h"
#include "zf-test-util.h"
#include "zf-validate.h"

typedef struct
{
  const char *label;
  const char *text;
  const char *in_files;   /* as files show it, NULL = unchanged */
} Hostile;

static const Hostile hostile[] = {
  { "ext-b", "张𠀀𠀁𪚥 (U+20000 U+20001 U+2A6A5)" },
  { "emoji", "执法😀👨‍👩‍👧🇨🇳 ✓" },
  { "quotes", "O'Brien \"引号\" ‘单’ “双” `tick` \\ backslash" },
  { "sql", "x'); DROP TABLE body; -- ' OR '1'='1 /* */ ;" },
  { "control", "a\x01" "b\x07" "c\x08" "d\x0b" "e\x0c" "f\x1b" "g\x1f" "h\x7f" "i\tj\nk\rl\r\nm",
    "a␁b␇c␈d␋e␌f␛g␟h␡i\tj\nk\nl\nm" },
  { "xml", "<b>&amp;</b> ]]> <?xml?> &#0; _x0041_ _x005F_" },
  { "formula", "=HYPERLINK(\"http://x\",\"y\") +1 @SUM(A1)" },
  { "bidi", "\u202eevil\u202c \u200b zero-width \ufeff bom" },
};

static char *long_text;

/* A 10,000-character field mixing CJK, Extension B and ASCII. */
static const char *
long_field (void)
{
  if (long_text == NULL)
    {
      GString *s = g_string_new (NULL);
      for (guint i = 0; g_utf8_strlen (s->str, -1) < 10000; i++)
        g_string_append (s, i % 7 == 0 ? "𠀀" : i % 3 == 0 ? "a" : "执");
      long_text = g_string_free (s, FALSE);
    }
  return long_text;
}

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;
      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static gint64
save_body (ZfStore    *store,
           guint       serial,
           const char *name,
           const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();
  char code[19];
  gint64 id;

  g_snprintf (code, sizeof code, "11420703%09u", serial);
  code[17] = zf_credit_code_check_char (code);
  code[18] = '\0';
  g_object_set (body, "name", name, "credit-code", code, "kind", "authorized",
                "level", "county", "region-code", "420703", "domain", "市场监管",
                "address", text, "legal-basis", text, "notes", text, NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  id = zf_record_get_id (ZF_RECORD (body));
  g_assert_true (zf_store_change_body_status (store, id, "confirmed", "2023-02-01",
                                              "文〔2023〕2号", NULL, &error));
  g_assert_true (zf_store_change_body_status (store, id, "published", "2023-03-21",
                                              "文〔2023〕3号", NULL, &error));
  g_assert_no_error (error);
  return id;
}

/* zhifa-cli import reads the exported register back into a new database:
 * every name, address and legal basis as the file shows it. */
static void
check_reimport (const char *dir,
                const char *xlsx,
                guint       n)
{
  g_autofree char *db_path = g_build_filename (dir, "reimport.db", NULL);
  const char *argv[] = { g_getenv ("ZHIFA_CLI"), "--database", db_path, "--quiet", "import",
                         "bodies", xlsx, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  sqlite3 *db;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("import: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  db = zf_test_sqlite_open (db_path);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body"), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const char *text = i < G_N_ELEMENTS (hostile) ? hostile[i].text : long_field ();
      const char *shown = i < G_N_ELEMENTS (hostile) && hostile[i].in_files
                          ? hostile[i].in_files : text;
      g_autofree char *prefix = g_strdup_printf ("机构%u %%", i);
      g_autofree char *name = g_strdup_printf ("机构%u %s", i, shown);
      sqlite3_stmt *stmt = NULL;

      g_test_message ("reimport %u", i);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, address, legal_basis FROM body "
                                           "WHERE name LIKE ?1", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, name);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, shown);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, shown);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
}

static void
test_store_and_xlsx (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "hostile.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "bodies.xlsx", NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.json", NULL);
  g_autoptr(GString) expected = g_string_new ("{");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (db, &error);
  guint n = G_N_ELEMENTS (hostile) + 1;

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      const char *text = i < G_N_ELEMENTS (hostile) ? hostile[i].text : long_field ();
      const char *shown = i < G_N_ELEMENTS (hostile) && hostile[i].in_files
                          ? hostile[i].in_files : text;
      g_autofree char *name = g_strdup_printf ("机构%u %s", i, text);
      g_autofree char *shown_name = g_strdup_printf ("机构%u %s", i, shown);
      gint64 id = save_body (store, i + 1, name, text);
      g_autoptr(ZfBody) back = zf_store_get_body (store, id, &error);

      g_test_message ("%s", i < G_N_ELEMENTS (hostile) ? hostile[i].label : "long");
      g_assert_no_error (error);
      /* The store keeps every character (names are trimmed, nothing else). */
      g_assert_cmpstr (zf_body_get_name (back), ==, name);
      g_assert_cmpstr (zf_record_get_string (ZF_RECORD (back), "notes"), ==, text);
      g_assert_cmpstr (zf_record_get_string (ZF_RECORD (back), "address"), ==, text);

      json_string (expected, shown_name);
      g_string_append (expected, ": {\"address\": ");
      json_string (expected, shown);
      g_string_append (expected, ", \"legal_basis\": ");
      json_string (expected, shown);
      g_string_append (expected, i + 1 < n ? "}, " : "}}");
    }
  g_assert_true (g_file_set_contents (expected_path, expected->str, -1, NULL));

  g_assert_true (zf_export_bodies_xlsx (store, xlsx, NULL, &error));
  g_assert_no_error (error);
  check_reimport (dir, xlsx, n);
  {
    const char *argv[] = { g_getenv ("ZF_PYTHON"), g_getenv ("ZF_CHECK_HOSTILE_XLSX"), xlsx,
                           expected_path, NULL };
    g_autofree char *out = NULL;
    int status = 0;

    g_assert_nonnull (argv[0]);
    g_assert_nonnull (argv[1]);
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                  &out, NULL, &status, &error);
    g_assert_no_error (error);
    g_test_message ("%s", out);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
}

/* A draw needs an item whose body has inspectors: try the items in turn. */
static gint64
make_draw (ZfStore    *store,
           const char *db_path)
{
  sqlite3 *db = zf_test_sqlite_open (db_path);
  gint64 n_items = zf_test_sqlite_int (db, "SELECT count(*) FROM inspection_item");
  gint64 draw_id = 0;

  for (gint64 i = 0; i < n_items && draw_id == 0; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM inspection_item ORDER BY id "
                                              "LIMIT 1 OFFSET %" G_GINT64_FORMAT, i);
      ZfDrawRequest request = { 0 };

      request.item_id = zf_test_sqlite_int (db, sql);
      request.inspection_date = "2024-06-01";
      request.target_count = 3;
      request.per_target = 2;
      request.seed = 7;
      draw_id = zf_store_create_draw (store, &request, NULL);
    }
  sqlite3_close (db);
  g_assert_cmpint (draw_id, >, 0);
  return draw_id;
}

/* The printed draw record shows every character of the targets' names, or
 * a visible stand-in where no installed font has it: nothing vanishes. */
static void
test_pdf (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *db_path = g_build_filename (dir, "pdf.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "draw.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (db_path, &error);
  g_autofree char *out = NULL;
  g_autofree char *packed = NULL;
  ZfDemoSizes sizes;
  sqlite3 *db;
  int status = 0;

  g_assert_no_error (error);
  zf_demo_sizes_init (&sizes);
  sizes.bodies = 12;
  sizes.officers = 200;
  sizes.matters = 30;
  sizes.cases = 0;
  sizes.today = "2024-05-01";
  g_assert_true (zf_demo_generate (store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);

  db = zf_test_sqlite_open (db_path);
  zf_test_sqlite_exec (db, "UPDATE inspection_target SET name = "
                           "'对象' || id || '号张𠀀😀控' || char(1) || '制'");
  sqlite3_close (db);

  g_assert_true (zf_export_draw_pdf (store, make_draw (store, db_path), pdf, &error));
  g_assert_no_error (error);
  {
    /* In drawing order: a name wrapped in its cell is not interleaved
     * with the next column's lines. */
    const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, &out, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    GString *s = g_string_new (NULL);
    for (const char *p = out; *p; p = g_utf8_next_char (p))
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        g_string_append_unichar (s, g_utf8_get_char (p));
    packed = g_string_free (s, FALSE);
  }
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (packed, "号张"));
  g_assert_true (strstr (packed, "张𠀀") != NULL || strstr (packed, "张[U+20000]") != NULL);
  g_assert_true (strstr (packed, "😀") != NULL || strstr (packed, "[U+1F600]") != NULL);
  g_assert_true (strstr (packed, "控␁制") != NULL || strstr (packed, "控[U+2401]制") != NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile/store-and-xlsx", test_store_and_xlsx);
  g_test_add_func ("/hostile/pdf", test_pdf);
  status = g_test_run ();
  g_free (long_text);
  return status;
}
