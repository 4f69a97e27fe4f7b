#define G_LOG_DOMAIN "zf-register-page"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "zf-app-settings.h"
#include "zf-register-page-private.h"

/* A register page's columns as the user leaves them (widths and order),
 * remembered per list in the settings' column-layout; and the widths of
 * its columns as their rows need, until the user sets them. */

/* A fitted column's width as its cells need: the widest of the first rows
 * listed (a sample: a list of 100,000 rows is never measured whole), with
 * the cell's padding, never narrower than its title, at most
 * ZF_PAGE_NAME_MAX_WIDTH. Every column then shows its text whole; when
 * they are wider together than the list, the list scrolls sideways
 * rather than cut a date or a name. */
#define FIT_SAMPLE_ROWS 80
#define CELL_PADDING    24

static gboolean
is_user_width (GtkColumnViewColumn *column)
{
  return g_object_get_data (G_OBJECT (column), "zf-user-width") != NULL;
}

static int
text_width (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The room the list has: the width its scrolled window shows. */
static int
list_room (ZfRegisterPage *self)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  return h != NULL ? (int) gtk_adjustment_get_page_size (h) : 0;
}

/* When the columns as their rows need are wider together than the list,
 * the names and the columns that may be shortened (ZF_PAGE_COLUMN_SHORT)
 * give up room, each in proportion to what it has above its title (or
 * four characters), and end their texts with "…"; dates, numbers and codes
 * stay whole. Only when that is not enough does the list scroll
 * sideways. */
static void
fit_to_room (ZfRegisterPage *self,
             int            *widths,
             const int      *floors,
             guint           n)
{
  int room = list_room (self);
  int total = 0, give = 0, excess;

  self->fitted_room = room;
  if (room <= 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      total += widths[i];
      if (floors[i] >= 0)
        give += MAX (widths[i] - floors[i], 0);
    }
  excess = total - room;
  if (excess <= 0 || give <= 0)
    return;
  for (guint i = 0; i < n; i++)
    if (floors[i] >= 0 && widths[i] > floors[i])
      widths[i] -= (int) ((double) (widths[i] - floors[i]) * MIN (1.0, (double) excess / give) + 0.999);
}

static gboolean
fit_names (gpointer data)
{
  ZfRegisterPage *self = data;
  GListModel *view_columns;
  GListModel *rows;
  guint n_rows, n_columns;
  g_autofree int *widths = NULL, *floors = NULL;
  int four;

  self->fit_idle = 0;
  if (self->column_view == NULL || self->model == NULL)
    return G_SOURCE_REMOVE;
  view_columns = gtk_column_view_get_columns (self->column_view);
  rows = G_LIST_MODEL (self->model);
  n_rows = MIN (g_list_model_get_n_items (rows), FIT_SAMPLE_ROWS);
  n_columns = g_list_model_get_n_items (view_columns);
  widths = g_new0 (int, n_columns);
  floors = g_new0 (int, n_columns);
  /* Four Han characters. */
  four = text_width (GTK_WIDGET (self->column_view), "\u6c49\u6c49\u6c49\u6c49");
  for (guint i = 0; i < n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);
      const ZfCellSpec *cell = g_object_get_data (G_OBJECT (column), "zf-fitted-cell");
      ZfPageColumnText shown = (ZfPageColumnText) g_object_get_data (G_OBJECT (column), "zf-column-text");
      int width, title;

      floors[i] = -1;
      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (cell == NULL || is_user_width (column))
        {
          widths[i] = MAX (gtk_column_view_column_get_fixed_width (column), 0);
          continue;
        }
      /* The title with room for the sort arrow. */
      title = text_width (GTK_WIDGET (self->column_view),
                          gtk_column_view_column_get_title (column)) + 16;
      width = title;
      for (guint r = 0; r < n_rows; r++)
        {
          g_autoptr(ZfRecord) record = g_list_model_get_item (rows, r);
          g_autofree char *text = !ZF_IS_RECORD (record) ? NULL
                                  : shown != NULL ? shown (record) : zf_label_cell_text (cell, record);

          if (text != NULL && *text != '\0')
            width = MAX (width, text_width (GTK_WIDGET (self->column_view), text));
        }
      widths[i] = MIN (width + CELL_PADDING, ZF_PAGE_NAME_MAX_WIDTH);
      if (g_object_get_data (G_OBJECT (column), "zf-shortened") != NULL)
        floors[i] = MAX (title, four) + CELL_PADDING;
    }
  fit_to_room (self, widths, floors, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      if (g_object_get_data (G_OBJECT (column), "zf-fitted-cell") == NULL || is_user_width (column) ||
          !gtk_column_view_column_get_visible (column))
        continue;
      self->fitting = TRUE;
      gtk_column_view_column_set_fixed_width (column, widths[i]);
      self->fitting = FALSE;
    }
  return G_SOURCE_REMOVE;
}

/* The list got wider or narrower (the window, the divider): fitted again. */
static void
on_room (ZfRegisterPage *self)
{
  if (ABS (list_room (self) - self->fitted_room) > 1)
    zf_register_page_queue_fit (self);
}

void
zf_register_page_queue_fit (ZfRegisterPage *self)
{
  if (self->fit_idle == 0 && self->model != NULL && self->column_view != NULL)
    self->fit_idle = g_idle_add (fit_names, self);
}

void
zf_register_page_fit_names (ZfRegisterPage *self)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));

  g_clear_handle_id (&self->fit_idle, g_source_remove);
  fit_names (self);
}

/* A width set other than by the fit (a drag of the column's edge, or the
 * width remembered from one) is the user's, and stays. */
static void
on_name_width (GtkColumnViewColumn *column,
               GParamSpec          *pspec,
               ZfRegisterPage      *self)
{
  if (!self->fitting && gtk_column_view_column_get_fixed_width (column) > 0)
    g_object_set_data (G_OBJECT (column), "zf-user-width", GINT_TO_POINTER (TRUE));
}

void
zf_register_page_set_column_text (ZfRegisterPage  *self,
                                  guint            column,
                                  ZfPageColumnText text)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));

  view_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), column);
  g_return_if_fail (view_column != NULL);
  g_object_set_data (G_OBJECT (view_column), "zf-column-text", (gpointer) text);
  zf_register_page_queue_fit (self);
}

void
zf_register_page_add_fitted_column (ZfRegisterPage      *self,
                                    GtkColumnViewColumn *column,
                                    const ZfCellSpec    *cell,
                                    gboolean             name,
                                    gboolean             shortened)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  g_object_set_data (G_OBJECT (column), "zf-fitted-cell", (gpointer) cell);
  if (name || shortened)
    g_object_set_data (G_OBJECT (column), "zf-shortened", GINT_TO_POINTER (TRUE));
  gtk_column_view_column_set_expand (column, name);
  g_signal_connect_object (column, "notify::fixed-width", G_CALLBACK (on_name_width), self, 0);
  if (h != NULL && !self->watching_room)
    {
      g_signal_connect_object (h, "notify::page-size", G_CALLBACK (on_room), self, G_CONNECT_SWAPPED);
      self->watching_room = TRUE;
    }
}

/* The columns as the user left them: "field:width,…" in the order shown,
 * width 0 for a column that keeps its own. */
static char *
layout_text (ZfRegisterPage *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      /* A fitted width is not the user's: 0. */
      gboolean fitted = g_object_get_data (G_OBJECT (column), "zf-fitted-cell") != NULL &&
                        !is_user_width (column);

      g_string_append_printf (text, "%s%s:%d", i ? "," : "",
                              (const char *) g_object_get_data (G_OBJECT (column), "zf-column-id"),
                              fitted ? 0 : MAX (gtk_column_view_column_get_fixed_width (column), 0));
    }
  return g_string_free (text, FALSE);
}

gboolean
zf_register_page_save_layout (gpointer data)
{
  ZfRegisterPage *self = data;
  g_autoptr(GVariant) old = g_settings_get_value (self->settings, "column-layout");
  g_autofree char *text = layout_text (self);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  self->save_idle = 0;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (g_strcmp0 (key, self->layout_name) != 0)
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", self->layout_name, text);
  g_settings_set_value (self->settings, "column-layout", g_variant_builder_end (&builder));
  return G_SOURCE_REMOVE;
}

/* A drag of a column's edge changes its width many times: saved once. */
static void
queue_save_layout (ZfRegisterPage *self)
{
  /* Not while the page is torn down (its columns go then). */
  if (self->save_idle == 0 && self->settings != NULL)
    self->save_idle = g_timeout_add (500, zf_register_page_save_layout, self);
}

static void
apply_layout (ZfRegisterPage *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GVariant) layouts = g_settings_get_value (self->settings, "column-layout");
  g_autofree char *text = NULL;
  g_auto(GStrv) entries = NULL;
  guint position = 0;

  if (!g_variant_lookup (layouts, self->layout_name, "s", &text))
    return;
  entries = g_strsplit (text, ",", -1);
  for (guint e = 0; entries[e] != NULL; e++)
    {
      const char *colon = strrchr (entries[e], ':');
      g_autofree char *id = colon ? g_strndup (entries[e], colon - entries[e]) : NULL;
      int width = colon ? atoi (colon + 1) : 0;

      /* A column the program no longer has is skipped; one it gained
       * since keeps its place after those remembered. */
      for (guint i = position; id != NULL && i < g_list_model_get_n_items (view_columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

          if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "zf-column-id"), id) != 0)
            continue;
          if (i != position)
            gtk_column_view_insert_column (self->column_view, position, column);
          gtk_column_view_column_set_fixed_width (column, width > 0 ? width : -1);
          position++;
          break;
        }
    }
}

/* The divider between the list and its detail, remembered per list in
 * the settings' detail-positions, as the window's size is. */
static gboolean
save_detail_position (gpointer data)
{
  ZfRegisterPage *self = data;
  g_autoptr(GVariant) old = g_settings_get_value (self->settings, "detail-positions");
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  int value;

  self->detail_save_idle = 0;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&si}", &key, &value))
    if (g_strcmp0 (key, self->layout_name) != 0)
      g_variant_builder_add (&builder, "{si}", key, value);
  g_variant_builder_add (&builder, "{si}", self->layout_name,
                         gtk_paned_get_position (GTK_PANED (self->paned)));
  g_settings_set_value (self->settings, "detail-positions", g_variant_builder_end (&builder));
  return G_SOURCE_REMOVE;
}

/* A drag of the divider moves it many times: saved once. */
static void
on_detail_position (ZfRegisterPage *self)
{
  if (self->detail_save_idle == 0 && self->settings != NULL)
    self->detail_save_idle = g_timeout_add (500, save_detail_position, self);
}

void
zf_register_page_save_detail_position (ZfRegisterPage *self)
{
  if (self->detail_save_idle != 0)
    {
      g_clear_handle_id (&self->detail_save_idle, g_source_remove);
      save_detail_position (self);
    }
}

static void
remember_detail_position (ZfRegisterPage *self)
{
  g_autoptr(GVariant) positions = g_settings_get_value (self->settings, "detail-positions");
  int position;

  if (self->paned == NULL)
    return;
  if (g_variant_lookup (positions, self->layout_name, "i", &position) && position > 0)
    gtk_paned_set_position (GTK_PANED (self->paned), position);
  g_signal_connect_object (self->paned, "notify::position", G_CALLBACK (on_detail_position), self,
                           G_CONNECT_SWAPPED);
}

void
zf_register_page_remember_columns (ZfRegisterPage *self,
                                   const char     *name)
{
  GListModel *view_columns;

  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  g_return_if_fail (name != NULL && self->layout_name == NULL);

  self->layout_name = g_strdup (name);
  self->settings = zf_app_settings_new ();
  if (self->settings == NULL)
    return;
  apply_layout (self);
  remember_detail_position (self);
  view_columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      g_signal_connect_object (column, "notify::fixed-width", G_CALLBACK (queue_save_layout), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (view_columns, "items-changed", G_CALLBACK (queue_save_layout), self,
                           G_CONNECT_SWAPPED);
}
