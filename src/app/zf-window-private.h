#pragma once

#include "zf-bodies-view.h"
#include "zf-window.h"

G_BEGIN_DECLS

struct _ZfWindow
{
  GtkApplicationWindow  parent_instance;

  ZfStore              *store;
  GSettings            *settings;   /* NULL when the schema is not installed */
  guint                 poll_source;

  /* Template widgets */
  GtkStack             *stack;
  GtkMenuButton        *menu_button;
  GtkButton            *new_button;

  GMenu                *primary_menu;  /* the tab's section, then the shared ones */

  ZfBodiesView         *bodies_view;
};

/* zf-window-actions.c */
void zf_window_class_install_body_actions (GtkWidgetClass *widget_class);
void zf_window_update_body_actions        (ZfWindow       *self);

/* zf-window-tabs.c */
void zf_window_class_install_tab_actions (GtkWidgetClass *widget_class);
void zf_window_build_primary_menu        (ZfWindow       *self);
void zf_window_update_tab_actions        (ZfWindow       *self);
/* The page widget of the tab shown (a lazy tab's once made). */
GtkWidget *zf_window_visible_page        (ZfWindow       *self);

/* zf-window-import.c */
void zf_window_class_install_import_action (GtkWidgetClass *widget_class);

G_END_DECLS
