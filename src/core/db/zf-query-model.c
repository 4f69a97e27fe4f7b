#define G_LOG_DOMAIN "zf-query-model"

#include "config.h"

#include "zf-query-model.h"
#include "zf-query-rows.h"
#include "zf-record.h"
#include "zf-store-query.h"
#include "zf-util.h"
#include "zf-validate.h"

/* Rows kept alive after the view lets go of them: enough for a screen or
 * two of scrolling back and forth, small enough to stay flat at any size. */
#define CACHE_SIZE 256

struct _ZfQueryModel
{
  GObject            parent_instance;

  ZfStore           *store;
  const ZfQuerySpec *spec;
  /* gint64, in display order; NULL while a large list shows all its rows,
   * which are then read in place from @rows (no copy per header click). */
  GArray            *ids;
  ZfQueryRows       *rows;         /* large lists: every row, in memory */
  GHashTable        *cache;        /* gint64 id → ZfRecord */
  GQueue             lru;          /* ids, most recent first */
  char              *search;
  guint              sort;
  gboolean           descending;
  ZfQueryFilter      filters[ZF_QUERY_MAX_FILTERS];
  GError            *error;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_SEARCH,
  PROP_FILTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

/* What the model shows, or showed: its ids, or all the rows of @rows in
 * one of their orders. */
typedef struct
{
  GArray      *ids;
  ZfQueryRows *rows;
  guint        sort;
  gboolean     descending;
} Shown;

static Shown
shown_now (ZfQueryModel *self)
{
  return (Shown) { self->ids, self->rows, self->sort, self->descending };
}

static guint
shown_len (const Shown *shown)
{
  return shown->ids != NULL ? shown->ids->len : zf_query_rows_get_n (shown->rows);
}

static gint64
shown_id (const Shown *shown,
          guint        position)
{
  if (shown->ids != NULL)
    return g_array_index (shown->ids, gint64, position);
  return zf_query_rows_get_id (shown->rows, shown->sort, shown->descending, position);
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfQueryModel, zf_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
zf_query_model_get_item_type (GListModel *model)
{
  return ZF_QUERY_MODEL (model)->spec->item_type ();
}

static guint
zf_query_model_get_n_items (GListModel *model)
{
  Shown shown = shown_now (ZF_QUERY_MODEL (model));

  return shown_len (&shown);
}

static void
cache_drop (ZfQueryModel *self,
            gint64        id)
{
  GList *link;

  if (!g_hash_table_remove (self->cache, &id))
    return;
  for (link = self->lru.head; link; link = link->next)
    if (*(gint64 *) link->data == id)
      {
        g_free (link->data);
        g_queue_delete_link (&self->lru, link);
        break;
      }
}

static void
cache_clear (ZfQueryModel *self)
{
  g_hash_table_remove_all (self->cache);
  g_queue_clear_full (&self->lru, g_free);
}

static ZfRecord *
load_item (ZfQueryModel *self,
           gint64        id)
{
  return zf_store_query_item (self->store, self->spec->item_sql, self->spec->item_type (), id);
}

static gpointer
zf_query_model_get_item (GListModel *model,
                         guint       position)
{
  ZfQueryModel *self = ZF_QUERY_MODEL (model);
  Shown shown = shown_now (self);
  ZfRecord *record;
  gint64 id;

  if (position >= shown_len (&shown))
    return NULL;

  id = shown_id (&shown, position);
  record = g_hash_table_lookup (self->cache, &id);
  if (record != NULL)
    return g_object_ref (record);

  record = load_item (self, id);
  if (record == NULL)
    {
      /* Deleted by another program since the last query: an empty row
       * rather than a NULL the view cannot handle; the next poll refreshes. */
      record = g_object_new (self->spec->item_type (), "id", id, NULL);
    }

  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (record));
  g_queue_push_head (&self->lru, g_memdup2 (&id, sizeof id));
  if (self->lru.length > CACHE_SIZE)
    {
      gint64 *oldest = g_queue_pop_tail (&self->lru);
      g_hash_table_remove (self->cache, oldest);
      g_free (oldest);
    }

  return record;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = zf_query_model_get_item_type;
  iface->get_n_items = zf_query_model_get_n_items;
  iface->get_item = zf_query_model_get_item;
}

/* A large list's search, in memory; NULL without one: all rows show. */
static GArray *
search_rows (ZfQueryModel *self)
{
  GArray *ids;

  if (self->search == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  zf_query_rows_filter (self->rows, self->search, ids);
  return ids;
}

/* Runs the model's query into @ids; a large list loads its rows instead,
 * and @ids gets what a search finds (NULL without a search). */
static gboolean
run_query (ZfQueryModel  *self,
           GArray       **ids)
{
  const char *sql = self->rows != NULL ? self->spec->rows_sql
                    : self->spec->ids_sql[2 * self->sort + (self->descending ? 1 : 0)];
  gboolean ok;

  g_clear_error (&self->error);
  if (self->rows == NULL)
    *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ok = zf_store_query_run (self->store, sql, self->rows != NULL ? NULL : self->search,
                           self->filters, ZF_QUERY_MAX_FILTERS, self->rows,
                           self->rows != NULL ? NULL : *ids, &self->error);
  /* A large list searches the rows it loaded, or those it loaded last
   * when the query failed. */
  if (self->rows != NULL)
    *ids = search_rows (self);
  return ok;
}

/* Announces the difference between what the model showed (@old) and
 * what it shows now as one items-changed: the common head and tail stay,
 * so an open view keeps its scroll position and selection when one row is
 * added or edited. @changed_id (0: unknown) is a row whose content changed
 * in place and must be redrawn. */
static void
announce (ZfQueryModel *self,
          const Shown  *old,
          gint64        changed_id,
          gboolean      content_unknown)
{
  Shown now = shown_now (self);
  guint old_len = shown_len (old), new_len = shown_len (&now);
  guint head = 0, tail = 0, removed, added;

  if (content_unknown)
    cache_clear (self);
  else if (changed_id > 0)
    cache_drop (self, changed_id);

  /* The common head and tail end at the first difference or at the row
   * edited in place (ids are > 0, so changed_id 0 stops nothing): an edit
   * that keeps its place is announced as (pos, 1, 1). */
  if (!content_unknown)
    {
      while (head < old_len && head < new_len &&
             shown_id (old, head) == shown_id (&now, head) &&
             shown_id (old, head) != changed_id)
        head++;
      while (tail < old_len - head && tail < new_len - head &&
             shown_id (old, old_len - 1 - tail) == shown_id (&now, new_len - 1 - tail) &&
             shown_id (old, old_len - 1 - tail) != changed_id)
        tail++;
    }

  removed = old_len - head - tail;
  added = new_len - head - tail;
  if (removed == 0 && added == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), head, removed, added);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Shows @ids (NULL: all the rows) instead of what @old describes. */
static void
show (ZfQueryModel *self,
      GArray       *ids,
      Shown        *old,
      gint64        changed_id,
      gboolean      content_unknown)
{
  self->ids = ids;
  announce (self, old, changed_id, content_unknown);
  /* Freed only now: announce() compares the old rows with the new. */
  g_clear_pointer (&old->ids, g_array_unref);
}

/* Re-runs the query. What a large list showed of all its rows is copied
 * first, since loading them again replaces what it is read from. */
static void
update (ZfQueryModel *self,
        gint64        changed_id,
        gboolean      content_unknown)
{
  Shown old = shown_now (self);
  GArray *ids = NULL;

  if (old.ids == NULL && old.rows != NULL)
    {
      guint n = shown_len (&old);

      old.ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
      for (guint i = 0; i < n; i++)
        {
          gint64 id = shown_id (&old, i);
          g_array_append_val (old.ids, id);
        }
    }
  if (!run_query (self, &ids))
    g_warning ("List query failed: %s", self->error->message);
  show (self, ids, &old, changed_id, content_unknown);
}

/* Large lists: a new search or order from the rows in memory. @old is
 * what showed before (the rows themselves have not changed). */
static void
update_in_memory (ZfQueryModel *self,
                  Shown        *old)
{
  show (self, search_rows (self), old, 0, FALSE);
}

static void
on_store_changed (ZfQueryModel *self,
                  const char   *table,
                  gint64        row_id,
                  ZfStore      *store)
{
  gboolean watched = g_str_equal (table, "*");

  for (guint i = 0; !watched && self->spec->watch[i]; i++)
    watched = g_str_equal (self->spec->watch[i], table);
  if (!watched)
    return;

  /* A write to the model's own table names the row; a write elsewhere (a
   * certificate event behind an officer row) may change any row's content. */
  if (g_str_equal (table, self->spec->watch[0]))
    update (self, row_id, row_id == 0);
  else
    update (self, 0, TRUE);
}

static void
zf_query_model_dispose (GObject *object)
{
  ZfQueryModel *self = ZF_QUERY_MODEL (object);

  cache_clear (self);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zf_query_model_parent_class)->dispose (object);
}

static void
zf_query_model_finalize (GObject *object)
{
  ZfQueryModel *self = ZF_QUERY_MODEL (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->rows, zf_query_rows_free);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);
  g_clear_error (&self->error);
  for (guint i = 0; i < ZF_QUERY_MAX_FILTERS; i++)
    g_free (self->filters[i].text);

  G_OBJECT_CLASS (zf_query_model_parent_class)->finalize (object);
}

static void
zf_query_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZfQueryModel *self = ZF_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->spec->item_type ());
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, zf_query_model_get_n_items (G_LIST_MODEL (self)));
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_FILTERED:
      g_value_set_boolean (value, zf_query_model_is_filtered (self, 0));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_query_model_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZfQueryModel *self = ZF_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      zf_query_model_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_query_model_class_init (ZfQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zf_query_model_dispose;
  object_class->finalize = zf_query_model_finalize;
  object_class->get_property = zf_query_model_get_property;
  object_class->set_property = zf_query_model_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Notified whenever a filter changes. */
  properties[PROP_FILTERED] =
    g_param_spec_boolean ("filtered", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zf_query_model_init (ZfQueryModel *self)
{
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_queue_init (&self->lru);
}

ZfQueryModel *
zf_query_model_new (ZfStore           *store,
                    const ZfQuerySpec *spec)
{
  ZfQueryModel *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (spec != NULL && spec->n_sorts > 0 && spec->watch[0] != NULL, NULL);
  g_return_val_if_fail (spec->n_search_columns == 0 || spec->rows_sql != NULL, NULL);

  self = g_object_new (ZF_TYPE_QUERY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->spec = spec;
  if (spec->n_search_columns > 0)
    self->rows = zf_query_rows_new (spec->n_search_columns, spec->search_upper_mask,
                                    spec->n_sorts);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  if (!run_query (self, &self->ids))
    g_warning ("List query failed: %s", self->error->message);
  return self;
}

ZfStore *
zf_query_model_get_store (ZfQueryModel *self)
{
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), NULL);

  return self->store;
}

void
zf_query_model_set_search (ZfQueryModel *self,
                           const char   *text)
{
  g_autofree char *normalized = NULL;
  Shown old;

  g_return_if_fail (ZF_IS_QUERY_MODEL (self));

  /* As names are stored: "张 三" finds 张三. */
  normalized = zf_name_normalize (text);
  old = shown_now (self);
  if (!zf_set_str (&self->search, *normalized ? normalized : NULL))
    return;
  if (self->rows != NULL)
    update_in_memory (self, &old);
  else
    update (self, 0, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

const char *
zf_query_model_get_search (ZfQueryModel *self)
{
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), NULL);

  return self->search;
}

void
zf_query_model_set_sort (ZfQueryModel *self,
                         guint         sort,
                         gboolean      descending)
{
  Shown old;

  g_return_if_fail (ZF_IS_QUERY_MODEL (self));
  g_return_if_fail (sort < self->spec->n_sorts);

  if (self->sort == sort && self->descending == !!descending)
    return;
  old = shown_now (self);
  self->sort = sort;
  self->descending = !!descending;
  if (self->rows != NULL)
    {
      zf_query_rows_sort (self->rows, sort, self->descending);
      update_in_memory (self, &old);
    }
  else
    update (self, 0, FALSE);
}

guint
zf_query_model_get_sort (ZfQueryModel *self)
{
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), 0);

  return self->sort;
}

gboolean
zf_query_model_get_descending (ZfQueryModel *self)
{
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), FALSE);

  return self->descending;
}

static ZfQueryFilter *
filter_slot (ZfQueryModel *self,
             guint         slot)
{
  g_return_val_if_fail (slot >= 1 && slot <= ZF_QUERY_MAX_FILTERS, NULL);

  return &self->filters[slot - 1];
}

void
zf_query_model_set_filter_int (ZfQueryModel *self,
                               guint         slot,
                               gint64        value)
{
  ZfQueryFilter *f;

  g_return_if_fail (ZF_IS_QUERY_MODEL (self));

  f = filter_slot (self, slot);
  if (f == NULL || (f->set && !f->is_text && f->number == value))
    return;
  f->set = TRUE;
  f->is_text = FALSE;
  f->number = value;
  g_clear_pointer (&f->text, g_free);
  update (self, 0, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERED]);
}

void
zf_query_model_set_filter_text (ZfQueryModel *self,
                                guint         slot,
                                const char   *text)
{
  ZfQueryFilter *f;

  g_return_if_fail (ZF_IS_QUERY_MODEL (self));

  if (text == NULL || *text == '\0')
    {
      zf_query_model_clear_filter (self, slot);
      return;
    }
  f = filter_slot (self, slot);
  if (f == NULL || (f->set && f->is_text && g_strcmp0 (f->text, text) == 0))
    return;
  f->set = TRUE;
  f->is_text = TRUE;
  zf_set_str (&f->text, text);
  update (self, 0, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERED]);
}

void
zf_query_model_clear_filter (ZfQueryModel *self,
                             guint         slot)
{
  ZfQueryFilter *f;

  g_return_if_fail (ZF_IS_QUERY_MODEL (self));

  f = filter_slot (self, slot);
  if (f == NULL || !f->set)
    return;
  f->set = FALSE;
  g_clear_pointer (&f->text, g_free);
  update (self, 0, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERED]);
}

gboolean
zf_query_model_is_filtered (ZfQueryModel *self,
                            guint         ignored_slots)
{
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), FALSE);

  for (guint i = 0; i < ZF_QUERY_MAX_FILTERS; i++)
    if (self->filters[i].set && !(ignored_slots & (1u << (i + 1))))
      return TRUE;
  return FALSE;
}

gint64
zf_query_model_get_id (ZfQueryModel *self,
                       guint         position)
{
  Shown shown;

  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), 0);

  shown = shown_now (self);
  return position < shown_len (&shown) ? shown_id (&shown, position) : 0;
}

guint
zf_query_model_find_id (ZfQueryModel *self,
                        gint64        id)
{
  Shown shown;

  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), G_MAXUINT);

  shown = shown_now (self);
  for (guint i = 0, n = shown_len (&shown); i < n; i++)
    if (shown_id (&shown, i) == id)
      return i;
  return G_MAXUINT;
}

void
zf_query_model_refresh (ZfQueryModel *self)
{
  g_return_if_fail (ZF_IS_QUERY_MODEL (self));

  update (self, 0, TRUE);
}

const GError *
zf_query_model_get_error (ZfQueryModel *self)
{
  g_return_val_if_fail (ZF_IS_QUERY_MODEL (self), NULL);

  return self->error;
}
