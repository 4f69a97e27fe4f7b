/* Writes a database of synthetic officers for the export tests:
 * officer-fixture DB N — N certificate holders spread over four bodies,
 * plus two auxiliary staff without a certificate. Names, ID numbers
 * (valid check digits) and phones are generated. */
#include "config.h"

#include <stdlib.h>

#include "officer-test-util.h"
#include "zf-body.h"
#include "zf-date.h"
#include "zf-store-bodies.h"
#include "zf-store-officers.h"

static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙" };
static const char *const given[] = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞" };
static const char *const bodies[] = {
  "鄂城区市场监督管理局", "鄂城区农业农村局", "鄂城区交通运输局", "鄂城区综合行政执法局"
};
static const char *const categories[] = { "市场监管", "农业农村", "交通运输", "城市管理" };

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfStore) store = NULL;
  gint64 body_ids[G_N_ELEMENTS (bodies)];
  guint n;

  if (argc != 3)
    {
      g_printerr ("usage: officer-fixture DB N\n");
      return 2;
    }
  n = (guint) atoi (argv[2]);
  store = zf_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  if (!zf_store_begin (store, &error))
    g_error ("%s", error->message);

  for (guint b = 0; b < G_N_ELEMENTS (bodies); b++)
    {
      g_autoptr(ZfBody) body = zf_body_new ();
      g_object_set (body, "name", bodies[b], NULL);
      if (!zf_store_save_body (store, body, &error))
        g_error ("%s", error->message);
      body_ids[b] = zf_record_get_id (ZF_RECORD (body));
    }

  for (guint i = 0; i < n + 2; i++)
    {
      g_autoptr(ZfOfficer) officer = zf_officer_new ();
      guint b = i % G_N_ELEMENTS (bodies);
      g_autofree char *name = g_strdup_printf ("%s%s%s", surnames[i % G_N_ELEMENTS (surnames)],
                                               given[i / 12 % G_N_ELEMENTS (given)],
                                               given[i / 192 % G_N_ELEMENTS (given)]);
      g_autofree char *birth = g_strdup_printf ("19%02u%02u%02u", 60 + i / 1000 % 40, 1 + i % 12, 1 + i % 28);
      g_autofree char *idn = officer_test_id_number (birth, i % 1000);
      g_autofree char *phone = g_strdup_printf ("139%08u", 10000000 + i);
      g_autofree char *number = g_strdup_printf ("4207%07u", i + 1);
      ZfCertificateCard card = { number, "湖北省人民政府", "2027-10-31", categories[b], "鄂城区" };

      g_object_set (officer, "name", name, "id-number", idn, "phone", phone,
                    "body-id", body_ids[b], "title", i % 3 ? "科员" : "副科长",
                    "enforcement-category", categories[b], "enforcement-area", "鄂城区",
                    NULL);
      if (i >= n)
        {
          /* Recorded, never certified. */
          g_object_set (officer, "staffing", "auxiliary", NULL);
          if (!zf_store_save_officer (store, officer, &error))
            g_error ("%s", error->message);
          continue;
        }
      if (!zf_store_import_holder (store, officer, &card, "2022-11-01", "鄂政发〔2022〕1号", &error))
        g_error ("officer %u: %s", i, error->message);
    }

  if (!zf_store_commit (store, &error))
    g_error ("%s", error->message);
  return 0;
}
