#pragma once

#include <gtk/gtk.h>

#include "zf-evaluation.h"
#include "zf-store.h"

G_BEGIN_DECLS

#define ZF_TYPE_RECTIFICATION_DIALOG (zf_rectification_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZfRectificationDialog, zf_rectification_dialog, ZF, RECTIFICATION_DIALOG, GtkWindow)

/* 销号: closes a row of the rectification ledger, which needs the date and
 * a note of the evidence (S1 §二(五)3). */
ZfRectificationDialog *zf_rectification_dialog_new   (GtkWindow             *parent,
                                                      ZfStore               *store,
                                                      const ZfRectification *row);
gboolean               zf_rectification_dialog_close_row (ZfRectificationDialog *self,
                                                          const char            *date,
                                                          const char            *evidence);

G_END_DECLS
