#define G_LOG_DOMAIN "zf-store-officer-names"

#include "config.h"

#include <string.h>

#include "zf-store-officer-names.h"
#include "zf-store-private.h"

struct _ZfOfficerNames
{
  GHashTable *sections;         /* gint64 * id → char * name */
  GHashTable *posts;
  int         section_column;   /* of the stream's statement, or -1 */
  int         post_column;
};

static GHashTable *
read_names (ZfStore     *store,
            const char  *sql,
            GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, g_free);
  sqlite3_stmt *stmt = zf_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

static int
column_index (sqlite3_stmt *stmt,
              const char   *name)
{
  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    if (strcmp (sqlite3_column_name (stmt, c), name) == 0)
      return c;
  return -1;
}

ZfOfficerNames *
zf_officer_names_new (ZfStore       *store,
                      sqlite3_stmt  *stream,
                      GError       **error)
{
  static const char sections_sql[] = "SELECT id, name FROM section";
  static const char posts_sql[] = "SELECT id, name FROM post";
  g_autoptr(ZfOfficerNames) self = g_new0 (ZfOfficerNames, 1);

  self->section_column = column_index (stream, "section_id");
  self->post_column = column_index (stream, "post_id");
  if ((self->sections = read_names (store, sections_sql, error)) == NULL ||
      (self->posts = read_names (store, posts_sql, error)) == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

static const char *
lookup (GHashTable   *names,
        sqlite3_stmt *stream,
        int           column)
{
  gint64 id;

  if (column < 0 || sqlite3_column_type (stream, column) == SQLITE_NULL)
    return NULL;
  id = sqlite3_column_int64 (stream, column);
  return g_hash_table_lookup (names, &id);
}

void
zf_officer_names_fill (ZfOfficerNames *self,
                       sqlite3_stmt   *stream,
                       ZfOfficer      *officer)
{
  ZfRecord *r = ZF_RECORD (officer);

  zf_record_set_string (r, "section_name", lookup (self->sections, stream, self->section_column));
  zf_record_set_string (r, "post_name", lookup (self->posts, stream, self->post_column));
}

void
zf_officer_names_free (ZfOfficerNames *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->sections, g_hash_table_unref);
  g_clear_pointer (&self->posts, g_hash_table_unref);
  g_free (self);
}
