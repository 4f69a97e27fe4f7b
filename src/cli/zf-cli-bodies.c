#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "zf-cli.h"
#include "zf-export-bodies.h"
#include "zf-i18n.h"
#include "zf-store-bodies.h"
#include "zf-store-unit-trainings.h"

int
zf_cli_export_bodies (ZfCliContext  *ctx,
                      int            argc,
                      char         **argv)
{
  g_autofree char *xlsx = NULL;
  gboolean internal = FALSE;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the register to this .xlsx file"), "FILE" },
    { "internal", 0, 0, G_OPTION_ARG_NONE, &internal,
      N_("Every body and every field, in the layout the import reads (not for publication)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("Export the public register of enforcement bodies "
                               "(published bodies), or with --internal the whole "
                               "register in the layout the import reads.")))
    return 2;
  if (xlsx == NULL)
    {
      g_printerr (_("zhifa-cli: say where to write the register with --xlsx FILE.\n"));
      return 2;
    }

  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  if (!(internal ? zf_export_bodies_register_xlsx (store, xlsx, NULL, &error)
                 : zf_export_bodies_xlsx (store, xlsx, NULL, &error)))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    g_printerr (_("Register of enforcement bodies written to %s.\n"), xlsx);
  return 0;
}

/* zhifa-cli bodies training BODY --date DATE --title TITLE [--partial]
 * [--hours H] [--participants N] [--doc 文号] [--notes TEXT]: the unit's
 * all-staff training of S0 §四(五), as the window would record it. */
int
zf_cli_bodies_training (ZfCliContext  *ctx,
                        int            argc,
                        char         **argv)
{
  g_autofree char *date = NULL, *title = NULL, *doc = NULL, *notes = NULL;
  gboolean partial = FALSE;
  double hours = NAN;
  gint64 participants = -1;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the training"), "DATE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What the training was"), "TITLE" },
    { "partial", 0, 0, G_OPTION_ARG_NONE, &partial,
      N_("Not for all the staff (does not count as the yearly all-staff training)"), NULL },
    { "hours", 0, 0, G_OPTION_ARG_DOUBLE, &hours, N_("Its length in hours"), "H" },
    { "participants", 0, 0, G_OPTION_ARG_INT64, &participants, N_("How many took part"), "N" },
    { "doc", 0, 0, G_OPTION_ARG_STRING, &doc, N_("Its document number (文号)"), "NUMBER" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), "TEXT" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("BODY-ID"));
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint64 body_id = 0;

  g_option_context_set_summary (context, _("Record a training the unit held: each unit holds "
                                           "an all-staff training every year."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (argc != 2 || !g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &body_id, NULL) ||
      date == NULL || title == NULL)
    {
      g_printerr (_("zhifa-cli: say which body (its number) and the training's --date and "
                    "--title.\n"));
      return 2;
    }

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!zf_store_add_unit_training (store, (gint64) body_id, date, title, !partial, hours,
                                   participants, doc, notes, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    printf (_("Training of %s recorded.\n"), date);
  return 0;
}

/* zhifa-cli bodies training list [--body ID] [--year Y]: the trainings
 * recorded, each with the number delete takes. */
int
zf_cli_bodies_training_list (ZfCliContext  *ctx,
                             int            argc,
                             char         **argv)
{
  gint64 body_id = 0;
  int year = 0;
  GOptionEntry entries[] = {
    { "body", 0, 0, G_OPTION_ARG_INT64, &body_id, N_("Only this body's trainings"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only the trainings of this year"), "Y" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(ZfTable) table = NULL;
  g_autoptr(GError) error = NULL;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                             _("List the trainings the units held, with the number of each.")))
    return 2;
  if (body_id < 0 || (year != 0 && (year < 1900 || year > 2200)))
    {
      g_printerr (_("zhifa-cli: --body is a body's number and --year a year, e.g. --year 2024.\n"));
      return 2;
    }
  store = zf_cli_open_store_to_read (ctx);
  if (store == NULL)
    return 1;
  table = zf_store_list_unit_trainings (store, body_id, year, &error);
  if (table == NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  zf_cli_print_table (table);
  return 0;
}

/* zhifa-cli bodies training delete TRAINING-ID: removes a training recorded
 * by mistake (the audit log keeps it). */
int
zf_cli_bodies_training_delete (ZfCliContext  *ctx,
                               int            argc,
                               char         **argv)
{
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!zf_cli_parse_arguments (&argc, &argv, NULL, _("TRAINING-ID"),
                               _("Delete a recorded training, by the number “bodies training "
                                 "list” shows."), 1, 1) ||
      !zf_cli_parse_id (argv[1], &id))
    return 2;
  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!zf_store_delete_unit_training (store, id, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    printf (_("Training %s deleted.\n"), argv[1]);
  return 0;
}
