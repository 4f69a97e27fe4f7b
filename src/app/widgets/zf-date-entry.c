#define G_LOG_DOMAIN "zf-date-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-import-normalize.h"

void
zf_date_entry_prepare (GtkEntry *entry)
{
  g_autofree char *example = zf_date_format_display ("2026-01-31");
  /* TRANSLATORS: the hint of a date field; %s is a date in the
   * interface's form (2026年1月31日) */
  g_autofree char *hint = g_strdup_printf (_("e.g. %s"), example);

  g_return_if_fail (GTK_IS_ENTRY (entry));
  gtk_entry_set_placeholder_text (entry, hint);
}

void
zf_date_entry_set_iso (GtkEntry   *entry,
                       const char *iso)
{
  g_autofree char *shown = zf_date_format_display (iso);

  g_return_if_fail (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), shown);
}

char *
zf_date_entry_get_iso (GtkEntry *entry)
{
  g_autofree char *text = NULL;
  char *iso;

  g_return_val_if_fail (GTK_IS_ENTRY (entry), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  if (*text == '\0')
    return NULL;
  iso = zf_import_date (text, ZF_CELL_TEXT, FALSE, NULL);
  if (iso == NULL || *iso == '\0')
    {
      g_free (iso);
      return g_steal_pointer (&text);
    }
  return iso;
}
