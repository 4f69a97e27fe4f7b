#pragma once

#include <gtk/gtk.h>

#include "zf-codes.h"
#include "zf-label-cells.h"
#include "zf-query-model.h"
#include "zf-record.h"

G_BEGIN_DECLS

/* One column of a register page: its title, what its cells show, and
 * which of the query spec's sorts its header asks for. */
typedef struct
{
  const char       *title;      /* msgid */
  ZfCellSpec        cell;
  int               sort;       /* the spec's sort key, or -1 */
  int               width;      /* fixed width in pixels; 0: the column expands */
} ZfPageColumn;

#define ZF_TYPE_REGISTER_PAGE (zf_register_page_get_type ())

G_DECLARE_FINAL_TYPE (ZfRegisterPage, zf_register_page, ZF, REGISTER_PAGE, GtkWidget)

/* A searchable, SQL-sorted list of one register: a search entry and the
 * page's buttons above a column view over a ZfQueryModel, a row count
 * below. Emits "activated" when a row is activated (double click, Enter). */
ZfRegisterPage *zf_register_page_new          (ZfStore            *store,
                                               const ZfQuerySpec  *spec,
                                               const ZfPageColumn *columns,
                                               guint               n_columns,
                                               const char         *search_hint);
/* A button for @action_name at the end of the page's tool bar. */
GtkWidget      *zf_register_page_add_button   (ZfRegisterPage     *self,
                                               const char         *label,
                                               const char         *action_name,
                                               const char         *tooltip);
void            zf_register_page_add_widget   (ZfRegisterPage     *self,
                                               GtkWidget          *widget);
ZfQueryModel   *zf_register_page_get_model    (ZfRegisterPage     *self);
GListModel     *zf_register_page_get_selection (ZfRegisterPage    *self);
/* The selected row (owned by the model), or NULL. */
ZfRecord       *zf_register_page_get_selected (ZfRegisterPage     *self);
void            zf_register_page_select_id    (ZfRegisterPage     *self,
                                               gint64              id);
void            zf_register_page_set_status   (ZfRegisterPage     *self,
                                               const char         *text);
GtkSearchEntry *zf_register_page_get_search_entry (ZfRegisterPage *self);

G_END_DECLS
