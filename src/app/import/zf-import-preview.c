#define G_LOG_DOMAIN "zf-import-preview"

#include "config.h"

#include "zf-import-preview-row.h"
#include "zf-import-preview.h"

struct _ZfImportPreview
{
  GObject   parent_instance;

  ZfImport *import;
  guint     n_items;
};

static GType
zf_import_preview_get_item_type (GListModel *model)
{
  return ZF_TYPE_IMPORT_PREVIEW_ROW;
}

static guint
zf_import_preview_get_n_items (GListModel *model)
{
  return ZF_IMPORT_PREVIEW (model)->n_items;
}

static gpointer
zf_import_preview_get_item (GListModel *model,
                            guint       position)
{
  ZfImportPreview *self = ZF_IMPORT_PREVIEW (model);

  if (position >= self->n_items)
    return NULL;
  return zf_import_preview_row_new (zf_import_get_row (self->import, position));
}

static void
zf_import_preview_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zf_import_preview_get_item_type;
  iface->get_n_items = zf_import_preview_get_n_items;
  iface->get_item = zf_import_preview_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ZfImportPreview, zf_import_preview, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      zf_import_preview_list_model_init))

static void
zf_import_preview_dispose (GObject *object)
{
  ZfImportPreview *self = ZF_IMPORT_PREVIEW (object);

  g_clear_object (&self->import);

  G_OBJECT_CLASS (zf_import_preview_parent_class)->dispose (object);
}

static void
zf_import_preview_class_init (ZfImportPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zf_import_preview_dispose;
}

static void
zf_import_preview_init (ZfImportPreview *self)
{
}

ZfImportPreview *
zf_import_preview_new (void)
{
  return g_object_new (ZF_TYPE_IMPORT_PREVIEW, NULL);
}

void
zf_import_preview_set_import (ZfImportPreview *self,
                              ZfImport        *import)
{
  guint removed;

  g_return_if_fail (ZF_IS_IMPORT_PREVIEW (self));
  g_return_if_fail (import == NULL || ZF_IS_IMPORT (import));

  /* State first, then one exact emission. */
  removed = self->n_items;
  g_set_object (&self->import, import);
  self->n_items = import ? zf_import_get_n_rows (import) : 0;
  if (removed > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}
