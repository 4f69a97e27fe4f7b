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

static gboolean
fit_names (gpointer data)
{
  ZfRegisterPage *self = data;
  GListModel *view_columns;
  GListModel *rows;
  guint n_rows;

  self->fit_idle = 0;
  if (self->column_view == NULL || self->model == NULL)
    return G_SOURCE_REMOVE;
  view_columns = gtk_column_view_get_columns (self->column_view);
  rows = G_LIST_MODEL (self->model);
  n_rows = MIN (g_list_model_get_n_items (rows), FIT_SAMPLE_ROWS);
  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);
      const ZfCellSpec *cell = g_object_get_data (G_OBJECT (column), "zf-fitted-cell");
      int width;

      if (cell == NULL || is_user_width (column))
        continue;
      /* The title with room for the sort arrow. */
      width = text_width (GTK_WIDGET (self->column_view),
                          gtk_column_view_column_get_title (column)) + 16;
      for (guint r = 0; r < n_rows; r++)
        {
          g_autoptr(ZfRecord) record = g_list_model_get_item (rows, r);
          g_autofree char *text = ZF_IS_RECORD (record) ? zf_label_cell_text (cell, record) : NULL;

          if (text != NULL && *text != '\0')
            width = MAX (width, text_width (GTK_WIDGET (self->column_view), text));
        }
      width = MIN (width + CELL_PADDING, ZF_PAGE_NAME_MAX_WIDTH);
      self->fitting = TRUE;
      gtk_column_view_column_set_fixed_width (column, width);
      self->fitting = FALSE;
    }
  return G_SOURCE_REMOVE;
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
zf_register_page_add_fitted_column (ZfRegisterPage      *self,
                                    GtkColumnViewColumn *column,
                                    const ZfCellSpec    *cell,
                                    gboolean             name)
{
  g_object_set_data (G_OBJECT (column), "zf-fitted-cell", (gpointer) cell);
  gtk_column_view_column_set_expand (column, name);
  g_signal_connect_object (column, "notify::fixed-width", G_CALLBACK (on_name_width), self, 0);
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
