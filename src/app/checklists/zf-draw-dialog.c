#define G_LOG_DOMAIN "zf-draw-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zf-checklists-export.h"
#include "zf-code-dropdown.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-draw-dialog.h"
#include "zf-error.h"
#include "zf-record-dialog.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-store-draws.h"
#include "zf-store-officers.h"
#include "zf-util.h"

/* One exclusion as listed: the officer, and the target or 0 (whole draw). */
typedef struct
{
  gint64 officer_id;
  gint64 target_id;
} Exclusion;

/* The widgets of one drawn target's result. */
typedef struct
{
  GtkCheckButton *done;
  GtkEntry       *date;
  GtkEntry       *findings;
} ResultEditor;

struct _ZfDrawDialog
{
  GtkWindow       parent_instance;

  ZfStore        *store;
  gint64          draw_id;
  GArray         *exclusions;     /* Exclusion */
  GPtrArray      *results;        /* ZfDrawResultRow of the shown draw */
  GArray         *editors;        /* ResultEditor, parallel to results */
  ZfQueryModel   *officers;
  char           *error_text;

  /* Template widgets */
  GtkStack       *stack;
  GtkWidget      *run_button;
  GtkWidget      *save_button;
  GtkListBox     *findings_list;
  GtkDropDown    *item_dropdown;
  GtkEntry       *date_entry;
  GtkCheckButton *count_check;
  GtkCheckButton *ratio_check;
  GtkSpinButton  *count_spin;
  GtkSpinButton  *ratio_spin;
  GtkSpinButton  *per_target_spin;
  GtkEntry       *domain_entry;
  GtkEntry       *doc_entry;
  GtkDropDown    *officer_dropdown;
  GtkDropDown    *target_dropdown;
  GtkListBox     *exclusions_list;
  GtkLabel       *summary_label;
  GtkListBox     *results_list;
};

G_DEFINE_FINAL_TYPE (ZfDrawDialog, zf_draw_dialog, GTK_TYPE_WINDOW)

enum { DRAWN, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
show_findings (ZfDrawDialog *self,
               GPtrArray    *findings)
{
  clear_list (self->findings_list);
  for (guint i = 0; findings && i < findings->len; i++)
    gtk_list_box_append (self->findings_list, zf_finding_row_new (findings->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings && findings->len > 0);
}

static void
show_error (ZfDrawDialog *self,
            const GError *error)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  g_free (self->error_text);
  self->error_text = g_strdup (error->message);
  zf_error_to_findings (error, findings);
  show_findings (self, findings);
}

static gint64
selected_id (GtkDropDown *dropdown)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? zf_record_get_id (ZF_RECORD (item)) : 0;
}

static void
select_id (GtkDropDown *dropdown,
           gint64       id)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZfRecord) item = g_list_model_get_item (model, i);

      if (zf_record_get_id (item) == id)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
}

static char *
item_label (ZfRecord *item)
{
  if (item == NULL)
    return NULL;
  return g_strdup_printf ("%s（%s）", zf_inspection_item_get_item (ZF_INSPECTION_ITEM (item)),
                          zf_inspection_item_get_body_name (ZF_INSPECTION_ITEM (item)));
}

/* The officers offered for exclusions are the item's body's; the item's
 * ratio becomes the proposed percent. */
static void
on_item_changed (ZfDrawDialog *self)
{
  ZfInspectionItem *item = gtk_drop_down_get_selected_item (self->item_dropdown);
  double ratio;

  if (item == NULL)
    return;
  zf_query_model_set_filter_int (self->officers, ZF_OFFICER_FILTER_BODY,
                                 zf_inspection_item_get_body_id (item));
  ratio = zf_inspection_item_get_ratio (item);
  if (!isnan (ratio) && ratio > 0)
    {
      gtk_spin_button_set_value (self->ratio_spin, ratio);
      gtk_check_button_set_active (self->ratio_check, TRUE);
    }
}

static void
remove_exclusion (GtkButton *button,
                  gpointer   user_data)
{
  ZfDrawDialog *self = user_data;
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  g_array_remove_index (self->exclusions, index);
  gtk_list_box_remove (self->exclusions_list, row);
}

void
zf_draw_dialog_add_exclusion (ZfDrawDialog *self,
                              gint64        officer_id,
                              gint64        target_id)
{
  Exclusion exclusion = { officer_id, target_id };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label;
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *text = NULL;
  const char *officer = NULL;
  const char *target = NULL;

  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  if (officer_id <= 0)
    return;
  /* Names as listed in the drop-downs (they hold what the user can pick). */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->officers)); i++)
    {
      g_autoptr(ZfRecord) item = g_list_model_get_item (G_LIST_MODEL (self->officers), i);

      if (zf_record_get_id (item) == officer_id)
        officer = g_intern_string (zf_officer_get_name (ZF_OFFICER (item)));
    }
  for (guint i = 0; target_id > 0 &&
                    i < g_list_model_get_n_items (gtk_drop_down_get_model (self->target_dropdown)); i++)
    {
      g_autoptr(ZfRecord) item = g_list_model_get_item (gtk_drop_down_get_model (self->target_dropdown), i);

      if (zf_record_get_id (item) == target_id)
        target = g_intern_string (zf_inspection_target_get_name (ZF_INSPECTION_TARGET (item)));
    }
  if (target_id > 0)
    /* TRANSLATORS: an officer kept away from one target of the draw */
    text = g_strdup_printf (_("%s — not to inspect %s"), officer ? officer : "?", target ? target : "?");
  else
    /* TRANSLATORS: an officer kept out of the whole draw */
    text = g_strdup_printf (_("%s — out of this draw"), officer ? officer : "?");
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the exclusion"));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_exclusion), self);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 4);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_append (self->exclusions_list, box);
  g_array_append_val (self->exclusions, exclusion);
}

static void
on_exclude_clicked (ZfDrawDialog *self)
{
  zf_draw_dialog_add_exclusion (self, selected_id (self->officer_dropdown),
                                selected_id (self->target_dropdown));
}

/* ── The result ────────────────────────────────────────────────────────── */

static GtkWidget *
result_row (ZfDrawResultRow *row,
            ResultEditor    *editor)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *heading = g_strdup_printf ("%u. %s", row->position, row->target);
  GtkWidget *target = gtk_label_new (heading);
  GtkWidget *inspectors = gtk_label_new (row->inspectors);
  g_autofree char *today = zf_date_today ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_start (grid, 8);
  gtk_widget_set_margin_end (grid, 8);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_label_set_xalign (GTK_LABEL (target), 0.0);
  gtk_widget_add_css_class (target, "finding-clause");
  gtk_label_set_xalign (GTK_LABEL (inspectors), 0.0);
  gtk_widget_add_css_class (inspectors, "dim-label");
  gtk_widget_set_hexpand (target, TRUE);

  editor->done = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (C_("draw result", "Inspected")));
  editor->date = GTK_ENTRY (gtk_entry_new ());
  editor->findings = GTK_ENTRY (gtk_entry_new ());
  gtk_check_button_set_active (editor->done, row->done);
  gtk_editable_set_text (GTK_EDITABLE (editor->date), row->done_date ? row->done_date : today);
  gtk_editable_set_width_chars (GTK_EDITABLE (editor->date), 11);
  gtk_editable_set_text (GTK_EDITABLE (editor->findings), row->findings ? row->findings : "");
  gtk_entry_set_placeholder_text (editor->findings, _("Findings of the inspection"));
  gtk_widget_set_hexpand (GTK_WIDGET (editor->findings), TRUE);

  gtk_grid_attach (GTK_GRID (grid), target, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->done), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), inspectors, 0, 1, 3, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->date), 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->findings), 1, 2, 2, 1);
  return grid;
}

static void
show_summary (ZfDrawDialog *self)
{
  g_autoptr(ZfTable) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  summary = zf_checklist_draw_summary (self->store, self->draw_id, &error);
  for (guint c = 0; summary && c < summary->headers->len; c++)
    {
      const char *value = zf_table_cell (summary, 0, c);

      if (value != NULL && *value != '\0')
        g_string_append_printf (text, "%s%s：%s", text->len ? "\n" : "",
                                (const char *) summary->headers->pdata[c], value);
    }
  if (error != NULL)
    g_string_append (text, error->message);
  else if (zf_store_verify_draw (self->store, self->draw_id, &error))
    g_string_append_printf (text, "\n%s", _("Run again from its seed and pools, the draw gives "
                                            "the same result."));
  else
    show_error (self, error);
  gtk_label_set_text (self->summary_label, text->str);

  /* C7 and C8 against the certificates as they are now. */
  if (error == NULL && zf_store_check_draw (self->store, self->draw_id, findings, NULL))
    show_findings (self, findings);
}

static void
show_result (ZfDrawDialog *self)
{
  g_autoptr(GError) error = NULL;

  clear_list (self->results_list);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_array_set_size (self->editors, 0);
  self->results = zf_store_list_draw_results (self->store, self->draw_id, &error);
  if (self->results == NULL)
    {
      show_error (self, error);
      return;
    }
  g_array_set_size (self->editors, self->results->len);
  for (guint i = 0; i < self->results->len; i++)
    gtk_list_box_append (self->results_list,
                         result_row (self->results->pdata[i],
                                     &g_array_index (self->editors, ResultEditor, i)));
  show_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_set_visible (self->run_button, FALSE);
  gtk_widget_set_visible (self->save_button, TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Double-Random Draw: Result"));
}

gboolean
zf_draw_dialog_save_results (ZfDrawDialog *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZF_IS_DRAW_DIALOG (self), FALSE);
  g_return_val_if_fail (self->results != NULL, FALSE);

  for (guint i = 0; i < self->results->len; i++)
    {
      ZfDrawResultRow *row = self->results->pdata[i];
      ResultEditor *editor = &g_array_index (self->editors, ResultEditor, i);
      const char *findings = gtk_editable_get_text (GTK_EDITABLE (editor->findings));

      if (!gtk_check_button_get_active (editor->done))
        continue;
      row->done = TRUE;
      zf_set_str (&row->done_date, gtk_editable_get_text (GTK_EDITABLE (editor->date)));
      zf_set_str (&row->findings, *findings != '\0' ? findings : NULL);
      g_ptr_array_add (rows, row);
    }
  if (!zf_store_mark_draw_results (self->store, self->draw_id, rows, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  g_clear_pointer (&self->error_text, g_free);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (ZfDrawDialog *self)
{
  zf_draw_dialog_save_results (self);
}

/* ── The request ───────────────────────────────────────────────────────── */

gboolean
zf_draw_dialog_run (ZfDrawDialog *self)
{
  g_autoptr(GArray) officers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *date = zf_date_entry_get_iso (self->date_entry);
  const char *domain = gtk_editable_get_text (GTK_EDITABLE (self->domain_entry));
  const char *doc = gtk_editable_get_text (GTK_EDITABLE (self->doc_entry));
  ZfDrawRequest request = { 0 };
  gint64 id;

  g_return_val_if_fail (ZF_IS_DRAW_DIALOG (self), FALSE);

  for (guint i = 0; i < self->exclusions->len; i++)
    {
      Exclusion *e = &g_array_index (self->exclusions, Exclusion, i);

      g_array_append_val (officers, e->officer_id);
      g_array_append_val (targets, e->target_id);
    }
  request.item_id = selected_id (self->item_dropdown);
  request.inspection_date = date;
  if (gtk_check_button_get_active (self->count_check))
    request.target_count = gtk_spin_button_get_value_as_int (self->count_spin);
  else
    request.target_ratio = gtk_spin_button_get_value (self->ratio_spin);
  request.per_target = gtk_spin_button_get_value_as_int (self->per_target_spin);
  request.target_domain = *domain != '\0' ? domain : NULL;
  request.doc_number = *doc != '\0' ? doc : NULL;
  request.exclude_officers = (const gint64 *) officers->data;
  request.exclude_targets = (const gint64 *) targets->data;
  request.n_exclusions = officers->len;

  if (request.item_id <= 0)
    g_set_error (&error, ZF_ERROR, ZF_ERROR_INVALID, _("Choose the inspection item first."));
  else if (!zf_date_is_valid (date))
    g_set_error (&error, ZF_ERROR, ZF_ERROR_INVALID, _("“%s” is not a date (write it as 2023-03-21)."),
                 gtk_editable_get_text (GTK_EDITABLE (self->date_entry)));
  if (error != NULL || (id = zf_store_create_draw (self->store, &request, &error)) == 0)
    {
      show_error (self, error);
      return FALSE;
    }
  g_clear_pointer (&self->error_text, g_free);
  show_findings (self, NULL);
  self->draw_id = id;
  g_signal_emit (self, signals[DRAWN], 0, id);
  show_result (self);
  return TRUE;
}

static void
on_run_clicked (ZfDrawDialog *self)
{
  zf_draw_dialog_run (self);
}

static void
zf_draw_dialog_dispose (GObject *object)
{
  ZfDrawDialog *self = ZF_DRAW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_DRAW_DIALOG);
  g_clear_object (&self->officers);
  g_clear_object (&self->store);
  g_clear_pointer (&self->exclusions, g_array_unref);
  g_clear_pointer (&self->editors, g_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->error_text, g_free);
  G_OBJECT_CLASS (zf_draw_dialog_parent_class)->dispose (object);
}

static void
zf_draw_dialog_class_init (ZfDrawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_draw_dialog_dispose;

  signals[DRAWN] = g_signal_new ("drawn", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-draw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, run_button);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, findings_list);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, item_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, count_check);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, ratio_check);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, ratio_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, per_target_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, domain_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, doc_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, officer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, exclusions_list);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZfDrawDialog, results_list);
  gtk_widget_class_bind_template_callback (widget_class, on_run_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_exclude_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_draw_dialog_init (ZfDrawDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->exclusions = g_array_new (FALSE, FALSE, sizeof (Exclusion));
  self->editors = g_array_new (FALSE, TRUE, sizeof (ResultEditor));
}

static ZfDrawDialog *
dialog_new (ZfStore   *store,
            GtkWindow *parent)
{
  ZfDrawDialog *self = g_object_new (ZF_TYPE_DRAW_DIALOG, "transient-for", parent, NULL);
  ZfQueryModel *items = zf_query_model_new (store, zf_inspection_item_query_spec ());
  ZfQueryModel *targets = zf_query_model_new (store, zf_inspection_target_query_spec ());
  g_autoptr(ZfInspectionTarget) whole = zf_inspection_target_new ();
  GListStore *first = g_list_store_new (ZF_TYPE_INSPECTION_TARGET);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autofree char *today = zf_date_today ();

  self->store = g_object_ref (store);
  zf_dropdown_enable_search (self->item_dropdown,
                             gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                          G_CALLBACK (item_label), NULL, NULL));
  gtk_drop_down_set_model (self->item_dropdown, G_LIST_MODEL (items));
  g_object_unref (items);

  self->officers = zf_query_model_new (store, zf_officer_query_spec ());
  zf_dropdown_enable_search (self->officer_dropdown,
                             gtk_property_expression_new (ZF_TYPE_OFFICER, NULL, "name"));
  gtk_drop_down_set_model (self->officer_dropdown, G_LIST_MODEL (self->officers));

  /* The first choice of target is "the whole draw" (no target). */
  g_object_set (whole, "name", _("The whole draw"), NULL);
  g_list_store_append (first, whole);
  g_list_store_append (both, first);
  g_list_store_append (both, targets);
  g_object_unref (first);
  g_object_unref (targets);
  zf_dropdown_enable_search (self->target_dropdown,
                             gtk_property_expression_new (ZF_TYPE_INSPECTION_TARGET, NULL, "name"));
  gtk_drop_down_set_model (self->target_dropdown,
                           G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (both))));
  g_object_unref (gtk_drop_down_get_model (self->target_dropdown));

  zf_date_entry_prepare (self->date_entry);
  zf_date_entry_set_iso (self->date_entry, today);
  g_signal_connect_object (self->item_dropdown, "notify::selected", G_CALLBACK (on_item_changed),
                           self, G_CONNECT_SWAPPED);
  return self;
}

ZfDrawDialog *
zf_draw_dialog_new (ZfStore   *store,
                    gint64     item_id,
                    GtkWindow *parent)
{
  ZfDrawDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = dialog_new (store, parent);
  if (item_id > 0)
    zf_draw_dialog_set_item (self, item_id);
  on_item_changed (self);
  return self;
}

ZfDrawDialog *
zf_draw_dialog_new_for_draw (ZfStore   *store,
                             gint64     draw_id,
                             GtkWindow *parent)
{
  ZfDrawDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = dialog_new (store, parent);
  self->draw_id = draw_id;
  show_result (self);
  return self;
}

void
zf_draw_dialog_set_item (ZfDrawDialog *self,
                         gint64        item_id)
{
  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  select_id (self->item_dropdown, item_id);
}

void
zf_draw_dialog_set_date (ZfDrawDialog *self,
                         const char   *iso)
{
  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  zf_date_entry_set_iso (self->date_entry, iso);
}

void
zf_draw_dialog_set_count (ZfDrawDialog *self,
                          guint         count)
{
  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  gtk_spin_button_set_value (self->count_spin, count);
  gtk_check_button_set_active (self->count_check, TRUE);
}

void
zf_draw_dialog_set_ratio (ZfDrawDialog *self,
                          double        percent)
{
  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  gtk_spin_button_set_value (self->ratio_spin, percent);
  gtk_check_button_set_active (self->ratio_check, TRUE);
}

void
zf_draw_dialog_set_per_target (ZfDrawDialog *self,
                               guint         per_target)
{
  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  gtk_spin_button_set_value (self->per_target_spin, per_target);
}

gint64
zf_draw_dialog_get_draw_id (ZfDrawDialog *self)
{
  g_return_val_if_fail (ZF_IS_DRAW_DIALOG (self), 0);
  return self->draw_id;
}

guint
zf_draw_dialog_get_n_results (ZfDrawDialog *self)
{
  g_return_val_if_fail (ZF_IS_DRAW_DIALOG (self), 0);
  return self->results ? self->results->len : 0;
}

void
zf_draw_dialog_mark_done (ZfDrawDialog *self,
                          guint         index,
                          const char   *date,
                          const char   *findings)
{
  ResultEditor *editor;

  g_return_if_fail (ZF_IS_DRAW_DIALOG (self));
  g_return_if_fail (index < self->editors->len);
  editor = &g_array_index (self->editors, ResultEditor, index);
  gtk_check_button_set_active (editor->done, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (editor->date), date);
  gtk_editable_set_text (GTK_EDITABLE (editor->findings), findings ? findings : "");
}

const char *
zf_draw_dialog_get_error (ZfDrawDialog *self)
{
  g_return_val_if_fail (ZF_IS_DRAW_DIALOG (self), NULL);
  return self->error_text;
}
