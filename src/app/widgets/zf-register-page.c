#define G_LOG_DOMAIN "zf-register-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "zf-register-list.h"
#include "zf-register-page-private.h"
#include "zf-sql-sorter.h"

static void zf_register_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfRegisterPage, zf_register_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      zf_register_page_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum { PROP_0, PROP_AUTOSELECT, PROP_DETAIL_POSITION, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { ACTIVATED, RELOAD, N_SIGNALS };
static guint signals[N_SIGNALS];

/* An empty list says why and what to do: a search or filter that finds
 * nothing (and the way back), or a register with nothing in it yet. */
static void
update_empty (ZfRegisterPage *self)
{
  gboolean empty = self->model != NULL &&
                   g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0 &&
                   zf_query_model_get_error (self->model) == NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searched = empty && *search != '\0';
  gboolean filtered = empty && !searched &&
                      zf_query_model_is_filtered (self->model, self->scope_slots);
  g_autofree char *description = NULL;

  gtk_widget_set_visible (self->empty_box,
                          empty && (searched || filtered || self->empty_title_text != NULL));
  if (!empty)
    return;

  if (searched)
    {
      gtk_label_set_text (self->empty_title, _("No Results"));
      /* TRANSLATORS: the text typed in a register's search field */
      description = g_strdup_printf (_("Nothing in this list matches “%s”."), search);
    }
  else if (filtered)
    {
      gtk_label_set_text (self->empty_title, _("No Results"));
      description = g_strdup (_("Nothing in this list matches the filters chosen."));
    }
  else
    {
      gtk_label_set_text (self->empty_title, self->empty_title_text);
      description = g_strdup (self->empty_description_text);
    }
  gtk_label_set_text (self->empty_description, description);
  gtk_widget_set_visible (self->clear_search_button, searched);
  for (guint i = 0; i < self->empty_actions->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->empty_actions, i), !searched && !filtered);
}

/* GtkFileLauncher came with GTK 4.10; gtk_show_uri() hands the file to
 * the desktop's default application (or the portal) in 4.8. */
static void
show_file (ZfRegisterPage *self,
           GFile          *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (zf_register_list_get_toplevel (GTK_WIDGET (self)), uri, GDK_CURRENT_TIME);
}

static void
on_open_file (ZfRegisterPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->written_path == NULL)
    return;
  file = g_file_new_for_path (self->written_path);
  show_file (self, file);
}

static void
on_open_folder (ZfRegisterPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->written_path == NULL)
    return;
  file = g_file_new_for_path (self->written_path);
  folder = g_file_get_parent (file);
  if (folder != NULL)
    show_file (self, folder);
}

static void
on_clear_search (ZfRegisterPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
update_status (ZfRegisterPage *self)
{
  zf_register_list_show_count (self->status_label, self->model, self->count_one, self->count_many);
  update_empty (self);
}

static void
on_search_changed (ZfRegisterPage *self,
                   GtkSearchEntry *entry)
{
  if (self->model != NULL)
    zf_register_list_search (self->model, GTK_EDITABLE (entry));
  update_empty (self);
}

static void
on_stop_search (ZfRegisterPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The row activated is the selected one, whatever the keyboard did. */
static void
on_row_activated (ZfRegisterPage *self,
                  guint           position,
                  GtkColumnView  *view)
{
  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static gboolean
reload_idle (gpointer user_data)
{
  ZfRegisterPage *self = user_data;

  self->reload_idle = 0;
  g_signal_emit (self, signals[RELOAD], 0);
  return G_SOURCE_REMOVE;
}

static void
on_selected_item (ZfRegisterPage *self)
{
  ZfRecord *selected = gtk_single_selection_get_selected_item (self->selection);

  /* What a refresh does to the selection is not the user's choice. */
  if (!self->model_changing)
    self->selected_id = selected != NULL ? zf_record_get_id (selected) : 0;
}

/* Runs before the selection hears of a change of the model… */
static void
on_model_changing (ZfRegisterPage *self)
{
  self->model_changing = TRUE;
}

/* …and after: the row selected before is selected again wherever the
 * change put it, unless it left the list. */
static void
on_model_changed (ZfRegisterPage *self)
{
  ZfRecord *selected;
  guint position;

  self->model_changing = FALSE;
  zf_register_page_queue_fit (self);
  if (self->selection == NULL || self->selected_id <= 0)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL && zf_record_get_id (selected) == self->selected_id)
    return;
  position = zf_query_model_find_id (self->model, self->selected_id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else
    on_selected_item (self);
}

/* Selection and store changes come in bursts (a refresh removes and adds
 * rows): the detail is redrawn once, after them. */
static void
queue_reload (ZfRegisterPage *self)
{
  if (self->reload_idle == 0 && g_signal_has_handler_pending (self, signals[RELOAD], 0, FALSE))
    self->reload_idle = g_idle_add (reload_idle, self);
}

static void
set_detail_position (ZfRegisterPage *self,
                     int             position)
{
  self->detail_position = position;
  if (self->paned != NULL)
    gtk_paned_set_position (GTK_PANED (self->paned), position);
}

void
zf_register_page_set_detail (ZfRegisterPage *self,
                             GtkWidget      *detail,
                             int             position)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (detail));
  g_return_if_fail (self->paned == NULL);

  self->paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  g_object_set (self->paned, "shrink-start-child", FALSE, "shrink-end-child", FALSE,
                "vexpand", TRUE, NULL);
  set_detail_position (self, position);
  g_object_ref (self->list_box);
  gtk_widget_unparent (self->list_box);
  gtk_paned_set_start_child (GTK_PANED (self->paned), self->list_box);
  g_object_unref (self->list_box);
  gtk_paned_set_end_child (GTK_PANED (self->paned), detail);
  gtk_widget_set_parent (self->paned, GTK_WIDGET (self));
}

static void
zf_register_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZfRegisterPage *self = ZF_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_AUTOSELECT:
      self->autoselect = g_value_get_boolean (value);
      break;
    case PROP_DETAIL_POSITION:
      set_detail_position (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_register_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZfRegisterPage *self = ZF_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_AUTOSELECT:
      g_value_set_boolean (value, self->autoselect);
      break;
    case PROP_DETAIL_POSITION:
      g_value_set_int (value, self->paned ? gtk_paned_get_position (GTK_PANED (self->paned))
                                          : self->detail_position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_register_page_dispose (GObject *object)
{
  ZfRegisterPage *self = ZF_REGISTER_PAGE (object);

  /* A change of the last half second is saved all the same. */
  if (self->save_idle != 0)
    {
      g_clear_handle_id (&self->save_idle, g_source_remove);
      zf_register_page_save_layout (self);
    }
  zf_register_page_save_detail_position (self);
  g_clear_object (&self->settings);

  /* Tearing down the column view changes the selection: nothing may be
   * redrawn from here on. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  zf_register_list_dispose_template (GTK_WIDGET (self), ZF_TYPE_REGISTER_PAGE);
  self->paned = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  /* After the column view went: its rows going queue a fit. */
  g_clear_handle_id (&self->fit_idle, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (zf_register_page_parent_class)->dispose (object);
}

static void
zf_register_page_finalize (GObject *object)
{
  ZfRegisterPage *self = ZF_REGISTER_PAGE (object);

  g_free (self->empty_title_text);
  g_free (self->empty_description_text);
  g_free (self->written_path);
  g_free (self->layout_name);
  g_ptr_array_unref (self->empty_actions);
  G_OBJECT_CLASS (zf_register_page_parent_class)->finalize (object);
}

/* A view's template fills its page with children of a type: "tool" (a
 * filter or button in the tool bar), "status" (at the end of the status
 * bar) and "detail" (the pane beside the list). */
static void
zf_register_page_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  ZfRegisterPage *self = ZF_REGISTER_PAGE (buildable);

  if (g_strcmp0 (type, "tool") == 0)
    zf_register_page_add_widget (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "status") == 0)
    zf_register_page_add_status_widget (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "detail") == 0)
    zf_register_page_set_detail (self, GTK_WIDGET (child), self->detail_position);
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
zf_register_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = zf_register_page_add_child;
}

static void
zf_register_page_class_init (ZfRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_register_page_dispose;
  object_class->finalize = zf_register_page_finalize;
  object_class->set_property = zf_register_page_set_property;
  object_class->get_property = zf_register_page_get_property;

  properties[PROP_AUTOSELECT] =
    g_param_spec_boolean ("autoselect", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL_POSITION] =
    g_param_spec_int ("detail-position", NULL, NULL, 0, G_MAXINT, 640,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, button_box);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, status_bar);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, empty_box);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, empty_description);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, empty_buttons);
  gtk_widget_class_bind_template_child (widget_class, ZfRegisterPage, clear_search_button);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_register_page_init (ZfRegisterPage *self)
{
  self->autoselect = TRUE;
  self->detail_position = 640;
  self->empty_actions = g_ptr_array_new ();
  zf_register_page_set_count_text (self, "%u entry", "%u entries");
  gtk_widget_init_template (GTK_WIDGET (self));

  /* After an export: open what was written, or the folder it is in. */
  self->open_file_button = gtk_button_new_with_mnemonic (_("_Open"));
  self->open_folder_button = gtk_button_new_with_mnemonic (_("Open _Folder"));
  for (GtkWidget *b = self->open_file_button; b != NULL;
       b = b == self->open_file_button ? self->open_folder_button : NULL)
    {
      gtk_widget_set_visible (b, FALSE);
      gtk_widget_add_css_class (b, "flat");
      gtk_box_insert_child_after (self->status_bar, b,
                                  b == self->open_file_button ? GTK_WIDGET (self->status_label)
                                                              : self->open_file_button);
    }
  g_signal_connect_swapped (self->open_file_button, "clicked", G_CALLBACK (on_open_file), self);
  g_signal_connect_swapped (self->open_folder_button, "clicked", G_CALLBACK (on_open_folder), self);
}

static const char *
column_title (const ZfPageColumn *column)
{
  return column->context ? g_dpgettext2 (NULL, column->context, column->title) : _(column->title);
}

static GtkColumnViewColumn *
add_columns (ZfRegisterPage     *self,
             const ZfPageColumn *columns,
             guint               n_columns)
{
  GtkColumnViewColumn *first_sorted = NULL;

  for (guint i = 0; i < n_columns; i++)
    {
      const ZfPageColumn *spec_column = &columns[i];
      GtkListItemFactory *factory = zf_label_cell_factory_new (&spec_column->cell);
      g_autoptr(GtkColumnViewColumn) column = NULL;

      column = gtk_column_view_column_new (column_title (spec_column), factory);
      g_object_set_data (G_OBJECT (column), "zf-column-id", (gpointer) spec_column->cell.field);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (spec_column->width > 0)
        gtk_column_view_column_set_fixed_width (column, spec_column->width);
      else
        zf_register_page_add_fitted_column (self, column, &spec_column->cell,
                                            spec_column->width == 0,
                                            spec_column->width == ZF_PAGE_COLUMN_SHORT);
      if (spec_column->sort >= 0)
        {
          gtk_column_view_column_set_sorter (column,
                                             GTK_SORTER (zf_sql_sorter_new (spec_column->sort)));
          if (first_sorted == NULL)
            first_sorted = column;
        }
      gtk_column_view_append_column (self->column_view, column);
    }
  return first_sorted;
}

void
zf_register_page_set_up (ZfRegisterPage     *self,
                         ZfStore            *store,
                         const ZfQuerySpec  *spec,
                         const ZfPageColumn *columns,
                         guint               n_columns,
                         const char         *search_hint)
{
  GtkColumnViewColumn *first_sorted;

  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  g_return_if_fail (ZF_IS_STORE (store));
  g_return_if_fail (spec != NULL && columns != NULL);
  g_return_if_fail (self->model == NULL);

  self->store = g_object_ref (store);
  self->model = zf_query_model_new (store, spec);
  /* Connected before the selection exists, so that it runs first. */
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_changing), self,
                           G_CONNECT_SWAPPED);
  self->selection = zf_register_list_set_model (self->column_view, self->model, self->autoselect);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selected_item),
                           self, G_CONNECT_SWAPPED);
  on_selected_item (self);  /* the first row, with autoselect */
  g_object_set (self->search_entry, "placeholder-text", search_hint, NULL);
  first_sorted = add_columns (self, columns, n_columns);

  g_signal_connect_object (self->model, "notify::n-items", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::filtered", G_CALLBACK (update_empty), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (queue_reload),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  zf_register_list_sort_in_sql (self->column_view, self->model, first_sorted);
  update_status (self);
  zf_register_page_queue_fit (self);
}

ZfRegisterPage *
zf_register_page_new (ZfStore            *store,
                      const ZfQuerySpec  *spec,
                      const ZfPageColumn *columns,
                      guint               n_columns,
                      const char         *search_hint)
{
  ZfRegisterPage *self = g_object_new (ZF_TYPE_REGISTER_PAGE, NULL);

  zf_register_page_set_up (self, store, spec, columns, n_columns, search_hint);
  return self;
}

void
zf_register_page_set_count_text (ZfRegisterPage *self,
                                 const char     *one,
                                 const char     *many)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));

  self->count_one = one;
  self->count_many = many;
  if (self->model != NULL)
    update_status (self);
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

void
zf_register_page_set_empty_text (ZfRegisterPage *self,
                                 const char     *title,
                                 const char     *description)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));

  g_free (self->empty_title_text);
  g_free (self->empty_description_text);
  self->empty_title_text = g_strdup (title);
  self->empty_description_text = g_strdup (description);
  update_empty (self);
}

void
zf_register_page_set_scope_filter (ZfRegisterPage *self,
                                   guint           slot)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  g_return_if_fail (slot > 0 && slot < 32);

  self->scope_slots |= 1u << slot;
  update_empty (self);
}

GtkWidget *
zf_register_page_add_empty_button (ZfRegisterPage *self,
                                   const char     *label,
                                   const char     *action_name)
{
  GtkWidget *button;

  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);

  button = gtk_button_new_with_mnemonic (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (self->empty_actions->len == 0)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (self->empty_buttons, button);
  g_ptr_array_add (self->empty_actions, button);
  update_empty (self);
  return button;
}

typedef struct
{
  guint             slot;
  const ZfCodeList *codes;
} CodeFilter;

static void
on_code_filter_changed (GtkDropDown    *drop_down,
                        GParamSpec     *pspec,
                        ZfRegisterPage *self)
{
  CodeFilter *filter = g_object_get_data (G_OBJECT (drop_down), "zf-code-filter");

  if (self->model != NULL)
    zf_register_list_apply_code_filter (self->model, filter->slot, drop_down, filter->codes);
}

GtkDropDown *
zf_register_page_add_code_filter (ZfRegisterPage   *self,
                                  guint             slot,
                                  const char       *tooltip,
                                  const char       *any,
                                  const ZfCodeList *codes)
{
  GtkDropDown *drop_down;
  CodeFilter *filter;

  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);

  drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  filter = g_new0 (CodeFilter, 1);
  filter->slot = slot;
  filter->codes = codes;
  g_object_set_data_full (G_OBJECT (drop_down), "zf-code-filter", filter, g_free);
  gtk_widget_set_tooltip_text (GTK_WIDGET (drop_down), tooltip);
  zf_register_list_fill_code_filter (drop_down, any, codes);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (on_code_filter_changed),
                           self, 0);
  gtk_box_append (self->button_box, GTK_WIDGET (drop_down));
  return drop_down;
}

void
zf_register_page_add_status_widget (ZfRegisterPage *self,
                                    GtkWidget      *widget)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  gtk_box_append (self->status_bar, widget);
}

ZfQueryModel *
zf_register_page_get_model (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return self->model;
}

GArray *
zf_register_page_get_shown_ids (ZfRegisterPage *self)
{
  const char *search;
  GArray *ids;
  guint n;

  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);

  search = zf_query_model_get_search (self->model);
  if ((search == NULL || *search == '\0') &&
      !zf_query_model_is_filtered (self->model, self->scope_slots))
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = zf_query_model_get_id (self->model, i);

      g_array_append_val (ids, id);
    }
  return ids;
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
  guint position;

  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));

  zf_register_list_select_id (self->selection, id);
  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    zf_register_list_scroll_to (self->column_view, position);
}

void
zf_register_page_set_status (ZfRegisterPage *self,
                             const char     *text)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));
  zf_register_page_set_status_file (self, text, NULL);
}

void
zf_register_page_set_status_file (ZfRegisterPage *self,
                                  const char     *text,
                                  const char     *path)
{
  g_return_if_fail (ZF_IS_REGISTER_PAGE (self));

  gtk_label_set_text (self->status_label, text);
  g_free (self->written_path);
  self->written_path = g_strdup (path);
  gtk_widget_set_visible (self->open_file_button, path != NULL);
  gtk_widget_set_visible (self->open_folder_button, path != NULL);
}

const char *
zf_register_page_get_status_file (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return self->written_path;
}

GtkSearchEntry *
zf_register_page_get_search_entry (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return self->search_entry;
}

GtkColumnView *
zf_register_page_get_column_view (ZfRegisterPage *self)
{
  g_return_val_if_fail (ZF_IS_REGISTER_PAGE (self), NULL);
  return self->column_view;
}
