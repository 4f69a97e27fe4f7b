#include "config.h"

#include <locale.h>

#include "zf-store.h"

/* Import of spreadsheets */
#include "zf-cli-import.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = zf_store_resolve_path (NULL);
  g_autoptr(ZfStore) store = NULL;

  setlocale (LC_ALL, "");
  store = zf_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Import of spreadsheets */
  if (argc >= 2 && g_strcmp0 (argv[1], "import") == 0)
    return zf_cli_import (store, argc - 1, argv + 1);

  return 0;
}
