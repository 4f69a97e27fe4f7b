#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "zf-body-rules.h"
#include "zf-error.h"
#include "zf-test-util.h"

/* The refusals of a write to the bodies' register, at their edges: each
 * case is one value away from the other outcome. */

static void
test_status_request (void)
{
  static const struct
  {
    const char *status, *date, *doc_number;
    int         error;   /* -1 accepted */
  } cases[] = {
    { "confirmed", "2024-05-01", "X府发〔2024〕1号", -1 },
    { "revoked", "2024-05-01", "1", -1 },
    { "cancelled", "2024-05-01", "1", ZF_ERROR_INVALID },
    { NULL, "2024-05-01", "1", ZF_ERROR_INVALID },
    { "published", "2024-5-1", "1", ZF_ERROR_INVALID },
    { "published", NULL, "1", ZF_ERROR_INVALID },
    { "published", "2024-05-01", "", ZF_ERROR_INVALID },
    { "published", "2024-05-01", NULL, ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("case %u", i);
      gboolean ok = zf_rule_body_status_request (cases[i].status, cases[i].date,
                                                 cases[i].doc_number, &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
    }
}

/* Every pair of statuses: confirmed only from pending, published only
 * from confirmed, revoked from anything but revoked. */
static void
test_status_change (void)
{
  static const char *const statuses[] = { "pending", "confirmed", "published", "revoked" };
  static const gboolean allowed[4][4] = {
    /* to:  pending confirmed published revoked */
    { FALSE, TRUE, FALSE, TRUE },   /* from pending */
    { FALSE, FALSE, TRUE, TRUE },   /* from confirmed */
    { FALSE, FALSE, FALSE, TRUE },  /* from published */
    { FALSE, FALSE, FALSE, FALSE }, /* from revoked */
  };

  for (guint from = 0; from < 4; from++)
    for (guint to = 0; to < 4; to++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *what = g_strdup_printf ("%s → %s", statuses[from], statuses[to]);
        gboolean ok = zf_rule_body_status_change ("市场监督管理局", statuses[from],
                                                  statuses[to], &error);

        zf_test_assert_refusal (what, ok, error, allowed[from][to] ? -1 : ZF_ERROR_RULE);
        if (!ok)
          g_assert_nonnull (strstr (error->message, "市场监督管理局"));
      }
}

static void
test_review (void)
{
  static const struct
  {
    const char *date, *result;
    int         error;
  } cases[] = {
    { "2024-05-01", "kept", -1 },
    { "2024-05-01", "revoked", -1 },
    { "2024-05-01", "published", ZF_ERROR_INVALID },
    { "2024-05-01", NULL, ZF_ERROR_INVALID },
    { "2024-02-30", "kept", ZF_ERROR_INVALID },
    { NULL, "kept", ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("case %u", i);
      gboolean ok = zf_rule_body_review (cases[i].date, cases[i].result, &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
    }
}

static void
test_unit_training (void)
{
  static const struct
  {
    const char *date, *title;
    double      hours;
    int         error;
  } cases[] = {
    { "2024-05-01", "全员法治培训", 8, -1 },
    { "2024-05-01", "全员法治培训", 0.5, -1 },
    { "2024-05-01", "全员法治培训", NAN, -1 },
    { "2024-05-01", "全员法治培训", 0, ZF_ERROR_INVALID },
    { "2024-05-01", "全员法治培训", -1, ZF_ERROR_INVALID },
    { "2024-05-01", "", 8, ZF_ERROR_INVALID },
    { "2024-05-01", NULL, 8, ZF_ERROR_INVALID },
    { "2024-13-01", "全员法治培训", 8, ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("case %u", i);
      gboolean ok = zf_rule_unit_training (cases[i].date, cases[i].title, cases[i].hours, &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
    }
}

static void
test_domain_rename (void)
{
  static const struct
  {
    const char *from, *to;
    int         error;
  } cases[] = {
    { "市场监管", "综合执法", -1 },
    { "市场监管", "", ZF_ERROR_INVALID },
    { "", "综合执法", ZF_ERROR_INVALID },
    { NULL, "综合执法", ZF_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("case %u", i);
      gboolean ok = zf_rule_body_domain_rename (cases[i].from, cases[i].to, &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
    }
}

/* B9: a new or renamed body may not take another body's name, the same up
 * to spaces and full-width forms; the refusal names that body. */
static void
test_name_unique (void)
{
  static const char *const others[] = { "鄂城区农业农村局", "鄂州市市场监督管理局(葛店)", NULL };
  static const struct
  {
    const char *name, *stored;
    int         error;
    const char *named;     /* the body the refusal names */
  } cases[] = {
    { "鄂城区交通运输局", NULL, -1, NULL },
    { "鄂城区农业农村局", NULL, ZF_ERROR_DUPLICATE, "鄂城区农业农村局" },
    { " 鄂城区 农业农村局 ", NULL, ZF_ERROR_DUPLICATE, "鄂城区农业农村局" },
    { "鄂州市市场监督管理局（葛店）", NULL, ZF_ERROR_DUPLICATE, "鄂州市市场监督管理局(葛店)" },
    { "鄂州市市场监督管理局（华容）", NULL, -1, NULL },
    /* A rename onto another's name is refused; keeping one's name is not,
     * even one that another body already shared before. */
    { "鄂城区农业农村局", "鄂城区农业局", ZF_ERROR_DUPLICATE, "鄂城区农业农村局" },
    { "鄂城区农业农村局", "鄂城区农业农村局", -1, NULL },
    { "鄂城区农业农村局", "鄂城区农业农村局 ", -1, NULL },
    /* An empty name is B0's to refuse. */
    { "", NULL, -1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = g_strdup_printf ("case %u (%s)", i, cases[i].name);
      gboolean ok = zf_rule_body_name_unique (cases[i].name, cases[i].stored, others, &error);

      zf_test_assert_refusal (what, ok, error, cases[i].error);
      if (cases[i].named != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].named));
    }
  g_assert_true (zf_rule_body_name_unique ("鄂城区农业农村局", NULL, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/body-rules/status-request", test_status_request);
  g_test_add_func ("/body-rules/status-change", test_status_change);
  g_test_add_func ("/body-rules/review", test_review);
  g_test_add_func ("/body-rules/unit-training", test_unit_training);
  g_test_add_func ("/body-rules/domain-rename", test_domain_rename);
  g_test_add_func ("/body-rules/name-unique", test_name_unique);

  return g_test_run ();
}
