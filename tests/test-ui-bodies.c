#define G_LOG_DOMAIN "test-ui-bodies"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "zf-app-settings.h"
#include "zf-application.h"
#include "zf-bodies-view.h"
#include "zf-body-dialog.h"
#include "zf-body-event-dialog.h"
#include "zf-codes.h"
#include "zf-query-model.h"
#include "zf-register-list.h"
#include "zf-register-page.h"
#include "zf-store-bodies.h"
#include "zf-validate.h"
#include "zf-window.h"
#include "ui-test-util.h"

/* The real main window on a temporary database: tabs, search, SQL sorting,
 * the body dialog (valid and invalid input) and finalization. */

typedef struct
{
  char           *dir;
  ZfStore        *store;
  ZfWindow       *window;
  ZfBodiesView   *view;
} Fixture;

/* The column view of the bodies tab's register page. */
static GtkColumnView *
body_column_view (Fixture *f)
{
  GObject *page = gtk_widget_get_template_child (GTK_WIDGET (f->view), ZF_TYPE_BODIES_VIEW, "page");

  return zf_register_page_get_column_view (ZF_REGISTER_PAGE (page));
}

static GtkApplication *app;

static char *
make_credit_code (guint serial)
{
  g_autofree char *first17 = g_strdup_printf ("11330100MB%07u", serial);

  return g_strdup_printf ("%s%c", first17, zf_credit_code_check_char (first17));
}

static void
add_body (ZfStore    *store,
          const char *name,
          const char *kind,
          const char *domain,
          guint       serial)
{
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_credit_code (serial);

  g_object_set (body, "name", name, "credit-code", code, "kind", kind, "domain", domain, NULL);
  if (g_str_equal (kind, "authorized"))
    g_object_set (body, "legal-basis", "《道路运输条例》第七条", NULL);
  zf_store_save_body (store, body, &error);
  g_assert_no_error (error);
}

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Present, then wait until a frame has actually been drawn. */
static void
present_and_wait (GtkWindow *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  iterate_until (flag_is_set, &painted);
  g_signal_handler_disconnect (clock, handler);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

static gboolean
idle_done (gpointer data)
{
  return !g_main_context_pending (NULL);
}

static gboolean
deadline_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

static void
settle_for (int ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  iterate_until (deadline_passed, &until);
  iterate_until (idle_done, NULL);
}

/* Lets idles (detail reload, list refresh) and a frame or two run. */
static void
settle (void)
{
  settle_for (20);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp (NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = zf_store_open (path, &error);
  g_assert_no_error (error);

  add_body (f->store, "示例市市场监督管理局", "organ", "市场监管", 1001);
  add_body (f->store, "示例县交通运输局", "organ", "交通运输", 1002);
  add_body (f->store, "示例县道路运输管理所", "authorized", "交通运输", 1003);
  add_body (f->store, "示例县农业农村局", "organ", "农业农村", 1004);

  f->window = g_object_ref (zf_window_new (app, f->store));
  f->view = ZF_BODIES_VIEW (gtk_stack_get_child_by_name (zf_window_get_stack (f->window),
                                                         "bodies"));
  present_and_wait (GTK_WINDOW (f->window));
  settle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  /* Page transitions hold their widgets until they end (200 ms). */
  settle_for (300);
  gtk_window_destroy (GTK_WINDOW (f->window));
  settle ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
visible_rows (Fixture *f)
{
  return g_list_model_get_n_items (zf_bodies_view_get_model (f->view));
}

static void
test_tabs (Fixture       *f,
           gconstpointer  data)
{
  static const char *names[] = { "bodies", "officers", "checklists", "cases" };
  const char *expect_zh = g_getenv ("ZF_TEST_EXPECT_ZH");
  static const char *english[] = { "Bodies", "Officers", "Checklists", "Case evaluation" };
  static const char *chinese[] = { "执法主体", "执法人员", "清单", "案卷评查" };
  GtkStack *stack = zf_window_get_stack (f->window);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *child = gtk_stack_get_child_by_name (stack, names[i]);
      GtkStackPage *page;

      g_assert_nonnull (child);
      page = gtk_stack_get_page (stack, child);
      g_assert_cmpstr (gtk_stack_page_get_title (page), ==,
                       expect_zh != NULL ? chinese[i] : english[i]);

      gtk_stack_set_visible_child_name (stack, names[i]);
      settle ();
      g_assert_true (gtk_widget_get_mapped (child));
    }
  gtk_stack_set_visible_child_name (stack, "bodies");
  settle ();
}

/* A word of English in a text meant for a zh_CN user: three ASCII letters
 * in a row, other than the names of file formats and keys the Chinese
 * interface also uses. */
static gboolean
has_english (const char *text)
{
  static const char *const allowed[] = {
    "PDF", "Excel", "xlsx", "xls", "csv", "CSV", "ods", "docx", "Ctrl", "Alt", "Shift", "Esc",
    "Enter", "Tab", "Zhifa", NULL
  };
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z]{3,}", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (word, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      if (!g_strv_contains (allowed, found))
        return TRUE;
    }
  return FALSE;
}

/* A date written as files write it (2024-05-01), outside the example of
 * a format to type (2023-03-21). */
static gboolean
has_iso_date (const char *text)
{
  g_autoptr(GRegex) iso = g_regex_new ("(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (iso, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      if (!g_str_equal (found, "2023-03-21"))
        return TRUE;
    }
  return FALSE;
}

/* Under zh_CN no tab shows a word of English, nor a date other than as
 * 年月日. */
static void
test_no_english (Fixture       *f,
                 gconstpointer  data)
{
  static const char *names[] = { "bodies", "officers", "checklists", "cases" };
  GtkStack *stack = zf_window_get_stack (f->window);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) english = g_string_new (NULL);

  if (g_getenv ("ZF_TEST_EXPECT_ZH") == NULL)
    {
      g_test_skip ("Checked in the zh_CN run");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gtk_stack_set_visible_child_name (stack, names[i]);
      settle ();
      ui_test_collect_shown (GTK_WIDGET (f->window), texts);
    }
  for (guint i = 0; i < texts->len; i++)
    if (has_english (texts->pdata[i]) && !strstr (english->str, texts->pdata[i]) &&
        /* The history names who changed a row: the login, in a test. */
        !strstr (texts->pdata[i], zf_store_get_operator (f->store)))
      g_string_append_printf (english, "%s\n", (char *) texts->pdata[i]);
  for (guint i = 0; i < texts->len; i++)
    if (has_iso_date (texts->pdata[i]) && !strstr (english->str, texts->pdata[i]))
      g_string_append_printf (english, "%s\n", (char *) texts->pdata[i]);
  g_test_message ("English or ISO dates shown:\n%s", english->str);
  g_assert_cmpstr (english->str, ==, "");
  gtk_stack_set_visible_child_name (stack, "bodies");
  settle ();
}

static void
type_search (Fixture    *f,
             const char *text)
{
  GtkSearchEntry *entry = zf_bodies_view_get_search_entry (f->view);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry delays search-changed; wait for the list to follow. */
  g_signal_emit_by_name (entry, "search-changed");
  settle ();
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *code = make_credit_code (1004);
  GtkWidget *focus;

  g_assert_cmpuint (visible_rows (f), ==, 4);
  type_search (f, "交通");
  g_assert_cmpuint (visible_rows (f), ==, 1);
  type_search (f, "示例县");
  g_assert_cmpuint (visible_rows (f), ==, 3);
  /* Part of a credit code finds its body. */
  type_search (f, code + 8);
  g_assert_cmpuint (visible_rows (f), ==, 1);
  type_search (f, "没有这个单位");
  g_assert_cmpuint (visible_rows (f), ==, 0);
  type_search (f, "");
  g_assert_cmpuint (visible_rows (f), ==, 4);

  /* Ctrl+F's action puts the focus in the search entry. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL);
  settle ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (zf_bodies_view_get_search_entry (f->view))));
}

/* The drop-down with tooltip @tip under @widget. */
static GtkDropDown *
find_drop_down (GtkWidget  *widget,
                const char *tip)
{
  if (GTK_IS_DROP_DOWN (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tip) == 0)
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child, tip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The kind, level and status filters narrow the list in SQL, with each
 * other and with a search, and "any" lists all again. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkDropDown *kind = find_drop_down (GTK_WIDGET (f->view), "Kind");
  GtkDropDown *level = find_drop_down (GTK_WIDGET (f->view), "Level");
  GtkDropDown *status = find_drop_down (GTK_WIDGET (f->view), "Status");
  g_autoptr(ZfBody) body = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (kind);
  g_assert_nonnull (level);
  g_assert_nonnull (status);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (kind)), ==,
                   "Any kind");

  /* The third body is the one authorized organization; make it a
   * township's (the others are at the county level). */
  body = zf_store_get_body (f->store, 3, &error);
  g_assert_no_error (error);
  g_object_set (body, "level", "township", NULL);
  g_assert_true (zf_store_save_body (f->store, body, &error));
  g_assert_no_error (error);
  settle ();

  gtk_drop_down_set_selected (kind, 2);   /* Authorized organization */
  settle ();
  g_assert_cmpuint (visible_rows (f), ==, 1);
  gtk_drop_down_set_selected (kind, 1);   /* Administrative organ */
  settle ();
  g_assert_cmpuint (visible_rows (f), ==, 3);
  type_search (f, "示例县");
  g_assert_cmpuint (visible_rows (f), ==, 2);
  type_search (f, "");
  gtk_drop_down_set_selected (kind, 0);
  gtk_drop_down_set_selected (level, 4);  /* Township */
  settle ();
  g_assert_cmpuint (visible_rows (f), ==, 1);
  g_assert_cmpstr (zf_body_get_name (g_list_model_get_item (zf_bodies_view_get_model (f->view), 0)),
                   ==, "示例县道路运输管理所");
  gtk_drop_down_set_selected (level, 0);
  gtk_drop_down_set_selected (status, 3); /* Published */
  settle ();
  g_assert_cmpuint (visible_rows (f), ==, 0);
  gtk_drop_down_set_selected (status, 1); /* Pending */
  settle ();
  g_assert_cmpuint (visible_rows (f), ==, 4);
  gtk_drop_down_set_selected (status, 0);
  settle ();
  g_assert_cmpuint (visible_rows (f), ==, 4);
}

/* Each column shows its field of the row, codes by their names. */
static void
test_cells (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *column_view = GTK_WIDGET (body_column_view (f));
  g_autofree char *shown = ui_test_shown_text (column_view);
  g_autofree char *name = g_strdup_printf ("\n%s\n", "示例县道路运输管理所");
  g_autofree char *domain = g_strdup_printf ("\n%s\n", "农业农村");
  g_autofree char *authorized = g_strdup_printf ("\n%s\n", zf_code_label (&zf_body_kinds, "authorized"));
  g_autofree char *pending = g_strdup_printf ("\n%s\n", zf_code_label (&zf_body_statuses, "pending"));

  g_assert_nonnull (strstr (shown, name));
  g_assert_nonnull (strstr (shown, domain));
  g_assert_nonnull (strstr (shown, authorized));
  g_assert_nonnull (strstr (shown, pending));
  /* Codes are never shown raw. */
  g_assert_null (strstr (shown, "\nauthorized\n"));
  g_assert_null (strstr (shown, "\npending\n"));
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
cut_text_of (GtkWidget *column_view,
             GtkWidget *label)
{
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (label, column_view,
                                                   gtk_widget_get_width (label) / 2.0,
                                                   gtk_widget_get_height (label) / 2.0, &x, &y));
  return zf_register_list_get_cut_text (column_view, x, y);
}

/* A name too long for its column shows in full as the tooltip; one that
 * fits has none. */
static void
test_cut_cell_tooltip (Fixture       *f,
                       gconstpointer  data)
{
  static const char long_name[] = "示例省示例市示例县农业农村局综合行政执法大队第一中队";
  GtkWidget *column_view = GTK_WIDGET (body_column_view (f));
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view));
  g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (columns, 0);
  g_autoptr(GtkColumnViewColumn) kind = g_list_model_get_item (columns, 1);
  GtkWidget *cut, *whole;

  add_body (f->store, long_name, "organ", "农业农村", 1005);
  gtk_column_view_column_set_expand (name, FALSE);
  gtk_column_view_column_set_fixed_width (name, 120);
  gtk_column_view_column_set_fixed_width (kind, 400);
  settle ();

  /* The new widths reach the cells over a few frames, more under load. */
  cut = find_label (column_view, long_name);
  for (guint i = 0; i < 100 && (cut == NULL || cut_text_of (column_view, cut) == NULL); i++)
    {
      settle ();
      cut = find_label (column_view, long_name);
    }
  g_assert_nonnull (cut);
  g_assert_cmpstr (cut_text_of (column_view, cut), ==, long_name);
  whole = find_label (column_view, zf_code_label (&zf_body_kinds, "organ"));
  g_assert_nonnull (whole);
  g_assert_null (cut_text_of (column_view, whole));
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (body_column_view (f));
  GListModel *columns = gtk_column_view_get_columns (column_view);
  GListModel *rows = zf_bodies_view_get_model (f->view);
  ZfQueryModel *model = zf_register_list_get_query_model (GTK_SINGLE_SELECTION (rows));
  g_autoptr(GtkColumnViewColumn) kind = g_list_model_get_item (columns, 1);
  g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (columns, 0);
  g_autoptr(ZfBody) first = NULL;

  g_assert_false (GTK_IS_SORT_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (rows))));
  g_assert_cmpuint (zf_query_model_get_sort (model), ==, ZF_BODY_SORT_NAME);
  g_assert_false (zf_query_model_get_descending (model));

  gtk_column_view_sort_by_column (column_view, kind, GTK_SORT_DESCENDING);
  settle ();
  g_assert_cmpuint (zf_query_model_get_sort (model), ==, ZF_BODY_SORT_KIND);
  g_assert_true (zf_query_model_get_descending (model));
  /* 'organ' sorts after 'authorized': descending puts an organ first. */
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (zf_body_get_kind (first), ==, "organ");
  g_clear_object (&first);

  gtk_column_view_sort_by_column (column_view, kind, GTK_SORT_ASCENDING);
  settle ();
  g_assert_false (zf_query_model_get_descending (model));
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (zf_body_get_kind (first), ==, "authorized");
  g_clear_object (&first);

  gtk_column_view_sort_by_column (column_view, name, GTK_SORT_DESCENDING);
  settle ();
  g_assert_cmpuint (zf_query_model_get_sort (model), ==, ZF_BODY_SORT_NAME);
  g_assert_true (zf_query_model_get_descending (model));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        found = GTK_WINDOW (window);
    }
  return found;
}

static ZfBodyDialog *
find_body_dialog (void)
{
  return (ZfBodyDialog *) find_toplevel (ZF_TYPE_BODY_DIALOG);
}

static GtkWidget *
dialog_child (ZfBodyDialog *dialog,
              const char   *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), ZF_TYPE_BODY_DIALOG, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static ZfBodyDialog *
open_new_body_dialog (Fixture *f)
{
  ZfBodyDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-body", NULL);
  dialog = find_body_dialog ();
  g_assert_nonnull (dialog);
  present_and_wait (GTK_WINDOW (dialog));
  return dialog;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *code = make_credit_code (2001);
  g_autofree char *lower = g_ascii_strdown (code, -1);
  g_autofree char *typed = NULL;
  g_autoptr(ZfBody) saved = NULL;
  ZfBodyDialog *dialog = open_new_body_dialog (f);
  GWeakRef weak;

  /* Typed in lower case with a full-width first digit: normalized on save. */
  typed = g_strconcat ("１", lower + 1, NULL);
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "name_entry")), "示例县应急管理局");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "credit_code_entry")), typed);
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "domain_entry")), "应急管理");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dialog_child (dialog, "level_dropdown")), 3);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dialog_child (dialog, "legal_section_check")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_child (dialog, "legal_staff_spin")), 2);

  g_weak_ref_init (&weak, dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "body.save", NULL);
  settle ();
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);

  saved = zf_store_find_body_by_credit_code (f->store, code);
  g_assert_nonnull (saved);
  g_assert_cmpstr (zf_body_get_name (saved), ==, "示例县应急管理局");
  g_assert_cmpstr (zf_body_get_level (saved), ==, "township");
  g_assert_cmpint (zf_record_get_int (ZF_RECORD (saved), "legal_staff_count"), ==, 2);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 5);
  g_assert_cmpuint (visible_rows (f), ==, 5);
  /* The new body is selected and its details shown. */
  g_assert_nonnull (zf_bodies_view_get_selected_body (f->view));
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (zf_bodies_view_get_selected_body (f->view))), ==,
                   zf_record_get_id (ZF_RECORD (saved)));
}

/* In a list longer than the window, a new body that sorts last is
 * selected and scrolled into view; so is a body saved again. */
static void
test_created_row_shown (Fixture       *f,
                        gconstpointer  data)
{
  GtkColumnView *column_view = body_column_view (f);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view));
  g_autofree char *code = make_credit_code (2999);
  g_autoptr(ZfBody) saved = NULL;
  ZfBodyDialog *dialog;
  GWeakRef weak;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("示例县第%u执法中队", i + 1);
      add_body (f->store, name, "organ", "综合执法", 3000 + i);
    }
  settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  /* 紫 (zǐ) sorts after every 示 (shì). */
  dialog = open_new_body_dialog (f);
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "name_entry")), "紫云县应急管理局");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "credit_code_entry")), code);
  g_weak_ref_init (&weak, dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "body.save", NULL);
  settle_for (100);
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);

  saved = zf_store_find_body_by_credit_code (f->store, code);
  g_assert_nonnull (saved);
  g_assert_cmpuint (visible_rows (f), ==, 125);
  g_assert_nonnull (zf_bodies_view_get_selected_body (f->view));
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (zf_bodies_view_get_selected_body (f->view))), ==,
                   zf_record_get_id (ZF_RECORD (saved)));
  /* The last row shows: the list is scrolled to its end. */
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment),
                     >=, gtk_adjustment_get_upper (vadjustment) - 1);
}

/* The empty state of the register page @page: its box, and the shown
 * button of @action (NULL if none). */
static GtkWidget *
empty_box (GtkWidget *page)
{
  return GTK_WIDGET (gtk_widget_get_template_child (page, ZF_TYPE_REGISTER_PAGE, "empty_box"));
}

static GtkWidget *
shown_button (GtkWidget  *widget,
              const char *action)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_get_visible (child) ? shown_button (child, action) : NULL;
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A search that finds nothing says so and offers to clear it. */
static void
test_no_results (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                               ZF_TYPE_BODIES_VIEW, "page"));
  GtkWidget *box = empty_box (page);
  GtkWidget *clear = GTK_WIDGET (gtk_widget_get_template_child (page, ZF_TYPE_REGISTER_PAGE,
                                                                "clear_search_button"));
  g_autofree char *text = NULL;

  g_assert_false (gtk_widget_get_visible (box));
  type_search (f, "没有这个单位");
  g_assert_cmpuint (visible_rows (f), ==, 0);
  g_assert_true (gtk_widget_get_mapped (box));
  text = ui_test_shown_text (box);
  g_assert_nonnull (strstr (text, "没有这个单位"));
  g_assert_null (strstr (text, "Import"));
  g_assert_true (gtk_widget_get_mapped (clear));
  g_assert_null (shown_button (box, "win.new-body"));

  g_signal_emit_by_name (clear, "clicked");
  settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (zf_bodies_view_get_search_entry (f->view))), ==, "");
  g_assert_cmpuint (visible_rows (f), ==, 4);
  g_assert_false (gtk_widget_get_visible (box));
}

/* An empty register offers to import a spreadsheet or create. */
static void
test_empty_register (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  ZfStore *store = zf_store_open (path, &error);
  ZfWindow *window;
  ZfBodiesView *view;
  GtkWidget *page, *box, *create;

  g_assert_no_error (error);
  window = g_object_ref (zf_window_new (app, store));
  view = ZF_BODIES_VIEW (gtk_stack_get_child_by_name (zf_window_get_stack (window), "bodies"));
  page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), ZF_TYPE_BODIES_VIEW, "page"));
  box = empty_box (page);
  present_and_wait (GTK_WINDOW (window));
  settle ();

  g_assert_true (gtk_widget_get_mapped (box));
  g_assert_nonnull (shown_button (box, "win.import"));
  create = shown_button (box, "win.new-body");
  g_assert_nonnull (create);
  g_assert_null (shown_button (box, NULL));

  /* 新建 opens the body dialog; the first body hides the empty state. */
  g_signal_emit_by_name (create, "clicked");
  settle ();
  {
    ZfBodyDialog *dialog = find_body_dialog ();
    g_assert_nonnull (dialog);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  add_body (store, "示例县应急管理局", "organ", "应急管理", 4001);
  settle ();
  g_assert_false (gtk_widget_get_visible (box));

  settle_for (300);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_assert_finalize_object (window);
  g_assert_finalize_object (store);
  ui_test_remove_database (dir, path);
}

static const char *
column_id_at (GtkColumnView *column_view,
              guint          position)
{
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (column_view), position);

  return g_object_get_data (G_OBJECT (column), "zf-column-id");
}

/* The width given to a column and the order the columns were dragged
 * into are there again in the next window. */
static void
test_columns_remembered (Fixture       *f,
                         gconstpointer  data)
{
  GtkColumnView *column_view = body_column_view (f);
  GListModel *columns = gtk_column_view_get_columns (column_view);
  g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (columns, 0);
  g_autoptr(GtkColumnViewColumn) kind = g_list_model_get_item (columns, 1);
  g_autoptr(GSettings) settings = zf_app_settings_new ();
  ZfWindow *window;
  ZfBodiesView *view;

  g_assert_nonnull (settings);
  g_assert_cmpstr (column_id_at (column_view, 0), ==, "name");
  g_assert_cmpstr (column_id_at (column_view, 1), ==, "kind");
  g_assert_true (gtk_column_view_get_reorderable (column_view));
  gtk_column_view_column_set_fixed_width (name, 333);
  gtk_column_view_insert_column (column_view, 3, kind);
  settle_for (700);

  window = g_object_ref (zf_window_new (app, f->store));
  view = ZF_BODIES_VIEW (gtk_stack_get_child_by_name (zf_window_get_stack (window), "bodies"));
  column_view = zf_register_page_get_column_view (ZF_REGISTER_PAGE (
    gtk_widget_get_template_child (GTK_WIDGET (view), ZF_TYPE_BODIES_VIEW, "page")));
  g_assert_cmpstr (column_id_at (column_view, 0), ==, "name");
  g_assert_cmpstr (column_id_at (column_view, 3), ==, "kind");
  g_assert_cmpstr (column_id_at (column_view, 1), !=, "kind");
  {
    g_autoptr(GtkColumnViewColumn) first =
      g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);

    g_assert_cmpint (gtk_column_view_column_get_fixed_width (first), ==, 333);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_assert_finalize_object (window);
  /* The other tests start from the columns as built. */
  g_settings_reset (settings, "column-layout");
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *code = make_credit_code (3001);
  ZfBodyDialog *dialog = open_new_body_dialog (f);
  GtkWidget *error_label = dialog_child (dialog, "error_label");

  /* A wrong check character. */
  code[17] = code[17] == '0' ? '1' : '0';
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "name_entry")), "示例县错误代码局");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "credit_code_entry")), code);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "body.save", NULL);
  settle ();

  g_assert_true (find_body_dialog () == dialog);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "B1"));
  /* The input stays as typed. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_child (dialog, "name_entry"))), ==,
                   "示例县错误代码局");
  g_assert_null (zf_store_find_body_by_name (f->store, "示例县错误代码局"));
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 4);

  /* Cancel closes without saving. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  settle ();
  g_assert_null (find_body_dialog ());
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 4);
}

/* A second body of a name already in the register (up to spaces) is
 * refused, naming the one that has it; the dialog stays open. */
static void
test_duplicate_name (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *code = make_credit_code (3002);
  ZfBodyDialog *dialog = open_new_body_dialog (f);
  GtkWidget *error_label = dialog_child (dialog, "error_label");

  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "name_entry")), "示例县 交通运输局");
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, "credit_code_entry")), code);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "body.save", NULL);
  settle ();

  g_assert_true (find_body_dialog () == dialog);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_test_message ("%s", gtk_label_get_text (GTK_LABEL (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "“示例县交通运输局”"));
  ui_test_screenshot (GTK_WIDGET (dialog), "body-duplicate-name");
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 4);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  settle ();
  g_assert_null (find_body_dialog ());
}

static void
test_actions_follow_selection (Fixture       *f,
                               gconstpointer  data)
{
  GtkSingleSelection *rows = GTK_SINGLE_SELECTION (zf_bodies_view_get_model (f->view));
  g_autoptr(GError) error = NULL;
  ZfBody *body;

  gtk_single_selection_set_selected (rows, GTK_INVALID_LIST_POSITION);
  settle ();
  g_assert_null (zf_bodies_view_get_selected_body (f->view));
  /* Disabled without a selection: nothing opens. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-body", NULL);
  settle ();
  g_assert_null (find_body_dialog ());

  gtk_single_selection_set_selected (rows, 0);
  settle ();
  body = zf_bodies_view_get_selected_body (f->view);
  g_assert_nonnull (body);
  g_assert_cmpstr (zf_body_get_status (body), ==, "pending");

  /* A status change through the store reaches the detail pane's body. */
  zf_store_change_body_status (f->store, zf_record_get_id (ZF_RECORD (body)), "confirmed",
                               "2024-01-10", "示政发〔2024〕1号", NULL, &error);
  g_assert_no_error (error);
  settle ();
  g_assert_cmpstr (zf_body_get_status (zf_bodies_view_get_selected_body (f->view)), ==,
                   "confirmed");
}

static void
select_body (Fixture    *f,
             const char *name)
{
  g_autoptr(ZfBody) body = zf_store_find_body_by_name (f->store, name);

  g_assert_nonnull (body);
  zf_bodies_view_select_id (f->view, zf_record_get_id (ZF_RECORD (body)));
  settle ();
  g_assert_cmpstr (zf_body_get_name (zf_bodies_view_get_selected_body (f->view)), ==, name);
}

/* The findings as of a chosen date: the body as it stood that day (here
 * confirmed, not yet published), then as of its publication. */
static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_store_find_body_by_name (f->store, "示例县农业农村局");
  GtkWidget *findings = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                                   ZF_TYPE_BODIES_VIEW,
                                                                   "findings_list"));
  GtkEditable *as_of = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                                    ZF_TYPE_BODIES_VIEW,
                                                                    "as_of_entry"));
  gint64 id = zf_record_get_id (ZF_RECORD (body));
  char *shown;

  g_assert_true (zf_store_change_body_status (f->store, id, "confirmed", "2024-01-10",
                                              "示政发〔2024〕1号", NULL, &error));
  g_assert_true (zf_store_change_body_status (f->store, id, "published", "2024-02-01",
                                              "示政发〔2024〕5号", NULL, &error));
  g_assert_no_error (error);
  select_body (f, "示例县农业农村局");

  shown = ui_test_shown_text (findings);
  g_assert_null (strstr (shown, "not published yet"));
  g_free (shown);

  gtk_editable_set_text (as_of, "2024-01-31");
  settle ();
  ui_test_screenshot (GTK_WIDGET (f->window), "bodies-as-of");
  shown = ui_test_shown_text (findings);
  g_assert_nonnull (strstr (shown, "not published yet"));
  g_free (shown);

  gtk_editable_set_text (as_of, "2024-02-01");
  settle ();
  shown = ui_test_shown_text (findings);
  g_assert_null (strstr (shown, "not published yet"));
  g_free (shown);

  /* Not a date: today's findings, and the entry says so. */
  gtk_editable_set_text (as_of, "2024-02-30");
  settle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (as_of), "error"));
  shown = ui_test_shown_text (findings);
  g_assert_null (strstr (shown, "not published yet"));
  g_free (shown);
  gtk_editable_set_text (as_of, "");
}

static void
test_status_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZfBody) body = NULL;
  g_autoptr(GPtrArray) events = NULL;
  GtkWindow *dialog;
  GtkWidget *doc;
  GtkWidget *error_label;

  select_body (f, "示例县农业农村局");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.confirm-body", NULL);
  dialog = find_toplevel (ZF_TYPE_BODY_EVENT_DIALOG);
  g_assert_nonnull (dialog);
  present_and_wait (dialog);
  doc = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), ZF_TYPE_BODY_EVENT_DIALOG,
                                                   "doc_number_entry"));
  error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                           ZF_TYPE_BODY_EVENT_DIALOG,
                                                           "error_label"));

  /* Without the deciding document the store refuses and the dialog stays. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "event.save", NULL);
  settle ();
  g_assert_true (find_toplevel (ZF_TYPE_BODY_EVENT_DIALOG) == dialog);
  g_assert_true (gtk_widget_get_visible (error_label));
  body = zf_store_find_body_by_name (f->store, "示例县农业农村局");
  g_assert_cmpstr (zf_body_get_status (body), ==, "pending");
  g_clear_object (&body);

  gtk_editable_set_text (GTK_EDITABLE (doc), "示政发〔2024〕2号");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "event.save", NULL);
  settle ();
  g_assert_null (find_toplevel (ZF_TYPE_BODY_EVENT_DIALOG));
  body = zf_store_find_body_by_name (f->store, "示例县农业农村局");
  g_assert_cmpstr (zf_body_get_status (body), ==, "confirmed");
  events = zf_store_list_body_events (f->store, zf_record_get_id (ZF_RECORD (body)), NULL);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (((ZfBodyEvent *) g_ptr_array_index (events, 0))->doc_number, ==,
                   "示政发〔2024〕2号");
  /* The selected body follows the store. */
  g_assert_cmpstr (zf_body_get_status (zf_bodies_view_get_selected_body (f->view)), ==,
                   "confirmed");
}

static void
test_review_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) events = NULL;
  ZfBodyEvent *event;
  GtkWindow *dialog;
  GObject *result;

  select_body (f, "示例县交通运输局");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.review-body", NULL);
  dialog = find_toplevel (ZF_TYPE_BODY_EVENT_DIALOG);
  g_assert_nonnull (dialog);
  present_and_wait (dialog);
  result = gtk_widget_get_template_child (GTK_WIDGET (dialog), ZF_TYPE_BODY_EVENT_DIALOG,
                                          "result_dropdown");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (result)));
  /* zf_body_review_results: kept, changed, revoked. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (result), 1);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                      ZF_TYPE_BODY_EVENT_DIALOG,
                                                                      "doc_number_entry")),
                         "示政办〔2024〕5号");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "event.save", NULL);
  settle ();
  g_assert_null (find_toplevel (ZF_TYPE_BODY_EVENT_DIALOG));

  events = zf_store_list_body_events (f->store,
                                      zf_record_get_id (ZF_RECORD (zf_bodies_view_get_selected_body (f->view))),
                                      NULL);
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (event->kind, ==, "review");
  g_assert_cmpstr (event->value, ==, "changed");
  g_assert_cmpstr (event->doc_number, ==, "示政办〔2024〕5号");
}

static void
answer_message_dialog (int response)
{
  GtkWindow *dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  settle ();
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ZfBody) organ = zf_store_find_body_by_name (f->store, "示例县交通运输局");
  g_autoptr(ZfBody) entrusted = zf_body_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = make_credit_code (4001);

  /* An entrusted body refers to the organ: its deletion is refused. */
  g_object_set (entrusted, "name", "东湖镇综合执法队", "kind", "entrusted", "credit-code", code,
                "parent-id", zf_record_get_id (ZF_RECORD (organ)),
                "letter-number", "示委〔2024〕1号", "letter-start", "2024-01-01",
                "letter-end", "2099-12-31", NULL);
  zf_store_save_body (f->store, entrusted, &error);
  g_assert_no_error (error);
  settle ();

  select_body (f, "示例县交通运输局");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "win.delete-body", NULL);
  settle ();
  /* Why is said before anything is asked, naming only what refers to it;
   * the row stays. */
  {
    GtkWindow *refusal = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_autofree char *secondary = NULL;

    g_assert_nonnull (refusal);
    g_object_get (refusal, "secondary-text", &secondary, NULL);
    g_assert_nonnull (strstr (secondary, "1 entrusted or subordinate body"));
    g_assert_null (strstr (secondary, "officer"));
    g_assert_null (strstr (secondary, "0 "));
  }
  answer_message_dialog (GTK_RESPONSE_CLOSE);
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 5);

  /* Cancelling the confirmation keeps the body. */
  select_body (f, "示例县农业农村局");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "win.delete-body", NULL);
  answer_message_dialog (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "win.delete-body", NULL);
  answer_message_dialog (GTK_RESPONSE_ACCEPT);
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 4);
  g_assert_null (zf_store_find_body_by_name (f->store, "示例县农业农村局"));
  g_assert_cmpuint (visible_rows (f), ==, 4);
}

static void
test_window_state (Fixture       *f,
                   gconstpointer  data)
{
  ZfWindow *second;
  int width, height;

  /* Closing saves the size (the schema comes from the build tree). */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 913, 587);
  settle ();
  gtk_window_close (GTK_WINDOW (f->window));
  settle ();

  second = g_object_ref (zf_window_new (app, f->store));
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 913);
  g_assert_cmpint (height, ==, 587);
  gtk_window_destroy (GTK_WINDOW (second));
  settle ();
  g_assert_finalize_object (second);
}

static gboolean
has_five_rows (gpointer data)
{
  return visible_rows (data) == 5;
}

static void
test_external_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "test.db", NULL);
  g_autoptr(GError) error = NULL;
  ZfStore *other;

  /* Another program (zhifa-cli) writes through its own connection; the
   * window's poll picks it up without any action by the user. */
  other = zf_store_open (path, &error);
  g_assert_no_error (error);
  add_body (other, "示例县生态环境分局", "organ", "生态环境", 5001);
  g_assert_finalize_object (other);

  g_assert_cmpuint (visible_rows (f), ==, 4);
  iterate_until (has_five_rows, f);
}

static gboolean
chooser_closed (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autofree char *path = g_build_filename (f->dir, "名录.xlsx", NULL);
  g_autofree char *shown = NULL;
  GObject *page = gtk_widget_get_template_child (GTK_WIDGET (f->view), ZF_TYPE_BODIES_VIEW, "page");
  GtkWindow *chooser;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  settle ();
  /* Without a portal the native chooser is a GtkFileChooserDialog. */
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   "执法主体名录.xlsx");
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "名录.xlsx");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  settle ();

  /* The chooser checks the folder asynchronously before it answers. */
  iterate_until (chooser_closed, NULL);
  settle ();
  while (zf_bodies_view_is_exporting (f->view))
    g_main_context_iteration (NULL, TRUE);
  settle ();
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* The status bar offers to open the file or its folder. */
  g_assert_cmpstr (zf_register_page_get_status_file (ZF_REGISTER_PAGE (page)), ==, path);
  shown = ui_test_shown_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (shown, "\nOpen Folder\n"));
  g_unlink (path);
}

/* A window shows its first frame with the rows a screen can hold, and
 * the whole register from the next frame on. */
static void
test_rows_after_first_frame (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  ZfStore *store = zf_store_open (path, &error);
  ZfWindow *window;
  GListModel *rows;

  g_assert_no_error (error);
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("示例县第%03u执法大队", i);
      add_body (store, name, "organ", "综合执法", 2000 + i);
    }

  window = g_object_ref (zf_window_new (app, store));
  rows = zf_bodies_view_get_model (ZF_BODIES_VIEW (
    gtk_stack_get_child_by_name (zf_window_get_stack (window), "bodies")));
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, 150);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 30);

  present_and_wait (GTK_WINDOW (window));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 150);

  settle_for (300);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_assert_finalize_object (window);
  g_assert_finalize_object (store);
  ui_test_remove_database (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  zf_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  app = GTK_APPLICATION (zf_application_new ());
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/ui/bodies/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("tabs", test_tabs);
  ADD ("no-english", test_no_english);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("cells", test_cells);
  ADD ("cut-cell-tooltip", test_cut_cell_tooltip);
  ADD ("sort", test_sort);
  ADD ("create", test_create);
  ADD ("created-row-shown", test_created_row_shown);
  ADD ("no-results", test_no_results);
  ADD ("invalid", test_invalid);
  ADD ("duplicate-name", test_duplicate_name);
  ADD ("actions", test_actions_follow_selection);
  ADD ("status", test_status_dialog);
  ADD ("review", test_review_dialog);
  ADD ("delete", test_delete);
  ADD ("window-state", test_window_state);
  ADD ("external-change", test_external_change);
  ADD ("export", test_export);
  ADD ("as-of", test_as_of);
  ADD ("columns-remembered", test_columns_remembered);
#undef ADD
  g_test_add_func ("/ui/bodies/rows-after-first-frame", test_rows_after_first_frame);
  g_test_add_func ("/ui/bodies/empty-register", test_empty_register);

  result = g_test_run ();
  g_object_unref (app);
  return result;
}
