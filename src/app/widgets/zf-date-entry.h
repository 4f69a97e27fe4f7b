#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A date field of a form: typed as people write dates (2026年1月31日,
 * 2026-01-31, 2026.1.31, 2026/1/31 or 20260131), shown in the interface's
 * own form (年月日 in Chinese), kept as ISO 8601 like every date. */

/* Gives @entry its hint, an example date in the interface's form. */
void  zf_date_entry_prepare (GtkEntry   *entry);
/* Shows the ISO date @iso (NULL or "": empty) in the interface's form;
 * anything else as it is. */
void  zf_date_entry_set_iso (GtkEntry   *entry,
                             const char *iso);
/* The date typed, as ISO 8601; NULL when the entry is empty; text that is
 * no date as typed, for the rules to refuse by name. */
char *zf_date_entry_get_iso (GtkEntry   *entry);

G_END_DECLS
