#define G_LOG_DOMAIN "zf-bodies-view"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-bodies-view.h"
#include "zf-body-rules.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-history-view.h"
#include "zf-query-model.h"
#include "zf-record-dialog.h"
#include "zf-label-cells.h"
#include "zf-register-list.h"
#include "zf-sql-sorter.h"
#include "zf-store-bodies.h"

struct _ZfBodiesView
{
  GtkWidget           parent_instance;

  ZfStore            *store;
  ZfQueryModel       *model;
  GtkSingleSelection *selection;
  ZfBody             *selected;    /* fresh from the store, or NULL */
  guint               detail_idle;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *kind_filter;
  GtkDropDown        *level_filter;
  GtkDropDown        *status_filter;
  GtkColumnView      *column_view;
  GtkLabel           *status_label;
  GtkStack           *detail_stack;
  GtkLabel           *detail_title;
  GtkGrid            *fields_grid;
  GtkListBox         *findings_list;
  GtkEntry           *as_of_entry;
  GtkListBox         *history_list;
  ZfHistoryView      *changes_view;
};

G_DEFINE_FINAL_TYPE (ZfBodiesView, zf_bodies_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The columns of the list (see zf-label-cells.c). */
static const ZfCellSpec cells[] = {
  { "name_column", "name", ZF_CELL_TEXT, NULL },
  { "kind_column", "kind", ZF_CELL_CODE, &zf_body_kinds },
  { "level_column", "level", ZF_CELL_CODE, &zf_body_levels },
  { "domain_column", "domain", ZF_CELL_TEXT, NULL },
  { "status_column", "status", ZF_CELL_CODE, &zf_body_statuses },
  { "published_date_column", "published_date", ZF_CELL_DATE, NULL },
};

static void
clear_list_box (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
add_field (ZfBodiesView *self,
           int          *row,
           const char   *label,
           const char   *value)
{
  GtkWidget *name;
  GtkWidget *text;

  if (value == NULL || *value == '\0')
    return;

  name = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (name), 1.0);
  gtk_label_set_yalign (GTK_LABEL (name), 0.0);
  gtk_widget_add_css_class (name, "field-label");

  text = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_grid_attach (self->fields_grid, name, 0, *row, 1, 1);
  gtk_grid_attach (self->fields_grid, text, 1, *row, 1, 1);
  (*row)++;
}

static void
add_date_field (ZfBodiesView *self,
                int          *row,
                const char   *label,
                const char   *iso)
{
  g_autofree char *text = zf_date_format_display (iso);

  add_field (self, row, label, text);
}

static void
show_fields (ZfBodiesView *self,
             ZfBody       *body)
{
  ZfRecord *record = ZF_RECORD (body);
  g_autofree char *staff = NULL;
  int row = 0;

  clear_grid (self->fields_grid);
  add_field (self, &row, _("Credit code"), zf_body_get_credit_code (body));
  add_field (self, &row, _("Kind"), zf_body_get_kind_label (body));
  add_field (self, &row, C_("body level", "Level"), zf_body_get_level_label (body));
  add_field (self, &row, _("Status"), zf_body_get_status_label (body));
  add_date_field (self, &row, _("Published on"), zf_record_get_string (record, "published_date"));
  add_field (self, &row, _("Region code"), zf_record_get_string (record, "region_code"));
  add_field (self, &row, _("Domain"), zf_record_get_string (record, "domain"));
  add_field (self, &row, zf_body_get_parent_id (body) > 0 &&
                         g_strcmp0 (zf_body_get_kind (body), "entrusted") == 0
                         ? _("Entrusting body") : _("Parent body"),
             zf_record_get_string (record, "parent_name"));
  add_field (self, &row, _("Legal basis"), zf_record_get_string (record, "legal_basis"));
  add_field (self, &row, _("Letter number"), zf_record_get_string (record, "letter_number"));
  add_date_field (self, &row, _("Letter date"), zf_record_get_string (record, "letter_date"));
  add_field (self, &row, _("Entrusted scope"), zf_record_get_string (record, "letter_scope"));
  add_date_field (self, &row, _("Entrusted from"), zf_record_get_string (record, "letter_start"));
  add_date_field (self, &row, _("Entrusted until"), zf_record_get_string (record, "letter_end"));
  add_field (self, &row, _("Filed"), zf_record_get_int (record, "filed") ? _("Yes") : _("No"));
  add_date_field (self, &row, _("Filing date"), zf_record_get_string (record, "filed_date"));
  add_field (self, &row, _("Legal section"),
             zf_record_get_int (record, "has_legal_section") ? _("Yes") : _("No"));
  staff = g_strdup_printf ("%" G_GINT64_FORMAT, zf_record_get_int (record, "legal_staff_count"));
  add_field (self, &row, _("Legal staff"), staff);
  add_field (self, &row, _("Address"), zf_record_get_string (record, "address"));
  add_field (self, &row, _("Contact"), zf_record_get_string (record, "contact"));
  add_field (self, &row, _("Phone"), zf_record_get_string (record, "phone"));
  add_field (self, &row, _("Notes"), zf_record_get_string (record, "notes"));
}

static GtkWidget *
plain_row (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 8);
  gtk_widget_set_margin_end (label, 8);
  return label;
}

/* The date the findings are judged as of: the entry's, or today. */
static char *
as_of_date (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (zf_date_is_valid (text))
    return g_strdup (text);
  return zf_date_today ();
}

static void
show_findings (ZfBodiesView *self,
               ZfBody       *body)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *as_of = as_of_date (self->as_of_entry);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->as_of_entry));

  if (*text != '\0' && !zf_date_is_valid (text))
    gtk_widget_add_css_class (GTK_WIDGET (self->as_of_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->as_of_entry), "error");

  clear_list_box (self->findings_list);
  if (!zf_store_body_check (self->store, body, as_of, findings, &error))
    {
      gtk_list_box_append (self->findings_list, plain_row (error->message));
      return;
    }
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->findings_list, zf_finding_row_new (g_ptr_array_index (findings, i)));
  if (findings->len == 0)
    gtk_list_box_append (self->findings_list, plain_row (_("Every rule is met.")));
}

static void
on_as_of_changed (ZfBodiesView *self)
{
  if (self->selected != NULL)
    show_findings (self, self->selected);
}

static char *
describe_event (const ZfBodyEvent *event)
{
  GString *text = g_string_new (NULL);
  g_autofree char *date = zf_date_format_display (event->date);
  const char *what;

  if (g_strcmp0 (event->kind, "review") == 0)
    /* TRANSLATORS: a periodic review and its result, e.g. "Review: Confirmed unchanged" */
    g_string_append_printf (text, _("Review: %s"),
                            zf_code_label (&zf_body_review_results, event->value));
  else if (g_strcmp0 (event->kind, "training") == 0)
    /* TRANSLATORS: a training the unit held, with its title; "*" marks one
     * that was not for all the staff */
    g_string_append_printf (text, _("Training: %s"), event->value);
  else
    {
      what = zf_code_label (&zf_body_statuses, event->value);
      /* TRANSLATORS: a status change, e.g. "Status: Published" */
      g_string_append_printf (text, _("Status: %s"), what);
    }
  g_string_append_printf (text, "\n%s", date);
  if (event->doc_number != NULL && *event->doc_number != '\0')
    g_string_append_printf (text, " · %s", event->doc_number);
  if (event->operator_name != NULL && *event->operator_name != '\0')
    g_string_append_printf (text, " · %s", event->operator_name);
  if (event->notes != NULL && *event->notes != '\0')
    g_string_append_printf (text, "\n%s", event->notes);
  return g_string_free (text, FALSE);
}

static void
show_history (ZfBodiesView *self,
              ZfBody       *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;

  clear_list_box (self->history_list);
  events = zf_store_list_body_events (self->store, zf_record_get_id (ZF_RECORD (body)), &error);
  if (events == NULL)
    {
      gtk_list_box_append (self->history_list, plain_row (error->message));
      return;
    }
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *text = describe_event (g_ptr_array_index (events, i));

      gtk_list_box_append (self->history_list, plain_row (text));
    }
  if (events->len == 0)
    gtk_list_box_append (self->history_list, plain_row (_("No status changes or reviews yet.")));
}

static void
show_detail (ZfBodiesView *self)
{
  if (self->selected == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }
  gtk_label_set_text (self->detail_title, zf_body_get_name (self->selected));
  show_fields (self, self->selected);
  show_findings (self, self->selected);
  show_history (self, self->selected);
  zf_history_view_set_row (self->changes_view, self->store, "body",
                           zf_record_get_id (ZF_RECORD (self->selected)));
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

/* Reads the selected row again from the store (status changes, reviews and
 * edits by other programs land here) and redraws the detail pane. */
static void
reload_selected (ZfBodiesView *self)
{
  ZfBody *item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(ZfBody) fresh = NULL;

  if (item != NULL)
    fresh = zf_store_get_body (self->store, zf_record_get_id (ZF_RECORD (item)), NULL);

  g_clear_object (&self->selected);
  self->selected = g_steal_pointer (&fresh);
  show_detail (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_BODY]);
}

static gboolean
reload_selected_idle (gpointer user_data)
{
  ZfBodiesView *self = user_data;

  self->detail_idle = 0;
  reload_selected (self);
  return G_SOURCE_REMOVE;
}

/* Selection and store changes come in bursts (a refresh removes and adds
 * rows): redraw once, after them. */
static void
queue_reload (ZfBodiesView *self)
{
  if (self->detail_idle == 0)
    self->detail_idle = g_idle_add (reload_selected_idle, self);
}

static void
update_status (ZfBodiesView *self)
{
  zf_register_list_show_count (self->status_label, self->model, "%u body", "%u bodies");
}

static void
on_search_changed (ZfBodiesView   *self,
                   GtkSearchEntry *entry)
{
  zf_register_list_search (self->model, GTK_EDITABLE (entry));
}

static void
on_filter_changed (ZfBodiesView *self)
{
  /* Built by the template before the model exists. */
  if (self->model == NULL)
    return;
  zf_register_list_apply_code_filter (self->model, ZF_BODY_FILTER_KIND, self->kind_filter,
                                      &zf_body_kinds);
  zf_register_list_apply_code_filter (self->model, ZF_BODY_FILTER_LEVEL, self->level_filter,
                                      &zf_body_levels);
  zf_register_list_apply_code_filter (self->model, ZF_BODY_FILTER_STATUS, self->status_filter,
                                      &zf_body_statuses);
}

static void
on_stop_search (ZfBodiesView   *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_row_activated (ZfBodiesView *self,
                  guint         position,
                  GtkColumnView *view)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-body", NULL);
}

static void
on_store_changed (ZfBodiesView *self,
                  const char   *table,
                  gint64        row_id,
                  ZfStore      *store)
{
  queue_reload (self);
}

static void
zf_bodies_view_constructed (GObject *object)
{
  ZfBodiesView *self = ZF_BODIES_VIEW (object);

  G_OBJECT_CLASS (zf_bodies_view_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  zf_register_list_fill_code_filter (self->kind_filter, _("Any kind"), &zf_body_kinds);
  zf_register_list_fill_code_filter (self->level_filter, _("Any level"), &zf_body_levels);
  zf_register_list_fill_code_filter (self->status_filter, _("Any status"), &zf_body_statuses);
  self->model = zf_query_model_new (self->store, zf_body_query_spec ());
  self->selection = zf_register_list_set_model (self->column_view, self->model, TRUE);

  g_signal_connect_object (self->model, "notify::n-items", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (queue_reload),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  zf_register_list_sort_in_sql (self->column_view, self->model,
                                zf_label_cells_get_column (GTK_WIDGET (self), ZF_TYPE_BODIES_VIEW,
                                                           "name_column"));

  update_status (self);
  reload_selected (self);
}

static void
zf_bodies_view_dispose (GObject *object)
{
  ZfBodiesView *self = ZF_BODIES_VIEW (object);

  /* Tearing down the column view changes the selection: nothing may be
   * redrawn from here on. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  zf_register_list_dispose_template (GTK_WIDGET (self), ZF_TYPE_BODIES_VIEW);
  g_clear_handle_id (&self->detail_idle, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->selected);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_bodies_view_parent_class)->dispose (object);
}

static void
zf_bodies_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZfBodiesView *self = ZF_BODIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SELECTED_BODY:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_bodies_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZfBodiesView *self = ZF_BODIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_bodies_view_class_init (ZfBodiesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = zf_bodies_view_constructed;
  object_class->dispose = zf_bodies_view_dispose;
  object_class->get_property = zf_bodies_view_get_property;
  object_class->set_property = zf_bodies_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ZF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_BODY] =
    g_param_spec_object ("selected-body", NULL, NULL, ZF_TYPE_BODY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template's sort keys are ZfBodySort values, its lookups ZfBody properties. */
  g_type_ensure (ZF_TYPE_SQL_SORTER);
  g_type_ensure (ZF_TYPE_BODY);
  g_type_ensure (ZF_TYPE_HISTORY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-bodies-view.ui");
  zf_label_cells_bind_template (widget_class, cells, G_N_ELEMENTS (cells));
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, level_filter);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, changes_view);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, status_label);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, as_of_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_as_of_changed);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  /* Delete belongs to the list: in the search entry the key edits text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete-body", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "win.delete-body", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_bodies_view_init (ZfBodiesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zf_label_cells_install (GTK_WIDGET (self), ZF_TYPE_BODIES_VIEW, cells, G_N_ELEMENTS (cells));
}

ZfBody *
zf_bodies_view_get_selected_body (ZfBodiesView *self)
{
  g_return_val_if_fail (ZF_IS_BODIES_VIEW (self), NULL);
  return self->selected;
}

void
zf_bodies_view_focus_search (ZfBodiesView *self)
{
  g_return_if_fail (ZF_IS_BODIES_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkSearchEntry *
zf_bodies_view_get_search_entry (ZfBodiesView *self)
{
  g_return_val_if_fail (ZF_IS_BODIES_VIEW (self), NULL);
  return self->search_entry;
}

GListModel *
zf_bodies_view_get_model (ZfBodiesView *self)
{
  g_return_val_if_fail (ZF_IS_BODIES_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
zf_bodies_view_select_id (ZfBodiesView *self,
                          gint64        id)
{
  g_return_if_fail (ZF_IS_BODIES_VIEW (self));
  zf_register_list_select_id (self->selection, id);
}
