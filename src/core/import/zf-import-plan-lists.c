#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-error.h"
#include "zf-import-articles.h"
#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-plan-private.h"
#include "zf-store-benchmarks.h"
#include "zf-store-import.h"

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

/* Whether the row's cells give field @column (a blank cell keeps the
 * stored value, which needs no resolving). */
static gboolean
given (ZfImport     *self,
       ZfPlanState  *state,
       const char   *column)
{
  int i = zf_import_register_field_index (self->reg, column);

  return i >= 0 && (state->present == NULL || state->present[i]);
}

static void
set_id (ZfImport    *self,
        char       **values,
        const char  *column,
        gint64       id)
{
  char text[24];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, id);
  zf_import_plan_set_value (self, values, column, text);
}

/* The article cell, 《title》article or 《title》（文号 or 公布日期）article as
 * the exports write it (the article's number in digits or in Chinese),
 * is one article of the register; its label and id replace it. */
static char *
resolve_article (ZfImport  *self,
                 char     **values,
                 int       *field)
{
  const char *cell = V ("article");
  const char *open = g_str_has_prefix (cell, "《") ? cell + strlen ("《") : NULL;
  const char *close = open ? strstr (open, "》") : NULL;
  g_autofree char *title = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *article = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;
  const char *rest;
  gint64 id;

  if (close == NULL)
    {
      *field = zf_import_plan_field_of (self, "article", NULL);
      return g_strdup_printf (_("Article: write the article as 《title》 followed by its number, "
                                "e.g. 《中华人民共和国行政处罚法》第三十三条, not “%s”."), cell);
    }
  title = g_strstrip (g_strndup (open, close - open));
  rest = close + strlen ("》");
  while (*rest == ' ')
    rest++;
  if (g_str_has_prefix (rest, "（") || *rest == '(')
    {
      const char *from = rest + (*rest == '(' ? 1 : strlen ("（"));
      const char *to = strstr (from, *rest == '(' ? ")" : "）");

      if (to != NULL)
        {
          edition = g_strstrip (g_strndup (from, to - from));
          rest = to + (*rest == '(' ? 1 : strlen ("）"));
        }
    }
  article = zf_import_article_in_chinese (rest);
  g_strstrip (article);
  if (*article == '\0')
    {
      *field = zf_import_plan_field_of (self, "article", NULL);
      return g_strdup_printf (_("Article: 《%s》 needs the number of its article (第…条)."), title);
    }
  id = zf_store_import_article (self->store, title, edition && *edition ? edition : NULL, article,
                                &label, &error);
  if (id <= 0)
    {
      *field = zf_import_plan_field_of (self, "article", NULL);
      return g_strdup_printf ("%s: %s", _("Article"), error->message);
    }
  zf_import_plan_set_value (self, values, "article", label);
  set_id (self, values, "article_id", id);
  return NULL;
}

/* The matter and the article a record links to, each as the cell names
 * it: a matter of the row's body by its code or name, an article of the
 * register; one the register lacks, or that names more than one, is
 * refused at its cell. */
static char *
resolve_links (ZfImport     *self,
               ZfPlanState  *state,
               char        **values,
               int          *field)
{
  if (given (self, state, "matter") && V ("matter") != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *label = NULL;
      gint64 id = zf_store_import_case_matter (self->store, V ("body_name"), V ("matter"), &label,
                                               &error);

      if (id <= 0)
        return refused_at (self, "matter", field, error);
      zf_import_plan_set_value (self, values, "matter", label);
      set_id (self, values, "matter_id", id);
    }
  if (given (self, state, "article") && V ("article") != NULL)
    return resolve_article (self, values, field);
  return NULL;
}

/* C5 (S1 §二(三)5), as when the entry is saved in the window: its list,
 * violation, basis and conditions, and a domain — its own or its body's —
 * that is none of work safety, food and drugs, ecology and environment
 * or epidemic prevention. */
static char *
check_leniency_row (ZfImport  *self,
                    char     **values,
                    int       *field)
{
  g_autofree char *body_domain = zf_store_import_body_domain (self->store, V ("body_name"));
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GError) error = NULL;

  zf_rule_leniency_fields (V ("list"), V ("violation"), V ("basis"), V ("conditions"), findings);
  if (!zf_findings_to_error (findings, &error))
    return refused_at (self, V ("basis") == NULL ? "basis" : "conditions", field, error);
  zf_rule_leniency_domain (V ("domain"), body_domain, V ("violation"), findings);
  if (!zf_findings_to_error (findings, &error))
    /* At the domain the row gives, else at the body whose domain it is. */
    return refused_at (self,
                       zf_leniency_excluded_domain (V ("domain")) == NULL &&
                       zf_leniency_excluded_domain (body_domain) != NULL
                       ? "body_name" : "domain", field, error);
  return NULL;
}

/* The tier codes each benchmark (body and violation) has rows of in the
 * file, read once: a stored tier the file gives again is judged as the
 * file gives it, one it leaves out as stored. */
static GHashTable *
collect_file_tiers (ZfImport *self)
{
  GHashTable *tiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree gboolean *present = g_new0 (gboolean, self->reg->n_fields);

  for (guint r = 0; r < self->data->len; r++)
    {
      const ZfRow *raw = g_ptr_array_index (self->data, r);
      char **values = g_new0 (char *, self->reg->n_fields);
      g_autoptr(GString) notes = g_string_new (NULL);
      ZfImportRow scratch = { 0 };

      if (zf_import_row_has_data (self, raw) &&
          zf_import_plan_read_cells (self, raw, values, present, notes, &scratch) &&
          V ("tier") != NULL)
        {
          g_autofree char *key = g_strconcat (V ("body_name"), "\x1f", V ("violation"), NULL);
          const char *had = g_hash_table_lookup (tiers, key);

          g_hash_table_insert (tiers, g_steal_pointer (&key),
                               g_strdup_printf ("%s|%s|", had ? had : "|", V ("tier")));
        }
      g_free (scratch.message);
      g_free (scratch.column);
      g_free (scratch.notes);
      zf_import_values_free (values, self->reg->n_fields);
    }
  return tiers;
}

/* The column of the statutory range at fault. */
static const char *
statutory_column (ZfImport    *self,
                  char *const *values,
                  double       below)
{
  return V ("statutory_min") == NULL || below < 0 ? "statutory_min" : "statutory_max";
}

/* The column of the row's tier range at fault, inside @smin. */
static const char *
range_column (ZfImport    *self,
              char *const *values,
              double       smin)
{
  double lo = number_or_nan (V ("range_min")), hi = number_or_nan (V ("range_max"));

  if (isnan (lo))
    return "range_min";
  if (isnan (hi) || hi < lo)
    return "range_max";
  return lo < smin ? "range_min" : "range_max";
}

/* C6 (S1 §二(三)6, S2 §三(二)4), as when the benchmark is saved in the
 * window: the statutory range, the row's tier inside it, and no overlap
 * with the benchmark's other tiers — those of the rows above, and those
 * stored that the file does not give again, which the new range must
 * hold too. Gaps between tiers are allowed, as in the window. Long: the
 * three checks of one rule, in the order the window makes them, share the
 * tiers they compare. */
static char *
check_benchmark_row (ZfImport     *self,
                     ZfPlanState  *state,
                     char        **values,
                     int          *field)
{
  double smin = number_or_nan (V ("statutory_min")), smax = number_or_nan (V ("statutory_max"));
  ZfTierLine line = { V ("tier") ? g_intern_string (V ("tier")) : NULL,
                      number_or_nan (V ("range_min")), number_or_nan (V ("range_max")) };
  g_autofree char *key = g_strconcat (V ("body_name"), "\x1f", V ("violation"), NULL);
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (ZfTierLine));
  g_autoptr(GPtrArray) stored = NULL;
  GArray *accepted = g_hash_table_lookup (state->tiers, key);
  const char *in_file;

  /* The unit a code names (元, 万元, 日), else as written. */
  if (V ("unit") != NULL)
    {
      g_autofree char *code = zf_import_code (&zf_benchmark_units,
                                              "yuan=元|人民币元;ten_thousand_yuan=万元;day=天|日",
                                              V ("unit"), NULL, NULL);

      if (code != NULL)
        zf_import_plan_set_value (self, values, "unit", code);
    }

  /* The statutory range, and the row's tier alone in it. */
  {
    g_autoptr(GPtrArray) findings = zf_findings_new ();
    g_autoptr(GError) error = NULL;

    zf_rule_benchmark_tiers (smin, smax, &line, line.tier ? 1 : 0, findings);
    if (!zf_findings_to_error (findings, &error))
      {
        if (isnan (smin) || isnan (smax) || smin < 0 || smax < smin)
          return refused_at (self, statutory_column (self, values, smin), field, error);
        return refused_at (self, range_column (self, values, smin), field, error);
      }
  }

  if (accepted != NULL)
    g_array_append_vals (others, accepted->data, accepted->len);
  if (state->file_tiers == NULL)
    state->file_tiers = collect_file_tiers (self);
  in_file = g_hash_table_lookup (state->file_tiers, key);
  if (V ("benchmark_id") != NULL)
    stored = zf_store_list_benchmark_tiers (self->store,
                                            g_ascii_strtoll (V ("benchmark_id"), NULL, 10), NULL);
  for (guint i = 0; stored && i < stored->len; i++)
    {
      const ZfTierRow *t = stored->pdata[i];
      g_autofree char *mark = g_strdup_printf ("|%s|", t->tier);
      ZfTierLine o = { g_intern_string (t->tier), t->range_min, t->range_max };

      if (in_file == NULL || strstr (in_file, mark) == NULL)
        g_array_append_val (others, o);
    }

  for (guint i = 0; i < others->len; i++)
    {
      const ZfTierLine *o = &g_array_index (others, ZfTierLine, i);
      ZfTierLine pair[2] = { *o, line };
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(GError) error = NULL;

      /* A stored tier the new statutory range leaves outside. */
      zf_rule_benchmark_tiers (smin, smax, o, 1, findings);
      if (!zf_findings_to_error (findings, &error))
        return refused_at (self, statutory_column (self, values, o->range_min - smin), field, error);
      if (line.tier == NULL)
        continue;
      zf_rule_benchmark_tiers (smin, smax, pair, 2, findings);
      if (!zf_findings_to_error (findings, &error))
        return refused_at (self, zf_code_index (&zf_benchmark_tiers, o->tier) <
                                 zf_code_index (&zf_benchmark_tiers, line.tier)
                                 ? "range_min" : "range_max", field, error);
    }

  if (line.tier != NULL)
    {
      if (accepted == NULL)
        {
          accepted = g_array_new (FALSE, FALSE, sizeof (ZfTierLine));
          g_hash_table_insert (state->tiers, g_steal_pointer (&key), accepted);
        }
      g_array_append_val (accepted, line);
    }
  return NULL;
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
  char *refusal;

  switch (self->reg->id)
    {
    case ZF_IMPORT_LENIENCY:
      refusal = resolve_links (self, state, values, field);
      return refusal ? refusal : check_leniency_row (self, values, field);
    case ZF_IMPORT_BENCHMARKS:
      refusal = resolve_links (self, state, values, field);
      return refusal ? refusal : check_benchmark_row (self, state, values, field);
    case ZF_IMPORT_ITEMS:
      refusal = resolve_links (self, state, values, field);
      return refusal ? refusal : check_item_row (self, values, field);
    case ZF_IMPORT_TARGETS:
      return check_target_row (self, values, field);
    default:
      return NULL;
    }
}
