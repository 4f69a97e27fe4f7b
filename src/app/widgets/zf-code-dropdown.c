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

/* GTK 4.8's drop-down search matches the start of the text only (its
 * search-match-mode is 4.12): a body is found by a word inside its name
 * only once the string filter it made matches substrings. The filter sits
 * on the model of the list in its popup, and is made again whenever the
 * model, the expression or the search is set. */
static GtkListView *
find_popup_list (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child))
        return GTK_LIST_VIEW (child);
      if ((found = find_popup_list (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
match_substrings (GtkDropDown *dropdown)
{
  GtkListView *list = find_popup_list (GTK_WIDGET (dropdown));
  GtkSelectionModel *selection = list ? gtk_list_view_get_model (list) : NULL;
  GListModel *filtered = NULL;
  GtkFilter *filter;

  if (GTK_IS_SINGLE_SELECTION (selection))
    filtered = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
  if (!GTK_IS_FILTER_LIST_MODEL (filtered))
    return;
  filter = gtk_filter_list_model_get_filter (GTK_FILTER_LIST_MODEL (filtered));
  if (GTK_IS_STRING_FILTER (filter))
    gtk_string_filter_set_match_mode (GTK_STRING_FILTER (filter),
                                      GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
}

void
zf_dropdown_enable_search (GtkDropDown   *dropdown,
                           GtkExpression *expression)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (expression != NULL);

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  if (!g_object_get_data (G_OBJECT (dropdown), "zf-dropdown-search"))
    {
      g_object_set_data (G_OBJECT (dropdown), "zf-dropdown-search", GINT_TO_POINTER (1));
      g_signal_connect (dropdown, "notify::model", G_CALLBACK (match_substrings), NULL);
      g_signal_connect (dropdown, "notify::expression", G_CALLBACK (match_substrings), NULL);
      g_signal_connect (dropdown, "notify::enable-search", G_CALLBACK (match_substrings), NULL);
    }
  match_substrings (dropdown);
}
