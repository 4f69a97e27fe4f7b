#define G_LOG_DOMAIN "zf-standard"

#include "config.h"

#include <math.h>

#include "zf-case-codes.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-standard.h"

/* Points are entered with at most two decimals; sums are compared with this
 * tolerance so that 0.1 + 0.2 equals 0.3. */
#define POINTS_EPSILON 0.005

static void
group_free (ZfStandardGroup *group)
{
  g_free (group->name);
  g_free (group);
}

static void
item_free (ZfStandardItem *item)
{
  g_free (item->name);
  g_free (item->description);
  g_free (item);
}

ZfStandard *
zf_standard_new (void)
{
  ZfStandard *s = g_new0 (ZfStandard, 1);

  s->version = 1;
  s->total_points = 100;
  s->excellent_min = 90;
  s->pass_min = 60;
  s->rounding = g_strdup ("one_decimal");
  s->category = g_strdup ("penalty");
  s->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  s->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  return s;
}

void
zf_standard_free (ZfStandard *standard)
{
  if (standard == NULL)
    return;
  g_free (standard->family);
  g_free (standard->category);
  g_free (standard->name);
  g_free (standard->rounding);
  g_ptr_array_unref (standard->groups);
  g_ptr_array_unref (standard->items);
  g_free (standard);
}

ZfStandardGroup *
zf_standard_add_group (ZfStandard *standard,
                       const char *name,
                       double      points)
{
  ZfStandardGroup *g = g_new0 (ZfStandardGroup, 1);

  g->name = g_strdup (name);
  g->points = points;
  g_ptr_array_add (standard->groups, g);
  return g;
}

ZfStandardItem *
zf_standard_add_item (ZfStandard *standard,
                      int         group,
                      const char *name,
                      const char *description,
                      double      max_points,
                      double      deduction_step)
{
  ZfStandardItem *item = g_new0 (ZfStandardItem, 1);

  g_return_val_if_fail (group < (int) standard->groups->len, NULL);

  item->group = group < 0 ? -1 : group;
  item->is_veto = group < 0;
  item->name = g_strdup (name);
  item->description = g_strdup (description);
  item->max_points = item->is_veto ? 0 : max_points;
  item->deduction_step = deduction_step;
  g_ptr_array_add (standard->items, item);
  return item;
}

ZfStandardItem *
zf_standard_find_item (ZfStandard *standard,
                       gint64      item_id)
{
  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *item = standard->items->pdata[i];
      if (item->id == item_id)
        return item;
    }
  return NULL;
}

ZfStandardItem *
zf_standard_find_item_by_name (ZfStandard *standard,
                               const char *name)
{
  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *item = standard->items->pdata[i];
      if (g_strcmp0 (item->name, name) == 0)
        return item;
    }
  return NULL;
}

ZfStandard *
zf_standard_copy (const ZfStandard *standard)
{
  ZfStandard *copy = zf_standard_new ();

  copy->family = g_strdup (standard->family);
  g_free (copy->category);
  copy->category = g_strdup (standard->category);
  copy->name = g_strdup (standard->name);
  copy->version = standard->version;
  copy->total_points = standard->total_points;
  copy->excellent_min = standard->excellent_min;
  copy->pass_min = standard->pass_min;
  g_free (copy->rounding);
  copy->rounding = g_strdup (standard->rounding);
  for (guint i = 0; i < standard->groups->len; i++)
    {
      ZfStandardGroup *g = standard->groups->pdata[i];
      zf_standard_add_group (copy, g->name, g->points);
    }
  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *it = standard->items->pdata[i];
      zf_standard_add_item (copy, it->group, it->name, it->description, it->max_points,
                            it->deduction_step);
    }
  return copy;
}

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

void
zf_rule_standard_totals (const ZfStandard *standard,
                         GPtrArray        *findings)
{
  static const char clause[] = "S2 §三(三)1";
  double groups_sum = 0;

  if (is_blank (standard->name))
    zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR, _("The standard needs a name."));

  for (guint g = 0; g < standard->groups->len; g++)
    {
      ZfStandardGroup *group = standard->groups->pdata[g];
      double items_sum = 0;
      guint n_items = 0;

      if (is_blank (group->name))
        zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                         _("Group %u needs a name."), g + 1);
      for (guint i = 0; i < standard->items->len; i++)
        {
          ZfStandardItem *item = standard->items->pdata[i];
          if (item->group == (int) g && !item->is_veto)
            {
              items_sum += item->max_points;
              n_items++;
            }
        }
      if (n_items == 0)
        zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                         _("The group “%s” has no items."), group->name);
      else if (fabs (items_sum - group->points) > POINTS_EPSILON)
        zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                         _("The items of “%s” add up to %g points, but the group has %g."),
                         group->name, items_sum, group->points);
      groups_sum += group->points;
    }

  if (fabs (groups_sum - standard->total_points) > POINTS_EPSILON)
    zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                     _("The groups add up to %g points, but the standard's total is %g."),
                     groups_sum, standard->total_points);

  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *item = standard->items->pdata[i];

      if (is_blank (item->name))
        zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                         _("Item %u needs a name."), i + 1);
      if (item->is_veto && item->max_points != 0)
        zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                         _("The veto item “%s” fails the file outright and carries no points."),
                         item->name);
      if (!item->is_veto && (item->max_points <= 0 || item->deduction_step <= 0 ||
                             item->deduction_step > item->max_points + POINTS_EPSILON))
        zf_findings_add (findings, "ES1", clause, ZF_SEVERITY_ERROR,
                         _("The item “%s” needs positive points and a deduction step "
                           "between 0 and its points."), item->name);
    }
}

void
zf_rule_standard_bands (const ZfStandard *standard,
                        GPtrArray        *findings)
{
  static const char clause[] = "S2 §三(三)1";

  if (!(standard->pass_min > 0 && standard->pass_min <= standard->excellent_min &&
        standard->excellent_min <= standard->total_points))
    zf_findings_add (findings, "ES2", clause, ZF_SEVERITY_ERROR,
                     _("The grade bands must satisfy 0 < pass (%g) ≤ excellent (%g) ≤ total (%g)."),
                     standard->pass_min, standard->excellent_min, standard->total_points);
  if (!zf_code_is_valid (&zf_standard_roundings, standard->rounding))
    zf_findings_add (findings, "ES2", clause, ZF_SEVERITY_ERROR,
                     _("Unknown rounding “%s”."), standard->rounding ? standard->rounding : "");
}

void
zf_standard_validate (const ZfStandard *standard,
                      GPtrArray        *findings)
{
  zf_rule_standard_totals (standard, findings);
  zf_rule_standard_bands (standard, findings);
}

ZfStandard *
zf_standard_new_default (const char *category,
                         double      excellent_min,
                         double      pass_min)
{
  /* Veto items of the published standards (一票否决). */
  static const struct { const char *name; const char *description; } vetoes[] = {
    { "主体不合法", "执法主体不具备资格或超越职权" },
    { "无执法资格", "承办人员未取得有效行政执法证" },
    { "应移送未移送", "涉嫌犯罪应移送司法机关而未移送" },
    { "证据不充分", "主要证据不足" },
    { "事实不清", "认定的违法事实不清" },
    { "定性不准", "违法行为定性错误" },
    { "适用法律错误", "适用法律、法规、规章错误" },
    { "程序违法", "违反法定程序(如未告知权利、重大决定未经法制审核)" },
    { "执法人员少于2人", "调查取证或作出决定的执法人员少于2人" },
  };
  static const struct { const char *name; const char *description; double points; double step; } form[] = {
    { "文书格式", "文书使用规范格式,填写完整、字迹清楚", 5, 1 },
    { "一案一卷", "一案一卷,正副卷分立", 3, 1 },
    { "封面", "卷宗封面项目填写齐全", 3, 1 },
    { "目录页码", "卷内目录完整,页码连续", 4, 1 },
    { "排序", "文书材料按办案顺序排列", 5, 1 },
  };
  static const struct { const char *name; const char *description; double points; double step; } content[] = {
    { "认定事实", "违法事实认定清楚,时间、地点、情节明确", 15, 2 },
    { "证据收集", "证据合法、充分,形成证据链", 15, 2 },
    { "法律适用", "引用法律条款准确、完整", 10, 2 },
    { "裁量适当", "处理结果在裁量基准对应阶次之内", 10, 5 },
    { "告知与听证", "依法告知陈述、申辩、听证权利", 10, 2 },
    { "法制审核与集体讨论", "重大决定经法制审核和集体讨论", 5, 2 },
    { "办案时限", "在法定期限内立案、决定、送达", 5, 2 },
    { "送达与执行", "依法送达,执行到位,按时结案归档", 10, 2 },
  };
  static const struct { const char *category; const char *name; } names[] = {
    { "penalty", "行政处罚案卷评查标准" },
    { "coercion", "行政强制案卷评查标准" },
    { "licensing", "行政许可案卷评查标准" },
    { "inspection", "行政检查案卷评查标准" },
  };
  ZfStandard *s = zf_standard_new ();
  int g;

  g_free (s->category);
  s->category = g_strdup (category);
  s->family = g_strdup_printf ("default-%s", category);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].category, category) == 0)
      s->name = g_strdup (names[i].name);
  s->excellent_min = excellent_min;
  s->pass_min = pass_min;

  for (guint i = 0; i < G_N_ELEMENTS (vetoes); i++)
    zf_standard_add_item (s, -1, vetoes[i].name, vetoes[i].description, 0, 0);

  zf_standard_add_group (s, "卷面", 20);
  g = s->groups->len - 1;
  for (guint i = 0; i < G_N_ELEMENTS (form); i++)
    zf_standard_add_item (s, g, form[i].name, form[i].description, form[i].points, form[i].step);

  zf_standard_add_group (s, "内容", 80);
  g = s->groups->len - 1;
  for (guint i = 0; i < G_N_ELEMENTS (content); i++)
    zf_standard_add_item (s, g, content[i].name, content[i].description, content[i].points,
                          content[i].step);
  return s;
}
