#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include <string.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-articles.h"
#include "zf-store-checklists-private.h"
#include "zf-store-import-private.h"

/* The importer's checklists: the matters with their basis, section and
 * post, the catalog of legal bases (a law or article a body's catalog
 * holds) and the transfers of matters. */

/* --- matters --------------------------------------------------------------- */

/* The basis as the import compares it: each article as the register
 * names it (ZF_ARTICLE_LABEL_OF(): 《title》article, with the law's
 * document number after the title where two laws share it), in byte
 * order, separated by "；" (the plan writes a file's cell so). */
#define MATTER_BASIS_KEY \
  "(SELECT group_concat (line, '；') FROM (SELECT " ZF_ARTICLE_LABEL_OF ("mb.article_id") \
  " AS line FROM matter_basis mb WHERE mb.matter_id = m.id ORDER BY line)) AS basis"

#define MATTER_SELECT \
  "SELECT m.id, b.name AS body_name, m.code, m.name, m.category, " MATTER_BASIS_KEY ", " \
  "(SELECT name FROM section WHERE id = m.section_id) AS section_name, " \
  "(SELECT name FROM post WHERE id = m.post_id) AS post_name, m.cooperating, " \
  "m.time_limit_days, m.time_limit_text, m.responsibility, m.accountability, m.supervision_phone, m.status, " \
  "m.enforcement_category, m.notes FROM matter m JOIN body b ON b.id = m.body_id "

static const char matter_by_code_sql[] =
  MATTER_SELECT "WHERE m.body_id = " BODY_ID (":body_name") " AND m.code = :code";
static const char matter_by_name_sql[] =
  MATTER_SELECT "WHERE m.body_id = " BODY_ID (":body_name") " AND m.name = :name "
  "ORDER BY m.id LIMIT 1";

static const char matter_insert_sql[] =
  "INSERT INTO matter (body_id, code, name, category, section_id, post_id, cooperating, "
  "time_limit_days, time_limit_text, responsibility, accountability, supervision_phone, status, "
  "enforcement_category, notes) "
  "VALUES (" BODY_ID (":body_name") ", :code, :name, :category, :section_id, :post_id, "
  ":cooperating, :time_limit_days, :time_limit_text, :responsibility, :accountability, "
  ":supervision_phone, coalesce (:status, 'active'), :enforcement_category, :notes) RETURNING id";

static const char matter_update_sql[] =
  "UPDATE matter SET body_id = " BODY_ID (":body_name") ", code = :code, name = :name, "
  "category = :category, section_id = :section_id, post_id = :post_id, "
  "cooperating = :cooperating, time_limit_days = :time_limit_days, "
  "time_limit_text = :time_limit_text, "
  "responsibility = :responsibility, accountability = :accountability, "
  "supervision_phone = :supervision_phone, status = coalesce (:status, status), "
  "enforcement_category = :enforcement_category, notes = :notes, " TOUCH " WHERE id = :id "
  "RETURNING id";

/* The laws of title ?2 in the catalog of the body named ?1 that holds
 * them whole or holds article ?3 of them, of document number or
 * promulgation date ?4 (NULL: any): the law, how the register names it
 * (with the document number, else the date, when another law has its
 * title) and its repeal date. The same query decides in the plan and in
 * the commit. */
static const char catalog_law_sql[] =
  "SELECT c.law_id, '《' || l.title || '》' || CASE WHEN EXISTS (SELECT 1 FROM law twin "
  "WHERE twin.title = l.title AND twin.id <> l.id) THEN '（' || coalesce (l.doc_number, "
  "l.promulgated, '') || '）' ELSE '' END, l.repealed FROM body_catalog c "
  "JOIN law l ON l.id = c.law_id LEFT JOIN law_article a ON a.id = c.article_id "
  "WHERE c.body_id = " BODY_ID ("?1") " AND l.title = ?2 AND (c.article_id IS NULL "
  "OR a.article = ?3) AND (?4 IS NULL OR l.doc_number = ?4 OR l.promulgated = ?4) "
  "GROUP BY c.law_id ORDER BY c.law_id";

/* Steps catalog_law_sql for @title, @article and @edition: the number of
 * laws, the first in @law_id, @cited and @repealed, every one's name in
 * @names (may be NULL). */
static guint
catalog_laws (ZfStore     *self,
              const char  *body_name,
              const char  *title,
              const char  *article,
              const char  *edition,
              gint64      *law_id,
              char       **cited,
              char       **repealed,
              GString     *names)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, catalog_law_sql, NULL);
  guint n = 0;

  if (stmt == NULL)
    return 0;
  zf_bind_text (stmt, 1, body_name);
  zf_bind_text (stmt, 2, title);
  zf_bind_text (stmt, 3, article);
  zf_bind_text (stmt, 4, edition);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (n++ == 0)
        {
          *law_id = sqlite3_column_int64 (stmt, 0);
          *cited = zf_column_dup (stmt, 1);
          if (repealed != NULL)
            *repealed = zf_column_dup (stmt, 2);
        }
      if (names != NULL)
        g_string_append_printf (names, "%s%s", names->len ? "、" : "",
                                (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return n;
}

gint64
zf_store_import_basis_law (ZfStore     *self,
                           const char  *body_name,
                           const char  *title,
                           const char  *edition,
                           const char  *article,
                           char       **stored_title,
                           char       **cited,
                           char       **repealed,
                           GError     **error)
{
  static const char law_sql[] = "SELECT title FROM law WHERE title = ?1 LIMIT 1";
  g_autofree char *full = g_strconcat ("中华人民共和国", title, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  const char *titles[] = { title, full };
  sqlite3_stmt *stmt;
  gint64 id = 0;
  guint n;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  *stored_title = NULL;
  *cited = NULL;
  *repealed = NULL;
  /* The title as written, else the national law of that short title
   * (《行政处罚法》 for 《中华人民共和国行政处罚法》). */
  for (guint i = 0; i < G_N_ELEMENTS (titles) && *stored_title == NULL; i++)
    {
      stmt = zf_store_prepare (self, law_sql, NULL);
      if (stmt == NULL)
        return 0;
      zf_bind_text (stmt, 1, titles[i]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        *stored_title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  if (*stored_title == NULL)
    return 0;
  /* The bracket after the title picks one of two laws of that title by
   * its document number or date; one that picks none is an edition
   * (2021年修正), passed over. */
  n = edition ? catalog_laws (self, body_name, *stored_title, article, edition, &id, cited,
                              repealed, NULL) : 0;
  if (n == 0)
    n = catalog_laws (self, body_name, *stored_title, article, NULL, &id, cited, repealed, names);
  if (n > 1)
    {
      g_clear_pointer (cited, g_free);
      g_clear_pointer (repealed, g_free);
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("the catalog of “%s” holds %u laws titled 《%s》 with %s: %s; write the "
                     "document number (文号) or promulgation date of the one meant in brackets "
                     "after the title, 《%s》（…）%s."),
                   body_name, n, *stored_title, article, names->str, *stored_title, article);
      return -1;
    }
  return id;
}

/* Replaces the matter's basis with the articles of @basis ("《title》
 * article；…", as the plan resolved it), adding an article the catalog
 * holds through its whole law when the law does not list it yet. */
static gboolean
write_matter_basis (ZfStore     *self,
                    gint64       matter_id,
                    const char  *body_name,
                    const char  *basis,
                    GError     **error)
{
  static const char clear_sql[] = "DELETE FROM matter_basis WHERE matter_id = ?1";
  static const char add_sql[] =
    "INSERT OR IGNORE INTO matter_basis (matter_id, article_id) VALUES (?1, ?2)";
  static const char article_find_sql[] =
    "SELECT id FROM law_article WHERE law_id = ?1 AND article = ?2";
  static const char article_insert_sql[] =
    "INSERT INTO law_article (law_id, article) VALUES (?1, ?2) RETURNING id";
  g_auto(GStrv) items = g_strsplit (basis, "；", -1);
  sqlite3_stmt *stmt = zf_store_prepare (self, clear_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, matter_id);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  for (guint i = 0; items[i]; i++)
    {
      const char *close = strstr (items[i], "》");
      g_autofree char *title = NULL;
      g_autofree char *edition = NULL;
      g_autofree char *cited = NULL;
      const char *article;
      gint64 law_id = 0, article_id;

      if (!g_str_has_prefix (items[i], "《") || close == NULL)
        continue;
      title = g_strndup (items[i] + strlen ("《"), close - items[i] - strlen ("《"));
      article = close + strlen ("》");
      /* The law's document number or date, where two laws share its title. */
      if (g_str_has_prefix (article, "（") && strstr (article, "）") != NULL)
        {
          const char *end = strstr (article, "）");

          edition = g_strndup (article + strlen ("（"), end - article - strlen ("（"));
          article = end + strlen ("）");
        }
      catalog_laws (self, body_name, title, article, edition && *edition ? edition : NULL,
                    &law_id, &cited, NULL, NULL);
      if (law_id == 0)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                       _("The basis 《%s》%s is not in the catalog of legal bases of “%s”."),
                       title, article, body_name);
          return FALSE;
        }
      article_id = zf_store_ensure_named_row (self, article_find_sql, article_insert_sql, law_id,
                                              article, error);
      if (article_id <= 0)
        return FALSE;
      stmt = zf_store_prepare (self, add_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, matter_id);
      sqlite3_bind_int64 (stmt, 2, article_id);
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The matter, its section and post (created when the file names new
 * ones) and, when the row has one, its basis. */
static gboolean
write_matter (ZfStore                 *self,
              const ZfImportRegister  *reg,
              gint64                   id,
              char *const             *values,
              GError                 **error)
{
  const char *body = zf_import_value (reg, values, "body_name");
  const char *section = zf_import_value (reg, values, "section_name");
  const char *post = zf_import_value (reg, values, "post_name");
  const char *basis = zf_import_value (reg, values, "basis");
  gint64 body_id = zf_store_import_body_id (self, body);
  gint64 section_id = 0, post_id = 0, matter_id;
  sqlite3_stmt *stmt;

  if (section != NULL &&
      (section_id = zf_store_import_section_id (self, body_id, section, error)) < 0)
    return FALSE;
  /* A post is one of its section's (the plan refuses a post without one). */
  if (section_id > 0 && post != NULL &&
      (post_id = zf_store_import_post_id (self, section_id, post, error)) < 0)
    return FALSE;
  stmt = zf_store_prepare (self, id > 0 ? matter_update_sql : matter_insert_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":id", id);
  zf_store_import_bind_id (stmt, ":section_id", section_id);
  zf_store_import_bind_id (stmt, ":post_id", post_id);
  matter_id = zf_store_step_int64 (self, stmt, error);
  if (matter_id <= 0)
    return FALSE;
  return basis == NULL || write_matter_basis (self, matter_id, body, basis, error);
}

/* --- the catalog of legal bases ------------------------------------------- */

/* The law of the row's title: the only one, else the one its document
 * number and promulgation date (where given) pick; the plan refuses a
 * row they do not pick one for (zf_store_import_laws_of_title()). */
#define LAW_MATCHES \
  "title = :title AND (:doc_number IS NULL OR doc_number = :doc_number) " \
  "AND (:promulgated IS NULL OR promulgated = :promulgated)"
#define LAW_OF \
  "(SELECT id FROM law WHERE title = :title AND ((SELECT count(*) FROM law WHERE title = :title) = 1 " \
  "OR (" LAW_MATCHES ")) ORDER BY id LIMIT 1)"

#define CATALOG_SELECT \
  "SELECT c.id, b.name AS body_name, l.level, l.title, l.issuing_organ, l.doc_number, " \
  "l.promulgated, l.effective, l.amended, l.repealed, a.article, CASE WHEN c.article_id " \
  "IS NULL THEN " ZF_LAW_TEXT_OF ("l.id") " ELSE a.content END AS content, c.sections, " \
  "c.cooperating " \
  "FROM body_catalog c JOIN body b ON b.id = c.body_id JOIN law l ON l.id = c.law_id " \
  "LEFT JOIN law_article a ON a.id = c.article_id "

static const char catalog_entry_sql[] =
  CATALOG_SELECT "WHERE c.body_id = " BODY_ID (":body_name") " AND l.id = " LAW_OF " "
  "AND a.article IS :article ORDER BY c.id LIMIT 1";
/* A law the register has, not yet in this body's catalog: its values,
 * which the row must not erase. */
static const char law_by_title_sql[] =
  "SELECT 0 AS id, l.level, l.title, l.issuing_organ, l.doc_number, l.promulgated, "
  "l.effective, l.amended, l.repealed, CASE WHEN :article IS NULL THEN " ZF_LAW_TEXT_OF ("l.id")
  " ELSE (SELECT content FROM law_article WHERE law_id = l.id AND article = :article) END "
  "AS content FROM law l WHERE l.id = " LAW_OF;

static const char law_id_sql[] = "SELECT " LAW_OF;
static const char law_insert_sql[] =
  "INSERT INTO law (title, level, issuing_organ, doc_number, promulgated, effective, amended, "
  "repealed) VALUES (:title, :level, :issuing_organ, :doc_number, :promulgated, :effective, "
  ":amended, :repealed) RETURNING id";
/* Written only when it changes: a law held by many bodies comes on many
 * rows, and an update is audited. */
static const char law_update_sql[] =
  "UPDATE law SET level = coalesce (:level, level), issuing_organ = :issuing_organ, "
  "doc_number = :doc_number, promulgated = :promulgated, effective = :effective, "
  "amended = :amended, repealed = :repealed, " TOUCH " WHERE id = :id "
  "AND (level IS NOT coalesce (:level, level) OR issuing_organ IS NOT :issuing_organ "
  "OR doc_number IS NOT :doc_number OR promulgated IS NOT :promulgated "
  "OR effective IS NOT :effective OR amended IS NOT :amended OR repealed IS NOT :repealed)";
static const char catalog_insert_sql[] =
  "INSERT INTO body_catalog (body_id, law_id, article_id, sections, cooperating) "
  "VALUES (" BODY_ID (":body_name") ", :law_id, :article_id, :sections, :cooperating)";
static const char catalog_update_sql[] =
  "UPDATE body_catalog SET sections = :sections, cooperating = :cooperating WHERE id = :id";

gboolean
zf_store_import_laws_of_title (ZfStore                 *self,
                               const ZfImportRegister  *reg,
                               char *const             *values,
                               guint                   *n_titled,
                               guint                   *n_matching)
{
  static const char sql[] =
    "SELECT (SELECT count(*) FROM law WHERE title = :title), "
    "(SELECT count(*) FROM law WHERE " LAW_MATCHES ")";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *n_titled = *n_matching = 0;
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *n_titled = sqlite3_column_int (stmt, 0);
      *n_matching = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

GPtrArray *
zf_store_import_law_articles (ZfStore                 *self,
                              const ZfImportRegister  *reg,
                              char *const             *values)
{
  static const char sql[] =
    "SELECT article, content FROM law_article WHERE law_id = " LAW_OF " ORDER BY id";
  GPtrArray *articles = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_law_text_article_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), articles);

  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return articles;
  zf_store_import_bind_values (stmt, reg, values);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfLawTextArticle *a = g_new0 (ZfLawTextArticle, 1);

      a->article = zf_column_dup (stmt, 0);
      a->content = zf_column_dup (stmt, 1);
      g_ptr_array_add (articles, a);
    }
  sqlite3_reset (stmt);
  return articles;
}

static gboolean
find_catalog_entry (ZfStore                 *self,
                    const ZfImportRegister  *reg,
                    char *const             *values,
                    gint64                  *id,
                    char                  ***current,
                    GError                 **error)
{
  if (!zf_store_import_find_with (self, reg, catalog_entry_sql, values, id, current, error))
    return FALSE;
  if (*current != NULL)
    return TRUE;
  /* Not in the body's catalog: the law's stored values all the same, with
   * no id (a new row of a stored law). */
  if (!zf_store_import_find_with (self, reg, law_by_title_sql, values, id, current, error))
    return FALSE;
  *id = 0;
  return TRUE;
}

/* Long: the law, its article (or a law held whole, its articles' texts)
 * and the catalog entry written in turn, each only when it changes; they
 * share the ids found on the way. */
static gboolean
write_catalog_entry (ZfStore                 *self,
                     const ZfImportRegister  *reg,
                     gint64                   id,
                     char *const             *values,
                     GError                 **error)
{
  static const char article_find_sql[] =
    "SELECT id FROM law_article WHERE law_id = ?1 AND article = ?2";
  static const char article_insert_sql[] =
    "INSERT INTO law_article (law_id, article) VALUES (?1, ?2) RETURNING id";
  /* Written only when it changes: an update is audited. */
  static const char article_text_sql[] =
    "UPDATE law_article SET content = ?2 WHERE id = ?1 AND content IS NOT ?2";
  const char *article = zf_import_value (reg, values, "article");
  gint64 law_id = 0, article_id = 0;
  sqlite3_stmt *stmt;

  stmt = zf_store_prepare (self, law_id_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    law_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  stmt = zf_store_prepare (self, law_id > 0 ? law_update_sql : law_insert_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":id", law_id);
  if (law_id > 0)
    {
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  else if ((law_id = zf_store_step_int64 (self, stmt, error)) <= 0)
    return FALSE;

  if (article != NULL &&
      (article_id = zf_store_ensure_named_row (self, article_find_sql, article_insert_sql, law_id,
                                               article, error)) <= 0)
    return FALSE;
  /* A law held whole, with its articles' texts in one cell (the plan
   * merged them with the stored ones): each article added or its text
   * written where the cell gives one. */
  if (article == NULL && zf_import_value (reg, values, "content") != NULL)
    {
      g_autoptr(GPtrArray) articles = zf_import_split_law_text (zf_import_value (reg, values,
                                                                                 "content"), error);

      if (articles == NULL)
        return FALSE;
      for (guint i = 0; i < articles->len; i++)
        {
          const ZfLawTextArticle *a = articles->pdata[i];
          gint64 each = zf_store_ensure_named_row (self, article_find_sql, article_insert_sql,
                                                   law_id, a->article, error);

          if (each <= 0)
            return FALSE;
          if (a->content == NULL)
            continue;
          stmt = zf_store_prepare (self, article_text_sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, each);
          zf_bind_text (stmt, 2, a->content);
          if (!zf_store_exec_stmt (self, stmt, error))
            return FALSE;
        }
    }
  /* The plan kept the stored text where the file left it blank. */
  if (article_id > 0 && zf_import_value (reg, values, "content") != NULL)
    {
      stmt = zf_store_prepare (self, article_text_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, article_id);
      zf_bind_text (stmt, 2, zf_import_value (reg, values, "content"));
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  stmt = zf_store_prepare (self, id > 0 ? catalog_update_sql : catalog_insert_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":id", id);
  zf_store_import_bind_id (stmt, ":law_id", law_id);
  zf_store_import_bind_id (stmt, ":article_id", article_id);
  return zf_store_exec_stmt (self, stmt, error);
}

/* --- transfers of matters ------------------------------------------------- */

/* The matter of the body named @body by :code when the row has one, else
 * by :name. */
#define MATTER_OF(body) \
  "(SELECT id FROM matter WHERE body_id = " BODY_ID (body) " AND CASE WHEN :code IS NOT NULL " \
  "THEN code = :code ELSE name = :name END ORDER BY id LIMIT 1)"

static const char transfer_sql[] =
  "SELECT t.id, t.date, m.code, m.name, fb.name AS from_body, tb.name AS to_body, t.doc_number, "
  "t.reason, t.operator, t.matter_id, t.new_matter_id FROM matter_transfer t "
  "JOIN matter m ON m.id = t.matter_id JOIN body fb ON fb.id = t.from_body_id "
  "JOIN body tb ON tb.id = t.to_body_id WHERE t.matter_id = " MATTER_OF (":from_body") " "
  "AND t.to_body_id = " BODY_ID (":to_body") " AND t.date = :date ORDER BY t.id LIMIT 1";
static const char transfer_matters_sql[] =
  "SELECT " MATTER_OF (":from_body") ", " MATTER_OF (":to_body") ", "
  "(SELECT name FROM matter WHERE id = " MATTER_OF (":from_body") "), "
  "(SELECT name FROM matter WHERE id = " MATTER_OF (":to_body") ")";
static const char transfer_insert_sql[] =
  "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, new_matter_id, date, "
  "doc_number, reason, operator) VALUES (:matter_id, " BODY_ID (":from_body") ", "
  BODY_ID (":to_body") ", :new_matter_id, :date, :doc_number, :reason, :operator)";
static const char transfer_update_sql[] =
  "UPDATE matter_transfer SET new_matter_id = :new_matter_id, doc_number = :doc_number, "
  "reason = :reason, operator = :operator, " TOUCH " WHERE id = :id";

gboolean
zf_store_import_transfer_matters (ZfStore                 *self,
                                  const ZfImportRegister  *reg,
                                  char *const             *values,
                                  gint64                  *matter_id,
                                  gint64                  *new_matter_id,
                                  char                   **names)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, transfer_matters_sql, NULL);

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *matter_id = *new_matter_id = 0;
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *matter_id = sqlite3_column_int64 (stmt, 0);
      *new_matter_id = sqlite3_column_int64 (stmt, 1);
      names[0] = zf_column_dup (stmt, 2);
      names[1] = zf_column_dup (stmt, 3);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* --- the registers -------------------------------------------------------- */

gboolean
zf_store_import_find_checklist (ZfStore                 *self,
                                const ZfImportRegister  *reg,
                                char *const             *values,
                                gint64                  *id,
                                char                  ***current,
                                GError                 **error)
{
  switch (reg->id)
    {
    case ZF_IMPORT_MATTERS:
      return zf_store_import_find_with (self, reg,
                                        zf_import_value (reg, values, "code") ? matter_by_code_sql
                                                                              : matter_by_name_sql,
                                        values, id, current, error);
    case ZF_IMPORT_LAWS:
      return find_catalog_entry (self, reg, values, id, current, error);
    case ZF_IMPORT_TRANSFERS:
      return zf_store_import_find_with (self, reg, transfer_sql, values, id, current, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

gboolean
zf_store_import_write_checklist (ZfStore                 *self,
                                 const ZfImportRegister  *reg,
                                 gint64                   id,
                                 char *const             *values,
                                 GError                 **error)
{
  switch (reg->id)
    {
    case ZF_IMPORT_MATTERS:
      return write_matter (self, reg, id, values, error);
    case ZF_IMPORT_LAWS:
      return write_catalog_entry (self, reg, id, values, error);
    case ZF_IMPORT_TRANSFERS:
      return zf_store_import_exec_values (self, reg, id ? transfer_update_sql : transfer_insert_sql,
                                          id, values, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}
