#define G_LOG_DOMAIN "zf-cli-cases"

#include "config.h"

#include <stdlib.h>

#include "zf-case-codes.h"
#include "zf-case-export.h"
#include "zf-case-reports.h"
#include "zf-cli.h"
#include "zf-date.h"
#include "zf-document.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-sampling.h"
#include "zf-store-bodies.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"
#include "zf-util.h"

/* Options, then the id the command works on: FALSE (after saying what is
 * missing or wrong) when there is none or it is no id. */
static gboolean
parse_id (GOptionEntry   *entries,
          const char     *parameter,
          const char     *missing,
          int            *argc,
          char         ***argv,
          gint64         *id)
{
  if (!zf_cli_parse_arguments (argc, argv, entries, parameter, NULL, 0, 1))
    return FALSE;
  if (*argc < 2)
    {
      g_printerr ("%s\n", missing);
      return FALSE;
    }
  return zf_cli_parse_id ((*argv)[1], id);
}

static int
cmd_sample (ZfStore *store,
            int      argc,
            char   **argv)
{
  int year = 0, per_min = 2, per_max = 4, per_unit = 0;
  gint64 seed = 0;
  g_auto(GStrv) categories = NULL;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Year of the files"), "YEAR" },
    { "per-unit", 0, 0, G_OPTION_ARG_INT, &per_unit, N_("Files per unit and category"), "N" },
    { "min", 0, 0, G_OPTION_ARG_INT, &per_min, N_("At least this many files (default 2)"), "N" },
    { "max", 0, 0, G_OPTION_ARG_INT, &per_max, N_("At most this many files (default 4)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of a draw to repeat"), "SEED" },
    { "category", 0, 0, G_OPTION_ARG_STRING_ARRAY, &categories, N_("Category (repeatable)"), "CODE" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) chosen = NULL;
  gint64 sampling_id;

  if (!zf_cli_parse_arguments (&argc, &argv, entries, NULL, NULL, 0, 0))
    return 2;
  if (year <= 0)
    {
      g_printerr ("%s\n", _("Give the year with --year."));
      return 2;
    }
  if (per_unit > 0)
    per_min = per_max = per_unit;
  if (seed <= 0)
    seed = (gint64) zf_sample_new_seed ();

  sampling_id = zf_store_draw_sample (store, year, (const char * const *) categories,
                                      per_min, per_max, (guint64) seed, &chosen, &error);
  if (sampling_id == 0)
    return zf_cli_fail (g_steal_pointer (&error));

  g_print (_("Draw %lld: seed %lld, algorithm %d, %u files\n"),
           (long long) sampling_id, (long long) seed, ZF_SAMPLING_ALGORITHM, chosen->len);
  for (guint i = 0; i < chosen->len; i++)
    {
      g_autoptr(ZfCaseFile) cf = zf_store_get_case_file (store, g_array_index (chosen, gint64, i), NULL);
      if (cf)
        g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", zf_record_get_id (ZF_RECORD (cf)),
                 zf_case_file_get_body_name (cf), zf_case_file_get_category_label (cf),
                 zf_case_file_get_number (cf));
    }
  return 0;
}

static int
cmd_check (ZfStore *store,
           int      argc,
           char   **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  g_autoptr(ZfCaseFacts) facts = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  if (!parse_id (entries, "CASE-ID", _("Give the id of the case file."), &argc, &argv, &id))
    return 2;
  facts = zf_store_get_case_facts (store, id, &error);
  if (facts == NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  zf_case_check (facts, findings);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = zf_finding_to_string (findings->pdata[i]);
      g_print ("%s\n", line);
    }
  if (findings->len == 0)
    g_print ("%s\n", _("Every check passed."));
  return zf_findings_has_errors (findings) ? 3 : 0;
}

/* "ITEM=POINTS:REASON" or, for --veto, "ITEM:REASON". */
static gboolean
add_line (ZfEvaluation  *e,
          ZfStandard    *s,
          const char    *spec,
          gboolean       veto,
          GError       **error)
{
  g_autofree char *copy = g_strdup (spec);
  char *reason = strchr (copy, ':');
  char *points = NULL;
  ZfStandardItem *item;

  if (reason)
    *reason++ = '\0';
  if (!veto && (points = strchr (copy, '=')) != NULL)
    *points++ = '\0';
  item = zf_standard_find_item_by_name (s, copy);
  if (item == NULL || (!veto && points == NULL))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("“%s” does not name an item of the standard (write ITEM=POINTS:REASON or, "
                     "for a veto, ITEM:REASON)."), spec);
      return FALSE;
    }
  zf_evaluation_set_line (e, item->id, veto ? 0 : g_ascii_strtod (points, NULL), veto, reason);
  return TRUE;
}

static int
cmd_evaluate (ZfStore *store,
              int      argc,
              char   **argv)
{
  g_autofree char *evaluator = NULL, *date = NULL, *comments = NULL, *mode = NULL;
  g_auto(GStrv) deductions = NULL;
  g_auto(GStrv) vetoes = NULL;
  gint64 sampling_id = 0;
  GOptionEntry entries[] = {
    { "evaluator", 0, 0, G_OPTION_ARG_STRING, &evaluator, N_("Evaluator (default: the setting user.name)"), "NAME" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date (default today)"), "DATE" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode, N_("self or central"), "MODE" },
    { "sampling", 0, 0, G_OPTION_ARG_INT64, &sampling_id, N_("Draw the file came from"), "ID" },
    { "deduct", 0, 0, G_OPTION_ARG_STRING_ARRAY, &deductions, N_("Deduction (repeatable)"), "ITEM=POINTS:REASON" },
    { "veto", 0, 0, G_OPTION_ARG_STRING_ARRAY, &vetoes, N_("Veto item (repeatable)"), "ITEM:REASON" },
    { "comments", 0, 0, G_OPTION_ARG_STRING, &comments, N_("Comments"), "TEXT" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  g_autoptr(ZfCaseFile) cf = NULL;
  g_autoptr(ZfStandard) s = NULL;
  g_autoptr(ZfEvaluation) e = zf_evaluation_new ();

  if (!parse_id (entries, "CASE-ID", _("Give the id of the case file."), &argc, &argv, &id))
    return 2;
  cf = zf_store_get_case_file (store, id, &error);
  if (cf == NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  s = zf_store_get_current_standard (store, zf_case_file_get_category (cf), &error);
  if (s == NULL)
    return zf_cli_fail (g_steal_pointer (&error));

  e->case_id = zf_record_get_id (ZF_RECORD (cf));
  e->standard_id = s->id;
  e->sampling_id = sampling_id;
  /* Without --evaluator, the user's name from the settings; with neither,
   * the evaluation is refused for want of its evaluator. */
  e->evaluator = evaluator ? g_steal_pointer (&evaluator)
                           : zf_store_get_setting_text (store, ZF_SETTING_USER_NAME);
  e->date = date ? g_steal_pointer (&date) : zf_date_today ();
  e->comments = g_steal_pointer (&comments);
  if (mode)
    zf_set_str (&e->mode, mode);
  for (guint i = 0; deductions && deductions[i]; i++)
    if (!add_line (e, s, deductions[i], FALSE, &error))
      return zf_cli_fail (g_steal_pointer (&error));
  for (guint i = 0; vetoes && vetoes[i]; i++)
    if (!add_line (e, s, vetoes[i], TRUE, &error))
      return zf_cli_fail (g_steal_pointer (&error));

  if (!zf_store_save_evaluation (store, e, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  g_print (_("Evaluation %lld: score %g, %s\n"), (long long) e->id, e->score,
           zf_code_label (&zf_evaluation_grades, e->grade));
  return 0;
}

static int
cmd_report (ZfStore *store,
            int      argc,
            char   **argv)
{
  int year = 0;
  g_autofree char *xlsx = NULL;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Year of the files"), "YEAR" },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the workbook here"), "FILE" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_arguments (&argc, &argv, entries, "summary", NULL, 0, 1))
    return 2;
  if (argc < 2 || g_strcmp0 (argv[1], "summary") != 0 || year <= 0 || xlsx == NULL)
    {
      g_printerr ("%s\n", _("Usage: zhifa-cli cases report summary --year YEAR --xlsx FILE"));
      return 2;
    }
  if (!zf_case_report_summary_xlsx (store, year, xlsx, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  return 0;
}

/* The options every issued document takes: where to write it (--pdf,
 * --docx), its 成文日期, its 发文字号 and who gets a copy. */
typedef struct
{
  char  *pdf;
  char  *docx;
  char  *date;
  char  *number;
  char **cc;
} DocumentOptions;

static void
document_options_clear (DocumentOptions *o)
{
  g_free (o->pdf);
  g_free (o->docx);
  g_free (o->date);
  g_free (o->number);
  g_strfreev (o->cc);
}

#define DOCUMENT_OPTION_ENTRIES(o) \
  { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &(o).pdf, N_("Write the PDF here"), "FILE" }, \
  { "docx", 0, 0, G_OPTION_ARG_FILENAME, &(o).docx, N_("Write the editable copy (.docx) here"), "FILE" }, \
  { "date", 0, 0, G_OPTION_ARG_STRING, &(o).date, N_("Date of the document (default: today)"), "DATE" }, \
  { "number", 0, 0, G_OPTION_ARG_STRING, &(o).number, N_("Document number (default: the next of its series, when a prefix is set)"), "TEXT" }, \
  { "cc", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(o).cc, N_("Send a copy to this unit (repeatable)"), "UNIT" }

/* Number, copies, then the files asked for. */
static gboolean
issue_document (ZfStore          *store,
                ZfDocument       *doc,
                const char       *series,
                DocumentOptions  *o,
                GError          **error)
{
  g_autofree char *number = o->number ? g_strdup (o->number) : NULL;

  if (o->date && !zf_date_is_valid (o->date))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("“%s” is not a date (YYYY-MM-DD)."), o->date);
      return FALSE;
    }
  if (number == NULL)
    {
      number = zf_document_issue_number (store, series, o->date, error);
      if (number == NULL && error && *error)
        return FALSE;
    }
  zf_document_set_number (doc, number);
  for (guint i = 0; o->cc && o->cc[i]; i++)
    zf_document_add_cc (doc, o->cc[i]);
  return (o->pdf == NULL || zf_document_write_pdf (doc, o->pdf, error)) &&
         (o->docx == NULL || zf_document_write_docx (doc, o->docx, error));
}

/* The options and the id every document command takes. FALSE when the
 * command cannot run: its usage printed, or the id refused. */
static gboolean
parse_document_command (int              *argc,
                        char           ***argv,
                        DocumentOptions  *o,
                        const char       *id_name,
                        const char       *usage,
                        gint64           *id)
{
  GOptionEntry entries[] = {
    DOCUMENT_OPTION_ENTRIES (*o),
    { NULL }
  };

  if (!zf_cli_parse_arguments (argc, argv, entries, id_name, NULL, 0, 1))
    return FALSE;
  if (*argc < 2 || (o->pdf == NULL && o->docx == NULL))
    {
      g_printerr ("%s\n", usage);
      return FALSE;
    }
  return zf_cli_parse_id ((*argv)[1], id);
}

/* --date, when given, is a date. */
static gboolean
document_date_valid (const DocumentOptions  *o,
                     GError                **error)
{
  if (o->date == NULL || zf_date_is_valid (o->date))
    return TRUE;
  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("“%s” is not a date (YYYY-MM-DD)."), o->date);
  return FALSE;
}

static int
cmd_opinion (ZfStore *store,
             int      argc,
             char   **argv)
{
  DocumentOptions o = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfCaseOpinion) opinion = NULL;
  int status = 0;
  gint64 id = 0;

  if (!parse_document_command (&argc, &argv, &o, "EVALUATION-ID",
                               _("Usage: zhifa-cli cases opinion EVALUATION-ID (--pdf FILE | --docx FILE) [--date DATE] [--number TEXT] [--cc UNIT]…"),
                               &id))
    {
      document_options_clear (&o);
      return 2;
    }
  if (!document_date_valid (&o, &error) ||
      (opinion = zf_case_opinion_new (store, id, o.date, &error)) == NULL ||
      !issue_document (store, zf_case_opinion_get_document (opinion), "opinion", &o, &error))
    status = zf_cli_fail (g_steal_pointer (&error));
  document_options_clear (&o);
  return status;
}

static int
cmd_notice (ZfStore *store,
            int      argc,
            char   **argv)
{
  DocumentOptions o = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfDocument) notice = NULL;
  int status = 0;
  gint64 id = 0;

  if (!parse_document_command (&argc, &argv, &o, "BODY-ID",
                               _("Usage: zhifa-cli cases notice BODY-ID (--pdf FILE | --docx FILE) [--date DATE] [--number TEXT] [--cc UNIT]…"),
                               &id))
    {
      document_options_clear (&o);
      return 2;
    }
  if (!document_date_valid (&o, &error) ||
      (notice = zf_rectification_notice_new (store, id, o.date, &error)) == NULL ||
      !issue_document (store, notice, "notice", &o, &error))
    status = zf_cli_fail (g_steal_pointer (&error));
  document_options_clear (&o);
  return status;
}

static int
cmd_ledger (ZfStore *store,
            int      argc,
            char   **argv)
{
  g_autofree char *xlsx = NULL, *today = NULL;
  gboolean overdue = FALSE;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the workbook here"), "FILE" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, N_("Date that decides what is overdue"), "DATE" },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("List the overdue rows"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_arguments (&argc, &argv, entries, NULL, NULL, 0, 0))
    return 2;
  if (today == NULL)
    today = zf_date_today ();
  if (xlsx && !zf_case_report_ledger_xlsx (store, today, xlsx, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (overdue || xlsx == NULL)
    {
      g_autoptr(GPtrArray) rows = zf_store_list_rectifications (store, today, overdue, &error);
      if (rows == NULL)
        return zf_cli_fail (g_steal_pointer (&error));
      for (guint i = 0; i < rows->len; i++)
        {
          ZfRectification *r = rows->pdata[i];
          g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s%s\n", r->id, r->body_name, r->problem,
                   r->deadline, zf_code_label (&zf_rectification_statuses, r->status),
                   zf_rectification_is_overdue (r, today) ? _(" (overdue)") : "");
        }
    }
  return 0;
}

static int
cmd_rectify (ZfStore *store,
             int      argc,
             char   **argv)
{
  g_autofree char *deadline = NULL, *responsible = NULL;
  GOptionEntry entries[] = {
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline, N_("Deadline of the rectification"), "DATE" },
    { "responsible", 0, 0, G_OPTION_ARG_STRING, &responsible, N_("Person responsible"), "NAME" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  guint added = 0;

  if (!parse_id (entries, "EVALUATION-ID", _("Give the id of the evaluation."), &argc, &argv, &id))
    return 2;
  if (!zf_store_add_evaluation_rectifications (store, id, deadline, responsible, &added, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row added to the rectification ledger\n",
                        "%u rows added to the rectification ledger\n", added), added);
  return 0;
}

static int
cmd_close (ZfStore *store,
           int      argc,
           char   **argv)
{
  g_autofree char *date = NULL, *evidence = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date of closing (default today)"), "DATE" },
    { "evidence", 0, 0, G_OPTION_ARG_STRING, &evidence, N_("Note of the evidence"), "TEXT" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!parse_id (entries, "ROW-ID", _("Give the id of the ledger row."), &argc, &argv, &id))
    return 2;
  if (date == NULL)
    date = zf_date_today ();
  if (!zf_store_close_rectification (store, id, date, evidence, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  return 0;
}

static int
run_cases (ZfStore  *store,
           int       argc,
           char    **argv)
{
  static const struct {
    const char *name;
    int (*run) (ZfStore *, int, char **);
  } commands[] = {
    { "sample", cmd_sample },
    { "check", cmd_check },
    { "evaluate", cmd_evaluate },
    { "report", cmd_report },
    { "opinion", cmd_opinion },
    { "notice", cmd_notice },
    { "ledger", cmd_ledger },
    { "rectify", cmd_rectify },
    { "close", cmd_close },
  };

  for (guint i = 0; argc > 1 && i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      return commands[i].run (store, argc - 1, argv + 1);

  g_printerr ("%s\n", _("Usage: zhifa-cli cases sample|check|evaluate|report|opinion|notice|ledger|rectify|close …"));
  return 2;
}

int
zf_cli_cases (ZfCliContext  *ctx,
              int            argc,
              char         **argv)
{
  g_autoptr(ZfStore) store = zf_cli_open_store (ctx);

  if (store == NULL)
    return 1;
  return run_cases (store, argc, argv);
}

/* export cases, export evaluations: the register in the import's layout.
 * --body takes the body's id or its name, as people remember one or the
 * other; --year is the case file's year. */
int
zf_cli_export_cases (ZfCliContext  *ctx,
                     int            argc,
                     char         **argv)
{
  g_autofree char *xlsx = NULL;
  g_autofree char *body_text = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the register to this .xlsx file"), "FILE" },
    { "body", 0, 0, G_OPTION_ARG_STRING, &body_text, N_("Only this body's case files"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only the case files of this year"), "Y" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 body_id = 0;
  gboolean evaluations = argc > 0 && g_strcmp0 (argv[0], "evaluations") == 0;

  if (evaluations)
    {
      entries[1].description = N_("Only the evaluations of this body's case files");
      entries[2].description = N_("Only the evaluations of the case files of this year");
    }
  if (!zf_cli_parse_options (&argc, &argv, entries,
                             evaluations ? _("Export the register of case evaluations.")
                                         : _("Export the register of case files.")))
    return 2;
  if (xlsx == NULL)
    {
      g_printerr (_("zhifa-cli: say where to write the register with --xlsx FILE.\n"));
      return 2;
    }
  if (year < 0)
    {
      g_printerr (_("zhifa-cli: --year needs a year such as 2023.\n"));
      return 2;
    }

  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (body_text != NULL)
    {
      g_autoptr(ZfBody) body = NULL;
      char *end = NULL;
      gint64 id = g_ascii_strtoll (body_text, &end, 10);

      body = end != body_text && *end == '\0' ? zf_store_get_body (store, id, NULL)
                                               : zf_store_find_body_by_name (store, body_text);
      if (body == NULL)
        {
          g_printerr (_("zhifa-cli: there is no body “%s”.\n"), body_text);
          return 2;
        }
      body_id = zf_record_get_id (ZF_RECORD (body));
    }
  if (evaluations ? !zf_export_evaluations_xlsx (store, xlsx, body_id, year, NULL, &error)
                  : !zf_export_cases_xlsx (store, xlsx, body_id, year, NULL, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    g_printerr (_("Register written to %s.\n"), xlsx);
  return 0;
}
