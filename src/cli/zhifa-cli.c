#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "zf-cli.h"
#include "zf-i18n.h"
#include "zf-migrations.h"

/* The command table. To add a group (officers, checklists, cases, import,
 * backup…): write src/cli/zf-cli-<group>.c with an int zf_cli_<group>
 * (ZfCliContext *, int, char **) that parses its own options with a
 * GOptionContext, declare it in zf-cli.h, add the file to meson.build and
 * one line here. Keep the table in the order of --help. */
static const ZfCliCommand commands[] = {
  { "init", "", N_("Create or upgrade the database and show its path and version"), zf_cli_init },
  { "demo", "[--bodies N] [--officers N] [--matters N] [--cases N] [--seed S]",
    N_("Fill an empty database with synthetic demonstration data"), zf_cli_demo },
  { "settings", "[set KEY VALUE]",
    N_("Show the unit and the user that documents, draws and evaluations name, or set one"),
    zf_cli_settings },
  { "check", "[--as-of DATE] [--body ID] [--rule CODE] [--all] [--format text|tsv|json] [--counts] [--strict] [--full]",
    N_("Check the database file and every register against the rules, with counts per rule"), zf_cli_check },
  { "export bodies", "--xlsx FILE [--internal]",
    N_("Export the public register of enforcement bodies, or the whole register"),
    zf_cli_export_bodies },
  { "backup", "[FILE]", N_("Copy the database to FILE or to the backups folder"), zf_cli_backup },
  { "restore", "FILE", N_("Check the backup FILE and put it in place of the database"),
    zf_cli_restore },
  { "backups", "", N_("List the backups beside the database"), zf_cli_backups },
  { "bodies set-domain", "--from DOMAIN --to DOMAIN",
    N_("Move every body of one enforcement domain to another"), zf_cli_bodies_set_domain },
  /* Before "bodies training": the first name that matches wins. */
  { "bodies training list", "[--body ID] [--year Y]",
    N_("List the trainings the units held, with the number of each"),
    zf_cli_bodies_training_list },
  { "bodies training delete", "TRAINING-ID",
    N_("Delete a recorded training (one entered by mistake)"), zf_cli_bodies_training_delete },
  { "bodies training", "BODY-ID --date DATE --title TITLE [--partial] [--hours H] [--participants N] [--doc 文号]",
    N_("Record a training the unit held (the all-staff training of every year)"),
    zf_cli_bodies_training },
  /* Checklists */
  { "export laws", "--xlsx FILE [--body ID]", N_("Export the catalog of legal bases"),
    zf_cli_export_checklist },
  { "export matters", "--xlsx FILE [--body ID]",
    N_("Export the enforcement matters and their transfers"), zf_cli_export_checklist },
  { "export leniency", "--xlsx FILE [--body ID]", N_("Export the four lists"),
    zf_cli_export_checklist },
  { "export benchmarks", "--xlsx FILE [--body ID]", N_("Export the discretion benchmarks"),
    zf_cli_export_checklist },
  { "export items", "--xlsx FILE [--body ID]", N_("Export the random inspection items"),
    zf_cli_export_checklist },
  { "export targets", "--xlsx FILE", N_("Export the directory of inspection targets"),
    zf_cli_export_checklist },
  { "draw", "run --item ID --date DATE (--count N | --ratio R) [--per-target N] [--seed S] "
    "[--exclude OFFICER[:TARGET]]… | verify ID | export ID (--xlsx FILE | --pdf FILE | --docx FILE) [--date DATE]",
    N_("Run, verify or export a double-random draw"), zf_cli_draw },
  { "stats random-share", "--year Y [--xlsx FILE]",
    N_("Share of double-random inspections per body against the floor (30%)"),
    zf_cli_stats_random_share },
  { "export officers", "--pdf FILE | --docx FILE | --xlsx FILE [--public] [--body BODY] [--status STATUS]",
    N_("Export the certificate-holder list, the public list or the roster of officers"),
    zf_cli_export_officers },
  { "officers", "event add OFFICER --kind KIND --date DATE [--doc 文号] [--grade GRADE] [--hours N] "
    "[--passed yes|no] [--ground GROUND] [--reason TEXT] [--number N] [--authority TEXT] "
    "[--valid-until DATE]",
    N_("Record an officer's event (application, reviews, exam, issue, training, suspension, "
       "return…) with the window's checks"), zf_cli_officers },
  { "cases", "sample|check|evaluate|report|opinion|notice|ledger …",
    N_("Case files: sampling, checks, evaluation, reports and the rectification ledger"),
    zf_cli_cases },
  { "export cases", "--xlsx FILE [--body ID] [--year Y]",
    N_("Export the register of case files in the layout the import reads"), zf_cli_export_cases },
  { "export evaluations", "--xlsx FILE [--body ID] [--year Y]",
    N_("Export the case evaluations, one row per line, in the layout the import reads"),
    zf_cli_export_cases },
  { "import", "bodies|laws|officers|matters|transfers|duties|leniency|benchmarks|items|targets|cases|evaluations FILE [--sheet NAME] [--mapping FILE] [--encoding gbk|utf-8] "
    "[--dry-run] [--errors FILE.xlsx]",
    N_("Import a register from an Excel workbook (.xlsx) or a CSV file"), zf_cli_import },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  zhifa-cli [--database PATH] [--quiet] %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTIONS]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %s %s\n      %s\n", commands[i].name, commands[i].args,
             _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Without --database, $ZHIFA_DB or the default file in your data "
                            "folder is used. “zhifa-cli COMMAND --help” shows a command's options."));
}

static void
setup_translations (void)
{
  g_autofree char *mo = g_build_filename (BUILD_LOCALEDIR, "zh_CN", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  setlocale (LC_ALL, "");
  /* An uninstalled build speaks the user's language too. */
  bindtextdomain (GETTEXT_PACKAGE, g_file_test (mo, G_FILE_TEST_EXISTS) ? BUILD_LOCALEDIR
                                                                       : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  ZfCliContext ctx = { 0 };
  int i;

  setup_translations ();
  g_set_prgname ("zhifa-cli");

  /* Global options come before the command; the command parses the rest. */
  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return 0;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          printf ("zhifa-cli %s (%s %d)\n", PACKAGE_VERSION, _("database schema"), ZF_SCHEMA_VERSION);
          return 0;
        }
      else if (g_str_equal (argv[i], "--quiet") || g_str_equal (argv[i], "-q"))
        ctx.quiet = TRUE;
      else if (g_str_equal (argv[i], "--database") && i + 1 < argc)
        ctx.database = argv[++i];
      else if (g_str_has_prefix (argv[i], "--database="))
        ctx.database = argv[i] + strlen ("--database=");
      else
        {
          g_printerr (_("Unknown option “%s”.\n"), argv[i]);
          print_usage (stderr);
          return 2;
        }
    }

  if (i >= argc)
    {
      print_usage (stderr);
      return 2;
    }

  /* A name of several words ("export bodies") matches as many arguments. */
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_auto(GStrv) words = g_strsplit (commands[c].name, " ", -1);
      guint n = g_strv_length (words);
      gboolean match = i + (int) n <= argc;

      for (guint w = 0; match && w < n; w++)
        match = g_str_equal (argv[i + w], words[w]);
      if (match)
        return commands[c].func (&ctx, argc - i - (int) n + 1, argv + i + n - 1);
    }

  g_printerr (_("Unknown command “%s”. Run “zhifa-cli --help” for the list.\n"), argv[i]);
  return 2;
}
