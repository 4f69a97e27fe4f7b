#define G_LOG_DOMAIN "zf-store-standards"

#include "config.h"

#include "zf-error.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-store-private.h"
#include "zf-store-standards.h"

static const char header_sql[] =
  "SELECT id, family, category, name, version, total_points, excellent_min, pass_min, "
  "rounding FROM standard WHERE id = ?1";

static ZfStandard *
standard_from_stmt (sqlite3_stmt *stmt)
{
  ZfStandard *s = zf_standard_new ();

  s->id = sqlite3_column_int64 (stmt, 0);
  s->family = zf_column_dup (stmt, 1);
  g_free (s->category);
  s->category = zf_column_dup (stmt, 2);
  s->name = zf_column_dup (stmt, 3);
  s->version = sqlite3_column_int (stmt, 4);
  s->total_points = sqlite3_column_double (stmt, 5);
  s->excellent_min = sqlite3_column_double (stmt, 6);
  s->pass_min = sqlite3_column_double (stmt, 7);
  g_free (s->rounding);
  s->rounding = zf_column_dup (stmt, 8);
  return s;
}

ZfStandard *
zf_store_get_standard (ZfStore  *self,
                       gint64    id,
                       GError  **error)
{
  static const char groups_sql[] =
    "SELECT id, name, points FROM standard_group WHERE standard_id = ?1 ORDER BY position, id";
  /* Veto items first, then the groups' items, as the form shows them. */
  static const char items_sql[] =
    "SELECT i.id, i.group_id, i.name, i.description, i.max_points, i.deduction_step, i.is_veto "
    "FROM standard_item i LEFT JOIN standard_group g ON g.id = i.group_id "
    "WHERE i.standard_id = ?1 ORDER BY i.is_veto DESC, g.position, i.position, i.id";
  g_autoptr(ZfStandard) s = NULL;
  g_autoptr(GHashTable) group_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, header_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    s = standard_from_stmt (stmt);
  sqlite3_reset (stmt);
  if (s == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The scoring standard no longer exists."));
      return NULL;
    }

  if ((stmt = zf_store_prepare (self, groups_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfStandardGroup *g = zf_standard_add_group (s, (const char *) sqlite3_column_text (stmt, 1),
                                                  sqlite3_column_double (stmt, 2));
      g->id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (group_ids, g->id);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < group_ids->len; i++)
    g_hash_table_insert (group_index, &g_array_index (group_ids, gint64, i), GUINT_TO_POINTER (i + 1));

  if ((stmt = zf_store_prepare (self, items_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 group_id = sqlite3_column_int64 (stmt, 1);
      gboolean veto = sqlite3_column_int (stmt, 6) != 0;
      int group = veto ? -1 : (int) GPOINTER_TO_UINT (g_hash_table_lookup (group_index, &group_id)) - 1;
      ZfStandardItem *item;

      if (!veto && group < 0)
        continue;
      item = zf_standard_add_item (s, group, (const char *) sqlite3_column_text (stmt, 2),
                                   (const char *) sqlite3_column_text (stmt, 3),
                                   sqlite3_column_double (stmt, 4), sqlite3_column_double (stmt, 5));
      item->id = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&s);
}

gint64
zf_store_count_standard_uses (ZfStore *self,
                              gint64   standard_id)
{
  static const char sql[] = "SELECT count(*) FROM evaluation WHERE standard_id = ?1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, standard_id);
  n = zf_store_step_int64 (self, stmt, NULL);
  return n;
}

/* Writes groups and items of @s under its id; ids are filled in. */
static gboolean
insert_contents (ZfStore     *self,
                 ZfStandard  *s,
                 GError     **error)
{
  static const char group_sql[] =
    "INSERT INTO standard_group (standard_id, name, points, position) VALUES (?1, ?2, ?3, ?4) "
    "RETURNING id";
  static const char item_sql[] =
    "INSERT INTO standard_item (standard_id, group_id, name, description, max_points, "
    "deduction_step, is_veto, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id";
  sqlite3_stmt *stmt;

  for (guint i = 0; i < s->groups->len; i++)
    {
      ZfStandardGroup *g = s->groups->pdata[i];

      if ((stmt = zf_store_prepare (self, group_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, s->id);
      zf_bind_text (stmt, 2, g->name);
      sqlite3_bind_double (stmt, 3, g->points);
      sqlite3_bind_int (stmt, 4, i);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          zf_store_set_error (self, error);
          sqlite3_reset (stmt);
          return FALSE;
        }
      g->id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }

  for (guint i = 0; i < s->items->len; i++)
    {
      ZfStandardItem *it = s->items->pdata[i];

      if ((stmt = zf_store_prepare (self, item_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, s->id);
      if (it->is_veto)
        sqlite3_bind_null (stmt, 2);
      else
        sqlite3_bind_int64 (stmt, 2, ((ZfStandardGroup *) s->groups->pdata[it->group])->id);
      zf_bind_text (stmt, 3, it->name);
      zf_bind_text (stmt, 4, it->description);
      sqlite3_bind_double (stmt, 5, it->max_points);
      sqlite3_bind_double (stmt, 6, it->deduction_step);
      sqlite3_bind_int (stmt, 7, it->is_veto);
      sqlite3_bind_int (stmt, 8, i);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          zf_store_set_error (self, error);
          sqlite3_reset (stmt);
          return FALSE;
        }
      it->id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
insert_header (ZfStore     *self,
               ZfStandard  *s,
               GError     **error)
{
  static const char sql[] =
    "INSERT INTO standard (family, category, name, version, total_points, excellent_min, "
    "pass_min, rounding, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1) RETURNING id";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, s->family);
  zf_bind_text (stmt, 2, s->category);
  zf_bind_text (stmt, 3, s->name);
  sqlite3_bind_int (stmt, 4, s->version);
  sqlite3_bind_double (stmt, 5, s->total_points);
  sqlite3_bind_double (stmt, 6, s->excellent_min);
  sqlite3_bind_double (stmt, 7, s->pass_min);
  zf_bind_text (stmt, 8, s->rounding);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  s->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Long: one transaction that writes a new version of the standard with its
 * groups and items. */
gboolean
zf_store_save_standard (ZfStore     *self,
                        ZfStandard  *standard,
                        GError     **error)
{
  static const char deactivate_sql[] = "UPDATE standard SET active = 0 WHERE family = ?1";
  static const char next_version_sql[] =
    "SELECT coalesce (max (version), 0) + 1 FROM standard WHERE family = ?1";
  static const char update_sql[] =
    "UPDATE standard SET category = ?2, name = ?3, total_points = ?4, excellent_min = ?5, "
    "pass_min = ?6, rounding = ?7, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?1";
  static const char clear_sql[] = "DELETE FROM standard_group WHERE standard_id = ?1";
  static const char clear_items_sql[] = "DELETE FROM standard_item WHERE standard_id = ?1";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  sqlite3_stmt *stmt;
  gboolean new_version;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  zf_standard_validate (standard, findings);
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  if (standard->family == NULL || *standard->family == '\0')
    {
      g_free (standard->family);
      standard->family = g_strdup_printf ("%s-%" G_GINT64_FORMAT, standard->category,
                                          g_get_real_time ());
    }
  new_version = standard->id <= 0 || zf_store_count_standard_uses (self, standard->id) > 0;

  if (!zf_store_begin (self, error))
    return FALSE;

  if (new_version)
    {
      if ((stmt = zf_store_prepare (self, next_version_sql, error)) == NULL)
        goto fail;
      zf_bind_text (stmt, 1, standard->family);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        standard->version = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);

      if ((stmt = zf_store_prepare (self, deactivate_sql, error)) == NULL)
        goto fail;
      zf_bind_text (stmt, 1, standard->family);
      if (!zf_store_exec_stmt (self, stmt, error) || !insert_header (self, standard, error))
        goto fail;
    }
  else
    {
      if ((stmt = zf_store_prepare (self, update_sql, error)) == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, standard->id);
      zf_bind_text (stmt, 2, standard->category);
      zf_bind_text (stmt, 3, standard->name);
      sqlite3_bind_double (stmt, 4, standard->total_points);
      sqlite3_bind_double (stmt, 5, standard->excellent_min);
      sqlite3_bind_double (stmt, 6, standard->pass_min);
      zf_bind_text (stmt, 7, standard->rounding);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
      /* Items first: they point at the groups. */
      if ((stmt = zf_store_prepare (self, clear_items_sql, error)) == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, standard->id);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
      if ((stmt = zf_store_prepare (self, clear_sql, error)) == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, standard->id);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  if (!insert_contents (self, standard, error))
    goto fail;

  zf_store_notify_changed (self, "standard", standard->id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

ZfStandard *
zf_store_get_current_standard (ZfStore     *self,
                               const char  *category,
                               GError     **error)
{
  static const char sql[] =
    "SELECT id FROM standard WHERE category = ?1 AND active = 1 "
    "ORDER BY family LIKE 'default-%' DESC, version DESC, id DESC LIMIT 1";
  g_autoptr(ZfStandard) fresh = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  zf_bind_text (stmt, 1, category);
  id = zf_store_step_int64 (self, stmt, NULL);
  if (id > 0)
    return zf_store_get_standard (self, id, error);

  fresh = zf_standard_new_default (category,
                                   zf_store_get_setting_double (self, "grade_excellent_min", 90),
                                   zf_store_get_setting_double (self, "grade_pass_min", 60));
  if (fresh->name == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("Unknown case category “%s”."), category);
      return NULL;
    }
  if (!zf_store_save_standard (self, fresh, error))
    return NULL;
  return g_steal_pointer (&fresh);
}

GPtrArray *
zf_store_list_standards (ZfStore  *self,
                         GError  **error)
{
  static const char sql[] =
    "SELECT id, family, category, name, version, total_points, excellent_min, pass_min, "
    "rounding FROM standard ORDER BY active DESC, category, family, version DESC";
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_standard_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, standard_from_stmt (stmt));
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

gboolean
zf_store_check_standards (ZfStore            *self,
                          ZfRowFindingsFunc   func,
                          gpointer            user_data,
                          GError            **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((list = zf_store_list_standards (self, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const ZfStandard *header = list->pdata[i];
      g_autoptr(ZfStandard) standard = zf_store_get_standard (self, header->id, error);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autofree char *subject = NULL;

      if (standard == NULL)
        return FALSE;
      zf_standard_validate (standard, findings);
      if (findings->len == 0)
        continue;
      /* TRANSLATORS: a scoring standard in the findings of a check: its name and version. */
      subject = g_strdup_printf (_("%s, version %d"), standard->name ? standard->name : "",
                                 standard->version);
      if (!func (0, subject, findings, user_data))
        break;
    }
  return TRUE;
}
