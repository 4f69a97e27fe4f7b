#define G_LOG_DOMAIN "zf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zf-import-dialog.h"
#include "zf-import-preview-row.h"
#include "zf-import-preview.h"
#include "zf-import.h"
#include "zf-store-import.h"
#include "zf-xlsx-reader.h"

/* Reading, planning and committing run on a worker thread with its own
 * connection to the database file (zf_store_open on the same path; WAL
 * lets it write while the window's connection reads). Idle chunks would
 * not do: a 100,000-row sheet is one streaming parse and one transaction,
 * neither of which can be cut into pieces without holding the transaction
 * open across main-loop iterations. The window keeps drawing, Stop cancels
 * (the transaction rolls back), and the window's store learns of the commit
 * through zf_store_poll_external_changes(). Only one job runs at a time,
 * and the dialog touches the ZfImport only when none does. */

typedef enum
{
  JOB_READ,     /* open the file, find the header, map, then plan */
  JOB_PLAN,
  JOB_COMMIT,
} JobKind;

typedef struct
{
  JobKind     kind;
  ZfImport   *import;
  char       *path;
  char       *sheet;
  const char *encoding;
  GHashTable *saved;
  char      **sheets;     /* out: the workbook's sheet names */
  gboolean    read_ok;    /* out: a header was found, the mapping is usable */
  gint       *done;       /* progress, written by the worker */
  gint       *total;
} Job;

struct _ZfImportDialog
{
  GtkWindow        parent_instance;

  ZfStore         *store;
  ZfStore         *work_store;
  ZfImport        *import;
  ZfImportPreview *preview;
  char            *path;
  GHashTable      *saved;
  GCancellable    *cancellable;
  GPtrArray       *column_dropdowns;
  GArray          *item_fields;      /* dropdown item → field index (item 0: none) */
  guint            progress_source;
  gint             done;
  gint             total;
  gboolean         busy;
  gboolean         planned;
  gboolean         committed;
  gboolean         closing;
  gboolean         updating;

  /* Template widgets */
  GtkLabel        *file_label;
  GtkDropDown     *register_dropdown;
  GtkWidget       *sheet_box;
  GtkDropDown     *sheet_dropdown;
  gboolean         all_sheets;     /* the sheet list starts with "All sheets" */
  GtkWidget       *encoding_box;
  GtkDropDown     *encoding_dropdown;
  GtkDropDown     *saved_dropdown;
  GtkEntry        *mapping_entry;
  GtkLabel        *error_label;
  GtkGrid         *mapping_grid;
  GtkNoSelection  *preview_selection;
  GtkColumnViewColumn *sheet_column;
  GtkLabel        *summary_label;
  GtkProgressBar  *progress_bar;
  GtkWidget       *stop_button;
};

G_DEFINE_FINAL_TYPE (ZfImportDialog, zf_import_dialog, GTK_TYPE_WINDOW)

static const char *const encodings[] = { NULL, "utf-8", "gbk" };

static void start_job (ZfImportDialog *self,
                       JobKind         kind);

static void
job_free (Job *job)
{
  g_clear_object (&job->import);
  g_free (job->path);
  g_free (job->sheet);
  g_clear_pointer (&job->saved, g_hash_table_unref);
  g_strfreev (job->sheets);
  g_free (job);
}

static const ZfImportRegister *
selected_register (ZfImportDialog *self)
{
  return zf_import_register_get (gtk_drop_down_get_selected (self->register_dropdown));
}

static void
show_error (ZfImportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_actions (ZfImportDialog *self)
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

static void
update_summary (ZfImportDialog *self)
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
  /* One sheet per unit: the preview names each row's sheet, and the
   * summary the sheets left out for holding no table. */
  gtk_column_view_column_set_visible (self->sheet_column,
                                      self->planned && zf_import_is_per_sheet (self->import));
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

/* --- the mapping editor --------------------------------------------------- */

static guint
item_of_field (ZfImportDialog *self,
               int             field)
{
  for (guint i = 1; i < self->item_fields->len; i++)
    if (g_array_index (self->item_fields, int, i) == field)
      return i;
  return 0;
}

static void
sync_mapping (ZfImportDialog *self)
{
  const ZfImportRegister *reg = zf_import_get_register (self->import);

  self->updating = TRUE;
  for (guint c = 0; c < self->column_dropdowns->len; c++)
    {
      guint item = 0;

      for (guint f = 0; f < reg->n_fields; f++)
        if (zf_import_get_mapping (self->import, f) == (int) c)
          item = item_of_field (self, f);
      gtk_drop_down_set_selected (self->column_dropdowns->pdata[c], item);
    }
  self->updating = FALSE;
}

static void
on_column_field_selected (GtkDropDown    *dropdown,
                          GParamSpec     *pspec,
                          ZfImportDialog *self)
{
  const ZfImportRegister *reg = zf_import_get_register (self->import);
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dropdown), "column"));
  guint item = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->busy)
    return;

  /* The preview reads the plan's rows, which a new mapping clears. */
  zf_import_preview_set_import (self->preview, NULL);
  self->planned = FALSE;
  for (guint f = 0; f < reg->n_fields; f++)
    if (zf_import_get_mapping (self->import, f) == column)
      zf_import_set_mapping (self->import, f, -1);
  if (item > 0 && item < self->item_fields->len)
    zf_import_set_mapping (self->import, g_array_index (self->item_fields, int, item), column);
  sync_mapping (self);
  start_job (self, JOB_PLAN);
}

static void
rebuild_mapping (ZfImportDialog *self)
{
  const ZfImportRegister *reg = zf_import_get_register (self->import);
  const ZfRow *header = zf_import_get_header (self->import);
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  GtkWidget *child;
  int none = -1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_grid))))
    gtk_grid_remove (self->mapping_grid, child);
  g_ptr_array_set_size (self->column_dropdowns, 0);
  g_array_set_size (self->item_fields, 0);
  if (header == NULL)
    return;

  gtk_string_list_append (fields, _("(not imported)"));
  g_array_append_val (self->item_fields, none);
  for (guint f = 0; f < reg->n_fields; f++)
    {
      g_autofree char *label = NULL;
      int index = f;

      if (reg->fields[f].kind == ZF_IMPORT_HIDDEN)
        continue;
      label = reg->fields[f].required
        ? g_strdup_printf ("%s *", zf_import_field_label (&reg->fields[f]))
        : g_strdup (zf_import_field_label (&reg->fields[f]));
      gtk_string_list_append (fields, label);
      g_array_append_val (self->item_fields, index);
    }

  for (guint c = 0; c < header->cells->len; c++)
    {
      g_autofree char *letter = zf_column_letter (c);
      GtkWidget *letter_label = gtk_label_new (letter);
      GtkWidget *header_label = gtk_label_new (zf_row_get_text (header, c));
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (fields)), NULL);

      gtk_widget_add_css_class (letter_label, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (header_label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (header_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (header_label), 10);
      gtk_widget_set_hexpand (header_label, TRUE);
      gtk_widget_set_tooltip_text (header_label, zf_row_get_text (header, c));
      g_object_set_data (G_OBJECT (dropdown), "column", GINT_TO_POINTER (c));
      gtk_grid_attach (self->mapping_grid, letter_label, 0, c, 1, 1);
      gtk_grid_attach (self->mapping_grid, header_label, 1, c, 1, 1);
      gtk_grid_attach (self->mapping_grid, dropdown, 2, c, 1, 1);
      g_ptr_array_add (self->column_dropdowns, dropdown);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_column_field_selected), self);
    }
  sync_mapping (self);
}

static void
fill_saved_mappings (ZfImportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) saved = zf_store_list_import_mappings (self->store,
                                                              selected_register (self)->name,
                                                              NULL);

  gtk_string_list_append (names, _("Guess from the headers"));
  for (guint i = 0; saved && i < saved->len; i++)
    gtk_string_list_append (names, saved->pdata[i]);
  self->updating = TRUE;
  gtk_drop_down_set_model (self->saved_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->saved_dropdown, 0);
  self->updating = FALSE;
}

/* --- jobs on the worker thread -------------------------------------------- */

static void
on_job_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (job->done, done);
  g_atomic_int_set (job->total, total);
}

static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok = TRUE;

  if (job->kind == JOB_READ)
    {
      g_autoptr(ZfRowSource) rows = zf_import_open_source (job->path, job->sheet, job->encoding,
                                                           &error);

      if (rows != NULL && zf_row_source_get_sheet_names (rows) != NULL)
        job->sheets = g_strdupv ((char **) zf_row_source_get_sheet_names (rows));
      ok = rows != NULL && zf_import_read (job->import, rows, job->saved, cancellable, &error);
      job->read_ok = ok;
    }
  if (ok && job->kind == JOB_COMMIT)
    ok = zf_import_commit (job->import, cancellable, on_job_progress, job, &error);
  else if (ok)
    ok = zf_import_plan (job->import, cancellable, on_job_progress, job, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
show_progress (gpointer user_data)
{
  ZfImportDialog *self = user_data;
  int total = g_atomic_int_get (&self->total);

  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   (double) g_atomic_int_get (&self->done) / total);
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (ZfImportDialog *self,
          gboolean        busy,
          const char     *what)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_widget_set_visible (self->stop_button, busy);
  gtk_progress_bar_set_text (self->progress_bar, what);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (busy)
    self->progress_source = g_timeout_add (100, show_progress, self);
  update_actions (self);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ZfImportDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE, NULL);
  if (self->closing)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (job->kind == JOB_READ)
    {
      gtk_widget_set_visible (self->sheet_box, job->sheets != NULL);
      gtk_widget_set_visible (self->encoding_box, job->sheets == NULL);
      /* A workbook read as one sheet per unit offers that reading first,
       * until another file is opened. */
      if (job->read_ok && zf_import_is_per_sheet (job->import))
        self->all_sheets = TRUE;
      if (job->sheets != NULL)
        {
          g_autoptr(GtkStringList) sheets = gtk_string_list_new (NULL);
          guint first = self->all_sheets ? 1 : 0;

          if (self->all_sheets)
            gtk_string_list_append (sheets, _("All sheets, one per unit"));
          for (guint i = 0; job->sheets[i]; i++)
            gtk_string_list_append (sheets, job->sheets[i]);
          self->updating = TRUE;
          gtk_drop_down_set_model (self->sheet_dropdown, G_LIST_MODEL (sheets));
          for (guint i = 0; job->sheet && job->sheets[i]; i++)
            if (g_str_equal (job->sheets[i], job->sheet))
              gtk_drop_down_set_selected (self->sheet_dropdown, first + i);
          self->updating = FALSE;
        }
      if (job->read_ok)
        rebuild_mapping (self);
    }

  if (job->kind == JOB_COMMIT && ok)
    {
      self->committed = TRUE;
      /* Another connection wrote: the window's lists reload now rather than
       * at the next poll. */
      zf_store_poll_external_changes (self->store);
    }
  self->planned = job->kind == JOB_COMMIT || ok;
  if (self->planned)
    zf_import_preview_set_import (self->preview, self->import);

  if (ok)
    show_error (self, NULL);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, job->kind == JOB_COMMIT ? _("The import was stopped; nothing was stored.")
                                              : _("Reading was stopped."));
  else
    show_error (self, error->message);
  update_summary (self);
  update_actions (self);
}

static void
start_job (ZfImportDialog *self,
           JobKind         kind)
{
  static const char *const what[] = {
    N_("Reading the file…"), N_("Checking every row…"), N_("Importing…"),
  };
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (!self->busy);

  if (kind != JOB_COMMIT)
    {
      zf_import_preview_set_import (self->preview, NULL);
      self->planned = FALSE;
      self->committed = FALSE;
    }
  if (kind == JOB_READ)
    {
      g_clear_object (&self->import);
      self->import = zf_import_new (self->work_store, selected_register (self));
      zf_import_set_file_name (self->import, self->path);
    }

  job = g_new0 (Job, 1);
  job->kind = kind;
  job->import = g_object_ref (self->import);
  job->done = &self->done;
  job->total = &self->total;
  if (kind == JOB_READ)
    {
      GtkStringObject *sheet = gtk_widget_get_visible (self->sheet_box)
        ? gtk_drop_down_get_selected_item (self->sheet_dropdown) : NULL;
      guint encoding = gtk_drop_down_get_selected (self->encoding_dropdown);

      job->path = g_strdup (self->path);
      job->sheet = sheet ? g_strdup (gtk_string_object_get_string (sheet)) : NULL;
      if (self->all_sheets && gtk_drop_down_get_selected (self->sheet_dropdown) == 0)
        g_clear_pointer (&job->sheet, g_free);
      job->encoding = encoding < G_N_ELEMENTS (encodings) ? encodings[encoding] : NULL;
      job->saved = self->saved ? g_hash_table_ref (self->saved) : NULL;
    }

  g_atomic_int_set (&self->done, 0);
  g_atomic_int_set (&self->total, 0);
  self->cancellable = g_cancellable_new ();
  /* No source object: the dialog must be released on this thread, never
   * by the worker dropping the task's last reference. */
  task = g_task_new (NULL, self->cancellable, on_job_done, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  show_error (self, NULL);
  set_busy (self, TRUE, _(what[kind]));
  g_task_run_in_thread (task, job_thread);
}

/* --- user actions --------------------------------------------------------- */

static void
read_file (ZfImportDialog *self)
{
  if (self->path != NULL && !self->busy)
    start_job (self, JOB_READ);
}

static void
on_register_selected (ZfImportDialog *self)
{
  if (self->updating)
    return;
  g_clear_pointer (&self->saved, g_hash_table_unref);
  fill_saved_mappings (self);
  if (self->path == NULL)
    {
      g_clear_object (&self->import);
      self->import = zf_import_new (self->work_store, selected_register (self));
      update_actions (self);
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
  const ZfImportRegister *reg = selected_register (self);
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
          show_error (self, error->message);
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

  if (!zf_store_save_import_mapping (self->store, selected_register (self)->name, name, json,
                                     &error))
    {
      show_error (self, error->message);
      return;
    }
  fill_saved_mappings (self);
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
    show_error (self, _("Choose a file on this computer."));
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
    start_job (self, JOB_COMMIT);
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
    show_error (self, error->message);
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
  g_clear_pointer (&self->item_fields, g_array_unref);
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
  self->item_fields = g_array_new (FALSE, FALSE, sizeof (int));
  self->preview = zf_import_preview_new ();
  gtk_no_selection_set_model (self->preview_selection, G_LIST_MODEL (self->preview));

  for (ZfImportRegisterId id = ZF_IMPORT_BODIES; id <= ZF_IMPORT_EVALUATIONS; id++)
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
      show_error (self, error->message);
      self->work_store = g_object_ref (store);
    }
  zf_store_set_operator (self->work_store, zf_store_get_operator (store));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->register_dropdown, reg ? reg->id : ZF_IMPORT_BODIES);
  self->updating = FALSE;
  self->import = zf_import_new (self->work_store, selected_register (self));
  fill_saved_mappings (self);
  update_actions (self);
  if (self->work_store == store)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", FALSE);
  return self;
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
  start_job (self, JOB_READ);
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
