#pragma once

#include "zf-benchmark.h"
#include "zf-draw.h"
#include "zf-checklist-rules.h"
#include "zf-inspection-item.h"
#include "zf-inspection-target.h"
#include "zf-law.h"
#include "zf-leniency-entry.h"
#include "zf-matter.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The checklists of DOMAIN.md §3. Every call that writes is one transaction,
 * validated by the rules of zf-checklist-rules.h before anything is written. */

/* ── Catalog of legal bases (zf-store-laws.c) ─────────────────────────── */

gboolean   zf_store_save_law               (ZfStore      *self,
                                            ZfLaw        *law,
                                            GError      **error);
/* Returns the article's id (an existing one if the law has it already). */
gint64     zf_store_add_law_article        (ZfStore      *self,
                                            gint64        law_id,
                                            const char   *article,
                                            const char   *content,
                                            GError      **error);
/* Adds a law (article_id 0: the whole law) or one article to a body's
 * catalog with the sections that apply it and the cooperating departments. */
gint64     zf_store_add_catalog_entry      (ZfStore      *self,
                                            gint64        body_id,
                                            gint64        law_id,
                                            gint64        article_id,
                                            const char   *sections,
                                            const char   *cooperating,
                                            GError      **error);
/* C5 over the body's stored four-list entries: their domain and the
 * body's as they are now, so a body moved into an excluded domain shows
 * its entries. */
gboolean   zf_store_check_leniency         (ZfStore      *self,
                                            gint64        body_id,
                                            GPtrArray    *findings,
                                            GError      **error);
/* C1 and C2 over the body's catalog. */
gboolean   zf_store_check_catalog          (ZfStore      *self,
                                            gint64        body_id,
                                            const char   *today,
                                            GPtrArray    *findings,
                                            GError      **error);
/* The body's catalog ordered by legal force, for export and print: one
 * row a line, in the columns of zf_checklist_table() (@body_id 0: every
 * body). The *_rows functions below fill tables the same way, with codes
 * as stored; the export gives titles, headers and labels. */
gboolean   zf_store_catalog_rows           (ZfStore      *self,
                                            gint64        body_id,
                                            ZfTable      *table,
                                            GError      **error);
/* Sort columns of the laws list, in ZfQuerySpec order; filter slot 1 is
 * the level, slot 2 a body whose catalog holds the law (whole or an
 * article of it). */
typedef enum
{
  ZF_LAW_SORT_TITLE,
  ZF_LAW_SORT_LEVEL,       /* by legal force */
  ZF_LAW_SORT_EFFECTIVE,
  ZF_LAW_N_SORTS
} ZfLawSort;
enum { ZF_LAW_FILTER_LEVEL = 1, ZF_LAW_FILTER_BODY };
const ZfQuerySpec *zf_law_query_spec       (void);

/* ── Matters (zf-store-matters.c) ─────────────────────────────────────── */

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
                                            ZfTable      *table,
                                            GError      **error);
gboolean   zf_store_transfers_rows         (ZfStore      *self,
                                            gint64        body_id,
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

/* ── Four lists, benchmarks, inspection items and targets
 *    (zf-store-checklists.c) ───────────────────────────────────────────── */

/* C5: refused in the excluded domains (the entry's domain, or its body's). */
gboolean   zf_store_save_leniency_entry    (ZfStore         *self,
                                            ZfLeniencyEntry *entry,
                                            GError         **error);
/* C6: refused when a tier lies outside the statutory range or tiers overlap;
 * gaps are returned in @warnings (may be NULL). */
gboolean   zf_store_save_benchmark         (ZfStore         *self,
                                            ZfBenchmark     *benchmark,
                                            const ZfTierLine *tiers,
                                            const char     *const *circumstances,
                                            guint            n_tiers,
                                            GPtrArray       *warnings,
                                            GError         **error);
gboolean   zf_store_save_inspection_item   (ZfStore         *self,
                                            ZfInspectionItem *item,
                                            GError         **error);
/* Credit code checked (GB 32100) and unique. */
gboolean   zf_store_save_inspection_target (ZfStore         *self,
                                            ZfInspectionTarget *target,
                                            GError         **error);
gboolean   zf_store_set_inspection_plan    (ZfStore         *self,
                                            gint64           body_id,
                                            int              year,
                                            gint64           planned,
                                            GError         **error);
gboolean   zf_store_leniency_rows          (ZfStore      *self,
                                            gint64        body_id,
                                            ZfTable      *table,
                                            GError      **error);
gboolean   zf_store_benchmarks_rows        (ZfStore      *self,
                                            gint64        body_id,
                                            ZfTable      *table,
                                            GError      **error);
gboolean   zf_store_inspection_items_rows  (ZfStore      *self,
                                            gint64        body_id,
                                            ZfTable      *table,
                                            GError      **error);

/* ── Lists of the four lists, benchmarks, inspection items, targets and
 *    draws (zf-store-checklist-lists.c) ─────────────────────────────────── */

typedef enum
{
  ZF_LENIENCY_SORT_VIOLATION,
  ZF_LENIENCY_SORT_LIST,          /* in the order of the policy */
  ZF_LENIENCY_SORT_BODY,
  ZF_LENIENCY_N_SORTS
} ZfLeniencySort;
enum { ZF_LENIENCY_FILTER_BODY = 1, ZF_LENIENCY_FILTER_LIST };
const ZfQuerySpec *zf_leniency_query_spec  (void);

typedef enum
{
  ZF_BENCHMARK_SORT_VIOLATION,
  ZF_BENCHMARK_SORT_STATUTORY_MAX,
  ZF_BENCHMARK_SORT_BODY,
  ZF_BENCHMARK_N_SORTS
} ZfBenchmarkSort;
enum { ZF_BENCHMARK_FILTER_BODY = 1 };
const ZfQuerySpec *zf_benchmark_query_spec (void);

typedef enum
{
  ZF_INSPECTION_ITEM_SORT_ITEM,
  ZF_INSPECTION_ITEM_SORT_RATIO,
  ZF_INSPECTION_ITEM_SORT_BODY,
  ZF_INSPECTION_ITEM_N_SORTS
} ZfInspectionItemSort;
enum { ZF_INSPECTION_ITEM_FILTER_BODY = 1 };
const ZfQuerySpec *zf_inspection_item_query_spec (void);

typedef enum
{
  ZF_INSPECTION_TARGET_SORT_NAME,
  ZF_INSPECTION_TARGET_SORT_CREDIT_CODE,
  ZF_INSPECTION_TARGET_SORT_DOMAIN,
  ZF_INSPECTION_TARGET_N_SORTS
} ZfInspectionTargetSort;
enum { ZF_INSPECTION_TARGET_FILTER_DOMAIN = 1 };
const ZfQuerySpec *zf_inspection_target_query_spec (void);

/* Items are ZfDraw (zf-draw.h). */
typedef enum
{
  ZF_DRAW_SORT_DATE,
  ZF_DRAW_SORT_ITEM,
  ZF_DRAW_SORT_BODY,
  ZF_DRAW_N_SORTS
} ZfDrawSort;
enum { ZF_DRAW_FILTER_BODY = 1, ZF_DRAW_FILTER_ITEM };
const ZfQuerySpec *zf_draw_query_spec      (void);

/* ── Double-random draws (zf-store-draws.c) ───────────────────────────── */

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
/* The public record (一公开): targets, inspectors (name and certificate
 * number only), results. */
ZfTable   *zf_store_draw_table             (ZfStore            *self,
                                            gint64              draw_id,
                                            GError            **error);
/* Header lines of the record: item, body, date, seed, algorithm… */
ZfTable   *zf_store_draw_summary           (ZfStore            *self,
                                            gint64              draw_id,
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
/* The years up to @last_year with an inspection plan or a draw (GArray of
 * int, ascending). */
GArray    *zf_store_list_random_share_years (ZfStore           *self,
                                            int                 last_year,
                                            GError            **error);
/* Per body: planned, drawn, done, share, floor (setting
 * random_inspection_share_min); C9 findings appended to @findings, each
 * with its body (table "body", row_id). */
ZfTable   *zf_store_random_statistics      (ZfStore            *self,
                                            int                 year,
                                            GPtrArray          *findings,
                                            GError            **error);

/* ── What the editors pick from and show again (articles and the law with
 *    its articles: zf-store-laws.c; the rest: zf-store-checklist-picks.c) ── */

/* One article of a law, as the editors list it. */
typedef struct
{
  gint64  id;
  gint64  law_id;
  char   *title;      /* the law's */
  char   *level;      /* the law's, a zf_law_levels code */
  char   *article;
  char   *content;
  char   *repealed;   /* the law's repeal date, or NULL */
} ZfArticleRef;

void       zf_article_ref_free             (ZfArticleRef       *ref);

/* The articles of @law_id in the order they were added. */
GPtrArray *zf_store_list_law_articles      (ZfStore            *self,
                                            gint64              law_id,
                                            GError            **error);
/* The articles a matter of @body_id may cite (C3): every article of a law
 * its catalog holds whole, and the articles it lists one by one; ordered by
 * legal force, then law and article. Repealed laws are listed too, so that
 * a basis citing one shows up as refused rather than silently missing. */
GPtrArray *zf_store_list_catalog_articles  (ZfStore            *self,
                                            gint64              body_id,
                                            GError            **error);
/* The article ids of a matter's basis (a GArray of gint64). */
GArray    *zf_store_get_matter_basis       (ZfStore            *self,
                                            gint64              matter_id,
                                            GError            **error);

/* One tier of a stored benchmark. */
typedef struct
{
  char   *tier;
  char   *circumstances;
  double  range_min;
  double  range_max;
} ZfTierRow;

void       zf_tier_row_free                (ZfTierRow          *row);
/* The tiers of @benchmark_id, lightest first. */
GPtrArray *zf_store_list_benchmark_tiers   (ZfStore            *self,
                                            gint64              benchmark_id,
                                            GError            **error);

/* One drawn target with its inspectors and result. */
typedef struct
{
  gint64    target_id;
  guint     position;
  char     *target;
  char     *inspectors;   /* names, "、"-separated */
  gboolean  done;
  char     *done_date;
  char     *findings;
} ZfDrawResultRow;

void       zf_draw_result_row_free         (ZfDrawResultRow    *row);
/* The targets of @draw_id in draw order. */
GPtrArray *zf_store_list_draw_results      (ZfStore            *self,
                                            gint64              draw_id,
                                            GError            **error);

/* Marks the rows of @rows (ZfDrawResultRow) whose done is set, with their
 * date and findings, in one transaction: all or none. */
gboolean   zf_store_mark_draw_results      (ZfStore            *self,
                                            gint64              draw_id,
                                            GPtrArray          *rows,
                                            GError            **error);

/* Saves @law with its articles (@articles[i] the number, e.g. 第二十八条,
 * @contents[i] its text or NULL; @contents may be NULL) and, when
 * @catalog_body_id > 0, puts the whole law into that body's catalog unless
 * the catalog already holds it. One transaction: nothing is saved when an
 * article is refused. */
gboolean   zf_store_save_law_with_articles (ZfStore            *self,
                                            ZfLaw              *law,
                                            const char *const  *articles,
                                            const char *const  *contents,
                                            guint               n_articles,
                                            gint64              catalog_body_id,
                                            const char         *sections,
                                            const char         *cooperating,
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

/* The 检查对象名录库 for export (no body: targets are shared). */
gboolean   zf_store_inspection_targets_rows (ZfStore      *self,
                                             gint64        body_id,
                                             ZfTable      *table,
                                             GError      **error);

G_END_DECLS
