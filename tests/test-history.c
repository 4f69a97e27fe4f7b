/* A row's history from the audit log: every write, who and when, and for an
 * update only the fields that changed, old → new. */
#include "config.h"

#include "zf-body.h"
#include "zf-store-audit.h"
#include "zf-store-bodies.h"
#include "zf-test-util.h"
#include "zf-validate.h"

static const ZfAuditChange *
find_change (const ZfAuditEntry *entry,
             const char         *field)
{
  for (guint i = 0; i < entry->changes->len; i++)
    {
      const ZfAuditChange *c = entry->changes->pdata[i];
      if (g_str_equal (c->field, field))
        return c;
    }
  return NULL;
}

static void
test_body_history (void)
{
  g_autofree char *path = zf_test_db_path ("history.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *code = zf_test_credit_code (1);
  const ZfAuditEntry *e;
  const ZfAuditChange *c;
  gint64 id;

  g_assert_no_error (error);
  zf_store_set_operator (store, "王科员");
  g_object_set (body, "name", "华容区市场监督管理局", "credit-code", code, "kind", "organ",
                "level", "county", "address", "华容大道1号", NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  id = zf_record_get_id (ZF_RECORD (body));

  zf_store_set_operator (store, "李科长");
  g_object_set (body, "name", "华容区市场监管局", "address", "华容大道2号", NULL);
  g_assert_true (zf_store_save_body (store, body, &error));
  g_assert_no_error (error);
  /* Saved again unchanged: nothing to show. */
  g_assert_true (zf_store_save_body (store, body, &error));

  history = zf_store_row_history (store, "body", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);

  e = history->pdata[0];
  g_assert_cmpstr (e->action, ==, "update");
  g_assert_cmpstr (e->who, ==, "李科长");
  g_assert_cmpuint (e->changes->len, ==, 2);
  c = find_change (e, "name");
  g_assert_nonnull (c);
  g_assert_cmpstr (c->old_value, ==, "华容区市场监督管理局");
  g_assert_cmpstr (c->new_value, ==, "华容区市场监管局");
  c = find_change (e, "address");
  g_assert_cmpstr (c->old_value, ==, "华容大道1号");
  g_assert_cmpstr (c->new_value, ==, "华容大道2号");
  g_assert_null (find_change (e, "updated_at"));

  e = history->pdata[1];
  g_assert_cmpstr (e->action, ==, "insert");
  g_assert_cmpstr (e->who, ==, "王科员");
  g_assert_cmpint (strlen (e->at), >=, 19);
  c = find_change (e, "credit_code");
  g_assert_nonnull (c);
  g_assert_null (c->old_value);
  g_assert_cmpstr (c->new_value, ==, code);

  /* Another row's history is its own. */
  g_clear_pointer (&history, g_ptr_array_unref);
  history = zf_store_row_history (store, "body", id + 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/body", test_body_history);
  return g_test_run ();
}
