#define G_LOG_DOMAIN "zf-xlsx-reader"

#include "config.h"

#include <string.h>

#include "zf-xlsx-reader.h"

/* What a workbook's text says of a cell: its reference (AB12), and
 * whether its number format shows a date, or a year and month only. */

gboolean
zf_xlsx_parse_cell_ref (const char *ref,
                        guint      *column,
                        guint      *row)
{
  guint64 col = 0, r = 0;
  const char *p = ref;

  if (ref == NULL)
    return FALSE;
  for (; *p >= 'A' && *p <= 'Z'; p++)
    {
      col = col * 26 + (*p - 'A' + 1);
      if (col > 16384)
        return FALSE;
    }
  if (col == 0)
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      r = r * 10 + (*p - '0');
      if (r > 1048576)
        return FALSE;
    }
  if (*p != '\0' || r == 0)
    return FALSE;
  if (column)
    *column = col - 1;
  if (row)
    *row = r;
  return TRUE;
}

/* The letters of a number format's first section that say what it shows,
 * lower-cased: quoted literals, [colour]/[locale] sections and escaped
 * characters say nothing about the format's kind ("年" inside quotes
 * must not count). */
static char *
format_letters (const char *code)
{
  GString *letters = g_string_new (NULL);

  for (const char *p = code; *p; p++)
    {
      if (*p == '"')
        {
          for (p++; *p && *p != '"'; p++)
            ;
          if (!*p)
            break;
        }
      else if (*p == '[')
        {
          for (p++; *p && *p != ']'; p++)
            ;
          if (!*p)
            break;
        }
      else if (*p == '\\' || *p == '_')
        {
          if (!*++p)
            break;
        }
      else if (*p == ';')
        break;
      else if (strchr ("ydmhsYDMHS", *p) != NULL)
        g_string_append_c (letters, g_ascii_tolower (*p));
    }
  return g_string_free (letters, FALSE);
}

gboolean
zf_xlsx_format_is_date (guint       format_id,
                        const char *code)
{
  g_autofree char *letters = NULL;

  if (code == NULL)
    return (format_id >= 14 && format_id <= 22) || (format_id >= 27 && format_id <= 36) ||
           (format_id >= 50 && format_id <= 58);
  letters = format_letters (code);
  return strpbrk (letters, "yd") != NULL ||
         (strchr (letters, 'm') != NULL && strpbrk (letters, "hs") == NULL);
}

gboolean
zf_xlsx_format_is_year_month (guint       format_id,
                              const char *code)
{
  g_autofree char *letters = NULL;

  if (!zf_xlsx_format_is_date (format_id, code))
    return FALSE;
  /* mmm-yy, and the zh-CN built-ins showing yyyy"年"m"月". */
  if (code == NULL)
    return format_id == 17 || format_id == 27 || format_id == 36 || format_id == 50 ||
           format_id == 52 || format_id == 57;
  letters = format_letters (code);
  return strchr (letters, 'y') != NULL && strchr (letters, 'd') == NULL;
}
