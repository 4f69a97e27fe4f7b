#include "config.h"

#include "case-fixture.h"
#include "zf-case-rules.h"
#include "zf-error.h"
#include "zf-store-cases.h"
#include "zf-standard.h"
#include "zf-test-util.h"

/* Each case changes the passing file (or its registers) in one way and
 * names the rule and the severity it must produce; -1 means the rule must
 * stay silent. */
typedef struct
{
  const char *name;
  const char *sql;     /* run after the good case 1 is saved */
  const char *rule;
  int         severity;
} CheckCase;

#define PASS (-1)

static const CheckCase check_cases[] = {
  { "E1-pass", "", "E1", PASS },
  { "E1-body-not-published", "UPDATE body SET status = 'confirmed' WHERE id = 1", "E1", ZF_SEVERITY_ERROR },
  { "E1-matter-of-other-body", "UPDATE case_file SET matter_id = 2", "E1", ZF_SEVERITY_ERROR },
  { "E1-matter-transferred", "UPDATE matter SET status = 'transferred' WHERE id = 1", "E1", ZF_SEVERITY_ERROR },
  /* The matter as it stood on the decision date (2024-04-01). */
  { "E1-matter-transferred-day-after",
    "UPDATE matter SET status = 'transferred' WHERE id = 1;"
    "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, date) VALUES (1, 1, 2, '2024-04-02')",
    "E1", PASS },
  { "E1-matter-transferred-on-the-day",
    "UPDATE matter SET status = 'transferred' WHERE id = 1;"
    "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, date) VALUES (1, 1, 2, '2024-04-01')",
    "E1", ZF_SEVERITY_ERROR },
  /* Transferred to the body (matter 1 came from body 2): the body's from
   * the day of the transfer. */
  { "E1-matter-received-day-after",
    "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, new_matter_id, date) "
    "VALUES (2, 2, 1, 1, '2024-04-02')", "E1", ZF_SEVERITY_ERROR },
  { "E1-matter-received-on-the-day",
    "INSERT INTO matter_transfer (matter_id, from_body_id, to_body_id, new_matter_id, date) "
    "VALUES (2, 2, 1, 1, '2024-04-01')", "E1", PASS },
  { "E1-matter-abolished-undated", "UPDATE matter SET status = 'abolished' WHERE id = 1", "E1", ZF_SEVERITY_INFO },
  { "E1-no-matter", "UPDATE case_file SET matter_id = NULL", "E1", ZF_SEVERITY_INFO },
  /* The body's status on the decision date (2024-04-01), from its events. */
  { "E1-published-day-after",
    "INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'confirmed', '2024-01-01'),"
    "  (1, 'published', '2024-04-02')", "E1", ZF_SEVERITY_ERROR },
  { "E1-published-on-the-day",
    "INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'confirmed', '2024-01-01'),"
    "  (1, 'published', '2024-04-01')", "E1", PASS },
  { "E1-revoked-a-year-later",
    "UPDATE body SET status = 'revoked' WHERE id = 1;"
    "INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'published', '2023-01-01'),"
    "  (1, 'revoked', '2025-04-01')", "E1", PASS },
  { "E1-revoked-day-after",
    "UPDATE body SET status = 'revoked' WHERE id = 1;"
    "INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'published', '2023-01-01'),"
    "  (1, 'revoked', '2024-04-02')", "E1", PASS },
  { "E1-revoked-on-the-day",
    "UPDATE body SET status = 'revoked' WHERE id = 1;"
    "INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'published', '2023-01-01'),"
    "  (1, 'revoked', '2024-04-01')", "E1", ZF_SEVERITY_ERROR },
  { "E1-revoked-without-date", "UPDATE body SET status = 'revoked' WHERE id = 1", "E1", ZF_SEVERITY_INFO },
  { "E1-revoked-published-before",
    "UPDATE body SET status = 'revoked', published_date = '2023-05-01' WHERE id = 1;"
    "INSERT INTO body_status_event (body_id, status, date) VALUES (1, 'revoked', '2024-06-01')",
    "E1", PASS },
  { "E1-published-date-day-after", "UPDATE body SET published_date = '2024-04-02' WHERE id = 1",
    "E1", ZF_SEVERITY_ERROR },
  { "E1-published-date-on-the-day", "UPDATE body SET published_date = '2024-04-01' WHERE id = 1",
    "E1", PASS },
  /* An entrusted body acts inside its letter's period. */
  { "E1-letter-in-force",
    "UPDATE body SET kind = 'entrusted', parent_id = 2, letter_number = '委〔2024〕1号', "
    "  letter_start = '2024-01-01', letter_end = '2024-04-01' WHERE id = 1", "E1", PASS },
  { "E1-letter-expired-day-before",
    "UPDATE body SET kind = 'entrusted', parent_id = 2, letter_number = '委〔2024〕1号', "
    "  letter_start = '2024-01-01', letter_end = '2024-03-31' WHERE id = 1", "E1", ZF_SEVERITY_ERROR },
  { "E1-letter-starts-on-the-day",
    "UPDATE body SET kind = 'entrusted', parent_id = 2, letter_number = '委〔2024〕1号', "
    "  letter_start = '2024-04-01', letter_end = '2025-03-31' WHERE id = 1", "E1", PASS },
  { "E1-letter-starts-day-after",
    "UPDATE body SET kind = 'entrusted', parent_id = 2, letter_number = '委〔2024〕1号', "
    "  letter_start = '2024-04-02', letter_end = '2025-03-31' WHERE id = 1", "E1", ZF_SEVERITY_ERROR },
  { "E1-letter-period-missing",
    "UPDATE body SET kind = 'entrusted', parent_id = 2 WHERE id = 1", "E1", ZF_SEVERITY_INFO },
  { "E1-entrusted-by-authorized",
    "UPDATE body SET kind = 'authorized', legal_basis = '某条例第五条' WHERE id = 2;"
    "UPDATE body SET kind = 'entrusted', parent_id = 2, letter_number = '委〔2024〕1号', "
    "  letter_start = '2024-01-01', letter_end = '2025-03-31' WHERE id = 1", "E1", ZF_SEVERITY_ERROR },
  { "E2-pass", "", "E2", PASS },
  { "E2-one-officer", "DELETE FROM case_officer WHERE officer_id = 2", "E2", ZF_SEVERITY_ERROR },
  { "E2-no-officer", "DELETE FROM case_officer", "E2", ZF_SEVERITY_ERROR },
  { "E3-pass", "", "E3", PASS },
  { "E3-expired-before", "UPDATE certificate SET valid_until = '2024-03-31' WHERE id = 2", "E3", ZF_SEVERITY_ERROR },
  { "E3-expires-on-the-day", "UPDATE certificate SET valid_until = '2024-04-01' WHERE id = 2", "E3", PASS },
  { "E3-issued-after", "UPDATE certificate SET issue_date = '2024-04-02' WHERE id = 1", "E3", ZF_SEVERITY_ERROR },
  { "E3-no-certificate", "INSERT INTO case_officer VALUES (1, 4)", "E3", ZF_SEVERITY_ERROR },
  { "E3-suspended-before",
    "UPDATE certificate SET status = 'suspended' WHERE id = 1;"
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES (1, 1, 'suspension', '2024-02-01')",
    "E3", ZF_SEVERITY_ERROR },
  { "E3-suspended-after",
    "UPDATE certificate SET status = 'suspended' WHERE id = 1;"
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES (1, 1, 'suspension', '2024-06-01')",
    "E3", PASS },
  { "E3-no-decision-date", "UPDATE case_file SET decided_date = NULL", "E3", ZF_SEVERITY_INFO },
  /* The status on the day of each act (investigation 2024-03-05, decision
   * 2024-04-01), from the events, whatever it is today. */
  { "E3-suspended-march-to-september",
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES"
    "  (1, 1, 'suspension', '2024-03-01'), (1, 1, 'return', '2024-09-01')", "E3", ZF_SEVERITY_ERROR },
  { "E3-suspended-between-the-acts",
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES"
    "  (1, 1, 'suspension', '2024-03-06'), (1, 1, 'return', '2024-03-31')", "E3", PASS },
  { "E3-suspended-on-investigation-day",
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES"
    "  (1, 1, 'suspension', '2024-03-05'), (1, 1, 'return', '2024-03-31')", "E3", ZF_SEVERITY_ERROR },
  { "E3-returned-day-before-investigation",
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES"
    "  (1, 1, 'suspension', '2024-01-05'), (1, 1, 'return', '2024-03-04')", "E3", PASS },
  { "E3-suspended-on-decision-day",
    "UPDATE certificate SET status = 'suspended' WHERE id = 1;"
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES (1, 1, 'suspension', '2024-04-01')",
    "E3", ZF_SEVERITY_ERROR },
  { "E3-revoked-day-after",
    "UPDATE certificate SET status = 'revoked' WHERE id = 1;"
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES (1, 1, 'revocation', '2024-04-02')",
    "E3", PASS },
  { "E3-cancelled-day-before-investigation",
    "UPDATE certificate SET status = 'cancelled' WHERE id = 1;"
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES (1, 1, 'cancellation', '2024-03-04')",
    "E3", ZF_SEVERITY_ERROR },
  { "E3-issued-after-investigation", "UPDATE certificate SET issue_date = '2024-03-06' WHERE id = 1",
    "E3", ZF_SEVERITY_ERROR },
  { "E3-issued-on-investigation-day", "UPDATE certificate SET issue_date = '2024-03-05' WHERE id = 1",
    "E3", PASS },
  { "E3-issued-event-after-investigation",
    "UPDATE certificate SET issue_date = '2024-03-10' WHERE id = 1;"
    "INSERT INTO officer_event (officer_id, certificate_id, kind, date) VALUES"
    "  (1, 1, 'applied', '2024-01-02'), (1, 1, 'issued', '2024-03-10')", "E3", ZF_SEVERITY_ERROR },
  { "E3-expired-before-investigation",
    "UPDATE certificate SET valid_until = '2024-03-04' WHERE id = 2", "E3", ZF_SEVERITY_ERROR },
  { "E3-renewed-the-day-after-expiry",
    "UPDATE certificate SET valid_until = '2024-03-04', status = 'expired' WHERE id = 2;"
    "INSERT INTO certificate (id, officer_id, number, issue_date, valid_until, status) VALUES"
    "  (5, 2, 'T-0005', '2024-03-05', '2029-03-04', 'valid')", "E3", PASS },
  { "E3-renewed-two-days-after-expiry",
    "UPDATE certificate SET valid_until = '2024-03-04', status = 'expired' WHERE id = 2;"
    "INSERT INTO certificate (id, officer_id, number, issue_date, valid_until, status) VALUES"
    "  (5, 2, 'T-0005', '2024-03-06', '2029-03-05', 'valid')", "E3", ZF_SEVERITY_ERROR },
  { "E3-suspended-without-date", "UPDATE certificate SET status = 'suspended' WHERE id = 1",
    "E3", ZF_SEVERITY_ERROR },
  { "E3-no-investigation-date", "UPDATE case_file SET investigated_date = NULL", "E3", PASS },
  { "E4-pass", "", "E4", PASS },
  { "E4-no-review", "UPDATE case_file SET legal_review_date = NULL", "E4", ZF_SEVERITY_ERROR },
  { "E4-review-after", "UPDATE case_file SET legal_review_date = '2024-04-02'", "E4", ZF_SEVERITY_ERROR },
  { "E4-review-same-day", "UPDATE case_file SET legal_review_date = '2024-04-01'", "E4", PASS },
  /* S1 §二(三)4: every penalty and coercion decision but the simple procedure. */
  { "E4-not-major-penalty", "UPDATE case_file SET major = 0, legal_review_date = NULL", "E4", ZF_SEVERITY_ERROR },
  { "E4-not-major-simple", "UPDATE case_file SET major = 0, procedure = 'simple', legal_review_date = NULL",
    "E4", PASS },
  { "E4-coercion", "UPDATE case_file SET major = 0, category = 'coercion', legal_review_date = NULL",
    "E4", ZF_SEVERITY_ERROR },
  { "E4-licensing-not-major", "UPDATE case_file SET major = 0, category = 'licensing', legal_review_date = NULL",
    "E4", PASS },
  { "E4-licensing-major", "UPDATE case_file SET category = 'licensing', legal_review_date = NULL",
    "E4", ZF_SEVERITY_ERROR },
  { "E5-pass", "", "E5", PASS },
  { "E5-no-notice", "UPDATE case_file SET notified_date = NULL", "E5", ZF_SEVERITY_ERROR },
  { "E5-notice-after", "UPDATE case_file SET notified_date = '2024-04-05'", "E5", ZF_SEVERITY_ERROR },
  { "E5-simple-no-date", "UPDATE case_file SET notified_date = NULL, procedure = 'simple'", "E5", ZF_SEVERITY_INFO },
  { "E5-licensing", "UPDATE case_file SET notified_date = NULL, category = 'licensing'", "E5", PASS },
  { "E6-pass", "", "E6", PASS },
  { "E6-tier-edge", "UPDATE case_file SET fine_amount = 3000", "E6", PASS },
  { "E6-outside-tiers", "UPDATE case_file SET fine_amount = 4000", "E6", ZF_SEVERITY_WARNING },
  { "E6-below-tiers", "UPDATE case_file SET fine_amount = 300", "E6", ZF_SEVERITY_WARNING },
  { "E6-outside-statute", "UPDATE case_file SET fine_amount = 6000", "E6", ZF_SEVERITY_ERROR },
  { "E6-no-benchmark", "DELETE FROM benchmark", "E6", ZF_SEVERITY_INFO },
  /* A gap 2000–2500 between the general and serious tiers. */
  { "E6-in-a-gap", "UPDATE benchmark_tier SET range_min = 2500 WHERE tier = 'serious';"
    "UPDATE case_file SET fine_amount = 2200", "E6", ZF_SEVERITY_WARNING },
  { "E6-gap-lower-edge", "UPDATE benchmark_tier SET range_min = 2500 WHERE tier = 'serious';"
    "UPDATE case_file SET fine_amount = 2000", "E6", PASS },
  { "E6-gap-upper-edge", "UPDATE benchmark_tier SET range_min = 2500 WHERE tier = 'serious';"
    "UPDATE case_file SET fine_amount = 2500", "E6", PASS },
  { "E6-gap-just-above", "UPDATE benchmark_tier SET range_min = 2500 WHERE tier = 'serious';"
    "UPDATE case_file SET fine_amount = 2000.01", "E6", ZF_SEVERITY_WARNING },
  { "E6-no-fine", "UPDATE case_file SET fine_amount = NULL", "E6", PASS },
  { "E7-pass", "", "E7", PASS },
  { "E7-on-the-limit", "UPDATE case_file SET decided_date = '2024-04-30'", "E7", PASS },
  { "E7-late", "UPDATE case_file SET decided_date = '2024-05-01'", "E7", ZF_SEVERITY_WARNING },
  { "E7-statutory-90", "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET decided_date = '2024-06-01'",
    "E7", ZF_SEVERITY_WARNING },
  /* 行政处罚法 §60: 90 days from 立案 (2024-03-01). */
  { "E7-penalty-day-90", "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET decided_date = '2024-05-30'",
    "E7", PASS },
  { "E7-penalty-day-91", "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET decided_date = '2024-05-31'",
    "E7", ZF_SEVERITY_WARNING },
  /* 行政许可法 §42, §82: 20 working days after acceptance. */
  { "E7-licensing-working-day-20",
    "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'licensing', decided_date = '2024-03-29'",
    "E7", PASS },
  { "E7-licensing-working-day-21",
    "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'licensing'",
    "E7", ZF_SEVERITY_WARNING },
  /* Over 国庆 2024: 9-29 and 10-12 are worked, 10-01 to 10-07 are not;
   * counted by weekends only, 10-30 would be day 23. */
  { "E7-licensing-over-national-day",
    "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'licensing', "
    "  filed_date = '2024-09-27', decided_date = '2024-10-30'", "E7", PASS },
  { "E7-licensing-over-national-day-late",
    "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'licensing', "
    "  filed_date = '2024-09-27', decided_date = '2024-10-31'", "E7", ZF_SEVERITY_WARNING },
  { "E7-licensing-holiday-edited-out",
    "UPDATE matter SET time_limit_days = NULL; DELETE FROM work_calendar WHERE date = '2024-10-07';"
    "UPDATE case_file SET category = 'licensing', filed_date = '2024-09-27', decided_date = '2024-10-30'",
    "E7", ZF_SEVERITY_WARNING },
  { "E7-licensing-year-not-announced",
    "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'licensing', "
    "  filed_date = '2030-03-01', decided_date = '2030-03-11'", "E7", ZF_SEVERITY_INFO },
  { "E7-no-filing-date", "UPDATE case_file SET filed_date = NULL", "E7", ZF_SEVERITY_INFO },
  { "E7-inspection-no-limit", "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'inspection'",
    "E7", ZF_SEVERITY_INFO },
  /* S0 §四(四); 行政处罚法 §57: a major decision is discussed collectively first. */
  { "E8-pass", "", "E8", PASS },
  { "E8-no-discussion", "UPDATE case_file SET collective_date = NULL", "E8", ZF_SEVERITY_ERROR },
  { "E8-discussed-day-after", "UPDATE case_file SET collective_date = '2024-04-02'", "E8", ZF_SEVERITY_ERROR },
  { "E8-discussed-on-the-day", "UPDATE case_file SET collective_date = '2024-04-01'", "E8", PASS },
  { "E8-not-major", "UPDATE case_file SET major = 0, collective_date = NULL", "E8", PASS },
};

/* One database for every case: each runs inside a savepoint rolled back
 * afterwards, so that a hundred cases do not each pay for a new file. */
static ZfStore *shared_store;
static gint64 shared_case;

static void
test_check (gconstpointer data)
{
  const CheckCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfCaseFacts) facts = NULL;
  int worst = PASS;

  case_fixture_exec (shared_store, "SAVEPOINT check_case");
  case_fixture_exec (shared_store, c->sql);
  facts = zf_store_get_case_facts (shared_store, shared_case, &error);
  g_assert_no_error (error);
  zf_case_check (facts, findings);
  case_fixture_exec (shared_store, "ROLLBACK TO check_case; RELEASE check_case");

  for (guint i = 0; i < findings->len; i++)
    {
      ZfFinding *f = findings->pdata[i];

      g_assert_nonnull (f->clause);
      g_assert_cmpstr (f->message, !=, "");
      g_test_message ("%s %d: %s", f->rule, f->severity, f->message);
      if (g_strcmp0 (f->rule, c->rule) == 0)
        worst = MAX (worst, (int) f->severity);
    }
  g_assert_cmpint (worst, ==, c->severity);
}

/* Where a law is the source, the finding cites it (with the seed that asks
 * for the check, if any). */
static const struct { const char *sql; const char *rule; const char *clause; } law_cases[] = {
  { "UPDATE case_file SET notified_date = NULL", "E5", "行政处罚法 §44" },
  { "UPDATE case_file SET notified_date = NULL, category = 'coercion'", "E5", "行政强制法 §18" },
  { "DELETE FROM case_officer WHERE officer_id = 2", "E2", "行政处罚法 §42" },
  { "DELETE FROM case_officer WHERE officer_id = 2; UPDATE case_file SET category = 'coercion'",
    "E2", "行政强制法 §18" },
  { "DELETE FROM case_officer WHERE officer_id = 2; UPDATE case_file SET category = 'licensing'",
    "E2", "行政许可法 §34" },
  { "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET decided_date = '2024-05-31'",
    "E7", "行政处罚法 §60" },
  { "UPDATE matter SET time_limit_days = NULL; UPDATE case_file SET category = 'licensing'",
    "E7", "行政许可法 §42; 行政许可法 §82" },
  { "UPDATE case_file SET collective_date = NULL", "E8", "行政处罚法 §57" },
  { "UPDATE case_file SET legal_review_date = NULL", "E4", "行政处罚法 §58" },
};

static void
test_law_cited (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (law_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) findings = zf_findings_new ();
      g_autoptr(ZfCaseFacts) facts = NULL;
      gboolean cited = FALSE;

      case_fixture_exec (shared_store, "SAVEPOINT law_case");
      case_fixture_exec (shared_store, law_cases[i].sql);
      facts = zf_store_get_case_facts (shared_store, shared_case, &error);
      g_assert_no_error (error);
      zf_case_check (facts, findings);
      case_fixture_exec (shared_store, "ROLLBACK TO law_case; RELEASE law_case");
      for (guint j = 0; j < findings->len; j++)
        {
          ZfFinding *f = findings->pdata[j];

          if (g_strcmp0 (f->rule, law_cases[i].rule) == 0 && f->severity != ZF_SEVERITY_INFO)
            cited |= strstr (f->clause, law_cases[i].clause) != NULL;
        }
      g_test_message ("case %u: %s", i, law_cases[i].sql);
      g_assert_true (cited);
    }
}

static void
test_good_case_is_clean (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfCaseFacts) facts = NULL;

  facts = zf_store_get_case_facts (shared_store, shared_case, &error);
  g_assert_no_error (error);
  zf_case_check (facts, findings);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* Every suggestion names an item of the default standards, with the right
 * kind: a veto on a veto item, points on a scored one. */
static void
test_suggestions (void)
{
  static const struct { const char *rule; ZfSeverity severity; } found[] = {
    { "E1", ZF_SEVERITY_ERROR }, { "E2", ZF_SEVERITY_ERROR }, { "E3", ZF_SEVERITY_ERROR },
    { "E4", ZF_SEVERITY_ERROR }, { "E5", ZF_SEVERITY_ERROR }, { "E6", ZF_SEVERITY_ERROR },
    { "E6", ZF_SEVERITY_WARNING }, { "E7", ZF_SEVERITY_WARNING }, { "E8", ZF_SEVERITY_ERROR },
  };
  g_autoptr(ZfStandard) s = zf_standard_new_default ("penalty", 90, 60);
  g_autoptr(ZfFinding) info = zf_finding_new ("E1", NULL, ZF_SEVERITY_INFO, "x");

  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autoptr(ZfFinding) f = zf_finding_new (found[i].rule, NULL, found[i].severity, "x");
      const char *name = NULL;
      gboolean veto = FALSE;
      double deduction = -1;
      ZfStandardItem *item;

      g_assert_true (zf_case_check_suggestion (f, &name, &veto, &deduction));
      item = zf_standard_find_item_by_name (s, name);
      g_assert_nonnull (item);
      g_assert_cmpint (item->is_veto, ==, veto);
      if (!veto)
        g_assert_cmpfloat (deduction, >, 0);
    }
  g_assert_false (zf_case_check_suggestion (info, NULL, NULL, NULL));
}

typedef struct
{
  const char *name;
  const char *property;
  const char *value;
  gboolean    valid;
} FieldCase;

static const FieldCase field_cases[] = {
  { "ok", "notes", "备注", TRUE },
  { "no-number", "number", "", FALSE },
  { "bad-category", "category", "tax", FALSE },
  { "bad-procedure", "procedure", "fast", FALSE },
  { "bad-date", "served-date", "2024-13-01", FALSE },
  { "decided-before-filed", "decided-date", "2024-02-01", FALSE },
  { "archived-before-closed", "archived-date", "2024-04-10", FALSE },
  { "bad-credit-code", "party-code", "91110000000000000X", FALSE },
};

static void
test_fields (gconstpointer data)
{
  const FieldCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfCaseFile) cf = NULL;
  char *path;
  ZfStore *store = case_fixture_open (&path);
  gint64 id = case_fixture_good_case (store, "甲市监罚〔2024〕2号");
  g_autofree char *before = NULL;
  gboolean ok;

  cf = zf_store_get_case_file (store, id, &error);
  g_assert_no_error (error);
  g_object_set (cf, c->property, c->value, NULL);
  ok = zf_store_save_case_file (store, cf, NULL, &error);
  g_assert_cmpint (ok, ==, c->valid);
  if (!c->valid)
    {
      g_assert_error (error, ZF_ERROR, ZF_ERROR_RULE);
      g_assert_true (g_str_has_prefix (error->message, "E0"));
      /* Nothing was written. */
      g_assert_cmpint (case_fixture_int (store, "SELECT count(*) FROM case_file WHERE notes IS NOT NULL"), ==, 0);
    }
  g_clear_object (&cf);
  case_fixture_close (store, path);
}

/* The refusals of the store's case writes, at their edges. */
static void
test_sampling_per_unit (void)
{
  static const struct { guint min, max; int error; } cases[] = {
    { 1, 1, -1 }, { 2, 4, -1 }, { 4, 4, -1 },
    { 0, 4, ZF_ERROR_INVALID }, { 5, 4, ZF_ERROR_INVALID }, { 0, 0, ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("%u–%u", cases[i].min, cases[i].max);
      gboolean ok = zf_rule_sampling_per_unit (cases[i].min, cases[i].max, &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
    }
}

static void
test_holiday_line (void)
{
  static const struct
  {
    const char *line;
    int         error;
    const char *date;
    gboolean    working;
    const char *name;
  } cases[] = {
    { "2024-10-01 休 国庆节", -1, "2024-10-01", FALSE, "国庆节" },
    { "2024-09-29 班", -1, "2024-09-29", TRUE, NULL },
    { "2024-10-02\toff National Day", -1, "2024-10-02", FALSE, "National Day" },
    { "2024-10-12   work", -1, "2024-10-12", TRUE, NULL },
    { "2024-05-01 休", ZF_ERROR_INVALID },   /* listed before */
    { "2024-10-03", ZF_ERROR_INVALID },
    { "2024-10-03 假 国庆节", ZF_ERROR_INVALID },
    { "2024-13-03 休", ZF_ERROR_INVALID },
    { "国庆节 休", ZF_ERROR_INVALID },
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (seen, (gpointer) "2024-05-01");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *date = NULL, *name = NULL;
      gboolean working = FALSE;
      gboolean ok = zf_rule_holiday_line (i + 1, cases[i].line, seen, &date, &working, &name,
                                          &error);

      zf_test_assert_refusal (cases[i].line, ok, error, cases[i].error);
      if (!ok)
        {
          g_autofree char *line = g_strdup_printf ("Line %u ", i + 1);
          g_assert_true (g_str_has_prefix (error->message, line));
          continue;
        }
      g_assert_cmpstr (date, ==, cases[i].date);
      g_assert_cmpint (working, ==, cases[i].working);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (check_cases); i++)
    {
      g_autofree char *p = g_strdup_printf ("/case-rules/%s", check_cases[i].name);
      g_test_add_data_func (p, &check_cases[i], test_check);
    }
  for (guint i = 0; i < G_N_ELEMENTS (field_cases); i++)
    {
      g_autofree char *p = g_strdup_printf ("/case-rules/E0/%s", field_cases[i].name);
      g_test_add_data_func (p, &field_cases[i], test_fields);
    }
  g_test_add_func ("/case-rules/good-case-is-clean", test_good_case_is_clean);
  g_test_add_func ("/case-rules/law-cited", test_law_cited);
  g_test_add_func ("/case-rules/suggestions", test_suggestions);
  g_test_add_func ("/case-rules/sampling-per-unit", test_sampling_per_unit);
  g_test_add_func ("/case-rules/holiday-line", test_holiday_line);

  {
    char *path;
    int status;

    shared_store = case_fixture_open (&path);
    shared_case = case_fixture_good_case (shared_store, "甲市监罚〔2024〕1号");
    status = g_test_run ();
    case_fixture_close (shared_store, path);
    return status;
  }
}
