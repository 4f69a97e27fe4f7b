#pragma once

#include <glib.h>

#include "zf-codes.h"
#include "zf-row-source.h"

G_BEGIN_DECLS

/* Values as people type them into spreadsheets, turned into what the
 * register stores. Each parser returns the stored form or sets a translated
 * ZF_ERROR_INVALID that says what was wrong and how to write it. */

/* Excel serial day number → ISO date. The 1900 system counts 1900-02-29,
 * a day that never existed (Lotus 1-2-3's leap-year bug, kept by Excel);
 * the 1904 system (old Mac workbooks) counts from 1904-01-01 as day 0. */
char     *zf_excel_serial_to_iso      (double        serial,
                                       gboolean      date1904);

/* Full-width digits, letters and spaces to half-width, trimmed. */
char     *zf_import_text              (const char   *text);

/* 2023-03-21, 2023/3/21, 2023.3.21, 2023年3月21日, 20230321, or a serial
 * number (a date cell or a number Excel wrote into a CSV). */
char     *zf_import_date              (const char   *text,
                                       ZfCellType    type,
                                       gboolean      date1904,
                                       GError      **error);
/* A period written in one cell, as certificates print their validity:
 * 2023.03.21-2028.03.20, 2023年3月21日至2028年3月20日, 2023/3/21~2028/3/20.
 * TRUE with both ends (as written, for zf_import_date()) when @text is two
 * dates joined by 至, 到, ~, — or -; FALSE for one date or anything else. */
/* What the import keeps in a validity cell written 长期, 长期有效, 永久…
 * (or the roster's own "Long-term"): the card has no end date. */
#define ZF_IMPORT_OPEN_ENDED "open-ended"
gboolean  zf_import_is_open_ended     (const char   *text);

gboolean  zf_import_split_date_range  (const char   *text,
                                       char        **start,
                                       char        **end);
/* An 18-character GB 11643 number. One that Excel stored as a number
 * (1.10105E+17, or 18 digits ending in zeros that fail the check digit) is
 * refused with that explanation: the lost digits cannot be recovered. */
char     *zf_import_id_number         (const char   *text,
                                       ZfCellType    type,
                                       GError      **error);
/* A birth date as rosters write it: a date (2023-03-21 and the forms
 * zf_import_date() reads), or a year and month (1985.06, 1985年6月,
 * 1985-06, 198506, a date cell formatted yyyy.mm, the number 1991.06),
 * which gives "1985-06" — never an Excel serial. The number 1991.1 may
 * be January or October (Excel drops the 0 of .10): "1991-01|1991-10",
 * for the ID number to decide. Before 1900 or after today is refused. */
char     *zf_import_birth_date        (const char   *text,
                                       ZfCellType    type,
                                       gboolean      date1904,
                                       GError      **error);
/* Whether @birth (as zf_import_birth_date() gives it; empty agrees) is
 * the date @from_id, or its year and month. */
gboolean  zf_import_birth_date_agrees (const char   *birth,
                                       const char   *from_id);
/* A certificate number normalized as zf_code_normalize() does; one that
 * Excel turned into a number of more than 15 digits is refused. */
char     *zf_import_certificate_number (const char  *text,
                                        ZfCellType   type,
                                        GError     **error);
char     *zf_import_credit_code       (const char   *text,
                                       GError      **error);
/* 男/女/M/F → "male"/"female". */
char     *zf_import_sex               (const char   *text,
                                       GError      **error);
/* 是/否, 有/无, Y/N, TRUE/FALSE, 1/0, √ → "1"/"0". */
char     *zf_import_bool              (const char   *text,
                                       GError      **error);
/* Integers and amounts; thousands separators and a trailing 元 allowed. */
char     *zf_import_number            (const char   *text,
                                       gboolean      integer,
                                       GError      **error);
/* A code of @list matched loosely (code, label, or a label that contains
 * or is contained in the text), then among the Chinese names in @aliases
 * (see zf_import_alias_match()). @note receives "委托 → Entrusted
 * organization" when the match was not exact, so the preview can show it. */
char     *zf_import_code              (const ZfCodeList *list,
                                       const char   *aliases,
                                       const char   *text,
                                       char        **note,
                                       GError      **error);

G_END_DECLS
