#pragma once

#include "zf-finding.h"

G_BEGIN_DECLS

/* The rules of DOMAIN.md §3, one function each. They work on plain rows the
 * store has already read (or a dialog has filled in), so that each clause can
 * be tested with a table of cases and no database. */

/* One entry of a body's catalog of legal bases (执法依据目录). */
typedef struct
{
  const char *title;
  const char *level;      /* zf_law_levels code */
  const char *article;    /* NULL: the whole law */
  const char *repealed;   /* ISO date or NULL */
} ZfCatalogLine;

/* C1: the catalog includes the four common laws (S3 §二(一)1). */
void zf_rule_catalog_common_laws   (const ZfCatalogLine *lines,
                                    guint                n_lines,
                                    GPtrArray           *findings);
/* C2: no entry cites a rule repealed on or before @today (S3 §二(一)1). */
void zf_rule_catalog_not_repealed  (const ZfCatalogLine *lines,
                                    guint                n_lines,
                                    const char          *today,
                                    GPtrArray           *findings);

/* One basis article of a matter, with whether the body's catalog holds it. */
typedef struct
{
  const char *title;
  const char *article;
  gboolean    in_catalog;
  const char *repealed;
} ZfBasisLine;

/* C3: a matter's basis is at least one article, each from the body's
 * catalog and in force (S3 §二(一)2, S1 §二(三)1). */
void zf_rule_matter_basis          (const char         *matter_name,
                                    const ZfBasisLine  *lines,
                                    guint               n_lines,
                                    const char         *today,
                                    GPtrArray          *findings);

/* One duty assignment: a matter given to a section, post or officer. */
typedef struct
{
  const char *matter_name;
  const char *holder_kind;   /* "section", "post" or "officer" */
  const char *holder_name;
  gboolean    matter_active; /* the body still holds the matter */
  gboolean    same_body;     /* the holder belongs to the matter's body */
  gboolean    within_upper;  /* the post is in the assigned section, the
                              * officer on the assigned post */
} ZfDutyLine;

/* C4: duties decompose body → section → post → officer, each level
 * contained in the one above (S3 §二(二)2). */
void zf_rule_duty_contained        (const ZfDutyLine   *lines,
                                    guint               n_lines,
                                    GPtrArray          *findings);

/* C5: the four lists are not used in work safety, food and drugs, ecology
 * and environment or epidemic prevention (S1 §二(三)5): neither in the
 * entry's own domain nor in its body's (either may be NULL, not both). */
void zf_rule_leniency_domain       (const char         *domain,
                                    const char         *body_domain,
                                    const char         *violation,
                                    GPtrArray          *findings);
/* C5: an entry names its list, the violation, the basis and the conditions. */
void zf_rule_leniency_fields       (const char         *list,
                                    const char         *violation,
                                    const char         *basis,
                                    const char         *conditions,
                                    GPtrArray          *findings);

typedef struct
{
  const char *tier;        /* zf_benchmark_tiers code */
  double      range_min;
  double      range_max;
} ZfTierLine;

/* C6: each tier lies inside the statutory range, tiers do not overlap and
 * leave no gap between them (S1 §二(三)6, S2 §三(二)4). Out of range and
 * overlap are errors; gaps are warnings. */
void zf_rule_benchmark_tiers       (double              statutory_min,
                                    double              statutory_max,
                                    const ZfTierLine   *tiers,
                                    guint               n_tiers,
                                    GPtrArray          *findings);

/* C7: every target gets at least two inspectors (S4). @counts holds the
 * number of inspectors of each target. */
void zf_rule_draw_inspectors       (guint               per_target,
                                    const guint        *counts,
                                    guint               n_targets,
                                    GPtrArray          *findings);

/* One drawn inspector: the card that speaks for the inspection date
 * (zf_certificate_card_on) and the holder's certificate events. */
typedef struct
{
  const char *name;
  const char *status;       /* the register's cache: the card's status today */
  const char *issue_date;
  const char *valid_until;
  const char *category;     /* certificate category (may list several) */
  GPtrArray  *events;       /* ZfOfficerEvent in date order; NULL: none recorded */
} ZfInspectorLine;

/* C8: an inspector holds a certificate valid on the inspection date, as it
 * stood that day (zf_certificate_status_on: a suspension after the date
 * does not count, one over it does), and of the matter's enforcement
 * category (S0 §二(二), S4). */
void zf_rule_draw_certificate      (const ZfInspectorLine *line,
                                    const char         *inspection_date,
                                    const char         *category,
                                    GPtrArray          *findings);

/* C9: double-random inspections are at least @min_percent of the year's
 * planned inspections (S4). */
void zf_rule_random_share          (const char         *body_name,
                                    int                 year,
                                    gint64              planned,
                                    gint64              random_count,
                                    double              min_percent,
                                    GPtrArray          *findings);

/* C7, the draw's refusals (S4): each takes the plain figures the store
 * has read and sets a ZF_ERROR (RULE: a clause refuses the draw; INVALID:
 * the request lacks something) with a message the user can act on. */

/* The request: an inspection date, and at least 2 inspectors per target. */
gboolean zf_rule_draw_request      (const char         *inspection_date,
                                    guint               per_target,
                                    GError            **error);
/* The pools: some targets to draw (@wanted of @n_targets), and at least
 * @per_target officers qualified on @inspection_date. */
gboolean zf_rule_draw_pools        (guint               n_targets,
                                    guint               wanted,
                                    guint               n_inspectors,
                                    guint               per_target,
                                    const char         *inspection_date,
                                    GError            **error);
/* Nobody inspects the same target twice in a row for the same item: the
 * store excludes every (officer, target) pair of the item's previous draw
 * from the next, for the reason this returns. */
const char *zf_rule_draw_rotation_reason (void);

/* A draw is reproducible (S4): run again from its stored seed and pools it
 * gives the stored result; @same is what the store found. */
gboolean zf_rule_draw_replayed     (gboolean            same,
                                    GError            **error);
/* A draw's result has the date of the inspection. */
gboolean zf_rule_draw_result       (const char         *done_date,
                                    GError            **error);

/* The refusals of a write to the checklists, in the same way as the
 * draw's: plain values in, a ZF_ERROR out. */

/* A law of the catalog of legal bases (S3 §二(一)) has its title, a level
 * of legal force (zf_law_levels) and well-formed dates: @dates holds
 * @n_dates values, NULL where a date is not given. */
gboolean zf_rule_law_fields        (const char         *title,
                                    const char         *level,
                                    const char *const  *dates,
                                    guint               n_dates,
                                    GError            **error);
/* The catalog cites exact articles (S3 §二(一)): an article has its number. */
gboolean zf_rule_law_article       (const char         *article,
                                    GError            **error);
/* An enforcement matter (S1 §二(三)1) belongs to a body (@body_id above
 * 0), has its name and one of the twelve categories. */
gboolean zf_rule_matter_fields     (const char         *name,
                                    gint64              body_id,
                                    const char         *category,
                                    GError            **error);
/* C4: the responsible section and post belong to the matter's body, the
 * post to the section (S3 §二(二)2); @contained is what the store read. */
gboolean zf_rule_matter_holders    (gboolean            contained,
                                    GError            **error);
/* C4: a duty goes to a section, a post or an officer (S3 §二(二)2): an id
 * above 0 names one. */
gboolean zf_rule_duty_holder       (gint64              section_id,
                                    gint64              post_id,
                                    gint64              officer_id,
                                    GError            **error);
/* Matters move between bodies by a decision (S4): a transfer has its
 * date, the document that decides it and at least one matter. */
gboolean zf_rule_matter_transfer_request (const char   *date,
                                          const char   *doc_number,
                                          guint         n_matters,
                                          GError      **error);
/* Each matter @name transferred belongs to another body than the receiving
 * one and is still active (not transferred or abolished). */
gboolean zf_rule_matter_transfer   (const char         *name,
                                    const char         *status,
                                    gint64              from_body_id,
                                    gint64              to_body_id,
                                    GError            **error);
/* A random-inspection item (S4) has its name and, when given (not NaN),
 * an inspection ratio above 0 and at most 100 percent. */
gboolean zf_rule_inspection_item_fields (const char    *item,
                                         double         ratio,
                                         GError       **error);
/* An item's inspection frequency (抽查频次, S4) says how often in words
 * (每年一次, 每季度一次): a bare number, 30 or 30%, is a ratio written in
 * the wrong column and is refused. Empty (NULL) is allowed. */
gboolean zf_rule_inspection_item_frequency (const char  *frequency,
                                            GError     **error);
/* A target of the pool (检查对象名录库, S4) has its name. */
gboolean zf_rule_inspection_target_fields (const char  *name,
                                           GError     **error);
/* C9's denominator: a year's plan (2000–2100) of inspections not below 0 (S4). */
gboolean zf_rule_inspection_plan   (int                 year,
                                    gint64              planned,
                                    GError            **error);

/* The domains excluded from the four lists, as keywords matched in the
 * entry's domain or violation. */
const char *zf_leniency_excluded_domain (const char *text);

G_END_DECLS
