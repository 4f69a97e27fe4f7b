#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_DRAW_DIALOG (zf_draw_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfDrawDialog, zf_draw_dialog, ZF, DRAW_DIALOG, GtkWindow)

/* The double-random draw (双随机): the request (item, inspection date,
 * number or percent of targets, inspectors per target, exclusions), then
 * the stored result, whose targets can be marked done with findings.
 * Refusals show rule · clause and message without closing. Emits "drawn"
 * with the new draw's id. */
ZfDrawDialog *zf_draw_dialog_new           (ZfStore      *store,
                                            gint64        item_id,
                                            GtkWindow    *parent);
/* Opens a stored draw on its result. */
ZfDrawDialog *zf_draw_dialog_new_for_draw  (ZfStore      *store,
                                            gint64        draw_id,
                                            GtkWindow    *parent);

/* For tests: preset the request, run it, mark results. */
void          zf_draw_dialog_set_item      (ZfDrawDialog *self,
                                            gint64        item_id);
void          zf_draw_dialog_set_date      (ZfDrawDialog *self,
                                            const char   *iso);
void          zf_draw_dialog_set_count     (ZfDrawDialog *self,
                                            guint         count);
void          zf_draw_dialog_set_ratio     (ZfDrawDialog *self,
                                            double        percent);
void          zf_draw_dialog_set_per_target (ZfDrawDialog *self,
                                             guint         per_target);
void          zf_draw_dialog_add_exclusion (ZfDrawDialog *self,
                                            gint64        officer_id,
                                            gint64        target_id);
gboolean      zf_draw_dialog_run           (ZfDrawDialog *self);
gint64        zf_draw_dialog_get_draw_id   (ZfDrawDialog *self);
guint         zf_draw_dialog_get_n_results (ZfDrawDialog *self);
void          zf_draw_dialog_mark_done     (ZfDrawDialog *self,
                                            guint         index,
                                            const char   *date,
                                            const char   *findings);
gboolean      zf_draw_dialog_save_results  (ZfDrawDialog *self);
const char   *zf_draw_dialog_get_error     (ZfDrawDialog *self);

G_END_DECLS
