#pragma once

#include "zf-register-page.h"

G_BEGIN_DECLS

/* Every register tab is one of these: the checklists tab shows seven
 * registers that differ only in their columns, the bodies, officers and
 * cases tabs one each with a detail pane. Columns are built at run time
 * from a table (cells from zf-label-cells.c) rather than written out in
 * each view's template. */
struct _ZfRegisterPage
{
  GtkWidget           parent_instance;

  ZfStore            *store;
  ZfQueryModel       *model;
  GtkSingleSelection *selection;
  gboolean            autoselect;
  const char         *count_one;
  const char         *count_many;
  guint               reload_idle;
  /* The row the user selected, found again by id when a refresh of the
   * list replaces its item (a write behind the row: an evaluation of a
   * case, an event of an officer). */
  gint64              selected_id;
  gboolean            model_changing;
  GtkWidget          *paned;       /* when there is a detail pane */
  int                 detail_position;

  /* Template widgets */
  GtkWidget          *list_box;
  GtkSearchEntry     *search_entry;
  GtkBox             *button_box;
  GtkColumnView      *column_view;
  GtkBox             *status_bar;
  GtkLabel           *status_label;
  GtkWidget          *empty_box;
  GtkLabel           *empty_title;
  GtkLabel           *empty_description;
  GtkBox             *empty_buttons;
  GtkWidget          *clear_search_button;
  GtkWidget          *open_file_button;
  GtkWidget          *open_folder_button;
  char               *written_path;   /* the file the buttons open */

  /* The name columns' widths follow the rows listed until the user sets
   * one (zf-register-page-layout.c). */
  guint               fit_idle;
  gboolean            fitting;
  int                 fitted_room;    /* the list's width at the last fit */
  gboolean            watching_room;

  /* The user's widths and order of the columns, remembered by name. */
  char               *layout_name;
  GSettings          *settings;
  guint               save_idle;
  guint               detail_save_idle;

  /* What an empty register says and offers (translated). */
  char               *empty_title_text;
  char               *empty_description_text;
  GPtrArray          *empty_actions;  /* buttons in empty_buttons */
  guint               scope_slots;    /* filters that choose the list, not narrow it */
};

/* A column of the page whose width follows the rows listed, with the
 * spec of its cells: a name (@name, sharing the room left) or a short
 * text (a code, a date, a number); a name, or a text @shortened, gives
 * up room when the list lacks it. */
void     zf_register_page_add_fitted_column (ZfRegisterPage      *self,
                                             GtkColumnViewColumn *column,
                                             const ZfCellSpec    *cell,
                                             gboolean             name,
                                             gboolean             shortened);
/* Fits the name columns again on idle. */
void     zf_register_page_queue_fit       (ZfRegisterPage     *self);

/* Saves the columns' widths and order now (zf-register-page-layout.c);
 * a GSourceFunc for the delayed save. */
gboolean zf_register_page_save_layout (gpointer data);
/* Saves the divider's position now when a save of it is pending. */
void     zf_register_page_save_detail_position (ZfRegisterPage *self);

G_END_DECLS
