#define G_LOG_DOMAIN "zf-validate"

#include "config.h"

#include <string.h>

#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-validate.h"

/* GB 32100 uses 31 characters: digits and capitals without I, O, Z, S, V,
 * so that a code read aloud or handwritten cannot be confused. */
static const char credit_charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const int credit_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
};

static int
credit_char_value (char c)
{
  const char *p = strchr (credit_charset, c);

  if (c == '\0' || p == NULL)
    return -1;
  return (int) (p - credit_charset);
}

char
zf_credit_code_check_char (const char *first17)
{
  int sum = 0;

  g_return_val_if_fail (first17 != NULL, '\0');

  for (guint i = 0; i < 17; i++)
    {
      int v = credit_char_value (first17[i]);

      if (v < 0)
        return '\0';
      sum += v * credit_weights[i];
    }

  return credit_charset[(31 - sum % 31) % 31];
}

gboolean
zf_credit_code_validate (const char  *code,
                         GError     **error)
{
  char expected;

  if (code == NULL || strlen (code) != 18)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A unified social credit code has 18 characters; “%s” has %u."),
                   code ? code : "", code ? (guint) g_utf8_strlen (code, -1) : 0);
      return FALSE;
    }

  for (guint i = 0; i < 18; i++)
    if (credit_char_value (code[i]) < 0)
      {
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("Character %u of the credit code “%s” is not allowed "
                       "(only digits and capitals other than I, O, Z, S, V)."),
                     i + 1, code);
        return FALSE;
      }

  expected = zf_credit_code_check_char (code);
  if (code[17] != expected)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The check character of the credit code “%s” should be “%c” "
                     "(GB 32100); please check the code for a typing error."),
                   code, expected);
      return FALSE;
    }

  return TRUE;
}

char *
zf_credit_code_normalize (const char *text)
{
  return zf_code_normalize (text);
}

static const int id_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

char
zf_id_number_check_char (const char *first17)
{
  static const char check[] = "10X98765432";
  int sum = 0;

  g_return_val_if_fail (first17 != NULL, '\0');

  for (guint i = 0; i < 17; i++)
    {
      if (!g_ascii_isdigit (first17[i]))
        return '\0';
      sum += (first17[i] - '0') * id_weights[i];
    }

  return check[sum % 11];
}

gboolean
zf_id_number_birth_date (const char *id_number,
                         char       *iso_out)
{
  int y, m, d;

  if (id_number == NULL || strlen (id_number) != 18)
    return FALSE;
  for (guint i = 6; i < 14; i++)
    if (!g_ascii_isdigit (id_number[i]))
      return FALSE;

  y = (id_number[6] - '0') * 1000 + (id_number[7] - '0') * 100 +
      (id_number[8] - '0') * 10 + (id_number[9] - '0');
  m = (id_number[10] - '0') * 10 + (id_number[11] - '0');
  d = (id_number[12] - '0') * 10 + (id_number[13] - '0');
  if (y < 1900 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (iso_out != NULL)
    g_snprintf (iso_out, 11, "%04d-%02d-%02d", y, m, d);
  return TRUE;
}

ZfSex
zf_id_number_sex (const char *id_number)
{
  if (id_number == NULL || strlen (id_number) != 18 || !g_ascii_isdigit (id_number[16]))
    return ZF_SEX_UNKNOWN;
  return ((id_number[16] - '0') % 2) ? ZF_SEX_MALE : ZF_SEX_FEMALE;
}

gboolean
zf_id_number_validate (const char  *id_number,
                       GError     **error)
{
  char expected;
  gsize len = id_number ? strlen (id_number) : 0;

  if (len != 18)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("An ID number has 18 characters; “%s” has %u."),
                   id_number ? id_number : "",
                   id_number ? (guint) g_utf8_strlen (id_number, -1) : 0);
      return FALSE;
    }

  for (guint i = 0; i < 17; i++)
    if (!g_ascii_isdigit (id_number[i]))
      {
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                     _("The first 17 characters of an ID number are digits; "
                       "character %u of “%s” is not."),
                     i + 1, id_number);
        return FALSE;
      }

  if (!zf_id_number_birth_date (id_number, NULL))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The ID number “%s” does not hold a valid birth date "
                     "(characters 7 to 14)."),
                   id_number);
      return FALSE;
    }

  expected = zf_id_number_check_char (id_number);
  if (id_number[17] != expected)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("The last character of the ID number “%s” should be “%c” "
                     "(GB 11643 check digit); please check it for a typing error."),
                   id_number, expected);
      return FALSE;
    }

  return TRUE;
}

char *
zf_id_number_normalize (const char *text)
{
  /* People write the check character as a lower-case x; it is stored
   * upper-case, as zf_code_normalize() gives it. */
  return zf_code_normalize (text);
}

/* Characters a cell shows as nothing or as a blank: every kind of space
 * (the non-breaking one web pages and Word tables carry) and the
 * invisible format characters (zero-width space and joiners, BOM). */
static gboolean
is_invisible (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_FORMAT ||
         c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

static gboolean
is_quote (gunichar c)
{
  return c == '\'' || c == '"' || c == '`' || c == 0x2018 || c == 0x2019 ||
         c == 0x201C || c == 0x201D;
}

/* Whether zf_code_normalize() leaves @text as it is but for the case: only
 * printable ASCII without spaces, neither a leading '=' nor a quote at
 * either end (every code of a register file that needs no cleaning). */
static gboolean
is_clean_code (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p++, n++)
    if ((guchar) *p < 0x21 || (guchar) *p > 0x7e)
      return FALSE;
  return n > 0 && text[0] != '=' && !is_quote ((guchar) text[0]) &&
         !is_quote ((guchar) text[n - 1]);
}

char *
zf_code_normalize (const char *text)
{
  g_autofree char *half = NULL;
  g_autoptr(GString) out = NULL;
  const char *start, *end;

  if (text != NULL && is_clean_code (text))
    return g_ascii_strup (text, -1);
  half = zf_code_fold_width (text);
  out = g_string_sized_new (strlen (half));
  for (const char *p = half; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_invisible (c))
        g_string_append_unichar (out, c);
    }
  /* ="420900660007" is how a CSV keeps Excel from making a number of a
   * code; a leading apostrophe does the same in a cell, and quotes come
   * with text pasted from a document. None is part of the code. */
  start = out->str;
  end = out->str + out->len;
  if (end - start >= 1 && *start == '=')
    start++;
  while (start < end && is_quote (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && is_quote (g_utf8_get_char (g_utf8_find_prev_char (start, end))))
    end = g_utf8_find_prev_char (start, end);
  return g_ascii_strup (start, end - start);
}

gboolean
zf_region_code_validate (const char  *code,
                         GError     **error)
{
  gboolean ok = code != NULL && strlen (code) == 6;

  for (guint i = 0; ok && i < 6; i++)
    ok = g_ascii_isdigit (code[i]);

  if (!ok || code[0] == '0')
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("A division code (GB/T 2260) has six digits, e.g. 420703; “%s” does not."),
                   code ? code : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_phone_validate (const char  *phone,
                   GError     **error)
{
  guint digits = 0;

  for (const char *p = phone; p && *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != '-' && *p != ' ' && *p != '+' && *p != '(' && *p != ')')
        digits = 100;
    }

  if (digits < 7 || digits > 20)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not a telephone number."), phone ? phone : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_is_chinese_punctuation (gunichar c)
{
  /* ！ （ ） ， ： ； ？ as GB/T 15834 writes them in Chinese text. */
  return c == 0xFF01 || c == 0xFF08 || c == 0xFF09 || c == 0xFF0C || c == 0xFF1A ||
         c == 0xFF1B || c == 0xFF1F;
}

char *
zf_code_fold_width (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x3000)
        c = ' ';
      else if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

char *
zf_text_normalize (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x3000)                      /* ideographic space */
        c = ' ';
      else if (c >= 0xFF01 && c <= 0xFF5E && !zf_is_chinese_punctuation (c))
        c = c - 0xFF01 + 0x21;              /* full-width ASCII block */
      g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/* What a space between two such characters only pads. */
static gboolean
joins_in_name (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN ||
         c == 0x00B7 || c == 0x2027 || c == 0x30FB;   /* middle dots */
}

char *
zf_name_normalize (const char *text)
{
  g_autofree char *plain = zf_text_normalize (text);
  GString *out = g_string_sized_new (strlen (plain));
  gunichar last = 0;
  const char *p = plain;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          const char *next = p;

          /* The text is stripped: a run of space ends before its end. */
          while (g_unichar_isspace (g_utf8_get_char (next)))
            next = g_utf8_next_char (next);
          if (!joins_in_name (last) || !joins_in_name (g_utf8_get_char (next)))
            g_string_append_c (out, ' ');
          p = next;
          continue;
        }
      g_string_append_unichar (out, c);
      last = c;
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
needs_picture (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || c == 0xfffe || c == 0xffff;
}

char *
zf_text_make_visible (const char *text)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return NULL;
  for (p = text; *p; p = g_utf8_next_char (p))
    if (needs_picture (g_utf8_get_char (p)))
      break;
  if (*p == '\0')
    return NULL;

  out = g_string_new_len (text, p - text);
  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!needs_picture (c))
        g_string_append_unichar (out, c);
      else if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c == 0x7f)
        g_string_append_unichar (out, 0x2421);   /* ␡ */
      else if (c >= 0xfffe)
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, 0x2400 + c);
    }
  return g_string_free (out, FALSE);
}
