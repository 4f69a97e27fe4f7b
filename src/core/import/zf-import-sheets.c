#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-private.h"
#include "zf-store-import.h"

/* The parts of an import: the other registers of a matters workbook, each
 * on a sheet of its own (the transfers, the duty assignments), read with
 * the matters (zf-import-read.c). A transfer or a duty names matters the
 * same file may bring, so each part is planned against the register as
 * the commit will leave it: the rows accepted before it are written in a
 * transaction that is rolled back, and the commit writes the same rows
 * in the same order in its own. */

guint
zf_import_get_n_parts (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), 0);

  return 1 + self->parts->len;
}

ZfImport *
zf_import_get_part (ZfImport *self,
                    guint     index)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index <= self->parts->len, NULL);

  return index == 0 ? self : self->parts->pdata[index - 1];
}

const char *
zf_import_get_sheet (ZfImport *self)
{
  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  return self->sheet;
}

gboolean
zf_import_plan_parts (ZfImport      *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  gboolean ok;

  if (self->parts->len == 0)
    return TRUE;
  if (!zf_store_begin (self->store, error))
    return FALSE;
  /* As the commit writes: no row audited, the bulk settings on. */
  zf_store_set_audit_rows (self->store, FALSE);
  zf_store_import_set_bulk (self->store, TRUE);
  ok = zf_import_write_rows (self, 0, cancellable, NULL, NULL, error);
  for (guint i = 0; ok && i < self->parts->len; i++)
    {
      ZfImport *part = self->parts->pdata[i];

      ok = zf_import_plan (part, cancellable, NULL, NULL, error) &&
           zf_import_write_rows (part, 0, cancellable, NULL, NULL, error);
    }
  zf_store_set_audit_rows (self->store, TRUE);
  zf_store_import_set_bulk (self->store, FALSE);
  zf_store_rollback (self->store);
  return ok;
}

gboolean
zf_import_commit_parts (ZfImport          *self,
                        guint              total,
                        GCancellable      *cancellable,
                        ZfImportProgress   progress,
                        gpointer           user_data,
                        GError           **error)
{
  for (guint i = 0; i < self->parts->len; i++)
    if (!zf_import_write_rows (self->parts->pdata[i], total, cancellable, progress, user_data,
                               error))
      return FALSE;
  return TRUE;
}

char *
zf_import_describe_sheets (ZfImport *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (ZF_IS_IMPORT (self), NULL);

  if (self->parts->len == 0)
    return NULL;
  for (guint i = 0; i <= self->parts->len; i++)
    {
      ZfImport *part = zf_import_get_part (self, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Sheet “%s” (%s): %u new, %u updated, %u unchanged, "
                                      "%u refused."),
                              part->sheet ? part->sheet : "", _(part->reg->label),
                              zf_import_count_own (part, ZF_IMPORT_ROW_NEW),
                              zf_import_count_own (part, ZF_IMPORT_ROW_UPDATE),
                              zf_import_count_own (part, ZF_IMPORT_ROW_UNCHANGED),
                              zf_import_count_own (part, ZF_IMPORT_ROW_ERROR));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
