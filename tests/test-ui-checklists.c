#define G_LOG_DOMAIN "test-ui-checklists"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "ui-test-util.h"
#include "zf-checklist-codes.h"
#include "zf-checklist-editors.h"
#include "zf-checklists-view.h"
#include "zf-date.h"
#include "zf-draw-dialog.h"
#include "zf-duty-dialog.h"
#include "zf-transfer-dialog.h"
#include "zf-store-checklists.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"
#include "zf-store-private.h"

/* The checklists tab on a temporary database: a matter is created through
 * its editor with a basis article picked from the body's catalog (and
 * refused without one, C3 shown), then a draw is run through the draw
 * dialog and a result marked done; each step is checked in the database. */

/* Rows of other registers (bodies, officers, certificates) go in through
 * the store's connection: their APIs belong to other parts of the project. */
static const char fixture_sql[] =
  "INSERT INTO body (id, name, domain, status) VALUES (1, '某县市场监督管理局', '市场监管', 'published'),"
  "  (2, '某县交通运输局', '交通运输', 'published');"
  "INSERT INTO officer (id, name, body_id) VALUES (1, '赵一', 1), (2, '钱二', 1), (3, '孙三', 1),"
  "  (4, '李四', 1), (5, '周五', 1), (6, '吴六', 2);"
  "INSERT INTO certificate (officer_id, number, issue_date, valid_until, category, status) VALUES "
  "  (1, 'ZF-0001', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (2, 'ZF-0002', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (3, 'ZF-0003', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (4, 'ZF-0004', '2022-11-01', '2027-10-31', '市场监管', 'valid'),"
  "  (5, 'ZF-0005', '2022-11-01', '2027-10-31', '市场监管', 'suspended'),"
  "  (6, 'ZF-0006', '2022-11-01', '2027-10-31', '市场监管', 'valid');"
  "INSERT INTO section (id, body_id, name) VALUES (1, 1, '执法一科');"
  "INSERT INTO post (id, section_id, name) VALUES (1, 1, '执法岗');"
  "UPDATE officer SET section_id = 1, post_id = 1 WHERE id = 1;";

static gint64
query_int (ZfStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zf_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
add_law_to_catalog (ZfStore *store)
{
  static const char *const articles[] = { "第二十八条", "第三十二条" };
  static const char *const contents[] = { "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。", NULL };
  g_autoptr(ZfLaw) law = zf_law_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (law, "title", "中华人民共和国行政处罚法", "level", "law", NULL);
  g_assert_true (zf_store_save_law_with_articles (store, law, articles, contents, 2, 1, "执法一科",
                                                  NULL, &error));
  g_assert_no_error (error);
  return query_int (store, "SELECT id FROM law_article WHERE article = '第二十八条'");
}

static gint64
add_item_and_targets (ZfStore *store)
{
  g_autoptr(ZfInspectionItem) item = zf_inspection_item_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (item, "body-id", (gint64) 1, "item", "营业执照公示情况检查",
                "enforcement-category", "市场监管", NULL);
  g_assert_true (zf_store_save_inspection_item (store, item, &error));
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ZfInspectionTarget) target = zf_inspection_target_new ();
      g_autofree char *name = g_strdup_printf ("某某商贸有限公司%02u", i + 1);

      g_object_set (target, "name", name, "domain", "市场监管", NULL);
      g_assert_true (zf_store_save_inspection_target (store, target, &error));
      g_assert_no_error (error);
    }
  return zf_record_get_id (ZF_RECORD (item));
}

static void
test_matter_and_draw (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-checklists-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  ZfChecklistsView *view;
  GtkWindow *window;
  GtkWindow *dialog;
  gint64 article, item, matter, draw;

  g_assert_no_error (error);
  zf_store_set_operator (store, "tester");
  g_assert_cmpint (sqlite3_exec (zf_store_get_db (store), fixture_sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  article = add_law_to_catalog (store);
  item = add_item_and_targets (store);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 800);
  view = g_object_new (ZF_TYPE_CHECKLISTS_VIEW, "store", store, NULL);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ui_test_settle ();

  zf_checklists_view_set_body (view, 1);
  zf_checklists_view_show_register (view, "matters");
  ui_test_settle ();

  /* Without a basis the matter is refused by C3, shown with its clause. */
  dialog = zf_checklists_view_new_record (view);
  g_assert_true (ZF_IS_RECORD_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zf_record_dialog_set_field (ZF_RECORD_DIALOG (dialog), "code", "XZCF-001");
  zf_record_dialog_set_field (ZF_RECORD_DIALOG (dialog), "name", "对未按规定公示年度报告的处罚");
  zf_record_dialog_set_field (ZF_RECORD_DIALOG (dialog), "category", "penalty");
  g_assert_false (zf_record_dialog_save (ZF_RECORD_DIALOG (dialog)));
  g_test_message ("refusal: %s", zf_record_dialog_get_error (ZF_RECORD_DIALOG (dialog)));
  g_assert_nonnull (strstr (zf_record_dialog_get_error (ZF_RECORD_DIALOG (dialog)), "C3"));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM matter"), ==, 0);

  /* The body's catalog offers the article; another body's offers nothing. */
  zf_editor_set_body (ZF_RECORD_DIALOG (dialog), 2);
  g_assert_false (zf_matter_editor_set_article (ZF_RECORD_DIALOG (dialog), article, TRUE));
  zf_editor_set_body (ZF_RECORD_DIALOG (dialog), 1);
  g_assert_true (zf_matter_editor_set_article (ZF_RECORD_DIALOG (dialog), article, TRUE));
  g_assert_true (zf_record_dialog_save (ZF_RECORD_DIALOG (dialog)));
  ui_test_settle ();
  g_assert_null (dialog);

  matter = query_int (store, "SELECT id FROM matter WHERE code = 'XZCF-001' AND body_id = 1");
  g_assert_cmpint (matter, >, 0);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT article_id FROM matter_basis WHERE matter_id = %"
                                            G_GINT64_FORMAT, matter);

    g_assert_cmpint (query_int (store, sql), ==, article);
  }
  g_assert_cmpuint (g_list_model_get_n_items (zf_checklists_view_get_list (view, "matters")), ==, 1);
  {
    g_autoptr(ZfMatter) row = g_list_model_get_item (zf_checklists_view_get_list (view, "matters"), 0);
    g_autofree char *basis = NULL;

    g_object_get (row, "basis", &basis, NULL);
    g_assert_cmpstr (basis, ==, "《中华人民共和国行政处罚法》第二十八条");
  }
  /* The row as shown: its code, its category by name, never the code. */
  {
    g_autofree char *shown = ui_test_shown_text (GTK_WIDGET (view));
    g_autofree char *category = g_strdup_printf ("\n%s\n", zf_code_label (&zf_matter_categories,
                                                                          "penalty"));

    g_assert_nonnull (strstr (shown, "\nXZCF-001\n"));
    g_assert_nonnull (strstr (shown, category));
    g_assert_null (strstr (shown, "\npenalty\n"));
  }

  /* The draw: two targets, two inspectors each, 孙三 kept out. */
  zf_checklists_view_show_register (view, "draws");
  ui_test_settle ();
  /* No draw yet: the list says how to run one, and offers to. */
  {
    g_autofree char *shown = ui_test_shown_text (GTK_WIDGET (view));

    g_assert_nonnull (strstr (shown, "\nNo Draws Yet\n"));
    g_assert_nonnull (strstr (shown, "Enter the item under “Random inspection items” and the "
                                     "targets under “Inspection targets”"));
  }
  dialog = zf_checklists_view_new_draw (view);
  g_assert_true (ZF_IS_DRAW_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zf_draw_dialog_set_item (ZF_DRAW_DIALOG (dialog), item);
  zf_draw_dialog_set_date (ZF_DRAW_DIALOG (dialog), "2024-06-01");
  zf_draw_dialog_set_count (ZF_DRAW_DIALOG (dialog), 2);
  zf_draw_dialog_set_per_target (ZF_DRAW_DIALOG (dialog), 2);
  zf_draw_dialog_add_exclusion (ZF_DRAW_DIALOG (dialog), 3, 0);

  /* A date that is no date is refused before anything is drawn. */
  zf_draw_dialog_set_date (ZF_DRAW_DIALOG (dialog), "6月1日");
  g_assert_false (zf_draw_dialog_run (ZF_DRAW_DIALOG (dialog)));
  g_assert_nonnull (zf_draw_dialog_get_error (ZF_DRAW_DIALOG (dialog)));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw"), ==, 0);
  zf_draw_dialog_set_date (ZF_DRAW_DIALOG (dialog), "2024-06-01");

  g_assert_true (zf_draw_dialog_run (ZF_DRAW_DIALOG (dialog)));
  ui_test_settle ();
  draw = zf_draw_dialog_get_draw_id (ZF_DRAW_DIALOG (dialog));
  g_assert_cmpint (draw, >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw_assignment"), ==, 4);
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT target_id) FROM draw_assignment"), ==, 2);
  /* Never the excluded, the suspended or another body's officer. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw_assignment WHERE officer_id IN (3, 5, 6)"),
                   ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw_exclusion WHERE officer_id = 3"), >=, 1);
  g_assert_cmpuint (zf_draw_dialog_get_n_results (ZF_DRAW_DIALOG (dialog)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (zf_checklists_view_get_list (view, "draws")), ==, 1);
  {
    g_autofree char *shown = ui_test_shown_text (GTK_WIDGET (view));
    g_autofree char *date = zf_date_format_display ("2024-06-01");
    g_autofree char *date_line = g_strdup_printf ("\n%s\n", date);

    /* The date in the user's form, the integer counts as numbers. */
    g_assert_nonnull (strstr (shown, date_line));
    g_assert_nonnull (strstr (shown, "\n2\n"));
  }

  zf_draw_dialog_mark_done (ZF_DRAW_DIALOG (dialog), 0, "2024-06-03", "未发现问题");
  g_assert_true (zf_draw_dialog_save_results (ZF_DRAW_DIALOG (dialog)));
  ui_test_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw_result WHERE done AND "
                              "done_date = '2024-06-03' AND findings = '未发现问题'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draw_result WHERE NOT done"), ==, 1);

  /* The stored draw opens again on its result. */
  zf_checklists_view_select_id (view, "draws", draw);
  dialog = zf_checklists_view_open_draw (view);
  g_assert_true (ZF_IS_DRAW_DIALOG (dialog));
  g_assert_cmpuint (zf_draw_dialog_get_n_results (ZF_DRAW_DIALOG (dialog)), ==, 2);
  gtk_window_destroy (dialog);

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

static gint64
add_matter (ZfStore    *store,
            const char *code,
            gint64      article)
{
  g_autoptr(ZfMatter) matter = zf_matter_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (matter, "body-id", (gint64) 1, "code", code, "name", code, "category", "penalty",
                NULL);
  g_assert_true (zf_store_save_matter (store, matter, &article, 1, "2024-01-01", &error));
  g_assert_no_error (error);
  return zf_record_get_id (ZF_RECORD (matter));
}

static char *
list_string (ZfChecklistsView *view,
             const char       *name,
             guint             position,
             const char       *property)
{
  g_autoptr(GObject) row = g_list_model_get_item (zf_checklists_view_get_list (view, name),
                                                  position);
  char *value = NULL;

  g_assert_nonnull (row);
  g_object_get (row, property, &value, NULL);
  return value;
}

/* Duties given through the duty dialog (C4 refusal shown and nothing
 * written), matters transferred through the transfer dialog (history shown
 * at the source), and the legal bases page narrowed to a body's catalog. */
static void
test_transfer_and_duties (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-checklists-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfLaw) other = zf_law_new ();
  g_autoptr(ZfLaw) local = zf_law_new ();
  ZfChecklistsView *view;
  GtkWindow *window;
  GtkWindow *dialog;
  gint64 article, first, second;

  g_assert_no_error (error);
  zf_store_set_operator (store, "tester");
  g_assert_cmpint (sqlite3_exec (zf_store_get_db (store), fixture_sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  article = add_law_to_catalog (store);
  /* A local rule in body 1's catalog whose title sorts before the law, and
   * a law in no catalog. */
  g_object_set (local, "title", "上海市市场监督管理行政处罚程序规定", "level",
                "local_government_rule", NULL);
  g_assert_true (zf_store_save_law_with_articles (store, local, NULL, NULL, 0, 1, NULL, NULL,
                                                  &error));
  g_object_set (other, "title", "中华人民共和国行政许可法", "level", "law", NULL);
  g_assert_true (zf_store_save_law_with_articles (store, other, NULL, NULL, 0, 0, NULL, NULL,
                                                  &error));
  g_assert_no_error (error);
  first = add_matter (store, "XZCF-001", article);
  second = add_matter (store, "XZCF-002", article);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 800);
  view = g_object_new (ZF_TYPE_CHECKLISTS_VIEW, "store", store, NULL);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ui_test_settle ();

  /* 执法依据目录: every law, or the body's catalog by legal force. */
  zf_checklists_view_show_register (view, "laws");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (zf_checklists_view_get_list (view, "laws")), ==, 3);
  zf_checklists_view_set_body (view, 2);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (zf_checklists_view_get_list (view, "laws")), ==, 0);
  zf_checklists_view_set_body (view, 1);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (zf_checklists_view_get_list (view, "laws")), ==, 2);
  {
    g_autofree char *top = list_string (view, "laws", 0, "title");
    g_autofree char *next = list_string (view, "laws", 1, "title");

    g_assert_cmpstr (top, ==, "中华人民共和国行政处罚法");
    g_assert_cmpstr (next, ==, "上海市市场监督管理行政处罚程序规定");
  }

  zf_checklists_view_show_register (view, "matters");
  zf_checklists_view_select_id (view, "matters", first);
  ui_test_settle ();

  /* An officer who is not on the post: refused by C4, nothing written. */
  dialog = zf_checklists_view_assign_duties (view);
  g_assert_true (ZF_IS_DUTY_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (zf_duty_dialog_set_holder (ZF_DUTY_DIALOG (dialog), "section", 1));
  g_assert_true (zf_duty_dialog_set_holder (ZF_DUTY_DIALOG (dialog), "post", 1));
  g_assert_true (zf_duty_dialog_set_holder (ZF_DUTY_DIALOG (dialog), "officer", 2));
  g_assert_false (zf_duty_dialog_set_holder (ZF_DUTY_DIALOG (dialog), "officer", 6));
  g_assert_false (zf_duty_dialog_run (ZF_DUTY_DIALOG (dialog)));
  g_test_message ("refusal: %s", zf_duty_dialog_get_error (ZF_DUTY_DIALOG (dialog)));
  g_assert_nonnull (strstr (zf_duty_dialog_get_error (ZF_DUTY_DIALOG (dialog)), "C4"));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM duty_assignment"), ==, 0);
  g_assert_true (zf_duty_dialog_set_holder (ZF_DUTY_DIALOG (dialog), "officer", 1));
  g_assert_true (zf_duty_dialog_run (ZF_DUTY_DIALOG (dialog)));
  ui_test_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM duty_assignment WHERE section_id = 1 "
                              "AND post_id = 1 AND officer_id = 1"), ==, 1);
  {
    g_autofree char *duties = list_string (view, "matters", 0, "duties");

    g_assert_cmpstr (duties, ==, "执法一科 / 执法岗 / 赵一");
  }

  /* Both matters to body 2: refused without a 文号, then moved. */
  zf_checklists_view_select_id (view, "matters", first);
  dialog = zf_checklists_view_transfer_matters (view);
  g_assert_true (ZF_IS_TRANSFER_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (zf_transfer_dialog_set_matter (ZF_TRANSFER_DIALOG (dialog), second, TRUE));
  g_assert_true (zf_transfer_dialog_set_target (ZF_TRANSFER_DIALOG (dialog), 2));
  zf_transfer_dialog_set_date (ZF_TRANSFER_DIALOG (dialog), "2024-03-01");
  zf_transfer_dialog_set_reason (ZF_TRANSFER_DIALOG (dialog), "综合行政执法改革");
  g_assert_false (zf_transfer_dialog_run (ZF_TRANSFER_DIALOG (dialog)));
  g_assert_nonnull (zf_transfer_dialog_get_error (ZF_TRANSFER_DIALOG (dialog)));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM matter_transfer"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM matter WHERE status <> 'active'"), ==, 0);
  zf_transfer_dialog_set_doc_number (ZF_TRANSFER_DIALOG (dialog), "某府办发〔2024〕12号");
  g_assert_true (zf_transfer_dialog_run (ZF_TRANSFER_DIALOG (dialog)));
  ui_test_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM matter WHERE body_id = 1 "
                              "AND status = 'transferred'"), ==, 2);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM matter WHERE body_id = 2 "
                              "AND status = 'active'"), ==, 2);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM matter_transfer WHERE from_body_id = 1 "
                              "AND to_body_id = 2 AND date = '2024-03-01' AND doc_number = "
                              "'某府办发〔2024〕12号' AND reason = '综合行政执法改革' AND "
                              "new_matter_id IS NOT NULL"), ==, 2);
  {
    g_autofree char *status = list_string (view, "matters", 0, "status");
    g_autofree char *history = list_string (view, "matters", 0, "transfers");

    g_assert_cmpstr (status, ==, "transferred");
    g_assert_cmpstr (history, ==, "2024-03-01 某府办发〔2024〕12号：某县市场监督管理局 → 某县交通运输局");
  }

  /* A duty the body no longer holds is refused (C4). */
  zf_checklists_view_select_id (view, "matters", second);
  dialog = zf_checklists_view_assign_duties (view);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (zf_duty_dialog_set_holder (ZF_DUTY_DIALOG (dialog), "section", 1));
  g_assert_false (zf_duty_dialog_run (ZF_DUTY_DIALOG (dialog)));
  g_assert_nonnull (strstr (zf_duty_dialog_get_error (ZF_DUTY_DIALOG (dialog)), "C4"));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM duty_assignment"), ==, 1);
  gtk_window_destroy (dialog);
  ui_test_settle ();
  g_assert_null (dialog);

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/checklists/matter-and-draw", test_matter_and_draw);
  g_test_add_func ("/ui/checklists/transfer-and-duties", test_transfer_and_duties);
  return g_test_run ();
}
