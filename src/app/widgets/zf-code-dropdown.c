#define G_LOG_DOMAIN "zf-code-dropdown"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-code-dropdown.h"

/* The code list stays with the drop-down, so callers hold only the widget. */
#define CODE_LIST_KEY "zf-code-list"

static const ZfCodeList *
dropdown_list (GtkDropDown *dropdown)
{
  const ZfCodeList *list = g_object_get_data (G_OBJECT (dropdown), CODE_LIST_KEY);

  g_assert (list != NULL);
  return list;
}

void
zf_code_dropdown_set_list (GtkDropDown      *dropdown,
                           const ZfCodeList *list)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (list != NULL);

  for (guint i = 0; i < list->n_codes; i++)
    gtk_string_list_append (labels, _(list->codes[i].label));
  g_object_set_data (G_OBJECT (dropdown), CODE_LIST_KEY, (gpointer) list);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
}

GtkDropDown *
zf_code_dropdown_new (const ZfCodeList *list)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  zf_code_dropdown_set_list (dropdown, list);
  return dropdown;
}

const char *
zf_code_dropdown_get_code (GtkDropDown *dropdown)
{
  const ZfCodeList *list;
  guint i;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);

  list = dropdown_list (dropdown);
  i = gtk_drop_down_get_selected (dropdown);
  return i < list->n_codes ? list->codes[i].code : NULL;
}

void
zf_code_dropdown_set_code (GtkDropDown *dropdown,
                           const char  *code)
{
  const ZfCodeList *list;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  list = dropdown_list (dropdown);
  for (guint i = 0; code != NULL && i < list->n_codes; i++)
    if (g_str_equal (list->codes[i].code, code))
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
}
