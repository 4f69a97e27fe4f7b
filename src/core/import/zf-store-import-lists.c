#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-checklists-private.h"
#include "zf-store-import-private.h"

/* The importer's lists of the checklists tab, each as its export writes
 * it: the four lists (by body, list and violation), the discretion
 * benchmarks (a row a tier, by body, violation and tier), the random
 * inspection items (by body and item) and the directory of inspection
 * targets (by credit code, else name). A value the export writes in place
 * of an empty one (an entry's domain is its body's, an item's inspecting
 * body is its own body, a basis is the catalog's article) is read back
 * as empty, so that a round trip stores what was. The matter and the
 * article a record links to are written as their labels
 * (zf-store-checklists-private.h): the plan resolves a label into the
 * hidden ids the writes bind, and a blank cell keeps the stored ids. */

/* The article a row cites from the catalog, as the exports write it. */
#define ARTICLE_TEXT(article_id) \
  "(SELECT '《' || l.title || '》' || a.article FROM law_article a JOIN law l " \
  "ON l.id = a.law_id WHERE a.id = " article_id ")"

/* A hidden id as the plan gives it (text), for a comparison. */
#define ID_PARAM(p) "CAST (" p " AS INTEGER)"

/* A basis cell that says what the linked article says is no basis of the
 * record's own: the export writes the article there when it has none. */
#define OWN_BASIS \
  "CASE WHEN :basis IS " ARTICLE_TEXT (ID_PARAM (":article_id")) " THEN NULL ELSE :basis END"

/* The links, as the find queries give them. */
#define LINK_COLUMNS(t) \
  ZF_MATTER_LABEL_OF (t ".matter_id") " AS matter, " t ".matter_id, " \
  ZF_ARTICLE_LABEL_OF (t ".article_id") " AS article, " t ".article_id"

/* --- the four lists ------------------------------------------------------- */

static const char leniency_sql[] =
  "SELECT e.id, b.name AS body_name, e.list, coalesce (e.domain, b.domain) AS domain, "
  "e.violation, coalesce (e.basis, " ARTICLE_TEXT ("e.article_id") ") AS basis, e.conditions, "
  "e.notes, " LINK_COLUMNS ("e") " FROM leniency_entry e JOIN body b ON b.id = e.body_id "
  "WHERE e.body_id = " BODY_ID (":body_name") " AND e.list = :list "
  "AND e.violation = :violation ORDER BY e.id LIMIT 1";
static const char leniency_insert_sql[] =
  "INSERT INTO leniency_entry (body_id, list, domain, violation, basis, conditions, notes, "
  "matter_id, article_id) SELECT b.id, :list, nullif (:domain, b.domain), :violation, "
  OWN_BASIS ", :conditions, :notes, :matter_id, :article_id "
  "FROM body b WHERE b.id = " BODY_ID (":body_name");
static const char leniency_update_sql[] =
  "UPDATE leniency_entry SET domain = nullif (:domain, (SELECT domain FROM body "
  "WHERE id = body_id)), basis = CASE WHEN basis IS NULL THEN " OWN_BASIS " ELSE :basis END, "
  "conditions = :conditions, notes = :notes, matter_id = :matter_id, "
  "article_id = :article_id, " TOUCH " WHERE id = :id";

/* --- the discretion benchmarks -------------------------------------------- */

/* The benchmark of the row's body and violation: the same in the plan and
 * in the commit, where an earlier row of the file may have made it. */
#define BENCHMARK_ID \
  "(SELECT id FROM benchmark WHERE body_id = " BODY_ID (":body_name") " " \
  "AND violation = :violation ORDER BY id LIMIT 1)"
#define BENCHMARK_COLUMNS \
  "b.name AS body_name, k.violation, coalesce (k.basis, " ARTICLE_TEXT ("k.article_id") ") " \
  "AS basis, k.statutory_min, k.statutory_max, k.unit, k.id AS benchmark_id, k.notes, " \
  LINK_COLUMNS ("k") " "

static const char benchmark_tier_sql[] =
  "SELECT t.id, " BENCHMARK_COLUMNS ", t.tier, t.circumstances, t.range_min, t.range_max "
  "FROM benchmark k JOIN body b ON b.id = k.body_id JOIN benchmark_tier t "
  "ON t.benchmark_id = k.id WHERE k.id = " BENCHMARK_ID " AND t.tier = :tier";
static const char benchmark_sql[] =
  "SELECT k.id, " BENCHMARK_COLUMNS " FROM benchmark k JOIN body b ON b.id = k.body_id "
  "WHERE k.id = " BENCHMARK_ID;
static const char benchmark_id_sql[] = "SELECT " BENCHMARK_ID;
static const char benchmark_insert_sql[] =
  "INSERT INTO benchmark (body_id, violation, basis, unit, statutory_min, statutory_max, notes, "
  "matter_id, article_id) VALUES (" BODY_ID (":body_name") ", :violation, " OWN_BASIS ", "
  "coalesce (:unit, 'yuan'), :statutory_min, :statutory_max, :notes, :matter_id, :article_id) "
  "RETURNING id";
/* Written only when it changes: a benchmark comes on the rows of each of
 * its tiers, and an update is audited. */
static const char benchmark_update_sql[] =
  "UPDATE benchmark SET basis = CASE WHEN basis IS NULL THEN " OWN_BASIS " ELSE :basis END, "
  "unit = coalesce (:unit, unit), statutory_min = :statutory_min, "
  "statutory_max = :statutory_max, notes = :notes, matter_id = :matter_id, "
  "article_id = :article_id, " TOUCH " "
  "WHERE id = :benchmark_id AND (coalesce (basis, " ARTICLE_TEXT ("article_id") ") IS NOT :basis "
  "OR unit IS NOT coalesce (:unit, unit) OR statutory_min IS NOT :statutory_min "
  "OR statutory_max IS NOT :statutory_max OR notes IS NOT :notes "
  "OR matter_id IS NOT " ID_PARAM (":matter_id") " OR article_id IS NOT " ID_PARAM (":article_id") ")";
static const char tier_insert_sql[] =
  "INSERT INTO benchmark_tier (benchmark_id, tier, circumstances, range_min, range_max) "
  "VALUES (:benchmark_id, :tier, :circumstances, :range_min, :range_max)";
static const char tier_update_sql[] =
  "UPDATE benchmark_tier SET circumstances = :circumstances, range_min = :range_min, "
  "range_max = :range_max WHERE id = :id";

/* A row with a tier is that tier of the benchmark; a new tier of a stored
 * benchmark is new (@id 0) with the benchmark's values, which the row
 * must not erase. A row without a tier is the benchmark itself. */
static gboolean
find_benchmark (ZfStore                 *self,
                const ZfImportRegister  *reg,
                char *const             *values,
                gint64                  *id,
                char                  ***current,
                GError                 **error)
{
  gboolean tier = zf_import_value (reg, values, "tier") != NULL;

  if (tier && !zf_store_import_find_with (self, reg, benchmark_tier_sql, values, id, current,
                                          error))
    return FALSE;
  if (*current != NULL)
    return TRUE;
  if (!zf_store_import_find_with (self, reg, benchmark_sql, values, id, current, error))
    return FALSE;
  if (tier)
    *id = 0;
  return TRUE;
}

/* The benchmark (made by the file's first row of it, updated where the
 * row changes it), then the row's tier. */
static gboolean
write_benchmark (ZfStore                 *self,
                 const ZfImportRegister  *reg,
                 gint64                   id,
                 char *const             *values,
                 GError                 **error)
{
  gboolean tier = zf_import_value (reg, values, "tier") != NULL;
  gint64 benchmark_id = 0;
  sqlite3_stmt *stmt = zf_store_prepare (self, benchmark_id_sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    benchmark_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  stmt = zf_store_prepare (self, benchmark_id > 0 ? benchmark_update_sql : benchmark_insert_sql,
                           error);
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":benchmark_id", benchmark_id);
  if (benchmark_id > 0)
    {
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  else if ((benchmark_id = zf_store_step_int64 (self, stmt, error)) <= 0)
    return FALSE;
  if (!tier)
    return TRUE;

  stmt = zf_store_prepare (self, id > 0 ? tier_update_sql : tier_insert_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_store_import_bind_values (stmt, reg, values);
  zf_store_import_bind_id (stmt, ":benchmark_id", benchmark_id);
  zf_store_import_bind_id (stmt, ":id", id);
  return zf_store_exec_stmt (self, stmt, error);
}

char *
zf_store_import_body_domain (ZfStore    *self,
                             const char *body_name)
{
  static const char sql[] = "SELECT domain FROM body WHERE id = " BODY_ID ("?1");
  sqlite3_stmt *stmt;
  char *domain = NULL;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  stmt = zf_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, body_name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    domain = zf_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return domain;
}

/* --- the matter and article a record links to ----------------------------- */

/* The articles of the title ?1 (or the national law's of that short
 * title), numbered ?2, of the law ?3 names by its document number or
 * promulgation date (NULL: any). */
static const char article_sql[] =
  "SELECT a.id, " ZF_ARTICLE_LABEL_OF ("a.id") ", l.title, "
  "coalesce (l.doc_number, l.promulgated, '') FROM law_article a JOIN law l ON l.id = a.law_id "
  "WHERE l.title IN (?1, '中华人民共和国' || ?1) AND a.article = ?2 "
  "AND (?3 IS NULL OR l.doc_number = ?3 OR l.promulgated = ?3) ORDER BY l.id, a.id";

static gint64
find_article (ZfStore     *self,
              const char  *title,
              const char  *edition,
              const char  *article,
              char       **label,
              GError     **error)
{
  g_autoptr(GString) laws = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gint64 id = 0;
  guint n = 0;
  int rc;

  *label = NULL;
  stmt = zf_store_prepare (self, article_sql, error);
  if (stmt == NULL)
    return -1;
  zf_bind_text (stmt, 1, title);
  zf_bind_text (stmt, 2, article);
  zf_bind_text (stmt, 3, edition);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *which = (const char *) sqlite3_column_text (stmt, 3);

      if (n++ == 0)
        {
          id = sqlite3_column_int64 (stmt, 0);
          *label = zf_column_dup (stmt, 1);
        }
      g_string_append_printf (laws, "%s《%s》%s%s%s", laws->len ? "、" : "",
                              (const char *) sqlite3_column_text (stmt, 2),
                              *which ? "（" : "", which, *which ? "）" : "");
    }
  if (rc != SQLITE_DONE)
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return -1;
  if (n > 1)
    {
      g_clear_pointer (label, g_free);
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                   _("《%s》%s is an article of more than one law of the register: %s; write "
                     "the document number of the one meant in brackets after the title, "
                     "《%s》（…）%s."), title, article, laws->str, title, article);
      return -1;
    }
  if (n == 0)
    g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                 _("The register has no article %s of 《%s》%s%s%s; import the catalog of "
                   "legal bases first, or write the title and article as the catalog does."),
                 article, title, edition ? "（" : "", edition ? edition : "", edition ? "）" : "");
  return id;
}

gint64
zf_store_import_article (ZfStore     *self,
                         const char  *title,
                         const char  *edition,
                         const char  *article,
                         char       **label,
                         GError     **error)
{
  g_return_val_if_fail (ZF_IS_STORE (self), -1);

  /* Brackets that name no law's document number or date are an edition
   * (2021年修订), passed over as in a matter's basis. */
  if (edition != NULL)
    {
      g_autoptr(GError) local = NULL;
      gint64 id = find_article (self, title, edition, article, label, &local);

      if (id < 0)
        g_propagate_error (error, g_steal_pointer (&local));
      if (id != 0)
        return id;
    }
  return find_article (self, title, NULL, article, label, error);
}

/* --- random inspection items ---------------------------------------------- */

static const char item_sql[] =
  "SELECT i.id, b.name AS body_name, i.item, i.basis, "
  "coalesce (i.inspecting_body, b.name) AS inspecting_body, i.target_type, i.content, i.method, "
  "i.ratio, i.frequency, i.cooperating, i.enforcement_category, i.notes, "
  ZF_MATTER_LABEL_OF ("i.matter_id") " AS matter, i.matter_id "
  "FROM inspection_item i JOIN body b ON b.id = i.body_id "
  "WHERE i.body_id = " BODY_ID (":body_name") " AND i.item = :item ORDER BY i.id LIMIT 1";
static const char item_insert_sql[] =
  "INSERT INTO inspection_item (body_id, item, basis, inspecting_body, target_type, content, "
  "method, ratio, frequency, cooperating, enforcement_category, notes, matter_id) VALUES ("
  BODY_ID (":body_name") ", :item, :basis, nullif (:inspecting_body, :body_name), :target_type, "
  ":content, :method, :ratio, :frequency, :cooperating, :enforcement_category, :notes, "
  ":matter_id)";
static const char item_update_sql[] =
  "UPDATE inspection_item SET item = :item, basis = :basis, "
  "inspecting_body = nullif (:inspecting_body, :body_name), target_type = :target_type, "
  "content = :content, method = :method, ratio = :ratio, frequency = :frequency, "
  "cooperating = :cooperating, enforcement_category = :enforcement_category, notes = :notes, "
  "matter_id = :matter_id, " TOUCH " WHERE id = :id";

/* --- the directory of inspection targets ---------------------------------- */

#define TARGET_SELECT \
  "SELECT t.id, t.name, t.credit_code, t.address, t.domain, t.region_code, t.notes " \
  "FROM inspection_target t "

static const char target_by_code_sql[] = TARGET_SELECT "WHERE t.credit_code = :credit_code";
/* Of two targets of one name, the one without a credit code is the one a
 * row of that name and a code completes. */
static const char target_by_name_sql[] =
  TARGET_SELECT "WHERE t.name = :name ORDER BY t.credit_code IS NOT NULL, t.id LIMIT 1";
static const char target_insert_sql[] =
  "INSERT INTO inspection_target (name, credit_code, address, domain, region_code, notes) "
  "VALUES (:name, :credit_code, :address, :domain, :region_code, :notes)";
static const char target_update_sql[] =
  "UPDATE inspection_target SET name = :name, credit_code = :credit_code, address = :address, "
  "domain = :domain, region_code = :region_code, notes = :notes, " TOUCH " WHERE id = :id";

/* --- the registers -------------------------------------------------------- */

gboolean
zf_store_import_find_list (ZfStore                 *self,
                           const ZfImportRegister  *reg,
                           char *const             *values,
                           gint64                  *id,
                           char                  ***current,
                           GError                 **error)
{
  switch (reg->id)
    {
    case ZF_IMPORT_LENIENCY:
      return zf_store_import_find_with (self, reg, leniency_sql, values, id, current, error);
    case ZF_IMPORT_BENCHMARKS:
      return find_benchmark (self, reg, values, id, current, error);
    case ZF_IMPORT_ITEMS:
      return zf_store_import_find_with (self, reg, item_sql, values, id, current, error);
    case ZF_IMPORT_TARGETS:
      return zf_store_import_find_by_code (self, reg, target_by_code_sql, target_by_name_sql,
                                           values, id, current, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

gboolean
zf_store_import_write_list (ZfStore                 *self,
                            const ZfImportRegister  *reg,
                            gint64                   id,
                            char *const             *values,
                            GError                 **error)
{
  switch (reg->id)
    {
    case ZF_IMPORT_LENIENCY:
      return zf_store_import_exec_values (self, reg, id ? leniency_update_sql
                                                        : leniency_insert_sql, id, values, error);
    case ZF_IMPORT_BENCHMARKS:
      return write_benchmark (self, reg, id, values, error);
    case ZF_IMPORT_ITEMS:
      return zf_store_import_exec_values (self, reg, id ? item_update_sql : item_insert_sql, id,
                                          values, error);
    case ZF_IMPORT_TARGETS:
      return zf_store_import_exec_values (self, reg, id ? target_update_sql : target_insert_sql,
                                          id, values, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}
