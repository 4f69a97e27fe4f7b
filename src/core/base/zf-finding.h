#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ZF_SEVERITY_INFO,
  ZF_SEVERITY_WARNING,
  ZF_SEVERITY_ERROR,      /* blocks the save or names a breach of a rule */
} ZfSeverity;

/* What a rule found: which rule (e.g. "B3"), which clause of which seed
 * document it enforces, and a sentence for the user. The UI shows all three
 * so that nobody has to guess why Zhifa refused or proposed something. */
typedef struct
{
  char       *rule;
  char       *clause;
  ZfSeverity  severity;
  char       *message;
  char       *table;
  gint64      row_id;
} ZfFinding;

#define ZF_TYPE_FINDING (zf_finding_get_type ())

GType      zf_finding_get_type  (void) G_GNUC_CONST;
ZfFinding *zf_finding_new       (const char *rule,
                                 const char *clause,
                                 ZfSeverity  severity,
                                 const char *message);
ZfFinding *zf_finding_copy      (const ZfFinding *finding);
void       zf_finding_free      (ZfFinding       *finding);
/* "B3 (《…实施意见》二(一)): message" — one line for logs, the CLI and error
 * dialogs, the clause by its document's title (zf_clause_display()). */
char      *zf_finding_to_string (const ZfFinding *finding);

/* Appends a finding to @findings (a GPtrArray of ZfFinding, may be NULL). */
void       zf_findings_add      (GPtrArray  *findings,
                                 const char *rule,
                                 const char *clause,
                                 ZfSeverity  severity,
                                 const char *format,
                                 ...) G_GNUC_PRINTF (5, 6);
/* Names the row the findings from index @from on are about (@table and
 * @row_id), for the findings a rule made without knowing its row. */
void       zf_findings_locate   (GPtrArray  *findings,
                                 guint       from,
                                 const char *table,
                                 gint64      row_id);
GPtrArray *zf_findings_new      (void);
gboolean   zf_findings_has_errors (GPtrArray *findings);
/* All error findings as one GError (ZF_ERROR_RULE), one per line. */
gboolean   zf_findings_to_error (GPtrArray  *findings,
                                 GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfFinding, zf_finding_free)

/* Hands the findings about one stored row to a caller (a check over a
 * register): the body it belongs to (0: none) and the row for a person.
 * Return FALSE to stop. */
typedef gboolean (*ZfRowFindingsFunc) (gint64      body_id,
                                       const char *subject,
                                       GPtrArray  *findings,
                                       gpointer    user_data);

G_END_DECLS
