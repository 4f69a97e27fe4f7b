#include "config.h"

#include <locale.h>

#include <string.h>

#include "import-fixtures.h"
#include "zf-error.h"
#include "zf-import-mapping.h"
#include "zf-import-normalize.h"
#include "zf-xlsx-reader.h"

typedef struct
{
  const char *input;
  ZfCellType  type;
  gboolean    date1904;
  const char *expected;   /* NULL: refused */
} DateCase;

static void
test_dates (void)
{
  static const DateCase cases[] = {
    { "2023-03-21", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { "2023/3/21", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { "2023.3.21", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { "2023年3月21日", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { "２０２３年３月２１日", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { "20230321", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { " 2023-3-1 ", ZF_CELL_TEXT, FALSE, "2023-03-01" },
    { "2023-03-21 00:00:00", ZF_CELL_TEXT, FALSE, "2023-03-21" },
    { "45006", ZF_CELL_TEXT, FALSE, "2023-03-21" },        /* serial in a CSV */
    { "45006", ZF_CELL_NUMBER, FALSE, "2023-03-21" },
    { "45006.75", ZF_CELL_NUMBER, FALSE, "2023-03-21" },   /* time of day dropped */
    { "43544", ZF_CELL_NUMBER, TRUE, "2023-03-21" },       /* 1904 system */
    { "0", ZF_CELL_NUMBER, TRUE, "1904-01-01" },
    { "1", ZF_CELL_NUMBER, FALSE, "1900-01-01" },
    { "59", ZF_CELL_NUMBER, FALSE, "1900-02-28" },
    { "60", ZF_CELL_NUMBER, FALSE, NULL },                 /* 1900-02-29 never was */
    { "61", ZF_CELL_NUMBER, FALSE, "1900-03-01" },
    { "2958465", ZF_CELL_NUMBER, FALSE, "9999-12-31" },
    { "2958466", ZF_CELL_NUMBER, FALSE, NULL },
    { "0", ZF_CELL_NUMBER, FALSE, NULL },
    { "4.44444e+33", ZF_CELL_NUMBER, FALSE, NULL },        /* found by fuzzing */
    { "-45006", ZF_CELL_NUMBER, FALSE, NULL },
    { "2023-02-29", ZF_CELL_TEXT, FALSE, NULL },
    { "2024-02-29", ZF_CELL_TEXT, FALSE, "2024-02-29" },
    { "2023/13/1", ZF_CELL_TEXT, FALSE, NULL },
    { "20231301", ZF_CELL_TEXT, FALSE, NULL },
    { "三月", ZF_CELL_TEXT, FALSE, NULL },
    { "2023-03", ZF_CELL_TEXT, FALSE, NULL },
    { "", ZF_CELL_TEXT, FALSE, "" },
    { "2023-03-21", ZF_CELL_DATE, FALSE, "2023-03-21" },
    /* Already ISO as text: the same bounds as any other form. */
    { "1899-12-31", ZF_CELL_TEXT, FALSE, NULL },
    { "1900-01-01", ZF_CELL_TEXT, FALSE, "1900-01-01" },
    { "9999-12-31", ZF_CELL_TEXT, FALSE, "9999-12-31" },
    { "0023-03-21", ZF_CELL_TEXT, FALSE, NULL },
    /* A year (and month) typed as a number is no serial of 1905 (or
     * 1909 in the 1904 system). */
    { "1991.06", ZF_CELL_NUMBER, FALSE, NULL },
    { "1991.06", ZF_CELL_NUMBER, TRUE, NULL },
    { "1985", ZF_CELL_NUMBER, FALSE, NULL },
    { "1985", ZF_CELL_TEXT, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = zf_import_date (cases[i].input, cases[i].type, cases[i].date1904, &error);

      g_test_message ("date %s", cases[i].input);
      g_assert_cmpstr (iso, ==, cases[i].expected);
      if (cases[i].expected == NULL)
        g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    }
}

/* 出生年月 as rosters write it: a year and month stays one, never a
 * serial; with a day, a date; the age of a person on the staff. */
static void
test_birth_dates (void)
{
  static const DateCase cases[] = {
    { "1985.06", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "1985.6", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "1985.1", ZF_CELL_TEXT, FALSE, "1985-01" },        /* as typed: January */
    { "1985.10", ZF_CELL_TEXT, FALSE, "1985-10" },
    { "1985年6月", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "1985 年 06 月", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "1985-06", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "1985/06", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "198506", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "１９８５．０６", ZF_CELL_TEXT, FALSE, "1985-06" },
    { "1991.06", ZF_CELL_NUMBER, FALSE, "1991-06" },      /* was 1905-06-13 */
    { "1991.06", ZF_CELL_NUMBER, TRUE, "1991-06" },       /* was 1909-… */
    { "1991.12", ZF_CELL_NUMBER, FALSE, "1991-12" },
    { "1991.6", ZF_CELL_NUMBER, FALSE, "1991-06" },       /* 1991.60 has no month 60 */
    { "1991.1", ZF_CELL_NUMBER, FALSE, "1991-01|1991-10" },  /* .01 or .10: the ID decides */
    { "1985-06-01", ZF_CELL_YEAR_MONTH, FALSE, "1985-06" },  /* a yyyy.mm date cell */
    { "1985-06-15", ZF_CELL_DATE, FALSE, "1985-06-15" },
    { "1985-06-15", ZF_CELL_TEXT, FALSE, "1985-06-15" },
    { "1985年6月15日", ZF_CELL_TEXT, FALSE, "1985-06-15" },
    { "31213", ZF_CELL_NUMBER, FALSE, "1985-06-15" },     /* a serial of a real day */
    { "1985.13", ZF_CELL_TEXT, FALSE, NULL },
    { "1985", ZF_CELL_TEXT, FALSE, NULL },                 /* a year alone */
    { "1985", ZF_CELL_NUMBER, FALSE, NULL },
    { "1899.12", ZF_CELL_TEXT, FALSE, NULL },              /* before 1900 */
    { "1899-12-31", ZF_CELL_TEXT, FALSE, NULL },
    { "2199.01", ZF_CELL_TEXT, FALSE, NULL },              /* in the future */
    { "2199-01-01", ZF_CELL_TEXT, FALSE, NULL },
    { "六月", ZF_CELL_TEXT, FALSE, NULL },
    { "", ZF_CELL_TEXT, FALSE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = zf_import_birth_date (cases[i].input, cases[i].type,
                                                   cases[i].date1904, &error);

      g_test_message ("birth date %s", cases[i].input);
      g_assert_cmpstr (iso, ==, cases[i].expected);
      if (cases[i].expected == NULL)
        g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    }
  g_assert_true (zf_import_birth_date_agrees ("1985-06", "1985-06-15"));
  g_assert_true (zf_import_birth_date_agrees ("1985-06-15", "1985-06-15"));
  g_assert_true (zf_import_birth_date_agrees ("1991-01|1991-10", "1991-10-03"));
  g_assert_true (zf_import_birth_date_agrees (NULL, "1991-10-03"));
  g_assert_false (zf_import_birth_date_agrees ("1985-07", "1985-06-15"));
  g_assert_false (zf_import_birth_date_agrees ("1985-06-14", "1985-06-15"));
  g_assert_false (zf_import_birth_date_agrees ("1991-01|1991-10", "1991-11-03"));
}

/* Certificate numbers (and ID numbers, credit codes) as cells carry
 * them: one number however it was kept as text or pasted. */
static void
test_certificate_numbers (void)
{
  static const struct { const char *input; ZfCellType type; const char *expected; } cases[] = {
    { "420900660007", ZF_CELL_TEXT, "420900660007" },
    { "4209 0066 0007", ZF_CELL_TEXT, "420900660007" },
    { "'420900660007", ZF_CELL_TEXT, "420900660007" },
    { "＇４２０９００６６０００７", ZF_CELL_TEXT, "420900660007" },
    { "=\"420900660007\"", ZF_CELL_TEXT, "420900660007" },
    { "420900660007\u00a0", ZF_CELL_TEXT, "420900660007" },
    { "4209\u200b0066\u200b0007", ZF_CELL_TEXT, "420900660007" },
    { "\ufeff420900660007", ZF_CELL_TEXT, "420900660007" },
    { "4209\u30000066 0007", ZF_CELL_TEXT, "420900660007" },
    { "“420900660007”", ZF_CELL_TEXT, "420900660007" },
    { "ea-0012", ZF_CELL_TEXT, "EA-0012" },
    { "鄂 A 0012", ZF_CELL_TEXT, "鄂A0012" },
    { "420900660007", ZF_CELL_NUMBER, "420900660007" },
    { "4.20901E+17", ZF_CELL_TEXT, NULL },                /* Excel's number, digits lost */
    { "4209006600071234", ZF_CELL_NUMBER, NULL },          /* more than 15 digits */
    { " \u200b ", ZF_CELL_TEXT, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *number = zf_import_certificate_number (cases[i].input, cases[i].type, &error);

      g_test_message ("certificate number %s", cases[i].input);
      g_assert_cmpstr (number, ==, cases[i].expected);
      if (cases[i].expected == NULL)
        g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    }
  {
    g_autofree char *id = zf_import_id_number ("'11010519491231002x\u00a0", ZF_CELL_TEXT, NULL);
    g_assert_cmpstr (id, ==, "11010519491231002X");
  }
}

/* The field index of every column of every register is that of its first
 * field; a column no field has is -1, whatever copy of the text asks. */
static void
test_field_index (void)
{
  static const ZfImportRegisterId ids[] = {
    ZF_IMPORT_BODIES, ZF_IMPORT_OFFICERS, ZF_IMPORT_MATTERS, ZF_IMPORT_CASES,
  };

  for (guint r = 0; r < G_N_ELEMENTS (ids); r++)
    {
      const ZfImportRegister *reg = zf_import_register_get (ids[r]);

      for (guint i = 0; i < reg->n_fields; i++)
        {
          g_autofree char *copy = g_strdup (reg->fields[i].column);
          int first = i;

          for (guint j = 0; j < i; j++)
            if (strcmp (reg->fields[j].column, copy) == 0)
              {
                first = j;
                break;
              }
          g_assert_cmpint (zf_import_register_field_index (reg, copy), ==, first);
        }
      g_assert_cmpint (zf_import_register_field_index (reg, "no_such_column"), ==, -1);
      g_assert_cmpint (zf_import_register_field_index (reg, NULL), ==, -1);
    }
}

static void
test_id_numbers (void)
{
  g_autofree char *valid = zf_test_id_number (7, TRUE);
  g_autofree char *lower = g_ascii_strdown (valid, -1);
  g_autofree char *head = g_strndup (valid, 15);
  g_autofree char *zeros = g_strconcat (head, "000", NULL);
  g_autofree char *typo = g_strdup (valid);
  GString *wide = g_string_new (NULL);
  struct { const char *input; ZfCellType type; const char *expected; const char *reason; } cases[] = {
    { valid, ZF_CELL_TEXT, valid, NULL },
    { NULL, ZF_CELL_TEXT, valid, NULL },          /* full-width digits, filled below */
    { "1.10105E+17", ZF_CELL_TEXT, NULL, "Excel" },
    { "4.20703199001E+17", ZF_CELL_NUMBER, NULL, "Excel" },
    { zeros, ZF_CELL_TEXT, NULL, "lost" },
    { zeros, ZF_CELL_NUMBER, NULL, "lost" },
    { typo, ZF_CELL_TEXT, NULL, "check digit" },
    { "42070319900101", ZF_CELL_TEXT, NULL, "18 characters" },
    { "", ZF_CELL_TEXT, "", NULL },
  };

  /* The check character is never '0' after a change of the last digit. */
  typo[17] = typo[17] == '1' ? '2' : '1';
  for (const char *p = valid; *p; p++)
    g_string_append_unichar (wide, g_ascii_isdigit (*p) ? (gunichar) (0xFF10 + (*p - 0x30)) : (gunichar) *p);
  cases[1].input = wide->str;
  if (valid[17] == 'X')
    cases[0].input = lower;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *id = zf_import_id_number (cases[i].input, cases[i].type, &error);

      g_test_message ("id %s", cases[i].input);
      g_assert_cmpstr (id, ==, cases[i].expected);
      if (cases[i].reason != NULL)
        {
          g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].reason));
        }
    }
  g_string_free (wide, TRUE);
}

static void
test_simple_values (void)
{
  struct { char *(*parse) (const char *, GError **); const char *input; const char *expected; } cases[] = {
    { zf_import_sex, "男", "male" },
    { zf_import_sex, " 女 ", "female" },
    { zf_import_sex, "F", "female" },
    { zf_import_sex, "未知", NULL },
    { zf_import_bool, "是", "1" },
    { zf_import_bool, "否", "0" },
    { zf_import_bool, "TRUE", "1" },
    { zf_import_bool, "√", "1" },
    { zf_import_bool, "", "0" },
    { zf_import_bool, "也许", NULL },
    { zf_import_credit_code, "91420703ma0000007x", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *v = cases[i].parse (cases[i].input, &error);

      g_assert_cmpstr (v, ==, cases[i].expected);
      if (cases[i].expected == NULL)
        g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    }
}

static void
test_numbers (void)
{
  struct { const char *input; gboolean integer; const char *expected; } cases[] = {
    { "3", TRUE, "3" },
    { "３", TRUE, "3" },
    { "1,000", TRUE, "1000" },
    { "2.5", TRUE, NULL },
    { "2.5", FALSE, "2.5" },
    { "5000元", FALSE, "5000" },
    { "5000.00", FALSE, "5000" },
    { "abc", FALSE, NULL },
    { "", FALSE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *v = zf_import_number (cases[i].input, cases[i].integer, &error);

      g_assert_cmpstr (v, ==, cases[i].expected);
    }
}

static void
test_codes (void)
{
  static const char aliases[] =
    "organ=行政机关|机关;authorized=法律法规授权组织|授权组织|授权;entrusted=受委托组织|委托组织|委托";
  struct { const char *input; const char *expected; gboolean noted; } cases[] = {
    { "organ", "organ", FALSE },
    { "Administrative organ", "organ", FALSE },
    { "行政机关", "organ", TRUE },
    { "委托", "entrusted", TRUE },
    { "法律法规授权的组织", "authorized", TRUE },   /* contains 授权 */
    { "事业单位", NULL, FALSE },
    { "", "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *note = NULL;
      g_autofree char *code = zf_import_code (&zf_body_kinds, aliases, cases[i].input, &note, &error);

      g_test_message ("code %s", cases[i].input);
      g_assert_cmpstr (code, ==, cases[i].expected);
      g_assert_true ((note != NULL) == cases[i].noted);
      if (note)
        g_assert_true (g_str_has_prefix (note, cases[i].input));
      if (cases[i].expected == NULL)
        g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
    }
}

/* Staffing as rosters write it (DOMAIN.md §2): each name in common use
 * gives its code, the compounds that contain two codes' names included. */
static void
test_staffing (void)
{
  const ZfImportRegister *reg = zf_import_register_lookup ("officers");
  const ZfImportField *f = &reg->fields[zf_import_register_field_index (reg, "staffing")];
  static const struct { const char *input; const char *expected; } cases[] = {
    { "行政编制", "administrative" },
    { "公务员", "administrative" },
    { "聘任制公务员", "administrative" },
    { "参公事业编制", "civil_service_managed" },
    { "参照公务员法管理", "civil_service_managed" },
    { "参公", "civil_service_managed" },
    { "参照公务员法管理事业编制", "civil_service_managed" },
    { "事业编制", "institution" },
    { "全额拨款事业编制", "institution" },
    { "工勤", "non_staff" },
    { "聘用", "non_staff" },
    { "合同制", "non_staff" },
    { "劳务派遣", "non_staff" },
    { "编外人员", "non_staff" },
    { "协管员", "auxiliary" },
    { "辅助人员", "auxiliary" },
    { "执法辅助人员", "auxiliary" },
    { "在编", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *code = zf_import_code (f->codes, f->aliases, cases[i].input, NULL, &error);

      g_test_message ("staffing %s", cases[i].input);
      g_assert_cmpstr (code, ==, cases[i].expected);
    }
}

static void
test_headers (void)
{
  const ZfImportRegister *officers = zf_import_register_lookup ("officers");
  struct { const char *header; const char *column; } cases[] = {
    { "姓名", "name" },
    { "名字", "name" },
    { "* 姓 名", "name" },
    { "身份证号", "id_number" },
    { "身份证号码", "id_number" },
    { "公民身份号码（必填）", "id_number" },
    { "执法证号", "certificate_number" },
    { "执法证件号", "certificate_number" },
    { "证件编号", "certificate_number" },
    { "单位", "body_name" },
    { "所在单位", "body_name" },
    { "执法主体", "body_name" },
    { "有效期", "valid_until" },
    { "有效期至", "valid_until" },
    { "Certificate number", "certificate_number" },
    /* A note in brackets after the name; a bracket inside it stays. */
    { "身份证号码（18位）", "id_number" },
    { "联系电话(手机)", "phone" },
    { "科(股)室", "section_name" },
    { "执法证件编号", "certificate_number" },
    { "证件有效期", "valid_until" },
    { "（备注）", NULL },
    { "序号", NULL },
    { "", NULL },
  };

  g_assert_nonnull (officers);
  g_assert_null (zf_import_register_lookup ("nothing"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int f = zf_import_field_for_header (officers, cases[i].header);

      g_test_message ("header %s", cases[i].header);
      if (cases[i].column == NULL)
        g_assert_cmpint (f, ==, -1);
      else
        g_assert_cmpstr (officers->fields[f].column, ==, cases[i].column);
    }
}

static void
test_date_ranges (void)
{
  struct { const char *text; const char *start; const char *end; } cases[] = {
    { "2023.03.21-2028.03.20", "2023.03.21", "2028.03.20" },
    { "2023-03-21-2028-03-20", "2023-03-21", "2028-03-20" },
    { "2023年3月21日至2028年3月20日", "2023年3月21日", "2028年3月20日" },
    { "2023/3/21 ～ 2028/3/20", "2023/3/21", "2028/3/20" },
    { "2023.3.21—2028.3.20", "2023.3.21", "2028.3.20" },
    { "2023-03-21", NULL, NULL },
    { "20230321", NULL, NULL },
    { "长期", NULL, NULL },
    { "2023至今", NULL, NULL },
    { "", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      gboolean split = zf_import_split_date_range (cases[i].text, &start, &end);

      g_test_message ("range %s", cases[i].text);
      g_assert_cmpint (split, ==, cases[i].start != NULL);
      g_assert_cmpstr (start, ==, cases[i].start);
      g_assert_cmpstr (end, ==, cases[i].end);
    }
}

static void
test_cell_refs (void)
{
  struct { const char *ref; gboolean ok; guint column, row; } cases[] = {
    { "A1", TRUE, 0, 1 },
    { "Z9", TRUE, 25, 9 },
    { "AA10", TRUE, 26, 10 },
    { "AB12", TRUE, 27, 12 },
    { "XFD1048576", TRUE, 16383, 1048576 },
    { "XFE1", FALSE, 0, 0 },
    { "A0", FALSE, 0, 0 },
    { "A1048577", FALSE, 0, 0 },
    { "1A", FALSE, 0, 0 },
    { "a1", FALSE, 0, 0 },
    { "", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint column = 0, row = 0;

      g_assert_cmpint (zf_xlsx_parse_cell_ref (cases[i].ref, &column, &row), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_autofree char *letter = zf_column_letter (column);
          g_assert_cmpuint (column, ==, cases[i].column);
          g_assert_cmpuint (row, ==, cases[i].row);
          g_assert_true (g_str_has_prefix (cases[i].ref, letter));
        }
    }
}

static void
test_date_formats (void)
{
  struct { guint id; const char *code; gboolean date; } cases[] = {
    { 14, NULL, TRUE },
    { 22, NULL, TRUE },
    { 0, NULL, FALSE },
    { 49, NULL, FALSE },
    { 176, "yyyy/m/d", TRUE },
    { 177, "yyyy\"年\"m\"月\"d\"日\"", TRUE },
    { 178, "[$-804]yyyy年m月d日", TRUE },
    { 179, "0.00", FALSE },
    { 180, "h:mm:ss", FALSE },
    { 181, "mm:ss", FALSE },
    { 182, "\"day\" 0", FALSE },
    { 183, "[Red]0.00", FALSE },
    { 184, "@", FALSE },
  };
  /* Formats that show no day: a 出生年月 cell's day is not meant. */
  struct { guint id; const char *code; gboolean year_month; } months[] = {
    { 14, NULL, FALSE },
    { 17, NULL, TRUE },
    { 57, NULL, TRUE },
    { 31, NULL, FALSE },
    { 185, "yyyy.mm", TRUE },
    { 186, "yyyy\"年\"m\"月\"", TRUE },
    { 187, "yyyy\"年\"m\"月\"d\"日\"", FALSE },
    { 188, "0.00", FALSE },
    { 189, "\"day\" yyyy.mm", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (zf_xlsx_format_is_date (cases[i].id, cases[i].code), ==, cases[i].date);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    g_assert_cmpint (zf_xlsx_format_is_year_month (months[i].id, months[i].code), ==,
                     months[i].year_month);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/normalize/dates", test_dates);
  g_test_add_func ("/import/normalize/birth-dates", test_birth_dates);
  g_test_add_func ("/import/normalize/certificate-numbers", test_certificate_numbers);
  g_test_add_func ("/import/normalize/date-ranges", test_date_ranges);
  g_test_add_func ("/import/normalize/id-numbers", test_id_numbers);
  g_test_add_func ("/import/normalize/simple", test_simple_values);
  g_test_add_func ("/import/normalize/numbers", test_numbers);
  g_test_add_func ("/import/normalize/codes", test_codes);
  g_test_add_func ("/import/normalize/staffing", test_staffing);
  g_test_add_func ("/import/mapping/headers", test_headers);
  g_test_add_func ("/import/mapping/field-index", test_field_index);
  g_test_add_func ("/import/xlsx/cell-refs", test_cell_refs);
  g_test_add_func ("/import/xlsx/date-formats", test_date_formats);
  return g_test_run ();
}
