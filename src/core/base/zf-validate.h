#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ZF_SEX_UNKNOWN,
  ZF_SEX_MALE,
  ZF_SEX_FEMALE,
} ZfSex;

/* GB 32100-2015 unified social credit code (统一社会信用代码). */
char      zf_credit_code_check_char (const char *first17);
gboolean  zf_credit_code_validate   (const char  *code,
                                     GError     **error);
char     *zf_credit_code_normalize  (const char  *text);

/* GB 11643-1999 citizen identity number (公民身份号码). */
char      zf_id_number_check_char   (const char *first17);
gboolean  zf_id_number_validate     (const char  *id_number,
                                     GError     **error);
char     *zf_id_number_normalize    (const char  *text);
gboolean  zf_id_number_birth_date   (const char  *id_number,
                                     char        *iso_out /* 11 bytes */);
ZfSex     zf_id_number_sex          (const char  *id_number);

/* GB/T 2260 six-digit division code: shape only, the list itself changes yearly. */
gboolean  zf_region_code_validate   (const char  *code,
                                     GError     **error);

/* Mainland mobile or fixed-line number: digits, '-' and spaces, 7 to 20 digits. */
gboolean  zf_phone_validate         (const char  *phone,
                                     GError     **error);

/* An identifier as stored and compared (ID number, credit code,
 * certificate number): half-width, without any space, non-breaking or
 * zero-width space, without the leading apostrophe, ="…" or quotes a
 * spreadsheet keeps a code as text with, ASCII letters upper-case.
 * '4209 0066 0007' and 420900660007 are one number. */
char     *zf_code_normalize         (const char  *text);

/* Free text as stored: full-width letters, digits and symbols (Ａ１　－)
 * half-width, surrounding white space removed; the punctuation of Chinese
 * text (zf_is_chinese_punctuation()) stays as written, so that
 * 综合执法局（城管局） and 因…的，依法追究 keep their brackets and commas. */
char     *zf_text_normalize         (const char  *text);
/* Every full-width ASCII character half-width, for codes and for values
 * parsed from text (dates, numbers), where （ and ( mean the same. */
char     *zf_code_fold_width        (const char  *text);
/* The full-width punctuation Chinese text uses: ！（），：；？ */
gboolean  zf_is_chinese_punctuation (gunichar     c);

/* A person's name: zf_text_normalize(), then no space between Chinese
 * characters or beside a middle dot (rosters pad 张　三 to the width of
 * three-character names; 买买提 · 艾力), other runs of space as one. */
char     *zf_name_normalize         (const char  *text);

/* For files and print: control characters become their visible pictures
 * (U+0001 → ␁, DEL → ␡), a carriage return a line break, and the
 * non-characters U+FFFE/U+FFFF the replacement character: XML cannot hold
 * them and a printed page would hide them, so they are shown, never
 * dropped. Tab and line feed stay. Returns NULL when nothing needs to
 * change (the caller keeps @text). */
char     *zf_text_make_visible      (const char  *text);

G_END_DECLS
