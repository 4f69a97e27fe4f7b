#pragma once

#include "zf-store-import.h"

G_BEGIN_DECLS

/* The statements of the evaluations register's import and export
 * (案卷评查): the evaluation itself is saved by zf_store_save_evaluation(),
 * as the window and zhifa-cli save it. */

/* The case file numbered @number of the body named @body_name: its id and,
 * in @category, its category; 0 when there is none. */
gint64      zf_store_import_case_of_body      (ZfStore     *self,
                                               const char  *body_name,
                                               const char  *number,
                                               char       **category);
/* Ids of the standards named @name, of @version when above 0, newest
 * version first. */
GArray     *zf_store_import_standards_named   (ZfStore     *self,
                                               const char  *name,
                                               int          version,
                                               GError     **error);
/* Whether any standard of @category is stored: when none is, the first
 * evaluation saved under the category's default standard creates it. */
gboolean    zf_store_import_has_standard      (ZfStore     *self,
                                               const char  *category);
/* Ids of the stored evaluations with this key, in id order. */
GArray     *zf_store_import_find_evaluations  (ZfStore     *self,
                                               gint64       case_id,
                                               gint64       standard_id,
                                               const char  *mode,
                                               const char  *date,
                                               const char  *evaluator,
                                               GError     **error);
/* Every evaluation of the case files of @body_id (0 any) and @year (0
 * any), among the case files @ids (gint64; NULL any), in the import's own layout: one row per line, in the standard's
 * order, or one row for an evaluation without lines; ordered by body,
 * case number, date. What the internal register of evaluations writes. */
gboolean    zf_store_import_foreach_evaluation (ZfStore            *self,
                                                gint64              body_id,
                                                int                 year,
                                                GArray             *ids,
                                                ZfImportValuesFunc  func,
                                                gpointer            user_data,
                                                GError            **error);

G_END_DECLS
