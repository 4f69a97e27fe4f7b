#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-import-private.h"

/* Finding a sheet's header among its first rows: the row naming the
 * most columns, or two or three rows composed where group headers are
 * merged over sub-headers. */

/* Whether @text names a column: a field's header, or with a saved
 * mapping, one of the header texts it names. */
static gboolean
names_column (ZfImport   *self,
              GHashTable *saved,
              const char *text)
{
  GHashTableIter iter;
  gpointer value;
  g_autofree char *have = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (saved == NULL)
    return zf_import_field_for_header (self->reg, text) >= 0;
  have = zf_import_header_key (text);
  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *want = zf_import_header_key (value);
      if (*want && strcmp (want, have) == 0)
        return TRUE;
    }
  return FALSE;
}

/* How many cells of @row are headers: names of fields, or with a saved
 * mapping, the header texts it names. */
static guint
header_score (ZfImport    *self,
              const ZfRow *row,
              GHashTable  *saved)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  /* Fields named, not cells: a row naming one field twice (a title over
   * the table composed into it) is no better a header. */
  if (saved == NULL)
    {
      g_autofree int *mapping = zf_import_guess_mapping (self->reg, row);

      for (guint i = 0; i < self->reg->n_fields; i++)
        n += mapping[i] >= 0 && zf_row_get_type (row, (guint) mapping[i]) == ZF_CELL_TEXT;
      return n;
    }

  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *want = zf_import_header_key (value);
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *have = zf_import_header_key (zf_row_get_text (row, c));
          if (*want && strcmp (want, have) == 0)
            {
              n++;
              break;
            }
        }
    }
  return n;
}

static gboolean
filled_below (GPtrArray *head,
              guint      from,
              guint      bottom,
              guint      column)
{
  for (guint r = from; r <= bottom; r++)
    if (!zf_row_cell_is_blank (g_ptr_array_index (head, r), column))
      return TRUE;
  return FALSE;
}

/* One header from rows @top..@bottom of @head: a group header merged over
 * sub-headers (执法证信息 over 执法证号, 发证机关…; 身份信息 over 姓名,
 * 身份证号) and a header merged down over two rows (性别) become one row.
 * A merged cell's text is in its first column only, so a group header
 * covers the columns to its right up to the next filled cell, where the
 * rows below it are filled. Each column takes its lowest text, or where
 * that names no column, the group and sub-header joined (身份证 over 号码)
 * when that does. */
static ZfRow *
compose_header (ZfImport   *self,
                GHashTable *saved,
                GPtrArray  *head,
                guint       top,
                guint       bottom)
{
  const ZfRow *last = g_ptr_array_index (head, bottom);
  guint depth = bottom - top;
  guint n_cols = 0;
  g_autofree const char **group = NULL;
  ZfRow *out = zf_row_new (last->number);

  for (guint r = top; r <= bottom; r++)
    n_cols = MAX (n_cols, ((const ZfRow *) g_ptr_array_index (head, r))->cells->len);
  group = g_new0 (const char *, (gsize) MAX (depth, 1) * MAX (n_cols, 1));

  /* Group headers of the upper rows, carried right over their span. */
  for (guint d = 0; d < depth; d++)
    {
      const ZfRow *row = g_ptr_array_index (head, top + d);
      const char *current = NULL;

      for (guint c = 0; c < n_cols; c++)
        {
          gboolean below = filled_below (head, top + d + 1, bottom, c);

          if (!zf_row_cell_is_blank (row, c))
            {
              group[d * n_cols + c] = zf_row_get_text (row, c);
              current = below ? zf_row_get_text (row, c) : NULL;
            }
          else if (below)
            group[d * n_cols + c] = current;
          else
            current = NULL;
        }
    }

  for (guint c = 0; c < n_cols; c++)
    {
      const char *lowest = NULL;
      g_autoptr(GString) joined = g_string_new (NULL);
      const char *chosen = NULL;

      for (guint r = bottom + 1; r-- > top && lowest == NULL;)
        if (!zf_row_cell_is_blank (g_ptr_array_index (head, r), c))
          lowest = zf_row_get_text (g_ptr_array_index (head, r), c);
      for (guint d = 0; d < depth; d++)
        if (group[d * n_cols + c] != NULL && group[d * n_cols + c] != lowest)
          g_string_append (joined, group[d * n_cols + c]);
      if (lowest != NULL && !zf_row_cell_is_blank (last, c))
        g_string_append (joined, lowest);

      /* A group header never names a column alone: a title merged over
       * the table (执法人员) would otherwise name every column under it. */
      if (names_column (self, saved, lowest))
        chosen = lowest;
      else if (names_column (self, saved, joined->str))
        chosen = joined->str;
      zf_row_set_cell (out, c, ZF_CELL_TEXT, chosen ? chosen : lowest);
    }
  return out;
}

/* The header among the first rows of a sheet: the row, or two or three
 * adjacent rows composed, naming the most columns; a title row names none.
 * Sets *@bottom to the index of its last row in @head; NULL when no row
 * names at least @min_score columns. */
ZfRow *
zf_import_find_header (ZfImport   *self,
                       GPtrArray  *head,
                       GHashTable *saved,
                       guint       min_score,
                       guint      *bottom)
{
  g_autoptr(ZfRow) best = NULL;
  guint best_score = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < head->len; i++)
    for (guint depth = 0; depth <= 2 && depth <= i; depth++)
      {
        g_autoptr(ZfRow) header = NULL;
        guint score;
        gboolean adjacent = TRUE;

        for (guint d = 1; d <= depth; d++)
          if (((const ZfRow *) g_ptr_array_index (head, i - d + 1))->number !=
              ((const ZfRow *) g_ptr_array_index (head, i - d))->number + 1)
            adjacent = FALSE;
        if (!adjacent)
          break;
        header = depth == 0 ? NULL : compose_header (self, saved, head, i - depth, i);
        score = header_score (self, header ? header : g_ptr_array_index (head, i), saved);
        /* A deeper header must name more columns than the row alone. */
        if (score > best_score)
          {
            g_clear_pointer (&best, zf_row_free);
            best = g_steal_pointer (&header);
            best_score = score;
            *bottom = i;
            found = TRUE;
          }
      }
  if (!found || best_score < min_score)
    return NULL;
  /* A header of one row is that row, its cells as they are. */
  return best ? g_steal_pointer (&best) : g_steal_pointer (&head->pdata[*bottom]);
}

