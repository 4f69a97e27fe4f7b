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

G_END_DECLS
