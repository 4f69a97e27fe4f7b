#pragma once

#include "zf-law.h"
#include "zf-query-model.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The catalog of legal bases (DOMAIN.md §3, zf-store-laws.c). Every call
 * that writes is one transaction, validated by the rules of
 * zf-checklist-rules.h before anything is written. */


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
                                            GArray        *ids,
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

G_END_DECLS
