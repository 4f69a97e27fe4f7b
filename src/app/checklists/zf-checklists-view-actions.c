#define G_LOG_DOMAIN "zf-checklists-view"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-checklist-editors.h"
#include "zf-checklists-view-private.h"
#include "zf-date.h"
#include "zf-draw-dialog.h"
#include "zf-duty-dialog.h"
#include "zf-transfer-dialog.h"

/* The registers' exports, in page order (the draws page exports the
 * selected draw's record instead). */
static const ZfChecklistRegister page_registers[] = {
  [PAGE_LAWS] = ZF_CHECKLIST_LAWS,
  [PAGE_MATTERS] = ZF_CHECKLIST_MATTERS,
  [PAGE_LENIENCY] = ZF_CHECKLIST_LENIENCY,
  [PAGE_BENCHMARKS] = ZF_CHECKLIST_BENCHMARKS,
  [PAGE_ITEMS] = ZF_CHECKLIST_ITEMS,
  [PAGE_TARGETS] = ZF_CHECKLIST_TARGETS,
};

static const char *const page_file_names[] = {
  [PAGE_LAWS] = N_("Catalog of legal bases.xlsx"),
  [PAGE_MATTERS] = N_("Enforcement matters.xlsx"),
  [PAGE_LENIENCY] = N_("Four lists.xlsx"),
  [PAGE_BENCHMARKS] = N_("Discretion benchmarks.xlsx"),
  [PAGE_ITEMS] = N_("Random inspection items.xlsx"),
  [PAGE_TARGETS] = N_("Inspection targets.xlsx"),
  [PAGE_DRAWS] = N_("Double-random draw record.xlsx"),
};

static ZfRecord *
selected (ZfChecklistsView *self,
          ChecklistPage     page)
{
  return zf_register_page_get_selected (self->pages[page]);
}

void
zf_checklists_view_update_actions (ZfChecklistsView *self)
{
  ChecklistPage page = zf_checklists_view_get_page (self);
  gboolean draws = page == PAGE_DRAWS;
  gboolean chosen = selected (self, page) != NULL;
  gboolean busy = self->export_job != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "checklists.new", !draws);
  gtk_widget_action_set_enabled (widget, "checklists.edit", !draws && chosen);
  gtk_widget_action_set_enabled (widget, "checklists.results", draws && chosen);
  gtk_widget_action_set_enabled (widget, "checklists.transfer", page == PAGE_MATTERS && chosen);
  gtk_widget_action_set_enabled (widget, "checklists.duties", page == PAGE_MATTERS && chosen);
  gtk_widget_action_set_enabled (widget, "checklists.export", !busy && (!draws || chosen));
  gtk_widget_action_set_enabled (widget, "checklists.export-pdf", !busy && draws && chosen);
  gtk_widget_action_set_enabled (widget, "checklists.export-stats", !busy);
}

static void
on_record_saved (ZfRecordDialog *dialog,
                 gint64          id,
                 ZfRegisterPage *page)
{
  zf_query_model_refresh (zf_register_page_get_model (page));
  zf_register_page_select_id (page, id);
}

static GtkWindow *
present_editor (ZfChecklistsView *self,
                ChecklistPage     page,
                ZfRecordDialog   *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_record_saved), self->pages[page], 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static ZfRecordDialog *
editor_for (ZfChecklistsView *self,
            ChecklistPage     page,
            ZfRecord         *record)
{
  ZfStore *store = self->store;
  gint64 body_id = zf_checklists_view_get_body_id (self);
  GtkWindow *parent = zf_checklists_view_get_toplevel (self);

  switch (page)
    {
    case PAGE_LAWS:
      return zf_law_editor_new (store, (ZfLaw *) record, body_id, parent);
    case PAGE_MATTERS:
      return zf_matter_editor_new (store, (ZfMatter *) record, body_id, parent);
    case PAGE_LENIENCY:
      return zf_leniency_editor_new (store, (ZfLeniencyEntry *) record, body_id, parent);
    case PAGE_BENCHMARKS:
      return zf_benchmark_editor_new (store, (ZfBenchmark *) record, body_id, parent);
    case PAGE_ITEMS:
      return zf_item_editor_new (store, (ZfInspectionItem *) record, body_id, parent);
    case PAGE_TARGETS:
      return zf_target_editor_new (store, (ZfInspectionTarget *) record, parent);
    case PAGE_DRAWS:
    case N_PAGES:
    default:
      return NULL;
    }
}

GtkWindow *
zf_checklists_view_new_record (ZfChecklistsView *self)
{
  ChecklistPage page;
  ZfRecordDialog *dialog;

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  page = zf_checklists_view_get_page (self);
  dialog = editor_for (self, page, NULL);
  return dialog ? present_editor (self, page, dialog) : NULL;
}

GtkWindow *
zf_checklists_view_edit_selected (ZfChecklistsView *self)
{
  ChecklistPage page;
  ZfRecord *record;
  ZfRecordDialog *dialog;

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  page = zf_checklists_view_get_page (self);
  record = selected (self, page);
  if (record == NULL)
    return NULL;
  dialog = editor_for (self, page, record);
  return dialog ? present_editor (self, page, dialog) : NULL;
}

static void
on_drawn (ZfDrawDialog     *dialog,
          gint64            draw_id,
          ZfChecklistsView *self)
{
  zf_checklists_view_select_id (self, "draws", draw_id);
}

GtkWindow *
zf_checklists_view_new_draw (ZfChecklistsView *self)
{
  ZfRecord *item;
  ZfDrawDialog *dialog;

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  item = zf_checklists_view_get_page (self) == PAGE_ITEMS ? selected (self, PAGE_ITEMS) : NULL;
  dialog = zf_draw_dialog_new (self->store, item ? zf_record_get_id (item) : 0,
                               zf_checklists_view_get_toplevel (self));
  g_signal_connect_object (dialog, "drawn", G_CALLBACK (on_drawn), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
zf_checklists_view_open_draw (ZfChecklistsView *self)
{
  ZfRecord *draw;
  ZfDrawDialog *dialog;

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  draw = selected (self, PAGE_DRAWS);
  if (draw == NULL)
    return NULL;
  dialog = zf_draw_dialog_new_for_draw (self->store, zf_record_get_id (draw),
                                        zf_checklists_view_get_toplevel (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
on_transferred (ZfTransferDialog *dialog,
                guint             n_matters,
                ZfChecklistsView *self)
{
  g_autofree char *text =
    g_strdup_printf (ngettext ("%u matter transferred.", "%u matters transferred.", n_matters),
                     n_matters);

  zf_query_model_refresh (zf_register_page_get_model (self->pages[PAGE_MATTERS]));
  zf_checklists_view_show_status (self, text);
}

GtkWindow *
zf_checklists_view_transfer_matters (ZfChecklistsView *self)
{
  ZfRecord *matter;
  ZfTransferDialog *dialog;

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  matter = selected (self, PAGE_MATTERS);
  if (matter == NULL)
    return NULL;
  dialog = zf_transfer_dialog_new (self->store, zf_matter_get_body_id (ZF_MATTER (matter)),
                                   zf_record_get_id (matter),
                                   zf_checklists_view_get_toplevel (self));
  g_signal_connect_object (dialog, "transferred", G_CALLBACK (on_transferred), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
on_assigned (ZfDutyDialog     *dialog,
             gint64            assignment_id,
             ZfChecklistsView *self)
{
  zf_query_model_refresh (zf_register_page_get_model (self->pages[PAGE_MATTERS]));
  zf_checklists_view_show_status (self, _("Duty assigned."));
}

GtkWindow *
zf_checklists_view_assign_duties (ZfChecklistsView *self)
{
  ZfRecord *matter;
  ZfDutyDialog *dialog;

  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), NULL);
  matter = selected (self, PAGE_MATTERS);
  if (matter == NULL)
    return NULL;
  dialog = zf_duty_dialog_new (self->store, zf_record_get_id (matter),
                               zf_checklists_view_get_toplevel (self));
  g_signal_connect_object (dialog, "assigned", G_CALLBACK (on_assigned), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
transfer_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zf_checklists_view_transfer_matters (ZF_CHECKLISTS_VIEW (widget));
}

static void
duties_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  zf_checklists_view_assign_duties (ZF_CHECKLISTS_VIEW (widget));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  zf_checklists_view_new_record (ZF_CHECKLISTS_VIEW (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zf_checklists_view_edit_selected (ZF_CHECKLISTS_VIEW (widget));
}

static void
draw_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zf_checklists_view_new_draw (ZF_CHECKLISTS_VIEW (widget));
}

static void
results_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_checklists_view_open_draw (ZF_CHECKLISTS_VIEW (widget));
}

/* Exports run in a ZfExportJob; nothing is left at the path when one
 * fails. */

typedef enum
{
  EXPORT_REGISTER,
  EXPORT_DRAW_XLSX,
  EXPORT_DRAW_PDF,
  EXPORT_STATISTICS,
} ExportKind;

typedef struct
{
  ExportKind           kind;
  ZfChecklistRegister  reg;
  gint64               id;      /* the body, or the draw */
  int                  year;
  GArray              *ids;     /* the rows a search or filter shows, or NULL */
} ChecklistExport;

static void
checklist_export_free (ChecklistExport *export)
{
  g_clear_pointer (&export->ids, g_array_unref);
  g_free (export);
}

static gboolean
run_export (ZfStore               *store,
            const char            *path,
            gpointer               data,
            GCancellable          *cancellable,
            ZfExportProgressFunc   progress,
            gpointer               progress_data,
            GError               **error)
{
  ChecklistExport *export = data;

  switch (export->kind)
    {
    case EXPORT_REGISTER:
      return zf_export_checklist_of_xlsx (store, export->reg, export->id, export->ids, path,
                                          error);
    case EXPORT_DRAW_XLSX:
      return zf_export_draw_xlsx (store, export->id, path, error);
    case EXPORT_DRAW_PDF:
      return zf_export_draw_pdf (store, export->id, path, error);
    case EXPORT_STATISTICS:
    default:
      return zf_export_random_statistics_xlsx (store, export->year, path, error);
    }
}

static void
on_export_finished (ZfChecklistsView *self,
                    const char       *text)
{
  zf_checklists_view_show_status (self, text);
  if (zf_export_job_get_written (self->export_job))
    zf_register_page_set_status_file (self->pages[zf_checklists_view_get_page (self)], text,
                                      zf_export_job_get_path (self->export_job));
  g_clear_object (&self->export_job);
  zf_checklists_view_update_actions (self);
}

static void
on_path_chosen (GtkWidget  *owner,
                const char *path,
                gpointer    data)
{
  ZfChecklistsView *self = ZF_CHECKLISTS_VIEW (owner);
  ChecklistExport *export = g_memdup2 (data, sizeof (ChecklistExport));

  /* A register as its list shows it, after a search or a filter. */
  if (export->kind == EXPORT_REGISTER)
    export->ids = zf_register_page_get_shown_ids (self->pages[zf_checklists_view_get_page (self)]);
  self->export_job = zf_export_job_new (self->store, path, run_export, export,
                                        (GDestroyNotify) checklist_export_free);
  g_signal_connect_object (self->export_job, "finished", G_CALLBACK (on_export_finished), self,
                           G_CONNECT_SWAPPED);
  zf_checklists_view_update_actions (self);
  zf_checklists_view_show_status (self, _("Exporting…"));
  zf_export_job_start (self->export_job);
}

static void
choose_path (ZfChecklistsView *self,
             ChecklistExport  *export,
             const char       *file_name)
{
  zf_export_job_choose_path (GTK_WIDGET (self), file_name, on_path_chosen, export, g_free);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZfChecklistsView *self = ZF_CHECKLISTS_VIEW (widget);
  ChecklistPage page = zf_checklists_view_get_page (self);
  ChecklistExport *export;
  gboolean pdf = g_str_equal (action_name, "checklists.export-pdf");

  if (page == PAGE_DRAWS)
    {
      ZfRecord *draw = selected (self, PAGE_DRAWS);

      if (draw == NULL)
        return;
      export = g_new0 (ChecklistExport, 1);
      export->kind = pdf ? EXPORT_DRAW_PDF : EXPORT_DRAW_XLSX;
      export->id = zf_record_get_id (draw);
      choose_path (self, export, pdf ? _("Double-random draw record.pdf")
                                     : _(page_file_names[PAGE_DRAWS]));
      return;
    }
  export = g_new0 (ChecklistExport, 1);
  export->kind = EXPORT_REGISTER;
  export->reg = page_registers[page];
  export->id = zf_checklists_view_get_body_id (self);
  choose_path (self, export, _(page_file_names[page]));
}

void
zf_checklists_view_export_to (ZfChecklistsView *self,
                              const char       *path)
{
  ChecklistPage page;
  ChecklistExport export = { EXPORT_REGISTER };

  g_return_if_fail (ZF_IS_CHECKLISTS_VIEW (self));
  g_return_if_fail (self->export_job == NULL);

  page = zf_checklists_view_get_page (self);
  g_return_if_fail (page != PAGE_DRAWS);
  export.reg = page_registers[page];
  export.id = zf_checklists_view_get_body_id (self);
  on_path_chosen (GTK_WIDGET (self), path, &export);
}

gboolean
zf_checklists_view_is_exporting (ZfChecklistsView *self)
{
  g_return_val_if_fail (ZF_IS_CHECKLISTS_VIEW (self), FALSE);
  return self->export_job != NULL;
}

static void
export_stats_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZfChecklistsView *self = ZF_CHECKLISTS_VIEW (widget);
  ChecklistExport *export = g_new0 (ChecklistExport, 1);
  g_autofree char *name = NULL;

  export->kind = EXPORT_STATISTICS;
  export->year = gtk_spin_button_get_value_as_int (self->year_spin);
  /* TRANSLATORS: file name of the year's statistics, %d is the year */
  name = g_strdup_printf (_("Double-random inspections %d.xlsx"), export->year);
  choose_path (self, export, name);
}

void
zf_checklists_view_add_buttons (ZfChecklistsView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GMenu) record_menu = g_menu_new ();
  GtkWidget *record_button;

  for (guint i = 0; i < PAGE_DRAWS; i++)
    {
      ZfRegisterPage *page = self->pages[i];

      zf_register_page_add_button (page, _("_New…"), "checklists.new", NULL);
      zf_register_page_set_empty_text (page, _("Nothing in This List Yet"),
                                       _("Import the list from a spreadsheet, "
                                         "or enter its first entry."));
      zf_register_page_add_empty_button (page, _("_Import a Spreadsheet…"), "win.import");
      zf_register_page_add_empty_button (page, _("_New…"), "checklists.new");
      zf_register_page_add_button (page, _("_Edit…"), "checklists.edit", NULL);
      if (i == PAGE_MATTERS)
        {
          zf_register_page_add_button (page, _("_Transfer…"), "checklists.transfer",
                                       _("Transfer the selected matter, and others of its body, "
                                         "to another body"));
          zf_register_page_add_button (page, _("_Assign duties…"), "checklists.duties",
                                       _("Give the selected matter to a section, post or officer "
                                         "of its body"));
        }
      if (i == PAGE_ITEMS)
        zf_register_page_add_button (page, _("_Draw…"), "checklists.draw",
                                     _("Draw targets and inspectors for the selected item"));
      zf_register_page_add_button (page, _("E_xport…"), "checklists.export",
                                   i == PAGE_TARGETS ? NULL
                                   : _("Export the list (the chosen body's, or every body's) "
                                       "as an .xlsx workbook"));
    }

  zf_register_page_add_button (self->pages[PAGE_DRAWS], _("_Draw…"), "checklists.draw",
                               _("Draw targets and inspectors for an inspection item"));
  {
    g_autofree char *how = g_strdup_printf (
      _("A draw picks the targets and the inspectors of an inspection item at random, and "
        "records how. Enter the item under “%s” and the targets under “%s”, then choose "
        "Draw… here or on the item."),
      _("Random inspection items"), _("Inspection targets"));

    zf_register_page_set_empty_text (self->pages[PAGE_DRAWS], _("No Draws Yet"), how);
    zf_register_page_add_empty_button (self->pages[PAGE_DRAWS], _("_Draw…"), "checklists.draw");
  }
  zf_register_page_add_button (self->pages[PAGE_DRAWS], _("_Results…"), "checklists.results",
                               _("See the selected draw and mark its targets inspected"));
  /* The record's two forms share one button: the tool bar must fit the
   * window's smallest width. */
  g_menu_append (record_menu, _("Record (.xlsx)…"), "checklists.export");
  g_menu_append (record_menu, _("Record (PDF)…"), "checklists.export-pdf");
  record_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (record_button), _("E_xport…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (record_button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (record_button), G_MENU_MODEL (record_menu));
  gtk_widget_set_tooltip_text (record_button, _("The public record of the selected draw"));
  zf_register_page_add_widget (self->pages[PAGE_DRAWS], record_button);
  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2000, 2100, 1));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->year_spin), 4);
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_spin), _("Year of the statistics"));
  zf_register_page_add_widget (self->pages[PAGE_DRAWS], GTK_WIDGET (self->year_spin));
  zf_register_page_add_button (self->pages[PAGE_DRAWS], _("_Statistics…"),
                               "checklists.export-stats",
                               _("Each body's share of double-random inspections against the "
                                 "floor (S4), as an .xlsx workbook"));
}

void
zf_checklists_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "checklists.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "checklists.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "checklists.draw", NULL, draw_action);
  gtk_widget_class_install_action (widget_class, "checklists.results", NULL, results_action);
  gtk_widget_class_install_action (widget_class, "checklists.transfer", NULL, transfer_action);
  gtk_widget_class_install_action (widget_class, "checklists.duties", NULL, duties_action);
  gtk_widget_class_install_action (widget_class, "checklists.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "checklists.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "checklists.export-stats", NULL,
                                   export_stats_action);
}
