#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The pieces of a register page's detail pane: a grid of labelled fields
 * and list boxes of text rows, rebuilt for each selected row. */

/* Removes every child of @container, a GtkGrid or a GtkListBox. */
void       zf_detail_clear          (GtkWidget  *container);
/* Adds "@label  @value" as row *@row of @grid and advances *@row; an
 * empty @value adds nothing. */
void       zf_detail_add_field      (GtkGrid    *grid,
                                     int        *row,
                                     const char *label,
                                     const char *value);
/* The same for an ISO date, shown in the user's form. */
void       zf_detail_add_date_field (GtkGrid    *grid,
                                     int        *row,
                                     const char *label,
                                     const char *iso);
/* A row of wrapped text for a list box; @css_class may be NULL. */
GtkWidget *zf_detail_text_row       (const char *text,
                                     const char *css_class);

G_END_DECLS
