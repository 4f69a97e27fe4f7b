#define G_LOG_DOMAIN "zf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-import-dialog-private.h"
#include "zf-import-preview.h"
#include "zf-store-import.h"

/* The mapping page: each column of the file's header with the field it
 * goes to — of every sheet the import reads, a matters workbook's
 * transfers and duty assignments too — and the list of saved mappings. */

/* Each column's drop-down knows its part of the import (0: the sheet
 * read; then a matters workbook's transfers and duties sheets) and the
 * fields its items stand for (item 0: not imported). */
#define PART_KEY "part"
#define FIELDS_KEY "fields"
#define COLUMN_KEY "column"

static ZfImport *
part_of (ZfImportDialog *self,
         GtkDropDown    *dropdown)
{
  return zf_import_get_part (self->import,
                             GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), PART_KEY)));
}

static guint
item_of_field (GArray *fields,
               int     field)
{
  for (guint i = 1; i < fields->len; i++)
    if (g_array_index (fields, int, i) == field)
      return i;
  return 0;
}

static void
sync_mapping (ZfImportDialog *self)
{
  self->updating = TRUE;
  for (guint d = 0; d < self->column_dropdowns->len; d++)
    {
      GtkDropDown *dropdown = self->column_dropdowns->pdata[d];
      ZfImport *part = part_of (self, dropdown);
      const ZfImportRegister *reg = zf_import_get_register (part);
      GArray *fields = g_object_get_data (G_OBJECT (dropdown), FIELDS_KEY);
      int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dropdown), COLUMN_KEY));
      guint item = 0;

      for (guint f = 0; f < reg->n_fields; f++)
        if (zf_import_get_mapping (part, f) == column)
          item = item_of_field (fields, f);
      gtk_drop_down_set_selected (dropdown, item);
    }
  self->updating = FALSE;
}

static void
on_column_field_selected (GtkDropDown    *dropdown,
                          GParamSpec     *pspec,
                          ZfImportDialog *self)
{
  ZfImport *part;
  const ZfImportRegister *reg;
  GArray *fields = g_object_get_data (G_OBJECT (dropdown), FIELDS_KEY);
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dropdown), COLUMN_KEY));
  guint item = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->busy)
    return;

  part = part_of (self, dropdown);
  reg = zf_import_get_register (part);
  /* The preview reads the plan's rows, which a new mapping clears. */
  zf_import_preview_set_import (self->preview, NULL);
  self->planned = FALSE;
  for (guint f = 0; f < reg->n_fields; f++)
    if (zf_import_get_mapping (part, f) == column)
      zf_import_set_mapping (part, f, -1);
  if (item > 0 && item < fields->len)
    zf_import_set_mapping (part, g_array_index (fields, int, item), column);
  sync_mapping (self);
  zf_import_dialog_start_job (self, JOB_PLAN);
}

/* The drop-down's items: not imported, then every field of @reg the
 * user may map (a required one marked *), and the field of each item. */
static GtkStringList *
field_items (const ZfImportRegister *reg,
             GArray                 *fields)
{
  GtkStringList *items = gtk_string_list_new (NULL);
  int none = -1;

  gtk_string_list_append (items, _("(not imported)"));
  g_array_append_val (fields, none);
  for (guint f = 0; f < reg->n_fields; f++)
    {
      g_autofree char *label = NULL;
      int index = f;

      if (reg->fields[f].kind == ZF_IMPORT_HIDDEN)
        continue;
      label = reg->fields[f].required
        ? g_strdup_printf ("%s *", zf_import_field_label (&reg->fields[f]))
        : g_strdup (zf_import_field_label (&reg->fields[f]));
      gtk_string_list_append (items, label);
      g_array_append_val (fields, index);
    }
  return items;
}

/* The rows of the grid from @row for the columns of @part's header. */
static guint
add_part_columns (ZfImportDialog *self,
                  guint           index,
                  guint           row)
{
  ZfImport *part = zf_import_get_part (self->import, index);
  const ZfImportRegister *reg = zf_import_get_register (part);
  const ZfRow *header = zf_import_get_header (part);
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GtkStringList) items = field_items (reg, fields);

  if (header == NULL)
    return row;
  /* A workbook read with its other sheets: each sheet's columns under
   * its name and register. */
  if (zf_import_get_n_parts (self->import) > 1)
    {
      const char *sheet = zf_import_get_sheet (part);
      g_autofree char *title = g_strcmp0 (sheet, _(reg->label)) == 0
        ? g_strdup (sheet) : g_strdup_printf (_("%s (sheet “%s”)"), _(reg->label), sheet);
      GtkWidget *heading = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      if (row > 0)
        gtk_widget_set_margin_top (heading, 12);
      gtk_grid_attach (self->mapping_grid, heading, 0, row++, 3, 1);
    }
  for (guint c = 0; c < header->cells->len; c++, row++)
    {
      g_autofree char *letter = zf_column_letter (c);
      GtkWidget *letter_label = gtk_label_new (letter);
      GtkWidget *header_label = gtk_label_new (zf_row_get_text (header, c));
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (items)), NULL);

      gtk_widget_add_css_class (letter_label, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (header_label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (header_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (header_label), 10);
      gtk_widget_set_hexpand (header_label, TRUE);
      gtk_widget_set_tooltip_text (header_label, zf_row_get_text (header, c));
      g_object_set_data (G_OBJECT (dropdown), PART_KEY, GUINT_TO_POINTER (index));
      g_object_set_data (G_OBJECT (dropdown), COLUMN_KEY, GINT_TO_POINTER (c));
      g_object_set_data_full (G_OBJECT (dropdown), FIELDS_KEY, g_array_ref (fields),
                              (GDestroyNotify) g_array_unref);
      gtk_grid_attach (self->mapping_grid, letter_label, 0, row, 1, 1);
      gtk_grid_attach (self->mapping_grid, header_label, 1, row, 1, 1);
      gtk_grid_attach (self->mapping_grid, dropdown, 2, row, 1, 1);
      g_ptr_array_add (self->column_dropdowns, dropdown);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_column_field_selected), self);
    }
  return row;
}

void
zf_import_dialog_rebuild_mapping (ZfImportDialog *self)
{
  GtkWidget *child;
  guint row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_grid))))
    gtk_grid_remove (self->mapping_grid, child);
  g_ptr_array_set_size (self->column_dropdowns, 0);
  if (zf_import_get_header (self->import) == NULL)
    return;
  for (guint p = 0; p < zf_import_get_n_parts (self->import); p++)
    row = add_part_columns (self, p, row);
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

