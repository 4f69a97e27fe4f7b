#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include "zf-body-rules.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-bulk.h"
#include "zf-store-private.h"
#include "zf-validate.h"

gboolean
zf_store_bodies_set_domain (ZfStore     *self,
                            const char  *from,
                            const char  *to,
                            guint64     *n_changed,
                            GError     **error)
{
  static const char sql[] =
    "UPDATE body SET domain = ?2, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE domain = ?1";
  g_autofree char *clean_from = zf_text_normalize (from);
  g_autofree char *clean_to = zf_text_normalize (to);
  sqlite3_stmt *stmt;
  guint64 changed;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_body_domain_rename (clean_from, clean_to, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      zf_store_rollback (self);
      return FALSE;
    }
  zf_bind_text (stmt, 1, clean_from);
  zf_bind_text (stmt, 2, clean_to);
  if (!zf_store_exec_stmt (self, stmt, error))
    {
      zf_store_rollback (self);
      return FALSE;
    }
  changed = (guint64) sqlite3_changes64 (zf_store_get_db (self));
  zf_store_notify_changed (self, "body", 0);
  if (!zf_store_commit (self, error))
    return FALSE;
  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}
