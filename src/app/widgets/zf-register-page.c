#define G_LOG_DOMAIN "zf-register-page"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-register-list.h"
#include "zf-register-page.h"
#include "zf-sql-sorter.h"

/* The checklists tab shows seven registers that differ only in their
 * columns, so the columns are built at run time from a table (cells from
 * zf-label-cells.c) rather than written out seven times in templates. */
struct _ZfRegisterPage
{
  GtkWidget           parent_instance;

  ZfQueryModel       *model;
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkBox             *button_box;
  GtkColumnView      *column_view;
  GtkLabel           *status_label;
};

G_DEFINE_FINAL_TYPE (ZfRegisterPage, zf_register_page, GTK_TYPE_WIDGET)

enum { ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
update_status (ZfRegisterPage *self)
{
  zf_register_list_show_count (self->status_label, self->model, "%u entry", "%u entries");
}

static void
on_search_changed (ZfRegisterPage *self,
                   GtkSearchEntry *entry)
{
  zf_register_list_search (self->model, GTK_EDITABLE (entry));
}

static void
on_stop_search (ZfRegisterPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_row_activated (ZfRegisterPage *self,
                  guint           position,
                  GtkColumnView  *view)
{
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
zf_register_page_dispose (GObject *object)
{
  ZfRegisterPage *self = ZF_REGISTER_PAGE (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  zf_register_list_dispose_template (GTK_WIDGET (self), ZF_TYPE_REGISTER_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (zf_register_page_parent_class)->dispose (object);
}

static void
zf_register_page_class_init (ZfRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_register_page_dispose;

  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, button_box);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_register_page_init (ZfRegisterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfRegisterPage *
zf_register_page_new (ZfStore            *store,
                      const ZfQuerySpec  *spec,
                      const ZfPageColumn *columns,
                      guint               n_columns,
                      const char         *search_hint)
{
  ZfRegisterPage *self;
  GtkColumnViewColumn *first_sorted = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (spec != NULL && columns != NULL, NULL);

  self = g_object_new (ZF_TYPE_REGISTER_PAGE, NULL);
  self->model = zf_query_model_new (store, spec);
  self->selection = zf_register_list_set_model (self->column_view, self->model, TRUE);
  g_object_set (self->search_entry, "placeholder-text", search_hint, NULL);

  for (guint i = 0; i < n_columns; i++)
    {
      const ZfPageColumn *spec_column = &columns[i];
      GtkListItemFactory *factory = zf_label_cell_factory_new (&spec_column->cell);
      g_autoptr(GtkColumnViewColumn) column = NULL;

      column = gtk_column_view_column_new (_(spec_column->title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (spec_column->width > 0)
        gtk_column_view_column_set_fixed_width (column, spec_column->width);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      if (spec_column->sort >= 0)
        {
          gtk_column_view_column_set_sorter (column,
                                             GTK_SORTER (zf_sql_sorter_new (spec_column->sort)));
          if (first_sorted == NULL)
            first_sorted = column;
        }
      gtk_column_view_append_column (self->column_view, column);
    }

  g_signal_connect_object (self->model, "notify::n-items", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  zf_register_list_sort_in_sql (self->column_view, self->model, first_sorted);
  update_status (self);
  return self;
}

GtkWidget *
zf_register_page_add_button (ZfRegisterPage *self,
                             const char     *label,
                             const char     *action_name,
                             const char     *tooltip)
{
  GtkWidget *button;

  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);

  button = gtk_button_new_with_mnemonic (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_box_append (self->button_box, button);
  return button;
}

void
zf_register_page_add_widget (ZfRegisterPage *self,
                             GtkWidget      *widget)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  gtk_box_append (self->button_box, widget);
}

ZfQueryModel *
zf_register_page_get_model (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return self->model;
}

GListModel *
zf_register_page_get_selection (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

ZfRecord *
zf_register_page_get_selected (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

void
zf_register_page_select_id (ZfRegisterPage *self,
                            gint64          id)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  zf_register_list_select_id (self->selection, id);
}

void
zf_register_page_set_status (ZfRegisterPage *self,
                             const char     *text)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  gtk_label_set_text (self->status_label, text);
}

GtkSearchEntry *
zf_register_page_get_search_entry (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return self->search_entry;
}
