#define G_LOG_DOMAIN "zf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-import-dialog-private.h"
#include "zf-import-preview.h"
#include "zf-store-import.h"

/* The mapping page: each column of the file's header with the field it
 * goes to, and the list of saved mappings. */

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
  zf_import_dialog_start_job (self, JOB_PLAN);
}

void
zf_import_dialog_rebuild_mapping (ZfImportDialog *self)
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

void
zf_import_dialog_fill_saved_mappings (ZfImportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const ZfImportRegister *reg = zf_import_dialog_selected_register (self);
  g_autoptr(GPtrArray) saved = zf_store_list_import_mappings (self->store, reg->name, NULL);

  gtk_string_list_append (names, _("Guess from the headers"));
  for (guint i = 0; saved && i < saved->len; i++)
    gtk_string_list_append (names, saved->pdata[i]);
  self->updating = TRUE;
  gtk_drop_down_set_model (self->saved_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->saved_dropdown, 0);
  self->updating = FALSE;
}

