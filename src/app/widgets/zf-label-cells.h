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
  const char       *field;      /* the field of the row's ZfRecord */
  ZfCellKind        kind;
  const ZfCodeList *codes;      /* for ZF_CELL_CODE */
} ZfCellSpec;

/* A factory of one-line labels showing @spec's field of each row, numbers
 * aligned right. @spec must outlive the factory (a static table). */
GtkListItemFactory *zf_label_cell_factory_new (const ZfCellSpec *spec);

/* The text a cell of @spec shows for @record (a name's width is measured
 * from it). */
char               *zf_label_cell_text         (const ZfCellSpec *spec,
                                                ZfRecord         *record);

G_END_DECLS
