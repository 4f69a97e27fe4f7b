#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include "zf-store-private.h"

/* The settings table: numbers and texts by key, each with its fallback
 * when the key is not stored. */

static char *
setting_text (ZfStore    *self,
              const char *key)
{
  static const char sql[] = "SELECT value FROM setting WHERE key = ?1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = zf_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

gint64
zf_store_get_setting_int (ZfStore    *self,
                          const char *key,
                          gint64      fallback)
{
  g_autofree char *text = NULL;
  gint64 value;

  g_return_val_if_fail (ZF_IS_STORE (self), fallback);

  text = setting_text (self, key);
  if (text == NULL || !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, NULL))
    return fallback;
  return value;
}

/* A text setting, newly allocated, or NULL when it is not set or empty. */
char *
zf_store_get_setting_text (ZfStore    *self,
                           const char *key)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  text = setting_text (self, key);
  if (text == NULL || *g_strstrip (text) == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

gboolean
zf_store_set_setting_text (ZfStore     *self,
                           const char  *key,
                           const char  *value,
                           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value ? value : ""));

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!zf_store_set_setting (self, key, stripped, error))
    return FALSE;
  /* The user's own name is who the audit log, draws and evaluations name. */
  if (g_str_equal (key, ZF_SETTING_USER_NAME) && *stripped != '\0')
    zf_store_set_operator (self, stripped);
  return TRUE;
}

double
zf_store_get_setting_double (ZfStore    *self,
                             const char *key,
                             double      fallback)
{
  g_autofree char *text = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (ZF_IS_STORE (self), fallback);

  text = setting_text (self, key);
  if (text == NULL)
    return fallback;
  value = g_ascii_strtod (text, &end);
  return (end != text && *end == '\0') ? value : fallback;
}

gboolean
zf_store_set_setting (ZfStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  static const char sql[] =
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, key);
  sqlite3_bind_text (stmt, 2, value ? value : "", -1, SQLITE_TRANSIENT);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_store_notify_changed (self, "setting", 0);
  return TRUE;
}
