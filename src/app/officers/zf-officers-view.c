#define G_LOG_DOMAIN "zf-officers-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zf-clause.h"
#include "zf-codes.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-detail-pane.h"
#include "zf-officer-rules.h"
#include "zf-officers-view-private.h"
#include "zf-register-list.h"
#include "zf-store-bodies.h"
#include "zf-store-officers.h"

G_DEFINE_FINAL_TYPE (ZfOfficersView, zf_officers_view, GTK_TYPE_WIDGET)

/* Status filter entries after "any status". */
static const char *const status_codes[] = {
  "valid", "applying", "suspended", "expired", "revoked", "cancelled", "none"
};

#define NATURAL ZF_PAGE_COLUMN_NATURAL

static const ZfPageColumn columns[] = {
  { N_("Full name"), { "name", ZF_CELL_TEXT, NULL }, ZF_OFFICER_SORT_NAME, NATURAL },
  { N_("Body"), { "body_name", ZF_CELL_TEXT, NULL }, ZF_OFFICER_SORT_BODY, 0 },
  { N_("Section"), { "section_name", ZF_CELL_TEXT, NULL }, -1, ZF_PAGE_COLUMN_SHORT },
  { N_("Staffing type"), { "staffing", ZF_CELL_CODE, &zf_officer_staffings },
    ZF_OFFICER_SORT_STAFFING, NATURAL },
  { N_("Certificate number"), { "certificate_number", ZF_CELL_TEXT, NULL },
    ZF_OFFICER_SORT_CERTIFICATE_NUMBER, 130 },
  { N_("Status"), { "certificate_status", ZF_CELL_CODE, &zf_certificate_statuses },
    ZF_OFFICER_SORT_STATUS, NATURAL },
#define ATTENTION_COLUMN 6
  /* What the rules ask for, in a few words; the cell's tooltip gives
   * their findings with the documents they cite. */
  { N_("Needs attention"), { "attention_rules", ZF_CELL_TEXT, NULL }, -1, ZF_PAGE_COLUMN_SHORT },
  { N_("Valid until"), { "valid_until", ZF_CELL_DATE, NULL }, ZF_OFFICER_SORT_VALID_UNTIL, 118 },
  { N_("Training hours"), { "training_hours_year", ZF_CELL_NUMBER, NULL }, -1, NATURAL },
  { N_("Last assessment"), { "last_grade", ZF_CELL_CODE, &zf_assessment_grades }, -1,
    NATURAL },
};

/* The 需关注 column */

char *
zf_officers_view_get_attention_text (ZfOfficersView *self,
                                     ZfOfficer      *officer)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *today = zf_date_today ();
  g_auto(GStrv) rules = NULL;
  GString *text;

  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);
  g_return_val_if_fail (ZF_IS_OFFICER (officer), NULL);

  if (zf_officer_get_attention_rules (officer) == NULL)
    return NULL;
  rules = g_strsplit (zf_officer_get_attention_rules (officer), " ", -1);
  zf_store_officer_check (self->store, zf_record_get_id (ZF_RECORD (officer)), today,
                          findings, NULL, NULL);
  text = g_string_new (NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      const ZfFinding *f = findings->pdata[i];
      g_autofree char *heading = NULL;

      if (!g_strv_contains ((const char * const *) rules, f->rule))
        continue;
      heading = f->clause ? zf_clause_heading (f->rule, f->clause) : g_strdup (f->rule);
      g_string_append_printf (text, "%s%s\n%s", text->len ? "\n\n" : "", heading, f->message);
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static gboolean
on_attention_tooltip (GtkWidget      *label,
                      int             x,
                      int             y,
                      gboolean        keyboard,
                      GtkTooltip     *tooltip,
                      ZfOfficersView *self)
{
  ZfOfficer *officer = g_object_get_data (G_OBJECT (label), "zf-officer");
  g_autofree char *text = NULL;

  /* Asked when the pointer rests on the cell: the rules run for one
   * officer, never for every row drawn. */
  if (officer == NULL || (text = zf_officers_view_get_attention_text (self, officer)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_attention_cell (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      ZfOfficersView           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect_object (label, "query-tooltip", G_CALLBACK (on_attention_tooltip), self, 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_attention_cell (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     ZfOfficersView           *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gpointer officer = gtk_list_item_get_item (item);
  g_autofree char *labels = ZF_IS_OFFICER (officer)
    ? zf_officer_rule_labels (zf_officer_get_attention_rules (officer))
    : NULL;

  gtk_label_set_label (GTK_LABEL (label), labels ? labels : "");
  g_object_set_data_full (G_OBJECT (label), "zf-officer",
                          ZF_IS_OFFICER (officer) ? g_object_ref (officer) : NULL, g_object_unref);
}

static void
unbind_attention_cell (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       ZfOfficersView           *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "zf-officer", NULL);
}

static char *
attention_labels (ZfRecord *officer)
{
  return zf_officer_rule_labels (zf_officer_get_attention_rules (ZF_OFFICER (officer)));
}

static void
set_up_attention_column (ZfOfficersView *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (zf_register_page_get_column_view (self->page));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, ATTENTION_COLUMN);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_attention_cell), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_attention_cell), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_attention_cell), self, 0);
  gtk_column_view_column_set_factory (column, factory);
  zf_register_page_set_column_text (self->page, ATTENTION_COLUMN, attention_labels);
}

/* Detail pane */

static void
show_fields (ZfOfficersView *self,
             ZfOfficer      *officer)
{
  GtkGrid *grid = self->fields_grid;
  double hours_year = zf_officer_get_training_hours_year (officer);
  g_autofree char *hours = g_strdup_printf ("%g", isnan (hours_year) ? 0 : hours_year);
  int row = 0;

  zf_detail_clear (GTK_WIDGET (grid));
  zf_detail_add_field (grid, &row, _("Certificate status"), zf_officer_get_status_label (officer));
  zf_detail_add_field (grid, &row, _("ID number"), zf_officer_get_id_number (officer));
  zf_detail_add_date_field (grid, &row, _("Birth date"), zf_officer_get_birth_date (officer));
  zf_detail_add_field (grid, &row, _("Sex"), zf_officer_get_sex_label (officer));
  zf_detail_add_field (grid, &row, _("Unit"), zf_officer_get_body_name (officer));
  zf_detail_add_field (grid, &row, _("Section"), zf_officer_get_section_name (officer));
  zf_detail_add_field (grid, &row, _("Post"), zf_officer_get_post_name (officer));
  zf_detail_add_field (grid, &row, _("Position"), zf_officer_get_title (officer));
  zf_detail_add_field (grid, &row, _("Staffing type"), zf_officer_get_staffing_label (officer));
  zf_detail_add_field (grid, &row, _("Financed by the budget"),
                       zf_officer_get_financed (officer) ? _("Yes") : _("No"));
  zf_detail_add_field (grid, &row, _("Enforcement post"),
                       zf_officer_get_enforcement_post (officer) ? _("Yes") : _("No"));
  zf_detail_add_field (grid, &row, _("Phone"), zf_officer_get_phone (officer));
  zf_detail_add_field (grid, &row, _("Certificate number"),
                       zf_officer_get_certificate_number (officer));
  zf_detail_add_field (grid, &row, _("Issuing authority"),
                       zf_officer_get_issuing_authority (officer));
  zf_detail_add_date_field (grid, &row, _("Issue date"), zf_officer_get_issue_date (officer));
  zf_detail_add_date_field (grid, &row, _("Valid until"), zf_officer_get_valid_until (officer));
  zf_detail_add_field (grid, &row, _("Enforcement category"),
                       zf_officer_get_enforcement_category (officer));
  zf_detail_add_field (grid, &row, _("Enforcement area"), zf_officer_get_enforcement_area (officer));
  zf_detail_add_field (grid, &row, _("Training hours this year"), hours);
  zf_detail_add_field (grid, &row, _("Last assessment"), zf_officer_get_grade_label (officer));
  zf_detail_add_field (grid, &row, _("Notes"), zf_officer_get_notes (officer));
}

static void
on_confirm_clicked (GtkButton      *button,
                    ZfOfficersView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "proposal-index"));

  zf_officers_view_confirm_proposal (self, index);
}

static GtkWidget *
proposal_row (ZfOfficersView   *self,
              const ZfProposal *p,
              guint             index)
{
  g_autofree char *cited = zf_clause_heading (p->rule, p->clause);
  g_autofree char *heading = g_strdup_printf ("%s — %s", cited,
                                              zf_code_label (&zf_officer_event_kinds, p->action));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button = gtk_button_new_with_label (_("Confirm…"));

  gtk_box_append (GTK_BOX (text), zf_detail_text_row (heading, "finding-clause"));
  gtk_box_append (GTK_BOX (text), zf_detail_text_row (p->reason, NULL));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (button, 8);
  g_object_set_data (G_OBJECT (button), "proposal-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_confirm_clicked), self);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static GtkWidget *
finding_row (const ZfFinding *f)
{
  static const char *icons[] = {
    [ZF_SEVERITY_INFO] = "dialog-information-symbolic",
    [ZF_SEVERITY_WARNING] = "dialog-warning-symbolic",
    [ZF_SEVERITY_ERROR] = "dialog-error-symbolic",
  };
  g_autofree char *heading = f->clause ? zf_clause_heading (f->rule, f->clause)
                                       : g_strdup (f->rule);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[f->severity]);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 8);
  gtk_widget_set_margin_start (icon, 8);
  if (f->severity == ZF_SEVERITY_ERROR)
    gtk_widget_add_css_class (icon, "error");
  else if (f->severity == ZF_SEVERITY_WARNING)
    gtk_widget_add_css_class (icon, "warning");
  gtk_box_append (GTK_BOX (text), zf_detail_text_row (heading, "finding-clause"));
  gtk_box_append (GTK_BOX (text), zf_detail_text_row (f->message, NULL));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

static char *
describe_event (ZfOfficerEvent *e)
{
  GString *text = g_string_new (NULL);
  g_autofree char *date = zf_date_format_display (zf_officer_event_get_date (e));
  const char *kind = zf_officer_event_get_kind (e);
  const char *value;

  g_string_append_printf (text, "%s  %s", date, zf_officer_event_get_kind_label (e));
  if (zf_officer_event_get_passed (e) >= 0)
    g_string_append_printf (text, " · %s", zf_officer_event_get_passed (e) ? _("passed") : _("failed"));
  if (!isnan (zf_officer_event_get_hours (e)) && g_strcmp0 (kind, "training") == 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("%g hours"), zf_officer_event_get_hours (e));
    }
  if ((value = zf_officer_event_get_grade (e)) != NULL)
    g_string_append_printf (text, " · %s", zf_code_label (&zf_assessment_grades, value));
  if ((value = zf_officer_event_get_ground (e)) != NULL)
    g_string_append_printf (text, " · %s", zf_code_label (&zf_misconduct_grounds, value));
  if ((value = zf_officer_event_get_certificate_number (e)) != NULL &&
      (g_strcmp0 (kind, "issued") == 0 || g_strcmp0 (kind, "lost_reissued") == 0))
    g_string_append_printf (text, " · %s", value);
  if ((value = zf_officer_event_get_rule (e)) != NULL)
    g_string_append_printf (text, "\n%s %s", _("Rule"), value);
  if ((value = zf_officer_event_get_doc_number (e)) != NULL)
    g_string_append_printf (text, "%s%s", text->str[text->len - 1] == '\n' ? "" : " · ", value);
  if ((value = zf_officer_event_get_operator (e)) != NULL)
    g_string_append_printf (text, " · %s", value);
  if ((value = zf_officer_event_get_reason (e)) != NULL)
    g_string_append_printf (text, "\n%s", value);
  return g_string_free (text, FALSE);
}

static void show_detail (ZfOfficersView *self);

static void
on_as_of_changed (ZfOfficersView *self)
{
  show_detail (self);
}

static void
show_detail (ZfOfficersView *self)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zf_date_today ();
  gint64 id;

  g_ptr_array_set_size (self->proposals, 0);
  if (self->selected == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.record-event", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.edit-officer", FALSE);
      return;
    }
  id = zf_record_get_id (ZF_RECORD (self->selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.record-event", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.edit-officer", TRUE);
  gtk_label_set_text (self->detail_title, zf_officer_get_name (self->selected));
  show_fields (self, self->selected);

  /* Proposals wait for a decision now; the findings are judged as of the
   * date asked for (events after it are not yet known then). */
  zf_store_officer_check (self->store, id, today, NULL, self->proposals, NULL);
  {
    g_autofree char *as_of = zf_date_entry_get_iso (self->as_of_entry);

    if (as_of != NULL && !zf_date_is_valid (as_of))
      gtk_widget_add_css_class (GTK_WIDGET (self->as_of_entry), "error");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->as_of_entry), "error");
    zf_store_officer_check (self->store, id, zf_date_is_valid (as_of) ? as_of : today,
                            findings, NULL, NULL);
  }
  zf_detail_clear (GTK_WIDGET (self->proposals_list));
  for (guint i = 0; i < self->proposals->len; i++)
    gtk_list_box_append (self->proposals_list, proposal_row (self, self->proposals->pdata[i], i));
  if (self->proposals->len == 0)
    gtk_list_box_append (self->proposals_list,
                         zf_detail_text_row (_("Nothing to decide."), "dim-label"));

  zf_detail_clear (GTK_WIDGET (self->findings_list));
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->findings_list, finding_row (findings->pdata[i]));
  if (findings->len == 0)
    gtk_list_box_append (self->findings_list,
                         zf_detail_text_row (_("Every rule is met."), "dim-label"));

  zf_detail_clear (GTK_WIDGET (self->timeline_list));
  events = zf_store_list_officer_events (self->store, id, TRUE, &error);
  for (guint i = 0; events && i < events->len; i++)
    {
      g_autofree char *text = describe_event (events->pdata[i]);
      gtk_list_box_append (self->timeline_list, zf_detail_text_row (text, NULL));
    }
  if (events == NULL)
    gtk_list_box_append (self->timeline_list, zf_detail_text_row (error->message, "error-text"));
  else if (events->len == 0)
    gtk_list_box_append (self->timeline_list, zf_detail_text_row (_("No events yet."), "dim-label"));

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

void
zf_officers_view_reload (ZfOfficersView *self)
{
  ZfRecord *item = zf_register_page_get_selected (self->page);

  g_clear_object (&self->selected);
  if (item != NULL)
    {
      gint64 id = zf_record_get_id (item);

      /* Another officer's detail starts at the top; the same officer's,
       * refreshed after a change, stays where the user was reading. */
      if (id != self->selected_id)
        {
          GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->fields_grid),
                                                         GTK_TYPE_SCROLLED_WINDOW);
          if (scroller != NULL)
            gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
        }
      self->selected_id = id;
      self->selected = zf_store_get_officer (self->store, self->selected_id, NULL);
    }
  show_detail (self);
}

/* A write behind an officer (an event, a certificate) refreshes every row,
 * and the selection loses its item: find the officer again, so that a
 * confirmed proposal leaves the user where they were. */
static void
on_items_changed (ZfOfficersView *self)
{
  if (self->selected_id <= 0 || zf_register_page_get_selected (self->page) != NULL)
    return;
  zf_register_page_select_id (self->page, self->selected_id);
}

/* Filters */

static void
on_filter_changed (ZfOfficersView *self)
{
  gint64 body_id = zf_register_list_get_body_filter (self->body_filter, self->body_ids);
  guint status = gtk_drop_down_get_selected (self->status_filter);
  ZfQueryModel *model = zf_register_page_get_model (self->page);

  if (model == NULL)
    return;
  if (body_id > 0)
    zf_query_model_set_filter_int (model, ZF_OFFICER_FILTER_BODY, body_id);
  else
    zf_query_model_clear_filter (model, ZF_OFFICER_FILTER_BODY);
  if (status != GTK_INVALID_LIST_POSITION && status > 0 && status <= G_N_ELEMENTS (status_codes))
    zf_query_model_set_filter_text (model, ZF_OFFICER_FILTER_STATUS, status_codes[status - 1]);
  else
    zf_query_model_clear_filter (model, ZF_OFFICER_FILTER_STATUS);
  if (gtk_toggle_button_get_active (self->attention_toggle))
    zf_query_model_set_filter_int (model, ZF_OFFICER_FILTER_ATTENTION, 1);
  else
    zf_query_model_clear_filter (model, ZF_OFFICER_FILTER_ATTENTION);
}

void
zf_officers_view_get_filter (ZfOfficersView  *self,
                             ZfOfficerFilter *filter)
{
  guint status = gtk_drop_down_get_selected (self->status_filter);

  filter->body_id = zf_register_list_get_body_filter (self->body_filter, self->body_ids);
  filter->status = status != GTK_INVALID_LIST_POSITION && status > 0 &&
                   status <= G_N_ELEMENTS (status_codes) ? status_codes[status - 1] : NULL;
  /* The search as the list applies it (normalized); owned by the model. */
  filter->search = zf_register_page_get_model (self->page)
                   ? zf_query_model_get_search (zf_register_page_get_model (self->page)) : NULL;
  filter->attention = gtk_toggle_button_get_active (self->attention_toggle);
}

static void
on_store_changed (ZfOfficersView *self,
                  const char     *table)
{
  if (g_strcmp0 (table, "body") == 0 || g_strcmp0 (table, "*") == 0)
    zf_register_list_fill_body_filter (self->body_filter, self->body_ids, self->store);
}

static void
zf_officers_view_constructed (GObject *object)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (object);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (zf_officers_view_parent_class)->constructed (object);
  g_assert (self->store != NULL);

  gtk_string_list_append (statuses, _("Any status"));
  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    gtk_string_list_append (statuses, zf_code_label (&zf_certificate_statuses, status_codes[i]));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  zf_register_list_fill_body_filter (self->body_filter, self->body_ids, self->store);

  zf_register_page_set_up (self->page, self->store, zf_officer_query_spec (), columns,
                           G_N_ELEMENTS (columns),
                           _("Search by name, ID number or certificate number"));
  zf_register_page_set_count_text (self->page, "%u officer", "%u officers");
  set_up_attention_column (self);
  zf_register_page_remember_columns (self->page, "officers");
  zf_register_page_set_empty_text (self->page, _("No Enforcement Officers Yet"),
                                   _("Import the officers and their certificates from a "
                                     "spreadsheet, or enter the first officer."));
  zf_register_page_add_empty_button (self->page, _("_Import a Spreadsheet…"), "win.import");
  zf_register_page_add_empty_button (self->page, _("_New…"), "officers.new-officer");

  g_signal_connect_object (zf_register_page_get_model (self->page), "items-changed",
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  zf_officers_view_reload (self);
}

static void
zf_officers_view_dispose (GObject *object)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (object);

  /* Tearing down the page changes the selection: nothing may be redrawn
   * from here on. */
  if (self->page != NULL)
    g_signal_handlers_disconnect_by_data (self->page, self);
  zf_export_job_abandon (&self->export_job, self);
  zf_register_list_dispose_template (GTK_WIDGET (self), ZF_TYPE_OFFICERS_VIEW);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_officers_view_parent_class)->dispose (object);
}

static void
zf_officers_view_class_init (ZfOfficersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = zf_officers_view_constructed;
  object_class->dispose = zf_officers_view_dispose;

  zf_register_list_install_store (object_class, G_STRUCT_OFFSET (ZfOfficersView, store));

  g_type_ensure (ZF_TYPE_REGISTER_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-officers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, page);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, body_filter);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, attention_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, proposals_list);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, as_of_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficersView, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, zf_officers_view_reload);
  gtk_widget_class_bind_template_callback (widget_class, on_as_of_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);

  zf_officers_view_install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_officers_view_init (ZfOfficersView *self)
{
  self->proposals = zf_proposals_new ();
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfOfficer *
zf_officers_view_get_selected_officer (ZfOfficersView *self)
{
  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);
  return self->selected;
}

void
zf_officers_view_select_id (ZfOfficersView *self,
                            gint64          id)
{
  g_return_if_fail (ZF_IS_OFFICERS_VIEW (self));
  zf_register_page_select_id (self->page, id);
}

GListModel *
zf_officers_view_get_model (ZfOfficersView *self)
{
  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);
  return zf_register_page_get_selection (self->page);
}

GPtrArray *
zf_officers_view_get_proposals (ZfOfficersView *self)
{
  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);
  return self->proposals;
}

GtkListBox *
zf_officers_view_get_timeline (ZfOfficersView *self)
{
  g_return_val_if_fail (ZF_IS_OFFICERS_VIEW (self), NULL);
  return self->timeline_list;
}
