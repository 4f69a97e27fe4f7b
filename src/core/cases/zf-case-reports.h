#pragma once

#include <cairo.h>

#include "zf-document.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* 评查结果汇总表: an overall sheet, then one per category (penalty,
 * coercion, licensing, inspection), each unit with its files, total,
 * average, grades, pass rate and rank. */
gboolean zf_case_report_summary_xlsx (ZfStore     *store,
                                      int          year,
                                      const char  *path,
                                      GError     **error);
/* 整改台账: overdue rows first (highlighted), then open, then closed. */
gboolean zf_case_report_ledger_xlsx  (ZfStore     *store,
                                      const char  *today,
                                      const char  *path,
                                      GError     **error);

/* 评查意见书 of one evaluation, laid out once and drawn page by page: the
 * PDF export and the print dialog share this code. Public document: the
 * party's ID number or credit code is not printed. */
typedef struct _ZfCaseOpinion ZfCaseOpinion;

/* @date: the 成文日期 (ISO), NULL for today. The 落款 is the unit of
 * the settings (ZF_SETTING_UNIT_NAME). */
ZfCaseOpinion *zf_case_opinion_new        (ZfStore        *store,
                                           gint64          evaluation_id,
                                           const char     *date,
                                           GError        **error);
/* 发文字号 (see zf_document_issue_number()). */
void           zf_case_opinion_set_number (ZfCaseOpinion  *opinion,
                                           const char     *number);
ZfDocument    *zf_case_opinion_get_document (ZfCaseOpinion *opinion);
void           zf_case_opinion_free       (ZfCaseOpinion  *opinion);
/* Lays the text out for pages of @width × @height points (cairo units of
 * @cr) and returns the number of pages. */
guint          zf_case_opinion_paginate   (ZfCaseOpinion  *opinion,
                                           cairo_t        *cr,
                                           double          width,
                                           double          height);
void           zf_case_opinion_draw_page  (ZfCaseOpinion  *opinion,
                                           cairo_t        *cr,
                                           guint           page);
gboolean       zf_case_opinion_write_pdf  (ZfCaseOpinion  *opinion,
                                           const char     *path,
                                           GError        **error);
gboolean       zf_case_opinion_write_docx (ZfCaseOpinion  *opinion,
                                           const char     *path,
                                           GError        **error);

/* 整改通知书 to the unit @body_id: its open rows of the rectification
 * ledger with their deadlines (overdue ones marked, as of @date: the
 * 成文日期, NULL for today) and how to report back. An error when the unit
 * has no open row. */
ZfDocument    *zf_rectification_notice_new (ZfStore     *store,
                                            gint64       body_id,
                                            const char  *date,
                                            GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfCaseOpinion, zf_case_opinion_free)

G_END_DECLS
