#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ZF_TYPE_RECORD (zf_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (ZfRecord, zf_record, ZF, RECORD, GObject)

typedef enum
{
  ZF_FIELD_STRING,
  ZF_FIELD_INT,     /* gint64 */
  ZF_FIELD_DOUBLE,  /* gdouble; NaN means "not set" */
  ZF_FIELD_BOOL,    /* gboolean */
} ZfFieldType;

/* One column of a register. The column name (snake_case) is also the SQL
 * column and the named parameter ":column" in the store's statements; the
 * property name is the same with '-' for '_'. */
typedef struct
{
  const char  *column;
  ZfFieldType  type;
  gsize        offset;
} ZfField;

struct _ZfRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const ZfField *fields;
  guint          n_fields;
  GParamSpec   **pspecs;
  GHashTable    *field_index;   /* column → index + 1 */
};

/* Call from a subclass's class_init: installs one property per field and
 * takes over get/set_property and the freeing of string fields. */
void          zf_record_class_install_fields (ZfRecordClass *klass,
                                              const ZfField *fields,
                                              guint          n_fields);

gint64        zf_record_get_id               (ZfRecord      *self);
void          zf_record_set_id               (ZfRecord      *self,
                                              gint64         id);
const char   *zf_record_get_uuid             (ZfRecord      *self);

const char   *zf_record_get_string           (ZfRecord      *self,
                                              const char    *column);
void          zf_record_set_string           (ZfRecord      *self,
                                              const char    *column,
                                              const char    *value);
gint64        zf_record_get_int              (ZfRecord      *self,
                                              const char    *column);
void          zf_record_set_int              (ZfRecord      *self,
                                              const char    *column,
                                              gint64         value);
double        zf_record_get_double           (ZfRecord      *self,
                                              const char    *column);
void          zf_record_set_double           (ZfRecord      *self,
                                              const char    *column,
                                              double         value);

/* A JSON-free copy for the dialogs' "cancel": a new record of the same type. */
ZfRecord     *zf_record_copy                 (ZfRecord      *self);

/* How many records exist right now: lets tests prove the list models build
 * only the rows that are asked for. */
guint         zf_record_get_n_instances      (void);

G_END_DECLS
