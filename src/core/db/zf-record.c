#define G_LOG_DOMAIN "zf-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-record-private.h"
#include "zf-util.h"

typedef struct
{
  gint64  id;
  char   *uuid;
} ZfRecordPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  N_PROPS
};

/* Field properties are numbered after the base ones. */
#define FIELD_PROP_BASE N_PROPS

static GParamSpec *properties[N_PROPS];
static gint n_instances;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ZfRecord, zf_record, G_TYPE_OBJECT)

static gpointer
field_ptr (ZfRecord      *self,
           const ZfField *field)
{
  return G_STRUCT_MEMBER_P (self, field->offset);
}

static const ZfField *
find_field (ZfRecord   *self,
            const char *column,
            guint      *index)
{
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);
  guint i;

  if (klass->field_index == NULL)
    return NULL;
  i = GPOINTER_TO_UINT (g_hash_table_lookup (klass->field_index, column));
  if (i == 0)
    return NULL;
  if (index)
    *index = i - 1;
  return &klass->fields[i - 1];
}

static void
zf_record_finalize (GObject *object)
{
  ZfRecord *self = ZF_RECORD (object);
  ZfRecordPrivate *priv = zf_record_get_instance_private (self);
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].type == ZF_FIELD_STRING)
      g_clear_pointer ((char **) field_ptr (self, &klass->fields[i]), g_free);
  g_clear_pointer (&priv->uuid, g_free);
  g_atomic_int_add (&n_instances, -1);

  G_OBJECT_CLASS (zf_record_parent_class)->finalize (object);
}

static void
zf_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZfRecord *self = ZF_RECORD (object);
  ZfRecordPrivate *priv = zf_record_get_instance_private (self);
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);
  const ZfField *field;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      return;
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      return;
    default:
      break;
    }

  if (prop_id < FIELD_PROP_BASE || prop_id - FIELD_PROP_BASE >= klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &klass->fields[prop_id - FIELD_PROP_BASE];
  switch (field->type)
    {
    case ZF_FIELD_STRING:
      g_value_set_string (value, *(char **) field_ptr (self, field));
      break;
    case ZF_FIELD_INT:
      g_value_set_int64 (value, *(gint64 *) field_ptr (self, field));
      break;
    case ZF_FIELD_DOUBLE:
      g_value_set_double (value, *(double *) field_ptr (self, field));
      break;
    case ZF_FIELD_BOOL:
      g_value_set_boolean (value, *(gboolean *) field_ptr (self, field));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
set_field_value (ZfRecord      *self,
                 guint          index,
                 const GValue  *value)
{
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);
  const ZfField *field = &klass->fields[index];
  gpointer ptr = field_ptr (self, field);
  gboolean changed = FALSE;

  switch (field->type)
    {
    case ZF_FIELD_STRING:
      {
        const char *s = g_value_get_string (value);
        /* Empty and unset are the same thing in a register. */
        if (s != NULL && *s == '\0')
          s = NULL;
        changed = zf_set_str ((char **) ptr, s);
      }
      break;
    case ZF_FIELD_INT:
      changed = *(gint64 *) ptr != g_value_get_int64 (value);
      *(gint64 *) ptr = g_value_get_int64 (value);
      break;
    case ZF_FIELD_DOUBLE:
      {
        double d = g_value_get_double (value);
        double old = *(double *) ptr;
        changed = !(old == d || (isnan (old) && isnan (d)));
        *(double *) ptr = d;
      }
      break;
    case ZF_FIELD_BOOL:
      changed = (*(gboolean *) ptr != 0) != (g_value_get_boolean (value) != 0);
      *(gboolean *) ptr = g_value_get_boolean (value) != 0;
      break;
    default:
      g_assert_not_reached ();
    }

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[index]);
}

static void
zf_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZfRecord *self = ZF_RECORD (object);
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);

  switch (prop_id)
    {
    case PROP_ID:
      zf_record_set_id (self, g_value_get_int64 (value));
      return;
    case PROP_UUID:
      {
        ZfRecordPrivate *priv = zf_record_get_instance_private (self);
        if (zf_set_str (&priv->uuid, g_value_get_string (value)))
          g_object_notify_by_pspec (object, properties[PROP_UUID]);
      }
      return;
    default:
      break;
    }

  if (prop_id < FIELD_PROP_BASE || prop_id - FIELD_PROP_BASE >= klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  set_field_value (self, prop_id - FIELD_PROP_BASE, value);
}

/* Numbers start as "not set" where that can be told apart. This cannot be
 * done in zf_record_init(): while the base type's init runs, the instance's
 * class is still ZfRecordClass, which has no fields. constructed() runs
 * with the final class and before the properties given to g_object_new(). */
static void
zf_record_constructed (GObject *object)
{
  ZfRecord *self = ZF_RECORD (object);
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (zf_record_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].type == ZF_FIELD_DOUBLE)
      *(double *) field_ptr (self, &klass->fields[i]) = NAN;
}

static void
zf_record_class_init (ZfRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = zf_record_constructed;
  object_class->finalize = zf_record_finalize;
  object_class->get_property = zf_record_get_property;
  object_class->set_property = zf_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zf_record_init (ZfRecord *self)
{
  g_atomic_int_inc (&n_instances);
}


void
zf_record_class_install_fields (ZfRecordClass *klass,
                                const ZfField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  g_return_if_fail (ZF_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);

  /* GObject does not inherit get/set_property: every class that installs
   * properties must name its own, so the subclass gets the generic pair. */
  object_class->get_property = zf_record_get_property;
  object_class->set_property = zf_record_set_property;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);
  /* Lives as long as the class, that is the program. Looked up per field
   * of every row stored or bound; the first field of a name wins. */
  klass->field_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_fields; i++)
    if (!g_hash_table_contains (klass->field_index, fields[i].column))
      g_hash_table_insert (klass->field_index, (gpointer) fields[i].column,
                           GUINT_TO_POINTER (i + 1));

  /* GObject resets get/set_property in every derived class (they are not
   * inherited), so the subclass gets the record's own handlers here. */
  object_class->get_property = zf_record_get_property;
  object_class->set_property = zf_record_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *copy = g_strdelimit (g_strdup (fields[i].column), "_", '-');
      const char *name = g_intern_string (copy);
      GParamSpec *pspec;

      switch (fields[i].type)
        {
        case ZF_FIELD_STRING:
          pspec = g_param_spec_string (name, NULL, NULL, NULL, flags);
          break;
        case ZF_FIELD_INT:
          pspec = g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
          break;
        case ZF_FIELD_DOUBLE:
          /* A NaN default fails GParamSpec's range check; instances still
           * start at NaN ("not set"), see zf_record_init(). */
          pspec = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;
        case ZF_FIELD_BOOL:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
          break;
        default:
          g_assert_not_reached ();
        }
      klass->pspecs[i] = pspec;
      g_object_class_install_property (object_class, FIELD_PROP_BASE + i, pspec);
    }
}

gint64
zf_record_get_id (ZfRecord *self)
{
  ZfRecordPrivate *priv;

  g_return_val_if_fail (ZF_IS_RECORD (self), 0);

  priv = zf_record_get_instance_private (self);
  return priv->id;
}

void
zf_record_set_id (ZfRecord *self,
                  gint64    id)
{
  ZfRecordPrivate *priv;

  g_return_if_fail (ZF_IS_RECORD (self));

  priv = zf_record_get_instance_private (self);
  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
zf_record_get_uuid (ZfRecord *self)
{
  ZfRecordPrivate *priv;

  g_return_val_if_fail (ZF_IS_RECORD (self), NULL);

  priv = zf_record_get_instance_private (self);
  return priv->uuid;
}

static const ZfField *
typed_field (ZfRecord    *self,
             const char  *column,
             ZfFieldType  type,
             guint       *index)
{
  const ZfField *field = find_field (self, column, index);

  if (field == NULL || field->type != type)
    {
      g_critical ("%s has no %s field of that type", G_OBJECT_TYPE_NAME (self), column);
      return NULL;
    }
  return field;
}

const char *
zf_record_get_string (ZfRecord   *self,
                      const char *column)
{
  const ZfField *field;

  g_return_val_if_fail (ZF_IS_RECORD (self), NULL);

  field = typed_field (self, column, ZF_FIELD_STRING, NULL);
  return field ? *(char **) field_ptr (self, field) : NULL;
}

void
zf_record_set_string (ZfRecord   *self,
                      const char *column,
                      const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  guint index;

  g_return_if_fail (ZF_IS_RECORD (self));

  if (typed_field (self, column, ZF_FIELD_STRING, &index) == NULL)
    return;
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  set_field_value (self, index, &v);
}

gint64
zf_record_get_int (ZfRecord   *self,
                   const char *column)
{
  const ZfField *field;

  g_return_val_if_fail (ZF_IS_RECORD (self), 0);

  field = find_field (self, column, NULL);
  if (field && field->type == ZF_FIELD_BOOL)
    return *(gboolean *) field_ptr (self, field);
  field = typed_field (self, column, ZF_FIELD_INT, NULL);
  return field ? *(gint64 *) field_ptr (self, field) : 0;
}

void
zf_record_set_int (ZfRecord   *self,
                   const char *column,
                   gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  const ZfField *field;
  guint index;

  g_return_if_fail (ZF_IS_RECORD (self));

  field = find_field (self, column, &index);
  if (field && field->type == ZF_FIELD_BOOL)
    {
      g_value_init (&v, G_TYPE_BOOLEAN);
      g_value_set_boolean (&v, value != 0);
    }
  else if (typed_field (self, column, ZF_FIELD_INT, &index) != NULL)
    {
      g_value_init (&v, G_TYPE_INT64);
      g_value_set_int64 (&v, value);
    }
  else
    return;
  set_field_value (self, index, &v);
}

double
zf_record_get_double (ZfRecord   *self,
                      const char *column)
{
  const ZfField *field;

  g_return_val_if_fail (ZF_IS_RECORD (self), NAN);

  field = typed_field (self, column, ZF_FIELD_DOUBLE, NULL);
  return field ? *(double *) field_ptr (self, field) : NAN;
}

void
zf_record_set_double (ZfRecord   *self,
                      const char *column,
                      double      value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  guint index;

  g_return_if_fail (ZF_IS_RECORD (self));

  if (typed_field (self, column, ZF_FIELD_DOUBLE, &index) == NULL)
    return;
  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  set_field_value (self, index, &v);
}

/* find_field() starting at @hint: a query lists its columns mostly in the
 * order of the fields, so the next column is usually the next field. */
static int
find_field_from (ZfRecordClass *klass,
                 const char    *column,
                 guint          hint)
{
  for (guint k = 0; k < klass->n_fields; k++)
    {
      guint i = (hint + k) % klass->n_fields;

      if (strcmp (klass->fields[i].column, column) == 0)
        return (int) i;
    }
  return -1;
}

/* Writes column @c into field @index without notifications. */
static void
store_column (ZfRecord      *self,
              const ZfField *field,
              sqlite3_stmt  *stmt,
              int            c)
{
  gpointer ptr = field_ptr (self, field);

  switch (field->type)
    {
    case ZF_FIELD_STRING:
      {
        const char *text = (const char *) sqlite3_column_text (stmt, c);
        /* Empty and unset are the same thing in a register. */
        zf_set_str ((char **) ptr, text != NULL && *text != '\0' ? text : NULL);
      }
      break;
    case ZF_FIELD_INT:
      *(gint64 *) ptr = sqlite3_column_int64 (stmt, c);
      break;
    case ZF_FIELD_BOOL:
      *(gboolean *) ptr = sqlite3_column_int64 (stmt, c) != 0;
      break;
    case ZF_FIELD_DOUBLE:
      *(double *) ptr = sqlite3_column_type (stmt, c) == SQLITE_NULL
                        ? NAN : sqlite3_column_double (stmt, c);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
zf_record_load_row (ZfRecord     *self,
                    sqlite3_stmt *stmt)
{
  static gsize notify_id;
  ZfRecordPrivate *priv = zf_record_get_instance_private (self);
  ZfRecordClass *klass = ZF_RECORD_GET_CLASS (self);
  int n = sqlite3_column_count (stmt);
  gboolean watched;
  guint hint = 0;

  if (g_once_init_enter (&notify_id))
    g_once_init_leave (&notify_id, g_signal_lookup ("notify", G_TYPE_OBJECT));
  /* A row built for a list or an export has nobody watching it yet: its
   * fields are written directly, without a notification per column (the
   * largest cost of streaming 100,000 officers). A watched record (a
   * detail pane reloading) notifies what changed. */
  watched = g_signal_has_handler_pending (self, (guint) notify_id, 0, TRUE);
  if (watched)
    g_object_freeze_notify (G_OBJECT (self));
  for (int c = 0; c < n; c++)
    {
      const char *name = sqlite3_column_name (stmt, c);
      gboolean is_null = sqlite3_column_type (stmt, c) == SQLITE_NULL;
      const ZfField *field;
      int index;

      if (strcmp (name, "id") == 0)
        {
          if (watched)
            zf_record_set_id (self, sqlite3_column_int64 (stmt, c));
          else
            priv->id = sqlite3_column_int64 (stmt, c);
          continue;
        }
      if (strcmp (name, "uuid") == 0)
        {
          zf_set_str (&priv->uuid, (const char *) sqlite3_column_text (stmt, c));
          continue;
        }

      index = find_field_from (klass, name, hint);
      if (index < 0)
        continue;
      hint = (guint) index + 1;
      field = &klass->fields[index];

      if (!watched)
        {
          store_column (self, field, stmt, c);
          continue;
        }
      switch (field->type)
        {
        case ZF_FIELD_STRING:
          zf_record_set_string (self, name, (const char *) sqlite3_column_text (stmt, c));
          break;
        case ZF_FIELD_INT:
        case ZF_FIELD_BOOL:
          zf_record_set_int (self, name, sqlite3_column_int64 (stmt, c));
          break;
        case ZF_FIELD_DOUBLE:
          zf_record_set_double (self, name, is_null ? NAN : sqlite3_column_double (stmt, c));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  if (watched)
    g_object_thaw_notify (G_OBJECT (self));
}

/* What a column of a ZfRecordColumns fills: a field's index, or these. */
enum
{
  COLUMN_NONE = -1,
  COLUMN_ID = -2,
  COLUMN_UUID = -3,
};

struct _ZfRecordColumns
{
  GType  type;
  int    n;
  int   *fields;
};

ZfRecordColumns *
zf_record_columns_new (GType         type,
                       sqlite3_stmt *stmt)
{
  ZfRecordClass *klass;
  ZfRecordColumns *columns;
  guint hint = 0;

  g_return_val_if_fail (g_type_is_a (type, ZF_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  columns = g_new0 (ZfRecordColumns, 1);
  columns->type = type;
  columns->n = sqlite3_column_count (stmt);
  columns->fields = g_new (int, MAX (columns->n, 1));
  for (int c = 0; c < columns->n; c++)
    {
      const char *name = sqlite3_column_name (stmt, c);
      int index;

      if (strcmp (name, "id") == 0)
        index = COLUMN_ID;
      else if (strcmp (name, "uuid") == 0)
        index = COLUMN_UUID;
      else if ((index = find_field_from (klass, name, hint)) >= 0)
        hint = (guint) index + 1;
      else
        index = COLUMN_NONE;
      columns->fields[c] = index;
    }
  g_type_class_unref (klass);
  return columns;
}

void
zf_record_columns_free (ZfRecordColumns *columns)
{
  if (columns == NULL)
    return;
  g_free (columns->fields);
  g_free (columns);
}

static void
fill_from_row (ZfRecord              *self,
               const ZfRecordColumns *columns,
               sqlite3_stmt          *stmt)
{
  ZfRecordPrivate *priv;
  ZfRecordClass *klass;

  priv = zf_record_get_instance_private (self);
  klass = ZF_RECORD_GET_CLASS (self);
  for (int c = 0; c < columns->n; c++)
    switch (columns->fields[c])
      {
      case COLUMN_NONE:
        break;
      case COLUMN_ID:
        priv->id = sqlite3_column_int64 (stmt, c);
        break;
      case COLUMN_UUID:
        zf_set_str (&priv->uuid, (const char *) sqlite3_column_text (stmt, c));
        break;
      default:
        store_column (self, &klass->fields[columns->fields[c]], stmt, c);
        break;
      }
}

gpointer
zf_record_new_from_row (const ZfRecordColumns *columns,
                        sqlite3_stmt          *stmt)
{
  ZfRecord *self;

  g_return_val_if_fail (columns != NULL, NULL);

  /* New: nobody watches it, so no notifications (as zf_record_load_row). */
  self = g_object_new (columns->type, NULL);
  fill_from_row (self, columns, stmt);
  return self;
}

gpointer
zf_record_reuse_from_row (const ZfRecordColumns *columns,
                          sqlite3_stmt          *stmt,
                          GPtrArray             *spare)
{
  ZfRecord *self;

  g_return_val_if_fail (columns != NULL, NULL);

  if (spare == NULL || spare->len == 0)
    return zf_record_new_from_row (columns, stmt);
  self = g_ptr_array_steal_index_fast (spare, spare->len - 1);
  g_assert (G_OBJECT_TYPE (self) == columns->type);
  /* Every column of the statement is written again; the fields it lacks
   * were never written (a lent record is not changed). */
  fill_from_row (self, columns, stmt);
  return self;
}

void
zf_record_recycle (GPtrArray *records,
                   GPtrArray *spare)
{
  g_return_if_fail (records != NULL && spare != NULL);

  for (guint i = 0; i < records->len; i++)
    {
      GObject *record = records->pdata[i];

      /* Kept by whoever it was lent to: left to them. */
      if (g_atomic_int_get (&record->ref_count) == 1)
        g_ptr_array_add (spare, g_object_ref (record));
    }
  g_ptr_array_set_size (records, 0);
}

static void
bind_field (ZfRecord      *self,
            const ZfField *field,
            sqlite3_stmt  *stmt,
            int            idx)
{
  gpointer ptr = field_ptr (self, field);

  switch (field->type)
    {
    case ZF_FIELD_STRING:
      if (*(char **) ptr)
        sqlite3_bind_text (stmt, idx, *(char **) ptr, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, idx);
      break;
    case ZF_FIELD_INT:
      /* Foreign keys use 0 for "none". */
      if (g_str_has_suffix (field->column, "_id") && *(gint64 *) ptr == 0)
        sqlite3_bind_null (stmt, idx);
      else
        sqlite3_bind_int64 (stmt, idx, *(gint64 *) ptr);
      break;
    case ZF_FIELD_DOUBLE:
      if (isnan (*(double *) ptr))
        sqlite3_bind_null (stmt, idx);
      else
        sqlite3_bind_double (stmt, idx, *(double *) ptr);
      break;
    case ZF_FIELD_BOOL:
      sqlite3_bind_int (stmt, idx, *(gboolean *) ptr ? 1 : 0);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
zf_record_bind (ZfRecord     *self,
                sqlite3_stmt *stmt)
{
  ZfRecordPrivate *priv = zf_record_get_instance_private (self);
  int n = sqlite3_bind_parameter_count (stmt);

  /* Walks the statement's parameters and finds each one's field, rather
   * than asking the statement for every field's parameter by name: that
   * is a scan of the parameters with strcmp, once per field of every
   * row an import stores. */
  for (int idx = 1; idx <= n; idx++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, idx);
      const ZfField *field;

      if (name == NULL || name[0] != ':')
        continue;
      field = find_field (self, name + 1, NULL);
      if (field != NULL)
        bind_field (self, field, stmt, idx);
      else if (strcmp (name, ":id") == 0)
        sqlite3_bind_int64 (stmt, idx, priv->id);
      else if (strcmp (name, ":uuid") == 0)
        {
          if (priv->uuid)
            sqlite3_bind_text (stmt, idx, priv->uuid, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, idx);
        }
    }
}

ZfRecord *
zf_record_copy (ZfRecord *self)
{
  ZfRecordClass *klass;
  ZfRecord *copy;

  g_return_val_if_fail (ZF_IS_RECORD (self), NULL);

  klass = ZF_RECORD_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self),
                       "id", zf_record_get_id (self),
                       "uuid", zf_record_get_uuid (self),
                       NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) v = G_VALUE_INIT;

      g_value_init (&v, klass->pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), klass->pspecs[i]->name, &v);
      set_field_value (copy, i, &v);
    }
  return copy;
}

guint
zf_record_get_n_instances (void)
{
  return (guint) g_atomic_int_get (&n_instances);
}
