#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "zf-checklists-export.h"
#include "zf-cli.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-finding.h"
#include "zf-store-draws.h"

/* An id given as a number on the command line, or 0 with a message. */
static gint64
parse_id (const char *text,
          const char *what)
{
  gint64 id = 0;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      g_printerr (_("zhifa-cli: %s must be a number above zero, not “%s”.\n"), what,
                  text ? text : "");
      return 0;
    }
  return id;
}

/* "draw verify 12": the id comes first, options after it. Removes it from
 * the arguments so that the option parser does not see a stray word. */
static const char *
take_positional (int    *argc,
                 char ***argv)
{
  const char *word;

  if (*argc < 2 || (*argv)[1][0] == '-')
    return NULL;
  word = (*argv)[1];
  (*argv)[1] = (*argv)[0];
  (*argv)++;
  (*argc)--;
  return word;
}

static void
print_findings (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const ZfFinding *f = findings->pdata[i];
      g_autofree char *line = zf_finding_to_string (f);

      printf ("[%s] %s\n", f->severity == ZF_SEVERITY_ERROR ? _("error") : _("warning"), line);
    }
}

/* export laws|matters|leniency|benchmarks|items|targets: argv[0] names the register. */
int
zf_cli_export_checklist (ZfCliContext  *ctx,
                         int            argc,
                         char         **argv)
{
  g_autofree char *xlsx = NULL;
  g_autofree char *body_text = NULL;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the register to this .xlsx file"), "FILE" },
    { "body", 0, 0, G_OPTION_ARG_STRING, &body_text, N_("Only this body's entries"), "ID" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ZfChecklistRegister reg;
  gint64 body_id = 0;

  if (!zf_checklist_register_from_name (argv[0], &reg))
    g_assert_not_reached ();
  if (!zf_cli_parse_options (&argc, &argv, entries, _("Export a checklist register.")))
    return 2;
  if (xlsx == NULL)
    {
      g_printerr (_("zhifa-cli: say where to write the register with --xlsx FILE.\n"));
      return 2;
    }
  if (body_text != NULL && (body_id = parse_id (body_text, "--body")) == 0)
    return 2;

  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (!zf_export_checklist_xlsx (store, reg, body_id, xlsx, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    g_printerr (_("Register written to %s.\n"), xlsx);
  return 0;
}

/* --exclude OFFICER or OFFICER:TARGET, as many times as needed. */
static gboolean
parse_exclusions (char   **specs,
                  GArray  *officers,
                  GArray  *targets)
{
  for (guint i = 0; specs && specs[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (specs[i], ":", 2);
      gint64 officer = parse_id (parts[0], "--exclude");
      gint64 target = 0;

      if (officer == 0 || (parts[1] != NULL && (target = parse_id (parts[1], "--exclude")) == 0))
        return FALSE;
      g_array_append_val (officers, officer);
      g_array_append_val (targets, target);
    }
  return TRUE;
}

/* Long: the options of `draws run`, the draw and its printout, each a short
 * block. */
static int
draw_run (ZfCliContext  *ctx,
          int            argc,
          char         **argv)
{
  g_autofree char *item_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *domain = NULL;
  g_autofree char *doc_number = NULL;
  g_auto(GStrv) exclusions = NULL;
  int count = 0, per_target = 2;
  double ratio = 0;
  GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_text, N_("The random inspection item"), "ID" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The inspection date"), "DATE" },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, N_("How many targets to draw"), "N" },
    { "ratio", 0, 0, G_OPTION_ARG_DOUBLE, &ratio, N_("Or the percentage of the target pool to draw"), "R" },
    { "per-target", 0, 0, G_OPTION_ARG_INT, &per_target, N_("Inspectors per target (at least 2)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("Seed of the draw, 1 to 9223372036854775807 (default: a fresh one)"), "S" },
    { "domain", 0, 0, G_OPTION_ARG_STRING, &domain, N_("Only targets of this domain"), "DOMAIN" },
    { "doc-number", 0, 0, G_OPTION_ARG_STRING, &doc_number, N_("Document number of the draw"), "TEXT" },
    { "exclude", 0, 0, G_OPTION_ARG_STRING_ARRAY, &exclusions,
      N_("Keep an officer out of the draw, or away from one target (conflict of interest)"),
      "OFFICER[:TARGET]" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GArray) officers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(ZfTable) record = NULL;
  g_autoptr(GError) error = NULL;
  ZfDrawRequest request = { 0 };
  guint64 seed = 0;
  gint64 id;

  if (!zf_cli_parse_options (&argc, &argv, entries, _("Run a double-random draw and store it.")))
    return 2;
  if (item_text == NULL || date == NULL || (count <= 0 && ratio <= 0))
    {
      g_printerr (_("zhifa-cli: a draw needs --item ID, --date DATE and --count N or --ratio R.\n"));
      return 2;
    }
  if (count > 0 && ratio > 0)
    {
      g_printerr (_("zhifa-cli: give either --count or --ratio, not both.\n"));
      return 2;
    }
  if ((request.item_id = parse_id (item_text, "--item")) == 0)
    return 2;
  if (seed_text != NULL &&
      (!g_ascii_string_to_unsigned (seed_text, 10, 1, G_MAXINT64, &seed, NULL)))
    {
      g_printerr (_("zhifa-cli: the seed must be a number above zero, not “%s”.\n"), seed_text);
      return 2;
    }
  if (!parse_exclusions (exclusions, officers, targets))
    return 2;
  if (per_target < 2)
    {
      g_printerr (_("zhifa-cli: at least 2 inspectors go to each target.\n"));
      return 2;
    }

  request.inspection_date = date;
  request.target_count = (guint) MAX (count, 0);
  request.target_ratio = ratio;
  request.per_target = (guint) per_target;
  request.seed = seed;
  request.target_domain = domain;
  request.doc_number = doc_number;
  request.exclude_officers = (const gint64 *) officers->data;
  request.exclude_targets = (const gint64 *) targets->data;
  request.n_exclusions = officers->len;

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  id = zf_store_create_draw (store, &request, &error);
  if (id == 0)
    return zf_cli_fail (g_steal_pointer (&error));
  record = zf_checklist_draw_table (store, id, &error);
  if (record == NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  printf (_("Draw %lld stored.\n"), (long long) id);
  if (!ctx->quiet)
    zf_cli_print_table (record);
  {
    g_autofree char *user = zf_store_get_setting_text (store, ZF_SETTING_USER_NAME);

    if (user == NULL)
      g_printerr (_("zhifa-cli: the setting user.name is not set: the record names no operator and "
                    "leaves the line to be signed by hand (zhifa-cli settings set user.name NAME).\n"));
  }
  return 0;
}

static int
draw_verify (ZfCliContext  *ctx,
             int            argc,
             char         **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  const char *id_text = take_positional (&argc, &argv);
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Run a stored draw again from its snapshots and compare.")))
    return 2;
  if ((id = parse_id (id_text, _("the draw number"))) == 0)
    return 2;
  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!zf_store_verify_draw (store, id, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  printf (_("Draw %lld reproduces: same targets and inspectors.\n"), (long long) id);

  /* The certificates may have changed since: C7 and C8 as of today. */
  if (!zf_store_check_draw (store, id, findings, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  print_findings (findings);
  return zf_findings_has_errors (findings) ? 1 : 0;
}

static int
draw_export (ZfCliContext  *ctx,
             int            argc,
             char         **argv)
{
  g_autofree char *xlsx = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *docx = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the record to this .xlsx file"), "FILE" },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the record to this PDF file"), "FILE" },
    { "docx", 0, 0, G_OPTION_ARG_FILENAME, &docx, N_("Write the editable copy (.docx) here"), "FILE" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date of the document (default: the day of the draw)"), "DATE" },
    G_OPTION_ENTRY_NULL
  };
  const char *id_text = take_positional (&argc, &argv);
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Export the public record of a draw (no ID numbers, no phones).")))
    return 2;
  if ((id = parse_id (id_text, _("the draw number"))) == 0)
    return 2;
  if (xlsx == NULL && pdf == NULL && docx == NULL)
    {
      g_printerr (_("zhifa-cli: say where to write the record with --xlsx FILE, --pdf FILE or --docx FILE.\n"));
      return 2;
    }
  if (date != NULL && !zf_date_is_valid (date))
    {
      g_printerr (_("“%s” is not a date (YYYY-MM-DD)."), date);
      g_printerr ("\n");
      return 2;
    }
  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (xlsx != NULL && !zf_export_draw_xlsx (store, id, xlsx, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (pdf != NULL || docx != NULL)
    {
      g_autoptr(ZfDocument) doc = zf_export_draw_document (store, id, date, &error);

      if (doc == NULL || (pdf != NULL && !zf_document_write_pdf (doc, pdf, &error)) ||
          (docx != NULL && !zf_document_write_docx (doc, docx, &error)))
        return zf_cli_fail (g_steal_pointer (&error));
    }
  if (!ctx->quiet)
    g_printerr (_("Draw record written.\n"));
  return 0;
}

/* draw run|verify|export: argv[1] names the subcommand. */
int
zf_cli_draw (ZfCliContext  *ctx,
             int            argc,
             char         **argv)
{
  static const struct
  {
    const char *name;
    ZfCliFunc   func;
  } subcommands[] = {
    { "run", draw_run },
    { "verify", draw_verify },
    { "export", draw_export },
  };

  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].func (ctx, argc - 1, argv + 1);

  g_printerr (_("zhifa-cli: use “draw run”, “draw verify ID” or “draw export ID”.\n"));
  return 2;
}

int
zf_cli_stats_random_share (ZfCliContext  *ctx,
                           int            argc,
                           char         **argv)
{
  g_autofree char *xlsx = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year"), "Y" },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Also write the statistics to this .xlsx file"), "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(ZfTable) table = NULL;
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Share of double-random inspections per body against the floor.")))
    return 2;
  if (year < 2000 || year > 2100)
    {
      g_printerr (_("zhifa-cli: say which year with --year, e.g. --year 2024.\n"));
      return 2;
    }
  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  table = zf_checklist_random_statistics (store, year, findings, &error);
  if (table == NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  zf_cli_print_table (table);
  print_findings (findings);
  if (xlsx != NULL && !zf_export_random_statistics_xlsx (store, year, xlsx, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  return 0;
}
