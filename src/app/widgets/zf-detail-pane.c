#define G_LOG_DOMAIN "zf-detail-pane"

#include "config.h"

#include "zf-date.h"
#include "zf-detail-pane.h"

void
zf_detail_clear (GtkWidget *container)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_GRID (container) || GTK_IS_LIST_BOX (container));

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_grid_remove (GTK_GRID (container), child);
    }
}

void
zf_detail_add_field (GtkGrid    *grid,
                     int        *row,
                     const char *label,
                     const char *value)
{
  GtkWidget *name;
  GtkWidget *text;

  if (value == NULL || *value == '\0')
    return;

  /* The name stays level with the first line of a value that wraps. */
  name = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (name), 1.0);
  gtk_label_set_yalign (GTK_LABEL (name), 0.0);
  gtk_widget_add_css_class (name, "field-label");

  text = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_grid_attach (grid, name, 0, *row, 1, 1);
  gtk_grid_attach (grid, text, 1, *row, 1, 1);
  (*row)++;
}

void
zf_detail_add_date_field (GtkGrid    *grid,
                          int        *row,
                          const char *label,
                          const char *iso)
{
  g_autofree char *text = zf_date_format_display (iso);

  zf_detail_add_field (grid, row, label, text);
}

GtkWidget *
zf_detail_text_row (const char *text,
                    const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 8);
  gtk_widget_set_margin_end (label, 8);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}
