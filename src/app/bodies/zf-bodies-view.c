#define G_LOG_DOMAIN "zf-bodies-view"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-bodies-view.h"
#include "zf-body-rules.h"
#include "zf-codes.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-detail-pane.h"
#include "zf-export-bodies.h"
#include "zf-export-job.h"
#include "zf-history-view.h"
#include "zf-record-dialog.h"
#include "zf-register-page.h"
#include "zf-store-bodies.h"

struct _ZfBodiesView
{
  GtkWidget           parent_instance;

  ZfStore            *store;
  ZfBody             *selected;    /* fresh from the store, or NULL */

  /* Template widgets */
  ZfRegisterPage     *page;
  GtkStack           *detail_stack;
  GtkLabel           *detail_title;
  GtkGrid            *fields_grid;
  GtkListBox         *findings_list;
  GtkEntry           *as_of_entry;
  GtkListBox         *history_list;
  ZfHistoryView      *changes_view;

  ZfExportJob        *export_job;
};

G_DEFINE_FINAL_TYPE (ZfBodiesView, zf_bodies_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define NATURAL ZF_PAGE_COLUMN_NATURAL

static const ZfPageColumn columns[] = {
  { N_("Name"), { "name", ZF_CELL_TEXT, NULL }, ZF_BODY_SORT_NAME, 0 },
  { N_("Kind"), { "kind", ZF_CELL_CODE, &zf_body_kinds }, ZF_BODY_SORT_KIND, NATURAL },
  { NC_("body level", "Level"), { "level", ZF_CELL_CODE, &zf_body_levels },
    ZF_BODY_SORT_LEVEL, NATURAL, "body level" },
  { N_("Domain"), { "domain", ZF_CELL_TEXT, NULL }, ZF_BODY_SORT_DOMAIN, NATURAL },
  { N_("Status"), { "status", ZF_CELL_CODE, &zf_body_statuses }, ZF_BODY_SORT_STATUS, NATURAL },
  { N_("Published on"), { "published_date", ZF_CELL_DATE, NULL }, ZF_BODY_SORT_PUBLISHED,
    NATURAL },
};

static void
show_fields (ZfBodiesView *self,
             ZfBody       *body)
{
  GtkGrid *grid = self->fields_grid;
  g_autofree char *staff = NULL;
  int row = 0;

  zf_detail_clear (GTK_WIDGET (grid));
  zf_detail_add_field (grid, &row, _("Credit code"), zf_body_get_credit_code (body));
  zf_detail_add_field (grid, &row, _("Kind"), zf_body_get_kind_label (body));
  zf_detail_add_field (grid, &row, C_("body level", "Level"), zf_body_get_level_label (body));
  zf_detail_add_field (grid, &row, _("Status"), zf_body_get_status_label (body));
  zf_detail_add_date_field (grid, &row, _("Published on"), zf_body_get_published_date (body));
  zf_detail_add_field (grid, &row, _("Region code"), zf_body_get_region_code (body));
  zf_detail_add_field (grid, &row, _("Domain"), zf_body_get_domain (body));
  zf_detail_add_field (grid, &row, zf_body_get_parent_id (body) > 0 &&
                                   g_strcmp0 (zf_body_get_kind (body), "entrusted") == 0
                                   ? _("Entrusting body") : _("Parent body"),
                       zf_body_get_parent_name (body));
  zf_detail_add_field (grid, &row, _("Legal basis"), zf_body_get_legal_basis (body));
  zf_detail_add_field (grid, &row, _("Letter number"), zf_body_get_letter_number (body));
  zf_detail_add_date_field (grid, &row, _("Letter date"), zf_body_get_letter_date (body));
  zf_detail_add_field (grid, &row, _("Entrusted scope"), zf_body_get_letter_scope (body));
  zf_detail_add_date_field (grid, &row, _("Entrusted from"), zf_body_get_letter_start (body));
  zf_detail_add_date_field (grid, &row, _("Entrusted until"), zf_body_get_letter_end (body));
  zf_detail_add_field (grid, &row, _("Filed"), zf_body_get_filed (body) ? _("Yes") : _("No"));
  zf_detail_add_date_field (grid, &row, _("Filing date"), zf_body_get_filed_date (body));
  zf_detail_add_field (grid, &row, _("Legal section"),
                       zf_body_get_has_legal_section (body) ? _("Yes") : _("No"));
  staff = g_strdup_printf ("%" G_GINT64_FORMAT, zf_body_get_legal_staff_count (body));
  zf_detail_add_field (grid, &row, _("Legal staff"), staff);
  zf_detail_add_field (grid, &row, _("Address"), zf_body_get_address (body));
  zf_detail_add_field (grid, &row, _("Contact"), zf_body_get_contact (body));
  zf_detail_add_field (grid, &row, _("Phone"), zf_body_get_phone (body));
  zf_detail_add_field (grid, &row, _("Notes"), zf_body_get_notes (body));
}

/* The date the findings are judged as of: the entry's, or today. */
static char *
as_of_date (GtkEntry *entry)
{
  g_autofree char *typed = zf_date_entry_get_iso (entry);

  if (zf_date_is_valid (typed))
    return g_steal_pointer (&typed);
  return zf_date_today ();
}

static void
show_findings (ZfBodiesView *self,
               ZfBody       *body)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *as_of = as_of_date (self->as_of_entry);
  g_autofree char *text = zf_date_entry_get_iso (self->as_of_entry);

  if (text != NULL && !zf_date_is_valid (text))
    gtk_widget_add_css_class (GTK_WIDGET (self->as_of_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->as_of_entry), "error");

  zf_detail_clear (GTK_WIDGET (self->findings_list));
  if (!zf_store_body_check (self->store, body, as_of, findings, &error))
    {
      gtk_list_box_append (self->findings_list, zf_detail_text_row (error->message, NULL));
      return;
    }
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->findings_list, zf_finding_row_new (g_ptr_array_index (findings, i)));
  if (findings->len == 0)
    gtk_list_box_append (self->findings_list, zf_detail_text_row (_("Every rule is met."), NULL));
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

  zf_detail_clear (GTK_WIDGET (self->history_list));
  events = zf_store_list_body_events (self->store, zf_record_get_id (ZF_RECORD (body)), &error);
  if (events == NULL)
    {
      gtk_list_box_append (self->history_list, zf_detail_text_row (error->message, NULL));
      return;
    }
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *text = describe_event (g_ptr_array_index (events, i));

      gtk_list_box_append (self->history_list, zf_detail_text_row (text, NULL));
    }
  if (events->len == 0)
    gtk_list_box_append (self->history_list, zf_detail_text_row (_("No status changes or reviews yet."), NULL));
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
  ZfRecord *item = zf_register_page_get_selected (self->page);
  g_autoptr(ZfBody) fresh = NULL;

  if (item != NULL)
    fresh = zf_store_get_body (self->store, zf_record_get_id (item), NULL);

  g_clear_object (&self->selected);
  self->selected = g_steal_pointer (&fresh);
  show_detail (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_BODY]);
}

static void
on_row_activated (ZfBodiesView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-body", NULL);
}

static void
zf_bodies_view_constructed (GObject *object)
{
  ZfBodiesView *self = ZF_BODIES_VIEW (object);

  G_OBJECT_CLASS (zf_bodies_view_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  zf_register_page_set_up (self->page, self->store, zf_body_query_spec (), columns,
                           G_N_ELEMENTS (columns), _("Search by name or credit code"));
  zf_register_page_set_count_text (self->page, "%u body", "%u bodies");
  zf_register_page_remember_columns (self->page, "bodies");
  zf_register_page_set_empty_text (self->page, _("No Enforcement Bodies Yet"),
                                   _("Import the register of bodies from a spreadsheet, "
                                     "or enter the first body."));
  zf_register_page_add_empty_button (self->page, _("_Import a Spreadsheet…"), "win.import");
  zf_register_page_add_empty_button (self->page, _("_New…"), "win.new-body");
  zf_register_page_add_code_filter (self->page, ZF_BODY_FILTER_KIND, _("Kind"), _("Any kind"),
                                    &zf_body_kinds);
  zf_register_page_add_code_filter (self->page, ZF_BODY_FILTER_LEVEL, _("Level"), _("Any level"),
                                    &zf_body_levels);
  zf_register_page_add_code_filter (self->page, ZF_BODY_FILTER_STATUS, _("Status"),
                                    _("Any status"), &zf_body_statuses);
  reload_selected (self);
}

/* The export of the public register: the published bodies among those
 * the list shows, on a thread; the status bar then offers to open it. */

static gboolean
run_export (ZfStore               *store,
            const char            *path,
            gpointer               data,
            GCancellable          *cancellable,
            ZfExportProgressFunc   progress,
            gpointer               progress_data,
            GError               **error)
{
  return zf_export_bodies_of_xlsx (store, path, data, cancellable, error);
}

static void
on_export_finished (ZfBodiesView *self,
                    const char   *text)
{
  zf_register_page_set_status_file (self->page, text,
                                    zf_export_job_get_written (self->export_job)
                                    ? zf_export_job_get_path (self->export_job) : NULL);
  g_clear_object (&self->export_job);
}

void
zf_bodies_view_export_to (ZfBodiesView *self,
                          const char   *path)
{
  GArray *ids;

  g_return_if_fail (ZF_IS_BODIES_VIEW (self));
  if (self->export_job != NULL)
    return;

  ids = zf_register_page_get_shown_ids (self->page);
  self->export_job = zf_export_job_new (self->store, path, run_export, ids,
                                        ids ? (GDestroyNotify) g_array_unref : NULL);
  g_signal_connect_object (self->export_job, "finished", G_CALLBACK (on_export_finished), self,
                           G_CONNECT_SWAPPED);
  zf_register_page_set_status (self->page, _("Exporting…"));
  zf_export_job_start (self->export_job);
}

static void
on_path_chosen (GtkWidget  *owner,
                const char *path,
                gpointer    data)
{
  zf_bodies_view_export_to (ZF_BODIES_VIEW (owner), path);
}

void
zf_bodies_view_export (ZfBodiesView *self)
{
  g_return_if_fail (ZF_IS_BODIES_VIEW (self));

  /* The register's official title, in Chinese whatever the UI language:
   * the file goes to the superior office as it is. */
  zf_export_job_choose_path (GTK_WIDGET (self), "执法主体名录.xlsx", on_path_chosen, NULL, NULL);
}

gboolean
zf_bodies_view_is_exporting (ZfBodiesView *self)
{
  g_return_val_if_fail (ZF_IS_BODIES_VIEW (self), FALSE);
  return self->export_job != NULL;
}

static void
zf_bodies_view_dispose (GObject *object)
{
  ZfBodiesView *self = ZF_BODIES_VIEW (object);

  /* Tearing down the page changes the selection: nothing may be redrawn
   * from here on. */
  if (self->page != NULL)
    g_signal_handlers_disconnect_by_data (self->page, self);
  zf_export_job_abandon (&self->export_job, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_BODIES_VIEW);
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

  g_type_ensure (ZF_TYPE_REGISTER_PAGE);
  g_type_ensure (ZF_TYPE_HISTORY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-bodies-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, page);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, changes_view);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, as_of_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_as_of_changed);
  gtk_widget_class_bind_template_child (widget_class, ZfBodiesView, history_list);
  gtk_widget_class_bind_template_callback (widget_class, reload_selected);
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
  gtk_widget_grab_focus (GTK_WIDGET (zf_register_page_get_search_entry (self->page)));
}

GtkSearchEntry *
zf_bodies_view_get_search_entry (ZfBodiesView *self)
{
  g_return_val_if_fail (ZF_IS_BODIES_VIEW (self), NULL);
  return zf_register_page_get_search_entry (self->page);
}

GListModel *
zf_bodies_view_get_model (ZfBodiesView *self)
{
  g_return_val_if_fail (ZF_IS_BODIES_VIEW (self), NULL);
  return zf_register_page_get_selection (self->page);
}

void
zf_bodies_view_select_id (ZfBodiesView *self,
                          gint64        id)
{
  g_return_if_fail (ZF_IS_BODIES_VIEW (self));
  zf_register_page_select_id (self->page, id);
}
