#define G_LOG_DOMAIN "zf-cli-import"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-cli.h"
#include "zf-import.h"
#include "zf-store-import.h"

typedef struct
{
  char     *sheet;
  char     *mapping_file;
  char     *mapping_name;
  char     *save_mapping;
  char     *encoding;
  char     *errors_file;
  gboolean  dry_run;
} Options;

static void
print_plan (ZfImport   *import,
            const char *file)
{
  guint n = zf_import_get_n_rows (import);

  g_print (_("%s: %u rows read. New: %u, update: %u, unchanged: %u, errors: %u.\n"),
           file, n,
           zf_import_count (import, ZF_IMPORT_ROW_NEW),
           zf_import_count (import, ZF_IMPORT_ROW_UPDATE),
           zf_import_count (import, ZF_IMPORT_ROW_UNCHANGED),
           zf_import_count (import, ZF_IMPORT_ROW_ERROR));
  if (zf_import_count_hidden (import) > 0)
    g_print (_("%u of these rows are hidden in the workbook and are imported like the others; "
               "each is listed below.\n"), zf_import_count_hidden (import));

  /* A matters workbook: its transfers and duties come with it, each
   * sheet's share told. */
  {
    g_autofree char *sheets = zf_import_describe_sheets (import);

    if (sheets != NULL)
      g_print ("%s\n", sheets);
  }
  if (zf_import_is_per_sheet (import))
    {
      const char *const *skipped = zf_import_get_skipped_sheets (import);
      const char *const *hidden = zf_import_get_hidden_sheets (import);

      for (guint i = 0; skipped[i]; i++)
        g_print (_("Sheet “%s” holds no table and was skipped.\n"), skipped[i]);
      for (guint i = 0; hidden[i]; i++)
        g_print (_("Sheet “%s” is hidden and was skipped; show it in Excel, or import it "
                   "with --sheet, if it holds records.\n"), hidden[i]);
    }

  for (guint i = 0; i < n; i++)
    {
      const ZfImportRow *row = zf_import_get_row (import, i);

      g_autofree char *line = NULL;

      if (row->hidden)
        {
          g_autofree char *hidden = g_strdup_printf (_("Row %u is hidden in the workbook (%s).\n"),
                                                     row->excel_row,
                                                     zf_import_status_label (row->status));
          if (row->sheet != NULL)
            g_print (_("Sheet “%s”: %s"), row->sheet, hidden);
          else
            g_print ("%s", hidden);
        }
      if (row->status == ZF_IMPORT_ROW_ERROR && row->column != NULL)
        line = g_strdup_printf (_("Row %u, column %s: %s\n"), row->excel_row, row->column,
                                row->message);
      else if (row->status == ZF_IMPORT_ROW_ERROR)
        line = g_strdup_printf (_("Row %u: %s\n"), row->excel_row, row->message);
      else
        {
          g_autofree char *matched = NULL;
          g_autofree char *changed = NULL;

          if (row->notes != NULL)
            matched = g_strdup_printf (_("Row %u (%s): matched %s\n"), row->excel_row,
                                       zf_import_status_label (row->status), row->notes);
          if (row->changes != NULL)
            changed = g_strdup_printf (_("Row %u (update): %s\n"), row->excel_row, row->changes);
          if (matched != NULL || changed != NULL)
            line = g_strconcat (matched ? matched : "", changed ? changed : "", NULL);
        }
      if (line == NULL)
        continue;
      /* One sheet per unit: each row says its sheet. */
      if (row->sheet != NULL)
        g_print (_("Sheet “%s”: %s"), row->sheet, line);
      else
        g_print ("%s", line);
    }
}

static void
print_mapping (ZfImport *import)
{
  const ZfImportRegister *reg = zf_import_get_register (import);
  const ZfRow *header = zf_import_get_header (import);

  for (guint i = 0; i < reg->n_fields; i++)
    {
      int col = zf_import_get_mapping (import, i);
      g_autofree char *letter = NULL;

      if (reg->fields[i].kind == ZF_IMPORT_HIDDEN || col < 0)
        continue;
      if (zf_import_is_per_sheet (import) && g_str_equal (reg->fields[i].column, "body_name"))
        {
          g_print (_("  %s ← the name of each sheet\n"), zf_import_field_label (&reg->fields[i]));
          continue;
        }
      letter = zf_column_letter (col);
      g_print (_("  %s ← column %s “%s”\n"), zf_import_field_label (&reg->fields[i]), letter,
               zf_row_get_text (header, col));
    }
}

static GHashTable *
load_mapping (ZfStore     *store,
              const char  *register_name,
              Options     *opts,
              GError     **error)
{
  g_autofree char *json = NULL;

  if (opts->mapping_file != NULL)
    {
      g_autoptr(GError) local = NULL;

      if (!g_file_get_contents (opts->mapping_file, &json, NULL, &local))
        {
          g_set_error (error, local->domain, local->code, _("Cannot read the mapping: %s"),
                       local->message);
          return NULL;
        }
    }
  else if (opts->mapping_name != NULL)
    {
      json = zf_store_load_import_mapping (store, register_name, opts->mapping_name, error);
      if (json == NULL)
        return NULL;
    }
  else
    return g_hash_table_new (g_str_hash, g_str_equal);

  return zf_store_parse_import_mapping (store, register_name, json, error);
}

/* Long: the options of `import`, the preview and the commit, each a short
 * block. */
int
zf_cli_import (ZfCliContext  *ctx,
               int            argc,
               char         **argv)
{
  Options opts = { 0 };
  GOptionEntry entries[] = {
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &opts.sheet, N_("Sheet of the workbook to read"), N_("NAME") },
    { "mapping", 0, 0, G_OPTION_ARG_FILENAME, &opts.mapping_file, N_("Column mapping file (JSON)"), N_("FILE") },
    { "use-mapping", 0, 0, G_OPTION_ARG_STRING, &opts.mapping_name, N_("Use a mapping saved in the database"), N_("NAME") },
    { "save-mapping", 0, 0, G_OPTION_ARG_STRING, &opts.save_mapping, N_("Save the mapping used under this name"), N_("NAME") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &opts.encoding, N_("Encoding of a CSV file: utf-8 or gbk"), N_("ENCODING") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &opts.dry_run, N_("Show what would change; store nothing"), NULL },
    { "errors", 0, 0, G_OPTION_ARG_FILENAME, &opts.errors_file, N_("Write the refused rows with their reasons to this .xlsx file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfRowSource) source = NULL;
  g_autoptr(ZfImport) import = NULL;
  g_autoptr(GHashTable) saved = NULL;
  g_autoptr(ZfStore) store = NULL;
  const ZfImportRegister *reg;
  int status = 1;

  context = g_option_context_new (_("bodies|laws|officers|matters|transfers|duties|leniency|benchmarks|items|targets|cases|evaluations FILE"));
  g_option_context_set_summary (context, _("Import a register from an Excel workbook (.xlsx) or a CSV file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    goto out;

  if (argc != 3 || (reg = zf_import_register_lookup (argv[1])) == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("%s", help);
      goto out;
    }

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    goto out;

  saved = load_mapping (store, reg->name, &opts, &error);
  if (saved == NULL)
    goto out;

  source = zf_import_open_source (argv[2], opts.sheet, opts.encoding, &error);
  if (source == NULL)
    goto out;

  import = zf_import_new (store, reg);
  zf_import_set_file_name (import, argv[2]);
  if (!zf_import_read (import, source, g_hash_table_size (saved) ? saved : NULL, NULL, &error))
    goto out;
  print_mapping (import);
  if (!zf_import_plan (import, NULL, NULL, NULL, &error))
    goto out;
  print_plan (import, argv[2]);

  if (opts.errors_file != NULL && zf_import_count (import, ZF_IMPORT_ROW_ERROR) > 0)
    {
      if (!zf_import_write_errors_xlsx (import, opts.errors_file, &error))
        goto out;
      g_print (_("The refused rows were written to %s.\n"), opts.errors_file);
    }

  if (opts.save_mapping != NULL)
    {
      g_autofree char *json = zf_import_get_mapping_json (import);
      if (!zf_store_save_import_mapping (store, reg->name, opts.save_mapping, json, &error))
        goto out;
    }

  if (opts.dry_run)
    g_print (_("Dry run: nothing was stored.\n"));
  else if (!zf_import_commit (import, NULL, NULL, NULL, &error))
    goto out;
  else
    g_print (_("Stored %u new and %u updated rows.\n"),
             zf_import_count (import, ZF_IMPORT_ROW_NEW),
             zf_import_count (import, ZF_IMPORT_ROW_UPDATE));

  status = zf_import_count (import, ZF_IMPORT_ROW_ERROR) > 0 ? 2 : 0;

out:
  if (error != NULL)
    g_printerr ("%s\n", error->message);
  g_free (opts.sheet);
  g_free (opts.mapping_file);
  g_free (opts.mapping_name);
  g_free (opts.save_mapping);
  g_free (opts.encoding);
  g_free (opts.errors_file);
  return status;
}
