#define G_LOG_DOMAIN "zf-cli-officers"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "zf-body.h"
#include "zf-cli.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-holder-list.h"
#include "zf-i18n.h"
#include "zf-officer-export.h"
#include "zf-store-bodies.h"
#include "zf-store-officers.h"

static void
print_progress (double   fraction,
                gpointer user_data)
{
  if (isatty (2))
    g_printerr ("\r%3d%%", (int) (fraction * 100));
}

int
zf_cli_export_officers (ZfCliContext  *ctx,
                        int            argc,
                        char         **argv)
{
  g_autoptr(ZfStore) store = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *docx = NULL;
  g_autofree char *body = NULL;
  g_autofree char *status = NULL;
  g_autofree char *issuer = NULL;
  gboolean public_list = FALSE;
  GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the certificate-holder list (PDF)"), N_("FILE") },
    { "docx", 0, 0, G_OPTION_ARG_FILENAME, &docx, N_("Write the certificate-holder list as an editable copy (.docx)"), N_("FILE") },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the officer roster (xlsx)"), N_("FILE") },
    { "public", 0, 0, G_OPTION_ARG_NONE, &public_list, N_("Write the public list instead: no ID or phone numbers"), NULL },
    { "body", 0, 0, G_OPTION_ARG_STRING, &body, N_("Only officers of this body (name or credit code)"), N_("BODY") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("Only certificates in this status"), N_("STATUS") },
    { "issuer", 0, 0, G_OPTION_ARG_STRING, &issuer, N_("Issuing unit printed under the title"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  ZfOfficerFilter filter = { 0 };
  gboolean ok;

  if (!zf_cli_parse_arguments (&argc, &argv, entries, _("- export officers"), NULL, 0, 0))
    return 2;
  if ((pdf == NULL && docx == NULL) == (xlsx == NULL))
    {
      g_printerr ("%s\n", _("Give --pdf FILE and/or --docx FILE, or --xlsx FILE."));
      return 2;
    }

  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;

  if (body != NULL)
    {
      g_autoptr(ZfBody) found = zf_store_find_body_by_credit_code (store, body);
      if (found == NULL)
        found = zf_store_find_body_by_name (store, body);
      if (found == NULL)
        {
          g_printerr (_("No body is called “%s”.\n"), body);
          return 1;
        }
      filter.body_id = zf_record_get_id (ZF_RECORD (found));
    }
  if (status != NULL)
    {
      const char *code = zf_code_match (&zf_certificate_statuses, status);
      if (code == NULL)
        {
          g_printerr (_("Unknown certificate status “%s”.\n"), status);
          return 2;
        }
      filter.status = code;
    }

  if (pdf != NULL || docx != NULL)
    {
      g_autoptr(ZfHolderList) list = zf_holder_list_new (store, &filter, issuer, NULL);
      ok = docx == NULL || zf_holder_list_write_docx (list, docx, NULL, &error);
      if (ok && docx != NULL && !ctx->quiet)
        g_print (_("Wrote %s.\n"), docx);
      if (ok && pdf != NULL)
        ok = zf_holder_list_write_pdf (list, pdf, NULL, ctx->quiet ? NULL : print_progress, NULL,
                                       &error);
      if (ok && pdf != NULL && !ctx->quiet)
        {
          g_autofree char *rows = g_strdup_printf ("%" G_GINT64_FORMAT, zf_holder_list_get_n_rows (list));
          g_print (_("Wrote %s: %s certificate holders on %d pages.\n"),
                   pdf, rows, zf_holder_list_get_n_pages (list));
        }
    }
  else
    {
      ok = zf_officer_export_xlsx (store, xlsx, &filter, public_list, NULL,
                                   ctx->quiet ? NULL : print_progress, NULL, &error);
      if (ok && !ctx->quiet)
        g_print (_("Wrote %s.\n"), xlsx);
    }

  if (isatty (2))
    g_printerr ("\r    \r");
  if (!ok)
    return zf_cli_fail (g_steal_pointer (&error));
  return 0;
}

typedef struct
{
  ZfStore           *store;
  const char        *today;
  ZfOfficerSettings  settings;
  guint             *n_errors;
  guint             *n_warnings;
  GError            *error;
} OfficerCheck;

static gboolean
check_officer (ZfOfficer *officer,
               gpointer   user_data)
{
  OfficerCheck *oc = user_data;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GPtrArray) proposals = zf_proposals_new ();
  g_autoptr(GPtrArray) events = NULL;
  const char *body = zf_record_get_string (ZF_RECORD (officer), "body_name");
  g_autofree char *subject = NULL;

  events = zf_store_list_officer_events (oc->store, zf_record_get_id (ZF_RECORD (officer)), FALSE,
                                         &oc->error);
  if (events == NULL)
    return FALSE;
  zf_officer_check (officer, events, oc->today, &oc->settings, findings, proposals);

  subject = g_strdup_printf ("%s %s", body, zf_officer_get_name (officer));
  zf_cli_print_findings (subject, findings, oc->n_errors, oc->n_warnings);
  /* What the rules propose waits for a decision with a document number in
   * the window; the check only says it is pending. */
  for (guint i = 0; i < proposals->len; i++)
    {
      const ZfProposal *p = proposals->pdata[i];

      printf ("%s [%s] %s (%s): %s — %s\n", subject, _("proposal"), p->rule, p->clause,
              zf_code_label (&zf_officer_event_kinds, p->action), p->reason);
    }
  return TRUE;
}

gboolean
zf_cli_check_officers (ZfStore     *store,
                       const char  *today,
                       guint       *n_errors,
                       guint       *n_warnings,
                       GError     **error)
{
  OfficerCheck oc = { store, today, { 0 }, n_errors, n_warnings, NULL };

  zf_store_get_officer_settings (store, &oc.settings);
  if (!zf_store_foreach_officer (store, NULL, 0, -1, check_officer, &oc, error))
    {
      if (oc.error != NULL)
        {
          g_clear_error (error);
          g_propagate_error (error, oc.error);
        }
      return FALSE;
    }
  return TRUE;
}
