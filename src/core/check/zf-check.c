#define G_LOG_DOMAIN "zf-check"

#include "config.h"

#include <string.h>

#include "zf-body-rules.h"
#include "zf-case-rules.h"
#include "zf-check.h"
#include "zf-checklists-export.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-rules.h"
#include "zf-store-bodies.h"
#include "zf-store-cases.h"
#include "zf-store-draw-results.h"
#include "zf-store-draws.h"
#include "zf-store-evaluations.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"
#include "zf-store-officer-events.h"
#include "zf-store-officers.h"
#include "zf-store-standards.h"

/* Every rule code and the family that reports it. A code names one rule in
 * one family: the table is the place to see that no two rules share one. */
static const struct
{
  const char *code;
  const char *family;
} rules[] = {
  { "B0", "bodies" }, { "B1", "bodies" }, { "B2", "bodies" }, { "B3", "bodies" },
  { "B4", "bodies" }, { "B5", "bodies" }, { "B6", "bodies" }, { "B7", "bodies" },
  { "B8", "bodies" },
  { "O0", "officers" }, { "O1", "officers" }, { "O2", "officers" }, { "O3", "officers" },
  { "R1", "officers" }, { "R2", "officers" }, { "R3", "officers" }, { "R4", "officers" },
  { "R5", "officers" }, { "R6", "officers" }, { "R7", "officers" }, { "R8", "officers" },
  { "R9", "officers" }, { "R10", "officers" }, { "V1", "officers" },
  { "C1", "checklists" }, { "C2", "checklists" }, { "C3", "checklists" },
  { "C4", "checklists" }, { "C5", "checklists" }, { "C6", "checklists" },
  { "C7", "draws" }, { "C8", "draws" },
  { "C9", "random-share" },
  { "E0", "cases" }, { "E1", "cases" }, { "E2", "cases" }, { "E3", "cases" },
  { "E4", "cases" }, { "E5", "cases" }, { "E6", "cases" }, { "E7", "cases" },
  { "E8", "cases" },
  /* Refused when the record is saved, and reported over the stored rows
   * (those that predate the rule or came by import). */
  { "ES1", "evaluation" }, { "ES2", "evaluation" }, { "EV1", "evaluation" },
  { "RL1", "evaluation" },
};

const char *const *
zf_check_rule_codes (void)
{
  static const char *codes[G_N_ELEMENTS (rules) + 1];

  if (codes[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
      codes[i] = rules[i].code;
  return codes;
}

static int
rule_index (const char *rule)
{
  for (guint i = 0; rule != NULL && i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].code, rule) == 0)
      return (int) i;
  return -1;
}

const char *
zf_check_rule_family (const char *rule)
{
  int i = rule_index (rule);

  return i < 0 ? NULL : rules[i].family;
}

const char *
zf_check_family_label (const char *family)
{
  static const struct
  {
    const char *family;
    const char *label;
  } labels[] = {
    { "bodies", N_("Enforcement bodies") },
    { "officers", N_("Officers and certificates") },
    { "checklists", N_("Checklists") },
    { "draws", N_("Double-random draws") },
    { "random-share", N_("Share of double-random inspections") },
    { "cases", N_("Case files") },
    { "evaluation", N_("Case evaluation") },
  };

  for (guint i = 0; family != NULL && i < G_N_ELEMENTS (labels); i++)
    if (strcmp (labels[i].family, family) == 0)
      return _(labels[i].label);
  return family;
}

gboolean
zf_check_rule_matches (const char *filter,
                       const char *rule)
{
  gsize n;

  if (filter == NULL || *filter == '\0')
    return TRUE;
  if (rule == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (filter, rule) == 0)
    return TRUE;
  n = strlen (filter);
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalpha (filter[i]))
      return FALSE;
  return g_ascii_strncasecmp (filter, rule, n) == 0 && g_ascii_isdigit (rule[n]);
}

/* ── Counts ─────────────────────────────────────────────────────────────── */

typedef struct
{
  guint by_severity[3];
  guint proposals;
} RuleCount;

struct _ZfCheckCounts
{
  GHashTable *rules;     /* code → RuleCount */
  RuleCount   total;
};

ZfCheckCounts *
zf_check_counts_new (void)
{
  ZfCheckCounts *counts = g_new0 (ZfCheckCounts, 1);

  counts->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return counts;
}

void
zf_check_counts_free (ZfCheckCounts *counts)
{
  if (counts == NULL)
    return;
  g_hash_table_unref (counts->rules);
  g_free (counts);
}

void
zf_check_counts_add (ZfCheckCounts *counts,
                     const char    *rule,
                     ZfSeverity     severity,
                     gboolean       proposal)
{
  RuleCount *count;

  g_return_if_fail (counts != NULL);
  g_return_if_fail (severity <= ZF_SEVERITY_ERROR);

  if (rule == NULL)
    rule = "";
  count = g_hash_table_lookup (counts->rules, rule);
  if (count == NULL)
    {
      count = g_new0 (RuleCount, 1);
      g_hash_table_insert (counts->rules, g_strdup (rule), count);
    }
  if (proposal)
    {
      count->proposals++;
      counts->total.proposals++;
    }
  else
    {
      count->by_severity[severity]++;
      counts->total.by_severity[severity]++;
    }
}

/* Registered codes in the table's order, any other after them by name. */
static int
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const char *x = *(const char *const *) a;
  const char *y = *(const char *const *) b;
  int i = rule_index (x), j = rule_index (y);

  if (i >= 0 && j >= 0)
    return i - j;
  if (i >= 0 || j >= 0)
    return i >= 0 ? -1 : 1;
  return strcmp (x, y);
}

GPtrArray *
zf_check_counts_rules (ZfCheckCounts *counts)
{
  GPtrArray *codes = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (counts != NULL, codes);

  g_hash_table_iter_init (&iter, counts->rules);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (codes, key);
  g_ptr_array_sort (codes, compare_rules);
  return codes;
}

static const RuleCount *
lookup_count (ZfCheckCounts *counts,
              const char    *rule)
{
  if (rule == NULL)
    return &counts->total;
  return g_hash_table_lookup (counts->rules, rule);
}

guint
zf_check_counts_get (ZfCheckCounts *counts,
                     const char    *rule,
                     ZfSeverity     severity)
{
  const RuleCount *count;

  g_return_val_if_fail (counts != NULL, 0);
  g_return_val_if_fail (severity <= ZF_SEVERITY_ERROR, 0);

  count = lookup_count (counts, rule);
  return count ? count->by_severity[severity] : 0;
}

guint
zf_check_counts_get_proposals (ZfCheckCounts *counts,
                               const char    *rule)
{
  const RuleCount *count;

  g_return_val_if_fail (counts != NULL, 0);

  count = lookup_count (counts, rule);
  return count ? count->proposals : 0;
}

guint
zf_check_counts_total (ZfCheckCounts *counts,
                       ZfSeverity     severity)
{
  return zf_check_counts_get (counts, NULL, severity);
}

/* ── The run ────────────────────────────────────────────────────────────── */

void
zf_check_options_init (ZfCheckOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
}

typedef struct
{
  ZfStore              *store;
  const ZfCheckOptions *options;
  const char           *as_of;
  ZfCheckFunc           func;
  gpointer              user_data;
  ZfCheckCounts        *counts;
  gboolean              stopped;
  GError               *error;       /* of a callback of the store's */
} Run;

/* Hands one finding to the caller unless the options leave it out. */
static void
report (Run             *run,
        const char      *family,
        gint64           body_id,
        const char      *subject,
        const ZfFinding *finding,
        gboolean         proposal)
{
  ZfCheckItem item = { family, body_id, subject, finding, proposal };

  if (run->stopped)
    return;
  if (finding->severity == ZF_SEVERITY_INFO && !proposal && !run->options->include_info)
    return;
  if (!zf_check_rule_matches (run->options->rule, finding->rule))
    return;
  if (run->counts != NULL)
    zf_check_counts_add (run->counts, finding->rule, finding->severity, proposal);
  if (run->func != NULL && !run->func (&item, run->user_data))
    run->stopped = TRUE;
}

static void
report_all (Run        *run,
            const char *family,
            gint64      body_id,
            const char *subject,
            GPtrArray  *findings)
{
  for (guint i = 0; i < findings->len; i++)
    report (run, family, body_id, subject, findings->pdata[i], FALSE);
}

/* Whether any rule of @family passes the rule filter. */
static gboolean
family_wanted (Run        *run,
               const char *family)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].family, family) == 0 &&
        zf_check_rule_matches (run->options->rule, rules[i].code))
      return TRUE;
  return FALSE;
}

/* After a foreach of the store's: an error of a callback wins; a run the
 * caller stopped is no failure (the store calls that "cancelled"). Takes
 * @local. */
static gboolean
foreach_done (Run      *run,
              gboolean  ok,
              GError   *local,
              GError  **error)
{
  if (run->error != NULL)
    {
      g_clear_error (&local);
      g_propagate_error (error, g_steal_pointer (&run->error));
      return FALSE;
    }
  if (ok || run->stopped)
    {
      g_clear_error (&local);
      return TRUE;
    }
  g_propagate_error (error, local);
  return FALSE;
}

/* Bodies (B0–B8) and their checklists (C1–C5), body by body. */
static gboolean
check_body (ZfBody   *body,
            gpointer  user_data)
{
  Run *run = user_data;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  gint64 body_id = zf_record_get_id (ZF_RECORD (body));
  const char *name = zf_body_get_name (body);

  if (family_wanted (run, "bodies"))
    {
      /* The body as it stood on as_of (its status that day, B5) and its
       * yearly all-staff training (B8). */
      if (!zf_store_body_check (run->store, body, run->as_of, findings, &run->error))
        return FALSE;
      report_all (run, "bodies", body_id, name, findings);
      g_ptr_array_set_size (findings, 0);
    }

  if (family_wanted (run, "checklists"))
    {
      if (!zf_store_check_catalog (run->store, body_id, run->as_of, findings, &run->error) ||
          !zf_store_check_matters (run->store, body_id, run->as_of, findings, &run->error) ||
          !zf_store_check_leniency (run->store, body_id, findings, &run->error))
        return FALSE;
      report_all (run, "checklists", body_id, name, findings);
    }
  return !run->stopped;
}

static gboolean
check_bodies (Run     *run,
              GError **error)
{
  GError *local = NULL;
  gboolean ok;

  if (!family_wanted (run, "bodies") && !family_wanted (run, "checklists"))
    return TRUE;
  if (run->options->body_id > 0)
    {
      g_autoptr(ZfBody) body = zf_store_get_body (run->store, run->options->body_id, error);

      if (body == NULL)
        return FALSE;
      if (!check_body (body, run))
        {
          if (run->error != NULL)
            g_propagate_error (error, g_steal_pointer (&run->error));
          return run->stopped;
        }
      return TRUE;
    }
  /* In a statement of its own: the order in which a call's arguments are
   * read is unspecified, and @local must be read after the foreach set it. */
  ok = zf_store_foreach_body (run->store, FALSE, check_body, run, &local);
  return foreach_done (run, ok, local, error);
}

typedef struct
{
  Run               *run;
  ZfOfficerSettings  settings;
  GHashTable        *last_case;
} OfficerRun;

static gboolean
check_officer (ZfOfficer *officer,
               GPtrArray *events,
               gpointer   user_data)
{
  OfficerRun *oc = user_data;
  Run *run = oc->run;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GPtrArray) proposals = zf_proposals_new ();
  const char *body = zf_record_get_string (ZF_RECORD (officer), "body_name");
  g_autofree char *subject = NULL;

  /* The last case file the officer handled by as_of (R8). */
  zf_record_set_string (ZF_RECORD (officer), "last_case_date",
                        g_hash_table_lookup (oc->last_case, &(gint64) { zf_record_get_id (ZF_RECORD (officer)) }));
  zf_officer_check (officer, events, run->as_of, &oc->settings, findings, proposals);

  subject = g_strdup_printf ("%s %s", body ? body : "", zf_officer_get_name (officer));
  report_all (run, "officers", zf_officer_get_body_id (officer), subject, findings);
  for (guint i = 0; i < proposals->len; i++)
    {
      const ZfProposal *p = proposals->pdata[i];
      g_autoptr(ZfFinding) f = NULL;

      f = zf_finding_new (p->rule, p->clause, ZF_SEVERITY_WARNING, NULL);
      f->message = g_strdup_printf ("%s — %s", zf_code_label (&zf_officer_event_kinds, p->action),
                                    p->reason);
      report (run, "officers", zf_officer_get_body_id (officer), subject, f, TRUE);
    }
  return !run->stopped;
}

static gboolean
check_officers (Run     *run,
                GError **error)
{
  g_autoptr(GHashTable) last_case = NULL;
  OfficerRun oc = { run, { 0 }, NULL };
  GError *local = NULL;
  gboolean ok;

  if (!family_wanted (run, "officers"))
    return TRUE;
  if ((last_case = zf_store_officers_last_case (run->store, run->as_of, error)) == NULL)
    return FALSE;
  oc.last_case = last_case;
  zf_store_get_officer_settings (run->store, &oc.settings);
  /* With from_summaries, officers with a plain history are judged from
   * their summaries as of as_of; the others, and every one as of a day
   * before his last event, from their events. */
  ok = zf_store_foreach_officer_history (run->store, run->options->body_id,
                                         run->options->from_summaries ? run->as_of : NULL,
                                         check_officer, &oc, &local);
  return foreach_done (run, ok, local, error);
}

/* A file is judged as of a date once it existed then: decided on or
 * before it, or (not decided yet) filed on or before it. Each rule judges
 * the facts of the day of its act, so a later as_of changes nothing else. */
static gboolean
case_known_on (ZfCaseFile *case_file,
               gpointer    user_data)
{
  Run *run = user_data;
  const char *as_of = run->as_of;
  const char *decided = zf_case_file_get_decided_date (case_file);
  const char *filed = zf_record_get_string (ZF_RECORD (case_file), "filed_date");

  if (zf_date_is_valid (decided))
    return strcmp (decided, as_of) <= 0;
  return !zf_date_is_valid (filed) || strcmp (filed, as_of) <= 0;
}

static gboolean
check_case (ZfCaseFacts *facts,
            gpointer     user_data)
{
  Run *run = user_data;
  ZfRecord *record = ZF_RECORD (facts->case_file);
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *subject = NULL;

  zf_rule_case_fields (facts->case_file, findings);
  zf_case_check (facts, findings);
  subject = g_strdup_printf ("%s %s", zf_record_get_string (record, "body_name") ?: "",
                             zf_case_file_get_number (facts->case_file) ?: "");
  report_all (run, "cases", zf_case_file_get_body_id (facts->case_file), subject, findings);
  return !run->stopped;
}

/* Case files: their own fields (E0) and E1–E8. */
static gboolean
check_cases (Run     *run,
             GError **error)
{
  GError *local = NULL;
  gboolean ok;

  if (!family_wanted (run, "cases"))
    return TRUE;
  ok = zf_store_foreach_case_facts (run->store, run->options->body_id, case_known_on, check_case,
                                    run, &local);
  return foreach_done (run, ok, local, error);
}

typedef struct
{
  gint64  id;
  gint64  body_id;
  char   *subject;
} DrawRow;

static void
draw_row_clear (gpointer data)
{
  g_free (((DrawRow *) data)->subject);
}

static gboolean
collect_draw (gint64      draw_id,
              gint64      body_id,
              const char *body_name,
              const char *inspection_date,
              gpointer    user_data)
{
  DrawRow row = { draw_id, body_id, NULL };
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, draw_id);

  /* TRANSLATORS: a draw in the findings of a check: body, draw number, date. */
  row.subject = g_strdup_printf (_("%s draw %s of %s"), body_name ? body_name : "", number,
                                 inspection_date ? inspection_date : "");
  g_array_append_val (user_data, row);
  return TRUE;
}

/* C7 and C8 over each stored draw made by as_of, each judged on its
 * inspection date. */
static gboolean
check_draws (Run     *run,
             GError **error)
{
  g_autoptr(GArray) draws = NULL;

  if (!family_wanted (run, "draws"))
    return TRUE;
  draws = g_array_new (FALSE, FALSE, sizeof (DrawRow));
  g_array_set_clear_func (draws, draw_row_clear);
  /* Collected first: the check of a draw runs statements of its own. */
  if (!zf_store_foreach_draw (run->store, run->options->body_id, run->as_of, collect_draw,
                              draws, error))
    return FALSE;
  for (guint i = 0; i < draws->len && !run->stopped; i++)
    {
      const DrawRow *row = &g_array_index (draws, DrawRow, i);
      g_autoptr(GPtrArray) findings = zf_findings_new ();

      if (!zf_store_check_draw (run->store, row->id, findings, error))
        return FALSE;
      report_all (run, "draws", row->body_id, row->subject, findings);
    }
  return TRUE;
}

static gboolean
report_row (gint64      body_id,
            const char *subject,
            GPtrArray  *findings,
            gpointer    user_data)
{
  Run *run = user_data;

  report_all (run, "evaluation", body_id, subject, findings);
  return !run->stopped;
}

/* The scoring standards (ES1, ES2), the evaluations (EV1) and the
 * rectification ledger (RL1) as stored. */
static gboolean
check_evaluation (Run     *run,
                  GError **error)
{
  if (!family_wanted (run, "evaluation"))
    return TRUE;
  /* Standards belong to no body. */
  if (run->options->body_id == 0 &&
      !zf_store_check_standards (run->store, report_row, run, error))
    return FALSE;
  if (!run->stopped &&
      !zf_store_check_evaluations (run->store, run->options->body_id, run->as_of, report_row, run,
                                   error))
    return FALSE;
  if (!run->stopped &&
      !zf_store_check_rectifications (run->store, run->options->body_id, run->as_of, report_row,
                                      run, error))
    return FALSE;
  return TRUE;
}

/* C9 for every year with a plan or a draw that has ended as of as_of: the
 * floor is a share of a whole year's planned inspections (S4), and a year
 * still running would be judged on the draws it has had so far. */
static gboolean
check_random_share (Run     *run,
                    GError **error)
{
  g_autoptr(GArray) years = NULL;
  int last_year = zf_date_year (run->as_of);

  if (!family_wanted (run, "random-share"))
    return TRUE;
  if (!g_str_has_suffix (run->as_of, "-12-31"))
    last_year--;
  years = zf_store_list_random_share_years (run->store, last_year, error);
  if (years == NULL)
    return FALSE;
  for (guint i = 0; i < years->len && !run->stopped; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(ZfTable) table = zf_checklist_random_statistics (run->store, year, findings, error);

      if (table == NULL)
        return FALSE;
      for (guint j = 0; j < findings->len && !run->stopped; j++)
        {
          const ZfFinding *f = findings->pdata[j];
          g_autoptr(ZfBody) body = NULL;
          g_autofree char *subject = NULL;

          if (run->options->body_id > 0 && f->row_id != run->options->body_id)
            continue;
          body = f->row_id > 0 ? zf_store_get_body (run->store, f->row_id, NULL) : NULL;
          subject = g_strdup_printf ("%s %d", body ? zf_body_get_name (body) : "", year);
          report (run, "random-share", f->row_id, subject, f, FALSE);
        }
    }
  return TRUE;
}

gboolean
zf_check_run (ZfStore              *store,
              const ZfCheckOptions *options,
              ZfCheckFunc           func,
              gpointer              user_data,
              ZfCheckCounts        *counts,
              GError              **error)
{
  static gboolean (*const families[]) (Run *, GError **) = {
    check_bodies, check_officers, check_cases, check_draws, check_random_share, check_evaluation,
  };
  ZfCheckOptions defaults;
  g_autofree char *today = NULL;
  Run run = { 0 };
  gboolean known = FALSE;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);

  if (options == NULL)
    {
      zf_check_options_init (&defaults);
      options = &defaults;
    }
  if (options->as_of != NULL && !zf_date_is_valid (options->as_of))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” is not a date (write it as 2023-03-21)."), options->as_of);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (rules) && !known; i++)
    known = zf_check_rule_matches (options->rule, rules[i].code);
  if (!known)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("No rule is called “%s”."), options->rule);
      return FALSE;
    }

  run.store = store;
  run.options = options;
  run.as_of = options->as_of ? options->as_of : (today = zf_date_today ());
  run.func = func;
  run.user_data = user_data;
  run.counts = counts;

  /* One read transaction: every family sees the same state of the
   * register, and the hundreds of thousands of statements of a provincial
   * register share one snapshot instead of taking one each. */
  if (!zf_store_begin_read (store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (families) && !run.stopped; i++)
    if (!families[i] (&run, error))
      {
        g_clear_error (&run.error);
        zf_store_rollback (store);
        return FALSE;
      }
  zf_store_rollback (store);
  return TRUE;
}
