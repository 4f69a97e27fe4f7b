#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "zf-check.h"
#include "zf-clause.h"
#include "zf-cli.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-bodies.h"
#include "zf-store-officer-summary.h"

typedef enum
{
  FORMAT_TEXT,
  FORMAT_TSV,
  FORMAT_JSON,
} Format;

typedef struct
{
  Format   format;
  gboolean counts_only;
  guint    n_printed;
} Printer;

/* The severity as a word that does not change with the language, for
 * files other programs read. */
static const char *
severity_code (const ZfCheckItem *item)
{
  if (item->proposal)
    return "proposal";
  switch (item->finding->severity)
    {
    case ZF_SEVERITY_ERROR:
      return "error";
    case ZF_SEVERITY_WARNING:
      return "warning";
    case ZF_SEVERITY_INFO:
    default:
      return "info";
    }
}

static const char *
severity_label (const ZfCheckItem *item)
{
  if (item->proposal)
    return _("proposal");
  switch (item->finding->severity)
    {
    case ZF_SEVERITY_ERROR:
      return _("error");
    case ZF_SEVERITY_WARNING:
      return _("warning");
    case ZF_SEVERITY_INFO:
    default:
      return _("information");
    }
}

static void
json_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

/* A field of a TSV line: tabs and line breaks would break the columns. */
static char *
tsv_field (const char *text)
{
  char *copy = g_strdup (text ? text : "");

  g_strdelimit (copy, "\t\r\n", ' ');
  return copy;
}

static gboolean
print_item (const ZfCheckItem *item,
            gpointer           user_data)
{
  Printer *printer = user_data;
  const ZfFinding *f = item->finding;
  g_autofree char *clause = NULL;

  if (printer->counts_only)
    return TRUE;
  clause = zf_clause_display (f->clause);
  switch (printer->format)
    {
    case FORMAT_TEXT:
      if (clause != NULL && *clause != '\0')
        printf ("%s [%s] %s (%s): %s\n", item->subject, severity_label (item), f->rule, clause,
                f->message);
      else
        printf ("%s [%s] %s: %s\n", item->subject, severity_label (item), f->rule, f->message);
      break;

    case FORMAT_TSV:
      {
        g_autofree char *subject = tsv_field (item->subject);
        g_autofree char *clause_field = tsv_field (clause);
        g_autofree char *message = tsv_field (f->message);

        printf ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", severity_code (item), f->rule,
                item->family, item->body_id, subject, clause_field, message);
      }
      break;

    case FORMAT_JSON:
      {
        g_autoptr(GString) line = g_string_new (printer->n_printed ? ",\n  {" : "\n  {");

        g_string_append (line, "\"severity\": ");
        json_string (line, severity_code (item));
        g_string_append (line, ", \"rule\": ");
        json_string (line, f->rule);
        g_string_append (line, ", \"family\": ");
        json_string (line, item->family);
        g_string_append_printf (line, ", \"body_id\": %" G_GINT64_FORMAT ", \"subject\": ",
                                item->body_id);
        json_string (line, item->subject);
        g_string_append (line, ", \"clause\": ");
        json_string (line, clause);
        g_string_append (line, ", \"message\": ");
        json_string (line, f->message);
        g_string_append_c (line, '}');
        fputs (line->str, stdout);
      }
      break;
    }
  printer->n_printed++;
  return TRUE;
}

static void
print_counts (ZfCheckCounts *counts,
              Format         format,
              gboolean       with_info,
              FILE          *out)
{
  g_autoptr(GPtrArray) codes = zf_check_counts_rules (counts);

  if (format == FORMAT_JSON)
    {
      g_autoptr(GString) text = g_string_new ("\"counts\": [");

      for (guint i = 0; i < codes->len; i++)
        {
          const char *rule = codes->pdata[i];

          g_string_append (text, i ? ",\n  {\"rule\": " : "\n  {\"rule\": ");
          json_string (text, rule);
          g_string_append (text, ", \"family\": ");
          json_string (text, zf_check_rule_family (rule));
          g_string_append_printf (text, ", \"error\": %u, \"warning\": %u, \"info\": %u, "
                                  "\"proposal\": %u}",
                                  zf_check_counts_get (counts, rule, ZF_SEVERITY_ERROR),
                                  zf_check_counts_get (counts, rule, ZF_SEVERITY_WARNING),
                                  zf_check_counts_get (counts, rule, ZF_SEVERITY_INFO),
                                  zf_check_counts_get_proposals (counts, rule));
        }
      g_string_append_printf (text, "\n],\n\"totals\": {\"error\": %u, \"warning\": %u, "
                              "\"info\": %u, \"proposal\": %u}",
                              zf_check_counts_total (counts, ZF_SEVERITY_ERROR),
                              zf_check_counts_total (counts, ZF_SEVERITY_WARNING),
                              zf_check_counts_total (counts, ZF_SEVERITY_INFO),
                              zf_check_counts_get_proposals (counts, NULL));
      fputs (text->str, out);
      return;
    }

  if (format == FORMAT_TSV)
    fprintf (out, "rule\tfamily\terror\twarning\tinfo\tproposal\n");
  else
    {
      /* The family last: its name's width on a terminal is not its length. */
      fprintf (out, "\n%s\n%-6s %9s %9s", _("Findings per rule:"), _("Rule"), _("Errors"),
               _("Warnings"));
      if (with_info)
        fprintf (out, " %9s", _("Info"));
      fprintf (out, " %9s  %s\n", _("Proposals"), _("Family"));
    }

  for (guint i = 0; i <= codes->len; i++)
    {
      const char *rule = i < codes->len ? codes->pdata[i] : NULL;
      const char *family = rule ? zf_check_rule_family (rule) : NULL;
      guint errors = zf_check_counts_get (counts, rule, ZF_SEVERITY_ERROR);
      guint warnings = zf_check_counts_get (counts, rule, ZF_SEVERITY_WARNING);
      guint infos = zf_check_counts_get (counts, rule, ZF_SEVERITY_INFO);
      guint proposals = zf_check_counts_get_proposals (counts, rule);

      if (format == FORMAT_TSV)
        {
          fprintf (out, "%s\t%s\t%u\t%u\t%u\t%u\n", rule ? rule : "total", family ? family : "",
                   errors, warnings, infos, proposals);
          continue;
        }
      fprintf (out, "%-6s %9u %9u", rule ? rule : _("Total"), errors, warnings);
      if (with_info)
        fprintf (out, " %9u", infos);
      fprintf (out, " %9u  %s\n", proposals, family ? zf_check_family_label (family) : "");
    }
}

/* --body takes an id, a credit code or a name. */
static gint64
resolve_body (ZfStore    *store,
              const char *text)
{
  g_autoptr(ZfBody) body = NULL;
  gint64 id = 0;

  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    body = zf_store_get_body (store, id, NULL);
  if (body == NULL)
    body = zf_store_find_body_by_credit_code (store, text);
  if (body == NULL)
    body = zf_store_find_body_by_name (store, text);
  return body ? zf_record_get_id (ZF_RECORD (body)) : 0;
}

/* Long: parses the options of `check` and runs each family of rules in
 * turn; each is a short block. */
int
zf_cli_check (ZfCliContext  *ctx,
              int            argc,
              char         **argv)
{
  gboolean strict = FALSE, all = FALSE, counts_only = FALSE, full = FALSE;
  g_autofree char *as_of = NULL;
  g_autofree char *body_text = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *format_text = NULL;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Judge the registers as they stood on this date (default: today)"), "DATE" },
    { "body", 0, 0, G_OPTION_ARG_STRING, &body_text, N_("Only this body's registers (id, credit code or name)"), "ID" },
    { "rule", 0, 0, G_OPTION_ARG_STRING, &rule, N_("Only this rule (E3) or series of rules (R)"), "CODE" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also information findings (what cannot be checked yet)"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("Output: text (default), tsv or json"), "FORMAT" },
    { "counts", 0, 0, G_OPTION_ARG_NONE, &counts_only, N_("Print only the counts per rule"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Warnings fail the check too"), NULL },
    { "full", 0, 0, G_OPTION_ARG_NONE, &full,
      N_("Also check that every index of the file matches its table (slow on a large register)"),
      NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ZfCheckCounts) counts = zf_check_counts_new ();
  ZfCheckOptions options;
  Printer printer = { FORMAT_TEXT, FALSE, 0 };
  guint n_errors, n_warnings;
  gboolean intact, file_checked;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Check the database file and every register against the rules: "
                               "bodies, officers, checklists, case files, draws and the "
                               "double-random share. Ends with the counts per rule.")))
    return 2;
  if (format_text == NULL || strcmp (format_text, "text") == 0)
    printer.format = FORMAT_TEXT;
  else if (strcmp (format_text, "tsv") == 0)
    printer.format = FORMAT_TSV;
  else if (strcmp (format_text, "json") == 0)
    printer.format = FORMAT_JSON;
  else
    {
      g_printerr (_("zhifa-cli: --format is text, tsv or json, not “%s”.\n"), format_text);
      return 2;
    }
  printer.counts_only = counts_only;
  if (as_of != NULL && !zf_date_is_valid (as_of))
    {
      g_printerr (_("zhifa-cli: “%s” is not a date (write it as 2023-03-21).\n"), as_of);
      return 2;
    }

  zf_check_options_init (&options);
  options.as_of = as_of;
  options.rule = rule;
  options.include_info = all;

  /* Whether the file is intact is the question of `check` itself, not of
   * its counts: --counts answers how many findings each rule has, asked
   * often and over the whole register, and the file's own checks (SQLite's
   * quick check of every page and the references between rows, about
   * 1.1 s of a provincial register) would cost more than the counts. So
   * --counts alone opens the file as the exports do, without the quick
   * check when it is at the current schema, and does not check the
   * references; it reads only what it counts, and damage in what it reads
   * still fails the command (SQLite reports it). Its last line says that
   * the file was not checked rather than that it is intact. --full
   * checks the file with the counts too. */
  file_checked = !counts_only || full;
  /* The check reads the whole file once (the quick check) and then every
   * register: through a memory map, without a copy of each page. */
  zf_store_set_map_size (G_GINT64_CONSTANT (1) << 40);
  store = file_checked ? zf_cli_open_store (ctx) : zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (body_text != NULL && (options.body_id = resolve_body (store, body_text)) == 0)
    {
      g_printerr (_("No body is called “%s”.\n"), body_text);
      return 2;
    }

  /* Opening the store ran SQLite's quick check on the file (every page,
   * B-tree and record: zf_cli_open_store() refuses a damaged file); left
   * are the references between rows. Whether each index holds exactly its
   * table's rows is the full check, which reads the whole file again
   * (seconds on a provincial register): on request. */
  intact = full ? zf_store_check_integrity (store, FALSE, problems, &error)
         : file_checked ? zf_store_check_foreign_keys (store, problems, &error)
         : TRUE;
  if (error != NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  /* The full check also recomputes what the officers' summaries hold. */
  if (full)
    {
      gint64 n_wrong = zf_store_verify_officer_summaries (store, NULL, &error);

      if (n_wrong < 0)
        return zf_cli_fail (g_steal_pointer (&error));
      if (n_wrong > 0)
        {
          intact = FALSE;
          g_ptr_array_add (problems, g_strdup_printf (
            ngettext ("the summary of %u officer differs from their certificates and events",
                      "the summaries of %u officers differ from their certificates and events",
                      (gulong) n_wrong), (guint) n_wrong));
        }
    }
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s: %s\n", _("Database"), (const char *) problems->pdata[i]);

  if (printer.format == FORMAT_JSON)
    printf ("{\"as_of\": \"%s\",\n\"findings\": [", as_of ? as_of : "");
  else if (printer.format == FORMAT_TSV && !counts_only)
    printf ("severity\trule\tfamily\tbody_id\tsubject\tclause\tmessage\n");
  if (!zf_check_run (store, &options, print_item, &printer, counts, &error))
    {
      if (g_error_matches (error, ZF_ERROR, ZF_ERROR_INVALID))
        {
          g_printerr ("zhifa-cli: %s\n", error->message);
          return 2;
        }
      return zf_cli_fail (g_steal_pointer (&error));
    }

  n_errors = zf_check_counts_total (counts, ZF_SEVERITY_ERROR);
  n_warnings = zf_check_counts_total (counts, ZF_SEVERITY_WARNING);
  if (printer.format == FORMAT_JSON)
    {
      printf ("\n],\n\"database_intact\": %s,\n",
              !file_checked ? "null" : intact ? "true" : "false");
      print_counts (counts, FORMAT_JSON, all, stdout);
      printf ("\n}\n");
    }
  else if (printer.format == FORMAT_TSV && !counts_only)
    /* The findings are one table on stdout; the counts would be a second. */
    print_counts (counts, FORMAT_TEXT, all, stderr);
  else
    print_counts (counts, printer.format, all, stdout);

  if (!ctx->quiet)
    g_printerr (_("%u errors, %u warnings; database file %s.\n"), n_errors, n_warnings,
                !file_checked ? _("not checked (check without --counts checks it)")
                : intact ? _("intact") : _("damaged"));
  if (!intact || n_errors > 0 || (strict && n_warnings > 0))
    return 1;
  return 0;
}
