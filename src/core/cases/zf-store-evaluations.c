#define G_LOG_DOMAIN "zf-store-evaluations"

#include "config.h"

#include "zf-case-codes.h"
#include "zf-case-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-finding.h"
#include "zf-i18n.h"
#include "zf-sampling.h"
#include "zf-score.h"
#include "zf-store-evaluations.h"
#include "zf-store-private.h"
#include "zf-store-standards.h"
#include "zf-util.h"

static gboolean
case_exists (ZfStore *self,
             gint64   case_id)
{
  static const char sql[] = "SELECT 1 FROM case_file WHERE id = ?1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static gboolean
validate_evaluation (ZfEvaluation  *e,
                     ZfStandard    *standard,
                     GError       **error)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  zf_rule_evaluation_fields (e, standard, findings);
  return zf_findings_to_error (findings, error);
}

/* Long: one transaction that writes the evaluation and replaces its item
 * lines. */
gboolean
zf_store_save_evaluation (ZfStore       *self,
                          ZfEvaluation  *e,
                          GError       **error)
{
  static const char insert_sql[] =
    "INSERT INTO evaluation (case_id, standard_id, mode, sampling_id, evaluator, date, comments, "
    "score, grade, vetoed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id";
  static const char update_sql[] =
    "UPDATE evaluation SET case_id = ?1, standard_id = ?2, mode = ?3, sampling_id = ?4, "
    "evaluator = ?5, date = ?6, comments = ?7, score = ?8, grade = ?9, vetoed = ?10, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?11 RETURNING id";
  static const char clear_sql[] = "DELETE FROM evaluation_item WHERE evaluation_id = ?1";
  static const char line_sql[] =
    "INSERT INTO evaluation_item (evaluation_id, item_id, deduction, veto, reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
  g_autoptr(ZfStandard) standard = NULL;
  g_autofree ZfScoreLine *lines = NULL;
  ZfScoreResult result = { 0 };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);
  g_return_val_if_fail (e != NULL, FALSE);

  if (!case_exists (self, e->case_id))
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                   _("The case file no longer exists; it may have been deleted by another program."));
      return FALSE;
    }
  standard = zf_store_get_standard (self, e->standard_id, error);
  if (standard == NULL || !validate_evaluation (e, standard, error))
    return FALSE;

  lines = g_new0 (ZfScoreLine, e->lines->len + 1);
  for (guint i = 0; i < e->lines->len; i++)
    {
      ZfEvaluationLine *l = &g_array_index (e->lines, ZfEvaluationLine, i);
      lines[i] = (ZfScoreLine) { l->item_id, l->deduction, l->veto, l->reason };
    }
  zf_score_evaluation (standard, lines, e->lines->len, &result);
  e->score = result.score;
  e->vetoed = result.vetoed;
  zf_set_str (&e->grade, result.grade);
  zf_score_result_clear (&result);

  if (!zf_store_begin (self, error))
    return FALSE;

  if ((stmt = zf_store_prepare (self, e->id > 0 ? update_sql : insert_sql, error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, e->case_id);
  sqlite3_bind_int64 (stmt, 2, e->standard_id);
  zf_bind_text (stmt, 3, e->mode);
  zf_bind_id (stmt, 4, e->sampling_id);
  zf_bind_text (stmt, 5, e->evaluator);
  zf_bind_text (stmt, 6, e->date);
  zf_bind_text (stmt, 7, e->comments);
  sqlite3_bind_double (stmt, 8, e->score);
  zf_bind_text (stmt, 9, e->grade);
  sqlite3_bind_int (stmt, 10, e->vetoed);
  if (e->id > 0)
    sqlite3_bind_int64 (stmt, 11, e->id);
  e->id = zf_store_step_saved (self, stmt, NULL, _("The evaluation no longer exists."), error);
  if (e->id == 0)
    goto fail;

  if ((stmt = zf_store_prepare (self, clear_sql, error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, e->id);
  if (!zf_store_exec_stmt (self, stmt, error))
    goto fail;

  for (guint i = 0; i < e->lines->len; i++)
    {
      ZfEvaluationLine *l = &g_array_index (e->lines, ZfEvaluationLine, i);

      if (l->deduction <= 0 && !l->veto && (l->reason == NULL || *l->reason == '\0'))
        continue;
      if ((stmt = zf_store_prepare (self, line_sql, error)) == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, e->id);
      sqlite3_bind_int64 (stmt, 2, l->item_id);
      sqlite3_bind_double (stmt, 3, l->deduction);
      sqlite3_bind_int (stmt, 4, l->veto);
      zf_bind_text (stmt, 5, l->reason);
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  zf_store_notify_changed (self, "evaluation", e->id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

static ZfEvaluation *
load_evaluation (ZfStore     *self,
                 const char  *sql,
                 gint64       key,
                 GError     **error)
{
  static const char lines_sql[] =
    "SELECT item_id, deduction, veto, reason FROM evaluation_item WHERE evaluation_id = ?1 "
    "ORDER BY id";
  g_autoptr(ZfEvaluation) e = NULL;
  sqlite3_stmt *stmt;

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      e = zf_evaluation_new ();
      e->id = sqlite3_column_int64 (stmt, 0);
      e->case_id = sqlite3_column_int64 (stmt, 1);
      e->standard_id = sqlite3_column_int64 (stmt, 2);
      zf_set_str (&e->mode, (const char *) sqlite3_column_text (stmt, 3));
      e->sampling_id = sqlite3_column_int64 (stmt, 4);
      e->evaluator = zf_column_dup (stmt, 5);
      e->date = zf_column_dup (stmt, 6);
      e->comments = zf_column_dup (stmt, 7);
      e->score = sqlite3_column_double (stmt, 8);
      e->grade = zf_column_dup (stmt, 9);
      e->vetoed = sqlite3_column_int (stmt, 10);
    }
  sqlite3_reset (stmt);
  if (e == NULL)
    return NULL;

  if ((stmt = zf_store_prepare (self, lines_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, e->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    zf_evaluation_set_line (e, sqlite3_column_int64 (stmt, 0), sqlite3_column_double (stmt, 1),
                            sqlite3_column_int (stmt, 2),
                            (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_reset (stmt);
  return g_steal_pointer (&e);
}

#define EVALUATION_COLUMNS \
  "SELECT id, case_id, standard_id, mode, sampling_id, evaluator, date, comments, score, " \
  "grade, vetoed FROM evaluation "

ZfEvaluation *
zf_store_get_evaluation (ZfStore  *self,
                         gint64    id,
                         GError  **error)
{
  static const char sql[] = EVALUATION_COLUMNS "WHERE id = ?1";
  g_autoptr(GError) local = NULL;
  ZfEvaluation *e;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  e = load_evaluation (self, sql, id, &local);
  if (e == NULL)
    {
      if (local)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The evaluation no longer exists."));
    }
  return e;
}

ZfEvaluation *
zf_store_get_latest_evaluation (ZfStore  *self,
                                gint64    case_id,
                                GError  **error)
{
  static const char sql[] =
    EVALUATION_COLUMNS "WHERE case_id = ?1 ORDER BY date DESC, id DESC LIMIT 1";

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  return load_evaluation (self, sql, case_id, error);
}

typedef struct
{
  gint64  id;
  gint64  body_id;
  char   *subject;
} EvaluationRow;

static void
evaluation_row_clear (gpointer data)
{
  g_free (((EvaluationRow *) data)->subject);
}

gboolean
zf_store_check_evaluations (ZfStore            *self,
                            gint64              body_id,
                            const char         *as_of,
                            ZfRowFindingsFunc   func,
                            gpointer            user_data,
                            GError            **error)
{
  static const char sql[] =
    "SELECT e.id, c.body_id, b.name, c.number FROM evaluation e "
    "JOIN case_file c ON c.id = e.case_id LEFT JOIN body b ON b.id = c.body_id "
    "WHERE (?1 = 0 OR c.body_id = ?1) "
    "AND (?2 IS NULL OR coalesce (nullif (e.date, ''), substr (e.created_at, 1, 10)) <= ?2) "
    "ORDER BY e.id";
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (EvaluationRow));
  g_autoptr(GHashTable) standards = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  g_array_set_clear_func (rows, evaluation_row_clear);
  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 2);
      const char *number = (const char *) sqlite3_column_text (stmt, 3);
      EvaluationRow row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                            g_strdup_printf ("%s %s", name ? name : "", number ? number : "") };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }

  /* Evaluations share a few standards: each is read once. */
  standards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                     (GDestroyNotify) zf_standard_free);
  for (guint i = 0; i < rows->len; i++)
    {
      const EvaluationRow *row = &g_array_index (rows, EvaluationRow, i);
      g_autoptr(ZfEvaluation) e = zf_store_get_evaluation (self, row->id, error);
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      ZfStandard *standard;

      if (e == NULL)
        return FALSE;
      standard = g_hash_table_lookup (standards, &e->standard_id);
      if (standard == NULL)
        {
          if ((standard = zf_store_get_standard (self, e->standard_id, error)) == NULL)
            return FALSE;
          g_hash_table_insert (standards, g_memdup2 (&e->standard_id, sizeof (gint64)), standard);
        }
      zf_rule_evaluation_fields (e, standard, findings);
      if (findings->len > 0 && !func (row->body_id, row->subject, findings, user_data))
        break;
    }
  return TRUE;
}

/* Long: one transaction: the pool read, the sample drawn and both written. */
gint64
zf_store_draw_sample (ZfStore             *self,
                      int                  year,
                      const char * const  *categories,
                      guint                per_unit_min,
                      guint                per_unit_max,
                      guint64              seed,
                      GArray             **chosen,
                      GError             **error)
{
  static const char *const default_categories[] = { "penalty", "coercion", "licensing", NULL };
  static const char pool_sql[] =
    "SELECT id, body_id, category, number FROM case_file WHERE year = ?1 ORDER BY id";
  static const char sampling_sql[] =
    "INSERT INTO sampling (year, per_unit_min, per_unit_max, seed, algorithm, operator) "
    "VALUES (?1, ?2, ?3, ?4, ?5, zf_operator ()) RETURNING id";
  static const char case_sql[] =
    "INSERT INTO sampling_case (sampling_id, case_id) VALUES (?1, ?2)";
  g_autoptr(GArray) pool = g_array_new (FALSE, FALSE, sizeof (ZfSampleCandidate));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) result = NULL;
  sqlite3_stmt *stmt;
  gint64 sampling_id = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  if (!zf_rule_sampling_per_unit (per_unit_min, per_unit_max, error))
    return 0;
  if (categories == NULL)
    categories = default_categories;
  /* SQLite keeps integers signed: a seed is stored in 63 bits. */
  seed &= G_GUINT64_CONSTANT (0x7fffffffffffffff);

  if ((stmt = zf_store_prepare (self, pool_sql, error)) == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *category = (const char *) sqlite3_column_text (stmt, 2);
      ZfSampleCandidate c;

      if (!g_strv_contains (categories, category))
        continue;
      c.case_id = sqlite3_column_int64 (stmt, 0);
      c.body_id = sqlite3_column_int64 (stmt, 1);
      c.category = g_strdup (category);
      g_ptr_array_add (strings, (char *) c.category);
      c.number = zf_column_dup (stmt, 3);
      g_ptr_array_add (strings, (char *) c.number);
      g_array_append_val (pool, c);
    }
  sqlite3_reset (stmt);

  result = zf_sample_draw ((ZfSampleCandidate *) (void *) pool->data, pool->len, seed,
                           per_unit_min, per_unit_max);

  if (!zf_store_begin (self, error))
    return 0;
  if ((stmt = zf_store_prepare (self, sampling_sql, error)) == NULL)
    goto fail;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, per_unit_min);
  sqlite3_bind_int (stmt, 3, per_unit_max);
  sqlite3_bind_int64 (stmt, 4, (gint64) seed);
  sqlite3_bind_int (stmt, 5, ZF_SAMPLING_ALGORITHM);
  sampling_id = zf_store_step_int64 (self, stmt, error);
  if (sampling_id == 0)
    goto fail;

  for (guint i = 0; i < result->len; i++)
    {
      if ((stmt = zf_store_prepare (self, case_sql, error)) == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, sampling_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (result, gint64, i));
      if (!zf_store_exec_stmt (self, stmt, error))
        goto fail;
    }

  zf_store_notify_changed (self, "sampling", sampling_id);
  if (!zf_store_commit (self, error))
    return 0;
  if (chosen)
    *chosen = g_steal_pointer (&result);
  return sampling_id;

fail:
  zf_store_rollback (self);
  return 0;
}

GArray *
zf_store_list_sampling_cases (ZfStore  *self,
                              gint64    sampling_id,
                              GError  **error)
{
  static const char sql[] = "SELECT case_id FROM sampling_case WHERE sampling_id = ?1 ORDER BY case_id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, sampling_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

gboolean
zf_store_save_rectification (ZfStore          *self,
                             ZfRectification  *row,
                             GError          **error)
{
  static const char insert_sql[] =
    "INSERT INTO rectification (body_id, case_id, evaluation_id, problem, requirement, deadline, "
    "responsible, status, closed_date, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "RETURNING id";
  static const char update_sql[] =
    "UPDATE rectification SET body_id = ?1, case_id = ?2, evaluation_id = ?3, problem = ?4, "
    "requirement = ?5, deadline = ?6, responsible = ?7, status = ?8, closed_date = ?9, "
    "evidence = ?10, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
    "WHERE id = ?11 RETURNING id";
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  zf_rule_rectification_fields (row, findings);
  if (!zf_findings_to_error (findings, error))
    return FALSE;

  if (!zf_store_begin (self, error))
    return FALSE;
  if ((stmt = zf_store_prepare (self, row->id > 0 ? update_sql : insert_sql, error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, row->body_id);
  zf_bind_id (stmt, 2, row->case_id);
  zf_bind_id (stmt, 3, row->evaluation_id);
  zf_bind_text (stmt, 4, row->problem);
  zf_bind_text (stmt, 5, row->requirement);
  zf_bind_text (stmt, 6, row->deadline);
  zf_bind_text (stmt, 7, row->responsible);
  zf_bind_text (stmt, 8, row->status);
  zf_bind_text (stmt, 9, row->closed_date);
  zf_bind_text (stmt, 10, row->evidence);
  if (row->id > 0)
    sqlite3_bind_int64 (stmt, 11, row->id);
  row->id = zf_store_step_saved (self, stmt, NULL, _("The rectification row no longer exists."), error);
  if (row->id == 0)
    goto fail;
  zf_store_notify_changed (self, "rectification", row->id);
  return zf_store_commit (self, error);

fail:
  zf_store_rollback (self);
  return FALSE;
}

#define RECTIFICATION_SELECT \
  "SELECT r.id, r.body_id, b.name, r.case_id, c.number, r.evaluation_id, r.problem, " \
  "r.requirement, r.deadline, r.responsible, r.status, r.closed_date, r.evidence " \
  "FROM rectification r JOIN body b ON b.id = r.body_id " \
  "LEFT JOIN case_file c ON c.id = r.case_id "

static ZfRectification *
rectification_from_stmt (sqlite3_stmt *stmt)
{
  ZfRectification *row = zf_rectification_new ();

  row->id = sqlite3_column_int64 (stmt, 0);
  row->body_id = sqlite3_column_int64 (stmt, 1);
  row->body_name = zf_column_dup (stmt, 2);
  row->case_id = sqlite3_column_int64 (stmt, 3);
  row->case_number = zf_column_dup (stmt, 4);
  row->evaluation_id = sqlite3_column_int64 (stmt, 5);
  row->problem = zf_column_dup (stmt, 6);
  row->requirement = zf_column_dup (stmt, 7);
  row->deadline = zf_column_dup (stmt, 8);
  row->responsible = zf_column_dup (stmt, 9);
  zf_set_str (&row->status, (const char *) sqlite3_column_text (stmt, 10));
  row->closed_date = zf_column_dup (stmt, 11);
  row->evidence = zf_column_dup (stmt, 12);
  return row;
}

gboolean
zf_store_close_rectification (ZfStore     *self,
                              gint64       id,
                              const char  *date,
                              const char  *evidence,
                              GError     **error)
{
  static const char sql[] = RECTIFICATION_SELECT "WHERE r.id = ?1";
  g_autoptr(ZfRectification) row = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    row = rectification_from_stmt (stmt);
  sqlite3_reset (stmt);
  if (row == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The rectification row no longer exists."));
      return FALSE;
    }
  zf_set_str (&row->status, "closed");
  zf_set_str (&row->closed_date, date);
  zf_set_str (&row->evidence, evidence);
  return zf_store_save_rectification (self, row, error);
}

GPtrArray *
zf_store_list_rectifications (ZfStore     *self,
                              const char  *today,
                              gboolean     only_overdue,
                              GError     **error)
{
  static const char sql[] =
    RECTIFICATION_SELECT
    "WHERE (?2 = 0 OR (r.status = 'open' AND r.deadline < ?1)) "
    "ORDER BY CASE WHEN r.status = 'open' AND r.deadline < ?1 THEN 0 "
    "WHEN r.status = 'open' THEN 1 ELSE 2 END, r.deadline, b.name, r.id";
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_rectification_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  zf_bind_text (stmt, 1, today);
  sqlite3_bind_int (stmt, 2, only_overdue ? 1 : 0);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, rectification_from_stmt (stmt));
  sqlite3_reset (stmt);
  return g_steal_pointer (&rows);
}

gboolean
zf_store_check_rectifications (ZfStore            *self,
                               gint64              body_id,
                               const char         *as_of,
                               ZfRowFindingsFunc   func,
                               gpointer            user_data,
                               GError            **error)
{
  static const char sql[] =
    RECTIFICATION_SELECT
    "WHERE (?1 = 0 OR r.body_id = ?1) AND (?2 IS NULL OR substr (r.created_at, 1, 10) <= ?2) "
    "ORDER BY b.name COLLATE pinyin, r.id";
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_rectification_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, rectification_from_stmt (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const ZfRectification *row = rows->pdata[i];
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autofree char *subject = NULL;

      zf_rule_rectification_fields (row, findings);
      if (findings->len == 0)
        continue;
      subject = g_strdup_printf ("%s %s", row->body_name ? row->body_name : "",
                                 row->case_number ? row->case_number
                                                  : (row->problem ? row->problem : ""));
      if (!func (row->body_id, subject, findings, user_data))
        break;
    }
  return TRUE;
}

static gboolean
rectification_exists (ZfStore     *self,
                      gint64       evaluation_id,
                      const char  *problem)
{
  static const char sql[] =
    "SELECT 1 FROM rectification WHERE evaluation_id = ?1 AND problem = ?2";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  zf_bind_text (stmt, 2, problem);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static char *
line_problem (const ZfStandardItem   *item,
              const ZfEvaluationLine *line)
{
  const char *why = line->reason && *line->reason ? line->reason : "";

  if (line->veto)
    return g_strdup_printf (_("Veto: %s. %s"), item->name, why);
  return g_strdup_printf (_("%s: −%g. %s"), item->name, line->deduction, why);
}

gboolean
zf_store_add_evaluation_rectifications (ZfStore     *self,
                                        gint64       evaluation_id,
                                        const char  *deadline,
                                        const char  *responsible,
                                        guint       *n_added,
                                        GError     **error)
{
  static const char body_sql[] = "SELECT body_id FROM case_file WHERE id = ?1";
  g_autoptr(ZfEvaluation) e = NULL;
  g_autoptr(ZfStandard) standard = NULL;
  sqlite3_stmt *stmt;
  gint64 body_id = 0;
  guint added = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((e = zf_store_get_evaluation (self, evaluation_id, error)) == NULL
      || (standard = zf_store_get_standard (self, e->standard_id, error)) == NULL
      || (stmt = zf_store_prepare (self, body_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->case_id);
  body_id = zf_store_step_int64 (self, stmt, NULL);

  if (!zf_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < e->lines->len; i++)
    {
      ZfEvaluationLine *line = &g_array_index (e->lines, ZfEvaluationLine, i);
      ZfStandardItem *item = zf_standard_find_item (standard, line->item_id);
      g_autoptr(ZfRectification) row = NULL;
      g_autofree char *problem = NULL;

      if (item == NULL || (!line->veto && line->deduction <= 0))
        continue;
      problem = line_problem (item, line);
      /* Adding again after more lines were found adds only the new ones. */
      if (rectification_exists (self, evaluation_id, problem))
        continue;
      row = zf_rectification_new ();
      row->body_id = body_id;
      row->case_id = e->case_id;
      row->evaluation_id = evaluation_id;
      row->problem = g_steal_pointer (&problem);
      row->requirement = g_strdup (_("Correct the problem in this and similar case files, "
                                     "and file the evidence of the correction."));
      row->deadline = g_strdup (deadline);
      row->responsible = g_strdup (responsible);
      if (!zf_store_save_rectification (self, row, error))
        {
          zf_store_rollback (self);
          return FALSE;
        }
      added++;
    }
  if (!zf_store_commit (self, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

GPtrArray *
zf_store_evaluation_summary (ZfStore     *self,
                             int          year,
                             const char  *category,
                             GError     **error)
{
  static const char sql[] =
    "SELECT b.id, b.name, count(*), sum (e.score), "
    "  sum (e.grade = 'excellent'), sum (e.grade = 'pass'), sum (e.grade = 'fail') "
    "FROM case_file c JOIN body b ON b.id = c.body_id "
    "JOIN evaluation e ON e.id = (SELECT x.id FROM evaluation x WHERE x.case_id = c.id "
    "  ORDER BY x.date DESC, x.id DESC LIMIT 1) "
    "WHERE c.year = ?1 AND (?2 IS NULL OR c.category = ?2) "
    "GROUP BY b.id ORDER BY b.name COLLATE pinyin, b.id";
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify) zf_unit_summary_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), NULL);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  zf_bind_text (stmt, 2, category);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZfUnitSummary *u = g_new0 (ZfUnitSummary, 1);

      u->body_id = sqlite3_column_int64 (stmt, 0);
      u->body_name = zf_column_dup (stmt, 1);
      u->n_files = sqlite3_column_int (stmt, 2);
      u->total = sqlite3_column_double (stmt, 3);
      u->n_excellent = sqlite3_column_int (stmt, 4);
      u->n_pass = sqlite3_column_int (stmt, 5);
      u->n_fail = sqlite3_column_int (stmt, 6);
      /* Averages are kept to one decimal, as the scores are. */
      u->average = zf_score_round (u->total / u->n_files, "one_decimal");
      u->pass_rate = zf_score_round (100.0 * (u->n_excellent + u->n_pass) / u->n_files,
                                     "one_decimal");
      g_ptr_array_add (units, u);
    }
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  zf_unit_summary_rank (units);
  return g_steal_pointer (&units);
}
