#define G_LOG_DOMAIN "zhifa-cli"

#include "config.h"

#include <stdio.h>

#include "zf-body-rules.h"
#include "zf-cli.h"
#include "zf-date.h"
#include "zf-demo.h"
#include "zf-i18n.h"
#include "zf-migrations.h"
#include "zf-store-bodies.h"

int
zf_cli_init (ZfCliContext  *ctx,
             int            argc,
             char         **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  g_autoptr(ZfStore) store = NULL;

  if (!zf_cli_parse_options (&argc, &argv, entries, _("Create or upgrade the database.")))
    return 2;
  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!ctx->quiet)
    printf (_("Database: %s\nSchema version: %d\n"), zf_store_get_path (store), ZF_SCHEMA_VERSION);
  return 0;
}

static void
demo_progress (const char *stage,
               guint64     done,
               guint64     total,
               gpointer    user_data)
{
  g_printerr ("\r%s: %" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT "%s", stage, done, total,
              done == total ? "\n" : "");
}

int
zf_cli_demo (ZfCliContext  *ctx,
             int            argc,
             char         **argv)
{
  ZfDemoSizes sizes;
  int bodies, officers, matters, cases, seed;
  g_autofree char *today = NULL;
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  zf_demo_sizes_init (&sizes);
  bodies = sizes.bodies;
  officers = sizes.officers;
  matters = sizes.matters;
  cases = sizes.cases;
  seed = (int) sizes.seed;
  {
    GOptionEntry entries[] = {
      { "bodies", 0, 0, G_OPTION_ARG_INT, &bodies, N_("Number of enforcement bodies"), "N" },
      { "officers", 0, 0, G_OPTION_ARG_INT, &officers, N_("Number of officers"), "N" },
      { "matters", 0, 0, G_OPTION_ARG_INT, &matters, N_("Number of enforcement matters"), "N" },
      { "cases", 0, 0, G_OPTION_ARG_INT, &cases, N_("Number of case files"), "N" },
      { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed: the same seed gives the same data"), "S" },
      { "today", 0, 0, G_OPTION_ARG_STRING, &today, N_("Reference date of the history (YYYY-MM-DD)"), "DATE" },
      G_OPTION_ENTRY_NULL
    };
    if (!zf_cli_parse_options (&argc, &argv, entries,
                        _("Fill an empty database with synthetic demonstration data.")))
      return 2;
  }
  if (bodies < 0 || officers < 0 || matters < 0 || cases < 0)
    {
      g_printerr (_("zhifa-cli: sizes cannot be negative.\n"));
      return 2;
    }
  sizes.bodies = bodies;
  sizes.officers = officers;
  sizes.matters = matters;
  sizes.cases = cases;
  sizes.seed = (guint32) seed;
  sizes.today = today;

  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;
  if (!zf_demo_generate (store, &sizes, ctx->quiet ? NULL : demo_progress, NULL, &error))
    return zf_cli_fail (g_steal_pointer (&error));
  if (!ctx->quiet)
    g_printerr (_("Demo data written to %s in %.1f s.\n"), zf_store_get_path (store),
                g_timer_elapsed (timer, NULL));
  return 0;
}

typedef struct
{
  ZfStore    *store;
  const char *today;
  guint       n_errors;
  guint       n_warnings;
  GError     *error;
} CheckContext;

static gboolean
check_body (ZfBody   *body,
            gpointer  user_data)
{
  CheckContext *cc = user_data;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfBody) parent = NULL;

  if (zf_body_get_parent_id (body) > 0)
    parent = zf_store_get_body (cc->store, zf_body_get_parent_id (body), NULL);
  zf_body_check (body, parent, cc->today, findings);
  if (!zf_store_check_unit_training (cc->store, body, cc->today, findings, &cc->error))
    return FALSE;

  zf_cli_print_findings (zf_body_get_name (body), findings, &cc->n_errors, &cc->n_warnings);

  /* The same body's checklists: catalog (C1, C2), matters and duties (C3, C4). */
  return zf_cli_check_checklists (cc->store, zf_record_get_id (ZF_RECORD (body)),
                                  zf_body_get_name (body), cc->today, &cc->n_errors,
                                  &cc->n_warnings, &cc->error);
}

int
zf_cli_check (ZfCliContext  *ctx,
              int            argc,
              char         **argv)
{
  gboolean strict = FALSE;
  GOptionEntry entries[] = {
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Warnings fail the check too"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ZfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *today = zf_date_today ();
  CheckContext cc = { 0 };
  gboolean intact;

  if (!zf_cli_parse_options (&argc, &argv, entries,
                      _("Check the database file, every body and every officer against the rules.")))
    return 2;
  store = zf_cli_open_store (ctx);
  if (store == NULL)
    return 1;

  intact = zf_store_check_integrity (store, FALSE, problems, &error);
  if (error != NULL)
    return zf_cli_fail (g_steal_pointer (&error));
  for (guint i = 0; i < problems->len; i++)
    printf ("%s: %s\n", _("Database"), (const char *) problems->pdata[i]);

  cc.store = store;
  cc.today = today;
  if (!zf_store_foreach_body (store, FALSE, check_body, &cc, &error))
    return zf_cli_fail (cc.error ? cc.error : g_steal_pointer (&error));
  if (!zf_cli_check_officers (store, today, &cc.n_errors, &cc.n_warnings, &error))
    return zf_cli_fail (g_steal_pointer (&error));

  if (!ctx->quiet)
    g_printerr (_("%u errors, %u warnings; database file %s.\n"), cc.n_errors, cc.n_warnings,
                intact ? _("intact") : _("damaged"));
  if (!intact || cc.n_errors > 0 || (strict && cc.n_warnings > 0))
    return 1;
  return 0;
}
