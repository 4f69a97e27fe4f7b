#pragma once

#include <gtk/gtk.h>

#include "zf-codes.h"
#include "zf-label-cells.h"
#include "zf-query-model.h"
#include "zf-record.h"

G_BEGIN_DECLS

/* A column's width: fixed in pixels when > 0; as wide as its cells when
 * ZF_PAGE_COLUMN_NATURAL (the widest of the first rows listed, up to
 * ZF_PAGE_NAME_MAX_WIDTH); when 0, a name (a body, a law, a matter…):
 * the same, and sharing the room left with the other names. Names and
 * ZF_PAGE_COLUMN_SHORT columns (a few words whose whole the detail
 * gives) are shortened with "…" when the list is narrower than its
 * columns. A width the user gives a column is kept instead. */
#define ZF_PAGE_COLUMN_NATURAL (-1)
#define ZF_PAGE_COLUMN_SHORT   (-2)
#define ZF_PAGE_NAME_MAX_WIDTH 420

/* One column of a register page: its title, what its cells show, and
 * which of the query spec's sorts its header asks for. */
typedef struct
{
  const char       *title;      /* msgid */
  ZfCellSpec        cell;
  int               sort;       /* the spec's sort key, or -1 */
  int               width;      /* see ZF_PAGE_COLUMN_NATURAL */
  const char       *context;    /* msgctxt of @title, or NULL */
} ZfPageColumn;

#define ZF_TYPE_REGISTER_PAGE (zf_register_page_get_type ())

G_DECLARE_FINAL_TYPE (ZfRegisterPage, zf_register_page, ZF, REGISTER_PAGE, GtkWidget)

/* One register tab: a search entry, filters and the page's buttons above
 * a column view over a ZfQueryModel (sorted and filtered in SQL), a
 * status bar with the row count below, and optionally a detail pane
 * beside the list.
 *
 * Emits "activated" when a row is activated (double click, Enter), and
 * "reload" once, on idle, after the selected row or the store changed:
 * the moment to read the selected row again and redraw the detail.
 *
 * A page in a view's template is completed with zf_register_page_set_up()
 * when the view has its store. The template may set "autoselect" (default
 * TRUE: the first row is selected) and "detail-position", and add children
 * of type "tool" (tool bar), "status" (status bar) and "detail". */
ZfRegisterPage *zf_register_page_new          (ZfStore            *store,
                                               const ZfQuerySpec  *spec,
                                               const ZfPageColumn *columns,
                                               guint               n_columns,
                                               const char         *search_hint);
void            zf_register_page_set_up       (ZfRegisterPage     *self,
                                               ZfStore            *store,
                                               const ZfQuerySpec  *spec,
                                               const ZfPageColumn *columns,
                                               guint               n_columns,
                                               const char         *search_hint);
/* The status bar's count, as the plural message @one / @many with a
 * "%u" ("%u body", "%u bodies"; the default is "%u entry"). xgettext
 * takes them as a plural message (see po/meson.build). */
/* Remembers the widths the user gives the columns and the order they are
 * dragged into, under @name (the app's GSettings), and restores them now. */
void            zf_register_page_remember_columns (ZfRegisterPage *self,
                                                   const char     *name);
/* The text column @column's cells show, when its view draws them itself
 * (not the field's text): what its width is fitted to. */
typedef char *(*ZfPageColumnText) (ZfRecord *record);
void            zf_register_page_set_column_text (ZfRegisterPage  *self,
                                                  guint            column,
                                                  ZfPageColumnText text);
void            zf_register_page_set_count_text (ZfRegisterPage   *self,
                                                 const char       *one,
                                                 const char       *many);
/* A button for @action_name at the end of the page's tool bar. */
GtkWidget      *zf_register_page_add_button   (ZfRegisterPage     *self,
                                               const char         *label,
                                               const char         *action_name,
                                               const char         *tooltip);
void            zf_register_page_add_widget   (ZfRegisterPage     *self,
                                               GtkWidget          *widget);
/* What the page says in place of the list while the register is empty
 * (@title, @description: translated), and a button for @action_name it
 * offers then (the first one suggested). A search or filter that finds
 * nothing says so on its own and offers to clear the search. */
void            zf_register_page_set_empty_text (ZfRegisterPage   *self,
                                                 const char       *title,
                                                 const char       *description);
/* Filter @slot of the model chooses which list the page shows (the
 * chosen body's), rather than narrowing it: an empty list under it is
 * that list being empty, not "no results". */
void            zf_register_page_set_scope_filter (ZfRegisterPage *self,
                                                   guint           slot);
GtkWidget      *zf_register_page_add_empty_button (ZfRegisterPage *self,
                                                   const char     *label,
                                                   const char     *action_name);
/* A filter of the list by one code list, in the tool bar: "@any" and the
 * label of each code; the choice sets filter @slot of the model. */
GtkDropDown    *zf_register_page_add_code_filter (ZfRegisterPage   *self,
                                                  guint             slot,
                                                  const char       *tooltip,
                                                  const char       *any,
                                                  const ZfCodeList *codes);
/* A widget at the end of the status bar (progress of an export…). */
void            zf_register_page_add_status_widget (ZfRegisterPage *self,
                                                    GtkWidget      *widget);
/* Puts @detail beside the list, the divider @position pixels from the left. */
void            zf_register_page_set_detail   (ZfRegisterPage     *self,
                                               GtkWidget          *detail,
                                               int                 position);
ZfQueryModel   *zf_register_page_get_model    (ZfRegisterPage     *self);
/* The ids (gint64) of the rows the list shows when a search or a filter
 * (other than a scope filter) narrows it, for an export of what the user
 * sees; NULL when the list shows its whole register. Free with
 * g_array_unref(). */
GArray         *zf_register_page_get_shown_ids (ZfRegisterPage    *self);
GListModel     *zf_register_page_get_selection (ZfRegisterPage    *self);
/* The selected row (owned by the model), or NULL. */
ZfRecord       *zf_register_page_get_selected (ZfRegisterPage     *self);
/* Selects the row of @id, if listed, and scrolls it into view. A row the
 * user selected stays selected when the list is refreshed (a save, a
 * write behind it) for as long as it is listed. */
void            zf_register_page_select_id    (ZfRegisterPage     *self,
                                               gint64              id);
void            zf_register_page_set_status   (ZfRegisterPage     *self,
                                               const char         *text);
/* Shows @text with buttons that open @path (a file just written) and its
 * folder; NULL @path hides them, as zf_register_page_set_status() does. */
void            zf_register_page_set_status_file (ZfRegisterPage  *self,
                                                  const char      *text,
                                                  const char      *path);
const char     *zf_register_page_get_status_file (ZfRegisterPage  *self);
GtkSearchEntry *zf_register_page_get_search_entry (ZfRegisterPage *self);
GtkColumnView  *zf_register_page_get_column_view  (ZfRegisterPage *self);
/* Fits the columns to the rows listed now (done on idle after every
 * change of the list; tests call it to wait no longer). */
void            zf_register_page_fit_names        (ZfRegisterPage *self);

G_END_DECLS
