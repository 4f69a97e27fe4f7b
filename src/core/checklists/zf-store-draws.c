#define G_LOG_DOMAIN "zf-store-draws"

#include "config.h"

#include <math.h>

#include "zf-checklist-rules.h"
#include "zf-date.h"
#include "zf-draw-algorithm.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-officer-rules.h"
#include "zf-store-checklists-private.h"
#include "zf-store-officers.h"

/* Both pools are read back from their JSON snapshots, in uuid order, both
 * when a draw is made and when it is re-run: the two paths cannot differ. */
static const char pool_ids_sql[] =
  "SELECT value ->> '$.id' FROM json_each (?1) ORDER BY value ->> '$.uuid', value ->> '$.id'";

static GArray *
read_pool (ZfStore     *self,
           const char  *json,
           GError     **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, pool_ids_sql, error);

  if (stmt == NULL)
    return NULL;
  zf_bind_text (stmt, 1, json);
  return zf_store_collect_ids (self, stmt, error);
}

static int
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return (int) i;
  return -1;
}

typedef struct
{
  gint64   item_id;
  guint64  seed;
  int      algorithm;
  guint    target_count;
  guint    per_target;
  char    *target_pool;
  char    *inspector_pool;
} StoredDraw;

static void
stored_draw_clear (StoredDraw *d)
{
  g_free (d->target_pool);
  g_free (d->inspector_pool);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StoredDraw, stored_draw_clear)

static gboolean
load_draw (ZfStore     *self,
           gint64       draw_id,
           StoredDraw  *out,
           GError     **error)
{
  static const char sql[] =
    "SELECT item_id, seed, algorithm, target_count, inspectors_per_target, target_pool, "
    "inspector_pool FROM draw WHERE id = ?1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->item_id = sqlite3_column_int64 (stmt, 0);
      out->seed = (guint64) sqlite3_column_int64 (stmt, 1);
      out->algorithm = sqlite3_column_int (stmt, 2);
      out->target_count = (guint) sqlite3_column_int (stmt, 3);
      out->per_target = (guint) sqlite3_column_int (stmt, 4);
      out->target_pool = zf_column_dup (stmt, 5);
      out->inspector_pool = zf_column_dup (stmt, 6);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The draw no longer exists."));
  return found;
}

/* Runs the algorithm on a stored draw: pools from the snapshots, exclusions
 * from draw_exclusion. Fills @targets and @inspectors with the pools' ids. */
static GArray *
run_stored (ZfStore     *self,
            gint64       draw_id,
            StoredDraw  *draw,
            GArray     **targets,
            GArray     **inspectors,
            GError     **error)
{
  static const char exclusions_sql[] =
    "SELECT officer_id, target_id FROM draw_exclusion WHERE draw_id = ?1 ORDER BY id";
  g_autoptr(GArray) exclusions = g_array_new (FALSE, FALSE, sizeof (ZfDrawExclusion));
  g_autoptr(GArray) t = read_pool (self, draw->target_pool, error);
  g_autoptr(GArray) o = NULL;
  sqlite3_stmt *stmt;

  if (t == NULL || (o = read_pool (self, draw->inspector_pool, error)) == NULL)
    return NULL;

  stmt = zf_store_prepare (self, exclusions_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfDrawExclusion e;

      e.inspector = index_of (o, sqlite3_column_int64 (stmt, 0));
      e.target = sqlite3_column_type (stmt, 1) == SQLITE_NULL
                 ? -1 : index_of (t, sqlite3_column_int64 (stmt, 1));
      /* A pair outside the pools changes nothing; a whole-draw exclusion
       * of someone not in the pool neither. */
      if (e.inspector >= 0 && (sqlite3_column_type (stmt, 1) == SQLITE_NULL || e.target >= 0))
        g_array_append_val (exclusions, e);
    }
  sqlite3_reset (stmt);

  *targets = g_steal_pointer (&t);
  *inspectors = g_steal_pointer (&o);
  return zf_draw_run (draw->algorithm, draw->seed, (*targets)->len, (*inspectors)->len,
                      draw->target_count, draw->per_target,
                      (ZfDrawExclusion *) exclusions->data, exclusions->len, error);
}

static gboolean
insert_exclusion (ZfStore     *self,
                  gint64       draw_id,
                  gint64       officer_id,
                  gint64       target_id,
                  const char  *reason,
                  GError     **error)
{
  static const char sql[] =
    "INSERT INTO draw_exclusion (draw_id, officer_id, target_id, reason) VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  sqlite3_bind_int64 (stmt, 2, officer_id);
  zf_bind_id (stmt, 3, target_id);
  zf_bind_text (stmt, 4, reason);
  return zf_store_exec_stmt (self, stmt, error);
}

/* The item's body, enforcement category and default ratio (NAN: none). */
static gboolean
read_item (ZfStore  *self,
           gint64    item_id,
           gint64   *body_id,
           char    **category,
           double   *ratio,
           GError  **error)
{
  static const char sql[] =
    "SELECT i.body_id, coalesce (i.enforcement_category, m.enforcement_category), i.ratio "
    "FROM inspection_item i LEFT JOIN matter m ON m.id = i.matter_id WHERE i.id = ?1";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *body_id = sqlite3_column_int64 (stmt, 0);
      *category = zf_column_dup (stmt, 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        *ratio = sqlite3_column_double (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (*body_id == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The inspection item no longer exists."));
      return FALSE;
    }
  return TRUE;
}

/* The pools a draw is made from, as the JSON snapshots stored with it. */
typedef struct
{
  char  *targets;
  guint  n_targets;
  char  *inspectors;
  guint  n_inspectors;
} Pools;

static void
pools_clear (Pools *pools)
{
  g_clear_pointer (&pools->targets, g_free);
  g_clear_pointer (&pools->inspectors, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pools, pools_clear)

static gboolean
read_pools (ZfStore              *self,
            const ZfDrawRequest  *request,
            gint64                body_id,
            const char           *category,
            Pools                *pools,
            GError              **error)
{
  static const char targets_sql[] =
    "SELECT json_group_array (json_object ('id', id, 'uuid', uuid, 'name', name, "
    "'credit_code', credit_code, 'address', address, 'domain', domain)), count(*) FROM "
    "(SELECT * FROM inspection_target WHERE (?1 IS NULL OR instr (domain, ?1) > 0) ORDER BY uuid)";
  /* The inspector pool: the body's certificate holders valid on the date,
   * of the category, with no suspended or revoked card beside it. No ID
   * number or phone goes into the snapshot: it is published. */
  static const char inspectors_sql[] =
    "SELECT json_group_array (json_object ('id', id, 'uuid', uuid, 'name', name, "
    "'certificate', number, 'category', category, 'issue_date', issue_date, "
    "'valid_until', valid_until, 'status', status)), count(*) FROM "
    "(SELECT o.id, o.uuid, o.name, c.number, c.category, c.issue_date, c.valid_until, c.status "
    "FROM officer o JOIN certificate c ON c.officer_id = o.id "
    "WHERE o.body_id = ?1 AND o.staffing <> 'auxiliary' AND c.status = 'valid' "
    "AND c.issue_date <= ?2 AND c.valid_until >= ?2 "
    "AND (?3 IS NULL OR instr (c.category, ?3) > 0) "
    "AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.officer_id = o.id "
    "AND x.status IN ('suspended', 'revoked')) "
    "GROUP BY o.id ORDER BY o.uuid)";
  sqlite3_stmt *stmt = zf_store_prepare (self, targets_sql, error);

  if (stmt == NULL)
    return FALSE;
  zf_bind_text (stmt, 1, request->target_domain);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      pools->targets = zf_column_dup (stmt, 0);
      pools->n_targets = (guint) sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);

  stmt = zf_store_prepare (self, inspectors_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, request->inspection_date);
  zf_bind_text (stmt, 3, category);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      pools->inspectors = zf_column_dup (stmt, 0);
      pools->n_inspectors = (guint) sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* The draw's row: what was asked, the seed and the pools. 0 on failure. */
static gint64
insert_draw (ZfStore              *self,
             const ZfDrawRequest  *request,
             gint64                body_id,
             guint64               seed,
             guint                 wanted,
             double                ratio,
             const Pools          *pools,
             GError              **error)
{
  static const char sql[] =
    "INSERT INTO draw (item_id, body_id, inspection_date, seed, algorithm, target_count, "
    "target_ratio, inspectors_per_target, target_pool, inspector_pool, doc_number, operator) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id";
  sqlite3_stmt *stmt = zf_store_prepare (self, sql, error);
  /* 经办人: the user's name from the settings, printed on the record; never
   * the login name ("root"): without a name the record leaves the line to
   * be signed by hand. */
  g_autofree char *user = zf_store_get_setting_text (self, ZF_SETTING_USER_NAME);
  gint64 draw_id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, request->item_id);
  sqlite3_bind_int64 (stmt, 2, body_id);
  zf_bind_text (stmt, 3, request->inspection_date);
  sqlite3_bind_int64 (stmt, 4, (gint64) seed);
  sqlite3_bind_int (stmt, 5, ZF_DRAW_ALGORITHM_VERSION);
  sqlite3_bind_int (stmt, 6, (int) wanted);
  if (isnan (ratio) || request->target_count > 0)
    sqlite3_bind_null (stmt, 7);
  else
    sqlite3_bind_double (stmt, 7, ratio);
  sqlite3_bind_int (stmt, 8, (int) request->per_target);
  zf_bind_text (stmt, 9, pools->targets);
  zf_bind_text (stmt, 10, pools->inspectors);
  zf_bind_text (stmt, 11, request->doc_number);
  zf_bind_text (stmt, 12, user);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    draw_id = sqlite3_column_int64 (stmt, 0);
  else
    zf_store_set_error (self, error);
  sqlite3_reset (stmt);
  return draw_id;
}

/* The exclusions of a new draw: the conflicts of interest the request
 * names, and every pair of the item's previous draw (C7 rotation). */
static gboolean
insert_exclusions (ZfStore              *self,
                   const ZfDrawRequest  *request,
                   gint64                draw_id,
                   GError              **error)
{
  static const char previous_sql[] =
    "SELECT a.officer_id, a.target_id FROM draw_assignment a WHERE a.draw_id = "
    "(SELECT max (id) FROM draw WHERE item_id = ?1 AND id < ?2) ORDER BY a.id";
  g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  for (guint i = 0; i < request->n_exclusions; i++)
    if (!insert_exclusion (self, draw_id, request->exclude_officers[i],
                           request->exclude_targets ? request->exclude_targets[i] : 0,
                           _("Conflict of interest"), error))
      return FALSE;

  stmt = zf_store_prepare (self, previous_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->item_id);
  sqlite3_bind_int64 (stmt, 2, draw_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_vals (previous, pair, 2);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i + 1 < previous->len; i += 2)
    if (!insert_exclusion (self, draw_id, g_array_index (previous, gint64, i),
                           g_array_index (previous, gint64, i + 1),
                           zf_rule_draw_rotation_reason (), error))
      return FALSE;
  return TRUE;
}

/* Runs the draw from its stored row and writes its assignments and the
 * empty result row of each target drawn. */
static gboolean
insert_picks (ZfStore  *self,
              gint64    draw_id,
              GError  **error)
{
  static const char assign_sql[] =
    "INSERT INTO draw_assignment (draw_id, target_id, officer_id, position) VALUES (?1, ?2, ?3, ?4)";
  static const char result_sql[] =
    "INSERT OR IGNORE INTO draw_result (draw_id, target_id) VALUES (?1, ?2)";
  g_auto(StoredDraw) stored = { 0 };
  g_autoptr(GArray) picks = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GArray) inspectors = NULL;
  sqlite3_stmt *stmt;

  if (!load_draw (self, draw_id, &stored, error))
    return FALSE;
  picks = run_stored (self, draw_id, &stored, &targets, &inspectors, error);
  if (picks == NULL)
    return FALSE;

  for (guint i = 0; i < picks->len; i++)
    {
      ZfDrawPick *p = &g_array_index (picks, ZfDrawPick, i);
      gint64 target_id = g_array_index (targets, gint64, p->target);

      stmt = zf_store_prepare (self, assign_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, draw_id);
      sqlite3_bind_int64 (stmt, 2, target_id);
      sqlite3_bind_int64 (stmt, 3, g_array_index (inspectors, gint64, p->inspector));
      sqlite3_bind_int (stmt, 4, (int) p->position);
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;

      stmt = zf_store_prepare (self, result_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, draw_id);
      sqlite3_bind_int64 (stmt, 2, target_id);
      if (!zf_store_exec_stmt (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gint64
zf_store_create_draw (ZfStore              *self,
                      const ZfDrawRequest  *request,
                      GError              **error)
{
  g_autofree char *category = NULL;
  g_auto(Pools) pools = { 0 };
  gint64 body_id = 0, draw_id = 0;
  guint wanted;
  double ratio = NAN;
  guint64 seed;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);
  g_return_val_if_fail (request != NULL, 0);

  if (!zf_rule_draw_request (request->inspection_date, request->per_target, error) ||
      !read_item (self, request->item_id, &body_id, &category, &ratio, error))
    return 0;
  if (request->target_count == 0 && request->target_ratio > 0)
    ratio = request->target_ratio;

  seed = request->seed;
  while (seed == 0)
    seed = ((guint64) g_random_int () << 32 | g_random_int ()) & G_GUINT64_CONSTANT (0x7FFFFFFFFFFFFFFF);

  if (!zf_store_begin (self, error))
    return 0;
  if (!read_pools (self, request, body_id, category, &pools, error))
    goto fail;
  wanted = request->target_count > 0 ? MIN (request->target_count, pools.n_targets)
                                     : zf_draw_targets_for_ratio (pools.n_targets, ratio);
  if (!zf_rule_draw_pools (pools.n_targets, wanted, pools.n_inspectors, request->per_target,
                           request->inspection_date, error))
    goto fail;

  draw_id = insert_draw (self, request, body_id, seed, wanted, ratio, &pools, error);
  if (draw_id == 0 ||
      !insert_exclusions (self, request, draw_id, error) ||
      !insert_picks (self, draw_id, error))
    goto fail;

  zf_store_notify_changed (self, "draw", draw_id);
  zf_store_notify_changed (self, "draw_assignment", 0);
  return zf_store_commit (self, error) ? draw_id : 0;

fail:
  zf_store_rollback (self);
  return 0;
}

gboolean
zf_store_verify_draw (ZfStore  *self,
                      gint64    draw_id,
                      GError  **error)
{
  static const char stored_sql[] =
    "SELECT target_id, officer_id, position FROM draw_assignment WHERE draw_id = ?1 ORDER BY id";
  g_auto(StoredDraw) stored = { 0 };
  g_autoptr(GArray) picks = NULL;
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GArray) inspectors = NULL;
  sqlite3_stmt *stmt;
  gboolean same = TRUE;
  guint i = 0;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!load_draw (self, draw_id, &stored, error))
    return FALSE;
  picks = run_stored (self, draw_id, &stored, &targets, &inspectors, error);
  if (picks == NULL)
    return FALSE;

  stmt = zf_store_prepare (self, stored_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  while (same && sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZfDrawPick *p;

      if (i >= picks->len)
        {
          same = FALSE;
          break;
        }
      p = &g_array_index (picks, ZfDrawPick, i++);
      same = sqlite3_column_int64 (stmt, 0) == g_array_index (targets, gint64, p->target) &&
             sqlite3_column_int64 (stmt, 1) == g_array_index (inspectors, gint64, p->inspector) &&
             sqlite3_column_int (stmt, 2) == (int) p->position;
    }
  sqlite3_reset (stmt);
  return zf_rule_draw_replayed (same && i == picks->len, error);
}

/* A card of an inspector, as the certificate register holds it. */
typedef struct
{
  char *number;
  char *issue_date;
  char *valid_until;
  char *status;
  char *category;
} Card;

static void
card_free (gpointer data)
{
  Card *card = data;

  g_free (card->number);
  g_free (card->issue_date);
  g_free (card->valid_until);
  g_free (card->status);
  g_free (card->category);
  g_free (card);
}

/* C8 for one drawn inspector: the card that speaks for @date and his
 * certificate events, judged as they stood that day. */
static gboolean
check_inspector (ZfStore     *self,
                 gint64       officer_id,
                 const char  *name,
                 const char  *date,
                 const char  *category,
                 GPtrArray   *findings,
                 GError     **error)
{
  static const char cards_sql[] =
    "SELECT number, issue_date, valid_until, status, category FROM certificate "
    "WHERE officer_id = ?1 AND status <> 'applying' ORDER BY issue_date, id";
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (card_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autofree const char **issued = NULL;
  ZfInspectorLine line = { name, NULL, NULL, NULL, NULL, NULL };
  sqlite3_stmt *stmt;
  int i;

  if ((stmt = zf_store_prepare (self, cards_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, officer_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Card *card = g_new0 (Card, 1);

      card->number = zf_column_dup (stmt, 0);
      card->issue_date = zf_column_dup (stmt, 1);
      card->valid_until = zf_column_dup (stmt, 2);
      card->status = zf_column_dup (stmt, 3);
      card->category = zf_column_dup (stmt, 4);
      g_ptr_array_add (cards, card);
    }
  sqlite3_reset (stmt);

  events = zf_store_list_officer_events (self, officer_id, FALSE, error);
  if (events == NULL)
    return FALSE;

  issued = g_new0 (const char *, cards->len + 1);
  for (guint j = 0; j < cards->len; j++)
    issued[j] = ((Card *) cards->pdata[j])->issue_date;
  i = zf_certificate_card_on (issued, cards->len, date);
  if (i >= 0)
    {
      const Card *card = cards->pdata[i];

      line.status = card->status;
      line.issue_date = card->issue_date;
      line.valid_until = card->valid_until;
      line.category = card->category;
      line.events = events;
    }
  zf_rule_draw_certificate (&line, date, category, findings);
  return TRUE;
}

gboolean
zf_store_check_draw (ZfStore    *self,
                     gint64      draw_id,
                     GPtrArray  *findings,
                     GError    **error)
{
  static const char counts_sql[] =
    "SELECT count(*) FROM draw_assignment WHERE draw_id = ?1 GROUP BY target_id ORDER BY min (id)";
  /* The day the inspectors act: the inspection date, or the day of the
   * draw where a row lacks it. */
  static const char draw_sql[] =
    "SELECT coalesce (nullif (d.inspection_date, ''), substr (d.created_at, 1, 10)), "
    "d.inspectors_per_target, coalesce (i.enforcement_category, m.enforcement_category) "
    "FROM draw d JOIN inspection_item i ON i.id = d.item_id "
    "LEFT JOIN matter m ON m.id = i.matter_id WHERE d.id = ?1";
  static const char inspectors_sql[] =
    "SELECT o.id, o.name FROM (SELECT DISTINCT officer_id FROM draw_assignment WHERE draw_id = ?1) a "
    "JOIN officer o ON o.id = a.officer_id ORDER BY o.name COLLATE pinyin, o.id";
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;
  g_autofree char *category = NULL;
  guint per_target = 0;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  stmt = zf_store_prepare (self, draw_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      date = zf_column_dup (stmt, 0);
      per_target = (guint) sqlite3_column_int (stmt, 1);
      category = zf_column_dup (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (date == NULL)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND, _("The draw no longer exists."));
      return FALSE;
    }

  stmt = zf_store_prepare (self, counts_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint n = (guint) sqlite3_column_int (stmt, 0);
      g_array_append_val (counts, n);
    }
  sqlite3_reset (stmt);
  zf_rule_draw_inspectors (per_target, (guint *) counts->data, counts->len, findings);

  /* Collected first: each inspector's check runs statements of its own. */
  stmt = zf_store_prepare (self, inspectors_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, zf_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < ids->len; i++)
    if (!check_inspector (self, g_array_index (ids, gint64, i), names->pdata[i], date, category,
                          findings, error))
      return FALSE;
  return TRUE;
}

gboolean
zf_store_mark_draw_result (ZfStore     *self,
                           gint64       draw_id,
                           gint64       target_id,
                           const char  *done_date,
                           const char  *findings_text,
                           GError     **error)
{
  static const char sql[] =
    "UPDATE draw_result SET done = 1, done_date = ?3, findings = ?4 "
    "WHERE draw_id = ?1 AND target_id = ?2";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if (!zf_rule_draw_result (done_date, error))
    return FALSE;
  stmt = zf_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draw_id);
  sqlite3_bind_int64 (stmt, 2, target_id);
  zf_bind_text (stmt, 3, done_date);
  zf_bind_text (stmt, 4, findings_text);
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (zf_store_get_db (self)) == 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND,
                   _("This target was not drawn in this draw."));
      return FALSE;
    }
  zf_store_notify_changed (self, "draw_result", 0);
  return TRUE;
}

gboolean
zf_store_foreach_draw (ZfStore    *self,
                       gint64      body_id,
                       const char *as_of,
                       ZfDrawFunc  func,
                       gpointer    user_data,
                       GError    **error)
{
  /* A draw is made when its row is written: created_at is its date. */
  static const char sql[] =
    "SELECT d.id, d.body_id, b.name, d.inspection_date FROM draw d "
    "LEFT JOIN body b ON b.id = d.body_id WHERE (?1 = 0 OR d.body_id = ?1) "
    "AND (?2 IS NULL OR substr (d.created_at, 1, 10) <= ?2) "
    "ORDER BY d.inspection_date, d.id";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  if ((stmt = zf_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, body_id);
  zf_bind_text (stmt, 2, as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!func (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
               (const char *) sqlite3_column_text (stmt, 2),
               (const char *) sqlite3_column_text (stmt, 3), user_data))
      {
        rc = SQLITE_DONE;
        break;
      }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zf_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}
