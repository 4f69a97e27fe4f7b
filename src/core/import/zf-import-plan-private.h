#pragma once

#include "zf-import-private.h"

G_BEGIN_DECLS

/* Shared by the plan's files (zf-import-plan*.c): the driver, the cells,
 * the register's checks, duplicates in the file and parents in the file. */

typedef struct
{
  GHashTable *keys;         /* row key → excel row number, duplicates in the file */
  GHashTable *id_numbers;   /* officers: ID number → excel row number */
  GHashTable *certificates; /* officers: certificate number → excel row number */
  GHashTable *body_names;   /* bodies: name → excel row number << 1 | has credit code */
  GHashTable *records;      /* stored record id → excel row number that changes it */
  GHashTable *body_kinds;   /* body name → kind, of bodies in this file */
  GHashTable *body_known;   /* body name → GINT_TO_POINTER (1 exists, 2 missing) */
  GHashTable *body_hints;   /* missing body name → the body it may mean, or "" */
  GHashTable *id_names;     /* officers: ID number → the name of the row that claimed it */
  GHashTable *file_bodies;  /* body name → kind ("" unsaid), of every body row of the file */
  GArray     *in_file;      /* indexes of rows whose parent body is a row of the file */
  GHashTable *laws;         /* laws: title (benchmarks: body and violation) → the record's
                             * cells its first row gave, and that row */
  GHashTable *tiers;        /* benchmarks: body and violation → GArray of ZfTierLine of the
                             * rows accepted so far (tier codes interned) */
  GHashTable *file_tiers;   /* benchmarks: body and violation → "|"-joined tier codes the
                             * file gives it; NULL until a benchmark row asks */
  GString    *notes;        /* the notes of the row being planned */
  const gboolean *present;  /* the fields its cells give */
  guint       index;        /* of the row being planned */
} ZfPlanState;

/* The value of field @name in the row's values, NULL when empty. */
#define V(name) zf_import_plan_value (self, values, name)

const char *zf_import_plan_value     (ZfImport    *self,
                                      char *const *values,
                                      const char  *column);
void        zf_import_plan_set_value (ZfImport    *self,
                                      char       **values,
                                      const char  *column,
                                      const char  *text);
/* The field @column when a column is mapped to it, else @fallback (the ID
 * number a stored sex disagrees with) when mapped, else -1. */
int         zf_import_plan_field_of  (ZfImport    *self,
                                      const char  *column,
                                      const char  *fallback);

/* zf-import-plan-cells.c: reads the mapped cells of @raw into @values,
 * each as its field stores it, and marks them @present; FALSE with @out
 * refused at the first cell refused. */
gboolean zf_import_plan_read_cells            (ZfImport     *self,
                                               const ZfRow  *raw,
                                               char        **values,
                                               gboolean     *present,
                                               GString      *notes,
                                               ZfImportRow  *out);
/* Whether a required field's cell is blank where the stored record
 * @current (NULL: a new row) has no value to keep; then @out is refused. */
gboolean zf_import_plan_blank_required        (ZfImport       *self,
                                               const ZfRow    *raw,
                                               const gboolean *present,
                                               char *const    *current,
                                               ZfImportRow    *out);

/* zf-import-plan-checks.c: the register's own checks of a whole row;
 * returns the refusal or NULL, and in @field the field whose column is
 * at fault when there is one. */
char    *zf_import_plan_check_row             (ZfImport     *self,
                                               ZfPlanState  *state,
                                               char        **values,
                                               int          *field);
/* A body name written with the other kind of brackets than the
 * register's is the register's body (noted in @notes). */
void     zf_import_plan_resolve_body_brackets (ZfImport     *self,
                                               ZfPlanState  *state,
                                               char        **values,
                                               GString      *notes);

/* zf-import-plan-checklists.c: the checks of a matter, a law of the
 * catalog or a transfer, once its bodies are known; and the cells of a
 * record over several rows (a law of the catalog, a benchmark) against
 * those of the file's first row of that record. */
char    *zf_import_plan_check_checklist       (ZfImport     *self,
                                               ZfPlanState  *state,
                                               char        **values,
                                               int          *field);
gboolean zf_import_plan_law_in_file           (ZfImport     *self,
                                               ZfPlanState  *state,
                                               const ZfRow  *raw,
                                               char        **values,
                                               gboolean     *present,
                                               ZfImportRow  *out);
gboolean zf_import_plan_benchmark_in_file     (ZfImport     *self,
                                               ZfPlanState  *state,
                                               const ZfRow  *raw,
                                               char        **values,
                                               gboolean     *present,
                                               ZfImportRow  *out);

/* zf-import-plan-lists.c: the checks of the lists of the checklists tab
 * (the four lists, benchmarks, inspection items and targets), as when
 * saved in the window. */
char    *zf_import_plan_check_list            (ZfImport     *self,
                                               ZfPlanState  *state,
                                               char        **values,
                                               int          *field);

/* zf-import-plan-duties.c: a duty assignment's matter, section, post and
 * officer found in the register, and C4 as an assignment in the window. */
char    *zf_import_plan_check_duty            (ZfImport     *self,
                                               char        **values,
                                               int          *field);

/* zf-import-plan-duplicates.c: the row's key in the file (NULL for an
 * officer without ID or certificate number); a refusal when a row above
 * is the same record; what an accepted row claims. */
char    *zf_import_plan_row_key               (ZfImport     *self,
                                               char *const  *values);
char    *zf_import_plan_in_file_duplicate     (ZfImport     *self,
                                               ZfPlanState  *state,
                                               char *const  *values,
                                               const char   *key,
                                               int          *field);
void     zf_import_plan_claim_keys            (ZfImport     *self,
                                               ZfPlanState  *state,
                                               char *const  *values,
                                               char         *key,
                                               guint         excel_row);

/* zf-import-plan-parents.c: bodies whose parent is a row of the file. */
gboolean zf_import_row_accepted               (const ZfImportRow *row);
void     zf_import_plan_collect_file_bodies   (ZfImport     *self,
                                               ZfPlanState  *state);
void     zf_import_plan_settle_file_parents   (ZfImport     *self,
                                               ZfPlanState  *state);

G_END_DECLS
