#include "config.h"

#include <locale.h>

#include "zf-cli-cases.h"
#include "zf-store.h"

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
  /* Case files and their evaluation (§4). */
  if (argc > 1 && g_strcmp0 (argv[1], "cases") == 0)
    return zf_cli_cases (store, argc - 1, argv + 1);
  return 0;
}
