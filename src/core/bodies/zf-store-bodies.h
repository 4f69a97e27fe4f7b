#pragma once

#include "zf-body.h"
#include "zf-query-model.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* Sort columns of the bodies list, in ZfQuerySpec order. */
typedef enum
{
  ZF_BODY_SORT_NAME,
  ZF_BODY_SORT_KIND,
  ZF_BODY_SORT_LEVEL,
  ZF_BODY_SORT_DOMAIN,
  ZF_BODY_SORT_STATUS,
  ZF_BODY_SORT_PUBLISHED,
  ZF_BODY_SORT_CREDIT_CODE,
  ZF_BODY_N_SORTS
} ZfBodySort;

/* Filter slots of the bodies list. */
enum
{
  ZF_BODY_FILTER_KIND = 1,
  ZF_BODY_FILTER_LEVEL,
  ZF_BODY_FILTER_STATUS,
};

const ZfQuerySpec *zf_body_query_spec          (void);

ZfBody    *zf_store_get_body            (ZfStore     *self,
                                         gint64       id,
                                         GError     **error);
ZfBody    *zf_store_find_body_by_credit_code (ZfStore *self,
                                         const char  *credit_code);
ZfBody    *zf_store_find_body_by_name   (ZfStore     *self,
                                         const char  *name);
gint64     zf_store_count_bodies        (ZfStore     *self);

/* Validates (rules B0–B3, plus unique credit code) and inserts or updates in
 * one transaction; on success @body has its id and uuid. Nothing is written
 * when anything is wrong. */
gboolean   zf_store_save_body           (ZfStore     *self,
                                         ZfBody      *body,
                                         GError     **error);
/* Why the body cannot be deleted (the kinds of rows that refer to it,
 * with their counts), or NULL when it can: asked before the user confirms. */
char       *zf_store_body_delete_refusal (ZfStore    *self,
                                         gint64      id);
/* Refused (ZF_ERROR_IN_USE, with that reason) while officers, cases,
 * matters or entrusted bodies refer to it. */
gboolean   zf_store_delete_body         (ZfStore     *self,
                                         gint64       id,
                                         GError     **error);
/* pending → confirmed → published; any → revoked (final). Recorded with
 * date and document number; publishing sets the published date. */
gboolean   zf_store_change_body_status  (ZfStore     *self,
                                         gint64       id,
                                         const char  *status,
                                         const char  *date,
                                         const char  *doc_number,
                                         const char  *reason,
                                         GError     **error);
gboolean   zf_store_add_body_review     (ZfStore     *self,
                                         gint64       id,
                                         const char  *date,
                                         const char  *result,
                                         const char  *doc_number,
                                         const char  *notes,
                                         GError     **error);

/* A training the unit held (S0 §四(五)); @all_staff: for all its staff
 * (全员培训). @hours NaN and @participants -1 when not given. */
gboolean   zf_store_add_unit_training   (ZfStore     *self,
                                         gint64       body_id,
                                         const char  *date,
                                         const char  *title,
                                         gboolean     all_staff,
                                         double       hours,
                                         gint64       participants,
                                         const char  *doc_number,
                                         const char  *notes,
                                         GError     **error);
/* The body's status on @date from its status changes (zf_body_status_on),
 * or NULL when the register cannot tell: the body as it stood that day,
 * for a check run as of a past date. */
char      *zf_store_get_body_status_on  (ZfStore     *self,
                                         ZfBody      *body,
                                         const char  *date,
                                         GError     **error);
/* Every body rule (zf_body_check and B8) as of @as_of: the body's status
 * that day (B5), its letter (B4) and the unit's trainings up to then. */
gboolean   zf_store_body_check          (ZfStore     *self,
                                         ZfBody      *body,
                                         const char  *as_of,
                                         GPtrArray   *findings,
                                         GError     **error);
/* B8 for one body: its all-staff trainings against the years the settings
 * still report, as of @today. */
gboolean   zf_store_check_unit_training (ZfStore     *self,
                                         ZfBody      *body,
                                         const char  *today,
                                         GPtrArray   *findings,
                                         GError     **error);

/* The body's history, newest first: a GPtrArray of ZfBodyEvent (status
 * changes, reviews and the unit's trainings). */
GPtrArray *zf_store_list_body_events    (ZfStore     *self,
                                         gint64       id,
                                         GError     **error);

/* Calls @func for each body in name order (published ones only if asked),
 * without holding more than one row: exports stream through this. */
typedef gboolean (*ZfBodyFunc) (ZfBody *body, gpointer user_data);
gboolean   zf_store_foreach_body        (ZfStore     *self,
                                         gboolean     published_only,
                                         ZfBodyFunc   func,
                                         gpointer     user_data,
                                         GError     **error);
/* The same over the bodies of @ids (gint64; NULL: every body), the rows a
 * searched or filtered list shows. */
gboolean   zf_store_foreach_body_of     (ZfStore     *self,
                                         gboolean     published_only,
                                         GArray      *ids,
                                         ZfBodyFunc   func,
                                         gpointer     user_data,
                                         GError     **error);

/* An entry of a body's history: a status change or a periodic review. */
typedef struct
{
  char *kind;        /* "status", "review" or "training" */
  char *value;       /* the status, the review result code or the training's title */
  char *date;
  char *doc_number;
  char *notes;
  char *operator_name;
} ZfBodyEvent;

void       zf_body_event_free           (ZfBodyEvent *event);

G_END_DECLS
