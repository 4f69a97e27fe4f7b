#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include "zf-store-private.h"
#include "zf-util.h"

/* Schema objects dropped around a bulk write and created again after it
 * (the officers import's deferred indexes, its batches' idle triggers).
 * DDL names a schema object, which no parameter can, so it bypasses the
 * statement cache, whose keys are static texts. */

gboolean
zf_store_exec_ddl (ZfStore     *self,
                   const char  *sql,
                   GError     **error)
{
  if (sqlite3_exec (zf_store_get_db (self), sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
zf_store_drop_listed (ZfStore       *self,
                      sqlite3_stmt  *list,
                      const char    *kind,
                      GPtrArray     *definitions,
                      GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  while (sqlite3_step (list) == SQLITE_ROW)
    {
      g_ptr_array_add (names, zf_column_dup (list, 0));
      g_ptr_array_add (definitions, zf_column_dup (list, 1));
    }
  sqlite3_reset (list);

  for (guint i = 0; i < names->len; i++)
    {
      char *drop = sqlite3_mprintf ("DROP %s \"%w\"", kind, (const char *) names->pdata[i]);
      gboolean ok = zf_store_exec_ddl (self, drop, error);

      sqlite3_free (drop);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}
