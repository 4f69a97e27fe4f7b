#define G_LOG_DOMAIN "test-dates"

#include "config.h"

#include <locale.h>

#include "zf-date.h"
#include "zf-test-util.h"

static void
test_parse (void)
{
  static const struct { const char *input; gboolean valid; guint y, m, d; } cases[] = {
    { "2023-03-21", TRUE, 2023, 3, 21 },
    { "2024-02-29", TRUE, 2024, 2, 29 },
    { "2000-02-29", TRUE, 2000, 2, 29 },
    { "0001-01-01", TRUE, 1, 1, 1 },
    /* Written back digit by digit: every place of the year, month and day. */
    { "0987-10-09", TRUE, 987, 10, 9 },
    { "9999-12-31", TRUE, 9999, 12, 31 },
    { "2023-02-29", FALSE },
    { "1900-02-29", FALSE },
    { "2023-02-30", FALSE },
    { "2023-04-31", FALSE },
    { "2023-13-01", FALSE },
    { "2023-00-10", FALSE },
    { "2023-01-00", FALSE },
    { "2023-3-21", FALSE },
    { "2023/03/21", FALSE },
    { "20230321", FALSE },
    /* Found by the fuzzer: sscanf took a sign or a space as part of the year. */
    { "-034-02-03", FALSE },
    { "+123-01-01", FALSE },
    { " 123-01-01", FALSE },
    { "2023-+3-01", FALSE },
    { "2023-03- 1", FALSE },
    { "2023-03-21x", FALSE },
    { "2023-03-2x", FALSE },
    { "2023年3月21日", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;

      g_test_message ("“%s”", cases[i].input);
      g_assert_cmpint (zf_date_parse (cases[i].input, &date), ==, cases[i].valid);
      g_assert_cmpint (zf_date_is_valid (cases[i].input), ==, cases[i].valid);
      if (cases[i].valid)
        {
          g_autofree char *iso = zf_date_to_iso (&date);

          g_assert_cmpuint (g_date_get_year (&date), ==, cases[i].y);
          g_assert_cmpuint (g_date_get_month (&date), ==, cases[i].m);
          g_assert_cmpuint (g_date_get_day (&date), ==, cases[i].d);
          g_assert_cmpstr (iso, ==, cases[i].input);
        }
    }
}

static void
test_today (void)
{
  g_autofree char *today = zf_date_today ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_true (zf_date_is_valid (today));
  g_assert_cmpint (zf_date_year (today), ==, g_date_time_get_year (now));
}

static void
test_add_days (void)
{
  static const struct { const char *from; int days; const char *expected; } cases[] = {
    { "2023-03-21", 0, "2023-03-21" },
    { "2023-03-21", 10, "2023-03-31" },
    { "2023-03-21", 11, "2023-04-01" },
    { "2023-12-31", 1, "2024-01-01" },
    { "2024-02-28", 1, "2024-02-29" },
    { "2023-02-28", 1, "2023-03-01" },
    { "2023-03-01", -1, "2023-02-28" },
    { "2024-01-01", -366, "2022-12-31" },
    { "bad", 1, NULL },
    /* Past what ten characters can write, or before year 1: no date. */
    { "9999-12-31", 0, "9999-12-31" },
    { "9999-02-03", 400, NULL },
    { "9999-12-31", 1, NULL },
    { "0001-01-01", -1, NULL },
    { "0001-01-02", -1, "0001-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_date_add_days (cases[i].from, cases[i].days);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

static void
test_add_months (void)
{
  /* Month ends clamp to the last day of the shorter month: a certificate
   * issued on 31 August and checked after 6 months is due on 28/29 February. */
  static const struct { const char *from; int months; const char *expected; } cases[] = {
    { "2023-01-31", 1, "2023-02-28" },
    { "2024-01-31", 1, "2024-02-29" },
    { "2023-03-31", 1, "2023-04-30" },
    { "2023-08-31", 6, "2024-02-29" },
    { "2023-05-31", -3, "2023-02-28" },
    { "2024-02-29", 12, "2025-02-28" },
    { "2024-02-29", 48, "2028-02-29" },
    { "2022-11-01", 60, "2027-11-01" },
    { "2023-12-15", 1, "2024-01-15" },
    { "2024-01-15", -1, "2023-12-15" },
    { "2023-03-21", 0, "2023-03-21" },
    { "", 1, NULL },
    { "9999-02-03", 13, NULL },
    { "9999-11-30", 1, "9999-12-30" },
    { "0001-01-31", -1, NULL },
    { "0001-03-31", -2, "0001-01-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = zf_date_add_months (cases[i].from, cases[i].months);

      g_test_message ("%s %+d months", cases[i].from, cases[i].months);
      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

static void
test_days_between (void)
{
  g_assert_cmpint (zf_date_days_between ("2023-03-21", "2023-03-21"), ==, 0);
  g_assert_cmpint (zf_date_days_between ("2023-03-21", "2023-04-21"), ==, 31);
  g_assert_cmpint (zf_date_days_between ("2024-03-01", "2024-02-28"), ==, -2);
  g_assert_cmpint (zf_date_days_between ("2023-01-01", "2024-01-01"), ==, 365);
  g_assert_cmpint (zf_date_days_between ("bad", "2024-01-01"), ==, 0);
  g_assert_cmpint (zf_date_year ("2023-03-21"), ==, 2023);
  g_assert_cmpint (zf_date_year ("2023-02-30"), ==, 0);
}

/* Working days, 民法典 §201 style (the first day is not counted), with the
 * 2024 national day: 10-01 to 10-07 off, 09-29 (Sunday) and 10-12
 * (Saturday) worked. */
static void
test_working_days (void)
{
  static const struct {
    const char *from;
    const char *to;
    int         days;
    int         unknown;
  } cases[] = {
    { "2024-09-27", "2024-09-27", 0, 0 },
    { "2024-09-27", "2024-09-28", 0, 0 },   /* Saturday */
    { "2024-09-27", "2024-09-29", 1, 0 },   /* Sunday worked */
    { "2024-09-27", "2024-09-30", 2, 0 },
    { "2024-09-30", "2024-10-07", 0, 0 },   /* the holiday */
    { "2024-09-30", "2024-10-08", 1, 0 },
    { "2024-10-11", "2024-10-12", 1, 0 },   /* Saturday worked */
    { "2024-10-12", "2024-10-13", 0, 0 },
    { "2024-12-31", "2025-01-02", 2, 2025 },/* 2025 unknown: weekends only */
    { "2024-10-01", "2024-09-30", 0, 0 },   /* backwards: none */
    { "2024-02-30", "2024-10-01", -1, 0 },
  };
  g_autoptr(ZfWorkCalendar) calendar = zf_work_calendar_new ();

  zf_work_calendar_add_year (calendar, 2024);
  for (int d = 1; d <= 7; d++)
    {
      g_autofree char *iso = g_strdup_printf ("2024-10-%02d", d);
      zf_work_calendar_set_day (calendar, iso, FALSE);
    }
  zf_work_calendar_set_day (calendar, "2024-09-29", TRUE);
  zf_work_calendar_set_day (calendar, "2024-10-12", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int unknown = -1;
      int days = zf_work_calendar_days_between (calendar, cases[i].from, cases[i].to, &unknown);

      g_test_message ("%s → %s", cases[i].from, cases[i].to);
      g_assert_cmpint (days, ==, cases[i].days);
      if (days >= 0)
        g_assert_cmpint (unknown, ==, cases[i].unknown);
    }
  g_assert_false (zf_work_calendar_is_working_day (calendar, "2024-10-07"));
  g_assert_true (zf_work_calendar_is_working_day (calendar, "2024-10-08"));
  g_assert_true (zf_work_calendar_is_working_day (NULL, "2024-10-07"));
  g_assert_false (zf_work_calendar_knows_year (NULL, 2024));
}

static void
test_display_english (void)
{
  g_autofree char *shown = zf_date_format_display ("2023-03-21");
  g_autofree char *bad = zf_date_format_display ("2023-02-30");
  g_autofree char *none = zf_date_format_display (NULL);

  g_assert_cmpstr (shown, ==, "2023-03-21");
  /* What is not a date is shown as it was typed, never lost. */
  g_assert_cmpstr (bad, ==, "2023-02-30");
  g_assert_cmpstr (none, ==, "");
}

static void
test_display_format_itself (void)
{
  /* The Chinese format string as the translation carries it, without
   * gettext: no zero padding for month and day. */
  static const struct { int y, m, d; const char *expected; } cases[] = {
    { 2023, 3, 21, "2023年3月21日" },
    { 2023, 12, 1, "2023年12月1日" },
    { 2024, 2, 29, "2024年2月29日" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (cases[i].y, cases[i].m, cases[i].d,
                                                       12, 0, 0);
      g_autofree char *out = g_date_time_format (dt, "%Y年%-m月%-d日");

      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

static void
test_display_chinese (void)
{
  static const struct { const char *iso; const char *expected; } cases[] = {
    { "2023-03-21", "2023年3月21日" },
    { "2023-12-01", "2023年12月1日" },
    { "2027-10-31", "2027年10月31日" },
    { "2023-02-30", "2023-02-30" },
  };

  /* Fails (not skips) when the build's zh_CN .mo is missing or unused. */
  zf_test_use_zh_CN ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = zf_date_format_display (cases[i].iso);
      g_assert_cmpstr (shown, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/parse", test_parse);
  g_test_add_func ("/dates/today", test_today);
  g_test_add_func ("/dates/add-days", test_add_days);
  g_test_add_func ("/dates/add-months", test_add_months);
  g_test_add_func ("/dates/days-between", test_days_between);
  g_test_add_func ("/dates/working-days", test_working_days);
  g_test_add_func ("/dates/display/english", test_display_english);
  g_test_add_func ("/dates/display/format", test_display_format_itself);
  /* Last: switches the process to Chinese messages. */
  g_test_add_func ("/dates/display/chinese", test_display_chinese);

  return g_test_run ();
}
