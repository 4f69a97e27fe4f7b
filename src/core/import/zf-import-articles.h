#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Articles as the importer reads them: their numbers, and the text of a
 * law a catalog holds whole, written in one cell. */

/* An article as the catalog numbers it: 第28条 is 第二十八条 (and so its
 * 款 and 项). */
char      *zf_import_article_in_chinese (const char  *article);

/* One article of a law's text. */
typedef struct
{
  char *article;
  char *content;   /* NULL: the line names the article alone */
} ZfLawTextArticle;

void       zf_law_text_article_free     (ZfLawTextArticle *article);

/* The articles of a law's text written in one cell, as the catalog export
 * writes a law held whole: each article on a line of its own beginning
 * with its number (第一条, 第28条, 第十条之一, 第三条第二款), its text after
 * a space; a line that does not begin with a number continues the text
 * above. NULL with @error when the text does not begin with an article
 * or names one twice. */
GPtrArray *zf_import_split_law_text     (const char  *text,
                                         GError     **error);

/* The articles joined back as the catalog export writes them (and as
 * ZF_LAW_TEXT_OF() reads them from the register). */
char      *zf_import_join_law_text      (GPtrArray   *articles);

G_END_DECLS
