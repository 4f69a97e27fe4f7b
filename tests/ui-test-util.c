#define G_LOG_DOMAIN "ui-test-util"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui-test-util.h"
#include "zf-demo.h"
#include "zf-import.h"

void
ui_test_settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < until || g_main_context_pending (NULL))
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

char *
ui_test_shown_text (GtkWidget *widget)
{
  GString *text = g_string_new ("\n");

  collect_labels (widget, text);
  return g_string_free (text, FALSE);
}

void
ui_test_remove_database (const char *dir,
                         const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

void
ui_test_window_open_store (UiTestWindow *w,
                           const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pattern = g_strdup_printf ("zf-ui-%s-XXXXXX", name);

  w->dir = g_dir_make_tmp (pattern, &error);
  g_assert_no_error (error);
  w->path = g_build_filename (w->dir, "test.db", NULL);
  w->store = zf_store_open (w->path, &error);
  g_assert_no_error (error);
}

void
ui_test_window_fill_demo (UiTestWindow *w,
                          guint         officers,
                          guint         matters,
                          guint         cases)
{
  g_autoptr(GError) error = NULL;
  ZfDemoSizes sizes;

  zf_demo_sizes_init (&sizes);
  sizes.officers = officers;
  sizes.matters = matters;
  sizes.cases = cases;
  g_assert_true (zf_demo_generate (w->store, &sizes, NULL, NULL, &error));
  g_assert_no_error (error);
}

void
ui_test_window_present (UiTestWindow   *w,
                        GtkApplication *app,
                        int             width,
                        int             height)
{
  w->window = g_object_ref (zf_window_new (app, w->store));
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (w->window), width, height);
  gtk_window_present (GTK_WINDOW (w->window));
  ui_test_settle ();
}

void
ui_test_destroy_other_windows (GtkWindow *keep)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) keep)
      gtk_window_destroy (l->data);
  ui_test_settle ();
}

void
ui_test_window_close (UiTestWindow *w)
{
  ui_test_destroy_other_windows (GTK_WINDOW (w->window));
  gtk_window_destroy (GTK_WINDOW (w->window));
  ui_test_settle ();
  g_assert_finalize_object (w->window);
  g_assert_finalize_object (w->store);
  ui_test_remove_database (w->dir, w->path);
  g_clear_pointer (&w->path, g_free);
  g_clear_pointer (&w->dir, g_free);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

char *
ui_test_print_to_text (GtkPrintOperation *operation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-print-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL, *info = NULL;
  char *pages, *size;
  char *result;

  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  text = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });
  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  pages = strstr (info, "Pages:");
  size = strstr (info, "Page size:");
  g_assert_nonnull (pages);
  g_assert_nonnull (size);
  *strchr (size, '\n') = '\0';
  result = g_strdup_printf ("%s\nPages: %ld\nPage size: %s\n", text,
                            strtol (pages + strlen ("Pages:"), NULL, 10),
                            g_strstrip (size + strlen ("Page size:")));

  g_unlink (pdf);
  g_rmdir (dir);
  return result;
}

void
ui_test_screenshot (GtkWidget  *widget,
                    const char *name)
{
  const char *dir = g_getenv ("ZF_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  graphene_rect_t bounds;
  int width, height;

  if (dir == NULL || *dir == '\0')
    return;
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_test_message ("screenshot %s: nothing drawn (%d×%d)", name, width, height);
      return;
    }
  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &bounds);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  if (!gdk_texture_save_to_png (texture, path))
    g_test_message ("screenshot %s: could not write %s", name, path);
}

GPtrArray *
ui_test_xlsx_data_rows (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = zf_import_open_source (path, NULL, NULL, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  ZfRow *row;
  guint n = 0;

  g_assert_no_error (error);
  while ((row = zf_row_source_next_row (source, &error)) != NULL)
    {
      GString *text = g_string_new (NULL);

      for (guint c = 0; c < row->cells->len; c++)
        g_string_append_printf (text, "%s%s", c ? "\t" : "",
                                ((ZfCell *) row->cells->pdata[c])->text);
      if (n++ >= 3)
        g_ptr_array_add (rows, g_string_free (text, FALSE));
      else
        g_string_free (text, TRUE);
      zf_row_free (row);
    }
  g_assert_no_error (error);
  return rows;
}

void
ui_test_collect_shown (GtkWidget *widget,
                       GPtrArray *texts)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
  if (GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_TEXT (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL)
        g_ptr_array_add (texts, g_steal_pointer (&placeholder));
    }
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          if (gtk_column_view_column_get_title (column) != NULL)
            g_ptr_array_add (texts, g_strdup (gtk_column_view_column_get_title (column)));
        }
    }
  if (GTK_IS_STACK (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        const char *title = gtk_stack_page_get_title (gtk_stack_get_page (GTK_STACK (widget), child));

        if (title != NULL)
          g_ptr_array_add (texts, g_strdup (title));
      }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ui_test_collect_shown (child, texts);
}

gboolean
ui_test_has_english (const char *text)
{
  /* Names of formats, programs and keys the Chinese interface writes as
   * they are. */
  static const char *const allowed[] = {
    "Excel", "xlsx", "xls", "csv", "ods", "docx", "pdf", "Ctrl", "Alt", "Shift", "Esc", "Enter",
    "Tab", "Delete", "Zhifa", "Windows", "SQLite", NULL
  };
  g_autoptr(GRegex) word = g_regex_new ("(?<![A-Za-z0-9_-])[A-Za-z]{2,}(?![A-Za-z0-9_-])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (word, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);
      g_autofree char *upper = g_ascii_strup (found, -1);

      /* A code in capitals (PDF, ID, GBK, a matter's category XK) is no
       * word of English. */
      if (g_str_equal (found, upper) && strlen (found) <= 4)
        continue;
      if (!g_strv_contains (allowed, found))
        return TRUE;
    }
  return FALSE;
}

GtkWidget *
ui_test_find_widget (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_test_find_check_button (GtkWidget  *widget,
                           const char *label)
{
  if (GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_check_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}
