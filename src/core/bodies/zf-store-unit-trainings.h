#pragma once

#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The trainings the units held (S0 §四(五)), as recorded with
 * zf_store_add_unit_training(): a list to read back and correct. */

/* Trainings of @body_id (0: every body) in @year (0: every year), by body
 * and date. The first column is the training's number, which
 * zf_store_delete_unit_training() takes. */
ZfTable  *zf_store_list_unit_trainings  (ZfStore     *self,
                                         gint64       body_id,
                                         int          year,
                                         GError     **error);
/* Removes one recorded training (ZF_ERROR_NOT_FOUND when there is none
 * with that number). The audit log keeps what it was. */
gboolean  zf_store_delete_unit_training (ZfStore     *self,
                                         gint64       id,
                                         GError     **error);

G_END_DECLS
