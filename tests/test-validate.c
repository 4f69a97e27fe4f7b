#define G_LOG_DOMAIN "test-validate"

#include "config.h"

#include <locale.h>

#include "zf-codes.h"
#include "zf-error.h"
#include "zf-document.h"
#include "zf-validate.h"
#include "zf-test-util.h"

/* GB 32100 unified social credit codes: the check character is the 18th. */
typedef struct
{
  const char *input;
  gboolean    valid;
  const char *message_part;   /* a piece of the error message that says why */
} CodeCase;

static const CodeCase credit_cases[] = {
  /* Published example codes, check characters verified independently. */
  { "91350100M000100Y43", TRUE, NULL },
  { "91110000600037341L", TRUE, NULL },
  { "11100000000013127D", TRUE, NULL },
  { "91440300708461136T", TRUE, NULL },
  /* Check character wrong: says which one it should be. */
  { "12100000400010839M", FALSE, "should be “1”" },
  { "91350100M000100Y44", FALSE, "should be “3”" },
  /* Length */
  { "", FALSE, "18 characters" },
  { "91350100M000100Y4", FALSE, "has 17" },
  { "91350100M000100Y433", FALSE, "has 19" },
  /* Letters GB 32100 leaves out (I, O, Z, S, V) and lower case. */
  { "91350100I000100Y43", FALSE, "Character 9" },
  { "91350100O000100Y43", FALSE, "Character 9" },
  { "9135010SM00100Y433", FALSE, "Character 8" },
  { "91350100m000100Y43", FALSE, "Character 9" },
  { "91350100M000100Y4-", FALSE, "Character 18" },
};

static void
test_credit_code_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (credit_cases); i++)
    {
      const CodeCase *c = &credit_cases[i];
      g_autoptr(GError) error = NULL;
      gboolean ok = zf_credit_code_validate (c->input, &error);

      g_test_message ("credit code “%s”", c->input);
      g_assert_cmpint (ok, ==, c->valid);
      if (c->valid)
        {
          g_assert_no_error (error);
          g_assert_cmpint (zf_credit_code_check_char (c->input), ==, c->input[17]);
        }
      else
        {
          g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, c->message_part));
        }
    }
}

static void
test_credit_code_computed (void)
{
  /* Every check character the generator computes validates, and every other
   * character in the last place is refused. */
  for (guint n = 0; n < 500; n++)
    {
      g_autofree char *code = zf_test_credit_code (n * 7919);
      static const char charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

      char check = code[17];

      g_assert_true (zf_credit_code_validate (code, NULL));
      for (const char *p = charset; *p; p++)
        if (*p != check)
          {
            code[17] = *p;
            g_assert_false (zf_credit_code_validate (code, NULL));
          }
    }

  g_assert_cmpint (zf_credit_code_check_char ("9135010OM000100Y4"), ==, '\0');
}

static void
test_credit_code_normalize (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "91350100m000100y43", "91350100M000100Y43" },
    /* Full-width digits and letters as typed with a Chinese input method. */
    { "９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43" },
    { "９１３５０１００ｍ０００１００ｙ４３", "91350100M000100Y43" },
    { "　91350100M000100Y43 ", "91350100M000100Y43" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = zf_credit_code_normalize (cases[i].input);

      g_assert_cmpstr (normalized, ==, cases[i].expected);
      if (*cases[i].expected)
        g_assert_true (zf_credit_code_validate (normalized, NULL));
    }
}

typedef struct
{
  const char *input;
  gboolean    valid;
  const char *message_part;
  const char *birth;          /* NULL: no valid birth date */
  ZfSex       sex;
} IdCase;

static const IdCase id_cases[] = {
  /* The example of GB 11643 itself, check character X. */
  { "11010519491231002X", TRUE, NULL, "1949-12-31", ZF_SEX_FEMALE },
  { "44052419500101001X", TRUE, NULL, "1950-01-01", ZF_SEX_MALE },
  { "420703199003071231", TRUE, NULL, "1990-03-07", ZF_SEX_MALE },
  /* 2000 was a leap year. */
  { "42070320000229456X", TRUE, NULL, "2000-02-29", ZF_SEX_FEMALE },
  /* Wrong check digit: names the right one. */
  { "110105194912310021", FALSE, "should be “X”", "1949-12-31", ZF_SEX_FEMALE },
  { "420703199003071232", FALSE, "should be “1”", "1990-03-07", ZF_SEX_MALE },
  /* Lower-case x is not stored: normalization makes it upper case. */
  { "11010519491231002x", FALSE, "should be “X”", "1949-12-31", ZF_SEX_FEMALE },
  /* Birth dates that do not exist. */
  { "420703199902300018", FALSE, "birth date", NULL, ZF_SEX_MALE },
  { "420703190002290010", FALSE, "birth date", NULL, ZF_SEX_MALE },
  { "420703199013010012", FALSE, "birth date", NULL, ZF_SEX_MALE },
  { "420703189912310012", FALSE, "birth date", NULL, ZF_SEX_MALE },
  /* Shape */
  { "42070319900307123", FALSE, "has 17", NULL, ZF_SEX_UNKNOWN },
  { "4207031990030712311", FALSE, "has 19", NULL, ZF_SEX_UNKNOWN },
  { "42070A199003071231", FALSE, "character 6", "1990-03-07", ZF_SEX_MALE },
  { "", FALSE, "has 0", NULL, ZF_SEX_UNKNOWN },
};

static void
test_id_number_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (id_cases); i++)
    {
      const IdCase *c = &id_cases[i];
      g_autoptr(GError) error = NULL;
      char birth[11] = "";
      gboolean ok = zf_id_number_validate (c->input, &error);

      g_test_message ("ID number “%s”", c->input);
      g_assert_cmpint (ok, ==, c->valid);
      if (ok)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, c->message_part));
        }

      g_assert_cmpint (zf_id_number_birth_date (c->input, birth), ==, c->birth != NULL);
      if (c->birth != NULL)
        g_assert_cmpstr (birth, ==, c->birth);
      g_assert_cmpint (zf_id_number_sex (c->input), ==, c->sex);
    }
}

/* Codes as cells hold them: printable ASCII as it is but for the case,
 * and each thing the normalizing removes at the edges of that (a leading
 * "=", quotes at either end, spaces, full-width forms). */
static void
test_code_normalize (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "4207030006299", "4207030006299" },
    { "ab-12", "AB-12" },
    { "a=b", "A=B" },
    { "a'b", "A'B" },
    { "=\"42090066\"", "42090066" },
    { "'42090066", "42090066" },
    { "42090066'", "42090066" },
    { "`42090066`", "42090066" },
    { "=", "" },
    { "''", "" },
    { "4209 0066", "42090066" },
    { "42090066\t", "42090066" },
    { "\u201c42090066\u201d", "42090066" },
    { "４２０９ab", "4209AB" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = zf_code_normalize (cases[i].input);

      g_assert_cmpstr (normalized, ==, cases[i].expected);
    }
}

static void
test_id_number_normalize (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "11010519491231002x", "11010519491231002X" },
    { "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X" },
    { " 11010519491231002X　", "11010519491231002X" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = zf_id_number_normalize (cases[i].input);

      g_assert_cmpstr (normalized, ==, cases[i].expected);
      g_assert_true (zf_id_number_validate (normalized, NULL));
    }
}

static void
test_id_number_generated (void)
{
  /* The synthetic numbers every other test uses are valid and carry the sex
   * they were asked for. */
  for (guint n = 0; n < 2000; n += 7)
    {
      g_autofree char *m = zf_test_id_number (n, TRUE);
      g_autofree char *f = zf_test_id_number (n, FALSE);

      g_assert_true (zf_id_number_validate (m, NULL));
      g_assert_true (zf_id_number_validate (f, NULL));
      g_assert_cmpint (zf_id_number_sex (m), ==, ZF_SEX_MALE);
      g_assert_cmpint (zf_id_number_sex (f), ==, ZF_SEX_FEMALE);
    }
}

static void
test_region_code (void)
{
  static const struct { const char *input; gboolean valid; } cases[] = {
    { "420703", TRUE },
    { "110105", TRUE },
    { "650000", TRUE },
    { "42070", FALSE },
    { "4207031", FALSE },
    { "42O703", FALSE },
    { "012345", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (zf_region_code_validate (cases[i].input, &error), ==, cases[i].valid);
      if (cases[i].valid)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "GB/T 2260"));
        }
    }
}

static void
test_phone (void)
{
  static const struct { const char *input; gboolean valid; } cases[] = {
    { "13800138000", TRUE },
    { "0711-3861234", TRUE },
    { "(0711) 386 1234", TRUE },
    { "+86 138 0013 8000", TRUE },
    { "123456", FALSE },
    { "138001380001380013800", FALSE },
    { "0711-386123a", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (zf_phone_validate (cases[i].input, NULL), ==, cases[i].valid);
}

static void
test_text_normalize (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "０１２３４５６７８９", "0123456789" },
    { "ＡＢＣｘｙｚ", "ABCxyz" },
    { "鄂州市　市场监督管理局", "鄂州市 市场监督管理局" },
    { "　　鄂州市　", "鄂州市" },
    /* Chinese punctuation stays as written; other full-width symbols
     * are folded. */
    { "（一）", "（一）" },
    { "因不履行职责的，依法追究：责任；是否？是！", "因不履行职责的，依法追究：责任；是否？是！" },
    { "Ｎｏ．１２", "No.12" },
    { "２０２３－０３－２１", "2023-03-21" },
    { "执法监督", "执法监督" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_text_normalize (cases[i].input);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

/* A reason written without its full stop ends its sentence in a
 * document; one that has it keeps it. */
static void
test_document_sentence (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "文书格式不规范", "文书格式不规范。" },
    { "文书格式不规范。", "文书格式不规范。" },
    { "是否告知？", "是否告知？" },
    { "见《行政处罚法》", "见《行政处罚法》。" },
    { "（见附件）", "（见附件）。" },
    { "未写明“条、款、项”", "未写明“条、款、项”。" },
    { "当事人称“不知情。”", "当事人称“不知情。”" },
    { "见「附件一」", "见「附件一」。" },
    { "Missing (page 3)", "Missing (page 3)." },
    { "  缺少送达回证  ", "缺少送达回证。" },
    { "Missing", "Missing." },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_document_sentence (cases[i].input);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

/* Chinese text in a document takes full-width punctuation (GB/T
 * 15834-2011); numbers, dates, 文号 and Latin words keep theirs; brackets
 * typed inside brackets take another form (§4.9: （…［…］…）); the year of
 * a 发文字号 is in 六角括号 (GB/T 9704-2012 §7.2.3). Each case sits at
 * the edge of the other outcome. */
static void
test_document_normalize (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "单位:某局", "单位：某局" },
    { "单位 : 某局", "单位：某局" },
    { "时间:10:30", "时间：10:30" },
    { "10:30", "10:30" },
    { "1,234,567元", "1,234,567元" },
    { "共1,234元,已缴", "共1,234元，已缴" },
    { "2026-12-07,签收", "2026-12-07，签收" },
    { "Hello, world", "Hello, world" },
    { "GB/T 9704-2012,第7条", "GB/T 9704-2012，第7条" },
    { "是否告知? 是!", "是否告知？是！" },
    { "Why? Yes!", "Why? Yes!" },
    { "见附件1. 详见", "见附件1. 详见" },
    { "已送达.", "已送达。" },
    { "扣2分(满分5分)", "扣2分（满分5分）" },
    { "扣 2 分 (满分 5 分)", "扣 2 分（满分 5 分）" },
    { "小(1)型", "小（1）型" },
    { "(1)", "(1)" },
    { "(一)加强", "（一）加强" },
    { "HTTP(S)协议", "HTTP(S)协议" },
    { "孔雀石Cu(OH)2等", "孔雀石Cu(OH)2等" },
    { "见附件1)", "见附件1)" },
    { "第44条(2021年修订(草案))", "第44条（2021年修订［草案］）" },
    { "（依据第44条（2021年修订））", "（依据第44条［2021年修订］）" },
    { "（见(附件)）", "（见［附件］）" },
    { "(甲(乙(丙)))", "（甲［乙（丙）］）" },
    { "（甲）（乙）", "（甲）（乙）" },
    { "（Cu(OH)2）", "（Cu(OH)2）" },
    { "华司执监〔2026〕3号", "华司执监〔2026〕3号" },
    { "华司执监(2026)3号", "华司执监〔2026〕3号" },
    { "乙交罚字[2026]第12号", "乙交罚字〔2026〕第12号" },
    { "乙交罚字（2026）12号", "乙交罚字〔2026〕12号" },
    { "乙交罚字(2026)", "乙交罚字（2026）" },
    { "乙交罚字(202)3号", "乙交罚字（202）3号" },
    { "ABC(2026)3号", "ABC(2026)3号" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_document_text_normalize (cases[i].input);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

/* Codes and values parsed from text fold every full-width character. */
static void
test_code_fold_width (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "（一）", "(一)" },
    { "鄂（２０２１）０００１，附：", "鄂(2021)0001,附:" },
    { "　ＡＢ　", "AB" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_code_fold_width (cases[i].input);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

static void
test_name_normalize (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "张　三", "张三" },
    { "张  三", "张三" },
    { " 欧阳 　修 ", "欧阳修" },
    { "买买提 · 艾力", "买买提·艾力" },
    { "John  Smith", "John Smith" },
    { "李 Ａｎｎａ", "李 Anna" },
    { "王五", "王五" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_name_normalize (cases[i].input);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

static void
test_code_match_english (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    { "organ", "organ" },
    { "ENTRUSTED", "entrusted" },
    { "Authorized organization", "authorized" },
    { "authorized organization", "authorized" },
    /* A piece of one label only. */
    { "Entrusted", "entrusted" },
    /* In more than one label: ambiguous, so no answer. */
    { "organization", NULL },
    { "nothing like it", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (zf_code_match (&zf_body_kinds, cases[i].input), ==, cases[i].expected);
}

static void
test_code_match_chinese (void)
{
  static const struct
  {
    const ZfCodeList *list;
    const char       *input;
    const char       *expected;
  } cases[] = {
    { &zf_body_kinds, "行政机关", "organ" },
    { &zf_body_kinds, "受委托组织", "entrusted" },
    { &zf_body_kinds, "委托", "entrusted" },
    { &zf_body_kinds, "授权", "authorized" },
    { &zf_body_kinds, "法律法规授权组织", "authorized" },
    /* Both organization labels end in 组织. */
    { &zf_body_kinds, "组织", NULL },
    { &zf_body_levels, "县", "county" },
    { &zf_body_levels, "县级", "county" },
    { &zf_body_levels, "乡镇", "township" },
    { &zf_body_statuses, "已公布", "published" },
    { &zf_body_statuses, "公布", "published" },
    { &zf_body_statuses, "已", NULL },
  };

  zf_test_use_zh_CN ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("“%s”", cases[i].input);
      g_assert_cmpstr (zf_code_match (cases[i].list, cases[i].input), ==, cases[i].expected);
    }
  g_assert_cmpstr (zf_code_label (&zf_body_kinds, "entrusted"), ==, "受委托组织");
  g_assert_cmpstr (zf_code_label (&zf_body_kinds, "unknown"), ==, "unknown");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/credit-code/table", test_credit_code_table);
  g_test_add_func ("/validate/credit-code/computed", test_credit_code_computed);
  g_test_add_func ("/validate/credit-code/normalize", test_credit_code_normalize);
  g_test_add_func ("/validate/id-number/table", test_id_number_table);
  g_test_add_func ("/validate/id-number/normalize", test_id_number_normalize);
  g_test_add_func ("/validate/code-normalize", test_code_normalize);
  g_test_add_func ("/validate/id-number/generated", test_id_number_generated);
  g_test_add_func ("/validate/region-code", test_region_code);
  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/text-normalize", test_text_normalize);
  g_test_add_func ("/validate/code-fold-width", test_code_fold_width);
  g_test_add_func ("/validate/document-sentence", test_document_sentence);
  g_test_add_func ("/validate/document-normalize", test_document_normalize);
  g_test_add_func ("/validate/name-normalize", test_name_normalize);
  g_test_add_func ("/validate/code-match/english", test_code_match_english);
  /* Last: switches the process to Chinese messages. */
  g_test_add_func ("/validate/code-match/chinese", test_code_match_chinese);

  return g_test_run ();
}
