#pragma once

#include "zf-import-plan-private.h"
#include "zf-standard.h"

G_BEGIN_DECLS

/* Shared by the evaluations register's files: the plan
 * (zf-import-evaluations.c), the standards the rows name
 * (zf-import-evaluations-standards.c) and the stored evaluations
 * (zf-import-evaluations-stored.c). */

/* A standard as the rows name it (name and version). */
typedef struct
{
  ZfStandard *standard;   /* NULL when refused */
  char       *refusal;
  /* No standard of its category is stored yet: the default one, created
   * by the first evaluation written under it. Its items have ids below 0. */
  gboolean    is_default;
} StandardEntry;

/* One evaluation: its rows in file order. */
typedef struct
{
  GArray        *rows;         /* guint indexes into self->rows */
  GHashTable    *items;        /* item id → excel row, of its lines */
  StandardEntry *standard;     /* NULL when a row of it could not name one */
  guint          comments_row; /* the excel row that gave the comments, or 0 */
} Group;

typedef struct
{
  ZfImport   *self;
  GHashTable *standards;  /* "name\x1fversion" → StandardEntry */
  GHashTable *groups;     /* key → Group */
  GPtrArray  *order;      /* Group, in order of their first row */
} EvalPlan;

/* The index of field @column, which the register has. */
int             zf_import_eval_field              (ZfImport     *self,
                                                   const char   *column);
/* The label of field @column, as the file's header names it. */
const char     *zf_import_eval_label              (ZfImport     *self,
                                                   const char   *column);
/* The number in @text, @fallback for none. */
double          zf_import_eval_number_or          (const char   *text,
                                                   double        fallback);
/* The letter of @column's cell as the sheet of @raw shows it, or NULL. */
char           *zf_import_eval_column_of          (ZfImport     *self,
                                                   const ZfRow  *raw,
                                                   const char   *column);
/* Row @i of @group, and @group refused as one with @message. */
ZfImportRow    *zf_import_eval_group_row          (EvalPlan     *p,
                                                   Group        *group,
                                                   guint         i);
void            zf_import_eval_refuse_group       (EvalPlan     *p,
                                                   Group        *group,
                                                   const char   *message);

/* zf-import-evaluations-standards.c */
StandardEntry  *zf_import_eval_resolve_standard   (EvalPlan     *p,
                                                   const char   *name,
                                                   const char   *version_text);
/* The item of @standard named @name, or NULL with @refusal set. */
ZfStandardItem *zf_import_eval_find_item          (ZfStandard   *standard,
                                                   const char   *name,
                                                   char        **refusal);
/* The standard a row names, for writing its evaluation. */
ZfStandard     *zf_import_eval_standard_for_write (ZfImport     *self,
                                                   char *const  *values,
                                                   GError      **error);

/* zf-import-evaluations-stored.c: the evaluation @id stored under the
 * rows' key: unchanged when the file's lines agree with it, else an
 * update listing each change. */
void            zf_import_eval_compare_stored     (EvalPlan     *p,
                                                   Group        *group,
                                                   gint64        id);

G_END_DECLS
