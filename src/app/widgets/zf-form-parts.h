#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the hand-built dialogs share with the record dialog's forms. */

/* Shows @message in a form's error line, or hides the line when NULL. */
void  zf_error_label_show     (GtkLabel      *label,
                               const char    *message);
/* The whole text of @buffer (a form's multi-line field), as typed. */
char *zf_text_buffer_dup_text (GtkTextBuffer *buffer);

G_END_DECLS
