#pragma once

#include "zf-benchmark.h"
#include "zf-inspection-item.h"
#include "zf-inspection-target.h"
#include "zf-law.h"
#include "zf-leniency-entry.h"
#include "zf-matter.h"
#include "zf-record-dialog.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The editors of the checklists registers, each a ZfRecordDialog with the
 * register's fields and sections. @record NULL: a new one; @body_id the
 * body to preselect (0: none). The dialogs are presented by the caller. */
ZfRecordDialog *zf_law_editor_new         (ZfStore            *store,
                                           ZfLaw              *law,
                                           gint64              body_id,
                                           GtkWindow          *parent);
ZfRecordDialog *zf_matter_editor_new      (ZfStore            *store,
                                           ZfMatter           *matter,
                                           gint64              body_id,
                                           GtkWindow          *parent);
ZfRecordDialog *zf_leniency_editor_new    (ZfStore            *store,
                                           ZfLeniencyEntry    *entry,
                                           gint64              body_id,
                                           GtkWindow          *parent);
ZfRecordDialog *zf_benchmark_editor_new   (ZfStore            *store,
                                           ZfBenchmark        *benchmark,
                                           gint64              body_id,
                                           GtkWindow          *parent);
ZfRecordDialog *zf_item_editor_new        (ZfStore            *store,
                                           ZfInspectionItem   *item,
                                           gint64              body_id,
                                           GtkWindow          *parent);
ZfRecordDialog *zf_target_editor_new      (ZfStore            *store,
                                           ZfInspectionTarget *target,
                                           GtkWindow          *parent);

/* For tests: the body of a new record, an article of the matter's basis
 * (offered from the body's catalog), the law's articles as typed, a tier. */
void            zf_editor_set_body        (ZfRecordDialog     *dialog,
                                           gint64              body_id);
gboolean        zf_matter_editor_set_article (ZfRecordDialog  *dialog,
                                              gint64           article_id,
                                              gboolean         in_basis);
void            zf_law_editor_set_articles (ZfRecordDialog    *dialog,
                                            const char        *text);
void            zf_benchmark_editor_set_tier (ZfRecordDialog  *dialog,
                                              const char      *tier,
                                              const char      *range_min,
                                              const char      *range_max,
                                              const char      *circumstances);

G_END_DECLS
