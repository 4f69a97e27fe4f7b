#pragma once

#include <cairo.h>
#include <glib.h>

#include "zf-store.h"

G_BEGIN_DECLS

/* An official document (公文) as Zhifa issues it, laid out after the
 * conventions of GB/T 9704-2012: title, 发文字号, 主送, body (headings,
 * paragraphs, tables), 附件, 落款 over the 成文日期 with room for the
 * seal, 抄送. A document is built from its content only; the layout, the
 * fonts, the page numbers and the two file formats (PDF, .docx) are this
 * layer's. Every text added goes through zf_document_text_normalize():
 * full-width punctuation in Chinese runs. */
typedef struct _ZfDocument ZfDocument;
typedef struct _ZfDocumentTable ZfDocumentTable;

ZfDocument *zf_document_new            (const char  *title);
void        zf_document_free           (ZfDocument  *doc);

/* 发文字号, e.g. 华司执监〔2026〕3号; NULL: none. */
void        zf_document_set_number     (ZfDocument  *doc,
                                        const char  *number);
/* 主送机关, printed flush left under the title with a full-width colon. */
void        zf_document_set_recipient  (ZfDocument  *doc,
                                        const char  *recipient);
/* 发文机关署名 (the unit) and PDF author. */
void        zf_document_set_unit       (ZfDocument  *doc,
                                        const char  *unit);
/* 成文日期 as an ISO date; printed 2026年12月7日. */
void        zf_document_set_date       (ZfDocument  *doc,
                                        const char  *iso_date);
/* PDF subject and docx description. */
void        zf_document_set_subject    (ZfDocument  *doc,
                                        const char  *subject);
/* Prose (the default) sets the body on the standard grid of 22 lines of
 * 28 characters; a list is set smaller so that its table fits. */
void        zf_document_set_prose      (ZfDocument  *doc,
                                        gboolean     prose);
/* A line under the title, centred (e.g. the unit and date of a list). */
void        zf_document_set_subtitle   (ZfDocument  *doc,
                                        const char  *subtitle);
/* Print "共 N 页" beside the page number (lists). */
void        zf_document_set_page_total (ZfDocument  *doc,
                                        gboolean     total);
/* Print no 落款 and seal (a list whose unit is in its header). */
void        zf_document_set_signed     (ZfDocument  *doc,
                                        gboolean     is_signed);

/* Level 1: 黑体-like ("一、…"); level 2: 楷体-like ("（一）…"). The
 * numbering is the caller's text. A heading is never the last line of a
 * page. */
void        zf_document_add_heading    (ZfDocument  *doc,
                                        int          level,
                                        const char  *text);
/* A body paragraph, first line indented two characters. */
void        zf_document_add_paragraph  (ZfDocument  *doc,
                                        const char  *text);
/* "label：value" as a body paragraph; an empty value prints as "无". */
void        zf_document_add_field      (ZfDocument  *doc,
                                        const char  *label,
                                        const char  *value);
/* A line to be signed by hand, set apart from the 落款 and its seal:
 * @left at the start of the line (e.g. "评查人（签名）："), then room to
 * sign, @right ending four characters from the right (e.g.
 * "日期：2026年6月1日"), as the 成文日期 does. After the body. */
void        zf_document_add_sign_line  (ZfDocument  *doc,
                                        const char  *left,
                                        const char  *right);
/* 附件 list entries, printed after the body as "附件：1. …". */
void        zf_document_add_attachment (ZfDocument  *doc,
                                        const char  *name);
/* 抄送 entries, printed in the 版记 at the end. */
void        zf_document_add_cc         (ZfDocument  *doc,
                                        const char  *unit);

/* A table of @n_columns whose header row repeats on every page and whose
 * cells wrap. @shares are the columns' parts of the type width (summing
 * to 1). */
ZfDocumentTable *zf_document_add_table      (ZfDocument         *doc,
                                             guint               n_columns,
                                             const char * const *headers,
                                             const double       *shares);
void             zf_document_table_add_row  (ZfDocumentTable    *table,
                                             const char * const *cells);
/* The columns' parts of the width in the .docx, where they differ from
 * the PDF's: LibreOffice sets a space between Han characters and digits
 * (2026 年 11 月 30 日) whatever the file asks, so a column of dates
 * needs a little more room there. */
void             zf_document_table_set_docx_shares (ZfDocumentTable *table,
                                                    const double    *shares);
/* A row spanning the table, in bold: a group's heading (kept with the row
 * after it, repeated with "（续）" on a page that starts inside the group)
 * or, with @is_total, a group's total line. */
void             zf_document_table_add_group (ZfDocumentTable   *table,
                                              const char        *text,
                                              gboolean           is_total);

/* Lays the document out on A4 pages of @cr's points; returns the page
 * count. */
guint       zf_document_paginate       (ZfDocument  *doc,
                                        cairo_t     *cr);
void        zf_document_draw_page      (ZfDocument  *doc,
                                        cairo_t     *cr,
                                        guint        page);
/* "— 1 —" at the right of an odd page and the left of an even one, one
 * character in from @left/@right, its top at @y; with @n_pages > 0 also
 * "共 N 页" on the other side. For lists drawn by their own code. */
void        zf_document_draw_page_number (cairo_t *cr,
                                          guint    page,
                                          guint    n_pages,
                                          double   left,
                                          double   right,
                                          double   y);
/* Writes to a temporary file renamed when complete. */
gboolean    zf_document_write_pdf      (ZfDocument  *doc,
                                        const char  *path,
                                        GError     **error);
gboolean    zf_document_write_docx     (ZfDocument  *doc,
                                        const char  *path,
                                        GError     **error);

/* Text helpers every document uses (zf-document-text.c). */

/* Full-width ，：；（）？！。 for their ASCII forms next to a Chinese
 * character, so "单位:" reads "单位：" and "扣2分(满分5分)" reads
 * "扣2分（满分5分）"; numbers (1,234.5, 10:30), dates and Latin words
 * ("HTTP(S)") keep theirs, and so does ASCII text such as a certificate
 * number. Brackets typed inside brackets become square (（…［…］…）), and
 * the year of a 发文字号 takes 六角括号 (华司执监(2026)3号 reads
 * 华司执监〔2026〕3号). */
char       *zf_document_text_normalize (const char  *text);
/* 2026年12月7日 for 2026-12-07 (Arabic numerals, no leading zeros);
 * NULL or an empty string gives "". Other text is returned as it is. */
char       *zf_document_format_date    (const char  *iso_date);
/* @text as a sentence of a document: with its closing 。 (or ！？.…)
 * added when it has none; NULL or "" gives "". */
char       *zf_document_sentence       (const char  *text);
/* 12,345.50元; whole amounts without decimals (3,000元). */
char       *zf_document_format_amount  (double       yuan);
/* 华司执监〔2026〕3号 */
char       *zf_document_format_number  (const char  *prefix,
                                        int          year,
                                        gint64       serial);

/* The font families chosen through fontconfig for each element: the first
 * installed of the 公文 fonts (方正小标宋, 仿宋, 黑体, 楷体), else Noto
 * Serif CJK / Noto Sans CJK / AR PL UKai. */
typedef enum
{
  ZF_DOCUMENT_FONT_TITLE,
  ZF_DOCUMENT_FONT_BODY,
  ZF_DOCUMENT_FONT_HEADING1,
  ZF_DOCUMENT_FONT_HEADING2,
  ZF_DOCUMENT_N_FONTS
} ZfDocumentFont;

const char *zf_document_font_family    (ZfDocumentFont font);
/* Whether the family is a stand-in (Noto, AR PL) to be drawn bold for the
 * weight of the 公文 font it replaces. */
gboolean    zf_document_font_is_fallback (ZfDocumentFont font);
/* The name a .docx asks for: the family found here when it is a 公文
 * font, else the name the font has on an office's machine (仿宋, 黑体,
 * 楷体, 方正小标宋简体). */
const char *zf_document_font_docx_name (ZfDocumentFont font);
/* The stand-in of @font every Zhifa installation has (Noto Serif CJK SC,
 * Noto Sans CJK SC, AR PL UKai CN): a .docx's font table names it as the
 * alternative to the 公文 font. */
const char *zf_document_font_stand_in  (ZfDocumentFont font);

/* The series of numbered documents, each with its own 机关代字 and count:
 * "opinion" (评查意见书) and "notice" (整改通知书). @label is an
 * untranslated msgid. */
typedef struct
{
  const char *id;
  const char *label;
} ZfDocumentSeries;

const ZfDocumentSeries *zf_document_series_list (guint *n_series);
/* The setting holding a series' 机关代字: "document.SERIES.prefix". */
char       *zf_document_prefix_key     (const char  *series);

/* 发文字号 of a series (e.g. "opinion", "notice"), numbered per year: the
 * 机关代字 is the setting "document.SERIES.prefix" (e.g. 华司执监); the
 * next number of the year of @iso_date is taken from, and written back to,
 * "document.SERIES.YEAR" in one transaction. NULL without an error when no
 * prefix is set (or it is empty): the document goes out without a
 * number. */
char       *zf_document_issue_number   (ZfStore     *store,
                                        const char  *series,
                                        const char  *iso_date,
                                        GError     **error);
/* The number zf_document_issue_number() would give now, taking none; NULL
 * when the series has no prefix. */
char       *zf_document_next_number    (ZfStore     *store,
                                        const char  *series,
                                        const char  *iso_date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfDocument, zf_document_free)

G_END_DECLS
