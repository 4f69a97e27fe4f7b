#define G_LOG_DOMAIN "zf-query-rows"

#include "config.h"

#include <string.h>

#include "zf-query-rows.h"

struct _ZfQueryRows
{
  guint          n_search;
  guint          upper_mask;
  guint          n_keys;
  GArray        *ids;       /* gint64, loaded order */
  GPtrArray     *texts;     /* n_search per row: "" for NULL, never NULL */
  GArray        *ranks;     /* guint, a run of rows per key: 0 for NULL, 1 for the smallest key… */
  guint         *n_ranks;   /* per key: distinct ranks, NULL's included */
  GArray        *order;     /* guint: row indices in the current order */
  GStringChunk  *chunk;     /* the search texts */
  guint          sort;
  gboolean       descending;
};

ZfQueryRows *
zf_query_rows_new (guint n_search,
                   guint upper_mask,
                   guint n_sort_keys)
{
  ZfQueryRows *self = g_new0 (ZfQueryRows, 1);

  self->n_search = n_search;
  self->upper_mask = upper_mask;
  self->n_keys = n_sort_keys;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->texts = g_ptr_array_new ();
  self->ranks = g_array_new (FALSE, FALSE, sizeof (guint));
  self->n_ranks = g_new0 (guint, MAX (n_sort_keys, 1));
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->chunk = g_string_chunk_new (64 * 1024);
  return self;
}

void
zf_query_rows_free (ZfQueryRows *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->ids);
  g_ptr_array_unref (self->texts);
  g_array_unref (self->ranks);
  g_free (self->n_ranks);
  g_array_unref (self->order);
  g_string_chunk_free (self->chunk);
  g_free (self);
}

static gint
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Turns the interned sort keys of column @key into ranks: the distinct
 * keys are few (bodies, dates, statuses) and sorted once here, so that a
 * click on a header is a counting sort of small integers, linear in the
 * rows, instead of a comparison sort of strings. */
static void
rank_key (ZfQueryRows *self,
          GPtrArray   *keys,
          guint        key)
{
  g_autoptr(GHashTable) rank_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) distinct = g_ptr_array_new ();
  guint n = self->ids->len;

  for (guint row = 0; row < n; row++)
    {
      const char *k = g_ptr_array_index (keys, row * self->n_keys + key);
      if (k != NULL && g_hash_table_add (rank_of, (gpointer) k))
        g_ptr_array_add (distinct, (gpointer) k);
    }
  g_ptr_array_sort (distinct, compare_keys);
  for (guint i = 0; i < distinct->len; i++)
    g_hash_table_insert (rank_of, g_ptr_array_index (distinct, i), GUINT_TO_POINTER (i + 1));
  for (guint row = 0; row < n; row++)
    {
      const char *k = g_ptr_array_index (keys, row * self->n_keys + key);
      g_array_index (self->ranks, guint, key * n + row) =
        k != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (rank_of, k)) : 0;
    }
  self->n_ranks[key] = distinct->len + 1;
}

int
zf_query_rows_load (ZfQueryRows  *self,
                    sqlite3_stmt *stmt)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GStringChunk *interned = g_string_chunk_new (4 * 1024);
  int rc;

  g_array_set_size (self->ids, 0);
  g_ptr_array_set_size (self->texts, 0);
  g_string_chunk_clear (self->chunk);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int column = 1;

      g_array_append_val (self->ids, id);
      for (guint i = 0; i < self->n_search; i++, column++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, column);
          g_ptr_array_add (self->texts, text ? g_string_chunk_insert (self->chunk, text) : (char *) "");
        }
      for (guint i = 0; i < self->n_keys; i++, column++)
        {
          const char *key = (const char *) sqlite3_column_text (stmt, column);
          g_ptr_array_add (keys, key ? g_string_chunk_insert_const (interned, key) : NULL);
        }
    }
  g_array_set_size (self->ranks, self->ids->len * self->n_keys);
  for (guint k = 0; k < self->n_keys; k++)
    rank_key (self, keys, k);
  g_string_chunk_free (interned);
  zf_query_rows_sort (self, self->sort, self->descending);
  return rc;
}

guint
zf_query_rows_get_n (ZfQueryRows *self)
{
  return self->ids->len;
}

void
zf_query_rows_sort (ZfQueryRows *self,
                    guint        sort,
                    gboolean     descending)
{
  guint n = self->ids->len;
  guint *order;

  g_return_if_fail (sort <= self->n_keys);

  self->sort = sort;
  self->descending = descending;
  g_array_set_size (self->order, n);
  order = (guint *) self->order->data;
  if (sort == 0 || n < 2)
    {
      /* The loaded order, reversed for descending. */
      for (guint i = 0; i < n; i++)
        order[i] = descending ? n - 1 - i : i;
      return;
    }

  /* A stable counting sort by rank: rows of one rank keep the loaded
   * order (e.g. name, id), which breaks the ties; descending reverses the
   * ranks and the tie-breaking order, as "ORDER BY key DESC, name DESC"
   * does. */
  {
    guint key = sort - 1, n_ranks = self->n_ranks[key];
    /* One key's ranks are contiguous: the passes read memory in order. */
    const guint *ranks = (const guint *) self->ranks->data + (gsize) key * n;
    g_autofree guint *start = g_new0 (guint, n_ranks + 1);

    for (guint row = 0; row < n; row++)
      {
        guint r = ranks[row];
        start[(descending ? n_ranks - 1 - r : r) + 1]++;
      }
    for (guint r = 1; r <= n_ranks; r++)
      start[r] += start[r - 1];
    for (guint i = 0; i < n; i++)
      {
        guint row = descending ? n - 1 - i : i;
        guint r = ranks[row];
        order[start[descending ? n_ranks - 1 - r : r]++] = row;
      }
  }
}

void
zf_query_rows_filter (ZfQueryRows *self,
                      const char  *text,
                      GArray      *ids)
{
  g_autofree char *upper = text ? g_ascii_strup (text, -1) : NULL;
  guint n = self->order->len;

  g_array_set_size (ids, 0);
  for (guint i = 0; i < n; i++)
    {
      guint row = g_array_index (self->order, guint, i);
      gboolean match = text == NULL;

      for (guint c = 0; !match && c < self->n_search; c++)
        {
          const char *haystack = g_ptr_array_index (self->texts, row * self->n_search + c);
          match = strstr (haystack, (self->upper_mask & (1u << c)) ? upper : text) != NULL;
        }
      if (match)
        g_array_append_val (ids, g_array_index (self->ids, gint64, row));
    }
}
