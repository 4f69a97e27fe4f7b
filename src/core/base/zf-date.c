#define G_LOG_DOMAIN "zf-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "zf-date.h"
#include "zf-i18n.h"

gboolean
zf_date_parse (const char *iso,
               GDate      *out)
{
  static const int digit_at[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  unsigned y, m, d;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  /* Digits only: sscanf's %u would take " 123", "+123" and "-034" (which
   * wraps around to a year GDate then truncates). */
  for (guint i = 0; i < G_N_ELEMENTS (digit_at); i++)
    if (!g_ascii_isdigit (iso[digit_at[i]]))
      return FALSE;
  y = (unsigned) g_ascii_digit_value (iso[0]) * 1000 + g_ascii_digit_value (iso[1]) * 100 +
      g_ascii_digit_value (iso[2]) * 10 + g_ascii_digit_value (iso[3]);
  m = (unsigned) g_ascii_digit_value (iso[5]) * 10 + g_ascii_digit_value (iso[6]);
  d = (unsigned) g_ascii_digit_value (iso[8]) * 10 + g_ascii_digit_value (iso[9]);
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (out != NULL)
    g_date_set_dmy (out, d, m, y);
  return TRUE;
}

gboolean
zf_date_is_valid (const char *iso)
{
  return zf_date_parse (iso, NULL);
}

char *
zf_date_to_iso (const GDate *date)
{
  guint year, month, day;
  char *iso;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);
  if (year > 9999)
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  /* By hand: the rules make a date for every officer they judge, and
   * printf took a twentieth of the check of the officers. */
  iso = g_malloc (11);
  iso[0] = (char) ('0' + year / 1000);
  iso[1] = (char) ('0' + year / 100 % 10);
  iso[2] = (char) ('0' + year / 10 % 10);
  iso[3] = (char) ('0' + year % 10);
  iso[4] = '-';
  iso[5] = (char) ('0' + month / 10);
  iso[6] = (char) ('0' + month % 10);
  iso[7] = '-';
  iso[8] = (char) ('0' + day / 10);
  iso[9] = (char) ('0' + day % 10);
  iso[10] = '\0';
  return iso;
}

char *
zf_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The last day an ISO date of ten characters can name: arithmetic that
 * would go past it, or before 0001-01-01, has no answer (NULL). */
#define LAST_YEAR 9999

char *
zf_date_add_days (const char *iso,
                  int         days)
{
  GDate date, last;
  gint64 julian;

  if (!zf_date_parse (iso, &date))
    return NULL;
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, LAST_YEAR);
  julian = (gint64) g_date_get_julian (&date) + days;
  if (julian < 1 || julian > (gint64) g_date_get_julian (&last))
    return NULL;
  g_date_set_julian (&date, (guint32) julian);
  return zf_date_to_iso (&date);
}

char *
zf_date_add_months (const char *iso,
                    int         months)
{
  GDate date;
  gint64 month;

  if (!zf_date_parse (iso, &date))
    return NULL;
  /* Months since the start of year 0 of the result. */
  month = (gint64) g_date_get_year (&date) * 12 + (g_date_get_month (&date) - 1) + months;
  if (month / 12 < 1 || month / 12 > LAST_YEAR)
    return NULL;
  if (months >= 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);
  return zf_date_to_iso (&date);
}

int
zf_date_days_between (const char *from_iso,
                      const char *to_iso)
{
  GDate a, b;

  if (!zf_date_parse (from_iso, &a) || !zf_date_parse (to_iso, &b))
    return 0;
  return g_date_days_between (&a, &b);
}

int
zf_date_year (const char *iso)
{
  GDate date;

  return zf_date_parse (iso, &date) ? g_date_get_year (&date) : 0;
}

char *
zf_date_format_display (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (!zf_date_parse (iso, &date))
    return g_strdup (iso ? iso : "");

  dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
  /* TRANSLATORS: strftime format of a date shown in lists and forms;
   * Chinese writes 2023年3月21日 ("%Y年%-m月%-d日"). */
  return g_date_time_format (dt, C_("date format", "%Y-%m-%d"));
}

struct _ZfWorkCalendar
{
  GHashTable *days;    /* ISO date → GINT_TO_POINTER (1 off, 2 worked) */
  GHashTable *years;   /* known years */
};

ZfWorkCalendar *
zf_work_calendar_new (void)
{
  ZfWorkCalendar *calendar = g_new0 (ZfWorkCalendar, 1);

  calendar->days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  calendar->years = g_hash_table_new (NULL, NULL);
  return calendar;
}

void
zf_work_calendar_free (ZfWorkCalendar *calendar)
{
  if (calendar == NULL)
    return;
  g_hash_table_unref (calendar->days);
  g_hash_table_unref (calendar->years);
  g_free (calendar);
}

void
zf_work_calendar_add_year (ZfWorkCalendar *calendar,
                           int             year)
{
  g_hash_table_add (calendar->years, GINT_TO_POINTER (year));
}

gboolean
zf_work_calendar_knows_year (const ZfWorkCalendar *calendar,
                             int                   year)
{
  return calendar != NULL && g_hash_table_contains (calendar->years, GINT_TO_POINTER (year));
}

void
zf_work_calendar_set_day (ZfWorkCalendar *calendar,
                          const char     *iso,
                          gboolean        working)
{
  if (!zf_date_is_valid (iso))
    return;
  g_hash_table_insert (calendar->days, g_strdup (iso), GINT_TO_POINTER (working ? 2 : 1));
}

static gboolean
is_working_day (const ZfWorkCalendar *calendar,
                const GDate          *date,
                const char           *iso)
{
  int mark = calendar ? GPOINTER_TO_INT (g_hash_table_lookup (calendar->days, iso)) : 0;

  if (mark != 0)
    return mark == 2;
  return g_date_get_weekday (date) < G_DATE_SATURDAY;
}

gboolean
zf_work_calendar_is_working_day (const ZfWorkCalendar *calendar,
                                 const char           *iso)
{
  GDate date;

  return zf_date_parse (iso, &date) && is_working_day (calendar, &date, iso);
}

int
zf_work_calendar_days_between (const ZfWorkCalendar *calendar,
                               const char           *from,
                               const char           *to,
                               int                  *unknown_year)
{
  GDate day, end;
  int count = 0;

  if (unknown_year)
    *unknown_year = 0;
  if (!zf_date_parse (from, &day) || !zf_date_parse (to, &end))
    return -1;

  while (g_date_compare (&day, &end) < 0)
    {
      char iso[11];

      g_date_add_days (&day, 1);
      g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (&day),
                  g_date_get_month (&day), g_date_get_day (&day));
      if (unknown_year && *unknown_year == 0 &&
          !zf_work_calendar_knows_year (calendar, g_date_get_year (&day)))
        *unknown_year = g_date_get_year (&day);
      if (is_working_day (calendar, &day, iso))
        count++;
    }
  return count;
}
