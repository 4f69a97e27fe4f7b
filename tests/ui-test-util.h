#pragma once

#include <gtk/gtk.h>

#include "zf-window.h"

G_BEGIN_DECLS

/* Lets idles (detail reloads, list refreshes) and a few frames run:
 * 300 ms, then until nothing is pending. */
void  ui_test_settle          (void);

/* The text of every label shown inside @widget, one per line, with a line
 * break before the first: search it for "\nTEXT\n". */
char *ui_test_shown_text      (GtkWidget  *widget);

/* Removes a test database with its WAL files, then its directory. */
void  ui_test_remove_database (const char *dir,
                               const char *path);

/* The main window over a database of its own in a temporary directory:
 * the fixture of the tests of the whole window. */
typedef struct
{
  char     *dir;
  char     *path;
  ZfStore  *store;
  ZfWindow *window;
} UiTestWindow;

/* Creates the empty database, its directory named after @name. */
void  ui_test_window_open_store (UiTestWindow   *w,
                                 const char     *name);
/* Fills the database with the demo registers, at these sizes. */
void  ui_test_window_fill_demo  (UiTestWindow   *w,
                                 guint           officers,
                                 guint           matters,
                                 guint           cases);
/* Presents @app's window over the database, @width × @height (0: its
 * own size), and lets it draw. */
void  ui_test_window_present    (UiTestWindow   *w,
                                 GtkApplication *app,
                                 int             width,
                                 int             height);
/* Destroys every toplevel window but @keep, and lets them go. */
void  ui_test_destroy_other_windows (GtkWindow *keep);
/* Destroys the windows a test left open, then the main window; asserts
 * that the window and the store are finalized; removes the database. */
void  ui_test_window_close      (UiTestWindow   *w);

/* Runs @operation as the print dialog's "Print to File" would, to a
 * temporary PDF, and returns that PDF's text (pdftotext) followed by a
 * line "Pages: N" and "Page size: W x H pts" from pdfinfo. */
char *ui_test_print_to_text  (GtkPrintOperation *operation);

/* Saves what @widget shows as NAME.png in $ZF_TEST_SCREENSHOT_DIR, when
 * that is set (for looking at a view a change touched); else nothing. */
void  ui_test_screenshot     (GtkWidget  *widget,
                              const char *name);

/* Appends every text a widget under @widget shows: labels, buttons'
 * labels, tooltips, placeholders, column titles, stack page titles. */
void  ui_test_collect_shown   (GtkWidget  *widget,
                               GPtrArray  *texts);
/* Whether @text, meant for a zh_CN user, holds a word of English: Latin
 * letters other than codes in capitals (PDF, ID, GBK) and the names of
 * formats and keys the Chinese interface also uses (xlsx, Ctrl…). */
gboolean ui_test_has_english  (const char *text);
/* The first widget of @type under @widget (itself included), or NULL. */
GtkWidget *ui_test_find_widget (GtkWidget *widget,
                                GType      type);
/* The check button under @widget whose label is @label, or NULL. */
GtkWidget *ui_test_find_check_button (GtkWidget  *widget,
                                      const char *label);

/* The rows of the first sheet of the workbook at @path under its title,
 * subtitle and header rows, each as its cells joined by tabs. */
GPtrArray *ui_test_xlsx_data_rows (const char *path);

G_END_DECLS
