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
/* The code chosen, or NULL when nothing is. */
const char  *zf_code_dropdown_get_code (GtkDropDown      *dropdown);
/* Chooses @code; an unknown code (or NULL) leaves the choice as it was. */
void         zf_code_dropdown_set_code (GtkDropDown      *dropdown,
                                        const char       *code);

G_END_DECLS
