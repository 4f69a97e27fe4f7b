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
  GArray        *order_ids; /* gint64: their ids, for a filter that reads in sequence */
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
  self->order_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
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
  g_array_unref (self->order_ids);
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
 * keys are sorted once here, so that a click on a header is a counting
 * sort of integers, linear in the rows, instead of a comparison sort of
 * strings. */
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

/* Writes to @out the rows of @in (all rows in the loaded order when
 * NULL) ordered by the ranks of @key, stably: rows of one rank keep their
 * order in @in. Descending reverses both the ranks and @in, as "ORDER BY
 * key DESC, name DESC, id DESC" does. With @out_ids, their ids too: read
 * here in sequence, they spare the filter a random read per row. */
static void
counting_sort (ZfQueryRows *self,
               guint        key,
               GArray      *in,
               gboolean     descending,
               GArray      *out,
               GArray      *out_ids)
{
  guint n = in != NULL ? in->len : self->ids->len, n_ranks = self->n_ranks[key];
  /* One key's ranks are contiguous: the passes read memory in order. */
  const guint *ranks = (const guint *) self->ranks->data + (gsize) key * self->ids->len;
  const guint *rows = in != NULL ? (const guint *) in->data : NULL;
  const gint64 *ids = (const gint64 *) self->ids->data;
  g_autofree guint *start = g_new0 (guint, n_ranks + 1);
  guint *order;
  gint64 *order_ids = NULL;

  g_array_set_size (out, n);
  order = (guint *) out->data;
  if (out_ids != NULL)
    {
      g_array_set_size (out_ids, n);
      order_ids = (gint64 *) out_ids->data;
    }
  for (guint i = 0; i < n; i++)
    {
      guint r = ranks[rows != NULL ? rows[i] : i];
      start[(descending ? n_ranks - 1 - r : r) + 1]++;
    }
  for (guint r = 1; r <= n_ranks; r++)
    start[r] += start[r - 1];
  for (guint i = 0; i < n; i++)
    {
      guint at = descending ? n - 1 - i : i;
      guint row = rows != NULL ? rows[at] : at;
      guint r = ranks[row];
      guint position = start[descending ? n_ranks - 1 - r : r]++;

      order[position] = row;
      if (order_ids != NULL)
        order_ids[position] = ids[row];
    }
}

/* Rearranges the rows by key 0, ties in the loaded order, texts
 * included: the default order then reads memory in sequence, which keeps
 * a keystroke's scan of 100,000 search texts fast. */
static void
put_in_default_order (ZfQueryRows *self)
{
  guint n = self->ids->len;
  g_autoptr(GArray) by_key = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_autoptr(GPtrArray) texts = g_ptr_array_sized_new (n * self->n_search);
  g_autoptr(GArray) ranks = g_array_sized_new (FALSE, FALSE, sizeof (guint), n * self->n_keys);
  GStringChunk *chunk = g_string_chunk_new (64 * 1024);
  const guint *old_ranks = (const guint *) self->ranks->data;

  counting_sort (self, 0, NULL, FALSE, by_key, NULL);

  for (guint i = 0; i < n; i++)
    {
      guint row = g_array_index (by_key, guint, i);

      g_array_append_val (ids, g_array_index (self->ids, gint64, row));
      for (guint c = 0; c < self->n_search; c++)
        {
          char *text = g_ptr_array_index (self->texts, row * self->n_search + c);
          g_ptr_array_add (texts, *text ? g_string_chunk_insert (chunk, text) : text);
        }
    }
  for (guint k = 0; k < self->n_keys; k++)
    for (guint i = 0; i < n; i++)
      g_array_append_val (ranks, old_ranks[(gsize) k * n + g_array_index (by_key, guint, i)]);

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_ptr_array_unref (self->texts);
  self->texts = g_steal_pointer (&texts);
  g_string_chunk_free (self->chunk);
  self->chunk = chunk;
  g_array_unref (self->ranks);
  self->ranks = g_steal_pointer (&ranks);
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

  if (self->n_keys > 0)
    put_in_default_order (self);
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

  g_return_if_fail (sort < MAX (self->n_keys, 1));

  self->sort = sort;
  self->descending = descending;
  if (sort > 0)
    {
      /* The rows are in the default order (key 0): ties keep it. */
      counting_sort (self, sort, NULL, descending, self->order, self->order_ids);
      return;
    }
  g_array_set_size (self->order, n);
  g_array_set_size (self->order_ids, n);
  for (guint i = 0; i < n; i++)
    {
      guint row = descending ? n - 1 - i : i;

      g_array_index (self->order, guint, i) = row;
      g_array_index (self->order_ids, gint64, i) = g_array_index (self->ids, gint64, row);
    }
}

void
zf_query_rows_filter (ZfQueryRows *self,
                      const char  *text,
                      GArray      *ids)
{
  g_autofree char *upper = text ? g_ascii_strup (text, -1) : NULL;
  const gint64 *order_ids = (const gint64 *) self->order_ids->data;
  guint n = self->order->len;

  g_array_set_size (ids, 0);
  if (text == NULL)
    {
      g_array_append_vals (ids, order_ids, n);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      guint row = g_array_index (self->order, guint, i);
      gboolean match = FALSE;

      for (guint c = 0; !match && c < self->n_search; c++)
        {
          const char *haystack = g_ptr_array_index (self->texts, row * self->n_search + c);
          match = strstr (haystack, (self->upper_mask & (1u << c)) ? upper : text) != NULL;
        }
      if (match)
        g_array_append_val (ids, order_ids[i]);
    }
}
