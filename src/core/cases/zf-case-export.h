#pragma once

#include <gio/gio.h>

#include "zf-store.h"

G_BEGIN_DECLS

/* The register of case files (案卷登记) as an .xlsx in the layout the
 * import reads (docs/IMPORT.md, "cases"): one column per field the import
 * understands, headed by its label, the handling officers by certificate
 * number (else name). Importing the file again changes nothing.
 *
 * An internal register, not a publication: it keeps the parties' ID
 * numbers and credit codes, which the import matches and checks.
 * @body_id 0 and @year 0 mean every body and every year. The file at
 * @path is replaced only when the whole export succeeded. */
gboolean zf_export_cases_xlsx (ZfStore       *store,
                               const char    *path,
                               gint64         body_id,
                               int            year,
                               GCancellable  *cancellable,
                               GError       **error);

/* The register of case evaluations (案卷评查) as an .xlsx in the layout
 * the import reads (docs/IMPORT.md, "evaluations"): one row per line of an
 * evaluation (the item, its deduction, veto and reason) with the
 * evaluation's own columns repeated, one row for an evaluation without
 * lines; the score and grade for reading. Importing it again changes
 * nothing. @body_id 0 and @year 0 (the case file's year) mean all. */
gboolean zf_export_evaluations_xlsx (ZfStore       *store,
                                     const char    *path,
                                     gint64         body_id,
                                     int            year,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* The same two registers of the case files among @ids (gint64; NULL:
 * all), the rows the window's list shows after a search or a filter. */
gboolean zf_export_cases_of_xlsx       (ZfStore       *store,
                                        const char    *path,
                                        gint64         body_id,
                                        int            year,
                                        GArray        *ids,
                                        GCancellable  *cancellable,
                                        GError       **error);
gboolean zf_export_evaluations_of_xlsx (ZfStore       *store,
                                        const char    *path,
                                        gint64         body_id,
                                        int            year,
                                        GArray        *ids,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
