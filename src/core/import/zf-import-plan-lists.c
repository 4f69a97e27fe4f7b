#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>

#include "zf-checklist-rules.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-plan-private.h"

/* The checks of the lists of the checklists tab, each the rule the window
 * applies when the record is saved (zf-store-checklists.c), refused at
 * the cell at fault. */

static double
number_or_nan (const char *text)
{
  return text != NULL ? g_ascii_strtod (text, NULL) : NAN;
}

/* A refusal at field @column, with the rule's message. */
static char *
refused_at (ZfImport   *self,
            const char *column,
            int        *field,
            GError     *error)
{
  *field = zf_import_plan_field_of (self, column, NULL);
  return g_strdup (error->message);
}

/* S4: an item has its name, a ratio above 0 and at most 100 percent, and
 * a frequency in words. */
static char *
check_item_row (ZfImport  *self,
                char     **values,
                int       *field)
{
  g_autoptr(GError) error = NULL;

  if (!zf_rule_inspection_item_fields (V ("item"), number_or_nan (V ("ratio")), &error))
    return refused_at (self, V ("item") ? "ratio" : "item", field, error);
  if (!zf_rule_inspection_item_frequency (V ("frequency"), &error))
    return refused_at (self, "frequency", field, error);
  return NULL;
}

static char *
check_target_row (ZfImport  *self,
                  char     **values,
                  int       *field)
{
  g_autoptr(GError) error = NULL;

  if (!zf_rule_inspection_target_fields (V ("name"), &error))
    return refused_at (self, "name", field, error);
  return NULL;
}

char *
zf_import_plan_check_list (ZfImport     *self,
                           ZfPlanState  *state,
                           char        **values,
                           int          *field)
{
  switch (self->reg->id)
    {
    case ZF_IMPORT_ITEMS:
      return check_item_row (self, values, field);
    case ZF_IMPORT_TARGETS:
      return check_target_row (self, values, field);
    default:
      return NULL;
    }
}
