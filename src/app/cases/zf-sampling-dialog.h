#pragma once

#include <gtk/gtk.h>

#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_SAMPLING_DIALOG (zf_sampling_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfSamplingDialog, zf_sampling_dialog, ZF, SAMPLING_DIALOG, GtkWindow)

/* Central evaluation's draw (集中抽评): N files per unit per category of a
 * year, with a seed that is shown and stored so anyone can redo the draw.
 * The drawn files open in the evaluation form as central evaluations. */
ZfSamplingDialog *zf_sampling_dialog_new         (GtkWindow        *parent,
                                                  ZfStore          *store,
                                                  int               year);
/* Draws as the Draw button does; FALSE with the message shown. */
gboolean          zf_sampling_dialog_draw        (ZfSamplingDialog *self);
gint64            zf_sampling_dialog_get_sampling_id (ZfSamplingDialog *self);

G_END_DECLS
