#include "config.h"

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Runs a fuzz target over its seed corpus (and any crash files given), so
 * that the ordinary test suite, with or without sanitizers, replays them. */
int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          g_autofree char *data = NULL;
          gsize len;

          if (!g_file_get_contents (argv[i], &data, &len, NULL))
            return 1;
          LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
          n++;
          continue;
        }
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *data = NULL;
          gsize len;

          if (!g_file_get_contents (path, &data, &len, NULL))
            return 1;
          LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
          n++;
        }
    }
  g_print ("1..1\nok 1 replayed %u inputs\n", n);
  return n > 0 ? 0 : 1;
}
