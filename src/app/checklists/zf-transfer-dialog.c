#define G_LOG_DOMAIN "zf-transfer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-code-dropdown.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-record-dialog.h"
#include "zf-store-bodies.h"
#include "zf-store-matters.h"
#include "zf-transfer-dialog.h"
#include "zf-util.h"

struct _ZfTransferDialog
{
  GtkWindow     parent_instance;

  ZfStore      *store;
  gint64        body_id;
  GArray       *matter_ids;   /* gint64, parallel to checks */
  GPtrArray    *checks;       /* GtkCheckButton, owned by the list */
  char         *error_text;

  GtkDropDown  *target_dropdown;
  GtkEntry     *date_entry;
  GtkEntry     *doc_entry;
  GtkEntry     *reason_entry;
  GtkListBox   *findings_list;
};

G_DEFINE_FINAL_TYPE (ZfTransferDialog, zf_transfer_dialog, GTK_TYPE_WINDOW)

enum {
  TRANSFERRED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (ZfTransferDialog *self,
            const GError     *error)
{
  zf_set_str (&self->error_text, error ? error->message : NULL);
  zf_findings_list_show_error (self->findings_list, error);
}

static char *
entry_text (GtkEntry *entry)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

gboolean
zf_transfer_dialog_run (ZfTransferDialog *self)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *date = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  gpointer target;

  g_return_val_if_fail (ZF_IS_TRANSFER_DIALOG (self), FALSE);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      g_array_append_val (chosen, g_array_index (self->matter_ids, gint64, i));
  target = gtk_drop_down_get_selected_item (self->target_dropdown);
  date = entry_text (self->date_entry);
  doc = entry_text (self->doc_entry);
  reason = entry_text (self->reason_entry);

  if (target == NULL)
    g_set_error (&error, ZF_ERROR, ZF_ERROR_INVALID, _("Choose the receiving body."));
  else
    zf_store_transfer_matters (self->store, (const gint64 *) chosen->data, chosen->len,
                               zf_record_get_id (ZF_RECORD (target)), date, doc, reason, &error);
  show_error (self, error);
  if (error != NULL)
    return FALSE;
  g_signal_emit (self, signals[TRANSFERRED], 0, (guint) chosen->len);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
zf_transfer_dialog_get_error (ZfTransferDialog *self)
{
  g_return_val_if_fail (ZF_IS_TRANSFER_DIALOG (self), NULL);
  return self->error_text;
}

gboolean
zf_transfer_dialog_set_matter (ZfTransferDialog *self,
                               gint64            matter_id,
                               gboolean          chosen)
{
  g_return_val_if_fail (ZF_IS_TRANSFER_DIALOG (self), FALSE);
  for (guint i = 0; i < self->matter_ids->len; i++)
    if (g_array_index (self->matter_ids, gint64, i) == matter_id)
      {
        gtk_check_button_set_active (self->checks->pdata[i], chosen);
        return TRUE;
      }
  return FALSE;
}

gboolean
zf_transfer_dialog_set_target (ZfTransferDialog *self,
                               gint64            body_id)
{
  GListModel *bodies;

  g_return_val_if_fail (ZF_IS_TRANSFER_DIALOG (self), FALSE);
  bodies = gtk_drop_down_get_model (self->target_dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(ZfRecord) body = g_list_model_get_item (bodies, i);

      if (zf_record_get_id (body) == body_id)
        {
          gtk_drop_down_set_selected (self->target_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
zf_transfer_dialog_set_date (ZfTransferDialog *self,
                             const char       *iso)
{
  g_return_if_fail (ZF_IS_TRANSFER_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), iso ? iso : "");
}

void
zf_transfer_dialog_set_doc_number (ZfTransferDialog *self,
                                   const char       *doc_number)
{
  g_return_if_fail (ZF_IS_TRANSFER_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->doc_entry), doc_number ? doc_number : "");
}

void
zf_transfer_dialog_set_reason (ZfTransferDialog *self,
                               const char       *reason)
{
  g_return_if_fail (ZF_IS_TRANSFER_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
}

static void
on_transfer_clicked (ZfTransferDialog *self)
{
  zf_transfer_dialog_run (self);
}

/* The source body's matters still active, by code: only those can move. */
static GtkWidget *
build_matter_list (ZfTransferDialog *self,
                   gint64            matter_id)
{
  g_autoptr(ZfQueryModel) matters = zf_query_model_new (self->store, zf_matter_query_spec ());
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  zf_query_model_set_filter_int (matters, ZF_MATTER_FILTER_BODY, self->body_id);
  zf_query_model_set_filter_text (matters, ZF_MATTER_FILTER_STATUS, "active");
  zf_query_model_set_sort (matters, ZF_MATTER_SORT_CODE, FALSE);
  zf_query_model_refresh (matters);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (matters)); i++)
    {
      g_autoptr(ZfMatter) matter = g_list_model_get_item (G_LIST_MODEL (matters), i);
      const char *code = zf_matter_get_code (matter);
      g_autofree char *label = g_strdup_printf ("%s %s", code ? code : "",
                                                zf_matter_get_name (matter));
      GtkWidget *check = gtk_check_button_new_with_label (g_strstrip (label));
      gint64 id = zf_record_get_id (ZF_RECORD (matter));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), id == matter_id);
      g_array_append_val (self->matter_ids, id);
      g_ptr_array_add (self->checks, check);
      gtk_list_box_append (GTK_LIST_BOX (list), check);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (list, "boxed-list");
  return scrolled;
}

static GtkDropDown *
build_target_dropdown (ZfTransferDialog *self)
{
  g_autoptr(ZfQueryModel) bodies = zf_query_model_new (self->store, zf_body_query_spec ());
  GtkDropDown *dropdown;

  zf_query_model_set_sort (bodies, ZF_BODY_SORT_NAME, FALSE);
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (bodies)), NULL));
  zf_dropdown_enable_search (dropdown, gtk_property_expression_new (ZF_TYPE_BODY, NULL, "name"));
  gtk_drop_down_set_selected (dropdown, GTK_INVALID_LIST_POSITION);
  return dropdown;
}

static GtkEntry *
add_row (GtkGrid    *grid,
         int         row,
         const char *label,
         GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
  return GTK_IS_ENTRY (widget) ? GTK_ENTRY (widget) : NULL;
}

ZfTransferDialog *
zf_transfer_dialog_new (ZfStore   *store,
                        gint64     body_id,
                        gint64     matter_id,
                        GtkWindow *parent)
{
  ZfTransferDialog *self;
  g_autofree char *today = zf_date_today ();
  GtkWidget *box, *grid, *matters_label;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_TRANSFER_DIALOG, "transient-for", parent, "modal", TRUE,
                       "title", _("Transfer matters"), "default-width", 560,
                       "default-height", 520, NULL);
  self->store = g_object_ref (store);
  self->body_id = body_id;

  box = GTK_WIDGET (zf_dialog_frame (GTK_WINDOW (self), _("_Transfer"),
                                     G_CALLBACK (on_transfer_clicked), &self->findings_list, NULL));
  matters_label = gtk_label_new (_("Matters to transfer (active matters of the body)"));
  gtk_label_set_xalign (GTK_LABEL (matters_label), 0);
  gtk_widget_add_css_class (matters_label, "heading");
  gtk_box_append (GTK_BOX (box), matters_label);
  gtk_box_append (GTK_BOX (box), build_matter_list (self, matter_id));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->target_dropdown = build_target_dropdown (self);
  add_row (GTK_GRID (grid), 0, _("_Receiving body"), GTK_WIDGET (self->target_dropdown));
  self->date_entry = add_row (GTK_GRID (grid), 1, _("_Date"), gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  self->doc_entry = add_row (GTK_GRID (grid), 2, _("Document _number"), gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->doc_entry, _("e.g. 某府办发〔2024〕12号"));
  self->reason_entry = add_row (GTK_GRID (grid), 3, _("Rea_son"), gtk_entry_new ());
  gtk_box_append (GTK_BOX (box), grid);

  return self;
}

static void
zf_transfer_dialog_finalize (GObject *object)
{
  ZfTransferDialog *self = ZF_TRANSFER_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->matter_ids, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_free (self->error_text);
  G_OBJECT_CLASS (zf_transfer_dialog_parent_class)->finalize (object);
}

static void
zf_transfer_dialog_class_init (ZfTransferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = zf_transfer_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* The number of matters transferred. */
  signals[TRANSFERRED] = g_signal_new ("transferred", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
zf_transfer_dialog_init (ZfTransferDialog *self)
{
  self->matter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checks = g_ptr_array_new ();
}
