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
  GArray        *ranks;     /* while loading: guint, a run of rows per key: 0 for NULL… */
  guint         *n_ranks;   /* per key: distinct ranks, NULL's included */
  /* Per key, the rows in its ascending order (guint indices); NULL for key
   * 0, the rows' own order. Sorted once when loaded, so that a click on a
   * header only says which to read, and which way. */
  GArray       **by_key;
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
  self->by_key = g_new0 (GArray *, MAX (n_sort_keys, 1));
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
  for (guint k = 0; k < MAX (self->n_keys, 1); k++)
    g_clear_pointer (&self->by_key[k], g_array_unref);
  g_free (self->by_key);
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

/* Writes to @out every row ordered by the ranks of @key, stably: rows of
 * one rank keep their loaded order. */
static void
counting_sort (ZfQueryRows *self,
               guint        key,
               GArray      *out)
{
  guint n = self->ids->len, n_ranks = self->n_ranks[key];
  /* One key's ranks are contiguous: the passes read memory in order. */
  const guint *ranks = (const guint *) self->ranks->data + (gsize) key * n;
  g_autofree guint *start = g_new0 (guint, n_ranks + 1);
  guint *order;

  g_array_set_size (out, n);
  order = (guint *) out->data;
  for (guint i = 0; i < n; i++)
    start[ranks[i] + 1]++;
  for (guint r = 1; r <= n_ranks; r++)
    start[r] += start[r - 1];
  for (guint i = 0; i < n; i++)
    order[start[ranks[i]]++] = i;
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

  counting_sort (self, 0, by_key);

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
  /* In the default order now, the ties of every other key keep it. */
  for (guint k = 1; k < self->n_keys; k++)
    {
      g_clear_pointer (&self->by_key[k], g_array_unref);
      self->by_key[k] = g_array_new (FALSE, FALSE, sizeof (guint));
      counting_sort (self, k, self->by_key[k]);
    }
  g_array_unref (self->ranks);
  self->ranks = g_array_new (FALSE, FALSE, sizeof (guint));
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
  g_return_if_fail (sort < MAX (self->n_keys, 1));

  self->sort = sort;
  self->descending = descending;
}

/* The row shown at @position in order @sort, @descending. Descending
 * reads the ascending order backwards, which reverses its ties too, as
 * "ORDER BY key DESC, name DESC, id DESC" does. */
static inline guint
row_at (ZfQueryRows *self,
        guint        sort,
        gboolean     descending,
        guint        position)
{
  guint at = descending ? self->ids->len - 1 - position : position;

  return sort > 0 ? g_array_index (self->by_key[sort], guint, at) : at;
}

gint64
zf_query_rows_get_id (ZfQueryRows *self,
                      guint        sort,
                      gboolean     descending,
                      guint        position)
{
  g_return_val_if_fail (sort < MAX (self->n_keys, 1), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, row_at (self, sort, descending, position));
}

void
zf_query_rows_filter (ZfQueryRows *self,
                      const char  *text,
                      GArray      *ids)
{
  g_autofree char *upper = text ? g_ascii_strup (text, -1) : NULL;
  const gint64 *all = (const gint64 *) self->ids->data;
  guint n = self->ids->len;

  g_array_set_size (ids, 0);
  for (guint i = 0; i < n; i++)
    {
      guint row = row_at (self, self->sort, self->descending, i);
      gboolean match = text == NULL;

      for (guint c = 0; !match && c < self->n_search; c++)
        {
          const char *haystack = g_ptr_array_index (self->texts, row * self->n_search + c);
          match = strstr (haystack, (self->upper_mask & (1u << c)) ? upper : text) != NULL;
        }
      if (match)
        g_array_append_val (ids, all[row]);
    }
}
