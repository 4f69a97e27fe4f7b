#define G_LOG_DOMAIN "zf-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "zf-record-internal.h"
#include "zf-record-private.h"
#include "zf-util.h"

/* The SQLite side of ZfRecord: a row of a statement into a record (one at
 * a time, or matched once for a stream of rows), and a record's fields
 * bound to a statement's parameters. The GObject side (fields as
 * properties, typed accessors, copies) is in zf-record.c. */

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
  gpointer ptr = zf_record_field_ptr (self, field);

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
  ZfRecordPrivate *priv = zf_record_private (self);
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

  priv = zf_record_private (self);
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
  gpointer ptr = zf_record_field_ptr (self, field);

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
  ZfRecordPrivate *priv = zf_record_private (self);
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
      field = zf_record_find_field (self, name + 1, NULL);
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

