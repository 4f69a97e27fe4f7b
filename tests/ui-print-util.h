#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs @operation as the print dialog's "Print to File" would, to a
 * temporary PDF, and returns that PDF's text (pdftotext) followed by a
 * line "Pages: N" and "Page size: W x H pts" from pdfinfo. */
char *ui_test_print_to_text (GtkPrintOperation *operation);

G_END_DECLS
