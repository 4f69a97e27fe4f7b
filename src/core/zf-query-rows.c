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
  GPtrArray     *keys;      /* n_keys per row: NULL sorts first */
  GArray        *order;     /* guint: row indices in the current order */
  GStringChunk  *chunk;     /* the search texts */
  GStringChunk  *interned;  /* the sort keys: few distinct values */
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
  self->keys = g_ptr_array_new ();
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->chunk = g_string_chunk_new (64 * 1024);
  self->interned = g_string_chunk_new (4 * 1024);
  return self;
}

void
zf_query_rows_free (ZfQueryRows *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->ids);
  g_ptr_array_unref (self->texts);
  g_ptr_array_unref (self->keys);
  g_array_unref (self->order);
  g_string_chunk_free (self->chunk);
  g_string_chunk_free (self->interned);
  g_free (self);
}

int
zf_query_rows_load (ZfQueryRows  *self,
                    sqlite3_stmt *stmt)
{
  int rc;

  g_array_set_size (self->ids, 0);
  g_ptr_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->keys, 0);
  g_string_chunk_clear (self->chunk);
  g_string_chunk_clear (self->interned);

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
          g_ptr_array_add (self->keys, key ? g_string_chunk_insert_const (self->interned, key) : NULL);
        }
    }
  zf_query_rows_sort (self, self->sort, self->descending);
  return rc;
}

guint
zf_query_rows_get_n (ZfQueryRows *self)
{
  return self->ids->len;
}

typedef struct
{
  ZfQueryRows *self;
  guint        key;
  int          sign;
} SortContext;

static gint
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const SortContext *ctx = user_data;
  guint n_keys = ctx->self->n_keys;
  const char *ka = g_ptr_array_index (ctx->self->keys, *(const guint *) a * n_keys + ctx->key);
  const char *kb = g_ptr_array_index (ctx->self->keys, *(const guint *) b * n_keys + ctx->key);

  /* Interned: equal keys are the same pointer, the common case. */
  if (ka == kb)
    return 0;
  if (ka == NULL)
    return -ctx->sign;
  if (kb == NULL)
    return ctx->sign;
  return ctx->sign * strcmp (ka, kb);
}

void
zf_query_rows_sort (ZfQueryRows *self,
                    guint        sort,
                    gboolean     descending)
{
  guint n = self->ids->len;

  g_return_if_fail (sort <= self->n_keys);

  self->sort = sort;
  self->descending = descending;
  g_array_set_size (self->order, n);
  /* The loaded order (e.g. name, id) breaks ties, reversed with the key. */
  for (guint i = 0; i < n; i++)
    g_array_index (self->order, guint, i) = descending ? n - 1 - i : i;
  if (sort > 0 && n > 1)
    {
      SortContext ctx = { self, sort - 1, descending ? -1 : 1 };

      /* Stable, so that the tie-breaking order survives. */
      g_qsort_with_data (self->order->data, (gint) n, sizeof (guint), compare_rows, &ctx);
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
