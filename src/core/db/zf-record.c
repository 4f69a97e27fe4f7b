#define G_LOG_DOMAIN "zf-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-record-internal.h"
#include "zf-util.h"

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

ZfRecordPrivate *
zf_record_private (ZfRecord *self)
{
  return zf_record_get_instance_private (self);
}

const ZfField *
zf_record_find_field (ZfRecord   *self,
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
      g_clear_pointer ((char **) zf_record_field_ptr (self, &klass->fields[i]), g_free);
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
      g_value_set_string (value, *(char **) zf_record_field_ptr (self, field));
      break;
    case ZF_FIELD_INT:
      g_value_set_int64 (value, *(gint64 *) zf_record_field_ptr (self, field));
      break;
    case ZF_FIELD_DOUBLE:
      g_value_set_double (value, *(double *) zf_record_field_ptr (self, field));
      break;
    case ZF_FIELD_BOOL:
      g_value_set_boolean (value, *(gboolean *) zf_record_field_ptr (self, field));
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
  gpointer ptr = zf_record_field_ptr (self, field);
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
      *(double *) zf_record_field_ptr (self, &klass->fields[i]) = NAN;
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
  const ZfField *field = zf_record_find_field (self, column, index);

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
  return field ? *(char **) zf_record_field_ptr (self, field) : NULL;
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

  field = zf_record_find_field (self, column, NULL);
  if (field && field->type == ZF_FIELD_BOOL)
    return *(gboolean *) zf_record_field_ptr (self, field);
  field = typed_field (self, column, ZF_FIELD_INT, NULL);
  return field ? *(gint64 *) zf_record_field_ptr (self, field) : 0;
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

  field = zf_record_find_field (self, column, &index);
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
  return field ? *(double *) zf_record_field_ptr (self, field) : NAN;
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
