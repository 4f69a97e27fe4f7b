#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-evaluations-private.h"
#include "zf-import-normalize.h"
#include "zf-store-import-evaluations.h"
#include "zf-store-standards.h"

/* The scoring standards the rows of an evaluations file name: found by
 * name and version, or the default one of a category none is stored
 * for, created by the first evaluation written under it. */

/* The default standard named @name when none of its category is stored:
 * evaluations exported from a register that used it come back into a
 * new one, which creates it when it is first used. */
static ZfStandard *
default_standard_named (ZfStore    *store,
                        const char *name)
{
  static const char *const categories[] = { "penalty", "coercion", "licensing", "inspection" };

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      g_autoptr(ZfStandard) s = zf_standard_new_default (categories[c], 90, 60);

      if (g_strcmp0 (s->name, name) != 0 || zf_store_import_has_standard (store, categories[c]))
        continue;
      for (guint i = 0; i < s->items->len; i++)
        ((ZfStandardItem *) s->items->pdata[i])->id = -(gint64) (i + 1);
      return g_steal_pointer (&s);
    }
  return NULL;
}

StandardEntry *
zf_import_eval_resolve_standard (EvalPlan   *p,
                                 const char *name,
                                 const char *version_text)
{
  ZfImport *self = p->self;
  int version = version_text ? (int) g_ascii_strtoll (version_text, NULL, 10) : 0;
  g_autofree char *key = g_strdup_printf ("%s\x1f%d", name, version);
  StandardEntry *entry = g_hash_table_lookup (p->standards, key);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (entry != NULL)
    return entry;
  entry = g_new0 (StandardEntry, 1);
  g_hash_table_insert (p->standards, g_steal_pointer (&key), entry);

  ids = zf_store_import_standards_named (self->store, name, version, &error);
  if (ids == NULL)
    entry->refusal = g_strdup (error->message);
  else if (ids->len > 1)
    entry->refusal = version > 0
      ? g_strdup_printf (_("More than one stored standard is named “%s” with version %d; "
                           "rename one of them in the standards editor."), name, version)
      : g_strdup_printf (_("There are %u versions of the standard “%s”: give the version in "
                           "the column “%s”."), ids->len, name,
                         zf_import_eval_label (self, "standard_version"));
  else if (ids->len == 1)
    {
      entry->standard = zf_store_get_standard (self->store, g_array_index (ids, gint64, 0), &error);
      if (entry->standard == NULL)
        entry->refusal = g_strdup (error->message);
    }
  else if (version <= 1 && (entry->standard = default_standard_named (self->store, name)) != NULL)
    entry->is_default = TRUE;
  else if (version > 0)
    entry->refusal = g_strdup_printf (_("There is no scoring standard “%s” version %d; set it "
                                        "up in the standards editor first."), name, version);
  else
    entry->refusal = g_strdup_printf (_("There is no scoring standard “%s”; set it up in the "
                                        "standards editor first."), name);
  return entry;
}

/* The item of @standard named @name, or NULL with @refusal set. */
ZfStandardItem *
zf_import_eval_find_item (ZfStandard  *standard,
                          const char  *name,
                          char       **refusal)
{
  ZfStandardItem *found = NULL;

  for (guint i = 0; i < standard->items->len; i++)
    {
      ZfStandardItem *item = standard->items->pdata[i];
      g_autofree char *have = zf_import_text (item->name);

      if (strcmp (have, name) != 0)
        continue;
      if (found != NULL)
        {
          *refusal = g_strdup_printf (_("The standard “%s” version %d has more than one item "
                                        "named “%s”; rename one in the standards editor."),
                                      standard->name, standard->version, name);
          return NULL;
        }
      found = item;
    }
  if (found == NULL)
    *refusal = g_strdup_printf (_("The standard “%s” version %d has no item “%s”."),
                                standard->name, standard->version, name);
  return found;
}

/* The default standard a row named, created now if it is still missing:
 * the first evaluation under it creates it, as the evaluation form does. */
ZfStandard *
zf_import_eval_standard_for_write (ZfImport     *self,
                                   char *const  *values,
                                   GError      **error)
{
  gint64 id = g_ascii_strtoll (V ("standard_id"), NULL, 10);
  ZfStandard *standard;

  if (id > 0)
    return zf_store_get_standard (self->store, id, error);
  standard = zf_store_get_current_standard (self->store, V ("standard_category"), error);
  if (standard != NULL && g_strcmp0 (standard->name, V ("standard")) != 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_FAILED,
                   _("The standard “%s” changed during the import; import again."), V ("standard"));
      g_clear_pointer (&standard, zf_standard_free);
    }
  return standard;
}

