#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A closed list of values (kind, level, status…): the code stored in the
 * database and the English msgid of its label. */
typedef struct
{
  const char *code;
  const char *label;   /* msgid; translate with zf_code_label() */
} ZfCode;

typedef struct
{
  const ZfCode *codes;
  guint         n_codes;
} ZfCodeList;

extern const ZfCodeList zf_body_kinds;
extern const ZfCodeList zf_body_levels;
extern const ZfCodeList zf_body_statuses;
extern const ZfCodeList zf_body_review_results;

/* Officers and certificates (DOMAIN.md §2) */
extern const ZfCodeList zf_officer_staffings;
extern const ZfCodeList zf_certificate_statuses;
extern const ZfCodeList zf_sexes;
extern const ZfCodeList zf_assessment_grades;
extern const ZfCodeList zf_officer_event_kinds;
extern const ZfCodeList zf_misconduct_grounds;

const char *zf_code_label     (const ZfCodeList *list,
                               const char       *code);
gboolean    zf_code_is_valid  (const ZfCodeList *list,
                               const char       *code);
/* Finds the code whose code, translated label or English label equals
 * @text, or contains it / is contained in it (e.g. "委托" → entrusted).
 * Returns NULL when nothing or more than one code matches. */
const char *zf_code_match     (const ZfCodeList *list,
                               const char       *text);

G_END_DECLS
