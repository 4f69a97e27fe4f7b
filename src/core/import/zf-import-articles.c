#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-articles.h"

/* @n (1 to 999) in Chinese numerals, as articles are numbered: 二十八,
 * 一百零五, 一百一十. */
static void
append_chinese_number (GString *out,
                       guint    n)
{
  static const char *const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  guint hundreds = n / 100, tens = n / 10 % 10, units = n % 10;

  if (hundreds > 0)
    {
      g_string_append_printf (out, "%s百", digits[hundreds]);
      if (tens == 0 && units > 0)
        g_string_append (out, "零");
    }
  if (tens > 0)
    g_string_append_printf (out, "%s十", tens == 1 && hundreds == 0 ? "" : digits[tens]);
  if (units > 0 || n == 0)
    g_string_append (out, digits[units]);
}

/* An article as the catalog numbers it: 第28条 is 第二十八条 (and so its
 * 款 and 项). */
char *
zf_import_article_in_chinese (const char *article)
{
  GString *out = g_string_new (NULL);

  for (const char *p = article; *p; )
    if (g_ascii_isdigit (*p))
      {
        guint64 n = g_ascii_strtoull (p, (char **) &p, 10);

        if (n >= 1 && n <= 999)
          append_chinese_number (out, (guint) n);
        else
          g_string_append_printf (out, "%" G_GUINT64_FORMAT, n);
      }
    else
      {
        g_string_append_unichar (out, g_utf8_get_char (p));
        p = g_utf8_next_char (p);
      }
  return g_string_free (out, FALSE);
}

void
zf_law_text_article_free (ZfLawTextArticle *article)
{
  g_free (article->article);
  g_free (article->content);
  g_free (article);
}

GPtrArray *
zf_import_split_law_text (const char  *text,
                          GError     **error)
{
  g_autoptr(GRegex) number = g_regex_new (
    "^(第[0-9零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?"
    "(第[0-9零〇一二三四五六七八九十百]+款)?(第\\(?[0-9零〇一二三四五六七八九十]+\\)?项)?)"
    "([ \t　]+|$)", G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_law_text_article_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  ZfLawTextArticle *current = NULL;

  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      char *line = g_strchomp (lines[i]);

      if (g_regex_match (number, line, 0, &match))
        {
          g_autofree char *written = g_match_info_fetch (match, 1);
          int end;

          g_match_info_fetch_pos (match, 0, NULL, &end);
          current = g_new0 (ZfLawTextArticle, 1);
          current->article = zf_import_article_in_chinese (written);
          if (line[end] != '\0')
            current->content = g_strdup (line + end);
          if (!g_hash_table_add (seen, current->article))
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("the text names %s twice; each article is written once."),
                           current->article);
              zf_law_text_article_free (current);
              return NULL;
            }
          g_ptr_array_add (articles, current);
        }
      else if (current != NULL)
        {
          g_autofree char *was = current->content;

          current->content = g_strconcat (was ? was : "", "\n", line, NULL);
        }
      else if (*g_strstrip (line) != '\0')
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("the text of a law held whole is written article by article, each "
                         "line beginning with its article (第一条 …), not “%s”."), line);
          return NULL;
        }
    }
  return g_steal_pointer (&articles);
}

char *
zf_import_join_law_text (GPtrArray *articles)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      const ZfLawTextArticle *a = articles->pdata[i];

      g_string_append_printf (text, "%s%s%s%s", i ? "\n" : "", a->article,
                              a->content ? " " : "", a->content ? a->content : "");
    }
  return g_string_free (text, FALSE);
}
