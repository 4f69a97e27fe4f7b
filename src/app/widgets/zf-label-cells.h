#pragma once

#include <gtk/gtk.h>

#include "zf-codes.h"
#include "zf-record.h"

G_BEGIN_DECLS

/* How a register cell shows its field. */
typedef enum
{
  ZF_CELL_TEXT,    /* a string field, as it is */
  ZF_CELL_CODE,    /* a code, named by its code list */
  ZF_CELL_DATE,    /* an ISO date, in the locale's format */
  ZF_CELL_NUMBER,  /* a double field, as few digits as it needs */
  ZF_CELL_INTEGER, /* an integer field */
  ZF_CELL_SCORE,   /* a double field, one decimal */
} ZfCellKind;

typedef struct
{
  const char       *column_id;  /* the column's id in the view's template,
                                 * or NULL for a column built in code */
  const char       *field;      /* the field of the row's ZfRecord */
  ZfCellKind        kind;
  const ZfCodeList *codes;      /* for ZF_CELL_CODE */
} ZfCellSpec;

/* A factory of one-line labels showing @spec's field of each row, numbers
 * aligned right. @spec must outlive the factory (a static table). */
GtkListItemFactory *zf_label_cell_factory_new (const ZfCellSpec *spec);

/* From class_init, after the template is set: names @specs' columns so
 * that zf_label_cells_install() finds them. */
void                zf_label_cells_bind_template (GtkWidgetClass   *widget_class,
                                                  const ZfCellSpec *specs,
                                                  gsize             n_specs);
/* From init, after gtk_widget_init_template(): gives each column of @specs
 * its label factory. */
void                zf_label_cells_install       (GtkWidget        *view,
                                                  GType             view_type,
                                                  const ZfCellSpec *specs,
                                                  gsize             n_specs);
/* The column of @view (of @view_type) that @specs name @column_id. */
GtkColumnViewColumn *zf_label_cells_get_column   (GtkWidget        *view,
                                                  GType             view_type,
                                                  const char       *column_id);

G_END_DECLS
