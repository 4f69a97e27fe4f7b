#pragma once

#include "zf-finding.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* One run of every rule family over the stored registers, for
 * `zhifa-cli check` and the window alike. A family is a set of rules that
 * read the same rows (bodies, officers, checklists, case files, draws, the
 * double-random share, case evaluation); each judges the facts as of @as_of. */
typedef struct
{
  const char *as_of;        /* ISO date the rules judge as of; NULL: today */
  gint64      body_id;      /* only this body's rows; 0: every body */
  const char *rule;         /* only this rule ("E3") or series ("R"); NULL: all */
  gboolean    include_info; /* also INFO findings ("not checkable yet") */
  /* Officers with a plain history judged from their summaries instead of
   * their events. Off by default: a history written by another program
   * (events deleted and added in an order the window never makes) was
   * seen to give a finding the events do not, so check replays every
   * officer's events until the two agree on every history; the
   * summaries' tests compare them. */
  gboolean    from_summaries;
} ZfCheckOptions;

/* What one finding is about. Borrowed for the duration of the callback. */
typedef struct
{
  const char      *family;     /* "bodies", "officers", … (zf_check_family_label) */
  gint64           body_id;    /* the body the row belongs to; 0: none */
  const char      *subject;    /* the row for a person: body name, officer, case number */
  const ZfFinding *finding;
  /* A consequence a rule proposes (R1–R4 …): it waits for a decision with a
   * document number in the window. finding->message says what and why. */
  gboolean         proposal;
} ZfCheckItem;

/* Return FALSE to stop the run early. */
typedef gboolean (*ZfCheckFunc) (const ZfCheckItem *item,
                                 gpointer           user_data);

/* The count of findings per rule and severity, proposals apart. */
typedef struct _ZfCheckCounts ZfCheckCounts;

void           zf_check_options_init   (ZfCheckOptions       *options);

/* Runs every family whose rules match @options (rule filter, body), calling
 * @func for each finding and counting it in @counts (may be NULL). FALSE
 * only on a database error; an unknown rule code is ZF_ERROR_INVALID. */
gboolean       zf_check_run            (ZfStore              *store,
                                        const ZfCheckOptions *options,
                                        ZfCheckFunc           func,
                                        gpointer              user_data,
                                        ZfCheckCounts        *counts,
                                        GError              **error);

/* The rule codes every family may report, in display order, unique across
 * the families (NULL-terminated, static). */
const char *const *zf_check_rule_codes (void);
/* The family of @rule ("bodies", …), or NULL for a code no family knows.
 * The scoring standards, evaluations and the rectification ledger are the
 * family "evaluation". */
const char    *zf_check_rule_family    (const char           *rule);
/* The family's name for a person (translated). */
const char    *zf_check_family_label   (const char           *family);
/* Whether @rule matches a --rule filter: the same code, or a series of
 * letters ("R") followed by a digit in @rule. Case-insensitive. */
gboolean       zf_check_rule_matches   (const char           *filter,
                                        const char           *rule);

ZfCheckCounts *zf_check_counts_new     (void);
void           zf_check_counts_free    (ZfCheckCounts        *counts);
void           zf_check_counts_add     (ZfCheckCounts        *counts,
                                        const char           *rule,
                                        ZfSeverity            severity,
                                        gboolean              proposal);
/* Rules with at least one finding, in display order (free the array only). */
GPtrArray     *zf_check_counts_rules   (ZfCheckCounts        *counts);
guint          zf_check_counts_get     (ZfCheckCounts        *counts,
                                        const char           *rule,
                                        ZfSeverity            severity);
guint          zf_check_counts_get_proposals (ZfCheckCounts  *counts,
                                        const char           *rule);
/* Totals over every rule (@rule NULL in the two getters above gives these too). */
guint          zf_check_counts_total   (ZfCheckCounts        *counts,
                                        ZfSeverity            severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfCheckCounts, zf_check_counts_free)

G_END_DECLS
