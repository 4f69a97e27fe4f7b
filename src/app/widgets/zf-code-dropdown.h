#pragma once

#include <gtk/gtk.h>

#include "zf-codes.h"

G_BEGIN_DECLS

/* A GtkDropDown over a code list: it shows the translated labels, and the
 * view reads and sets the code, never a position. */
GtkDropDown *zf_code_dropdown_new      (const ZfCodeList *list);
/* Fills a drop-down of a template with the labels of @list. */
void         zf_code_dropdown_set_list (GtkDropDown      *dropdown,
                                        const ZfCodeList *list);
/* Whether a code of the list is offered. */
typedef gboolean (*ZfCodeKeepFunc) (const char *code,
                                    gpointer    user_data);
/* Fills @dropdown with the labels of the codes of @list that @keep keeps
 * (all of them when @keep is NULL), in the list's order. */
void         zf_code_dropdown_set_list_filtered (GtkDropDown      *dropdown,
                                                 const ZfCodeList *list,
                                                 ZfCodeKeepFunc    keep,
                                                 gpointer          user_data);
/* The code chosen, or NULL when nothing is. */
const char  *zf_code_dropdown_get_code (GtkDropDown      *dropdown);
/* The code shown at @position (the order of the list's offered codes), or
 * NULL past the end. */
const char  *zf_code_dropdown_get_code_at (GtkDropDown    *dropdown,
                                           guint           position);
/* Chooses @code; an unknown code (or NULL) leaves the choice as it was. */
void         zf_code_dropdown_set_code (GtkDropDown      *dropdown,
                                        const char       *code);

/* Lets the user find an item of @dropdown by typing any part of the text
 * @expression (taken) gives for it, e.g. 农业 for 鄂城区农业农村局. Kept
 * when the drop-down's model is replaced. */
void         zf_dropdown_enable_search (GtkDropDown      *dropdown,
                                        GtkExpression    *expression);

G_END_DECLS
