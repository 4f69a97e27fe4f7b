#define G_LOG_DOMAIN "zf-import-preview-row"

#include "config.h"

#include "zf-i18n.h"
#include "zf-import-preview-row.h"

struct _ZfImportPreviewRow
{
  GObject         parent_instance;

  ZfImportStatus  status;
  char           *sheet;
  char           *row;
  char           *column;
  char           *name;
  char           *reason;
  char           *matches;
};

G_DEFINE_FINAL_TYPE (ZfImportPreviewRow, zf_import_preview_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_SHEET,
  PROP_ROW,
  PROP_RESULT,
  PROP_COLUMN,
  PROP_NAME,
  PROP_REASON,
  PROP_MATCHES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zf_import_preview_row_finalize (GObject *object)
{
  ZfImportPreviewRow *self = ZF_IMPORT_PREVIEW_ROW (object);

  g_free (self->sheet);
  g_free (self->row);
  g_free (self->column);
  g_free (self->name);
  g_free (self->reason);
  g_free (self->matches);

  G_OBJECT_CLASS (zf_import_preview_row_parent_class)->finalize (object);
}

static void
zf_import_preview_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ZfImportPreviewRow *self = ZF_IMPORT_PREVIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_SHEET:
      g_value_set_string (value, self->sheet);
      break;
    case PROP_ROW:
      g_value_set_string (value, self->row);
      break;
    case PROP_RESULT:
      g_value_set_string (value, zf_import_status_label (self->status));
      break;
    case PROP_COLUMN:
      g_value_set_string (value, self->column);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_MATCHES:
      g_value_set_string (value, self->matches);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_import_preview_row_class_init (ZfImportPreviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = zf_import_preview_row_finalize;
  object_class->get_property = zf_import_preview_row_get_property;

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, ZF_IMPORT_ROW_NEW, ZF_IMPORT_ROW_ERROR,
                      ZF_IMPORT_ROW_NEW, flags);
  properties[PROP_SHEET] = g_param_spec_string ("sheet", NULL, NULL, NULL, flags);
  properties[PROP_ROW] = g_param_spec_string ("row", NULL, NULL, NULL, flags);
  properties[PROP_RESULT] = g_param_spec_string ("result", NULL, NULL, NULL, flags);
  properties[PROP_COLUMN] = g_param_spec_string ("column", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  properties[PROP_MATCHES] = g_param_spec_string ("matches", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zf_import_preview_row_init (ZfImportPreviewRow *self)
{
}

ZfImportPreviewRow *
zf_import_preview_row_new (const ZfImportRow *row)
{
  ZfImportPreviewRow *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (ZF_TYPE_IMPORT_PREVIEW_ROW, NULL);
  self->status = row->status;
  self->sheet = g_strdup (row->sheet);
  /* A hidden row is imported like the others, but no one checking the
   * sheet in Excel saw it: the row number says so. */
  self->row = row->hidden ? g_strdup_printf (_("%u (hidden)"), row->excel_row)
                          : g_strdup_printf ("%u", row->excel_row);
  self->column = g_strdup (row->column);
  self->name = g_strdup (row->name);
  /* An update's reason is what it changes, old → new. */
  self->reason = g_strdup (row->status == ZF_IMPORT_ROW_UPDATE ? row->changes : row->message);
  self->matches = g_strdup (row->notes);
  return self;
}

ZfImportStatus
zf_import_preview_row_get_status (ZfImportPreviewRow *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_PREVIEW_ROW (self), ZF_IMPORT_ROW_ERROR);

  return self->status;
}

const char *
zf_import_preview_row_get_reason (ZfImportPreviewRow *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT_PREVIEW_ROW (self), NULL);

  return self->reason;
}
