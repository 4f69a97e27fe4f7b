#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A scoring standard (评查标准) is data: groups of items with points, and
 * veto items (一票否决). These are plain structures because the evaluation
 * form, the scoring function, the editor and the reports all walk them. */

typedef struct
{
  gint64  id;
  char   *name;
  double  points;
} ZfStandardGroup;

typedef struct
{
  gint64   id;
  int      group;        /* index into ZfStandard.groups; -1 for a veto item */
  char    *name;
  char    *description;
  double   max_points;
  double   deduction_step;
  gboolean is_veto;
} ZfStandardItem;

typedef struct
{
  gint64     id;
  char      *family;
  char      *category;
  char      *name;
  int        version;
  double     total_points;
  double     excellent_min;
  double     pass_min;
  char      *rounding;     /* zf_standard_roundings */
  GPtrArray *groups;       /* ZfStandardGroup */
  GPtrArray *items;        /* ZfStandardItem, in display order */
} ZfStandard;

ZfStandard      *zf_standard_new        (void);
void             zf_standard_free       (ZfStandard *standard);
ZfStandardGroup *zf_standard_add_group  (ZfStandard *standard,
                                         const char *name,
                                         double      points);
/* @group -1 adds a veto item. */
ZfStandardItem  *zf_standard_add_item   (ZfStandard *standard,
                                         int         group,
                                         const char *name,
                                         const char *description,
                                         double      max_points,
                                         double      deduction_step);
ZfStandardItem  *zf_standard_find_item  (ZfStandard *standard,
                                         gint64      item_id);
ZfStandardItem  *zf_standard_find_item_by_name (ZfStandard *standard,
                                         const char *name);
/* A deep copy without ids: the start of the next version. */
ZfStandard      *zf_standard_copy       (const ZfStandard *standard);

/* ES1: names present; items of each group add up to the group's points and
 * the groups to the total; veto items carry no points; a deduction step is
 * positive and not above its item's points. ES2: 0 < pass ≤ excellent ≤
 * total; the rounding is known. (S2 §三(三)1: quantified evaluation.) */
void zf_rule_standard_totals           (const ZfStandard *standard,
                                        GPtrArray        *findings);
void zf_rule_standard_bands            (const ZfStandard *standard,
                                        GPtrArray        *findings);
void zf_standard_validate              (const ZfStandard *standard,
                                        GPtrArray        *findings);

/* The default standards, modelled on published ones: veto items, then
 * 卷面 (format and filing) 20 points and 内容 (content) 80. Texts are data
 * in Chinese, as the standards are published. */
ZfStandard      *zf_standard_new_default (const char *category,
                                          double      excellent_min,
                                          double      pass_min);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfStandard, zf_standard_free)

G_END_DECLS
