#define G_LOG_DOMAIN "zf-store-officers"

#include "config.h"

#include "zf-i18n.h"
#include "zf-store-officer-batch.h"
#include "zf-store-officers.h"
#include "zf-store-private.h"

/* The new officers of a bulk import, with their taken-over cards and the
 * application and issue of each: staged in two temporary tables as they
 * are checked, then written to the register's tables by one INSERT …
 * SELECT per table. Written row by row, each officer cost three
 * statements, each with a statement journal and the frames of the
 * summaries' triggers; set-based, the triggers still keep the summaries
 * (in the same transaction) but a statement runs once per thousands of
 * rows. Every row gets the id SQLite would give it (the table's largest
 * plus one, in order), so that a card can name its officer before either
 * is written. */

typedef struct
{
  ZfOfficer *officer;
  gboolean   has_card;
  char      *number;
  char      *issuing_authority;
  char      *valid_until;
  char      *category;
  char      *area;
  gboolean   open_ended;
  char      *issue_date;
  char      *doc_number;
} Staged;

struct _ZfOfficerBatch
{
  GArray            *staged;        /* Staged, in the order of the file */
  gint64             next_officer;  /* ids of the next staged rows; 0 to read */
  gint64             next_card;
  gint64             next_event;
  ZfOfficerSettings  settings;
  gboolean           replaying;
};

static const char *const create_sql[] = {
  "DROP TABLE IF EXISTS temp.zf_officer_stage",
  "DROP TABLE IF EXISTS temp.zf_card_stage",
  "CREATE TEMP TABLE zf_officer_stage (id INTEGER PRIMARY KEY, uuid, created_at, "
  ZF_OFFICER_INSERT_COLUMNS ")",
  "CREATE TEMP TABLE zf_card_stage (id INTEGER PRIMARY KEY, event_id, officer_id, uuid, "
  "applied_uuid, issued_uuid, number, issuing_authority, issue_date, valid_until, category, "
  "area, doc_number, created_at)",
};

static const char stage_officer_sql[] =
  "INSERT INTO temp.zf_officer_stage (id, uuid, created_at, " ZF_OFFICER_INSERT_COLUMNS ") "
  "VALUES (:id, :uuid, coalesce (:row_time, " ZF_NOW "), " ZF_OFFICER_INSERT_VALUES ")";
static const char stage_card_sql[] =
  "INSERT INTO temp.zf_card_stage (id, event_id, officer_id, uuid, applied_uuid, issued_uuid, "
  "number, issuing_authority, issue_date, valid_until, category, area, doc_number, created_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, coalesce (?14, " ZF_NOW "))";

static const char next_ids_sql[] =
  "SELECT (SELECT coalesce (max (id), 0) FROM officer), "
  "(SELECT coalesce (max (id), 0) FROM certificate), "
  "(SELECT coalesce (max (id), 0) FROM officer_event)";

static const char write_officers_sql[] =
  "INSERT INTO officer (id, uuid, created_at, updated_at, " ZF_OFFICER_INSERT_COLUMNS ") "
  "SELECT id, uuid, created_at, created_at, " ZF_OFFICER_INSERT_COLUMNS " "
  "FROM temp.zf_officer_stage ORDER BY id";
static const char write_cards_sql[] =
  "INSERT INTO certificate (id, uuid, officer_id, number, issuing_authority, issue_date, "
  "valid_until, category, area, status, created_at, updated_at) "
  "SELECT id, uuid, officer_id, number, issuing_authority, issue_date, valid_until, category, "
  "area, 'valid', created_at, created_at FROM temp.zf_card_stage ORDER BY id";
/* The two events of each card, the application first, as a holder taken
 * over from an existing register has them. */
static const char write_events_sql[] =
  "INSERT INTO officer_event (id, uuid, officer_id, certificate_id, kind, date, reason, "
  "doc_number, operator, created_at, updated_at) "
  "SELECT c.event_id + k.n, CASE k.n WHEN 0 THEN c.applied_uuid ELSE c.issued_uuid END, "
  "c.officer_id, c.id, k.kind, c.issue_date, ?1, c.doc_number, zf_operator (), c.created_at, "
  "c.created_at FROM temp.zf_card_stage c "
  "CROSS JOIN (SELECT 0 AS n, 'applied' AS kind UNION ALL SELECT 1, 'issued') k";
/* The insert triggers of the events that do nothing for an application or
 * an issue: their WHEN admits only the kinds the summaries of training,
 * assessment and activity read (zf-schema-v8.c). Called by every row of
 * the statement above, each call would cost a frame and the table its IN
 * list builds (half the statement), to do nothing; so they are dropped for
 * that one statement and created again from their stored definition, in
 * the batch's savepoint. A trigger of any other definition stays. */
#define IDLE_EVENT_TRIGGER_PREFIX \
  "'CREATE TRIGGER ' || name || ' AFTER INSERT ON officer_event " \
  "WHEN new.kind IN (''training'', ''assessment'', ''activity'') BEGIN '"
static const char idle_event_triggers_sql[] =
  "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'officer_event' "
  "AND substr (sql, 1, length (" IDLE_EVENT_TRIGGER_PREFIX ")) = " IDLE_EVENT_TRIGGER_PREFIX;
static const char clear_officers_sql[] = "DELETE FROM temp.zf_officer_stage";
static const char clear_cards_sql[] = "DELETE FROM temp.zf_card_stage";

static void
staged_clear (gpointer data)
{
  Staged *s = data;

  g_clear_object (&s->officer);
  g_free (s->number);
  g_free (s->issuing_authority);
  g_free (s->valid_until);
  g_free (s->category);
  g_free (s->area);
  g_free (s->issue_date);
  g_free (s->doc_number);
}

static void
batch_free (gpointer data)
{
  ZfOfficerBatch *batch = data;

  g_array_unref (batch->staged);
  g_free (batch);
}

static GQuark
batch_quark (void)
{
  return g_quark_from_static_string ("zf-officer-batch");
}

static ZfOfficerBatch *
batch_get (ZfStore *self)
{
  return g_object_get_qdata (G_OBJECT (self), batch_quark ());
}

ZfOfficerBatch *
zf_store_officer_batch (ZfStore *self)
{
  ZfOfficerBatch *batch = batch_get (self);

  return batch != NULL && !batch->replaying ? batch : NULL;
}

gboolean
zf_store_begin_officer_batch (ZfStore  *self,
                              GError  **error)
{
  ZfOfficerBatch *batch;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (create_sql); i++)
    if (!zf_store_exec_ddl (self, create_sql[i], error))
      return FALSE;
  batch = g_new0 (ZfOfficerBatch, 1);
  batch->staged = g_array_new (FALSE, TRUE, sizeof (Staged));
  g_array_set_clear_func (batch->staged, staged_clear);
  g_object_set_qdata_full (G_OBJECT (self), batch_quark (), batch, batch_free);
  return TRUE;
}

void
zf_store_end_officer_batch (ZfStore *self)
{
  g_return_if_fail (ZF_IS_STORE (self));

  if (batch_get (self) == NULL)
    return;
  g_object_set_qdata (G_OBJECT (self), batch_quark (), NULL);
  /* Inside the import's transaction, or after its rollback took the
   * tables with it. */
  for (guint i = 0; i < 2; i++)
    zf_store_exec_ddl (self, create_sql[i], NULL);
}

guint
zf_store_officer_batch_length (ZfStore *self)
{
  ZfOfficerBatch *batch;

  g_return_val_if_fail (ZF_IS_STORE (self), 0);

  batch = batch_get (self);
  return batch ? batch->staged->len : 0;
}

/* The ids the next rows of each table will have: read once after each
 * flush, since rows written one by one in between take theirs. */
static gboolean
read_next_ids (ZfStore         *self,
               ZfOfficerBatch  *batch,
               GError         **error)
{
  sqlite3_stmt *stmt;

  if (batch->next_officer > 0)
    return TRUE;
  stmt = zf_store_prepare (self, next_ids_sql, error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      zf_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  batch->next_officer = sqlite3_column_int64 (stmt, 0) + 1;
  batch->next_card = sqlite3_column_int64 (stmt, 1) + 1;
  batch->next_event = sqlite3_column_int64 (stmt, 2) + 1;
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
zf_officer_batch_stage_officer (ZfStore          *self,
                                ZfOfficerBatch   *batch,
                                ZfOfficer        *officer,
                                GError          **error)
{
  Staged staged = { 0 };
  sqlite3_stmt *stmt;

  if (!read_next_ids (self, batch, error))
    return FALSE;
  stmt = zf_store_prepare (self, stage_officer_sql, error);
  if (stmt == NULL)
    return FALSE;
  zf_record_bind (ZF_RECORD (officer), stmt);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), batch->next_officer);
  zf_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":row_time"), zf_store_row_time (self));
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  zf_record_set_id (ZF_RECORD (officer), batch->next_officer++);
  staged.officer = g_object_ref (officer);
  g_array_append_val (batch->staged, staged);
  return TRUE;
}

gboolean
zf_officer_batch_stage_card (ZfStore                 *self,
                             ZfOfficerBatch          *batch,
                             ZfOfficer               *officer,
                             const ZfCertificateCard *card,
                             const char              *issue_date,
                             const char              *until,
                             const char              *doc_number,
                             const ZfOfficerSettings *settings,
                             GError                 **error)
{
  Staged *staged;
  char uuids[3][ZF_UUID_SIZE];
  sqlite3_stmt *stmt;

  g_return_val_if_fail (batch->staged->len > 0, FALSE);

  staged = &g_array_index (batch->staged, Staged, batch->staged->len - 1);
  g_return_val_if_fail (staged->officer == officer && !staged->has_card, FALSE);

  /* The card's UUID, then its events', as written one by one. */
  for (guint i = 0; i < G_N_ELEMENTS (uuids); i++)
    zf_store_next_uuid (self, uuids[i]);
  stmt = zf_store_prepare (self, stage_card_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch->next_card);
  sqlite3_bind_int64 (stmt, 2, batch->next_event);
  sqlite3_bind_int64 (stmt, 3, zf_record_get_id (ZF_RECORD (officer)));
  for (guint i = 0; i < G_N_ELEMENTS (uuids); i++)
    zf_bind_text (stmt, 4 + i, uuids[i]);
  zf_bind_text (stmt, 7, card->number);
  zf_bind_text (stmt, 8, card->issuing_authority);
  zf_bind_text (stmt, 9, issue_date);
  zf_bind_text (stmt, 10, until);
  zf_bind_text (stmt, 11, card->category);
  zf_bind_text (stmt, 12, card->area);
  zf_bind_text (stmt, 13, doc_number);
  zf_bind_text (stmt, 14, zf_store_row_time (self));
  if (!zf_store_exec_stmt (self, stmt, error))
    return FALSE;
  batch->next_card++;
  batch->next_event += 2;

  /* What a failed flush needs to write the row again on its own. */
  staged->has_card = TRUE;
  staged->number = g_strdup (card->number);
  staged->issuing_authority = g_strdup (card->issuing_authority);
  staged->valid_until = g_strdup (card->valid_until);
  staged->category = g_strdup (card->category);
  staged->area = g_strdup (card->area);
  staged->open_ended = card->open_ended;
  staged->issue_date = g_strdup (issue_date);
  staged->doc_number = g_strdup (doc_number);
  batch->settings = *settings;
  return TRUE;
}

/* Drops the idle event triggers, keeping their definitions in @sql. */
static gboolean
drop_idle_triggers (ZfStore    *self,
                    GPtrArray  *sql,
                    GError    **error)
{
  sqlite3_stmt *stmt = zf_store_prepare (self, idle_event_triggers_sql, error);

  return stmt != NULL && zf_store_drop_listed (self, stmt, "TRIGGER", sql, error);
}

/* Writes the staged rows one by one, as without a batch, up to the first
 * one refused: its index in @failed and the store's reason in @error. */
static gboolean
write_one_by_one (ZfStore         *self,
                  ZfOfficerBatch  *batch,
                  guint           *failed,
                  GError         **error)
{
  gboolean ok = TRUE;

  batch->replaying = TRUE;
  for (guint i = 0; ok && i < batch->staged->len; i++)
    {
      Staged *s = &g_array_index (batch->staged, Staged, i);
      ZfCertificateCard card = {
        s->number, s->issuing_authority, s->valid_until, s->category, s->area, s->open_ended,
      };

      zf_record_set_id (ZF_RECORD (s->officer), 0);
      ok = s->has_card ? zf_store_import_holder_bulk (self, s->officer, &card, s->issue_date,
                                                      s->doc_number, &batch->settings, error)
                       : zf_store_insert_officer_bulk (self, s->officer, error);
      if (!ok)
        *failed = i;
    }
  batch->replaying = FALSE;
  return ok;
}

gboolean
zf_store_flush_officer_batch (ZfStore  *self,
                              guint    *failed,
                              GError  **error)
{
  ZfOfficerBatch *batch;
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) idle = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (ZF_IS_STORE (self), FALSE);

  *failed = G_MAXUINT;
  batch = batch_get (self);
  if (batch == NULL || batch->staged->len == 0)
    return TRUE;
  if (!zf_store_exec (self, "SAVEPOINT zf_officer_batch", error))
    return FALSE;
  ok = zf_store_exec (self, write_officers_sql, &local) &&
       zf_store_exec (self, write_cards_sql, &local) &&
       drop_idle_triggers (self, idle, &local);
  if (ok && (ok = (stmt = zf_store_prepare (self, write_events_sql, &local)) != NULL))
    {
      zf_bind_text (stmt, 1, _("Taken over from an existing register"));
      ok = zf_store_exec_stmt (self, stmt, &local);
    }
  for (guint i = 0; ok && i < idle->len; i++)
    ok = zf_store_exec_ddl (self, idle->pdata[i], &local);
  ok = ok && zf_store_exec (self, clear_officers_sql, &local) &&
       zf_store_exec (self, clear_cards_sql, &local);
  if (ok)
    {
      g_array_set_size (batch->staged, 0);
      batch->next_officer = 0;
      return zf_store_exec (self, "RELEASE zf_officer_batch", error);
    }

  /* Which row, and why: the rows again one by one, where each refusal
   * says whose ID number or card number it is. */
  zf_store_exec (self, "ROLLBACK TO zf_officer_batch", NULL);
  zf_store_exec (self, "RELEASE zf_officer_batch", NULL);
  if (write_one_by_one (self, batch, failed, error))
    g_propagate_error (error, g_steal_pointer (&local));
  g_array_set_size (batch->staged, 0);
  batch->next_officer = 0;
  return FALSE;
}
