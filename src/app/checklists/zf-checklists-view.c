#define G_LOG_DOMAIN "zf-checklists-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zf-checklist-codes.h"
#include "zf-checklists-view-private.h"
#include "zf-code-dropdown.h"
#include "zf-date.h"
#include "zf-record-dialog.h"
#include "zf-register-list.h"
#include "zf-store-bodies.h"
#include "zf-store-benchmarks.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"

G_DEFINE_FINAL_TYPE (ZfChecklistsView, zf_checklists_view, GTK_TYPE_WIDGET)

#define TEXT(title, field, sort, width) { title, { field, ZF_CELL_TEXT, NULL }, sort, width }
#define CODE(title, field, codes, sort, width) { title, { field, ZF_CELL_CODE, codes }, sort, width }
#define DATE(title, field, sort) { title, { field, ZF_CELL_DATE, NULL }, sort, 110 }
#define NUMBER(title, field, sort, width) { title, { field, ZF_CELL_NUMBER, NULL }, sort, width }
#define INTEGER(title, field, sort, width) { title, { field, ZF_CELL_INTEGER, NULL }, sort, width }

static const ZfPageColumn law_columns[] = {
  TEXT (N_("Title"), "title", ZF_LAW_SORT_TITLE, 0),
  CODE (N_("Level"), "level", &zf_law_levels, ZF_LAW_SORT_LEVEL, 150),
  TEXT (N_("Issuing organ"), "issuing_organ", -1, 200),
  TEXT (N_("Document number"), "doc_number", -1, 160),
  DATE (N_("Effective"), "effective", ZF_LAW_SORT_EFFECTIVE),
  DATE (N_("Repealed"), "repealed", -1),
};

static const ZfPageColumn matter_columns[] = {
  TEXT (N_("Code"), "code", ZF_MATTER_SORT_CODE, 130),
  TEXT (N_("Matter"), "name", ZF_MATTER_SORT_NAME, 0),
  CODE (N_("Category"), "category", &zf_matter_categories, ZF_MATTER_SORT_CATEGORY, 110),
  TEXT (N_("Basis"), "basis", -1, 0),
  TEXT (N_("Body"), "body_name", -1, 0),
  CODE (N_("Status"), "status", &zf_matter_statuses, ZF_MATTER_SORT_STATUS, 80),
  TEXT (N_("Transfers"), "transfers", -1, 180),
  TEXT (N_("Duties held"), "duties", -1, 140),
};

static const ZfPageColumn leniency_columns[] = {
  CODE (N_("List"), "list", &zf_leniency_lists, ZF_LENIENCY_SORT_LIST, 120),
  TEXT (N_("Violation"), "violation", ZF_LENIENCY_SORT_VIOLATION, 0),
  TEXT (N_("Basis"), "basis", -1, 0),
  TEXT (N_("Domain"), "domain", -1, 100),
  TEXT (N_("Body"), "body_name", ZF_LENIENCY_SORT_BODY, 0),
};

static const ZfPageColumn benchmark_columns[] = {
  TEXT (N_("Violation"), "violation", ZF_BENCHMARK_SORT_VIOLATION, 0),
  TEXT (N_("Basis"), "basis", -1, 0),
  NUMBER (N_("Statutory minimum"), "statutory_min", -1, 110),
  NUMBER (N_("Statutory maximum"), "statutory_max", ZF_BENCHMARK_SORT_STATUTORY_MAX, 110),
  CODE (N_("Unit"), "unit", &zf_benchmark_units, -1, 80),
  TEXT (N_("Body"), "body_name", ZF_BENCHMARK_SORT_BODY, 0),
};

static const ZfPageColumn item_columns[] = {
  TEXT (N_("Item"), "item", ZF_INSPECTION_ITEM_SORT_ITEM, 0),
  TEXT (N_("Basis"), "basis", -1, 0),
  TEXT (N_("Target type"), "target_type", -1, 110),
  TEXT (N_("Method"), "method", -1, 110),
  NUMBER (N_("Ratio (%)"), "ratio", ZF_INSPECTION_ITEM_SORT_RATIO, 80),
  TEXT (N_("Frequency"), "frequency", -1, 90),
  TEXT (N_("Body"), "body_name", ZF_INSPECTION_ITEM_SORT_BODY, 0),
};

static const ZfPageColumn target_columns[] = {
  TEXT (N_("Name"), "name", ZF_INSPECTION_TARGET_SORT_NAME, 0),
  TEXT (N_("Credit code"), "credit_code", ZF_INSPECTION_TARGET_SORT_CREDIT_CODE, 190),
  TEXT (N_("Domain"), "domain", ZF_INSPECTION_TARGET_SORT_DOMAIN, 110),
  TEXT (N_("Address"), "address", -1, 0),
};

static const ZfPageColumn draw_columns[] = {
  DATE (N_("Inspection date"), "inspection_date", ZF_DRAW_SORT_DATE),
  TEXT (N_("Item"), "item_name", ZF_DRAW_SORT_ITEM, 0),
  TEXT (N_("Body"), "body_name", ZF_DRAW_SORT_BODY, 0),
  INTEGER (N_("Targets drawn"), "n_targets", -1, 90),
  INTEGER (N_("Inspected"), "n_done", -1, 80),
  INTEGER (N_("Inspectors per target"), "inspectors_per_target", -1, 110),
  TEXT (N_("Document number"), "doc_number", -1, 150),
};

#undef TEXT
#undef CODE
#undef DATE
#undef NUMBER
#undef INTEGER

typedef struct
{
  const char         *name;
  const char         *title;        /* msgid */
  const char         *search_hint;  /* msgid */
  const ZfQuerySpec *(*spec) (void);
  const ZfPageColumn *columns;
  guint               n_columns;
  guint               body_slot;    /* the spec's body filter, 0: none */
} PageInfo;

#define PAGE(name, title, hint, spec, columns, slot) \
  { name, title, hint, spec, columns, G_N_ELEMENTS (columns), slot }

static const PageInfo page_info[N_PAGES] = {
  [PAGE_LAWS] = PAGE ("laws", N_("Legal bases"), N_("Search by title or issuing organ"),
                      zf_law_query_spec, law_columns, ZF_LAW_FILTER_BODY),
  [PAGE_MATTERS] = PAGE ("matters", N_("Enforcement matters"), N_("Search by code or name"),
                         zf_matter_query_spec, matter_columns, ZF_MATTER_FILTER_BODY),
  [PAGE_LENIENCY] = PAGE ("leniency", N_("Four lists"),
                          N_("Search by violation, basis or conditions"),
                          zf_leniency_query_spec, leniency_columns, ZF_LENIENCY_FILTER_BODY),
  [PAGE_BENCHMARKS] = PAGE ("benchmarks", N_("Discretion benchmarks"),
                            N_("Search by violation or basis"),
                            zf_benchmark_query_spec, benchmark_columns, ZF_BENCHMARK_FILTER_BODY),
  [PAGE_ITEMS] = PAGE ("items", N_("Random inspection items"),
                       N_("Search by item, content or basis"),
                       zf_inspection_item_query_spec, item_columns,
                       ZF_INSPECTION_ITEM_FILTER_BODY),
  [PAGE_TARGETS] = PAGE ("targets", N_("Inspection targets"),
                         N_("Search by name, credit code or address"),
                         zf_inspection_target_query_spec, target_columns, 0),
  [PAGE_DRAWS] = PAGE ("draws", N_("Double-random draws"),
                       N_("Search by item, document number or body"),
                       zf_draw_query_spec, draw_columns, ZF_DRAW_FILTER_BODY),
};

#undef PAGE

static int
page_by_name (const char *name)
{
  for (guint i = 0; i < N_PAGES; i++)
    if (g_strcmp0 (page_info[i].name, name) == 0)
      return i;
  return -1;
}

ChecklistPage
zf_checklists_view_get_page (ZfChecklistsView *self)
{
  int page = page_by_name (gtk_stack_get_visible_child_name (self->stack));

  return page >= 0 ? (ChecklistPage) page : PAGE_LAWS;
}

const char *
zf_checklists_view_get_register (ZfChecklistsView *self)
{
  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);

  return page_info[zf_checklists_view_get_page (self)].name;
}

gint64
zf_checklists_view_get_body_id (ZfChecklistsView *self)
{
  gpointer body = gtk_drop_down_get_selected_item (self->body_dropdown);

  return body != NULL ? zf_record_get_id (ZF_RECORD (body)) : 0;
}

GtkWindow *
zf_checklists_view_get_toplevel (ZfChecklistsView *self)
{
  return zf_register_list_get_toplevel (GTK_WIDGET (self));
}

void
zf_checklists_view_show_status (ZfChecklistsView *self,
                                const char       *text)
{
  zf_register_page_set_status (self->pages[zf_checklists_view_get_page (self)], text);
}

/* C1–C4 of the chosen body, behind a button that says how many there are:
 * the lists stay in view while the user fixes what the checks find. */
static void
run_checks (ZfChecklistsView *self)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *today = zf_date_today ();
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;
  gint64 body_id = zf_checklists_view_get_body_id (self);
  GtkWidget *child;

  gtk_widget_set_visible (GTK_WIDGET (self->checks_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_ok_label), FALSE);
  if (body_id <= 0)
    return;
  if (!zf_store_check_catalog (self->store, body_id, today, findings, &error) ||
      !zf_store_check_matters (self->store, body_id, today, findings, &error))
    zf_findings_add (findings, NULL, NULL, ZF_SEVERITY_ERROR, "%s", error->message);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->checks_list, zf_finding_row_new (findings->pdata[i]));
  if (findings->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->checks_ok_label), TRUE);
      return;
    }
  label = g_strdup_printf (ngettext ("%u finding of C1–C4", "%u findings of C1–C4", findings->len),
                           findings->len);
  gtk_menu_button_set_label (self->checks_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_button), TRUE);
}

static gboolean
run_checks_idle (gpointer user_data)
{
  ZfChecklistsView *self = user_data;

  self->checks_idle = 0;
  run_checks (self);
  return G_SOURCE_REMOVE;
}

static void
queue_checks (ZfChecklistsView *self)
{
  if (self->checks_idle == 0)
    self->checks_idle = g_idle_add (run_checks_idle, self);
}

static void
on_body_changed (ZfChecklistsView *self)
{
  gint64 body_id = zf_checklists_view_get_body_id (self);

  for (guint i = 0; i < N_PAGES; i++)
    {
      ZfQueryModel *model;

      if (page_info[i].body_slot == 0)
        continue;
      model = zf_register_page_get_model (self->pages[i]);
      if (body_id > 0)
        zf_query_model_set_filter_int (model, page_info[i].body_slot, body_id);
      else
        zf_query_model_clear_filter (model, page_info[i].body_slot);
    }
  /* A body's catalog (执法依据目录) reads by legal force; every law, by title. */
  zf_query_model_set_sort (zf_register_page_get_model (self->pages[PAGE_LAWS]),
                           body_id > 0 ? ZF_LAW_SORT_LEVEL : ZF_LAW_SORT_TITLE, FALSE);
  queue_checks (self);
}

static void
on_page_activated (ZfChecklistsView *self,
                   ZfRegisterPage   *page)
{
  if (page == self->pages[PAGE_DRAWS])
    zf_checklists_view_open_draw (self);
  else
    zf_checklists_view_edit_selected (self);
}

/* The body filter lists "every body" first, then the bodies by name. */
static void
setup_body_dropdown (ZfChecklistsView *self)
{
  ZfQueryModel *bodies = zf_query_model_new (self->store, zf_body_query_spec ());
  g_autoptr(ZfBody) every = zf_body_new ();
  GListStore *first = g_list_store_new (ZF_TYPE_BODY);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) model = NULL;

  zf_query_model_set_sort (bodies, ZF_BODY_SORT_NAME, FALSE);
  g_object_set (every, "name", _("Every body"), NULL);
  g_list_store_append (first, every);
  g_list_store_append (both, first);
  g_list_store_append (both, bodies);
  g_object_unref (first);
  g_object_unref (bodies);
  model = gtk_flatten_list_model_new (G_LIST_MODEL (both));
  zf_dropdown_enable_search (self->body_dropdown,
                             gtk_property_expression_new (ZF_TYPE_BODY, NULL, "name"));
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (model));
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (on_body_changed),
                           self, G_CONNECT_SWAPPED);
}

static void
zf_checklists_view_constructed (GObject *object)
{
  ZfChecklistsView *self = ZF_CHECKLISTS_VIEW (object);

  G_OBJECT_CLASS (zf_checklists_view_parent_class)->constructed (object);
  g_assert (self->store != NULL);

  for (guint i = 0; i < N_PAGES; i++)
    {
      const PageInfo *info = &page_info[i];

      self->pages[i] = zf_register_page_new (self->store, info->spec (), info->columns,
                                             info->n_columns, _(info->search_hint));
      gtk_stack_add_titled (self->stack, GTK_WIDGET (self->pages[i]), info->name, _(info->title));
      zf_register_page_remember_columns (self->pages[i], info->name);
      /* The tab shows the chosen body's lists. */
      if (info->body_slot > 0)
        zf_register_page_set_scope_filter (self->pages[i], info->body_slot);
      g_signal_connect_object (self->pages[i], "activated", G_CALLBACK (on_page_activated), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (zf_register_page_get_selection (self->pages[i]),
                               "notify::selected-item",
                               G_CALLBACK (zf_checklists_view_update_actions), self,
                               G_CONNECT_SWAPPED);
    }
  /* The newest draw first: it is the one whose results are being entered. */
  zf_query_model_set_sort (zf_register_page_get_model (self->pages[PAGE_DRAWS]), ZF_DRAW_SORT_DATE,
                           TRUE);
  setup_body_dropdown (self);
  zf_checklists_view_add_buttons (self);
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (zf_checklists_view_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (queue_checks), self,
                           G_CONNECT_SWAPPED);
  zf_checklists_view_update_actions (self);
}

static void
zf_checklists_view_dispose (GObject *object)
{
  ZfChecklistsView *self = ZF_CHECKLISTS_VIEW (object);

  zf_export_job_abandon (&self->export_job, self);
  g_clear_handle_id (&self->checks_idle, g_source_remove);
  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != NULL)
      g_signal_handlers_disconnect_by_data (zf_register_page_get_selection (self->pages[i]), self);
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_data (self->stack, self);
  zf_register_list_dispose_template (GTK_WIDGET (self), ZF_TYPE_CHECKLISTS_VIEW);
  memset (self->pages, 0, sizeof self->pages);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_checklists_view_parent_class)->dispose (object);
}

static void
zf_checklists_view_class_init (ZfChecklistsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = zf_checklists_view_constructed;
  object_class->dispose = zf_checklists_view_dispose;

  zf_register_list_install_store (object_class, G_STRUCT_OFFSET (ZfChecklistsView, store));

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-checklists-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfChecklistsView, stack);
  gtk_widget_class_bind_template_child (widget_class, ZfChecklistsView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfChecklistsView, checks_button);
  gtk_widget_class_bind_template_child (widget_class, ZfChecklistsView, checks_ok_label);
  gtk_widget_class_bind_template_child (widget_class, ZfChecklistsView, checks_list);
  zf_checklists_view_install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_checklists_view_init (ZfChecklistsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
zf_checklists_view_show_register (ZfChecklistsView *self,
                                  const char       *name)
{
  g_return_if_fail (ZF_IS_CHECKLISTS_VIEW (self));
  g_return_if_fail (page_by_name (name) >= 0);
  gtk_stack_set_visible_child_name (self->stack, name);
}

void
zf_checklists_view_set_body (ZfChecklistsView *self,
                             gint64            body_id)
{
  GListModel *model;

  g_return_if_fail (ZF_IS_CHECKLISTS_VIEW (self));
  model = gtk_drop_down_get_model (self->body_dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZfRecord) body = g_list_model_get_item (model, i);

      if (zf_record_get_id (body) == body_id)
        {
          gtk_drop_down_set_selected (self->body_dropdown, i);
          return;
        }
    }
}

GListModel *
zf_checklists_view_get_list (ZfChecklistsView *self,
                             const char       *name)
{
  int page = page_by_name (name);

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  g_return_val_if_fail (page >= 0, NULL);
  return zf_register_page_get_selection (self->pages[page]);
}

void
zf_checklists_view_select_id (ZfChecklistsView *self,
                              const char       *name,
                              gint64            id)
{
  int page = page_by_name (name);

  g_return_if_fail (ZF_IS_CHECKLISTS_VIEW (self));
  g_return_if_fail (page >= 0);
  zf_query_model_refresh (zf_register_page_get_model (self->pages[page]));
  zf_register_page_select_id (self->pages[page], id);
}
