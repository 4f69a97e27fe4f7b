#define G_LOG_DOMAIN "zf-sql-sorter"

#include "config.h"

#include "zf-sql-sorter.h"

/* Sorting a register must happen in SQL: the rows are built lazily by a
 * ZfQueryModel and a GtkSortListModel would build every one of them to
 * compare. The column view only tells us that its sorter changed, and GTK
 * 4.8 has no public way to ask a GtkColumnViewSorter for its primary column
 * and order (that arrived in 4.10). So each column gets one of these
 * sorters. To probe, we compare two dummy objects with the column view's
 * sorter: it consults its primary column first, that ZfSqlSorter records
 * the call and answers "smaller", which stops the chain (no other sorter is
 * asked). A column sorted descending inverts the answer, so "larger" means
 * descending. */

struct _ZfSqlSorter
{
  GtkSorter  parent_instance;

  guint      sort_key;
  gboolean   asked;
};

G_DEFINE_FINAL_TYPE (ZfSqlSorter, zf_sql_sorter, GTK_TYPE_SORTER)

enum {
  PROP_0,
  PROP_SORT_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sorters alive right now; a probe resets and reads them. There are a
 * handful (one per sortable column), so a list is enough. */
static GList *live_sorters;

static GtkOrdering
zf_sql_sorter_compare (GtkSorter *sorter,
                       gpointer   item1,
                       gpointer   item2)
{
  ZF_SQL_SORTER (sorter)->asked = TRUE;
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
zf_sql_sorter_get_order (GtkSorter *sorter)
{
  /* Claiming a partial order keeps GTK from assuming anything about it. */
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
zf_sql_sorter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZfSqlSorter *self = ZF_SQL_SORTER (object);

  switch (prop_id)
    {
    case PROP_SORT_KEY:
      g_value_set_uint (value, self->sort_key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_sql_sorter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ZfSqlSorter *self = ZF_SQL_SORTER (object);

  switch (prop_id)
    {
    case PROP_SORT_KEY:
      self->sort_key = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_sql_sorter_finalize (GObject *object)
{
  live_sorters = g_list_remove (live_sorters, object);
  G_OBJECT_CLASS (zf_sql_sorter_parent_class)->finalize (object);
}

static void
zf_sql_sorter_class_init (ZfSqlSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = zf_sql_sorter_finalize;
  object_class->get_property = zf_sql_sorter_get_property;
  object_class->set_property = zf_sql_sorter_set_property;
  sorter_class->compare = zf_sql_sorter_compare;
  sorter_class->get_order = zf_sql_sorter_get_order;

  properties[PROP_SORT_KEY] =
    g_param_spec_uint ("sort-key", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zf_sql_sorter_init (ZfSqlSorter *self)
{
  live_sorters = g_list_prepend (live_sorters, self);
}

ZfSqlSorter *
zf_sql_sorter_new (guint sort_key)
{
  return g_object_new (ZF_TYPE_SQL_SORTER, "sort-key", sort_key, NULL);
}

guint
zf_sql_sorter_get_sort_key (ZfSqlSorter *self)
{
  g_return_val_if_fail (ZF_IS_SQL_SORTER (self), 0);
  return self->sort_key;
}

gboolean
zf_sql_sorter_probe (GtkSorter *view_sorter,
                     guint     *sort_key,
                     gboolean  *descending)
{
  g_autoptr(GObject) a = NULL;
  g_autoptr(GObject) b = NULL;
  GtkOrdering ordering;

  g_return_val_if_fail (GTK_IS_SORTER (view_sorter), FALSE);

  a = g_object_new (G_TYPE_OBJECT, NULL);
  b = g_object_new (G_TYPE_OBJECT, NULL);
  for (GList *l = live_sorters; l != NULL; l = l->next)
    ZF_SQL_SORTER (l->data)->asked = FALSE;

  ordering = gtk_sorter_compare (view_sorter, a, b);

  for (GList *l = live_sorters; l != NULL; l = l->next)
    {
      ZfSqlSorter *sorter = l->data;

      if (sorter->asked && ordering != GTK_ORDERING_EQUAL)
        {
          *sort_key = sorter->sort_key;
          *descending = ordering == GTK_ORDERING_LARGER;
          return TRUE;
        }
    }
  return FALSE;
}
