#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "zf-officer-export.h"
#include "zf-store-officers.h"

G_BEGIN_DECLS

#define ZF_TYPE_HOLDER_LIST (zf_holder_list_get_type ())

G_DECLARE_FINAL_TYPE (ZfHolderList, zf_holder_list, ZF, HOLDER_LIST, GObject)

/* 持证人员名单: the printable certificate-holder list, a table grouped by
 * body with the header row on every page and "第 N 页 共 M 页" below. The
 * same drawing serves the PDF export and GtkPrintOperation, so a printed
 * page and the PDF match. Rows are read from the store page by page: memory
 * does not grow with the list. @filter's status defaults to "valid".
 * A NULL @issuer (制表单位) is the unit of the register's settings. */
ZfHolderList *zf_holder_list_new         (ZfStore               *store,
                                          const ZfOfficerFilter *filter,
                                          const char            *issuer,
                                          const char            *date);

/* First pass over the query: lays out pages of @width × @height points and
 * counts them. Must be called before drawing. */
gboolean      zf_holder_list_paginate    (ZfHolderList  *self,
                                          double         width,
                                          double         height,
                                          GCancellable  *cancellable,
                                          GError       **error);
int           zf_holder_list_get_n_pages (ZfHolderList  *self);
gint64        zf_holder_list_get_n_rows  (ZfHolderList  *self);

/* Draws page @page (from 0) onto @cr, whose unit is the point. */
gboolean      zf_holder_list_draw_page   (ZfHolderList  *self,
                                          cairo_t       *cr,
                                          int            page,
                                          GError       **error);

/* A4 PDF, written to a temporary file and renamed when complete. */
gboolean      zf_holder_list_write_pdf   (ZfHolderList  *self,
                                          const char    *path,
                                          GCancellable  *cancellable,
                                          ZfOfficerProgressFunc progress,
                                          gpointer       user_data,
                                          GError       **error);

/* The same list as an editable .docx (groups, totals, the header row on
 * every page). */
gboolean      zf_holder_list_write_docx  (ZfHolderList  *self,
                                          const char    *path,
                                          GCancellable  *cancellable,
                                          GError       **error);

#define ZF_A4_WIDTH_PT  595.275590551
#define ZF_A4_HEIGHT_PT 841.889763780

G_END_DECLS
