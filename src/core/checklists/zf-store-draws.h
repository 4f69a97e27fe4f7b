#pragma once

#include "zf-draw.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* Double-random draws (DOMAIN.md §3 双随机, zf-store-draws.c). */

typedef struct
{
  gint64      item_id;
  const char *inspection_date;
  guint       target_count;      /* 0: use target_ratio */
  double      target_ratio;      /* percent of the target pool */
  guint       per_target;        /* ≥ 2 */
  guint64     seed;              /* 0: a fresh random seed */
  const char *target_domain;     /* NULL: every target */
  const char *doc_number;
  /* Conflict-of-interest exclusions: officer ids, each with a target id or
   * 0 for the whole draw. */
  const gint64 *exclude_officers;
  const gint64 *exclude_targets;
  guint       n_exclusions;
} ZfDrawRequest;

/* Builds both pools (inspectors: the item's body's officers holding a
 * certificate valid on the date and of the item's category), excludes
 * each inspector from the targets it inspected in the previous draw of the
 * same item, draws, and stores the draw with its seed, algorithm and pool
 * snapshots. Returns the draw id, or 0. */
gint64     zf_store_create_draw            (ZfStore            *self,
                                            const ZfDrawRequest *request,
                                            GError            **error);
/* Runs a stored draw again from its snapshots and compares with what was
 * stored. FALSE with ZF_ERROR_RULE when they differ. */
gboolean   zf_store_verify_draw            (ZfStore            *self,
                                            gint64              draw_id,
                                            GError            **error);
/* C7 and C8 over the stored assignments: each inspector's certificate as
 * it stood on the inspection date, derived from his certificate events (a
 * suspension recorded later over that date shows up here; one that began
 * after it does not). */
gboolean   zf_store_check_draw             (ZfStore            *self,
                                            gint64              draw_id,
                                            GPtrArray          *findings,
                                            GError            **error);
gboolean   zf_store_mark_draw_result       (ZfStore            *self,
                                            gint64              draw_id,
                                            gint64              target_id,
                                            const char         *done_date,
                                            const char         *findings_text,
                                            GError            **error);
/* Each stored draw of @body_id (0: every body) made on or before @as_of
 * (NULL: every draw), by date. */
typedef gboolean (*ZfDrawFunc) (gint64      draw_id,
                                gint64      body_id,
                                const char *body_name,
                                const char *inspection_date,
                                gpointer    user_data);
gboolean   zf_store_foreach_draw           (ZfStore            *self,
                                            gint64              body_id,
                                            const char         *as_of,
                                            ZfDrawFunc          func,
                                            gpointer            user_data,
                                            GError            **error);

G_END_DECLS
