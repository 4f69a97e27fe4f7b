#define G_LOG_DOMAIN "zf-clause"

#include "config.h"

#include <string.h>

#include "zf-clause.h"

/* The seeds are the policy documents the rules come from (DOMAIN.md cites
 * them by the number of their file); the laws and standards by their names.
 * Each title is the one the document gives itself, except S0's: its page
 * leaves the title field (信息名称) blank, so its title is made of its own
 * words, "提出以下实施意见" on "加强基层法治队伍建设" (its 七(二): "共同做好
 * 加强基层法治队伍建设工作，确保本意见落实到位"). */
static const struct
{
  const char *code;
  const char *title;
  gboolean    law;      /* articles are numbered: "§42" is 第四十二条 */
} sources[] = {
  { "S0", "《关于加强基层法治队伍建设的实施意见》", FALSE },
  { "S1", "《华容区开展行政执法协调监督体系工作的实施方案》", FALSE },
  { "S2", "《关于开展诚信行政执法单位创建活动的实施意见》", FALSE },
  { "S3", "《沽源县深入推行行政执法责任制实施方案》", FALSE },
  { "S4", "《县农业局法治政府建设情况报告》", FALSE },
  { "行政处罚法", "《中华人民共和国行政处罚法》", TRUE },
  { "行政许可法", "《中华人民共和国行政许可法》", TRUE },
  { "行政强制法", "《中华人民共和国行政强制法》", TRUE },
  { "行政复议法", "《中华人民共和国行政复议法》", TRUE },
  { "行政诉讼法", "《中华人民共和国行政诉讼法》", TRUE },
  { "GB 32100", "GB 32100《法人和其他组织统一社会信用代码编码规则》", FALSE },
  { "GB 11643", "GB 11643《公民身份号码》", FALSE },
  { "GB/T 2260", "GB/T 2260《中华人民共和国行政区划代码》", FALSE },
};

const char *
zf_source_title (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (sources); i++)
    if (strcmp (sources[i].code, code) == 0)
      return sources[i].title;
  return NULL;
}

/* 1 → 一, 42 → 四十二, 110 → 一百一十, up to 999. */
static void
append_chinese_number (GString *out,
                       guint    n)
{
  static const char *const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  guint hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;

  if (hundreds > 0)
    {
      g_string_append (out, digits[hundreds]);
      g_string_append (out, "百");
      if (tens == 0 && ones > 0)
        g_string_append (out, "零");
    }
  if (tens > 0)
    {
      if (tens > 1 || hundreds > 0)
        g_string_append (out, digits[tens]);
      g_string_append (out, "十");
    }
  if (ones > 0 || n == 0)
    g_string_append (out, digits[ones]);
}

/* "行政处罚法 §42" → 《…》第四十二条; "§42(1)" → 第四十二条(1); a section
 * that is not a number stays as written. */
static void
append_part (GString    *out,
             const char *part)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      gsize n = strlen (sources[i].code);
      const char *rest;

      if (strncmp (part, sources[i].code, n) != 0 ||
          (part[n] != '\0' && part[n] != ' ' && strncmp (part + n, "§", strlen ("§")) != 0))
        continue;
      g_string_append (out, sources[i].title);
      rest = part + n;
      while (*rest == ' ')
        rest++;
      if (g_str_has_prefix (rest, "§"))
        rest += strlen ("§");
      while (*rest == ' ')
        rest++;
      if (sources[i].law && g_ascii_isdigit (*rest))
        {
          char *end = NULL;
          guint64 article = g_ascii_strtoull (rest, &end, 10);

          if (article > 0 && article < 1000)
            {
              g_string_append (out, "第");
              append_chinese_number (out, (guint) article);
              g_string_append (out, "条");
              rest = end;
            }
        }
      g_string_append (out, rest);
      return;
    }
  g_string_append (out, part);
}

char *
zf_clause_heading (const char *rule,
                   const char *clause)
{
  g_autofree char *shown = zf_clause_display (clause);

  if (shown == NULL || *shown == '\0')
    return g_strdup (rule ? rule : "");
  if (rule == NULL || *rule == '\0')
    return g_steal_pointer (&shown);
  return g_strdup_printf ("%s · %s", rule, shown);
}

char *
zf_clause_display (const char *clause)
{
  g_auto(GStrv) parts = NULL;
  GString *out;

  if (clause == NULL)
    return NULL;
  parts = g_strsplit (clause, ";", -1);
  out = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);

      if (*part == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, "；");
      append_part (out, part);
    }
  return g_string_free (out, FALSE);
}
