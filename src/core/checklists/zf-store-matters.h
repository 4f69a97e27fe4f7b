#pragma once

#include "zf-checklist-rules.h"
#include "zf-matter.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The enforcement matters and their duties (DOMAIN.md §3,
 * zf-store-matters.c). Every call that writes is one transaction,
 * validated by the rules of zf-checklist-rules.h before anything is written. */


/* Saves the matter and replaces its basis with @article_ids (C3: each from
 * the body's catalog, in force on @today). */
gboolean   zf_store_save_matter            (ZfStore      *self,
                                            ZfMatter     *matter,
                                            const gint64 *article_ids,
                                            guint         n_articles,
                                            const char   *today,
                                            GError      **error);
ZfMatter  *zf_store_get_matter             (ZfStore      *self,
                                            gint64        id,
                                            GError      **error);
/* Gives a matter to a section, post or officer of its body (C4). Pass 0
 * for the levels not assigned. */
gint64     zf_store_assign_duty            (ZfStore      *self,
                                            gint64        matter_id,
                                            gint64        section_id,
                                            gint64        post_id,
                                            gint64        officer_id,
                                            GError      **error);
/* C4 on an assignment not stored yet, by the query and the rule that
 * judge a stored one: the findings zf_store_assign_duty() would refuse it
 * with, and in @facts (its flags only) what the rule was given. */
gboolean   zf_store_check_duty             (ZfStore      *self,
                                            gint64        matter_id,
                                            gint64        section_id,
                                            gint64        post_id,
                                            gint64        officer_id,
                                            ZfDutyLine   *facts,
                                            GPtrArray    *findings,
                                            GError      **error);
/* Moves matters to @to_body_id: each is copied there with its basis, marked
 * transferred at the source, and the move is recorded with its date and
 * document number. All or nothing. */
gboolean   zf_store_transfer_matters       (ZfStore      *self,
                                            const gint64 *matter_ids,
                                            guint         n_matters,
                                            gint64        to_body_id,
                                            const char   *date,
                                            const char   *doc_number,
                                            const char   *reason,
                                            GError      **error);
/* C3 and C4 over all of the body's matters and duties. */
gboolean   zf_store_check_matters          (ZfStore      *self,
                                            gint64        body_id,
                                            const char   *today,
                                            GPtrArray    *findings,
                                            GError      **error);
gboolean   zf_store_matters_rows           (ZfStore      *self,
                                            gint64        body_id,
                                            GArray        *ids,
                                            ZfTable      *table,
                                            GError      **error);
/* The duty assignments of the matters (of @body_id, among @ids), one row
 * each: body, code, matter, section, post, officer, card number. */
gboolean   zf_store_duties_rows            (ZfStore      *self,
                                            gint64        body_id,
                                            GArray        *ids,
                                            ZfTable      *table,
                                            GError      **error);
gboolean   zf_store_transfers_rows         (ZfStore      *self,
                                            gint64        body_id,
                                            GArray        *ids,
                                            ZfTable      *table,
                                            GError      **error);
typedef enum
{
  ZF_MATTER_SORT_CODE,
  ZF_MATTER_SORT_NAME,
  ZF_MATTER_SORT_CATEGORY,
  ZF_MATTER_SORT_STATUS,
  ZF_MATTER_N_SORTS
} ZfMatterSort;
const ZfQuerySpec *zf_matter_query_spec    (void);

enum
{
  ZF_MATTER_FILTER_BODY = 1,
  ZF_MATTER_FILTER_CATEGORY,
  ZF_MATTER_FILTER_STATUS,
};

/* The article ids of a matter's basis (a GArray of gint64). */
GArray    *zf_store_get_matter_basis       (ZfStore            *self,
                                            gint64              matter_id,
                                            GError            **error);

/* A section, post or officer of a body, as the duty dialog offers it. */
typedef struct
{
  char   *kind;     /* "section", "post" or "officer" */
  gint64  id;
  char   *name;     /* posts "section / post", officers "name（post）" */
} ZfDutyHolder;

void       zf_duty_holder_free             (ZfDutyHolder       *holder);
/* The body's sections, then its posts, then its officers, each by name. */
GPtrArray *zf_store_list_duty_holders      (ZfStore            *self,
                                            gint64              body_id,
                                            GError            **error);

G_END_DECLS
