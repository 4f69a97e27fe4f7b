#define G_LOG_DOMAIN "zf-import-normalize"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-mapping.h"
#include "zf-import-normalize.h"
#include "zf-validate.h"

char *
zf_excel_serial_to_iso (double   serial,
                        gboolean date1904)
{
  GDate date;
  gint64 days;

  /* Up to 9999-12-31, Excel's last day. Checked before the conversion to
   * an integer, which is undefined for huge values. */
  if (!isfinite (serial) || serial < 0 || serial >= 2958466)
    return NULL;
  days = (gint64) floor (serial);
  if (days < (date1904 ? 0 : 1))
    return NULL;

  if (date1904)
    {
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1904);
      g_date_add_days (&date, days);
    }
  else
    {
      if (days == 60)
        return NULL;     /* 1900-02-29 */
      g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 1899);
      g_date_add_days (&date, days < 60 ? days : days - 1);
    }
  return zf_date_to_iso (&date);
}

char *
zf_import_text (const char *text)
{
  return zf_text_normalize (text);
}

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

static char *
iso_from_parts (guint64 y,
                guint64 m,
                guint64 d)
{
  if (y < 1900 || y > 9999 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", (guint) y, (guint) m, (guint) d);
}

static char *
date_bad (const char  *text,
          GError     **error)
{
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("“%s” is not a date; write it as 2023-03-21, 2023/3/21, 2023.3.21, "
                 "2023年3月21日 or 20230321."), text);
  return NULL;
}

char *
zf_import_date (const char  *text,
                ZfCellType   type,
                gboolean     date1904,
                GError     **error)
{
  g_autofree char *t = zf_code_fold_width (text);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) unified = NULL;
  guint64 y, m, d;
  char *iso;

  if (*t == '\0')
    return g_strdup ("");

  if (type == ZF_CELL_DATE && zf_date_is_valid (t))
    return g_steal_pointer (&t);
  /* Already ISO, as most files write it: what the separators' path below
   * would give back, without its splitting and printing (per date cell). */
  if (zf_date_is_valid (t) && strncmp (t, "1900", 4) >= 0)
    return g_strndup (t, 10);

  /* 20230321 */
  if (strlen (t) == 8 && all_digits (t))
    {
      y = g_ascii_strtoull (t, NULL, 10) / 10000;
      m = g_ascii_strtoull (t + 4, NULL, 10) / 100;
      d = g_ascii_strtoull (t + 6, NULL, 10);
      iso = iso_from_parts (y, m, d);
      return iso ? iso : date_bad (text, error);
    }

  /* A serial number: a date cell Excel wrote as a number, or a CSV cell. */
  if (type == ZF_CELL_NUMBER || (strlen (t) <= 7 && all_digits (t)) ||
      (strchr (t, '.') && strchr (t, '.') == strrchr (t, '.') && strlen (t) < 12 &&
       g_ascii_isdigit (t[0]) && strchr (t, '.') - t == 5))
    {
      char *end = NULL;
      double serial = g_ascii_strtod (t, &end);

      if (end != t && *end == '\0')
        {
          /* 1985 or 1991.06 typed into a number cell is a year (and a
           * month), never the serial of a day in 1905 (1909 in the 1904
           * system): no register holds such a date. */
          if (serial >= 1900 && serial < 2200)
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("“%s” is a year (and month), not a whole date; write the date "
                             "as 2023-03-21."), text);
              return NULL;
            }
          iso = zf_excel_serial_to_iso (serial, date1904);
          return iso ? iso : date_bad (text, error);
        }
    }

  /* 2023-03-21, 2023/3/21, 2023.3.21, 2023年3月21日: unify the separators. */
  unified = g_string_new (NULL);
  for (const char *p = t; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '.' || c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */)
        g_string_append_c (unified, '-');
      else if (c == 0x65E5 /* 日 */ || c == 0x53F7 /* 号 */)
        continue;
      else if (c == ' ' || c == 'T')
        break;     /* a time part, as in "2023-03-21 00:00:00" */
      else
        g_string_append_unichar (unified, c);
    }
  parts = g_strsplit (unified->str, "-", -1);
  if (g_strv_length (parts) != 3 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, 9999, &y, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL))
    return date_bad (text, error);
  iso = iso_from_parts (y, m, d);
  return iso ? iso : date_bad (text, error);
}

gboolean
zf_import_is_open_ended (const char *text)
{
  static const char *const words[] = {
    "长期", "长期有效", "永久", "永久有效", "无期限", "无固定期限", "长期(有效)", "Long-term",
    ZF_IMPORT_OPEN_ENDED, NULL
  };
  g_autofree char *t = zf_code_fold_width (text);

  return g_strv_contains (words, t) || g_str_equal (t, _("Long-term"));
}

/* Whether @text reads as one whole date: a year, a month and a day, not
 * a bare serial number (a range's end is never written as one). */
static gboolean
is_full_date (const char *text)
{
  g_autofree char *iso = NULL;

  if (strlen (text) < 6)
    return FALSE;
  iso = zf_import_date (text, ZF_CELL_TEXT, FALSE, NULL);
  return iso != NULL && *iso != '\0';
}

gboolean
zf_import_split_date_range (const char  *text,
                            char       **start,
                            char       **end)
{
  static const char *const joins[] = { "至", "到", "~", "—", "–" };
  g_autofree char *t = zf_code_fold_width (text);

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  *start = *end = NULL;
  for (guint j = 0; j < G_N_ELEMENTS (joins); j++)
    {
      const char *at = strstr (t, joins[j]);

      if (at != NULL)
        {
          g_autofree char *a = g_strstrip (g_strndup (t, at - t));
          g_autofree char *b = g_strstrip (g_strdup (at + strlen (joins[j])));

          if (!is_full_date (a) || !is_full_date (b))
            return FALSE;
          *start = g_steal_pointer (&a);
          *end = g_steal_pointer (&b);
          return TRUE;
        }
    }
  /* A hyphen joins two dates only where both sides are whole dates:
   * 2023-03-21 alone splits into no such pair. */
  for (const char *at = strchr (t, '-'); at != NULL; at = strchr (at + 1, '-'))
    {
      g_autofree char *a = g_strstrip (g_strndup (t, at - t));
      g_autofree char *b = g_strstrip (g_strdup (at + 1));

      if (is_full_date (a) && is_full_date (b))
        {
          *start = g_steal_pointer (&a);
          *end = g_steal_pointer (&b);
          return TRUE;
        }
    }
  return FALSE;
}

char *
zf_import_id_number (const char  *text,
                     ZfCellType   type,
                     GError      **error)
{
  g_autofree char *id = zf_id_number_normalize (text);
  g_autoptr(GError) local = NULL;

  if (*id == '\0')
    return g_strdup ("");

  /* Excel shows numbers of more than 11 digits as 1.10105E+17 and keeps
   * only 15 significant digits: the rest are gone for good. */
  if (strchr (id, 'E') != NULL && strchr (id, '+') != NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is an ID number that Excel turned into a number: its last "
                     "digits are lost. Format the column as text in Excel, type the "
                     "numbers again and re-import."), text);
      return NULL;
    }

  if (zf_id_number_validate (id, &local))
    return g_steal_pointer (&id);

  if ((type == ZF_CELL_NUMBER && strlen (id) >= 15) ||
      (strlen (id) == 18 && all_digits (id) && g_str_has_suffix (id, "000")))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The ID number “%s” was stored by Excel as a number and has lost "
                     "its last digits (Excel keeps 15). Format the column as text in "
                     "Excel, type the numbers again and re-import."), text);
      return NULL;
    }

  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

char *
zf_import_credit_code (const char  *text,
                       GError     **error)
{
  g_autofree char *code = zf_credit_code_normalize (text);

  if (*code == '\0')
    return g_strdup ("");
  if (!zf_credit_code_validate (code, error))
    return NULL;
  return g_steal_pointer (&code);
}

static gboolean
word_in (const char        *text,
         const char *const *words)
{
  for (guint i = 0; words[i]; i++)
    if (g_ascii_strcasecmp (text, words[i]) == 0 || strcmp (text, words[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
zf_import_sex (const char  *text,
               GError     **error)
{
  static const char *const male[] = { "男", "男性", "M", "male", "1", NULL };
  static const char *const female[] = { "女", "女性", "F", "female", "2", NULL };
  g_autofree char *t = zf_code_fold_width (text);

  if (*t == '\0')
    return g_strdup ("");
  if (word_in (t, male))
    return g_strdup ("male");
  if (word_in (t, female))
    return g_strdup ("female");
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("“%s” is not a sex; write 男 or 女."), text);
  return NULL;
}

char *
zf_import_bool (const char  *text,
                GError     **error)
{
  static const char *const yes[] = { "是", "有", "已", "已备案", "Y", "yes", "true", "1", "√", NULL };
  static const char *const no[] = { "否", "无", "未", "未备案", "N", "no", "false", "0", "×", NULL };
  g_autofree char *t = zf_code_fold_width (text);

  if (*t == '\0')
    return g_strdup ("0");
  if (word_in (t, yes))
    return g_strdup ("1");
  if (word_in (t, no))
    return g_strdup ("0");
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("“%s” is neither yes nor no; write 是 or 否."), text);
  return NULL;
}

char *
zf_import_number (const char  *text,
                  gboolean     integer,
                  GError     **error)
{
  g_autofree char *t = zf_code_fold_width (text);
  g_autoptr(GString) digits = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end = NULL;
  double value;

  if (*t == '\0')
    return g_strdup ("");

  for (const char *p = t; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == ' ')
        continue;
      if ((c == 0x5143 /* 元 */ || c == 0x4EBA /* 人 */ || c == 0x5929 /* 天 */) &&
          *g_utf8_next_char (p) == '\0')
        break;
      g_string_append_unichar (digits, c);
    }
  value = g_ascii_strtod (digits->str, &end);
  if (digits->len == 0 || *end != '\0' || !isfinite (value) ||
      (integer && (value != floor (value) || fabs (value) > 1e12)))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   integer ? _("“%s” is not a whole number.") : _("“%s” is not a number."),
                   text);
      return NULL;
    }
  if (value == floor (value) && fabs (value) < 1e15)
    g_snprintf (buf, sizeof buf, "%.0f", value);
  else
    g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  return g_strdup (buf);
}

/* The code @text names: a code or its label exactly, else one of its
 * Chinese names (zf_import_alias_match), else the one code whose label
 * the text contains. Never a label that merely contains the text, as
 * zf_code_match() allows on a search field: 在编 is inside 非在编. */
static const char *
code_match (const ZfCodeList *list,
            const char       *aliases,
            const char       *text)
{
  const char *found = NULL;
  guint n_found = 0;

  for (guint i = 0; i < list->n_codes; i++)
    {
      const ZfCode *c = &list->codes[i];

      if (g_ascii_strcasecmp (text, c->code) == 0 || g_ascii_strcasecmp (text, c->label) == 0 ||
          strcmp (text, _(c->label)) == 0)
        return c->code;
    }
  found = zf_import_alias_match (aliases, text);
  if (found != NULL)
    return found;
  for (guint i = 0; i < list->n_codes; i++)
    if (strstr (text, _(list->codes[i].label)) != NULL)
      {
        found = list->codes[i].code;
        n_found++;
      }
  return n_found == 1 ? found : NULL;
}

char *
zf_import_code (const ZfCodeList  *list,
                const char        *aliases,
                const char        *text,
                char             **note,
                GError           **error)
{
  g_autofree char *t = zf_text_normalize (text);
  g_autoptr(GString) choices = g_string_new (NULL);
  const char *code;

  if (*t == '\0')
    return g_strdup ("");

  code = code_match (list, aliases, t);
  if (code != NULL)
    {
      const char *label = zf_code_label (list, code);

      if (note != NULL && strcmp (t, label) != 0 && strcmp (t, code) != 0)
        *note = g_strdup_printf ("%s → %s", t, label);
      return g_strdup (code);
    }

  for (guint i = 0; i < list->n_codes; i++)
    {
      if (i > 0)
        g_string_append (choices, _(", "));
      g_string_append (choices, _(list->codes[i].label));
    }
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("“%s” matches none (or more than one) of: %s."), text, choices->str);
  return NULL;
}

/* The month of a year-month written with a point, from the digits after
 * it: as typed in a text cell; in a number cell Excel dropped a trailing
 * zero, so .1 is January or October (0 for both) and .6 is June. */
static guint
month_after_point (const char *digits,
                   gboolean    number_cell)
{
  guint64 m;

  if (!g_ascii_string_to_unsigned (digits, 10, 0, 99, &m, NULL) || strlen (digits) > 2)
    return 13;
  if (number_cell && strlen (digits) == 1)
    return m == 1 ? 0 : m;
  return (guint) m;
}

static char *
birth_bad (const char  *text,
           GError     **error)
{
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
               _("“%s” is not a birth date; write it as 1985-06-15, or a year and month "
                 "as 1985.06 or 1985年6月."), text);
  return NULL;
}

/* A year-month or a date, before today and not before 1900. */
static char *
birth_in_range (char        *iso,
                const char  *text,
                GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (strncmp (iso, "1900", 4) < 0 || strncmp (iso, today, strlen (iso)) > 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” cannot be a birth date: it is before 1900 or in the future."),
                   text);
      g_free (iso);
      return NULL;
    }
  return iso;
}

char *
zf_import_birth_date (const char  *text,
                      ZfCellType   type,
                      gboolean     date1904,
                      GError     **error)
{
  g_autofree char *t = zf_code_fold_width (text);
  g_autoptr(GMatchInfo) match = NULL;
  static GRegex *year_month;
  guint64 y;
  guint m;

  if (*t == '\0')
    return g_strdup ("");
  if (g_once_init_enter (&year_month))
    g_once_init_leave (&year_month,
                               g_regex_new ("^(\\d{4})\\s*(?:[-./年]\\s*(\\d{1,2})\\s*月?|(\\d{2}))$",
                                            G_REGEX_OPTIMIZE, 0, NULL));

  /* A date cell formatted to show a year and a month (yyyy.mm,
   * yyyy"年"m"月"): what it shows is what the person wrote. */
  if (type == ZF_CELL_YEAR_MONTH && zf_date_is_valid (t))
    return birth_in_range (g_strndup (t, 7), text, error);

  if (g_regex_match (year_month, t, 0, &match))
    {
      g_autofree char *year = g_match_info_fetch (match, 1);
      g_autofree char *after = g_match_info_fetch (match, 2);
      g_autofree char *six = g_match_info_fetch (match, 3);
      gboolean point = strchr (t, '.') != NULL;

      y = g_ascii_strtoull (year, NULL, 10);
      if (six != NULL && *six != '\0')
        m = (guint) g_ascii_strtoull (six, NULL, 10);
      else
        m = point ? month_after_point (after, type == ZF_CELL_NUMBER)
                  : (guint) g_ascii_strtoull (after, NULL, 10);
      if (m == 0 && point)
        /* Both readings, for the ID number to decide (see the plan). */
        return birth_in_range (g_strdup_printf ("%04u-01|%04u-10", (guint) y, (guint) y),
                               text, error);
      if (m < 1 || m > 12 || y < 1000)
        return birth_bad (text, error);
      return birth_in_range (g_strdup_printf ("%04u-%02u", (guint) y, m), text, error);
    }
  if (strlen (t) == 4 && all_digits (t))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is a year only; write the year and month (1985.06) or the date."),
                   text);
      return NULL;
    }
  {
    char *iso = zf_import_date (text, type == ZF_CELL_YEAR_MONTH ? ZF_CELL_DATE : type,
                                date1904, error);

    return iso ? birth_in_range (iso, text, error) : NULL;
  }
}

gboolean
zf_import_birth_date_agrees (const char *birth,
                             const char *from_id)
{
  g_auto(GStrv) readings = NULL;

  if (birth == NULL || *birth == '\0')
    return TRUE;
  readings = g_strsplit (birth, "|", -1);
  for (guint i = 0; readings[i]; i++)
    if (strncmp (readings[i], from_id, strlen (readings[i])) == 0)
      return TRUE;
  return FALSE;
}

char *
zf_import_certificate_number (const char  *text,
                              ZfCellType   type,
                              GError     **error)
{
  g_autofree char *number = zf_code_normalize (text);

  if (*number == '\0')
    return g_strdup ("");
  /* As with ID numbers: Excel keeps 15 significant digits of a number
   * and shows a long one as 4.20901E+17. */
  if (g_regex_match_simple ("^[0-9]+(\\.[0-9]+)?E\\+[0-9]+$", number, 0, 0) ||
      (type == ZF_CELL_NUMBER && strlen (number) > 15))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The certificate number “%s” was stored by Excel as a number and has "
                     "lost its last digits. Format the column as text in Excel, type the "
                     "numbers again and re-import."), text);
      return NULL;
    }
  return g_steal_pointer (&number);
}
