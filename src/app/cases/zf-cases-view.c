#define G_LOG_DOMAIN "zf-cases-view"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-case-codes.h"
#include "zf-cases-view-private.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-detail-pane.h"
#include "zf-evaluation.h"
#include "zf-register-list.h"
#include "zf-store-bodies.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"

/* How many years back the year filter offers. */
#define N_FILTER_YEARS 6

G_DEFINE_FINAL_TYPE (ZfCasesView, zf_cases_view, GTK_TYPE_WIDGET)

static const char *const category_codes[] = { "penalty", "coercion", "licensing", "inspection" };
static const char *const grade_codes[] = { "excellent", "pass", "fail" };

#define NATURAL ZF_PAGE_COLUMN_NATURAL

static const ZfPageColumn columns[] = {
  { N_("Case number"), { "number", ZF_CELL_TEXT, NULL }, ZF_CASE_SORT_NUMBER, NATURAL },
  { N_("Body"), { "body_name", ZF_CELL_TEXT, NULL }, ZF_CASE_SORT_BODY, 0 },
  { N_("Category"), { "category", ZF_CELL_CODE, &zf_case_categories }, ZF_CASE_SORT_CATEGORY,
    NATURAL },
  { N_("Party"), { "party_name", ZF_CELL_TEXT, NULL }, -1, 0 },
  { N_("Decision date"), { "decided_date", ZF_CELL_DATE, NULL }, ZF_CASE_SORT_DECIDED,
    NATURAL },
  { N_("Handling officers"), { "officer_names", ZF_CELL_TEXT, NULL }, -1, NATURAL },
  { N_("Score"), { "score", ZF_CELL_SCORE, NULL }, ZF_CASE_SORT_SCORE, NATURAL },
  { N_("Grade"), { "grade", ZF_CELL_CODE, &zf_evaluation_grades }, -1, NATURAL },
};

/* Filters */

int
zf_cases_view_get_year (ZfCasesView *self)
{
  guint year = gtk_drop_down_get_selected (self->year_filter);
  g_autofree char *today = zf_date_today ();

  if (year == GTK_INVALID_LIST_POSITION || year == 0)
    return zf_date_year (today);
  return zf_date_year (today) - (int) (year - 1);
}

static void
on_filter_changed (ZfCasesView *self)
{
  gint64 body_id = zf_register_list_get_body_filter (self->body_filter, self->body_ids);
  guint category = gtk_drop_down_get_selected (self->category_filter);
  guint year = gtk_drop_down_get_selected (self->year_filter);
  guint grade = gtk_drop_down_get_selected (self->grade_filter);
  ZfQueryModel *model = zf_register_page_get_model (self->page);

  if (model == NULL)
    return;
  if (body_id > 0)
    zf_query_model_set_filter_int (model, ZF_CASE_FILTER_BODY, body_id);
  else
    zf_query_model_clear_filter (model, ZF_CASE_FILTER_BODY);
  if (category != GTK_INVALID_LIST_POSITION && category > 0 && category <= G_N_ELEMENTS (category_codes))
    zf_query_model_set_filter_text (model, ZF_CASE_FILTER_CATEGORY, category_codes[category - 1]);
  else
    zf_query_model_clear_filter (model, ZF_CASE_FILTER_CATEGORY);
  if (year != GTK_INVALID_LIST_POSITION && year > 0)
    zf_query_model_set_filter_int (model, ZF_CASE_FILTER_YEAR, zf_cases_view_get_year (self));
  else
    zf_query_model_clear_filter (model, ZF_CASE_FILTER_YEAR);
  if (grade != GTK_INVALID_LIST_POSITION && grade > 0 && grade <= G_N_ELEMENTS (grade_codes))
    zf_query_model_set_filter_text (model, ZF_CASE_FILTER_GRADE, grade_codes[grade - 1]);
  else
    zf_query_model_clear_filter (model, ZF_CASE_FILTER_GRADE);
}

static void
on_activate (ZfCasesView *self)
{
  zf_cases_view_evaluate (self);
}

void
zf_cases_view_show_status (ZfCasesView *self,
                           const char  *text)
{
  zf_register_page_set_status (self->page, text);
  gtk_label_set_text (self->ledger_status, text);
}

/* The rectification ledger */

static GtkWidget *
ledger_cell (const char *text,
             int         width_chars,
             gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  gtk_label_set_max_width_chars (GTK_LABEL (label), expand ? 80 : width_chars);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, expand);
  return label;
}

static GtkWidget *
ledger_row (const ZfRectification *r,
            const char            *today)
{
  g_autofree char *deadline = r->deadline ? zf_date_format_display (r->deadline) : NULL;
  g_autofree char *problem = r->requirement
                             ? g_strdup_printf ("%s\n%s%s", r->problem, _("Requirement: "), r->requirement)
                             : g_strdup (r->problem);
  g_autofree char *status = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *row = gtk_list_box_row_new ();

  if (g_strcmp0 (r->status, "closed") == 0)
    {
      g_autofree char *closed = zf_date_format_display (r->closed_date);
      status = g_strdup_printf ("%s %s", zf_code_label (&zf_rectification_statuses, r->status), closed);
    }
  else if (zf_rectification_is_overdue (r, today))
    status = g_strdup (_("Overdue"));
  else
    status = g_strdup (zf_code_label (&zf_rectification_statuses, r->status));

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), ledger_cell (deadline, 10, FALSE));
  gtk_box_append (GTK_BOX (box), ledger_cell (r->body_name, 14, FALSE));
  gtk_box_append (GTK_BOX (box), ledger_cell (r->case_number, 16, FALSE));
  gtk_box_append (GTK_BOX (box), ledger_cell (problem, 30, TRUE));
  gtk_box_append (GTK_BOX (box), ledger_cell (r->responsible, 8, FALSE));
  gtk_box_append (GTK_BOX (box), ledger_cell (status, 12, FALSE));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  if (zf_rectification_is_overdue (r, today))
    gtk_widget_add_css_class (row, "overdue");
  else if (g_strcmp0 (r->status, "closed") == 0)
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

void
zf_cases_view_reload_ledger (ZfCasesView *self)
{
  g_autofree char *today = zf_date_today ();
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  zf_detail_clear (GTK_WIDGET (self->ledger_list));
  g_clear_pointer (&self->ledger_rows, g_ptr_array_unref);

  rows = zf_store_list_rectifications (self->store, today,
                                       gtk_toggle_button_get_active (self->overdue_toggle), &error);
  if (rows == NULL)
    {
      zf_cases_view_show_status (self, error->message);
      rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_rectification_free);
    }
  else
    {
      g_autofree char *count = g_strdup_printf (ngettext ("%u rectification", "%u rectifications",
                                                          rows->len), rows->len);

      gtk_label_set_text (self->ledger_status, count);
    }
  self->ledger_rows = rows;
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->ledger_list, ledger_row (rows->pdata[i], today));
  zf_cases_view_update_actions (self);
}

static gboolean
reload_ledger_idle (gpointer user_data)
{
  ZfCasesView *self = user_data;

  self->ledger_idle = 0;
  zf_cases_view_reload_ledger (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (ZfCasesView *self,
                  const char  *table)
{
  if (g_strcmp0 (table, "body") == 0 || g_strcmp0 (table, "*") == 0)
    zf_register_list_fill_body_filter (self->body_filter, self->body_ids, self->store);
  if ((g_strcmp0 (table, "rectification") == 0 || g_strcmp0 (table, "case_file") == 0 ||
       g_strcmp0 (table, "*") == 0) && self->ledger_idle == 0)
    self->ledger_idle = g_idle_add (reload_ledger_idle, self);
}

static void
on_overdue_toggled (ZfCasesView *self)
{
  zf_cases_view_reload_ledger (self);
}

static void
on_ledger_selected (ZfCasesView *self)
{
  zf_cases_view_update_actions (self);
}

static void
on_page_changed (ZfCasesView *self)
{
  zf_cases_view_update_actions (self);
}

static void
zf_cases_view_constructed (GObject *object)
{
  ZfCasesView *self = ZF_CASES_VIEW (object);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autofree char *today = zf_date_today ();

  G_OBJECT_CLASS (zf_cases_view_parent_class)->constructed (object);
  g_assert (self->store != NULL);

  gtk_string_list_append (categories, _("All categories"));
  for (guint i = 0; i < G_N_ELEMENTS (category_codes); i++)
    gtk_string_list_append (categories, zf_code_label (&zf_case_categories, category_codes[i]));
  gtk_drop_down_set_model (self->category_filter, G_LIST_MODEL (categories));
  gtk_string_list_append (years, _("All years"));
  for (int i = 0; i < N_FILTER_YEARS; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", zf_date_year (today) - i);
      gtk_string_list_append (years, year);
    }
  gtk_drop_down_set_model (self->year_filter, G_LIST_MODEL (years));
  gtk_string_list_append (grades, _("All grades"));
  for (guint i = 0; i < G_N_ELEMENTS (grade_codes); i++)
    gtk_string_list_append (grades, zf_code_label (&zf_evaluation_grades, grade_codes[i]));
  gtk_drop_down_set_model (self->grade_filter, G_LIST_MODEL (grades));
  zf_register_list_fill_body_filter (self->body_filter, self->body_ids, self->store);

  zf_register_page_set_up (self->page, self->store, zf_case_file_query_spec (), columns,
                           G_N_ELEMENTS (columns), _("Search by case number, party or body"));
  zf_register_page_set_count_text (self->page, "%u case file", "%u case files");
  zf_register_page_remember_columns (self->page, "cases");
  zf_register_page_set_empty_text (self->page, _("No Case Files Yet"),
                                   _("Import the case files from a spreadsheet, "
                                     "or enter the first one."));
  zf_register_page_add_empty_button (self->page, _("_Import a Spreadsheet…"), "win.import");
  zf_register_page_add_empty_button (self->page, _("_New…"), "cases.new");

  g_signal_connect_object (zf_register_page_get_selection (self->page), "notify::selected-item",
                           G_CALLBACK (zf_cases_view_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  zf_cases_view_reload_ledger (self);
}

static void
zf_cases_view_dispose (GObject *object)
{
  ZfCasesView *self = ZF_CASES_VIEW (object);

  /* Tearing down the page changes the selection: nothing may be redrawn
   * from here on. */
  if (self->page != NULL)
    g_signal_handlers_disconnect_by_data (zf_register_page_get_selection (self->page), self);
  zf_export_job_abandon (&self->export_job, self);
  zf_register_list_dispose_template (GTK_WIDGET (self), ZF_TYPE_CASES_VIEW);
  g_clear_handle_id (&self->ledger_idle, g_source_remove);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->ledger_rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_cases_view_parent_class)->dispose (object);
}

static void
zf_cases_view_class_init (ZfCasesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = zf_cases_view_constructed;
  object_class->dispose = zf_cases_view_dispose;

  zf_register_list_install_store (object_class, G_STRUCT_OFFSET (ZfCasesView, store));

  g_type_ensure (ZF_TYPE_REGISTER_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-cases-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfCasesView, name)
  BIND (page_stack);
  BIND (page);
  BIND (body_filter);
  BIND (category_filter);
  BIND (year_filter);
  BIND (grade_filter);
  BIND (ledger_list);
  BIND (overdue_toggle);
  BIND (ledger_status);
  BIND (spinner);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_overdue_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_ledger_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  zf_cases_view_install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_cases_view_init (ZfCasesView *self)
{
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GListModel *
zf_cases_view_get_model (ZfCasesView *self)
{
  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);
  return zf_register_page_get_selection (self->page);
}

ZfCaseFile *
zf_cases_view_get_selected_case (ZfCasesView *self)
{
  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);
  return ZF_CASE_FILE (zf_register_page_get_selected (self->page));
}

void
zf_cases_view_select_id (ZfCasesView *self,
                         gint64       id)
{
  g_return_if_fail (ZF_IS_CASES_VIEW (self));
  zf_register_page_select_id (self->page, id);
}

GtkListBox *
zf_cases_view_get_ledger (ZfCasesView *self)
{
  g_return_val_if_fail (ZF_IS_CASES_VIEW (self), NULL);
  return self->ledger_list;
}

GtkWindow *
zf_cases_view_toplevel (ZfCasesView *self)
{
  return zf_register_list_get_toplevel (GTK_WIDGET (self));
}
