#define G_LOG_DOMAIN "zhifa"

#include "config.h"

#include <string.h>

#include "zf-i18n.h"
#include "zf-officer-rules.h"

/* The officer rules of DOMAIN's list, each by what it asks the legal
 * affairs office to look at; a code alone means nothing to a reader. */
static const struct
{
  const char *rule;
  const char *label;
} rule_labels[] = {
  { "R1", N_("Irregular conduct") },
  { "R2", N_("Rated incompetent") },
  { "R3", N_("Certificate to return") },
  { "R4", N_("Certificate to revoke") },
  { "R5", N_("Training hours short") },
  { "R6", N_("Capability test failed") },
  { "R7", N_("Exam due") },
  { "R8", N_("Not enforcing") },
  { "R9", N_("Refer to discipline inspection") },
  { "V1", N_("Certificate expiring") },
};

const char *
zf_officer_rule_label (const char *rule)
{
  if (rule == NULL)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (rule_labels); i++)
    if (strcmp (rule_labels[i].rule, rule) == 0)
      return _(rule_labels[i].label);
  return NULL;
}

char *
zf_officer_rule_labels (const char *rules)
{
  g_auto(GStrv) codes = NULL;
  GString *labels;

  if (rules == NULL)
    return NULL;
  codes = g_strsplit (rules, " ", -1);
  labels = g_string_new (NULL);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      /* A code this build does not know (a newer program's) is shown as
       * it is rather than hidden. */
      const char *label = zf_officer_rule_label (codes[i]);

      if (*codes[i] == '\0')
        continue;
      if (labels->len > 0)
        g_string_append (labels, "、");
      g_string_append (labels, label != NULL ? label : codes[i]);
    }
  if (labels->len == 0)
    {
      g_string_free (labels, TRUE);
      return NULL;
    }
  return g_string_free (labels, FALSE);
}
