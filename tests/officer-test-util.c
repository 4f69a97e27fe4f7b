#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "officer-test-util.h"
#include "zf-validate.h"

ZfOfficerEvent *
officer_test_event (const char *token)
{
  g_auto(GStrv) parts = g_strsplit (token, "/", -1);
  g_auto(GStrv) head = g_strsplit (parts[0], "@", 2);
  ZfOfficerEvent *e = zf_officer_event_new (head[0], head[1]);

  for (guint i = 1; parts[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit (parts[i], "=", 2);

      if (strcmp (kv[0], "g") == 0)
        g_object_set (e, "grade", kv[1], NULL);
      else if (strcmp (kv[0], "h") == 0)
        g_object_set (e, "hours", g_ascii_strtod (kv[1], NULL), NULL);
      else if (strcmp (kv[0], "p") == 0)
        g_object_set (e, "passed", (gint64) atoi (kv[1]), NULL);
      else if (strcmp (kv[0], "ground") == 0)
        g_object_set (e, "ground", kv[1], NULL);
      else if (strcmp (kv[0], "rule") == 0)
        g_object_set (e, "rule", kv[1], NULL);
      else if (strcmp (kv[0], "y") == 0)
        g_object_set (e, "assessment-year", (gint64) atoi (kv[1]), NULL);
      else if (strcmp (kv[0], "doc") == 0)
        g_object_set (e, "doc-number", kv[1], NULL);
      else
        g_error ("unknown attribute %s", kv[0]);
    }
  return e;
}

GPtrArray *
officer_test_events (const char *spec)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) tokens = g_strsplit_set (spec ? spec : "", " ", -1);

  for (guint i = 0; tokens[i]; i++)
    if (*tokens[i])
      g_ptr_array_add (events, officer_test_event (tokens[i]));
  return events;
}

char *
officer_test_id_number (const char *birth_yyyymmdd,
                        guint       sequence)
{
  g_autofree char *first17 = g_strdup_printf ("420704%s%03u", birth_yyyymmdd, sequence % 1000);

  return g_strdup_printf ("%s%c", first17, zf_id_number_check_char (first17));
}
