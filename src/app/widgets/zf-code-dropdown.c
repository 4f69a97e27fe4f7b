#define G_LOG_DOMAIN "zf-code-dropdown"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-code-dropdown.h"

/* The code list stays with the drop-down, so callers hold only the widget;
 * when only some of its codes are offered, their indices in the list stay
 * with it too (a GArray of guint, position -> index). */
#define CODE_LIST_KEY "zf-code-list"
#define CODE_INDEX_KEY "zf-code-index"

static const ZfCodeList *
dropdown_list (GtkDropDown *dropdown)
{
  const ZfCodeList *list = g_object_get_data (G_OBJECT (dropdown), CODE_LIST_KEY);

  g_assert (list != NULL);
  return list;
}

/* The index in the list of the code shown at @position, or G_MAXUINT. */
static guint
dropdown_index (GtkDropDown *dropdown,
                guint        position)
{
  const ZfCodeList *list = dropdown_list (dropdown);
  GArray *index = g_object_get_data (G_OBJECT (dropdown), CODE_INDEX_KEY);

  if (index == NULL)
    return position < list->n_codes ? position : G_MAXUINT;
  return position < index->len ? g_array_index (index, guint, position) : G_MAXUINT;
}

void
zf_code_dropdown_set_list_filtered (GtkDropDown      *dropdown,
                                    const ZfCodeList *list,
                                    ZfCodeKeepFunc    keep,
                                    gpointer          user_data)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GArray *index = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (list != NULL);

  if (keep != NULL)
    index = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < list->n_codes; i++)
    {
      if (keep != NULL && !keep (list->codes[i].code, user_data))
        continue;
      gtk_string_list_append (labels, _(list->codes[i].label));
      if (index != NULL)
        g_array_append_val (index, i);
    }
  g_object_set_data (G_OBJECT (dropdown), CODE_LIST_KEY, (gpointer) list);
  g_object_set_data_full (G_OBJECT (dropdown), CODE_INDEX_KEY, index,
                          (GDestroyNotify) g_array_unref);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
}

void
zf_code_dropdown_set_list (GtkDropDown      *dropdown,
                           const ZfCodeList *list)
{
  zf_code_dropdown_set_list_filtered (dropdown, list, NULL, NULL);
}

GtkDropDown *
zf_code_dropdown_new (const ZfCodeList *list)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  zf_code_dropdown_set_list (dropdown, list);
  return dropdown;
}

const char *
zf_code_dropdown_get_code_at (GtkDropDown *dropdown,
                              guint        position)
{
  const ZfCodeList *list;
  guint i;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);

  list = dropdown_list (dropdown);
  i = dropdown_index (dropdown, position);
  return i < list->n_codes ? list->codes[i].code : NULL;
}

const char *
zf_code_dropdown_get_code (GtkDropDown *dropdown)
{
  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);

  return zf_code_dropdown_get_code_at (dropdown, gtk_drop_down_get_selected (dropdown));
}

void
zf_code_dropdown_set_code (GtkDropDown *dropdown,
                           const char  *code)
{
  const ZfCodeList *list;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  list = dropdown_list (dropdown);
  for (guint p = 0; code != NULL; p++)
    {
      guint i = dropdown_index (dropdown, p);

      if (i >= list->n_codes)
        return;
      if (g_str_equal (list->codes[i].code, code))
        {
          gtk_drop_down_set_selected (dropdown, p);
          return;
        }
    }
}
