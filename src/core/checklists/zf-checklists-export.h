#pragma once

#include <gio/gio.h>

#include "zf-document.h"
#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* The registers of the checklists tab, each exported in the standard column
 * layout of zf-xlsx.h (title, subtitle, bold header, frozen panes, filter). */
typedef enum
{
  ZF_CHECKLIST_LAWS,         /* 执法依据目录, ordered by legal force */
  ZF_CHECKLIST_MATTERS,      /* 事项清单, with sheets of transfers and duties */
  ZF_CHECKLIST_LENIENCY,     /* 四张清单 */
  ZF_CHECKLIST_BENCHMARKS,   /* 裁量基准, one row per tier */
  ZF_CHECKLIST_ITEMS,        /* 随机抽查事项清单 */
  ZF_CHECKLIST_TARGETS,      /* 检查对象名录库 (shared: the body is ignored) */
  ZF_CHECKLIST_N_REGISTERS
} ZfChecklistRegister;

/* The register's name as the CLI spells it ("laws", "matters", …), and back;
 * zf_checklist_register_from_name returns FALSE for an unknown name. */
const char *zf_checklist_register_name      (ZfChecklistRegister  reg);
gboolean    zf_checklist_register_from_name (const char          *name,
                                             ZfChecklistRegister *reg);

/* The register as a table, as it is exported: its title, translated
 * headers, and rows with codes shown as their labels (@body_id 0: every
 * body); zf_checklist_transfers_table() the matters' transfers from or to
 * the body. */
ZfTable    *zf_checklist_table              (ZfStore             *store,
                                             ZfChecklistRegister  reg,
                                             gint64               body_id,
                                             GError             **error);
ZfTable    *zf_checklist_transfers_table    (ZfStore             *store,
                                             gint64               body_id,
                                             GError             **error);

/* The public record of a draw (一公开): one row a drawn target, its status
 * in words; and its particulars, one row (NOT_FOUND without the draw). */
ZfTable    *zf_checklist_draw_table         (ZfStore             *store,
                                             gint64               draw_id,
                                             GError             **error);
ZfTable    *zf_checklist_draw_summary       (ZfStore             *store,
                                             gint64               draw_id,
                                             GError             **error);
/* Per body: planned, drawn, done, share, floor (setting
 * random_inspection_share_min) and whether it is met; C9 findings appended
 * to @findings (may be NULL), each with its body (table "body", row_id). */
ZfTable    *zf_checklist_random_statistics  (ZfStore             *store,
                                             int                  year,
                                             GPtrArray           *findings,
                                             GError             **error);

/* @body_id 0: every body. */
gboolean zf_export_checklist_xlsx        (ZfStore             *store,
                                          ZfChecklistRegister  reg,
                                          gint64               body_id,
                                          const char          *path,
                                          GError             **error);
/* The same of the rows among @ids (gint64; NULL: all), the rows the
 * window's list shows after a search or a filter; for the matters, the
 * transfers of those matters. */
gboolean zf_export_checklist_of_xlsx     (ZfStore             *store,
                                          ZfChecklistRegister  reg,
                                          gint64               body_id,
                                          GArray              *ids,
                                          const char          *path,
                                          GError             **error);

/* The public draw record (一公开): summary and result, as .xlsx or PDF. */
gboolean zf_export_draw_xlsx             (ZfStore             *store,
                                          gint64               draw_id,
                                          const char          *path,
                                          GError             **error);
/* The record as an issued document (共 N 页, signed by the inspecting body
 * on @date, NULL: the day of the draw). */
ZfDocument *zf_export_draw_document      (ZfStore             *store,
                                          gint64               draw_id,
                                          const char          *date,
                                          GError             **error);
gboolean zf_export_draw_pdf              (ZfStore             *store,
                                          gint64               draw_id,
                                          const char          *path,
                                          GError             **error);

/* The year's share of double-random inspections per body against the floor
 * (S4), with the C9 findings on a second sheet. */
gboolean zf_export_random_statistics_xlsx (ZfStore            *store,
                                           int                 year,
                                           const char         *path,
                                           GError            **error);

G_END_DECLS
