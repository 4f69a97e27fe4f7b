#pragma once

#include "zf-codes.h"
#include "zf-store-benchmarks.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-store-draws.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"
#include "zf-store-private.h"

G_BEGIN_DECLS

/* The lists of the checklists tab are ZfQuerySpecs: constant SQL per sort
 * column and direction, ?1 = search text (a substring; one Chinese
 * character is enough), ?2… = filters. Every order ends on the id, so that
 * equal keys keep one stable order: SORT gives both directions of a column,
 * @key then @tail (and @tail##_DESC). */
#define SORT(ids, key, tail) ids (key ", " tail), ids (key " DESC, " tail##_DESC)

/* A matter as a register's cell names it (the lists' exports, case files;
 * the importer reads it back): its name, or its code (unique in the body)
 * when another matter of the body has the same name. */
#define ZF_MATTER_LABEL(m) \
  "CASE WHEN " m ".code IS NOT NULL AND EXISTS (SELECT 1 FROM matter twin WHERE " \
  "twin.body_id = " m ".body_id AND twin.name = " m ".name AND twin.id <> " m ".id) " \
  "THEN " m ".code ELSE " m ".name END"
#define ZF_MATTER_LABEL_OF(matter_id) \
  "(SELECT " ZF_MATTER_LABEL ("lm") " FROM matter lm WHERE lm.id = " matter_id ")"

/* An article of the register as a cell names it: 《title》article, with
 * the law's document number (else its promulgation date) in brackets
 * after the title when another law has the same title, so that the label
 * names one article (zf_store_import_article() reads it back). */
#define ZF_ARTICLE_LABEL_OF(article_id) \
  "(SELECT '《' || ll.title || '》' || CASE WHEN EXISTS (SELECT 1 FROM law twin WHERE " \
  "twin.title = ll.title AND twin.id <> ll.id) THEN '（' || coalesce (ll.doc_number, " \
  "ll.promulgated, '') || '）' ELSE '' END || la.article FROM law_article la JOIN law ll " \
  "ON ll.id = la.law_id WHERE la.id = " article_id ")"

/* The text of a law a catalog holds whole, in one cell: each of its
 * articles on a line, its number, a space and its text (the importer's
 * zf_import_join_law_text() writes a file's cell so). */
#define ZF_LAW_TEXT_OF(law_id) \
  "(SELECT group_concat (line, char (10)) FROM (SELECT wa.article || coalesce (' ' || " \
  "wa.content, '') AS line FROM law_article wa WHERE wa.law_id = " law_id " ORDER BY wa.id))"

/* Appends every row of @stmt (already bound) to @table; column i is
 * translated through @labels[i] when that is not NULL. Resets @stmt. */
gboolean  zf_checklists_fill_table (ZfStore            *self,
                                    sqlite3_stmt       *stmt,
                                    ZfTable            *table,
                                    const ZfCodeList *const *labels,
                                    guint               n_labels,
                                    GError            **error);

/* Runs @sql (constant; ?1 = @body_id, NULL for 0, and ?2 = @ids, the
 * rows a searched list shows (NULL: all), as JSON, when it has those
 * parameters) and appends its rows to @table. */
gboolean  zf_checklists_fill_rows  (ZfStore            *self,
                                    const char         *sql,
                                    gint64              body_id,
                                    GArray             *ids,
                                    ZfTable            *table,
                                    GError            **error);

/* Whether body @body_id exists; @domain_out (may be NULL) gets its domain. */
gboolean  zf_checklists_body_exists (ZfStore           *self,
                                     gint64             body_id,
                                     char             **domain_out);

/* The record's id after an INSERT … RETURNING id, uuid, or 0 with @error. */
gboolean  zf_checklists_step_returning (ZfStore    *self,
                                        sqlite3_stmt *stmt,
                                        ZfRecord   *record,
                                        GError    **error);

G_END_DECLS
