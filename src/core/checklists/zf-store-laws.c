#define G_LOG_DOMAIN "zf-store-laws"

#include "config.h"

#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"

#define LAW_COLUMNS \
  "l.id, l.uuid, l.title, l.level, l.issuing_organ, l.doc_number, l.promulgated, " \
  "l.effective, l.amended, l.repealed, l.notes "

/* Legal force as a number, so that catalogs sort by it in SQL. */
#define LEVEL_RANK(col) \
  "CASE " col " WHEN 'law' THEN 0 WHEN 'administrative_regulation' THEN 1 " \
  "WHEN 'local_regulation' THEN 2 WHEN 'autonomous_regulation' THEN 3 " \
  "WHEN 'department_rule' THEN 4 WHEN 'local_government_rule' THEN 5 " \
  "WHEN 'normative_document' THEN 6 ELSE 7 END"

#define LAW_IDS(order) \
  "SELECT l.id FROM law l WHERE (?1 IS NULL OR instr (l.title, ?1) > 0 " \
  "OR instr (l.issuing_organ, ?1) > 0) AND (?2 IS NULL OR l.level = ?2) " \
  "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM body_catalog c WHERE c.law_id = l.id " \
  "AND c.body_id = ?3)) ORDER BY " order

static const char *const law_ids_sql[ZF_LAW_N_SORTS * 2] = {
  LAW_IDS ("l.title COLLATE pinyin, l.id"), LAW_IDS ("l.title COLLATE pinyin DESC, l.id DESC"),
  LAW_IDS (LEVEL_RANK ("l.level") ", l.title COLLATE pinyin, l.id"),
  LAW_IDS (LEVEL_RANK ("l.level") " DESC, l.title COLLATE pinyin DESC, l.id DESC"),
  LAW_IDS ("l.effective, l.title COLLATE pinyin, l.id"), LAW_IDS ("l.effective DESC, l.title COLLATE pinyin DESC, l.id DESC"),
};

static const char law_item_sql[] = "SELECT " LAW_COLUMNS "FROM law l WHERE l.id = ?1";
static const char *const law_watch[] = { "law", "body_catalog", NULL };

static const ZfQuerySpec law_spec = {
  .item_type = zf_law_get_type,
  .watch = law_watch,
  .n_sorts = ZF_LAW_N_SORTS,
  .ids_sql = law_ids_sql,
  .item_sql = law_item_sql,
};

const ZfQuerySpec *
zf_law_query_spec (void)
{
  return &law_spec;
}

gboolean
zf_store_save_law (ZfStore  *self,
                   ZfLaw    *law,
                   GError  **error)
{
  static const char insert_sql[] =
    "INSERT INTO law (title, level, issuing_organ, doc_number, promulgated, effective, amended, "
    "repealed, notes) VALUES (:title, :level, :issuing_organ, :doc_number, :promulgated, "
    ":effective, :amended, :repealed, :notes) RETURNING id, uuid";
  static const char update_sql[] =
    "UPDATE law SET title = :title, level = :level, issuing_organ = :issuing_organ, "
    "doc_number = :doc_number, promulgated = :promulgated, effective = :effective, "
    "amended = :amended, repealed = :repealed, notes = :notes, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = :id RETURNING id, uuid";
  static const char *const date_columns[] = { "promulgated", "effective", "amended", "repealed" };
  ZfRecord *record = ZF_RECORD (law);
  const char *title = zf_record_get_string (record, "title");
  const char *dates[G_N_ELEMENTS (date_columns)];

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_LAW (law), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (date_columns); i++)
    dates[i] = zf_record_get_string (record, date_columns[i]);
  if (!zf_rule_law_fields (title, zf_record_get_string (record, "level"), dates,
                           G_N_ELEMENTS (dates), error))
    return FALSE;

  return zf_store_save_record (self, record, "law", insert_sql, update_sql, error);
}

gint64
zf_store_add_law_article (ZfStore     *self,
                          gint64       law_id,
                          const char  *article,
                          const char  *content,
                          GError     **error)
{
  static const char sql[] =
    "INSERT INTO law_article (law_id, article, content) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (law_id, article) DO UPDATE SET content = coalesce (excluded.content, content) "
    "RETURNING id";
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  if (!zf_rule_law_article (article, error))
    return 0;
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, law_id);
  zf_bind_text (stmt, 2, article);
  zf_bind_text (stmt, 3, content);
  id = zf_store_step_int64 (self, stmt, error);
  if (id > 0)
    zf_store_notify_changed (self, "law_article", id);
  return id;
}

gint64
zf_store_add_catalog_entry (ZfStore     *self,
                            gint64       body_id,
                            gint64       law_id,
                            gint64       article_id,
                            const char  *sections,
                            const char  *cooperating,
                            GError     **error)
{
  static const char check_sql[] =
    "SELECT (SELECT count(*) FROM body WHERE id = ?1), (SELECT count(*) FROM law WHERE id = ?2), "
    "(?3 IS NULL OR EXISTS (SELECT 1 FROM law_article WHERE id = ?3 AND law_id = ?2))";
  static const char insert_sql[] =
    "INSERT INTO body_catalog (body_id, law_id, article_id, sections, cooperating) "
    "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id";
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  gint64 id = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  if (!zf_store_begin (self, error))
    return 0;
  stmt = zf_store_prepare (self, check_sql, error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, body_id);
  sqlite3_bind_int64 (stmt, 2, law_id);
  zf_bind_id (stmt, 3, article_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ok = sqlite3_column_int (stmt, 0) == 1 && sqlite3_column_int (stmt, 1) == 1 &&
         sqlite3_column_int (stmt, 2) == 1;
  sqlite3_reset (stmt);
  if (!ok)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                   _("The body, the law or the article no longer exists, or the article "
                     "belongs to another law."));
      goto out;
    }

  stmt = zf_store_prepare (self, insert_sql, error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, body_id);
  sqlite3_bind_int64 (stmt, 2, law_id);
  zf_bind_id (stmt, 3, article_id);
  zf_bind_text (stmt, 4, sections);
  zf_bind_text (stmt, 5, cooperating);
  id = zf_store_step_int64 (self, stmt, error);

out:
  if (id == 0)
    {
      zf_store_rollback (self);
      return 0;
    }
  zf_store_notify_changed (self, "body_catalog", id);
  return zf_store_commit (self, error) ? id : 0;
}

gboolean
zf_store_check_catalog (ZfStore     *self,
                        gint64       body_id,
                        const char  *today,
                        GPtrArray   *findings,
                        GError     **error)
{
  static const char sql[] =
    "SELECT l.title, l.level, a.article, l.repealed FROM body_catalog c "
    "JOIN law l ON l.id = c.law_id LEFT JOIN law_article a ON a.id = c.article_id "
    "WHERE c.body_id = ?1 ORDER BY c.id";
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (ZfCatalogLine));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfCatalogLine line;

      line.title = zf_column_dup (stmt, 0);
      line.level = zf_column_dup (stmt, 1);
      line.article = zf_column_dup (stmt, 2);
      line.repealed = zf_column_dup (stmt, 3);
      g_ptr_array_add (strings, (char *) line.title);
      g_ptr_array_add (strings, (char *) line.level);
      g_ptr_array_add (strings, (char *) line.article);
      g_ptr_array_add (strings, (char *) line.repealed);
      g_array_append_val (lines, line);
    }
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  zf_rule_catalog_common_laws ((ZfCatalogLine *) lines->data, lines->len, findings);
  zf_rule_catalog_not_repealed ((ZfCatalogLine *) lines->data, lines->len, today, findings);
  return TRUE;
}

gboolean
zf_store_catalog_rows (ZfStore  *self,
                       gint64    body_id,
                       GArray    *ids,
                       ZfTable  *table,
                       GError  **error)
{
  static const char sql[] =
    "SELECT b.name, l.level, l.title, l.issuing_organ, l.doc_number, l.promulgated, l.effective, "
    "l.amended, l.repealed, a.article, CASE WHEN c.article_id IS NOT NULL THEN a.content "
    /* A law held whole: its articles and their texts, on the law's
     * first such row only. */
    "WHEN row_number () OVER (PARTITION BY c.law_id, c.article_id IS NULL ORDER BY "
    "b.name COLLATE pinyin, b.id, c.id) = 1 THEN " ZF_LAW_TEXT_OF ("l.id") " END, "
    "c.sections, c.cooperating FROM body_catalog c "
    "JOIN body b ON b.id = c.body_id JOIN law l ON l.id = c.law_id "
    "LEFT JOIN law_article a ON a.id = c.article_id "
    "WHERE (?1 IS NULL OR c.body_id = ?1) "
    "AND (?2 IS NULL OR l.id IN (SELECT value FROM json_each (?2))) "
    "ORDER BY b.name COLLATE pinyin, b.id, " LEVEL_RANK ("l.level") ", l.title COLLATE pinyin, a.id";

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  return zf_checklists_fill_rows (self, sql, body_id, ids, table, error);
}

static GPtrArray *
read_articles (ZfStore       *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_article_ref_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfArticleRef *ref = g_new0 (ZfArticleRef, 1);

      ref->id = sqlite3_column_int64 (stmt, 0);
      ref->law_id = sqlite3_column_int64 (stmt, 1);
      ref->title = zf_column_dup (stmt, 2);
      ref->level = zf_column_dup (stmt, 3);
      ref->article = zf_column_dup (stmt, 4);
      ref->content = zf_column_dup (stmt, 5);
      ref->repealed = zf_column_dup (stmt, 6);
      g_ptr_array_add (refs, ref);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&refs);
}

#define ARTICLE_COLUMNS \
  "SELECT a.id, l.id, l.title, l.level, a.article, a.content, l.repealed " \
  "FROM law_article a JOIN law l ON l.id = a.law_id "

GPtrArray *
zf_store_list_law_articles (ZfStore  *self,
                            gint64    law_id,
                            GError  **error)
{
  static const char sql[] = ARTICLE_COLUMNS "WHERE a.law_id = ?1 ORDER BY a.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, law_id);
  return read_articles (self, stmt, error);
}

GPtrArray *
zf_store_list_catalog_articles (ZfStore  *self,
                                gint64    body_id,
                                GError  **error)
{
  /* The same containment as check_basis() in zf-store-matters.c, so that
   * what the editor offers is what the save accepts. */
  static const char sql[] =
    ARTICLE_COLUMNS "WHERE EXISTS (SELECT 1 FROM body_catalog c WHERE c.body_id = ?1 "
    "AND c.law_id = l.id AND (c.article_id IS NULL OR c.article_id = a.id)) "
    "ORDER BY " LEVEL_RANK ("l.level") ", l.title COLLATE pinyin, l.id, a.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, body_id);
  return read_articles (self, stmt, error);
}

gboolean
zf_store_save_law_with_articles (ZfStore           *self,
                                 ZfLaw             *law,
                                 const char *const *articles,
                                 const char *const *contents,
                                 guint              n_articles,
                                 gint64             catalog_body_id,
                                 const char        *sections,
                                 const char        *cooperating,
                                 GError           **error)
{
  static const char in_catalog_sql[] =
    "SELECT EXISTS (SELECT 1 FROM body_catalog WHERE body_id = ?1 AND law_id = ?2 "
    "AND article_id IS NULL)";
  sqlite3_stmt *stmt;
  gboolean present = FALSE;
  gboolean is_new;
  gint64 law_id;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZF_IS_LAW (law), FALSE);

  is_new = zf_record_get_id (ZF_RECORD (law)) <= 0;
  if (!zf_store_begin (self, error))
    return FALSE;
  if (!zf_store_save_law (self, law, error))
    goto fail;
  law_id = zf_record_get_id (ZF_RECORD (law));
  for (guint i = 0; i < n_articles; i++)
    if (zf_store_add_law_article (self, law_id, articles[i], contents ? contents[i] : NULL,
                                  error) == 0)
      goto fail;

  if (catalog_body_id > 0)
    {
      stmt = zf_store_prepare (self, in_catalog_sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, catalog_body_id);
      sqlite3_bind_int64 (stmt, 2, law_id);
      present = zf_store_step_int64 (self, stmt, NULL) != 0;
      if (!present && zf_store_add_catalog_entry (self, catalog_body_id, law_id, 0, sections,
                                                  cooperating, error) == 0)
        goto fail;
    }
  return zf_store_commit (self, error);

fail:
  /* The rollback takes back the id a new law was given: a second attempt
   * must insert again. */
  zf_store_rollback (self);
  if (is_new)
    zf_record_set_id (ZF_RECORD (law), 0);
  return FALSE;
}

void
zf_article_ref_free (ZfArticleRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->title);
  g_free (ref->level);
  g_free (ref->article);
  g_free (ref->content);
  g_free (ref->repealed);
  g_free (ref);
}
