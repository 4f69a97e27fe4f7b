#define G_LOG_DOMAIN "zf-store-demo"

#include "config.h"

#include <math.h>

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-demo.h"
#include "zf-store-private.h"

static const char *const insert_sql[ZF_DEMO_N_TABLES] = {
  [ZF_DEMO_BODY] =
    "INSERT INTO body (name, credit_code, kind, level, region_code, domain, parent_id, "
    "legal_basis, letter_number, letter_date, letter_scope, letter_start, letter_end, filed, "
    "filed_date, has_legal_section, legal_staff_count, address, contact, phone, status, "
    "published_date, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, pinyin_key (?1))",
  [ZF_DEMO_BODY_STATUS_EVENT] =
    "INSERT INTO body_status_event (body_id, status, date, doc_number, reason, operator) "
    "VALUES (?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_BODY_REVIEW] =
    "INSERT INTO body_review (body_id, date, result, doc_number, operator) VALUES (?, ?, ?, ?, ?)",
  [ZF_DEMO_SECTION] =
    "INSERT INTO section (body_id, name) VALUES (?, ?)",
  [ZF_DEMO_POST] =
    "INSERT INTO post (section_id, name, is_enforcement) VALUES (?, ?, ?)",
  [ZF_DEMO_OFFICER] =
    "INSERT INTO officer (name, id_number, sex, birth_date, body_id, section_id, post_id, title, "
    "staffing, financed, enforcement_post, phone, enforcement_category, enforcement_area, "
    "last_activity_date, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "pinyin_key (?1))",
  [ZF_DEMO_CERTIFICATE] =
    "INSERT INTO certificate (officer_id, number, issuing_authority, issue_date, valid_until, "
    "category, area, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_OFFICER_EVENT] =
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date, passed, hours, grade, "
    "ground, rule, reason, doc_number, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_LAW] =
    "INSERT INTO law (title, level, issuing_organ, doc_number, promulgated, effective, amended) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_LAW_ARTICLE] =
    "INSERT INTO law_article (law_id, article, content) VALUES (?, ?, ?)",
  [ZF_DEMO_BODY_CATALOG] =
    "INSERT INTO body_catalog (body_id, law_id) VALUES (?, ?)",
  [ZF_DEMO_MATTER] =
    "INSERT INTO matter (body_id, code, name, category, section_id, post_id, cooperating, "
    "time_limit_days, responsibility, accountability, supervision_phone, status, "
    "enforcement_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_MATTER_BASIS] =
    "INSERT INTO matter_basis (matter_id, article_id) VALUES (?, ?)",
  [ZF_DEMO_MATTER_TRANSFER] =
    "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, new_matter_id, date, "
    "doc_number, reason, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_INSPECTION_ITEM] =
    "INSERT INTO inspection_item (body_id, matter_id, item, basis, inspecting_body, "
    "target_type, content, method, ratio, frequency, enforcement_category) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_INSPECTION_TARGET] =
    "INSERT INTO inspection_target (name, credit_code, address, domain, region_code) "
    "VALUES (?, ?, ?, ?, ?)",
  [ZF_DEMO_CASE_FILE] =
    "INSERT INTO case_file (body_id, number, category, procedure, party_name, party_kind, "
    "party_code, matter_id, filed_date, investigated_date, notified_date, hearing_date, "
    "legal_review_date, collective_date, decided_date, served_date, executed_date, closed_date, "
    "archived_date, fine_amount, confiscated_amount, basis, major, transferred_judicial, year) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_CASE_OFFICER] =
    "INSERT INTO case_officer (case_id, officer_id) VALUES (?, ?)",
  [ZF_DEMO_LENIENCY_ENTRY] =
    "INSERT INTO leniency_entry (body_id, list, domain, violation, basis, article_id, "
    "conditions, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_BENCHMARK] =
    "INSERT INTO benchmark (body_id, violation, basis, article_id, unit, statutory_min, "
    "statutory_max) VALUES (?, ?, ?, ?, ?, ?, ?)",
  [ZF_DEMO_BENCHMARK_TIER] =
    "INSERT INTO benchmark_tier (benchmark_id, tier, circumstances, range_min, range_max) "
    "VALUES (?, ?, ?, ?, ?)",
};

gint64
zf_store_demo_insert (ZfStore      *self,
                      ZfDemoTable   table,
                      GError      **error,
                      const char   *format,
                      ...)
{
  sqlite3_stmt *stmt;
  va_list args;
  int index = 1;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);
  g_return_val_if_fail (table < ZF_DEMO_N_TABLES, 0);

  stmt = zf_store_prepare (self, insert_sql[table], error);
  if (stmt == NULL)
    return 0;
  g_assert ((int) strlen (format) == sqlite3_bind_parameter_count (stmt));

  va_start (args, format);
  for (const char *f = format; *f; f++, index++)
    {
      switch (*f)
        {
        case 's':
          zf_bind_text (stmt, index, va_arg (args, const char *));
          break;
        case 'i':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'r':
          zf_bind_id (stmt, index, va_arg (args, gint64));
          break;
        case 'd':
          {
            double d = va_arg (args, double);
            if (isnan (d))
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_double (stmt, index, d);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (!zf_store_exec_stmt (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (zf_store_get_db (self));
}

gboolean
zf_store_demo_is_empty (ZfStore  *self,
                        GError  **error)
{
  static const char sql[] =
    "SELECT EXISTS (SELECT 1 FROM body) OR EXISTS (SELECT 1 FROM officer) "
    "OR EXISTS (SELECT 1 FROM law)";
  sqlite3_stmt *stmt;
  gboolean empty = FALSE;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_reset (stmt);
  if (!empty)
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                 _("The database already holds records. Demo data is generated only into "
                   "an empty database, so that it never mixes with real registers; "
                   "use --database with a new file."));
  return empty;
}

void
zf_store_demo_set_bulk (ZfStore  *self,
                        gboolean  bulk)
{
  /* A million rows with random uuid keys touch pages all over the indexes;
   * a large page cache keeps them in memory until the one commit instead
   * of spilling them to the WAL again and again. */
  static const char bulk_sql[] = "PRAGMA cache_size = -262144";
  static const char normal_sql[] = "PRAGMA cache_size = -2000";

  g_return_if_fail (ZF_IS_STORE (self));

  zf_store_exec (self, bulk ? bulk_sql : normal_sql, NULL);
}
