#pragma once

#include <gtk/gtk.h>

#include "zf-codes.h"
#include "zf-query-model.h"

G_BEGIN_DECLS

/* The list half every register view shares: a ZfQueryModel behind a single
 * selection in a column view whose columns sort in SQL. */

/* A selection over @model, set on @column_view; rows can be unselected,
 * and a cell cut short shows its whole text as a tooltip.
 * Without @autoselect nothing is selected until the user picks a row. The
 * selection lists the first rows only until the view's first frame is
 * drawn (see zf-register-list.c), or until the model is asked for with
 * zf_register_list_get_query_model(). */
GtkSingleSelection *zf_register_list_set_model        (GtkColumnView       *column_view,
                                                       ZfQueryModel        *model,
                                                       gboolean             autoselect);
/* The whole text of the cell at (@x, @y) of @column_view when the cell
 * shows it cut short, else NULL: what the list's tooltip shows. */
const char         *zf_register_list_get_cut_text     (GtkWidget           *column_view,
                                                       double               x,
                                                       double               y);
/* The ZfQueryModel behind a selection of zf_register_list_set_model(),
 * every row of it listed from now on. */
ZfQueryModel       *zf_register_list_get_query_model  (GtkSingleSelection  *selection);
/* Sorts @model by the column whose header the user clicks (columns carry a
 * ZfSqlSorter), starting with @first ascending; NULL keeps the spec's
 * default order. */
void                zf_register_list_sort_in_sql      (GtkColumnView       *column_view,
                                                       ZfQueryModel        *model,
                                                       GtkColumnViewColumn *first);
/* Selects the row of @id in @selection (over a ZfQueryModel), if listed. */
void                zf_register_list_select_id        (GtkSingleSelection  *selection,
                                                       gint64               id);
/* Scrolls @column_view so that the row at @position shows. */
void                zf_register_list_scroll_to        (GtkColumnView       *column_view,
                                                       guint                position);
/* Shows in @label how many rows @model lists, in the plural form of
 * ngettext (@one, @many), both with a "%u" ("%u body", "%u bodies"), or
 * the model's error. xgettext takes @one and @many as a plural message
 * (the keyword is in po/meson.build and tools/update-potfiles). */
void                zf_register_list_show_count       (GtkLabel            *label,
                                                       ZfQueryModel        *model,
                                                       const char          *one,
                                                       const char          *many);
/* Searches @model for the text of @entry; an empty entry lists all. */
void                zf_register_list_search           (ZfQueryModel        *model,
                                                       GtkEditable         *entry);
/* A filter of a register by one closed list of codes: @drop_down offers
 * @any ("Any kind") and then the label of each code of @codes. */
void                zf_register_list_fill_code_filter (GtkDropDown         *drop_down,
                                                       const char          *any,
                                                       const ZfCodeList    *codes);
/* Sets filter @slot of @model to the code chosen in @drop_down (filled by
 * zf_register_list_fill_code_filter()), or clears it for @any. */
void                zf_register_list_apply_code_filter (ZfQueryModel       *model,
                                                        guint               slot,
                                                        GtkDropDown        *drop_down,
                                                        const ZfCodeList   *codes);
/* A filter of a register by body: @drop_down offers "All bodies" and then
 * every body by name, @body_ids (gint64) holding the id of each entry, 0
 * for all. Filled again (when bodies change), it keeps the body chosen. */
void                zf_register_list_fill_body_filter (GtkDropDown         *drop_down,
                                                       GArray              *body_ids,
                                                       ZfStore             *store);
/* The body chosen in a filter of zf_register_list_fill_body_filter(), or 0. */
gint64              zf_register_list_get_body_filter  (GtkDropDown         *drop_down,
                                                       GArray              *body_ids);
/* Disposes @widget's template of @type and unparents the children the
 * template holds without binding them. */
void                zf_register_list_dispose_template (GtkWidget           *widget,
                                                       GType                type);
GtkWindow          *zf_register_list_get_toplevel     (GtkWidget           *widget);
/* Installs the construct-only "store" property that the window and each of
 * its pages are built with, kept in the ZfStore pointer at @store_offset
 * of the instance; the class must have no other property. */
void                zf_register_list_install_store    (GObjectClass        *object_class,
                                                       gsize                store_offset);
/* A print operation for @document on A4 without margins: the document
 * draws its own, as in its PDF, so the paper matches the exported file.
 * @begin_print and @draw_page are the operation's signal handlers, called
 * with @document; the operation owns @document, since a preview may
 * outlive the call that printed. */
GtkPrintOperation  *zf_register_list_new_print_operation (const char     *job_name,
                                                          gpointer        document,
                                                          GDestroyNotify  document_free,
                                                          GCallback       begin_print,
                                                          GCallback       draw_page);
/* Runs @operation with the print dialog over @owner's window. */
gboolean            zf_register_list_print            (GtkWidget           *owner,
                                                       GtkPrintOperation   *operation,
                                                       GError             **error);

G_END_DECLS
