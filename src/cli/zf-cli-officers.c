#define G_LOG_DOMAIN "zf-cli-officers"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "zf-body.h"
#include "zf-cli.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-holder-list.h"
#include "zf-i18n.h"
#include "zf-officer-event.h"
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

/* Long: parses the options of every officers export and runs the one asked
 * for. */
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

/* OFFICER on the command line: the register's id, the ID number or the
 * certificate number. */
static ZfOfficer *
find_officer (ZfStore    *store,
              const char *text)
{
  ZfOfficer *officer = NULL;
  gint64 id = 0;

  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    officer = zf_store_get_officer (store, id, NULL);
  if (officer == NULL)
    officer = zf_store_find_officer_by_id_number (store, text);
  if (officer == NULL)
    officer = zf_store_find_officer_by_certificate (store, text);
  return officer;
}

/* A code of @list given as its code or its label, or NULL with a message. */
static const char *
match_code (const ZfCodeList *list,
            const char       *text,
            const char       *option)
{
  const char *code = zf_code_match (list, text);

  if (code == NULL)
    {
      g_autoptr(GString) codes = g_string_new (NULL);

      for (guint i = 0; i < list->n_codes; i++)
        g_string_append_printf (codes, "%s%s", i ? ", " : "", list->codes[i].code);
      g_printerr (_("zhifa-cli: %s “%s” is not one of: %s.\n"), option, text, codes->str);
    }
  return code;
}

/* officers event add OFFICER --kind KIND --date DATE …: the event goes
 * through zf_store_add_officer_event(), the same checks as the window's
 * event dialog (status machine, eligibility, review order, R3 on a return,
 * document numbers), and is stored in one transaction or not at all. */
/* Long: the options of every kind of event, read in one place, then one
 * call that records it. */
static int
officers_event_add (ZfCliContext  *ctx,
                    int            argc,
                    char         **argv)
{
  g_autofree char *kind_text = NULL, *date = NULL, *doc = NULL, *grade_text = NULL;
  g_autofree char *passed_text = NULL, *reason = NULL, *ground_text = NULL;
  g_autofree char *number = NULL, *authority = NULL, *valid_until = NULL;
  double hours = -1;
  gint year = 0;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("The event (applied, review_first, exam, issued, suspension, return, …)"), "KIND" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Its date"), "DATE" },
    { "doc", 0, 0, G_OPTION_ARG_STRING, &doc, N_("The document number (文号) it was decided by"), "TEXT" },
    { "grade", 0, 0, G_OPTION_ARG_STRING, &grade_text, N_("An assessment's grade"), "GRADE" },
    { "hours", 0, 0, G_OPTION_ARG_DOUBLE, &hours, N_("A training's hours"), "N" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year an assessment grades (default: the year of its date)"), "YEAR" },
    { "passed", 0, 0, G_OPTION_ARG_STRING, &passed_text, N_("Whether a review, exam or test was passed"), "yes|no" },
    { "ground", 0, 0, G_OPTION_ARG_STRING, &ground_text, N_("A misconduct's ground"), "GROUND" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason"), "TEXT" },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_("Certificate number (issued, lost and reissued)"), "TEXT" },
    { "authority", 0, 0, G_OPTION_ARG_STRING, &authority, N_("Issuing authority of the certificate"), "TEXT" },
    { "valid-until", 0, 0, G_OPTION_ARG_STRING, &valid_until, N_("Valid until (default: from the validity setting)"), "DATE" },
    G_OPTION_ENTRY_NULL
  };
  const char *officer_text;
  const char *kind;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(ZfOfficer) after = NULL;
  g_autoptr(ZfOfficerEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  ZfCertificateCard card = { 0 };
  gint64 officer_id;

  officer_text = argc >= 2 && argv[1][0] != '-' ? argv[1] : NULL;
  if (officer_text != NULL)
    {
      argv[1] = argv[0];
      argv++;
      argc--;
    }
  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Record an event of an officer's certificate, checked as in the "
                               "window.")))
    return 2;
  if (officer_text == NULL || kind_text == NULL || date == NULL)
    {
      g_printerr (_("zhifa-cli: an event needs OFFICER, --kind KIND and --date DATE.\n"));
      return 2;
    }
  if ((kind = match_code (&zf_officer_event_kinds, kind_text, "--kind")) == NULL)
    return 2;

  event = zf_officer_event_new (kind, date);
  g_object_set (event, "doc-number", doc, "reason", reason, NULL);
  if (grade_text != NULL)
    {
      const char *grade = match_code (&zf_assessment_grades, grade_text, "--grade");

      if (grade == NULL)
        return 2;
      g_object_set (event, "grade", grade, NULL);
    }
  if (ground_text != NULL)
    {
      const char *ground = match_code (&zf_misconduct_grounds, ground_text, "--ground");

      if (ground == NULL)
        return 2;
      g_object_set (event, "ground", ground, NULL);
    }
  if (hours >= 0)
    g_object_set (event, "hours", hours, NULL);
  if (year > 0)
    g_object_set (event, "assessment-year", (gint64) year, NULL);
  if (passed_text != NULL)
    {
      gboolean yes = g_ascii_strcasecmp (passed_text, "yes") == 0 || strcmp (passed_text, "是") == 0;
      gboolean no = g_ascii_strcasecmp (passed_text, "no") == 0 || strcmp (passed_text, "否") == 0;

      if (!yes && !no)
        {
          g_printerr (_("zhifa-cli: --passed is yes or no, not “%s”.\n"), passed_text);
          return 2;
        }
      g_object_set (event, "passed", (gint64) yes, NULL);
    }
  card.number = number;
  card.issuing_authority = authority;
  card.valid_until = valid_until;

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  officer = find_officer (store, officer_text);
  if (officer == NULL)
    {
      g_printerr (_("No officer has the id, ID number or certificate number “%s”.\n"), officer_text);
      return 1;
    }
  officer_id = zf_record_get_id (ZF_RECORD (officer));
  if (!zf_store_add_officer_event (store, officer_id, event, &card, &error))
    return zf_cli_fail (g_steal_pointer (&error));

  after = zf_store_get_officer (store, officer_id, &error);
  if (after == NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    printf (_("%s: %s on %s recorded; certificate %s.\n"), zf_officer_get_name (after),
            zf_code_label (&zf_officer_event_kinds, kind), date,
            zf_officer_get_status_label (after));
  return 0;
}

/* officers event add: argv[1] and argv[2] name the subcommand. */
int
zf_cli_officers (ZfCliContext  *ctx,
                 int            argc,
                 char         **argv)
{
  if (argc >= 3 && g_str_equal (argv[1], "event") && g_str_equal (argv[2], "add"))
    return officers_event_add (ctx, argc - 2, argv + 2);
  g_printerr (_("zhifa-cli: use “officers event add OFFICER --kind KIND --date DATE …”.\n"));
  return 2;
}
