#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates are kept as ISO 8601 strings ("2023-03-21") everywhere: in SQLite
 * they sort and compare as text, and they survive any export unchanged. */

gboolean  zf_date_parse          (const char *iso,
                                  GDate      *out);
gboolean  zf_date_is_valid       (const char *iso);
char     *zf_date_to_iso         (const GDate *date);
char     *zf_date_today          (void);
char     *zf_date_add_days       (const char *iso,
                                  int         days);
char     *zf_date_add_months     (const char *iso,
                                  int         months);
int       zf_date_days_between   (const char *from_iso,
                                  const char *to_iso);
int       zf_date_year           (const char *iso);
/* The user's form: "2023年3月21日" in zh_CN, "2023-03-21" elsewhere. */
char     *zf_date_format_display (const char *iso);

/* Working days (工作日): Monday to Friday, less the public holidays, plus
 * the weekend days worked instead (调休), as the State Council announces
 * them each year. A year that is not known (not announced, or not entered)
 * counts weekends only; the count says so, so that a rule can tell the
 * user its answer is approximate. */
typedef struct _ZfWorkCalendar ZfWorkCalendar;

ZfWorkCalendar *zf_work_calendar_new            (void);
void            zf_work_calendar_free           (ZfWorkCalendar *calendar);
void            zf_work_calendar_add_year       (ZfWorkCalendar *calendar,
                                                 int             year);
gboolean        zf_work_calendar_knows_year     (const ZfWorkCalendar *calendar,
                                                 int             year);
/* @working: TRUE for a weekend day worked, FALSE for a day off. */
void            zf_work_calendar_set_day        (ZfWorkCalendar *calendar,
                                                 const char     *iso,
                                                 gboolean        working);
gboolean        zf_work_calendar_is_working_day (const ZfWorkCalendar *calendar,
                                                 const char     *iso);
/* The working days after @from up to and including @to (the day of the
 * act itself is not counted, as in 民法典 §201), or -1 when a date is
 * invalid. @unknown_year gets the first year of the span the calendar
 * does not know, or 0. */
int             zf_work_calendar_days_between   (const ZfWorkCalendar *calendar,
                                                 const char     *from,
                                                 const char     *to,
                                                 int            *unknown_year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfWorkCalendar, zf_work_calendar_free)

G_END_DECLS
