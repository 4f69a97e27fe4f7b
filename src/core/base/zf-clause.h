#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Rules cite their source in a short form: a seed document's code and its
 * section ("S0 §二(二)"), a law's short name and article ("行政处罚法 §42"),
 * or a national standard ("GB 32100"); several are joined by "; ". People
 * read the document's title instead: this is the one table of those titles. */

/* The title @code stands for, in 《》, or NULL for a code not in the table. */
const char *zf_source_title   (const char *code);
/* @clause as a person reads it: "《关于加强基层法治队伍建设的实施意见》二(二)",
 * "《中华人民共和国行政处罚法》第四十二条". A part the table does not know is
 * kept as it is, so that a clause already shown is shown unchanged. NULL
 * for NULL. */
char       *zf_clause_display (const char *clause);
/* The heading of a finding or a proposal in the window: "E3 · 《…》二(二)",
 * or the rule alone without a clause. */
char       *zf_clause_heading (const char *rule,
                               const char *clause);

G_END_DECLS
