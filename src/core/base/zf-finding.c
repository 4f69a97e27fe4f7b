#define G_LOG_DOMAIN "zf-finding"

#include "config.h"

#include "zf-clause.h"
#include "zf-error.h"
#include "zf-finding.h"

G_DEFINE_BOXED_TYPE (ZfFinding, zf_finding, zf_finding_copy, zf_finding_free)

ZfFinding *
zf_finding_new (const char *rule,
                const char *clause,
                ZfSeverity  severity,
                const char *message)
{
  ZfFinding *f = g_new0 (ZfFinding, 1);

  f->rule = g_strdup (rule);
  f->clause = g_strdup (clause);
  f->severity = severity;
  f->message = g_strdup (message);
  return f;
}

ZfFinding *
zf_finding_copy (const ZfFinding *finding)
{
  ZfFinding *f = zf_finding_new (finding->rule, finding->clause, finding->severity,
                                 finding->message);

  f->table = g_strdup (finding->table);
  f->row_id = finding->row_id;
  return f;
}

void
zf_finding_free (ZfFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->rule);
  g_free (finding->clause);
  g_free (finding->message);
  g_free (finding->table);
  g_free (finding);
}

char *
zf_finding_to_string (const ZfFinding *finding)
{
  if (finding->clause && *finding->clause)
    {
      g_autofree char *clause = zf_clause_display (finding->clause);

      return g_strdup_printf ("%s (%s): %s", finding->rule, clause, finding->message);
    }
  return g_strdup_printf ("%s: %s", finding->rule, finding->message);
}

void
zf_findings_locate (GPtrArray  *findings,
                    guint       from,
                    const char *table,
                    gint64      row_id)
{
  for (guint i = from; findings != NULL && i < findings->len; i++)
    {
      ZfFinding *f = findings->pdata[i];

      g_free (f->table);
      f->table = g_strdup (table);
      f->row_id = row_id;
    }
}

GPtrArray *
zf_findings_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) zf_finding_free);
}

void
zf_findings_add (GPtrArray  *findings,
                 const char *rule,
                 const char *clause,
                 ZfSeverity  severity,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (findings == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (findings, zf_finding_new (rule, clause, severity, message));
}

gboolean
zf_findings_has_errors (GPtrArray *findings)
{
  for (guint i = 0; findings && i < findings->len; i++)
    if (((ZfFinding *) findings->pdata[i])->severity == ZF_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

gboolean
zf_findings_to_error (GPtrArray  *findings,
                      GError    **error)
{
  g_autoptr(GString) text = NULL;

  if (!zf_findings_has_errors (findings))
    return TRUE;

  text = g_string_new (NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      ZfFinding *f = findings->pdata[i];
      g_autofree char *line = NULL;

      if (f->severity != ZF_SEVERITY_ERROR)
        continue;
      line = zf_finding_to_string (f);
      if (text->len)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  g_set_error_literal (error, ZF_ERROR, ZF_ERROR_RULE, text->str);
  return FALSE;
}
