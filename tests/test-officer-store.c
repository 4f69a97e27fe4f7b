#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "officer-test-util.h"
#include "zf-body.h"
#include "zf-check.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-query-model.h"
#include "zf-store-bodies.h"
#include "zf-store-officer-summary.h"
#include "zf-store-private.h"
#include "zf-store-officers.h"
#include "zf-test-util.h"

typedef struct
{
  char    *dir;
  ZfStore *store;
  gint64   body_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();

  f->dir = g_dir_make_tmp ("zf-officers-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = zf_store_open (path, &error);
  g_assert_no_error (error);
  zf_store_set_operator (f->store, "tester");

  g_object_set (body, "name", "鄂城区市场监督管理局", NULL);
  zf_store_save_body (f->store, body, &error);
  g_assert_no_error (error);
  f->body_id = zf_record_get_id (ZF_RECORD (body));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_clear_object (&f->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static ZfOfficer *
new_officer (Fixture    *f,
             const char *name,
             const char *id_number)
{
  ZfOfficer *officer = zf_officer_new ();

  g_object_set (officer, "name", name, "id-number", id_number, "body-id", f->body_id,
                "title", "科员", "enforcement-category", "市场监管", "enforcement-area", "鄂城区",
                NULL);
  return officer;
}

static void
add_event (Fixture    *f,
           gint64      officer_id,
           const char *token,
           const ZfCertificateCard *card)
{
  g_autoptr(ZfOfficerEvent) event = officer_test_event (token);
  g_autoptr(GError) error = NULL;

  zf_store_add_officer_event (f->store, officer_id, event, card, &error);
  g_assert_no_error (error);
}

static gint64
issue (Fixture    *f,
       const char *name,
       const char *id_number,
       const char *number)
{
  g_autoptr(ZfOfficer) officer = new_officer (f, name, id_number);
  g_autoptr(GError) error = NULL;
  ZfCertificateCard card = { number, "湖北省人民政府", NULL, "市场监管", "鄂城区" };
  gint64 id;
  g_autofree char *today = zf_date_today ();
  g_autofree char *issued = zf_date_add_days (today, -30);
  g_autofree char *t1 = g_strdup_printf ("applied@%s", issued);
  g_autofree char *t2 = g_strdup_printf ("review_first@%s/p=1", issued);
  g_autofree char *t3 = g_strdup_printf ("review_second@%s/p=1", issued);
  g_autofree char *t4 = g_strdup_printf ("review_final@%s/p=1", issued);
  g_autofree char *t5 = g_strdup_printf ("exam@%s/p=1", issued);
  g_autofree char *t6 = g_strdup_printf ("issued@%s/doc=鄂政执〔2024〕1号", issued);

  zf_store_save_officer (f->store, officer, &error);
  g_assert_no_error (error);
  id = zf_record_get_id (ZF_RECORD (officer));
  add_event (f, id, t1, NULL);
  add_event (f, id, t2, NULL);
  add_event (f, id, t3, NULL);
  add_event (f, id, t4, NULL);
  add_event (f, id, t5, NULL);
  add_event (f, id, t6, &card);
  return id;
}

static void
test_id_number (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *with_x = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(ZfOfficer) officer = NULL;
  g_autoptr(ZfOfficer) again = NULL;
  g_autoptr(ZfOfficer) loaded = NULL;

  /* Find a sequence whose check character is X. */
  for (guint seq = 0; with_x == NULL || with_x[17] != 'X'; seq++)
    {
      g_free (with_x);
      with_x = officer_test_id_number ("19900521", seq);
    }
  lower = g_ascii_strdown (with_x, -1);

  officer = new_officer (f, "  李娜 ", lower);
  zf_store_save_officer (f->store, officer, &error);
  g_assert_no_error (error);

  loaded = zf_store_get_officer (f->store, zf_record_get_id (ZF_RECORD (officer)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_officer_get_id_number (loaded), ==, with_x);
  g_assert_cmpstr (zf_officer_get_name (loaded), ==, "李娜");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (loaded), "birth_date"), ==, "1990-05-21");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (loaded), "sex"), ==,
                   ((with_x[16] - '0') % 2) ? "male" : "female");

  /* The same person again, typed upper-case this time: refused, naming her. */
  again = new_officer (f, "李娜娜", with_x);
  g_assert_false (zf_store_save_officer (f->store, again, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "李娜"));
  g_assert_nonnull (strstr (error->message, "鄂城区市场监督管理局"));
  g_clear_error (&error);

  /* A wrong check digit is refused with the rule and nothing is written. */
  with_x[17] = '0';
  g_object_set (again, "id-number", with_x, NULL);
  g_assert_false (zf_store_save_officer (f->store, again, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_nonnull (strstr (error->message, "GB 11643"));
  g_assert_cmpint (zf_store_count_officers (f->store, NULL), ==, 1);
}

static void
test_lifecycle (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id1 = officer_test_id_number ("19800101", 11);
  g_autofree char *id2 = officer_test_id_number ("19810202", 12);
  gint64 a = issue (f, "王强", id1, "42070100001");
  g_autoptr(ZfOfficer) other = new_officer (f, "赵敏", id2);
  g_autoptr(ZfOfficer) loaded = NULL;
  g_autoptr(ZfOfficerEvent) issued = officer_test_event ("issued@2024-01-06/doc=x");
  ZfCertificateCard dup = { "42070100001", NULL, NULL, NULL, NULL };
  g_autofree char *today = zf_date_today ();
  g_autofree char *issued_on = zf_date_add_days (today, -30);
  g_autofree char *five = zf_date_add_months (issued_on, 60);
  g_autofree char *expected_until = zf_date_add_days (five, -1);
  gint64 b;

  loaded = zf_store_get_officer (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_officer_get_certificate_status (loaded), ==, "valid");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (loaded), "valid_until"), ==, expected_until);

  /* A second officer cannot be issued a number that is taken. */
  zf_store_save_officer (f->store, other, &error);
  g_assert_no_error (error);
  b = zf_record_get_id (ZF_RECORD (other));
  add_event (f, b, "applied@2024-01-01", NULL);
  add_event (f, b, "review_first@2024-01-02/p=1", NULL);
  add_event (f, b, "review_second@2024-01-03/p=1", NULL);
  add_event (f, b, "review_final@2024-01-04/p=1", NULL);
  add_event (f, b, "exam@2024-01-05/p=1", NULL);
  g_assert_false (zf_store_add_officer_event (f->store, b, issued, &dup, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "王强"));
  g_clear_error (&error);

  /* Nothing half-saved: the refused issue left no event. */
  {
    g_autoptr(GPtrArray) events = zf_store_list_officer_events (f->store, b, TRUE, &error);
    g_assert_cmpstr (zf_officer_event_get_kind (events->pdata[0]), ==, "exam");
  }
}

static void
test_eligibility_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfOfficer) aux = new_officer (f, "协管员甲", NULL);
  g_autoptr(ZfOfficerEvent) applied = officer_test_event ("applied@2024-01-01");
  g_autoptr(GPtrArray) events = NULL;

  g_object_set (aux, "staffing", "auxiliary", NULL);
  zf_store_save_officer (f->store, aux, &error);
  g_assert_no_error (error);
  g_assert_false (zf_store_add_officer_event (f->store, zf_record_get_id (ZF_RECORD (aux)),
                                              applied, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
  g_assert_nonnull (strstr (error->message, "O1"));
  events = zf_store_list_officer_events (f->store, zf_record_get_id (ZF_RECORD (aux)), TRUE, NULL);
  g_assert_cmpuint (events->len, ==, 0);
}

static gboolean
has_proposal (GPtrArray   *proposals,
              const char  *rule,
              const char  *action,
              ZfProposal **out)
{
  for (guint i = 0; i < proposals->len; i++)
    {
      ZfProposal *p = proposals->pdata[i];
      if (strcmp (p->rule, rule) == 0 && strcmp (p->action, action) == 0)
        {
          if (out)
            *out = p;
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_proposal_flow (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *idn = officer_test_id_number ("19750707", 21);
  gint64 id = issue (f, "陈刚", idn, "42070100002");
  g_autofree char *today = zf_date_today ();
  g_autofree char *token = g_strdup_printf ("assessment@%s/g=incompetent", today);
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GPtrArray) proposals = zf_proposals_new ();
  g_autoptr(ZfOfficer) after = NULL;
  g_autoptr(GPtrArray) timeline = NULL;
  g_autoptr(ZfQueryModel) model = zf_query_model_new (f->store, zf_officer_query_spec ());
  g_autoptr(ZfOfficerEvent) early_return = NULL;
  ZfProposal *p = NULL;

  add_event (f, id, token, NULL);

  /* The rule proposes; nothing has changed yet. */
  zf_store_officer_check (f->store, id, today, findings, proposals, &error);
  g_assert_no_error (error);
  g_assert_true (has_proposal (proposals, "R2", "suspension", &p));
  g_assert_cmpstr (p->clause, ==, "S1 §二(二)2");
  after = zf_store_get_officer (f->store, id, NULL);
  g_assert_cmpstr (zf_officer_get_certificate_status (after), ==, "valid");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (after), "pending_rules"), ==, "R2");
  g_clear_object (&after);

  /* "needs attention" in SQL finds the officer */
  zf_query_model_set_filter_int (model, ZF_OFFICER_FILTER_ATTENTION, 1);
  zf_query_model_set_filter_text (model, ZF_OFFICER_FILTER_STATUS, "valid");
  g_assert_cmpuint (zf_query_model_find_id (model, id), !=, G_MAXUINT);

  /* Confirming needs a document number. */
  g_assert_false (zf_store_apply_proposal (f->store, id, p, today, NULL, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_clear_error (&error);
  zf_store_apply_proposal (f->store, id, p, today, "鄂区执监〔2024〕7号", &error);
  g_assert_no_error (error);

  after = zf_store_get_officer (f->store, id, NULL);
  g_assert_cmpstr (zf_officer_get_certificate_status (after), ==, "suspended");
  g_assert_null (zf_record_get_string (ZF_RECORD (after), "pending_rules"));
  timeline = zf_store_list_officer_events (f->store, id, TRUE, &error);
  g_assert_cmpstr (zf_officer_event_get_kind (timeline->pdata[0]), ==, "suspension");
  g_assert_cmpstr (zf_record_get_string (timeline->pdata[0], "rule"), ==, "R2");
  g_assert_cmpstr (zf_record_get_string (timeline->pdata[0], "doc_number"), ==, "鄂区执监〔2024〕7号");
  g_assert_cmpstr (zf_record_get_string (timeline->pdata[0], "operator"), ==, "tester");
  g_assert_cmpstr (zf_record_get_string (timeline->pdata[0], "certificate_number"), ==, "42070100002");

  /* The list follows: suspended filter finds the officer. */
  zf_query_model_clear_filter (model, ZF_OFFICER_FILTER_ATTENTION);
  zf_query_model_set_filter_text (model, ZF_OFFICER_FILTER_STATUS, "suspended");
  zf_query_model_refresh (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  /* R3: no return before training and a passed exam. */
  early_return = zf_officer_event_new ("return", today);
  g_object_set (early_return, "doc-number", "x", NULL);
  g_assert_false (zf_store_add_officer_event (f->store, id, early_return, NULL, &error));
  g_assert_nonnull (strstr (error->message, "R3"));
  g_clear_error (&error);

  g_clear_pointer (&token, g_free);
  token = g_strdup_printf ("training@%s/h=24", today);
  add_event (f, id, token, NULL);
  g_clear_pointer (&token, g_free);
  token = g_strdup_printf ("exam@%s/p=1", today);
  add_event (f, id, token, NULL);
  g_ptr_array_set_size (proposals, 0);
  zf_store_officer_check (f->store, id, today, NULL, proposals, &error);
  g_assert_true (has_proposal (proposals, "R3", "return", &p));
  zf_store_apply_proposal (f->store, id, p, today, "鄂区执监〔2024〕9号", &error);
  g_assert_no_error (error);
  g_clear_object (&after);
  after = zf_store_get_officer (f->store, id, NULL);
  g_assert_cmpstr (zf_officer_get_certificate_status (after), ==, "valid");
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ZfOfficerSettings s;
  g_autofree char *idn = officer_test_id_number ("19700101", 31);
  gint64 id;
  g_autoptr(ZfOfficer) officer = NULL;
  g_autofree char *today = zf_date_today ();
  g_autofree char *issued_on = zf_date_add_days (today, -30);
  g_autofree char *three = zf_date_add_months (issued_on, 36);
  g_autofree char *until = zf_date_add_days (three, -1);
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *token = g_strdup_printf ("training@%s/h=50", today);

  zf_store_get_officer_settings (f->store, &s);
  g_assert_cmpfloat (s.training_hours_min, ==, 40);
  g_assert_cmpint (s.certificate_validity_years, ==, 5);
  s.training_hours_min = 60;
  s.certificate_validity_years = 3;
  zf_store_set_officer_settings (f->store, &s, &error);
  g_assert_no_error (error);

  id = issue (f, "周婷", idn, "42070100003");
  officer = zf_store_get_officer (f->store, id, NULL);
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (officer), "valid_until"), ==, until);

  add_event (f, id, token, NULL);
  zf_store_officer_check (f->store, id, today, findings, NULL, &error);
  for (guint i = 0; i < findings->len; i++)
    if (strcmp (((ZfFinding *) findings->pdata[i])->rule, "R5") == 0)
      {
        g_assert_nonnull (strstr (((ZfFinding *) findings->pdata[i])->message, "60"));
        return;
      }
  g_assert_not_reached ();
}

/* 100,000 officers: the list query, its filters and get_item stay cheap. */
static void
test_large_list (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfQueryModel) model = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  const guint n = 100000;
  guint before;
  double t;

  zf_store_begin (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      g_autofree char *name = g_strdup_printf ("测试%06u", i);
      guint d = i / 1000;
      g_autofree char *birth = g_strdup_printf ("19%02u%02u15", 60 + d % 40, 1 + d / 40);
      g_autofree char *idn = officer_test_id_number (birth, i % 1000);
      g_autofree char *number = g_strdup_printf ("42%09u", i);
      g_autofree char *issued = g_strdup_printf ("20%02u-%02u-01", 18 + i % 6, 1 + i % 12);
      ZfCertificateCard card = { number, NULL, NULL, NULL, NULL };

      g_object_set (officer, "name", name, "id-number", idn, "body-id", f->body_id, NULL);
      if (!zf_store_import_holder (f->store, officer, &card, issued, NULL, &error))
        g_error ("officer %u: %s", i, error->message);
    }
  zf_store_commit (f->store, &error);
  g_assert_no_error (error);
  g_test_message ("inserted %u officers in %.2f s", n, g_timer_elapsed (timer, NULL));

  g_timer_start (timer);
  model = zf_query_model_new (f->store, zf_officer_query_spec ());
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  t = g_timer_elapsed (timer, NULL);
  g_test_message ("list of %u by name: %.3f s", n, t);
  g_assert_cmpfloat (t, <, 2.0);

  for (guint sort = 0; sort < ZF_OFFICER_N_SORTS; sort++)
    {
      g_timer_start (timer);
      zf_query_model_set_sort (model, sort, sort % 2);
      t = g_timer_elapsed (timer, NULL);
      g_test_message ("sort %u: %.3f s", sort, t);
      g_assert_cmpfloat (t, <, 2.0);
    }

  g_timer_start (timer);
  zf_query_model_set_filter_int (model, ZF_OFFICER_FILTER_ATTENTION, 1);
  t = g_timer_elapsed (timer, NULL);
  g_test_message ("attention filter: %.3f s, %u rows", t,
                  g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_assert_cmpfloat (t, <, 3.0);
  /* Nobody has trained this year: every valid holder needs attention. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  zf_query_model_clear_filter (model, ZF_OFFICER_FILTER_ATTENTION);

  g_timer_start (timer);
  zf_query_model_set_search (model, "测试0999");
  t = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 100);
  g_assert_cmpfloat (t, <, 2.0);
  zf_query_model_set_search (model, "42000012345");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  zf_query_model_set_search (model, NULL);

  /* Only the rows asked for are built. */
  before = zf_record_get_n_instances ();
  g_timer_start (timer);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(ZfOfficer) o = g_list_model_get_item (G_LIST_MODEL (model), n / 2 + i);
      g_assert_nonnull (zf_officer_get_certificate_number (o));
    }
  t = g_timer_elapsed (timer, NULL);
  g_test_message ("200 items: %.4f s", t);
  g_assert_cmpfloat (t, <, 0.5);
  g_assert_cmpuint (zf_record_get_n_instances (), <=, before + 256);
}

/* Sections and posts typed in the officer dialog: found by name within
 * the body, created on the first use, refused without a section. */
static void
test_sections_and_posts (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) other = zf_body_new ();
  g_autofree char *idn1 = officer_test_id_number ("19880101", 11);
  g_autofree char *idn2 = officer_test_id_number ("19880102", 12);
  g_autofree char *idn3 = officer_test_id_number ("19880103", 13);
  g_autoptr(ZfOfficer) a = new_officer (f, "周杰", idn1);
  g_autoptr(ZfOfficer) b = new_officer (f, "吴敏", idn2);
  g_autoptr(ZfOfficer) c = NULL;
  g_autoptr(ZfOfficer) loaded = NULL;
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) posts = NULL;
  g_auto(GStrv) other_sections = NULL;

  g_object_set (other, "name", "鄂城区农业农村局", NULL);
  zf_store_save_body (f->store, other, &error);
  g_assert_no_error (error);

  g_object_set (a, "section-name", " 执法大队 ", "post-name", "案件审核岗", NULL);
  zf_store_save_officer (f->store, a, &error);
  g_assert_no_error (error);
  g_object_set (b, "section-name", "执法大队", "post-name", "巡查岗", NULL);
  zf_store_save_officer (f->store, b, &error);
  g_assert_no_error (error);

  loaded = zf_store_get_officer (f->store, zf_record_get_id (ZF_RECORD (b)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (loaded), "section_name"), ==, "执法大队");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (loaded), "post_name"), ==, "巡查岗");
  g_assert_cmpint (zf_record_get_int (ZF_RECORD (loaded), "section_id"), ==,
                   zf_record_get_int (ZF_RECORD (a), "section_id"));

  sections = zf_store_list_section_names (f->store, f->body_id);
  g_assert_cmpuint (g_strv_length (sections), ==, 1);
  g_assert_cmpstr (sections[0], ==, "执法大队");
  posts = zf_store_list_post_names (f->store, f->body_id, "执法大队");
  g_assert_cmpuint (g_strv_length (posts), ==, 2);
  /* In pinyin order: 案 (àn) before 巡 (xún). */
  g_assert_cmpstr (posts[0], ==, "案件审核岗");
  g_assert_cmpstr (posts[1], ==, "巡查岗");
  other_sections = zf_store_list_section_names (f->store, zf_record_get_id (ZF_RECORD (other)));
  g_assert_cmpuint (g_strv_length (other_sections), ==, 0);

  /* A post without a section is refused and nothing is written. */
  c = new_officer (f, "郑丽", idn3);
  g_object_set (c, "post-name", "巡查岗", NULL);
  g_assert_false (zf_store_save_officer (f->store, c, &error));
  g_assert_error (error, ZF_ERROR, ZF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "巡查岗"));
  g_assert_cmpint (zf_store_count_officers (f->store, NULL), ==, 2);
  g_clear_error (&error);

  /* Moving to another body with the same section name creates that body's
   * own section; the first body keeps its one section. */
  g_object_set (c, "post-name", NULL, "section-name", "执法大队",
                "body-id", zf_record_get_id (ZF_RECORD (other)), NULL);
  zf_store_save_officer (f->store, c, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zf_record_get_int (ZF_RECORD (c), "section_id"), !=,
                   zf_record_get_int (ZF_RECORD (a), "section_id"));
  g_clear_pointer (&sections, g_strfreev);
  sections = zf_store_list_section_names (f->store, f->body_id);
  g_assert_cmpuint (g_strv_length (sections), ==, 1);
}

/* The count that drives an export's progress: without a status it skips
 * the current card, and must still agree with the rows the export streams. */
static gboolean
count_row (ZfOfficer *officer,
           gpointer   user_data)
{
  (*(gint64 *) user_data)++;
  return TRUE;
}

static gint64
count_streamed (Fixture               *f,
                const ZfOfficerFilter *filter)
{
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  g_assert_true (zf_store_foreach_officer (f->store, filter, 0, -1, count_row, &n, &error));
  g_assert_no_error (error);
  return n;
}

static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) other = zf_body_new ();
  gint64 other_id;
  const char *statuses[] = { NULL, "valid", "none", "expired" };

  g_object_set (other, "name", "华容区市场监督管理局", NULL);
  zf_store_save_body (f->store, other, &error);
  g_assert_no_error (error);
  other_id = zf_record_get_id (ZF_RECORD (other));

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(ZfOfficer) officer = NULL;
      g_autofree char *name = g_strdup_printf ("测试%02u", i);
      g_autofree char *idn = officer_test_id_number ("19800315", i);
      g_autofree char *number = g_strdup_printf ("42%09u", i);
      ZfCertificateCard card = { number, NULL, NULL, NULL, NULL };

      officer = new_officer (f, name, idn);
      g_object_set (officer, "body-id", i % 3 == 0 ? other_id : f->body_id, NULL);
      /* A third without a card, the rest holding one. */
      if (i % 3 == 1)
        zf_store_save_officer (f->store, officer, &error);
      else
        zf_store_import_holder (f->store, officer, &card, "2024-03-01", NULL, &error);
      g_assert_no_error (error);
    }

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    for (guint b = 0; b < 3; b++)
      {
        ZfOfficerFilter filter = { b == 0 ? 0 : b == 1 ? f->body_id : other_id, statuses[s] };

        g_assert_cmpint (zf_store_count_officers (f->store, &filter), ==,
                         count_streamed (f, &filter));
      }
  g_assert_cmpint (zf_store_count_officers (f->store, NULL), ==, 12);
  {
    ZfOfficerFilter by_body = { other_id, NULL };
    ZfOfficerFilter without = { 0, "none" };

    g_assert_cmpint (zf_store_count_officers (f->store, &by_body), ==, 4);
    g_assert_cmpint (zf_store_count_officers (f->store, &without), ==, 4);
  }
}

/* What the summaries say agrees with the events they derive from. */
static void
assert_summaries_hold (Fixture    *f,
                       const char *after)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) wrong = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 n = zf_store_verify_officer_summaries (f->store, wrong, &error);

  g_assert_no_error (error);
  if (n != 0)
    g_test_message ("after %s: officer %" G_GINT64_FORMAT " differs", after,
                    g_array_index (wrong, gint64, 0));
  g_assert_cmpint (n, ==, 0);
}

/* With @trigger dropped, @change (SQL, the officer bound to ?1) leaves
 * the summary of the officer @who (SQL) names wrong, and the recomputation
 * tells it. @who picks among the officers not yet left behind (the
 * temporary table left_behind), since each dropped trigger leaves one. */
static void
assert_left_behind (Fixture    *f,
                    sqlite3    *db,
                    const char *trigger,
                    const char *who,
                    const char *change)
{
  g_autofree char *drop = g_strdup_printf ("DROP TRIGGER %s", trigger);
  g_autoptr(GArray) wrong = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 officer_id, before;
  gboolean told = FALSE;

  before = zf_store_verify_officer_summaries (f->store, wrong, &error);
  g_assert_no_error (error);
  zf_test_sqlite_exec (db, "CREATE TEMP TABLE IF NOT EXISTS left_behind (id INTEGER PRIMARY KEY)");
  for (guint i = 0; i < wrong->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT OR IGNORE INTO left_behind VALUES (%" G_GINT64_FORMAT ")",
                                              g_array_index (wrong, gint64, i));
      zf_test_sqlite_exec (db, sql);
    }
  officer_id = zf_test_sqlite_int (db, who);
  g_assert_cmpint (officer_id, >, 0);

  g_test_message ("without %s, officer %" G_GINT64_FORMAT, trigger, officer_id);
  zf_test_sqlite_exec (db, drop);
  g_assert_cmpint (sqlite3_prepare_v2 (db, change, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, officer_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_array_set_size (wrong, 0);
  g_assert_cmpint (zf_store_verify_officer_summaries (f->store, wrong, &error), >, before);
  g_assert_no_error (error);
  for (guint i = 0; i < wrong->len; i++)
    told |= g_array_index (wrong, gint64, i) == officer_id;
  if (!told)
    g_test_message ("without %s, officer %" G_GINT64_FORMAT " is not told", trigger, officer_id);
  g_assert_true (told);
}

/* The findings of every rule as of @as_of, and their counts. */
static GPtrArray *
check_findings (Fixture       *f,
                const char    *as_of,
                gboolean       replay,
                ZfCheckCounts *counts)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  ZfCheckOptions options;

  zf_check_options_init (&options);
  options.as_of = as_of;
  options.include_info = TRUE;
  options.from_summaries = !replay;
  g_assert_true (zf_check_run (f->store, &options, zf_test_collect_check_line, lines, counts, &error));
  g_assert_no_error (error);
  return lines;
}

/* The officers judged from their summaries get the findings, in the same
 * order, and the counts per rule that replaying every officer's events
 * gives. */
static void
assert_rules_agree (Fixture    *f,
                    const char *as_of,
                    const char *after)
{
  ZfCheckCounts *from_summaries = zf_check_counts_new ();
  ZfCheckCounts *replayed = zf_check_counts_new ();
  g_autoptr(GPtrArray) fast = check_findings (f, as_of, FALSE, from_summaries);
  g_autoptr(GPtrArray) slow = check_findings (f, as_of, TRUE, replayed);
  g_autoptr(GPtrArray) rules = zf_check_counts_rules (replayed);

  for (guint i = 0; i < MAX (fast->len, slow->len); i++)
    if (i >= fast->len || i >= slow->len || strcmp (fast->pdata[i], slow->pdata[i]) != 0)
      {
        g_test_message ("after %s, as of %s: “%s” from the summaries, “%s” from the events", after,
                        as_of, i < fast->len ? (char *) fast->pdata[i] : "",
                        i < slow->len ? (char *) slow->pdata[i] : "");
        break;
      }
  g_assert_cmpuint (fast->len, ==, slow->len);
  for (guint i = 0; i < fast->len; i++)
    g_assert_cmpstr (fast->pdata[i], ==, slow->pdata[i]);
  for (guint i = 0; i < rules->len; i++)
    for (ZfSeverity s = ZF_SEVERITY_INFO; s <= ZF_SEVERITY_ERROR; s++)
      g_assert_cmpuint (zf_check_counts_get (from_summaries, rules->pdata[i], s), ==,
                        zf_check_counts_get (replayed, rules->pdata[i], s));
  for (ZfSeverity s = ZF_SEVERITY_INFO; s <= ZF_SEVERITY_ERROR; s++)
    g_assert_cmpuint (zf_check_counts_total (from_summaries, s), ==,
                      zf_check_counts_total (replayed, s));
  g_assert_cmpuint (zf_check_counts_get_proposals (from_summaries, NULL), ==,
                    zf_check_counts_get_proposals (replayed, NULL));
  zf_check_counts_free (from_summaries);
  zf_check_counts_free (replayed);
}

static gint64
random_officer (sqlite3 *db)
{
  return zf_test_sqlite_int (db, "SELECT coalesce ((SELECT id FROM officer "
                                 "ORDER BY random () LIMIT 1), 0)");
}

/* Random sequences of what changes an officer's summary: holders taken over
 * from a file, events recorded through the store (refused ones included),
 * and rows another program updates or deletes. After each step the
 * summaries, kept by triggers, equal a recomputation from the events; and
 * the recomputation does tell a summary left behind by each trigger. */
static void
test_summaries (Fixture       *f,
                gconstpointer  data)
{
  static const char *const grades[] = { "excellent", "competent", "basically_competent",
                                        "incompetent" };
  g_autofree char *path = g_build_filename (f->dir, "test.db", NULL);
  sqlite3 *db = zf_test_sqlite_open (path);
  guint next_card = 1;

  for (guint step = 0; step < 400; step++)
    {
      g_autoptr(GError) error = NULL;
      gint64 officer_id = random_officer (db);
      guint year = 2022 + g_test_rand_int_range (0, 5);
      g_autofree char *date = g_strdup_printf ("%u-%02d-%02d", year,
                                               g_test_rand_int_range (1, 13),
                                               g_test_rand_int_range (1, 29));
      g_autofree char *token = NULL;
      int what = officer_id == 0 ? 0 : g_test_rand_int_range (0, 16);
      const char *done = "nothing";

      switch (what)
        {
        case 0: case 1:
          {
            g_autofree char *name = g_strdup_printf ("人员%u", step);
            g_autofree char *number = g_strdup_printf ("42070020%04u", next_card++);
            g_autofree char *id_number = officer_test_id_number ("19850601", step);
            g_autoptr(ZfOfficer) officer = new_officer (f, name, id_number);
            ZfCertificateCard card = { number, "湖北省人民政府", NULL, "市场监管", "鄂城区" };

            g_autofree char *doc = g_test_rand_bit () ? g_strdup_printf ("鄂政执〔%u〕%u号", year, step)
                                                      : NULL;

            zf_store_import_holder (f->store, officer, &card, date, doc, &error);
            done = "a holder taken over";
            break;
          }
        case 2: case 3: case 4:
          token = g_strdup_printf ("training@%s/h=%d.5", date, g_test_rand_int_range (0, 40));
          break;
        case 5: case 6:
          token = g_strdup_printf ("assessment@%s/g=%s/y=%u", date,
                                   grades[g_test_rand_int_range (0, 4)],
                                   year - g_test_rand_int_range (0, 2));
          break;
        case 7:
          token = g_strdup_printf ("activity@%s", date);
          break;
        case 8:
          {
            g_autofree char *number = g_strdup_printf ("42070020%04u", next_card++);
            ZfCertificateCard card = { number, "湖北省人民政府", NULL, "市场监管", "鄂城区" };
            g_autoptr(ZfOfficerEvent) event = NULL;

            g_free (token);
            token = g_strdup_printf ("lost_reissued@%s/doc=鄂政执〔%u〕%u号", date, year, step);
            event = officer_test_event (token);
            zf_store_add_officer_event (f->store, officer_id, event, &card, &error);
            g_clear_pointer (&token, g_free);
            done = "a card reissued";
            break;
          }
        case 9:
          zf_test_sqlite_exec (db, "DELETE FROM officer_event WHERE id = (SELECT id FROM "
                                   "officer_event WHERE kind IN ('training', 'assessment', "
                                   "'activity') ORDER BY random () LIMIT 1)");
          done = "an event deleted";
          break;
        case 10:
          {
            g_autofree char *sql = g_strdup_printf (
              "UPDATE officer_event SET date = '%s', hours = CASE WHEN kind = 'training' "
              "THEN %d ELSE hours END, officer_id = %" G_GINT64_FORMAT " WHERE id = "
              "(SELECT id FROM officer_event WHERE kind IN ('training', 'assessment', "
              "'activity') ORDER BY random () LIMIT 1)", date, g_test_rand_int_range (1, 9),
              officer_id);
            zf_test_sqlite_exec (db, sql);
            done = "an event moved";
            break;
          }
        case 11:
          {
            g_autofree char *sql = g_strdup_printf (
              g_test_rand_bit () ? "DELETE FROM certificate WHERE id = (SELECT max (id) FROM "
                                   "certificate WHERE officer_id = %" G_GINT64_FORMAT ")"
                                 : "DELETE FROM officer WHERE id = %" G_GINT64_FORMAT
                                   " AND NOT EXISTS (SELECT 1 FROM case_officer "
                                   "WHERE officer_id = %" G_GINT64_FORMAT ")",
              officer_id, officer_id);
            zf_test_sqlite_exec (db, sql);
            done = "a card or an officer deleted";
            break;
          }
        case 12:
          token = g_strdup_printf (g_test_rand_bit () ? "suspension@%s/doc=鄂执停〔%u〕%u号"
                                                      : "return@%s/doc=鄂执还〔%u〕%u号",
                                   date, year, step);
          break;
        case 13:
          {
            /* A status event's date or 文号 corrected, or the event moved to
             * another card. */
            g_autofree char *sql = g_strdup_printf (
              "UPDATE officer_event SET %s WHERE id = (SELECT id FROM officer_event "
              "WHERE kind IN " ZF_STATUS_EVENT_KINDS " ORDER BY random () LIMIT 1)",
              g_test_rand_int_range (0, 3) == 0
                ? "certificate_id = (SELECT id FROM certificate ORDER BY random () LIMIT 1)"
                : g_test_rand_bit () ? "date = '2021-01-01'" : "doc_number = 'ZF-' || id");
            zf_test_sqlite_exec (db, sql);
            done = "a status event corrected";
            break;
          }
        case 14:
          zf_test_sqlite_exec (db, "DELETE FROM officer_event WHERE id = (SELECT id FROM "
                                   "officer_event WHERE kind IN " ZF_STATUS_EVENT_KINDS " "
                                   "ORDER BY random () LIMIT 1)");
          done = "a status event deleted";
          break;
        case 15:
          {
            /* A card moved to another officer. */
            g_autofree char *sql = g_strdup_printf (
              "UPDATE certificate SET officer_id = %" G_GINT64_FORMAT " WHERE id = "
              "(SELECT id FROM certificate ORDER BY random () LIMIT 1)", officer_id);
            zf_test_sqlite_exec (db, sql);
            done = "a card moved";
            break;
          }
        }
      if (token != NULL)
        {
          g_autoptr(ZfOfficerEvent) event = officer_test_event (token);
          zf_store_add_officer_event (f->store, officer_id, event, NULL, &error);
          done = token;
        }
      assert_summaries_hold (f, done);
      /* The rules judged from the summaries, as of today and of a day
       * before some of the events (in 2022–2026, as the dates above). */
      if (step % 10 == 9)
        {
          g_autofree char *today = zf_date_today ();
          g_autofree char *earlier = g_strdup_printf ("%u-%02d-%02d",
                                                      2022 + g_test_rand_int_range (0, 5),
                                                      g_test_rand_int_range (1, 13),
                                                      g_test_rand_int_range (1, 29));

          assert_rules_agree (f, today, done);
          assert_rules_agree (f, earlier, done);
        }
    }
  {
    g_autofree char *today = zf_date_today ();

    /* Most officers were judged from their summaries, some from events. */
    g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer_summary "
                                             "WHERE events_plain = 1 AND last_event_date IS NOT NULL"), >, 0);
    g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer_summary "
                                             "WHERE events_plain = 0"), >, 0);
    assert_rules_agree (f, today, "the last step");
    assert_rules_agree (f, "2024-06-30", "the last step");
  }
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer_training_year"), >, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer_summary "
                                           "WHERE last_grade IS NOT NULL"), >, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer_summary "
                                           "WHERE training_year IS NOT NULL"), >, 0);
  g_assert_cmpint (zf_test_sqlite_int (db, "SELECT count (*) FROM officer_summary "
                                           "WHERE status_document IS NOT NULL"), >, 0);

  /* A summary left behind by any of its triggers is told. */
#define NOT_LEFT_BEHIND(col) col " NOT IN (SELECT id FROM left_behind)"
  assert_left_behind (f, db, "officer_summary_event_insert",
                      /* An officer whose latest activity is earlier, so the
                       * new one must change his summary. */
                      "SELECT min (id) FROM officer WHERE NOT EXISTS (SELECT 1 FROM officer_event e "
                      "WHERE e.officer_id = officer.id AND e.kind = 'activity' AND e.date >= '2026-11-30') "
                      "AND " NOT_LEFT_BEHIND ("id"),
                      "INSERT INTO officer_event (officer_id, kind, date) VALUES (?1, 'activity', '2026-11-30')");
  assert_left_behind (f, db, "officer_summary_plain_insert",
                      "SELECT min (officer_id) FROM officer_summary WHERE events_plain = 1 AND "
                      NOT_LEFT_BEHIND ("officer_id"),
                      /* Misconduct: his rules are to be judged from his events. */
                      "INSERT INTO officer_event (officer_id, kind, date, ground) "
                      "VALUES (?1, 'misconduct', '2026-01-05', 'irregular')");
  assert_left_behind (f, db, "officer_summary_training_insert",
                      "SELECT min (officer_id) FROM officer_event WHERE kind = 'training' AND "
                      NOT_LEFT_BEHIND ("officer_id"),
                      /* A training moved to a later year than any. */
                      "UPDATE officer_event SET date = '2031-03-01' WHERE id = (SELECT min (id) "
                      "FROM officer_event WHERE kind = 'training' AND officer_id = ?1)");
  assert_left_behind (f, db, "officer_summary_training_delete",
                      "SELECT min (officer_id) FROM officer_event WHERE kind = 'training' AND "
                      NOT_LEFT_BEHIND ("officer_id"),
                      /* The latest year's trainings taken out. */
                      "DELETE FROM officer_event WHERE kind = 'training' AND officer_id = ?1 AND "
                      "substr (date, 1, 4) = (SELECT max (substr (date, 1, 4)) FROM officer_event "
                      "WHERE kind = 'training' AND officer_id = ?1)");
  assert_left_behind (f, db, "officer_summary_status_update",
                      "SELECT min (officer_id) FROM officer_summary WHERE status_date IS NOT NULL "
                      "AND " NOT_LEFT_BEHIND ("officer_id"),
                      /* The 文号 of his card's status event corrected. */
                      "UPDATE officer_event SET doc_number = '鄂政执〔2030〕1号' WHERE id = (SELECT e.id "
                      "FROM officer_summary s JOIN officer_event e ON e.certificate_id = s.certificate_id "
                      "WHERE s.officer_id = ?1 AND e.kind IN " ZF_STATUS_EVENT_KINDS " "
                      "ORDER BY e.date DESC, e.id DESC LIMIT 1)");
  assert_left_behind (f, db, "officer_summary_status_insert",
                      "SELECT min (officer_id) FROM officer_summary WHERE certificate_id IS NOT NULL "
                      "AND " NOT_LEFT_BEHIND ("officer_id"),
                      "INSERT INTO officer_event (officer_id, certificate_id, kind, date, doc_number) "
                      "SELECT officer_id, certificate_id, 'suspension', '2031-01-01', '鄂执停〔2031〕1号' "
                      "FROM officer_summary WHERE officer_id = ?1");
  assert_left_behind (f, db, "officer_summary_status_delete",
                      "SELECT min (officer_id) FROM officer_summary WHERE status_date IS NOT NULL "
                      "AND " NOT_LEFT_BEHIND ("officer_id"),
                      /* Every status event of his card deleted. */
                      "DELETE FROM officer_event WHERE kind IN " ZF_STATUS_EVENT_KINDS " AND "
                      "certificate_id = (SELECT certificate_id FROM officer_summary WHERE officer_id = ?1)");
  assert_left_behind (f, db, "officer_summary_card_status",
                      /* An officer whose summary shows another status than
                       * the newest card's, which is then moved to him and
                       * becomes his current card. */
                      "SELECT min (s.officer_id) FROM officer_summary s, officer_summary mover "
                      "WHERE mover.certificate_id = (SELECT max (id) FROM certificate) "
                      "AND s.officer_id <> mover.officer_id AND (s.status_date IS NOT mover.status_date "
                      "OR s.status_document IS NOT mover.status_document) AND "
                      NOT_LEFT_BEHIND ("s.officer_id"),
                      "UPDATE certificate SET officer_id = ?1 WHERE id = (SELECT max (id) FROM certificate)");
#undef NOT_LEFT_BEHIND
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/officer-store/id-number", test_id_number);
  ADD ("/officer-store/lifecycle", test_lifecycle);
  ADD ("/officer-store/eligibility", test_eligibility_refused);
  ADD ("/officer-store/proposal-flow", test_proposal_flow);
  ADD ("/officer-store/settings", test_settings);
  ADD ("/officer-store/large-list", test_large_list);
  ADD ("/officer-store/sections-and-posts", test_sections_and_posts);
  ADD ("/officer-store/count", test_count);
  ADD ("/officer-store/summaries", test_summaries);
#undef ADD

  return g_test_run ();
}
