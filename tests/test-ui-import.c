#define G_LOG_DOMAIN "test-ui-import"

#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "zf-application.h"
#include "zf-checklists-export.h"
#include "zf-demo.h"
#include "zf-i18n.h"
#include "zf-import-dialog.h"
#include "zf-import-preview-row.h"
#include "zf-test-util.h"

/* The import dialog on a temporary database: a small generated workbook
 * with a title row and one bad credit code; the preview refuses that row
 * with its reason and column, the commit stores the others. */

static void
settle (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until || g_main_context_pending (NULL))
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
wait_idle (ZfImportDialog *dialog)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (zf_import_dialog_is_busy (dialog) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (zf_import_dialog_is_busy (dialog));
  settle (100);
}

static char *
write_workbook (void)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  char *path = g_build_filename (dir, "主体名录.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "名录");
  static const char *const header[] = { "单位名称", "统一社会信用代码", "主体类别", "层级", "联系人" };
  g_autofree char *code1 = zf_test_credit_code (101);
  g_autofree char *code2 = zf_test_credit_code (102);
  g_autofree char *code3 = zf_test_credit_code (103);
  const char *rows[][5] = {
    { "测试县司法局", code1, "行政机关", "县级", "赵一" },
    { "测试县应急管理局", "11420703ABCDEFGHIJ", "行政机关", "县级", "钱二" },
    { "测试县农业农村局", code2, "机关", "县", "孙三" },
    { "测试县交通运输局", code3, "行政机关", "县级", "李四" },
  };

  workbook_add_worksheet (wb, "说明");
  worksheet_merge_range (ws, 0, 0, 0, 4, "测试县行政执法主体名录", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    worksheet_write_string (ws, 1, c, header[c], NULL);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < 5; c++)
      worksheet_write_string (ws, 2 + r, c, rows[r][c], NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
test_import_bodies (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = zf_test_db_path ("ui-import.db");
  g_autoptr(ZfStore) store = zf_store_open (db_path, &error);
  g_autofree char *workbook = write_workbook ();
  ZfImportDialog *dialog;
  GListModel *preview;
  guint n_errors = 0;
  sqlite3 *db;

  g_assert_no_error (error);
  zf_store_set_operator (store, "tester");

  dialog = zf_import_dialog_new (NULL, store, "bodies");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  settle (200);

  zf_import_dialog_open_file (dialog, workbook);
  g_assert_true (zf_import_dialog_is_busy (dialog));
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));

  /* Every data row is in the preview; the bad code is refused with its
   * Excel row (4: title, header, then the second body) and column B. */
  preview = zf_import_dialog_get_preview (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (preview), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (preview); i++)
    {
      g_autoptr(ZfImportPreviewRow) row = g_list_model_get_item (preview, i);
      g_autofree char *excel_row = NULL;
      g_autofree char *column = NULL;
      g_autofree char *matches = NULL;

      g_object_get (row, "row", &excel_row, "column", &column, "matches", &matches, NULL);
      if (zf_import_preview_row_get_status (row) == ZF_IMPORT_ROW_ERROR)
        {
          n_errors++;
          g_assert_cmpstr (excel_row, ==, "4");
          g_assert_cmpstr (column, ==, "B");
          g_assert_nonnull (zf_import_preview_row_get_reason (row));
          g_test_message ("refused: %s", zf_import_preview_row_get_reason (row));
        }
      else
        g_assert_cmpint (zf_import_preview_row_get_status (row), ==, ZF_IMPORT_ROW_NEW);
      /* 机关 and 县 are loose matches, shown as such. */
      if (g_str_equal (excel_row, "5"))
        g_assert_nonnull (matches);
    }
  g_assert_cmpuint (n_errors, ==, 1);
  g_assert_nonnull (strstr (zf_import_dialog_get_summary (dialog),
                            g_getenv ("ZF_TEST_EXPECT_ZH") ? "新增 3" : "3 new"));

  if (g_getenv ("ZF_TEST_HOLD_MS"))
    settle (atoi (g_getenv ("ZF_TEST_HOLD_MS")));

  /* Nothing is written before the commit. */
  db = zf_test_sqlite_open (db_path);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body"), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  g_assert_true (zf_import_dialog_is_busy (dialog));
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));

  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body"), ==, 3);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body WHERE name = '测试县应急管理局'"),
                   ==, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM body WHERE name = '测试县农业农村局' "
                                           "AND kind = 'organ' AND level = 'county'"), ==, 1);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM audit_log WHERE action = 'import' "
                                           "AND who = 'tester' AND instr (new, '主体名录.xlsx') > 0"), ==, 1);
  sqlite3_close (db);

  /* Committed once: the button is off now. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL) &&
                  zf_import_dialog_is_busy (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (100);
  g_assert_null (dialog);
}

/* One sheet per unit: the preview names each row's sheet, the summary the
 * sheet skipped for holding no table. */
static char *
write_per_unit (const char *file,
                const char *title)
{
  g_autofree char *dir = zf_test_tmp_dir ();
  char *path = g_build_filename (dir, file, NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *notes = workbook_add_worksheet (wb, "填表说明");
  static const char *const units[] = { "测试县司法局", "测试县交通运输局" };

  worksheet_write_string (notes, 0, 0, "每个单位一个工作表，工作表名称为单位全称。", NULL);
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      lxw_worksheet *ws = workbook_add_worksheet (wb, units[u]);
      lxw_row_col_options hide = { .hidden = 1 };

      worksheet_write_string (ws, 0, 0, "姓名", NULL);
      worksheet_write_string (ws, 0, 1, "身份证号码", NULL);
      worksheet_write_string (ws, 0, 2, "职务", NULL);
      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *name = g_strdup_printf ("%s%s", u == 0 ? "赵" : "钱", i == 0 ? "一" : "二");
          g_autofree char *id = zf_test_id_number (300 + u * 10 + i, i == 0);

          worksheet_write_string (ws, 1 + i, 0, name, NULL);
          worksheet_write_string (ws, 1 + i, 1, id, NULL);
          worksheet_write_string (ws, 1 + i, 2, title, NULL);
        }
      /* The last unit's second row is hidden in the workbook. */
      if (u == 1)
        worksheet_set_row_opt (ws, 2, LXW_DEF_ROW_HEIGHT, NULL, &hide);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

/* Renders @widget to a PNG file named by the environment variable @var,
 * when set. */
static void
maybe_screenshot (GtkWidget  *widget,
                  const char *var)
{
  const char *path = g_getenv (var);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  if (path == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_import_per_unit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = zf_test_db_path ("ui-import-units.db");
  g_autoptr(ZfStore) store = zf_store_open (db_path, &error);
  g_autofree char *workbook = write_per_unit ("分单位花名册.xlsx", "科员");
  g_autofree char *promoted = write_per_unit ("分单位花名册（更新）.xlsx", "副科长");
  ZfImportDialog *dialog;
  GListModel *preview;
  sqlite3 *db;

  g_assert_no_error (error);
  zf_store_set_operator (store, "tester");
  zf_test_add_body (store, "测试县司法局", 1);
  zf_test_add_body (store, "测试县交通运输局", 2);

  dialog = zf_import_dialog_new (NULL, store, "officers");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 700);
  gtk_window_present (GTK_WINDOW (dialog));
  settle (200);

  zf_import_dialog_open_file (dialog, workbook);
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));

  preview = zf_import_dialog_get_preview (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (preview), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(ZfImportPreviewRow) row = g_list_model_get_item (preview, i);
      g_autofree char *sheet = NULL;
      g_autofree char *excel_row = NULL;
      /* The hidden row is imported, and its number says it is hidden. */
      g_autofree char *expected = i == 3 ? g_strdup_printf (_("%u (hidden)"), 3)
                                         : g_strdup (i % 2 == 0 ? "2" : "3");

      g_object_get (row, "sheet", &sheet, "row", &excel_row, NULL);
      g_assert_cmpstr (sheet, ==, i < 2 ? "测试县司法局" : "测试县交通运输局");
      g_assert_cmpstr (excel_row, ==, expected);
      g_assert_cmpint (zf_import_preview_row_get_status (row), ==, ZF_IMPORT_ROW_NEW);
    }
  g_test_message ("%s", zf_import_dialog_get_summary (dialog));
  g_assert_nonnull (strstr (zf_import_dialog_get_summary (dialog), "填表说明"));
  {
    g_autofree char *hidden = g_strdup_printf (_("%s %u rows are hidden in the workbook; they are "
                                                 "imported too and marked “hidden” in the list."),
                                               "", 1);

    g_assert_nonnull (strstr (zf_import_dialog_get_summary (dialog), g_strchug (hidden)));
  }
  settle (300);
  maybe_screenshot (GTK_WIDGET (dialog), "ZF_TEST_SCREENSHOT");
  if (g_getenv ("ZF_TEST_HOLD_MS"))
    settle (atoi (g_getenv ("ZF_TEST_HOLD_MS")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));
  db = zf_test_sqlite_open (db_path);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer o JOIN body b ON b.id = o.body_id "
                                           "WHERE b.name = '测试县交通运输局'"), ==, 2);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer"), ==, 4);

  /* The same people again, each with a new post: every row is an update
   * and says what changes, old → new. */
  zf_import_dialog_open_file (dialog, promoted);
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (preview), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(ZfImportPreviewRow) row = g_list_model_get_item (preview, i);
      g_autofree char *reason = NULL;

      g_object_get (row, "reason", &reason, NULL);
      g_assert_cmpint (zf_import_preview_row_get_status (row), ==, ZF_IMPORT_ROW_UPDATE);
      g_assert_nonnull (strstr (reason, "科员 → 副科长"));
    }
  settle (300);
  maybe_screenshot (GTK_WIDGET (dialog), "ZF_TEST_SCREENSHOT_UPDATE");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  wait_idle (dialog);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count(*) FROM officer WHERE title = '副科长'"), ==, 4);
  sqlite3_close (db);

  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (100);
  g_assert_null (dialog);
}

/* The drop-down among @widget's descendants showing @text. */
static GtkDropDown *
find_dropdown (GtkWidget  *widget,
               const char *text)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      GObject *item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (widget));

      if (GTK_IS_STRING_OBJECT (item) &&
          g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), text) == 0)
        return GTK_DROP_DOWN (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_dropdown (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label among @widget's descendants reading @text. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The matters list the app exports carries their transfers on a second
 * sheet: the matters' preview says which, and how to import it; choosing
 * the transfers register then reads that sheet. */
static void
test_import_matters_transfers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = zf_test_db_path ("ui-import-matters.db");
  g_autoptr(ZfStore) store = zf_store_open (db_path, &error);
  g_autofree char *dir = zf_test_tmp_dir ();
  g_autofree char *workbook = g_build_filename (dir, "事项清单.xlsx", NULL);
  ZfImportDialog *dialog;
  GtkDropDown *register_dropdown;
  GListModel *preview;
  ZfDemoSizes sizes;
  sqlite3 *db;

  g_assert_no_error (error);
  zf_store_set_operator (store, "tester");
  zf_demo_sizes_init (&sizes);
  sizes.bodies = 30;
  sizes.officers = 20;
  sizes.matters = 60;
  sizes.cases = 0;
  g_assert_true (zf_demo_generate (store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (zf_export_checklist_xlsx (store, ZF_CHECKLIST_MATTERS, 0, workbook, &error));
  g_assert_no_error (error);

  dialog = zf_import_dialog_new (NULL, store, "matters");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 700);
  gtk_window_present (GTK_WINDOW (dialog));
  settle (200);
  zf_import_dialog_open_file (dialog, workbook);
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));
  g_test_message ("%s", zf_import_dialog_get_summary (dialog));
  g_assert_nonnull (strstr (zf_import_dialog_get_summary (dialog), _("Transfers of matters")));
  /* The mapping page maps the columns of every sheet read: the
   * transfers' and the duties' under their sheets' names too. */
  {
    const char *parts[] = { _("Transfers of matters"), _("Duty assignments") };
    g_autofree char *date = g_strdup_printf ("%s *", g_dpgettext2 (GETTEXT_PACKAGE, "import field",
                                                                   "Transfer date"));
    GtkDropDown *date_dropdown;

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        /* Headed by the register, which is the name the export gives the sheet. */
        g_assert_nonnull (find_label (GTK_WIDGET (dialog), parts[i]));
      }
    date_dropdown = find_dropdown (GTK_WIDGET (dialog), date);
    g_assert_nonnull (date_dropdown);
    g_assert_nonnull (find_dropdown (GTK_WIDGET (dialog),
                                     g_dpgettext2 (GETTEXT_PACKAGE, "import field", "Operator")));
    /* The transfers' date column unmapped: their plan stops, naming it;
     * mapped again, the workbook is read as before. */
    gtk_drop_down_set_selected (date_dropdown, 0);
    wait_idle (dialog);
    g_assert_nonnull (zf_import_dialog_get_error (dialog));
    g_test_message ("%s", zf_import_dialog_get_error (dialog));
    g_assert_nonnull (strstr (zf_import_dialog_get_error (dialog),
                              g_dpgettext2 (GETTEXT_PACKAGE, "import field", "Transfer date")));
    for (guint item = 1; item < g_list_model_get_n_items (gtk_drop_down_get_model (date_dropdown)); item++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (date_dropdown)),
                                                 item), date) == 0)
        gtk_drop_down_set_selected (date_dropdown, item);
    wait_idle (dialog);
    g_assert_null (zf_import_dialog_get_error (dialog));
    /* The transfers' columns in view, for the screenshot. */
    gtk_widget_grab_focus (GTK_WIDGET (date_dropdown));
  }
  settle (300);
  maybe_screenshot (GTK_WIDGET (dialog), "ZF_TEST_SCREENSHOT_MATTERS");

  register_dropdown = find_dropdown (GTK_WIDGET (dialog), _("Enforcement matters"));
  g_assert_nonnull (register_dropdown);
  gtk_drop_down_set_selected (register_dropdown, ZF_IMPORT_TRANSFERS);
  wait_idle (dialog);
  g_assert_null (zf_import_dialog_get_error (dialog));
  preview = zf_import_dialog_get_preview (dialog);
  db = zf_test_sqlite_open (db_path);
  g_assert_cmpuint (g_list_model_get_n_items (preview), ==,
                    zf_test_sqlite_int (db, "SELECT count(*) FROM matter_transfer"));
  g_assert_cmpuint (g_list_model_get_n_items (preview), >, 0);
  sqlite3_close (db);
  g_assert_nonnull (find_dropdown (GTK_WIDGET (dialog), _("Transfers of matters")));
  /* Every register the import reads is offered, the lists of the
   * checklists tab too. */
  {
    GListModel *offered = gtk_drop_down_get_model (register_dropdown);

    g_assert_cmpuint (g_list_model_get_n_items (offered), ==, ZF_IMPORT_N_REGISTERS);
    for (guint id = 0; id < ZF_IMPORT_N_REGISTERS; id++)
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (offered), id), ==,
                       _(zf_import_register_get (id)->label));
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (offered), ZF_IMPORT_TARGETS),
                     ==, _("Directory of inspection targets"));
  }
  settle (300);
  maybe_screenshot (GTK_WIDGET (dialog), "ZF_TEST_SCREENSHOT_TRANSFERS");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (100);
  g_assert_null (dialog);
}

int
main (int   argc,
      char *argv[])
{
  /* As the application does, so that templates and _() are translated. */
  zf_application_init_i18n ();
  if (g_getenv ("ZF_TEST_EXPECT_ZH"))
    zf_test_use_zh_CN ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/import/bodies", test_import_bodies);
  g_test_add_func ("/ui/import/per-unit", test_import_per_unit);
  g_test_add_func ("/ui/import/matters-transfers", test_import_matters_transfers);
  return g_test_run ();
}
