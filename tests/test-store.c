#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <locale.h>

#include <math.h>

#include "zf-body-rules.h"
#include "zf-clause.h"
#include "zf-officer-event.h"
#include "zf-record-private.h"
#include "zf-error.h"
#include "zf-store-bodies.h"
#include "zf-store.h"
#include "zf-test-util.h"

#define OPERATOR "王测试"

typedef struct
{
  char    *path;
  ZfStore *store;
  sqlite3 *db;          /* a second connection: independent checks */
  guint    n_changed;
  char    *last_table;
  gint64   last_row;
  gint64   bodies_seen; /* bodies another connection saw during "changed" */
} Fixture;

static void
on_changed (ZfStore    *store,
            const char *table,
            gint64      row_id,
            Fixture    *f)
{
  f->n_changed++;
  g_free (f->last_table);
  f->last_table = g_strdup (table);
  f->last_row = row_id;
  /* Another connection sees only committed data: what it counts here
   * proves the signal comes after the commit. */
  f->bodies_seen = zf_test_sqlite_int (f->db, "SELECT count(*) FROM body");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = zf_test_db_path ("store.db");
  f->store = zf_store_open (f->path, &error);
  g_assert_no_error (error);
  zf_store_set_operator (f->store, OPERATOR);
  f->db = zf_test_sqlite_open (f->path);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sqlite3_close (f->db);
  g_assert_finalize_object (f->store);
  zf_test_remove_db (f->path);
  g_free (f->path);
  g_free (f->last_table);
}

static void
reset_changed (Fixture *f)
{
  f->n_changed = 0;
  g_clear_pointer (&f->last_table, g_free);
  f->last_row = -1;
  f->bodies_seen = -1;
}

static ZfBody *
new_body (const char *name,
          guint       code_n)
{
  ZfBody *body = zf_body_new ();
  g_autofree char *code = code_n ? zf_test_credit_code (code_n) : NULL;

  zf_record_set_string (ZF_RECORD (body), "name", name);
  zf_record_set_string (ZF_RECORD (body), "credit_code", code);
  return body;
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return zf_test_sqlite_int (f->db, sql);
}

static void
test_save_update_delete (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = new_body ("鄂州市市场监督管理局", 1);
  g_autoptr(ZfBody) loaded = NULL;
  gint64 id;

  g_assert_true (zf_store_save_body (f->store, body, &error));
  g_assert_no_error (error);
  id = zf_record_get_id (ZF_RECORD (body));
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (zf_record_get_uuid (ZF_RECORD (body)));
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 1);

  loaded = zf_store_get_body (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_body_get_name (loaded), ==, "鄂州市市场监督管理局");
  g_assert_cmpstr (zf_body_get_status (loaded), ==, "pending");
  g_assert_cmpstr (zf_record_get_uuid (ZF_RECORD (loaded)), ==,
                   zf_record_get_uuid (ZF_RECORD (body)));
  g_clear_object (&loaded);

  zf_record_set_string (ZF_RECORD (body), "name", "鄂州市市场监管局");
  zf_record_set_string (ZF_RECORD (body), "domain", "市场监管");
  g_assert_true (zf_store_save_body (f->store, body, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (body)), ==, id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body WHERE name = '鄂州市市场监管局' "
                             "AND domain = '市场监管'"), ==, 1);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 1);

  g_assert_true (zf_store_delete_body (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 0);
  loaded = zf_store_get_body (f->store, id, &error);
  g_assert_null (loaded);
  g_assert_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saving a body deleted meanwhile (by another program) says so, and
   * stores nothing. */
  g_assert_false (zf_store_save_body (f->store, body, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_NOT_FOUND);
  g_assert_cmpint (zf_store_count_bodies (f->store), ==, 0);
}

/* B0–B7: each case sets some columns ("column=value;…"), optionally gives
 * the body an entrusting body of @parent_kind, runs one rule and expects
 * @n findings of that rule with @severity. */
typedef void (*RuleFunc) (ZfBody *body, ZfBody *entrusting, const char *today, GPtrArray *findings);

static void run_b0 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_fields (b, f); }
static void run_b1 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_credit_code (b, f); }
static void run_b2 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_authorized_basis (b, f); }
static void run_b3 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_entrustment (b, e, f); }
static void run_b4 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_letter_current (b, t, f); }
static void run_b5 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_published (b, f); }
static void run_b6 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_filed (b, f); }
static void run_b7 (ZfBody *b, ZfBody *e, const char *t, GPtrArray *f) { zf_rule_body_legal_section (b, f); }

#define LETTER "letter_number=鄂政法委〔2023〕1号;letter_start=2023-01-01;letter_end=2025-12-31"

typedef struct
{
  const char *rule;
  RuleFunc    func;
  const char *fields;
  const char *parent_kind;   /* NULL: no entrusting body */
  guint       n;
  ZfSeverity  severity;
  const char *clause;
} RuleCase;

static const RuleCase rule_cases[] = {
  /* B0 fields */
  { "B0", run_b0, "name=县司法局", NULL, 0 },
  { "B0", run_b0, "name=", NULL, 1, ZF_SEVERITY_ERROR },
  { "B0", run_b0, "name=   ", NULL, 0 },  /* blank after trim is the database's CHECK */
  { "B0", run_b0, "name=X;letter_date=2023-02-30", NULL, 1, ZF_SEVERITY_ERROR },
  { "B0", run_b0, "name=X;filed_date=2023/01/01;published_date=2023-1-1", NULL, 2, ZF_SEVERITY_ERROR },
  { "B0", run_b0, "name=X;region_code=42070", NULL, 1, ZF_SEVERITY_ERROR, "GB/T 2260" },
  { "B0", run_b0, "name=X;region_code=420703", NULL, 0 },
  { "B0", run_b0, "name=X;letter_start=2024-01-02;letter_end=2024-01-01", NULL, 1, ZF_SEVERITY_ERROR },
  { "B0", run_b0, "name=X;letter_start=2024-01-01;letter_end=2024-01-01", NULL, 0 },
  /* B1 credit code */
  { "B1", run_b1, "credit_code=91350100M000100Y43", NULL, 0 },
  { "B1", run_b1, "credit_code=", NULL, 1, ZF_SEVERITY_WARNING, "GB 32100" },
  { "B1", run_b1, "credit_code=91350100M000100Y44", NULL, 1, ZF_SEVERITY_ERROR, "GB 32100" },
  { "B1", run_b1, "credit_code=91350100M000100Y4", NULL, 1, ZF_SEVERITY_ERROR, "GB 32100" },
  /* B2 authorized organizations name their statute */
  { "B2", run_b2, "kind=authorized", NULL, 1, ZF_SEVERITY_ERROR, "S0 §二(一)" },
  { "B2", run_b2, "kind=authorized;legal_basis=《中华人民共和国道路交通安全法》第五条", NULL, 0 },
  { "B2", run_b2, "kind=organ", NULL, 0 },
  { "B2", run_b2, "kind=entrusted", NULL, 0 },
  /* B3 entrustment */
  { "B3", run_b3, "kind=entrusted;" LETTER, "organ", 0 },
  /* 行政处罚法 §20: only an administrative organ entrusts. */
  { "B3", run_b3, "kind=entrusted;" LETTER, "authorized", 1, ZF_SEVERITY_ERROR, "行政处罚法 §20" },
  { "B3", run_b3, "kind=entrusted;" LETTER, NULL, 1, ZF_SEVERITY_ERROR, "S0 §二(一)" },
  { "B3", run_b3, "kind=entrusted;" LETTER, "entrusted", 1, ZF_SEVERITY_ERROR, "行政处罚法 §20" },
  { "B3", run_b3, "kind=entrusted;letter_number=1;letter_start=2023-01-01", "organ", 1, ZF_SEVERITY_ERROR },
  { "B3", run_b3, "kind=entrusted", NULL, 2, ZF_SEVERITY_ERROR },
  { "B3", run_b3, "kind=organ", NULL, 0 },
  /* B4 expired letter (today is 2024-06-30) */
  { "B4", run_b4, "kind=entrusted;letter_end=2024-06-29", NULL, 1, ZF_SEVERITY_WARNING, "S0 §二(一)" },
  { "B4", run_b4, "kind=entrusted;letter_end=2024-06-30", NULL, 0 },
  { "B4", run_b4, "kind=entrusted;letter_end=2025-01-01", NULL, 0 },
  { "B4", run_b4, "kind=organ;letter_end=2020-01-01", NULL, 0 },
  /* B5 published */
  { "B5", run_b5, "status=pending", NULL, 1, ZF_SEVERITY_WARNING, "S0 §二(一)" },
  { "B5", run_b5, "status=confirmed", NULL, 1, ZF_SEVERITY_WARNING },
  { "B5", run_b5, "status=published", NULL, 0 },
  { "B5", run_b5, "status=revoked", NULL, 0 },
  /* B6 filing */
  { "B6", run_b6, "kind=entrusted;filed=0", NULL, 1, ZF_SEVERITY_WARNING, "S0 §二(一)" },
  { "B6", run_b6, "kind=authorized;filed=0", NULL, 1, ZF_SEVERITY_WARNING },
  { "B6", run_b6, "kind=authorized;filed=1", NULL, 0 },
  { "B6", run_b6, "kind=organ;filed=0", NULL, 0 },
  /* B7 legal-affairs section; the supervision body needs 3 staff */
  { "B7", run_b7, "has_legal_section=0;legal_staff_count=0", NULL, 1, ZF_SEVERITY_WARNING, "S1 §二(一)2" },
  { "B7", run_b7, "has_legal_section=1;legal_staff_count=0", NULL, 1, ZF_SEVERITY_WARNING },
  { "B7", run_b7, "has_legal_section=1;legal_staff_count=1", NULL, 0 },
  { "B7", run_b7, "domain=" ZF_SUPERVISION_DOMAIN ";has_legal_section=1;legal_staff_count=2", NULL, 1,
    ZF_SEVERITY_WARNING, "S1 §二(一)1" },
  { "B7", run_b7, "domain=" ZF_SUPERVISION_DOMAIN ";has_legal_section=1;legal_staff_count=3", NULL, 0 },
  { "B7", run_b7, "status=revoked;has_legal_section=0", NULL, 0 },
};

static void
apply_fields (ZfBody     *body,
              const char *fields)
{
  g_auto(GStrv) pairs = g_strsplit (fields, ";", -1);

  for (guint i = 0; pairs[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);
      static const char *const numeric[] = { "filed", "has_legal_section", "legal_staff_count", NULL };

      if (g_strv_contains (numeric, kv[0]))
        zf_record_set_int (ZF_RECORD (body), kv[0], g_ascii_strtoll (kv[1], NULL, 10));
      else
        zf_record_set_string (ZF_RECORD (body), kv[0], kv[1]);
    }
}

static void
test_rules (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      const RuleCase *c = &rule_cases[i];
      g_autoptr(ZfBody) body = new_body ("测试主体", 0);
      g_autoptr(ZfBody) parent = NULL;
      g_autoptr(GPtrArray) findings = zf_findings_new ();

      g_test_message ("case %u: %s %s", i, c->rule, c->fields);
      apply_fields (body, c->fields);
      if (c->parent_kind != NULL)
        {
          parent = new_body ("鄂州市人民政府", 0);
          zf_record_set_string (ZF_RECORD (parent), "kind", c->parent_kind);
          zf_record_set_id (ZF_RECORD (parent), 1);
        }
      c->func (body, parent, "2024-06-30", findings);

      g_assert_cmpuint (findings->len, ==, c->n);
      for (guint j = 0; j < findings->len; j++)
        {
          const ZfFinding *found = findings->pdata[j];
          g_autofree char *line = zf_finding_to_string (found);

          g_assert_cmpstr (found->rule, ==, c->rule);
          g_assert_cmpint (found->severity, ==, c->severity);
          g_assert_true (found->message != NULL && *found->message != '\0');
          if (c->clause != NULL)
            {
              g_autofree char *title = zf_clause_display (c->clause);

              g_assert_cmpstr (found->clause, ==, c->clause);
              /* People read the document's title, never its code. */
              g_assert_nonnull (strstr (line, title));
              g_assert_null (strstr (line, "S0"));
              g_assert_null (strstr (line, "S1"));
            }
          g_assert_nonnull (strstr (line, c->rule));
        }
    }
}

static void
test_self_entrustment (void)
{
  g_autoptr(ZfBody) body = new_body ("自己", 0);
  g_autoptr(GPtrArray) findings = zf_findings_new ();

  apply_fields (body, "kind=entrusted;" LETTER);
  zf_record_set_id (ZF_RECORD (body), 5);
  zf_rule_body_entrustment (body, body, findings);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (((ZfFinding *) findings->pdata[0])->rule, ==, "B3");
}

static void
test_invalid_not_written (Fixture       *f,
                          gconstpointer  data)
{
  static const char *const bad[] = {
    "credit_code=91350100M000100Y44",
    "kind=authorized",
    "kind=entrusted",
    "letter_date=2023-02-30",
    "name=",
  };
  gint64 audit_before = count (f, "SELECT count(*) FROM audit_log");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(ZfBody) body = new_body ("县农业农村局", 0);
      g_autoptr(GError) error = NULL;

      reset_changed (f);
      apply_fields (body, bad[i]);
      g_assert_false (zf_store_save_body (f->store, body, &error));
      g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
      g_assert_cmpint (zf_record_get_id (ZF_RECORD (body)), ==, 0);
      g_assert_cmpuint (f->n_changed, ==, 0);
    }

  g_assert_cmpint (count (f, "SELECT count(*) FROM body"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_before);
}

static void
test_duplicate_credit_code (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(ZfBody) first = new_body ("鄂州市生态环境局", 42);
  g_autoptr(ZfBody) second = new_body ("鄂州市应急管理局", 42);
  g_autoptr(ZfBody) third = new_body ("鄂州市城市管理执法局", 43);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = zf_test_credit_code (42);

  g_assert_true (zf_store_save_body (f->store, first, &error));
  g_assert_true (zf_store_save_body (f->store, third, &error));
  g_assert_no_error (error);

  g_assert_false (zf_store_save_body (f->store, second, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "鄂州市生态环境局"));
  g_assert_nonnull (strstr (error->message, code));
  g_clear_error (&error);

  /* Changing an existing body to another's code is refused as well. */
  zf_record_set_string (ZF_RECORD (third), "credit_code", code);
  g_assert_false (zf_store_save_body (f->store, third, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Saving a body with its own code again is not a duplicate. */
  g_assert_true (zf_store_save_body (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body"), ==, 2);
}

static void
test_delete_in_use (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZfBody) body = new_body ("鄂城区司法局", 7);
  g_autoptr(GError) error = NULL;
  g_autofree char *insert = NULL;
  gint64 id;

  g_assert_true (zf_store_save_body (f->store, body, &error));
  id = zf_record_get_id (ZF_RECORD (body));

  /* The store has no officer API in this register: a fixture row. */
  insert = g_strdup_printf ("INSERT INTO officer (name, body_id) VALUES ('赵六', %" G_GINT64_FORMAT ")", id);
  zf_test_sqlite_exec (f->db, insert);

  reset_changed (f);
  g_assert_false (zf_store_delete_body (f->store, id, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "鄂城区司法局"));
  /* Only what refers to it is named, in the singular for one. */
  g_assert_nonnull (strstr (error->message, "by 1 officer."));
  g_assert_null (strstr (error->message, "case file"));
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body"), ==, 1);
  g_clear_error (&error);

  zf_test_sqlite_exec (f->db, "DELETE FROM officer");
  g_assert_true (zf_store_delete_body (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body"), ==, 0);
}

static void
test_status_transitions (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ZfBody) body = new_body ("鄂州市交通运输局", 9);
  g_autoptr(ZfBody) loaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (zf_store_save_body (f->store, body, &error));
  id = zf_record_get_id (ZF_RECORD (body));

  /* Not published before confirmed. */
  g_assert_false (zf_store_change_body_status (f->store, id, "published", "2024-01-10",
                                               "鄂政发〔2024〕1号", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);
  /* A change needs its date and document. */
  g_assert_false (zf_store_change_body_status (f->store, id, "confirmed", "2024-01-32",
                                               "鄂政发〔2024〕1号", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zf_store_change_body_status (f->store, id, "confirmed", "2024-01-05",
                                               "", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zf_store_change_body_status (f->store, id, "approved", "2024-01-05",
                                               "1号", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body_status_event"), ==, 0);

  g_assert_true (zf_store_change_body_status (f->store, id, "confirmed", "2024-01-05",
                                              "鄂政发〔2024〕1号", "定期清理确认", &error));
  g_assert_no_error (error);
  g_assert_true (zf_store_change_body_status (f->store, id, "published", "2024-01-10",
                                              "鄂政发〔2024〕2号", NULL, &error));
  g_assert_no_error (error);
  loaded = zf_store_get_body (f->store, id, &error);
  g_assert_cmpstr (zf_body_get_status (loaded), ==, "published");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (loaded), "published_date"), ==, "2024-01-10");
  g_clear_object (&loaded);

  g_assert_true (zf_store_change_body_status (f->store, id, "revoked", "2024-05-01",
                                              "鄂政发〔2024〕9号", "机构改革", &error));
  g_assert_no_error (error);
  /* Revoked is final. */
  g_assert_false (zf_store_change_body_status (f->store, id, "confirmed", "2024-06-01",
                                               "鄂政发〔2024〕10号", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);
  g_assert_false (zf_store_change_body_status (f->store, id, "published", "2024-06-01",
                                               "鄂政发〔2024〕10号", NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_clear_error (&error);

  g_assert_cmpint (count (f, "SELECT count(*) FROM body_status_event"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body_status_event WHERE status = 'published' "
                             "AND date = '2024-01-10' AND doc_number = '鄂政发〔2024〕2号' "
                             "AND operator = '" OPERATOR "'"), ==, 1);

  g_assert_true (zf_store_add_body_review (f->store, id, "2024-03-01", "kept", "鄂政发〔2024〕5号",
                                           NULL, &error));
  g_assert_no_error (error);
  g_assert_false (zf_store_add_body_review (f->store, id, "2024-03-01", "maybe", NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);

  /* Newest first: revoked (05-01), review (03-01), published, confirmed. */
  events = zf_store_list_body_events (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 4);
  g_assert_cmpstr (((ZfBodyEvent *) events->pdata[0])->value, ==, "revoked");
  g_assert_cmpstr (((ZfBodyEvent *) events->pdata[1])->kind, ==, "review");
  g_assert_cmpstr (((ZfBodyEvent *) events->pdata[2])->value, ==, "published");
  g_assert_cmpstr (((ZfBodyEvent *) events->pdata[3])->value, ==, "confirmed");
  g_assert_cmpstr (((ZfBodyEvent *) events->pdata[3])->operator_name, ==, OPERATOR);
}

static void
test_audit_log (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZfBody) body = new_body ("鄂州市农业农村局", 11);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  char *msg = NULL;
  gint64 id;

  g_assert_true (zf_store_save_body (f->store, body, &error));
  id = zf_record_get_id (ZF_RECORD (body));
  zf_record_set_string (ZF_RECORD (body), "name", "鄂州市农业农村局（更名）");
  g_assert_true (zf_store_save_body (f->store, body, &error));
  g_assert_true (zf_store_delete_body (f->store, id, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE tbl = 'body' AND row_id = %" G_GINT64_FORMAT
                         " AND who = '" OPERATOR "' AND row_uuid = '%s' AND ("
                         "(action = 'insert' AND old IS NULL AND json_extract (new, '$.name') = '鄂州市农业农村局') OR "
                         "(action = 'update' AND json_extract (old, '$.name') = '鄂州市农业农村局' "
                         " AND json_extract (new, '$.name') = '鄂州市农业农村局（更名）') OR "
                         "(action = 'delete' AND new IS NULL AND json_extract (old, '$.name') = '鄂州市农业农村局（更名）'))",
                         id, zf_record_get_uuid (ZF_RECORD (body)));
  g_assert_cmpint (count (f, sql), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, 3);

  /* Append-only, whoever tries. */
  g_assert_cmpint (sqlite3_exec (f->db, "UPDATE audit_log SET who = 'x'", NULL, NULL, &msg), !=, SQLITE_OK);
  g_assert_nonnull (strstr (msg, "append-only"));
  sqlite3_free (msg);
  g_assert_cmpint (sqlite3_exec (f->db, "DELETE FROM audit_log", NULL, NULL, &msg), !=, SQLITE_OK);
  g_assert_nonnull (strstr (msg, "append-only"));
  sqlite3_free (msg);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, 3);

  /* Bulk writers: rows off, one summary. */
  zf_store_set_audit_rows (f->store, FALSE);
  {
    g_autoptr(ZfBody) bulk = new_body ("导入的主体", 12);
    g_assert_true (zf_store_save_body (f->store, bulk, &error));
  }
  zf_store_set_audit_rows (f->store, TRUE);
  g_assert_true (zf_store_audit_summary (f->store, "body", "{\"imported\": 1}", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                             "json_extract (new, '$.imported') = 1 AND who = '" OPERATOR "'"), ==, 1);
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZfBody) a = new_body ("甲局", 21);
  g_autoptr(ZfBody) b = new_body ("乙局", 22);
  g_autoptr(ZfBody) c = new_body ("丙局", 23);
  g_autoptr(GError) error = NULL;

  /* One save: one emission, after its commit, naming the row. */
  reset_changed (f);
  g_assert_true (zf_store_save_body (f->store, a, &error));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (f->last_table, ==, "body");
  g_assert_cmpint (f->last_row, ==, zf_record_get_id (ZF_RECORD (a)));
  g_assert_cmpint (f->bodies_seen, ==, 1);

  /* A user action saving two rows: one emission for many rows, after the
   * outer commit only. */
  reset_changed (f);
  g_assert_true (zf_store_begin (f->store, &error));
  g_assert_true (zf_store_save_body (f->store, b, &error));
  g_assert_true (zf_store_save_body (f->store, c, &error));
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_true (zf_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpint (f->last_row, ==, 0);
  g_assert_cmpint (f->bodies_seen, ==, 3);

  /* Rolled back: nothing written, nothing announced. */
  reset_changed (f);
  {
    g_autoptr(ZfBody) d = new_body ("丁局", 24);

    g_assert_true (zf_store_begin (f->store, &error));
    g_assert_true (zf_store_save_body (f->store, d, &error));
    zf_store_rollback (f->store);
  }
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body"), ==, 3);

  /* The next action announces only itself. */
  zf_record_set_string (ZF_RECORD (a), "notes", "备注");
  g_assert_true (zf_store_save_body (f->store, a, &error));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpint (f->last_row, ==, zf_record_get_id (ZF_RECORD (a)));
}

static void
test_nested_transactions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZfBody) outer = new_body ("外层", 31);
  g_autoptr(ZfBody) inner = new_body ("内层", 32);
  g_autoptr(ZfBody) kept = new_body ("保留", 33);
  g_autoptr(GError) error = NULL;

  reset_changed (f);
  g_assert_true (zf_store_begin (f->store, &error));
  g_assert_true (zf_store_save_body (f->store, outer, &error));

  g_assert_true (zf_store_begin (f->store, &error));
  g_assert_true (zf_store_save_body (f->store, inner, &error));
  zf_store_rollback (f->store);

  g_assert_true (zf_store_begin (f->store, &error));
  g_assert_true (zf_store_save_body (f->store, kept, &error));
  g_assert_true (zf_store_commit (f->store, &error));
  g_assert_cmpuint (f->n_changed, ==, 0);

  g_assert_true (zf_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body WHERE name IN ('外层', '保留')"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM body WHERE name = '内层'"), ==, 0);

  /* The whole action rolled back after a committed inner part. */
  {
    g_autoptr(ZfBody) x = new_body ("撤销", 34);

    reset_changed (f);
    g_assert_true (zf_store_begin (f->store, &error));
    g_assert_true (zf_store_begin (f->store, &error));
    g_assert_true (zf_store_save_body (f->store, x, &error));
    g_assert_true (zf_store_commit (f->store, &error));
    zf_store_rollback (f->store);
    g_assert_cmpuint (f->n_changed, ==, 0);
    g_assert_cmpint (count (f, "SELECT count(*) FROM body WHERE name = '撤销'"), ==, 0);
  }
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Defaults from the schema. */
  g_assert_cmpint (zf_store_get_setting_int (f->store, "training_hours_min", 0), ==, 40);
  g_assert_cmpint (zf_store_get_setting_int (f->store, "certificate_validity_years", 0), ==, 5);
  g_assert_cmpint (zf_store_get_setting_int (f->store, "no_such_key", -7), ==, -7);

  reset_changed (f);
  g_assert_true (zf_store_set_setting (f->store, "training_hours_min", "60", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (f->last_table, ==, "setting");
  g_assert_cmpint (zf_store_get_setting_int (f->store, "training_hours_min", 0), ==, 60);

  g_assert_true (zf_store_set_setting (f->store, "random_inspection_share_min", "32.5", &error));
  g_assert_cmpfloat (zf_store_get_setting_double (f->store, "random_inspection_share_min", 0), ==, 32.5);
  /* Not a number: the fallback, never a half-parsed value. */
  g_assert_cmpint (zf_store_get_setting_int (f->store, "random_inspection_share_min", 30), ==, 30);
  g_assert_true (zf_store_set_setting (f->store, "grade_pass_min", "六十", &error));
  g_assert_cmpfloat (zf_store_get_setting_double (f->store, "grade_pass_min", 60.0), ==, 60.0);

  g_assert_true (zf_store_set_setting (f->store, "new_key", "1", &error));
  g_assert_cmpint (count (f, "SELECT value FROM setting WHERE key = 'new_key'"), ==, 1);
}

/* Who works with the register: text settings, trimmed, blank reads as unset;
 * the user's name becomes the operator, now and when the file is reopened. */
static void
test_settings_text (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) again = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *blank = NULL;

  g_assert_null (zf_store_get_setting_text (f->store, ZF_SETTING_UNIT_NAME));
  g_assert_true (zf_store_set_setting_text (f->store, ZF_SETTING_UNIT_NAME,
                                            "  某市司法局  ", &error));
  g_assert_no_error (error);
  unit = zf_store_get_setting_text (f->store, ZF_SETTING_UNIT_NAME);
  g_assert_cmpstr (unit, ==, "某市司法局");

  g_assert_true (zf_store_set_setting_text (f->store, ZF_SETTING_UNIT_REGION, " ", &error));
  blank = zf_store_get_setting_text (f->store, ZF_SETTING_UNIT_REGION);
  g_assert_null (blank);

  g_assert_cmpstr (zf_store_get_operator (f->store), ==, OPERATOR);
  g_assert_true (zf_store_set_setting_text (f->store, ZF_SETTING_USER_NAME, "科员甲", &error));
  g_assert_cmpstr (zf_store_get_operator (f->store), ==, "科员甲");
  /* A blank name leaves the operator as it was. */
  g_assert_true (zf_store_set_setting_text (f->store, ZF_SETTING_USER_NAME, "", &error));
  g_assert_cmpstr (zf_store_get_operator (f->store), ==, "科员甲");

  g_assert_true (zf_store_set_setting_text (f->store, ZF_SETTING_USER_NAME, "科员乙", &error));
  again = zf_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_store_get_operator (again), ==, "科员乙");
}

/* A decimal field nobody filled in is "not set" (stored as NULL), not 0:
 * the base class must see the subclass's fields when it initializes them. */
static void
test_record_numbers_start_unset (void)
{
  g_autoptr(ZfOfficerEvent) event = g_object_new (ZF_TYPE_OFFICER_EVENT, NULL);
  g_autoptr(ZfOfficerEvent) given = g_object_new (ZF_TYPE_OFFICER_EVENT, "hours", 8.0, NULL);

  g_assert_true (isnan (zf_record_get_double (ZF_RECORD (event), "hours")));
  g_assert_cmpfloat (zf_record_get_double (ZF_RECORD (given), "hours"), ==, 8.0);
}

/* zf_record_bind() fills each :column parameter from its field (NULL for
 * an unset number or a 0 foreign key), :id and :uuid from the record, and
 * leaves positional and unknown parameters as the caller bound them. */
static void
test_record_bind (void)
{
  g_autoptr(ZfOfficerEvent) event = g_object_new (ZF_TYPE_OFFICER_EVENT, "kind", "training",
                                                  "hours", 8.0, "uuid", "u-1", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  zf_record_set_id (ZF_RECORD (event), 42);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT :kind, :hours, :id, :uuid, ?5, :nope, "
                                           ":officer_id, :grade, :passed, :kind", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 5, 7);
  sqlite3_bind_int (stmt, 6, 9);
  zf_record_bind (ZF_RECORD (event), stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "training");
  g_assert_cmpfloat (sqlite3_column_double (stmt, 1), ==, 8.0);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, 42);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "u-1");
  g_assert_cmpint (sqlite3_column_int (stmt, 4), ==, 7);
  g_assert_cmpint (sqlite3_column_int (stmt, 5), ==, 9);
  g_assert_cmpint (sqlite3_column_type (stmt, 6), ==, SQLITE_NULL);
  g_assert_cmpint (sqlite3_column_type (stmt, 7), ==, SQLITE_NULL);
  g_assert_cmpint (sqlite3_column_type (stmt, 8), !=, SQLITE_NULL);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 9), ==, "training");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* zf_record_new_from_row() fills the fields zf_record_load_row() fills,
 * row after row of one statement: a NULL or empty text unset, a NULL
 * number NaN, an unknown column left out, id and uuid. */
static void
test_record_columns (void)
{
  static const char sql[] =
    "SELECT 1 AS id, 'u-1' AS uuid, 'training' AS kind, '2024-03-01' AS date, 8.0 AS hours, "
    "NULL AS passed, 'x' AS nope "
    "UNION ALL SELECT 2, NULL, 'exam', '', NULL, 1, NULL";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(ZfRecordColumns) columns = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  columns = zf_record_columns_new (ZF_TYPE_OFFICER_EVENT, stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(ZfOfficerEvent) mapped = zf_record_new_from_row (columns, stmt);
      g_autoptr(ZfOfficerEvent) loaded = g_object_new (ZF_TYPE_OFFICER_EVENT, NULL);
      double hours_mapped, hours_loaded;

      zf_record_load_row (ZF_RECORD (loaded), stmt);
      g_assert_cmpint (zf_record_get_id (ZF_RECORD (mapped)), ==, n + 1);
      g_assert_cmpint (zf_record_get_id (ZF_RECORD (mapped)), ==,
                       zf_record_get_id (ZF_RECORD (loaded)));
      g_assert_cmpstr (zf_record_get_uuid (ZF_RECORD (mapped)), ==,
                       zf_record_get_uuid (ZF_RECORD (loaded)));
      g_assert_cmpstr (zf_officer_event_get_kind (mapped), ==, n == 0 ? "training" : "exam");
      g_assert_cmpstr (zf_officer_event_get_kind (mapped), ==, zf_officer_event_get_kind (loaded));
      g_assert_cmpstr (zf_officer_event_get_date (mapped), ==, zf_officer_event_get_date (loaded));
      g_assert_cmpint (zf_officer_event_get_passed (mapped), ==,
                       zf_officer_event_get_passed (loaded));
      hours_mapped = zf_record_get_double (ZF_RECORD (mapped), "hours");
      hours_loaded = zf_record_get_double (ZF_RECORD (loaded), "hours");
      g_assert_true (isnan (hours_mapped) == isnan (hours_loaded));
      if (!isnan (hours_loaded))
        g_assert_cmpfloat (hours_mapped, ==, hours_loaded);
      n++;
    }
  g_assert_cmpuint (n, ==, 2);

  /* Used again (zf_record_reuse_from_row()): a record comes back through
   * the spares unless someone still holds it, and then holds the next
   * row whole, the fields that row leaves empty included. */
  sqlite3_reset (stmt);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) spare = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(ZfOfficerEvent) kept = NULL;
    ZfOfficerEvent *first, *again;

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    first = zf_record_reuse_from_row (columns, stmt, spare);
    g_ptr_array_add (rows, first);
    g_assert_cmpstr (zf_officer_event_get_date (first), ==, "2024-03-01");
    zf_record_recycle (rows, spare);
    g_assert_cmpuint (rows->len, ==, 0);
    g_assert_cmpuint (spare->len, ==, 1);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    again = zf_record_reuse_from_row (columns, stmt, spare);
    g_ptr_array_add (rows, again);
    g_assert_true (again == first);
    g_assert_cmpuint (spare->len, ==, 0);
    g_assert_cmpint (zf_record_get_id (ZF_RECORD (again)), ==, 2);
    g_assert_null (zf_record_get_uuid (ZF_RECORD (again)));
    g_assert_cmpstr (zf_officer_event_get_kind (again), ==, "exam");
    g_assert_null (zf_officer_event_get_date (again));
    g_assert_true (isnan (zf_record_get_double (ZF_RECORD (again), "hours")));
    g_assert_cmpint (zf_officer_event_get_passed (again), ==, 1);

    /* Held by another: not used again. */
    kept = g_object_ref (again);
    zf_record_recycle (rows, spare);
    g_assert_cmpuint (rows->len, ==, 0);
    g_assert_cmpuint (spare->len, ==, 0);
    g_assert_cmpstr (zf_officer_event_get_kind (kept), ==, "exam");
  }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* S0 §四(五): each unit holds an all-staff training every year. B8 reports
 * each closed year the settings still cover, from the year the body was
 * published; a training not for all the staff does not count. */
static void
test_unit_training (Fixture       *f,
                    gconstpointer  data)
{
  static const struct {
    const char *published;
    const char *today;
    const char *back;
    const char *years;     /* the years B8 reports */
  } cases[] = {
    { "2020-05-01", "2026-01-02", "3", "2023,2025" },
    { "2020-05-01", "2026-01-02", "1", "2025" },
    { "2020-05-01", "2025-12-31", "1", "" },       /* 2024 held; 2025 not over */
    { "2020-05-01", "2026-01-02", "0", "" },
    { "2024-03-01", "2026-01-02", "3", "2025" },   /* not reported before publication */
  };
  g_autoptr(ZfBody) body = new_body ("鄂城区市场监督管理局", 8);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 id;
  gboolean seen = FALSE;

  g_assert_true (zf_store_save_body (f->store, body, &error));
  id = zf_record_get_id (ZF_RECORD (body));

  g_assert_false (zf_store_add_unit_training (f->store, id, "2024-13-01", "全员法律知识培训", TRUE,
                                              NAN, -1, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zf_store_add_unit_training (f->store, id, "2024-06-01", "  ", TRUE,
                                              NAN, -1, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zf_store_add_unit_training (f->store, id, "2024-06-01", "培训", TRUE,
                                              0, -1, NULL, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zf_store_add_unit_training (f->store, id + 100, "2024-06-01", "培训", TRUE,
                                              NAN, -1, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM unit_training"), ==, 0);

  g_assert_true (zf_store_add_unit_training (f->store, id, "2024-06-01", "全员法律知识培训", TRUE,
                                             8, 45, "鄂城市监〔2024〕3号", NULL, &error));
  g_assert_true (zf_store_add_unit_training (f->store, id, "2025-04-01", "执法骨干业务培训", FALSE,
                                             16, 12, NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(GString) years = g_string_new (NULL);
      g_autoptr(ZfBody) stored = NULL;
      g_autofree char *sql = g_strdup_printf ("UPDATE body SET status = 'published', "
                                              "published_date = '%s'", cases[i].published);

      zf_test_sqlite_exec (f->db, sql);
      g_assert_true (zf_store_set_setting (f->store, "training_years_back", cases[i].back, &error));
      stored = zf_store_get_body (f->store, id, &error);
      g_assert_true (zf_store_check_unit_training (f->store, stored, cases[i].today, findings, &error));
      g_assert_no_error (error);
      for (guint j = 0; j < findings->len; j++)
        {
          ZfFinding *finding = findings->pdata[j];

          g_assert_cmpstr (finding->rule, ==, "B8");
          g_assert_cmpstr (finding->clause, ==, "S0 §四(五)");
          for (int y = 2020; y <= 2026; y++)
            {
              g_autofree char *text = g_strdup_printf ("%d", y);
              if (strstr (finding->message, text))
                g_string_append_printf (years, "%s%d", years->len ? "," : "", y);
            }
        }
      g_test_message ("case %u", i);
      g_assert_cmpstr (years->str, ==, cases[i].years);
    }

  /* The body's history shows its trainings. */
  history = zf_store_list_body_events (f->store, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      ZfBodyEvent *e = history->pdata[i];
      if (g_strcmp0 (e->kind, "training") == 0 && g_strcmp0 (e->date, "2024-06-01") == 0)
        {
          g_assert_cmpstr (e->value, ==, "全员法律知识培训");
          g_assert_cmpstr (e->doc_number, ==, "鄂城市监〔2024〕3号");
          seen = TRUE;
        }
    }
  g_assert_true (seen);
}

/* The body as it stood on a day, from its status changes: what a check
 * run as of a past date judges. */
static void
test_status_on (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *date; const char *status; } cases[] = {
    { "2023-12-31", "pending" },
    { "2024-01-01", "confirmed" },
    { "2024-01-31", "confirmed" },
    { "2024-02-01", "published" },
    { "2024-12-31", "published" },
    { "2025-01-01", "revoked" },
  };
  g_autoptr(ZfBody) body = new_body ("鄂城区文化和旅游局", 9);
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (zf_store_save_body (f->store, body, &error));
  id = zf_record_get_id (ZF_RECORD (body));
  g_assert_true (zf_store_change_body_status (f->store, id, "confirmed", "2024-01-01", "确〔2024〕1号", NULL, &error));
  g_assert_true (zf_store_change_body_status (f->store, id, "published", "2024-02-01", "公〔2024〕1号", NULL, &error));
  g_assert_true (zf_store_change_body_status (f->store, id, "revoked", "2025-01-01", "撤〔2025〕1号", NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZfBody) stored = zf_store_get_body (f->store, id, &error);
      g_autofree char *status = zf_store_get_body_status_on (f->store, stored, cases[i].date, &error);

      g_assert_no_error (error);
      g_test_message ("on %s", cases[i].date);
      g_assert_cmpstr (status, ==, cases[i].status);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/store/bodies/save-update-delete", test_save_update_delete);
  g_test_add_func ("/store/record/numbers-start-unset", test_record_numbers_start_unset);
  g_test_add_func ("/store/record/bind", test_record_bind);
  g_test_add_func ("/store/record/columns", test_record_columns);
  g_test_add_func ("/store/bodies/rules", test_rules);
  g_test_add_func ("/store/bodies/rules/self-entrustment", test_self_entrustment);
  ADD ("/store/bodies/invalid-not-written", test_invalid_not_written);
  ADD ("/store/bodies/duplicate-credit-code", test_duplicate_credit_code);
  ADD ("/store/bodies/delete-in-use", test_delete_in_use);
  ADD ("/store/bodies/status-transitions", test_status_transitions);
  ADD ("/store/audit-log", test_audit_log);
  ADD ("/store/changed-signal", test_changed_signal);
  ADD ("/store/nested-transactions", test_nested_transactions);
  ADD ("/store/settings", test_settings);
  ADD ("/store/bodies/unit-training", test_unit_training);
  ADD ("/store/bodies/status-on", test_status_on);
  ADD ("/store/settings-text", test_settings_text);

  return g_test_run ();
}
