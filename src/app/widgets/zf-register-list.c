#define G_LOG_DOMAIN "zf-register-list"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-code-dropdown.h"
#include "zf-register-list.h"
#include "zf-sql-sorter.h"
#include "zf-store-bodies.h"

/* GTK 4.8's list view makes a row, bound and measured, for each of the
 * first 200 items of its model however few fit on screen. For the tab a
 * window opens on, that was most of what its list cost the first frame
 * (about 70 ms at 3,000 bodies). So a list starts with the rows a screen
 * can show and is given the rest in the frame after its first: what the
 * user sees first comes sooner, and nothing is left out. */
#define ROWS_AT_FIRST_FRAME 40

typedef struct
{
  GtkSliceListModel *rows;
  guint              ticks;
} FirstFrame;

static void
first_frame_free (gpointer data)
{
  FirstFrame *first = data;

  g_object_unref (first->rows);
  g_free (first);
}

static gboolean
show_all_rows (GtkWidget     *column_view,
               GdkFrameClock *clock,
               gpointer       data)
{
  FirstFrame *first = data;

  /* The first tick comes before the first frame is drawn, the second
   * after it. */
  if (first->ticks++ == 0)
    return G_SOURCE_CONTINUE;
  gtk_slice_list_model_set_size (first->rows, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* A cell cut short (a basis, a condition, a long body name) shows its whole
 * text as the tooltip. One handler on the list asks the label under the
 * pointer: a tooltip set on every cell at bind time cost the first frame
 * more than the cells themselves. */
const char *
zf_register_list_get_cut_text (GtkWidget *column_view,
                               double     x,
                               double     y)
{
  GtkWidget *picked = gtk_widget_pick (column_view, x, y, GTK_PICK_DEFAULT);

  if (!GTK_IS_LABEL (picked) || !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (picked))))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (picked));
}

static gboolean
on_query_tooltip (GtkWidget  *column_view,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = keyboard ? NULL : zf_register_list_get_cut_text (column_view, x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

GtkSingleSelection *
zf_register_list_set_model (GtkColumnView *column_view,
                            ZfQueryModel  *model,
                            gboolean       autoselect)
{
  GtkSliceListModel *rows;
  GtkSingleSelection *selection;
  FirstFrame *first;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (column_view), NULL);
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (model), NULL);

  rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (model)), 0, ROWS_AT_FIRST_FRAME);
  first = g_new0 (FirstFrame, 1);
  first->rows = g_object_ref (rows);
  gtk_widget_add_tick_callback (GTK_WIDGET (column_view), show_all_rows, first, first_frame_free);
  selection = gtk_single_selection_new (G_LIST_MODEL (rows));
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_autoselect (selection, autoselect);
  gtk_column_view_set_model (column_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_set_has_tooltip (GTK_WIDGET (column_view), TRUE);
  g_signal_connect (column_view, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  return selection;
}

ZfQueryModel *
zf_register_list_get_query_model (GtkSingleSelection *selection)
{
  GtkSliceListModel *rows;

  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), NULL);

  rows = GTK_SLICE_LIST_MODEL (gtk_single_selection_get_model (selection));
  /* Whoever asks for the model is past the first frame. */
  gtk_slice_list_model_set_size (rows, G_MAXUINT);
  return ZF_QUERY_MODEL (gtk_slice_list_model_get_model (rows));
}

static void
on_sorter_changed (GtkSorter       *sorter,
                   GtkSorterChange  change,
                   ZfQueryModel    *model)
{
  /* Sort 0 is every spec's default order, used when no column sorts. */
  guint key = 0;
  gboolean descending = FALSE;

  /* See zf-sql-sorter.c for why the view's sorter is probed. */
  zf_sql_sorter_probe (sorter, &key, &descending);
  zf_query_model_set_sort (model, key, descending);
}

void
zf_register_list_sort_in_sql (GtkColumnView       *column_view,
                              ZfQueryModel        *model,
                              GtkColumnViewColumn *first)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));
  g_return_if_fail (ZF_IS_QUERY_MODEL (model));

  g_signal_connect_object (gtk_column_view_get_sorter (column_view), "changed",
                           G_CALLBACK (on_sorter_changed), model, 0);
  if (first != NULL)
    gtk_column_view_sort_by_column (column_view, first, GTK_SORT_ASCENDING);
}

void
zf_register_list_select_id (GtkSingleSelection *selection,
                            gint64              id)
{
  ZfQueryModel *model;
  guint position;

  g_return_if_fail (GTK_IS_SINGLE_SELECTION (selection));

  model = zf_register_list_get_query_model (selection);
  position = zf_query_model_find_id (model, id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (selection, position);
}

void
zf_register_list_scroll_to (GtkColumnView *column_view,
                            guint          position)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));

  /* GTK 4.8 has no gtk_column_view_scroll_to() (4.12); the list view
   * inside the column view has the action that scrolls a row into view
   * with the least movement. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

void
zf_register_list_show_count (GtkLabel     *label,
                             ZfQueryModel *model,
                             const char   *one,
                             const char   *many)
{
  const GError *error = zf_query_model_get_error (model);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      gtk_label_set_text (label, error->message);
      return;
    }
  text = g_strdup_printf (ngettext (one, many, n), n);
  gtk_label_set_text (label, text);
}

void
zf_register_list_search (ZfQueryModel *model,
                         GtkEditable  *entry)
{
  const char *text = gtk_editable_get_text (entry);

  zf_query_model_set_search (model, *text != '\0' ? text : NULL);
}

void
zf_register_list_fill_code_filter (GtkDropDown      *drop_down,
                                   const char       *any,
                                   const ZfCodeList *codes)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, any);
  for (guint i = 0; i < codes->n_codes; i++)
    gtk_string_list_append (labels, zf_code_label (codes, codes->codes[i].code));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
}

void
zf_register_list_apply_code_filter (ZfQueryModel     *model,
                                    guint             slot,
                                    GtkDropDown      *drop_down,
                                    const ZfCodeList *codes)
{
  guint chosen = gtk_drop_down_get_selected (drop_down);

  /* Position 0 is "any"; code i is at i + 1. */
  if (chosen != GTK_INVALID_LIST_POSITION && chosen > 0 && chosen <= codes->n_codes)
    zf_query_model_set_filter_text (model, slot, codes->codes[chosen - 1].code);
  else
    zf_query_model_clear_filter (model, slot);
}

gint64
zf_register_list_get_body_filter (GtkDropDown *drop_down,
                                  GArray      *body_ids)
{
  guint chosen = gtk_drop_down_get_selected (drop_down);

  return chosen != GTK_INVALID_LIST_POSITION && chosen < body_ids->len
         ? g_array_index (body_ids, gint64, chosen) : 0;
}

void
zf_register_list_fill_body_filter (GtkDropDown *drop_down,
                                   GArray      *body_ids,
                                   ZfStore     *store)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(ZfQueryModel) bodies = zf_query_model_new (store, zf_body_query_spec ());
  guint n = g_list_model_get_n_items (G_LIST_MODEL (bodies));
  gint64 chosen_id = zf_register_list_get_body_filter (drop_down, body_ids);
  guint chosen = 0;
  gint64 any = 0;

  g_array_set_size (body_ids, 0);
  gtk_string_list_append (names, _("All bodies"));
  g_array_append_val (body_ids, any);
  /* A few hundred bodies at most: fine for a drop-down. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZfBody) body = g_list_model_get_item (G_LIST_MODEL (bodies), i);
      gint64 id = zf_record_get_id (ZF_RECORD (body));

      gtk_string_list_append (names, zf_body_get_name (body));
      g_array_append_val (body_ids, id);
      if (id == chosen_id)
        chosen = i + 1;
    }
  zf_dropdown_enable_search (drop_down,
                             gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (drop_down, chosen);
}

void
zf_register_list_dispose_template (GtkWidget *widget,
                                   GType      type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (widget, type);
  /* Only bound template children are unparented by the call above. */
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

GtkWindow *
zf_register_list_get_toplevel (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The "store" property, shared by classes that store it at different
 * offsets: each class records its own, found again from the pspec's owner. */

enum { PROP_0, PROP_STORE };

static GQuark
store_offset_quark (void)
{
  return g_quark_from_static_string ("zf-register-list-store-offset");
}

static ZfStore **
store_field (GObject    *object,
             GParamSpec *pspec)
{
  gsize offset = GPOINTER_TO_SIZE (g_type_get_qdata (pspec->owner_type, store_offset_quark ()));

  g_assert (offset > 0);
  return G_STRUCT_MEMBER_P (object, offset);
}

static void
store_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, *store_field (object, pspec));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
store_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  if (prop_id == PROP_STORE)
    *store_field (object, pspec) = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

void
zf_register_list_install_store (GObjectClass *object_class,
                                gsize         store_offset)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (object_class));
  g_return_if_fail (store_offset > 0);

  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), store_offset_quark (),
                    GSIZE_TO_POINTER (store_offset));
  object_class->get_property = store_get_property;
  object_class->set_property = store_set_property;
  g_object_class_install_property (object_class, PROP_STORE,
                                   g_param_spec_object ("store", NULL, NULL, ZF_TYPE_STORE,
                                                        G_PARAM_READWRITE |
                                                        G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS));
}

GtkPrintOperation *
zf_register_list_new_print_operation (const char     *job_name,
                                      gpointer        document,
                                      GDestroyNotify  document_free,
                                      GCallback       begin_print,
                                      GCallback       draw_page)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, job_name);
  g_object_set_data_full (G_OBJECT (operation), "zf-document", document, document_free);
  g_signal_connect (operation, "begin-print", begin_print, document);
  g_signal_connect (operation, "draw-page", draw_page, document);
  return operation;
}

gboolean
zf_register_list_print (GtkWidget          *owner,
                        GtkPrintOperation  *operation,
                        GError            **error)
{
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  zf_register_list_get_toplevel (owner), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
