#define G_LOG_DOMAIN "zf-label-cells"

#include "config.h"

#include <math.h>

#include "zf-date.h"
#include "zf-label-cells.h"

/* Register cells are labels built in code. GtkBuilderListItemFactory would
 * parse a piece of XML and set up an expression watch for every cell of
 * every row, and GTK 4.8 builds 200 rows of a list however few are on
 * screen: for the bodies tab that was half of the window's start-up.
 *
 * The rows of a register are snapshots (a change in the store replaces the
 * item, see ZfQueryModel), so a cell is written when it is bound and never
 * needs to watch its item. */

/* The text @spec shows for @record: most often a string the record or
 * the code list owns; a text made for the cell is put in *@owned. */
static const char *
cell_text (const ZfCellSpec  *spec,
           ZfRecord          *record,
           char             **owned)
{
  const char *text;
  double value;

  switch (spec->kind)
    {
    case ZF_CELL_TEXT:
      text = zf_record_get_string (record, spec->field);
      return text ? text : "";
    case ZF_CELL_CODE:
      text = zf_record_get_string (record, spec->field);
      return text ? zf_code_label (spec->codes, text) : "";
    case ZF_CELL_DATE:
      text = zf_record_get_string (record, spec->field);
      return text ? (*owned = zf_date_format_display (text)) : "";
    case ZF_CELL_NUMBER:
      value = zf_record_get_double (record, spec->field);
      return isnan (value) ? "" : (*owned = g_strdup_printf ("%g", value));
    case ZF_CELL_INTEGER:
      return *owned = g_strdup_printf ("%" G_GINT64_FORMAT, zf_record_get_int (record, spec->field));
    case ZF_CELL_SCORE:
      value = zf_record_get_double (record, spec->field);
      return isnan (value) ? "" : (*owned = g_strdup_printf ("%.1f", value));
    default:
      g_return_val_if_reached ("");
    }
}

static gboolean
is_number (const ZfCellSpec *spec)
{
  return spec->kind == ZF_CELL_NUMBER || spec->kind == ZF_CELL_INTEGER ||
         spec->kind == ZF_CELL_SCORE;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            const ZfCellSpec         *spec)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), is_number (spec) ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           const ZfCellSpec         *spec)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  ZfRecord *record = gtk_list_item_get_item (item);
  g_autofree char *owned = NULL;

  gtk_label_set_label (label, ZF_IS_RECORD (record) ? cell_text (spec, record, &owned) : "");
}

GtkListItemFactory *
zf_label_cell_factory_new (const ZfCellSpec *spec)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (spec != NULL, factory);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) spec);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) spec);
  return factory;
}

char *
zf_label_cell_text (const ZfCellSpec *spec,
                    ZfRecord         *record)
{
  char *owned = NULL;
  const char *text;

  g_return_val_if_fail (spec != NULL && ZF_IS_RECORD (record), NULL);

  text = cell_text (spec, record, &owned);
  return owned != NULL ? owned : g_strdup (text);
}
