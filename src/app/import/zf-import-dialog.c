#define G_LOG_DOMAIN "zf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zf-form-parts.h"
#include "zf-import-dialog-private.h"
#include "zf-import-preview-row.h"
#include "zf-import-preview.h"
#include "zf-store-import.h"

/* The import dialog: the file and register chosen, the preview page with
 * its summary, and the user's actions. The mapping page is in
 * zf-import-dialog-mapping.c, the work on the worker thread in
 * zf-import-dialog-jobs.c. */

G_DEFINE_FINAL_TYPE (ZfImportDialog, zf_import_dialog, GTK_TYPE_WINDOW)

const ZfImportRegister *
zf_import_dialog_selected_register (ZfImportDialog *self)
{
  return zf_import_register_get (gtk_drop_down_get_selected (self->register_dropdown));
}

void
zf_import_dialog_show_error (ZfImportDialog *self,
                             const char     *message)
{
  zf_error_label_show (self->error_label, message);
}

void
zf_import_dialog_update_actions (ZfImportDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean idle = !self->busy;
  gboolean writable = self->planned && !self->committed;

  gtk_widget_action_set_enabled (widget, "import.choose-file", idle);
  gtk_widget_action_set_enabled (widget, "import.stop", self->busy);
  gtk_widget_action_set_enabled (widget, "import.save-mapping",
                                 idle && zf_import_get_header (self->import) != NULL);
  gtk_widget_action_set_enabled (widget, "import.commit", idle && writable &&
                                 zf_import_count (self->import, ZF_IMPORT_ROW_NEW) +
                                 zf_import_count (self->import, ZF_IMPORT_ROW_UPDATE) > 0);
  gtk_widget_action_set_enabled (widget, "import.export-errors", idle && self->planned &&
                                 zf_import_count (self->import, ZF_IMPORT_ROW_ERROR) > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->register_dropdown), idle);
  gtk_widget_set_sensitive (self->sheet_box, idle);
  gtk_widget_set_sensitive (self->encoding_box, idle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->saved_dropdown), idle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->mapping_grid), idle);
}

void
zf_import_dialog_update_summary (ZfImportDialog *self)
{
  g_autofree char *text = NULL;

  if (!self->planned)
    text = g_strdup ("");
  else if (self->committed)
    text = g_strdup_printf (_("Imported: %u new, %u updated, %u unchanged; %u refused rows were "
                              "left out."),
                            zf_import_count (self->import, ZF_IMPORT_ROW_NEW),
                            zf_import_count (self->import, ZF_IMPORT_ROW_UPDATE),
                            zf_import_count (self->import, ZF_IMPORT_ROW_UNCHANGED),
                            zf_import_count (self->import, ZF_IMPORT_ROW_ERROR));
  else
    text = g_strdup_printf (_("%u rows: %u new, %u to update, %u unchanged, %u refused. Nothing "
                              "is stored until you import."),
                            zf_import_get_n_rows (self->import),
                            zf_import_count (self->import, ZF_IMPORT_ROW_NEW),
                            zf_import_count (self->import, ZF_IMPORT_ROW_UPDATE),
                            zf_import_count (self->import, ZF_IMPORT_ROW_UNCHANGED),
                            zf_import_count (self->import, ZF_IMPORT_ROW_ERROR));
  if (self->planned && zf_import_count_hidden (self->import) > 0)
    {
      g_autofree char *with_hidden = g_strdup_printf (
        _("%s %u rows are hidden in the workbook; they are imported too and marked “hidden” in "
          "the list."), text, zf_import_count_hidden (self->import));

      g_free (text);
      text = g_steal_pointer (&with_hidden);
    }
  /* A matters workbook: its transfers and duties are read with it, and
   * the summary tells what each sheet adds. */
  if (self->planned && zf_import_get_n_parts (self->import) > 1)
    {
      g_autofree char *sheets = zf_import_describe_sheets (self->import);
      g_autofree char *with_sheets = NULL;

      /* One line of the summary's wrapped text, as its other parts. */
      g_strdelimit (sheets, "\n", ' ');
      with_sheets = g_strdup_printf ("%s %s", text, sheets);

      g_free (text);
      text = g_steal_pointer (&with_sheets);
    }
  /* One sheet per unit: the preview names each row's sheet, and the
   * summary the sheets left out for holding no table. */
  gtk_column_view_column_set_visible (self->sheet_column,
                                      self->planned && (zf_import_is_per_sheet (self->import) ||
                                                        zf_import_get_n_parts (self->import) > 1));
  if (self->planned && zf_import_is_per_sheet (self->import))
    {
      const char *const *skipped = zf_import_get_skipped_sheets (self->import);
      const char *const *hidden = zf_import_get_hidden_sheets (self->import);
      g_autoptr(GString) all = g_string_new (text);

      g_string_append_c (all, ' ');
      g_string_append (all, _("Every sheet is one unit, named by the sheet."));
      if (skipped[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (_(", "), (char **) skipped);

          g_string_append_c (all, ' ');
          g_string_append_printf (all, _("Sheets without a table were skipped: %s."), list);
        }
      if (hidden[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (_(", "), (char **) hidden);

          g_string_append_c (all, ' ');
          g_string_append_printf (all, _("Hidden sheets were skipped: %s."), list);
        }
      gtk_label_set_text (self->summary_label, all->str);
      return;
    }
  gtk_label_set_text (self->summary_label, text);
}

/* --- user actions --------------------------------------------------------- */

static void
read_file (ZfImportDialog *self)
{
  if (self->path != NULL && !self->busy)
    zf_import_dialog_start_job (self, JOB_READ);
}

static void
on_register_selected (ZfImportDialog *self)
{
  if (self->updating)
    return;
  g_clear_pointer (&self->saved, g_hash_table_unref);
  zf_import_dialog_fill_saved_mappings (self);
  /* Another register is read from its own sheet (the transfers of a
   * matters workbook), not from the sheet the last one was read from. */
  self->updating = TRUE;
  gtk_drop_down_set_model (self->sheet_dropdown, NULL);
  self->all_sheets = FALSE;
  self->updating = FALSE;
  if (self->path == NULL)
    {
      g_clear_object (&self->import);
      self->import = zf_import_new (self->work_store, zf_import_dialog_selected_register (self));
      zf_import_dialog_update_actions (self);
      return;
    }
  read_file (self);
}

static void
on_source_option_selected (ZfImportDialog *self)
{
  if (!self->updating)
    read_file (self);
}

static void
on_saved_selected (ZfImportDialog *self)
{
  const ZfImportRegister *reg = zf_import_dialog_selected_register (self);
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->saved_dropdown);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  if (self->updating)
    return;
  g_clear_pointer (&self->saved, g_hash_table_unref);
  if (gtk_drop_down_get_selected (self->saved_dropdown) > 0 && item != NULL)
    {
      const char *name = gtk_string_object_get_string (item);

      json = zf_store_load_import_mapping (self->store, reg->name, name, &error);
      if (json != NULL)
        self->saved = zf_store_parse_import_mapping (self->store, reg->name, json, &error);
      if (self->saved == NULL)
        {
          zf_import_dialog_show_error (self, error->message);
          return;
        }
      gtk_editable_set_text (GTK_EDITABLE (self->mapping_entry), name);
    }
  read_file (self);
}

static void
save_mapping_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->mapping_entry))));
  g_autofree char *json = zf_import_get_mapping_json (self->import);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!zf_store_save_import_mapping (self->store, zf_import_dialog_selected_register (self)->name,
                                     name, json, &error))
    {
      zf_import_dialog_show_error (self, error->message);
      return;
    }
  zf_import_dialog_fill_saved_mappings (self);
  text = g_strdup_printf (_("The mapping was saved as “%s”."), name);
  gtk_label_set_text (self->summary_label, text);
}

/* The local path the user accepted, or NULL (said so when the file is
 * not on this computer); the chooser is done with either way. */
static char *
take_chosen_path (GtkNativeDialog *chooser,
                  int              response,
                  ZfImportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL && (path = g_file_get_path (file)) == NULL)
    zf_import_dialog_show_error (self, _("Choose a file on this computer."));
  return path;
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                ZfImportDialog  *self)
{
  g_autofree char *path = take_chosen_path (chooser, response, self);

  if (path != NULL && !self->busy)
    zf_import_dialog_open_file (self, path);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a Spreadsheet to Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Spreadsheets and CSV or text files"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "xlsm");
  gtk_file_filter_add_suffix (filter, "xls");
  gtk_file_filter_add_suffix (filter, "ods");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
commit_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (widget);

  if (!self->busy && self->planned && !self->committed)
    zf_import_dialog_start_job (self, JOB_COMMIT);
}

static void
stop_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
on_errors_chosen (GtkNativeDialog *chooser,
                  int              response,
                  ZfImportDialog  *self)
{
  g_autofree char *path = take_chosen_path (chooser, response, self);
  g_autoptr(GError) error = NULL;

  if (path == NULL || self->busy || !self->planned)
    return;
  /* Refused rows only: small enough to write here. */
  if (!zf_import_write_errors_xlsx (self->import, path, &error))
    zf_import_dialog_show_error (self, error->message);
  else
    {
      g_autofree char *text = g_strdup_printf (_("The refused rows were written to %s."), path);
      gtk_label_set_text (self->summary_label, text);
    }
}

static void
export_errors_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *stem = g_strndup (base, strrchr (base, '.') ? strrchr (base, '.') - base
                                                               : (gssize) strlen (base));
  /* The user's own file name, marked in Chinese as the office writes it. */
  g_autofree char *name = g_strdup_printf ("%s-未导入.xlsx", stem);

  chooser = gtk_file_chooser_native_new (_("Export the Refused Rows"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_errors_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- the object ----------------------------------------------------------- */

static gboolean
zf_import_dialog_close_request (GtkWindow *window)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (window);

  /* A running job still uses the dialog's import: stop it, hide, and go
   * once the worker has let go (on_job_done). */
  if (self->busy)
    {
      self->closing = TRUE;
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (zf_import_dialog_parent_class)->close_request (window);
}

static void
zf_import_dialog_dispose (GObject *object)
{
  ZfImportDialog *self = ZF_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_IMPORT_DIALOG);
  if (self->preview != NULL)
    zf_import_preview_set_import (self->preview, NULL);
  g_clear_object (&self->preview);
  g_clear_object (&self->import);
  g_clear_object (&self->work_store);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->saved, g_hash_table_unref);
  g_clear_pointer (&self->column_dropdowns, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (zf_import_dialog_parent_class)->dispose (object);
}

static void
zf_import_dialog_class_init (ZfImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_import_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = zf_import_dialog_close_request;

  g_type_ensure (ZF_TYPE_IMPORT_PREVIEW_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, register_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, sheet_box);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, sheet_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, encoding_box);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, encoding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, saved_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, mapping_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, mapping_grid);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, preview_selection);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, sheet_column);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZfImportDialog, stop_button);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_activated);
  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit_activated);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL, stop_activated);
  gtk_widget_class_install_action (widget_class, "import.save-mapping", NULL,
                                   save_mapping_activated);
  gtk_widget_class_install_action (widget_class, "import.export-errors", NULL,
                                   export_errors_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose-file", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_import_dialog_init (ZfImportDialog *self)
{
  g_autoptr(GtkStringList) registers = gtk_string_list_new (NULL);
  const char *encoding_names[] = {
    _("Detect automatically"), "UTF-8", _("GBK / GB18030 (Excel on Chinese Windows)"), NULL,
  };
  g_autoptr(GtkStringList) encoding_list = gtk_string_list_new (encoding_names);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->column_dropdowns = g_ptr_array_new ();
  self->preview = zf_import_preview_new ();
  gtk_no_selection_set_model (self->preview_selection, G_LIST_MODEL (self->preview));

  for (ZfImportRegisterId id = ZF_IMPORT_BODIES; id < ZF_IMPORT_N_REGISTERS; id++)
    gtk_string_list_append (registers, _(zf_import_register_get (id)->label));
  gtk_drop_down_set_model (self->register_dropdown, G_LIST_MODEL (registers));
  gtk_drop_down_set_model (self->encoding_dropdown, G_LIST_MODEL (encoding_list));

  g_signal_connect_swapped (self->register_dropdown, "notify::selected",
                            G_CALLBACK (on_register_selected), self);
  g_signal_connect_swapped (self->sheet_dropdown, "notify::selected",
                            G_CALLBACK (on_source_option_selected), self);
  g_signal_connect_swapped (self->encoding_dropdown, "notify::selected",
                            G_CALLBACK (on_source_option_selected), self);
  g_signal_connect_swapped (self->saved_dropdown, "notify::selected",
                            G_CALLBACK (on_saved_selected), self);
}

ZfImportDialog *
zf_import_dialog_new (GtkWindow  *parent,
                      ZfStore    *store,
                      const char *register_name)
{
  const ZfImportRegister *reg = zf_import_register_lookup (register_name);
  g_autoptr(GError) error = NULL;
  ZfImportDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->work_store = zf_store_open (zf_store_get_path (store), &error);
  if (self->work_store == NULL)
    {
      /* Without a second connection nothing can run off the main thread:
       * say why, and offer no file. */
      zf_import_dialog_show_error (self, error->message);
      self->work_store = g_object_ref (store);
    }
  zf_store_set_operator (self->work_store, zf_store_get_operator (store));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->register_dropdown, reg ? reg->id : ZF_IMPORT_BODIES);
  self->updating = FALSE;
  self->import = zf_import_new (self->work_store, zf_import_dialog_selected_register (self));
  zf_import_dialog_fill_saved_mappings (self);
  zf_import_dialog_update_actions (self);
  if (self->work_store == store)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", FALSE);
  return self;
}

const char *
zf_import_dialog_get_register_name (ZfImportDialog *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_DIALOG (self), NULL);

  return zf_import_dialog_selected_register (self)->name;
}

void
zf_import_dialog_open_file (ZfImportDialog *self,
                            const char     *path)
{
  g_autofree char *base = NULL;
  g_autofree char *lower = NULL;

  g_return_if_fail (ZF_IS_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!self->busy);

  g_free (self->path);
  self->path = g_strdup (path);
  base = g_path_get_basename (path);
  gtk_label_set_text (self->file_label, base);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), path);
  lower = g_ascii_strdown (path, -1);
  /* A new file starts on its first sheet, with the encoding detected. */
  self->updating = TRUE;
  gtk_drop_down_set_model (self->sheet_dropdown, NULL);
  self->all_sheets = FALSE;
  gtk_drop_down_set_selected (self->encoding_dropdown, 0);
  self->updating = FALSE;
  gtk_widget_set_visible (self->sheet_box, FALSE);
  gtk_widget_set_visible (self->encoding_box, !g_str_has_suffix (lower, ".xlsx") &&
                          !g_str_has_suffix (lower, ".xls") && !g_str_has_suffix (lower, ".ods"));
  zf_import_dialog_start_job (self, JOB_READ);
}

gboolean
zf_import_dialog_is_busy (ZfImportDialog *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_DIALOG (self), FALSE);

  return self->busy;
}

GListModel *
zf_import_dialog_get_preview (ZfImportDialog *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->preview);
}

const char *
zf_import_dialog_get_summary (ZfImportDialog *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

const char *
zf_import_dialog_get_error (ZfImportDialog *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
    ? gtk_label_get_text (self->error_label) : NULL;
}
