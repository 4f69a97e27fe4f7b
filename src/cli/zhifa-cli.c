#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "zf-cli-officers.h"
#include "zf-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ZfStore) store = NULL;
  const char *database = NULL;
  int first = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  g_file_test (BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR) ? BUILD_LOCALEDIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 2 && strcmp (argv[1], "--database") == 0)
    {
      database = argv[2];
      first = 3;
    }

  path = zf_store_resolve_path (database);
  store = zf_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Officers (DOMAIN.md §2) */
  if (argc - first >= 2 && strcmp (argv[first], "export") == 0 &&
      strcmp (argv[first + 1], "officers") == 0)
    return zf_cli_export_officers (store, argc - first - 1, argv + first + 1);

  return 0;
}
