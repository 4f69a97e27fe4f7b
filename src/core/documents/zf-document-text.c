#define G_LOG_DOMAIN "zf-document"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "zf-document.h"
#include "zf-i18n.h"

static gboolean
is_chinese (gunichar c)
{
  return (c >= 0x3000 && c <= 0x303F) ||     /* CJK punctuation: 、。〔〕 */
         (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF) ||     /* full-width forms */
         (c >= 0x20000 && c <= 0x3FFFF) ||
         c == 0x201C || c == 0x201D || c == 0x2014;
}

static gunichar
full_width (gunichar c)
{
  switch (c)
    {
    case ',': return 0xFF0C;
    case ':': return 0xFF1A;
    case ';': return 0xFF1B;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    case '?': return 0xFF1F;
    case '!': return 0xFF01;
    case '.': return 0x3002;
    default:  return 0;
    }
}

#define WIDE_OPEN    0xFF08     /* （ */
#define WIDE_CLOSE   0xFF09     /* ） */
#define SQUARE_OPEN  0xFF3B     /* ［ */
#define SQUARE_CLOSE 0xFF3D     /* ］ */
#define YEAR_OPEN    0x3014     /* 〔 */
#define YEAR_CLOSE   0x3015     /* 〕 */

static gboolean
is_open_round (gunichar c)
{
  return c == '(' || c == WIDE_OPEN;
}

static gboolean
is_close_round (gunichar c)
{
  return c == ')' || c == WIDE_CLOSE;
}

/* The nearest character before @i (after, with @step 1) that is not a
 * space, or 0. */
static gunichar
neighbour (const gunichar *chars,
           glong           n,
           glong           i,
           int             step)
{
  for (i += step; i >= 0 && i < n && chars[i] == ' '; i += step)
    ;
  return i >= 0 && i < n ? chars[i] : 0;
}

/* 发文字号 (GB/T 9704-2012 §7.2.3): the year of 华司执监(2026)3号, in
 * whatever brackets it was typed, is set in 六角括号: 〔2026〕3号. @i is
 * at the opening bracket. */
static gboolean
is_number_year (const gunichar *chars,
                glong           n,
                glong           i)
{
  glong j = i + 6;

  if (i == 0 || !is_chinese (chars[i - 1]) || i + 6 >= n ||
      g_utf8_strchr ("([（［【〔", -1, chars[i]) == NULL ||
      g_utf8_strchr (")]）］】〕", -1, chars[i + 5]) == NULL)
    return FALSE;
  for (glong k = i + 1; k < i + 5; k++)
    if (!g_ascii_isdigit (chars[k]))
      return FALSE;
  if (chars[j] == 0x7B2C)     /* 第 */
    j++;
  if (j >= n || !g_ascii_isdigit (chars[j]))
    return FALSE;
  while (j < n && g_ascii_isdigit (chars[j]))
    j++;
  return j < n && chars[j] == 0x53F7;    /* 号 */
}

/* Whether the round brackets at @open and @close, a pair, are Chinese
 * text's: one of them typed full-width, Chinese inside, or a number or
 * nothing inside next to Chinese ("小(1)型"). A Latin word inside keeps
 * them as typed ("HTTP(S)协议"). */
static gboolean
is_chinese_pair (const gunichar *chars,
                 glong           n,
                 glong           open,
                 glong           close)
{
  gboolean latin = FALSE;

  if (chars[open] == WIDE_OPEN || chars[close] == WIDE_CLOSE)
    return TRUE;
  for (glong k = open + 1; k < close; k++)
    {
      if (is_chinese (chars[k]))
        return TRUE;
      latin = latin || g_ascii_isalpha (chars[k]);
    }
  return !latin && (is_chinese (neighbour (chars, n, open, -1)) ||
                    is_chinese (neighbour (chars, n, close, 1)));
}

/* What each round bracket becomes: its pair's form by depth (括号套用,
 * GB/T 15834-2011 §4.9: the same form is not nested; the house sets
 * （…［…］…） and, deeper, round again), or 0 for a bracket left as it
 * was typed. Unpaired brackets are left to their neighbours. */
static void
pair_brackets (const gunichar *chars,
               glong           n,
               gunichar       *wide,
               gboolean       *paired)
{
  g_autoptr(GArray) open = NULL;
  g_autofree glong *partner = NULL;
  int depth = 0;

  if (n <= 0)
    return;
  open = g_array_new (FALSE, FALSE, sizeof (glong));
  partner = g_new0 (glong, n);

  for (glong i = 0; i < n; i++)
    {
      if (wide[i] != 0)
        continue;       /* a 文号's year */
      if (is_open_round (chars[i]))
        g_array_append_val (open, i);
      else if (is_close_round (chars[i]) && open->len > 0)
        {
          glong o = g_array_index (open, glong, open->len - 1);

          g_array_set_size (open, open->len - 1);
          partner[o] = i;
          paired[o] = paired[i] = TRUE;
        }
    }
  for (glong i = 0; i < n; i++)
    {
      if (!paired[i])
        continue;
      if (is_open_round (chars[i]))
        {
          if (!is_chinese_pair (chars, n, i, partner[i]))
            continue;
          wide[i] = depth % 2 == 0 ? WIDE_OPEN : SQUARE_OPEN;
          wide[partner[i]] = depth % 2 == 0 ? WIDE_CLOSE : SQUARE_CLOSE;
          depth++;
        }
      else if (wide[i] != 0)
        depth--;
    }
}

/* The full-width form of the mark @chars[@i] has in Chinese text, or 0
 * where it stays: in a number (1,234.5, 10:30), a date, a Latin word. */
static gunichar
mark_in_context (const gunichar *chars,
                 glong           n,
                 glong           i)
{
  gunichar c = chars[i];
  gunichar before = neighbour (chars, n, i, -1);
  gunichar after = neighbour (chars, n, i, 1);

  if (full_width (c) == 0)
    return 0;
  if (c == '.' && (g_unichar_isdigit (before) || g_unichar_isdigit (after) ||
                   (after != 0 && !is_chinese (after))))
    return 0;     /* 1.5, 1. item numbers and abbreviations stay */
  return is_chinese (before) || is_chinese (after) ? full_width (c) : 0;
}

char *
zf_document_text_normalize (const char *text)
{
  g_autofree gunichar *chars = NULL;
  g_autofree gunichar *wide = NULL;
  g_autofree gboolean *paired = NULL;
  glong n = 0;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  wide = g_new0 (gunichar, n + 1);
  paired = g_new0 (gboolean, n + 1);
  for (glong i = 0; i < n; i++)
    if (is_number_year (chars, n, i))
      {
        wide[i] = YEAR_OPEN;
        wide[i + 5] = YEAR_CLOSE;
      }
  pair_brackets (chars, n, wide, paired);
  for (glong i = 0; i < n; i++)
    if (wide[i] == 0 && !paired[i])
      wide[i] = mark_in_context (chars, n, i);

  out = g_string_sized_new (strlen (text) + 8);
  for (glong i = 0; i < n; i++)
    {
      if (wide[i] == 0)
        {
          g_string_append_unichar (out, chars[i]);
          continue;
        }
      /* A full-width mark carries its own space: none around it. */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_unichar (out, wide[i]);
      while (i + 1 < n && chars[i + 1] == ' ')
        i++;
    }
  return g_string_free (out, FALSE);
}

char *
zf_document_sentence (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  const char *end;
  gboolean closing;
  gunichar last;

  if (*trimmed == '\0')
    return g_strdup ("");
  end = g_utf8_find_prev_char (trimmed, trimmed + strlen (trimmed));
  last = g_utf8_get_char (end);
  /* A closing bracket or quote ends the sentence only after its own stop
   * (“……。”); after a quoted word (未写明“条、款、项”) the 。 follows. */
  closing = g_utf8_strchr ("）)》」』”’〕】", -1, last) != NULL;
  if (closing && end > trimmed)
    {
      gunichar before = g_utf8_get_char (g_utf8_find_prev_char (trimmed, end));

      if (g_utf8_strchr ("。！？.!?…", -1, before) != NULL)
        return g_steal_pointer (&trimmed);
    }
  if (g_unichar_ispunct (last) && !closing)
    return g_steal_pointer (&trimmed);
  /* Chinese text ends with 。, other text with a full stop. */
  return g_strconcat (trimmed, g_unichar_iswide (last) || (closing && last != ')') ? "。" : ".", NULL);
}

char *
zf_document_format_date (const char *iso_date)
{
  int y, m, d;
  char tail;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");
  if (sscanf (iso_date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 ||
      d > 31)
    return g_strdup (iso_date);
  return g_strdup_printf ("%d年%d月%d日", y, m, d);
}

char *
zf_document_format_amount (double yuan)
{
  g_autofree char *digits = NULL;
  GString *out;
  gboolean negative = yuan < 0;
  gint64 cents;
  gint64 whole;
  int frac;
  int len;

  if (isnan (yuan))
    return g_strdup ("");
  cents = (gint64) llround (fabs (yuan) * 100.0);
  whole = cents / 100;
  frac = (int) (cents % 100);
  digits = g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  len = (int) strlen (digits);
  out = g_string_new (negative ? "-" : "");
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (frac != 0)
    g_string_append_printf (out, ".%02d", frac);
  g_string_append (out, "元");
  return g_string_free (out, FALSE);
}

char *
zf_document_format_number (const char *prefix,
                           int         year,
                           gint64      serial)
{
  return g_strdup_printf ("%s〔%d〕%" G_GINT64_FORMAT "号", prefix ? prefix : "", year, serial);
}

/* Fonts. The 公文 fonts an office installs, in order of preference, then
 * the stand-in every Zhifa installation has (tools/debian-packages.txt). */
typedef struct
{
  const char *preferred[8];
  const char *fallback;
  const char *docx;
} FontChoice;

static const FontChoice choices[ZF_DOCUMENT_N_FONTS] = {
  [ZF_DOCUMENT_FONT_TITLE] = {
    { "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "小标宋", "方正小标宋", NULL },
    "Noto Serif CJK SC", "方正小标宋简体" },
  [ZF_DOCUMENT_FONT_BODY] = {
    { "仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "方正仿宋_GBK", "方正仿宋简体", NULL },
    "Noto Serif CJK SC", "仿宋" },
  [ZF_DOCUMENT_FONT_HEADING1] = {
    { "黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", NULL },
    "Noto Sans CJK SC", "黑体" },
  [ZF_DOCUMENT_FONT_HEADING2] = {
    { "楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "方正楷体_GBK", "方正楷体简体", NULL },
    "AR PL UKai CN", "楷体" },
};

typedef struct
{
  const char *family;
  gboolean    fallback;
} Chosen;

static Chosen chosen[ZF_DOCUMENT_N_FONTS];

static gboolean
installed (const char *family)
{
  FcPattern *pattern = FcPatternCreate ();
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
  FcFontSet *set;
  gboolean found;

  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) family);
  set = FcFontList (NULL, pattern, objects);
  found = set != NULL && set->nfont > 0;
  if (set)
    FcFontSetDestroy (set);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return found;
}

static void
choose_fonts (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;
  for (int f = 0; f < ZF_DOCUMENT_N_FONTS; f++)
    {
      chosen[f].family = choices[f].fallback;
      chosen[f].fallback = TRUE;
      for (int i = 0; choices[f].preferred[i]; i++)
        if (installed (choices[f].preferred[i]))
          {
            chosen[f].family = choices[f].preferred[i];
            chosen[f].fallback = FALSE;
            break;
          }
    }
  g_once_init_leave (&done, 1);
}

const char *
zf_document_font_family (ZfDocumentFont font)
{
  g_return_val_if_fail (font < ZF_DOCUMENT_N_FONTS, NULL);
  choose_fonts ();
  return chosen[font].family;
}

gboolean
zf_document_font_is_fallback (ZfDocumentFont font)
{
  g_return_val_if_fail (font < ZF_DOCUMENT_N_FONTS, TRUE);
  choose_fonts ();
  return chosen[font].fallback;
}

const char *
zf_document_font_docx_name (ZfDocumentFont font)
{
  g_return_val_if_fail (font < ZF_DOCUMENT_N_FONTS, NULL);
  choose_fonts ();
  return chosen[font].fallback ? choices[font].docx : chosen[font].family;
}

const char *
zf_document_font_stand_in (ZfDocumentFont font)
{
  g_return_val_if_fail (font < ZF_DOCUMENT_N_FONTS, NULL);
  return choices[font].fallback;
}

static const ZfDocumentSeries series_list[] = {
  { "opinion", N_("Evaluation opinions") },
  { "notice", N_("Rectification notices") },
};

const ZfDocumentSeries *
zf_document_series_list (guint *n_series)
{
  *n_series = G_N_ELEMENTS (series_list);
  return series_list;
}

char *
zf_document_prefix_key (const char *series)
{
  return g_strdup_printf ("document.%s.prefix", series);
}

/* The series' prefix, or NULL when it has none. */
static char *
series_prefix (ZfStore    *store,
               const char *series)
{
  g_autofree char *key = zf_document_prefix_key (series);
  char *prefix = zf_store_get_setting_text (store, key);

  if (prefix != NULL)
    g_strstrip (prefix);
  if (prefix != NULL && *prefix == '\0')
    g_clear_pointer (&prefix, g_free);
  return prefix;
}

/* A document's year: its date's, else this year. */
static int
series_year (const char *iso_date)
{
  int year = 0;

  if (iso_date == NULL || sscanf (iso_date, "%4d", &year) != 1)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      year = g_date_time_get_year (now);
    }
  return year;
}

char *
zf_document_next_number (ZfStore    *store,
                         const char *series,
                         const char *iso_date)
{
  g_autofree char *prefix = NULL;
  g_autofree char *counter_key = NULL;
  int year;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if ((prefix = series_prefix (store, series)) == NULL)
    return NULL;
  year = series_year (iso_date);
  counter_key = g_strdup_printf ("document.%s.%d", series, year);
  return zf_document_format_number (prefix, year,
                                    zf_store_get_setting_int (store, counter_key, 0) + 1);
}

char *
zf_document_issue_number (ZfStore     *store,
                          const char  *series,
                          const char  *iso_date,
                          GError     **error)
{
  g_autofree char *prefix = NULL;
  g_autofree char *counter_key = NULL;
  g_autofree char *value = NULL;
  int year;
  gint64 serial;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if ((prefix = series_prefix (store, series)) == NULL)
    return NULL;
  year = series_year (iso_date);
  counter_key = g_strdup_printf ("document.%s.%d", series, year);
  if (!zf_store_begin (store, error))
    return NULL;
  serial = zf_store_get_setting_int (store, counter_key, 0) + 1;
  value = g_strdup_printf ("%" G_GINT64_FORMAT, serial);
  if (!zf_store_set_setting (store, counter_key, value, error) || !zf_store_commit (store, error))
    {
      zf_store_rollback (store);
      return NULL;
    }
  return zf_document_format_number (prefix, year, serial);
}
