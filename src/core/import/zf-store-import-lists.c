#define G_LOG_DOMAIN "zf-store-import"

#include "config.h"

#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-store-import-private.h"

/* The importer's lists of the checklists tab, each as its export writes
 * it: the random inspection items (by body and item) and the directory
 * of inspection targets (by credit code, else name). A value the export
 * writes in place of an empty one (an item's inspecting body is its own
 * body) is read back as empty, so that a round trip stores what was. */

/* --- random inspection items ---------------------------------------------- */

static const char item_sql[] =
  "SELECT i.id, b.name AS body_name, i.item, i.basis, "
  "coalesce (i.inspecting_body, b.name) AS inspecting_body, i.target_type, i.content, i.method, "
  "i.ratio, i.frequency, i.cooperating FROM inspection_item i JOIN body b ON b.id = i.body_id "
  "WHERE i.body_id = " BODY_ID (":body_name") " AND i.item = :item ORDER BY i.id LIMIT 1";
static const char item_insert_sql[] =
  "INSERT INTO inspection_item (body_id, item, basis, inspecting_body, target_type, content, "
  "method, ratio, frequency, cooperating) VALUES (" BODY_ID (":body_name") ", :item, :basis, "
  "nullif (:inspecting_body, :body_name), :target_type, :content, :method, :ratio, :frequency, "
  ":cooperating)";
static const char item_update_sql[] =
  "UPDATE inspection_item SET item = :item, basis = :basis, "
  "inspecting_body = nullif (:inspecting_body, :body_name), target_type = :target_type, "
  "content = :content, method = :method, ratio = :ratio, frequency = :frequency, "
  "cooperating = :cooperating, " TOUCH " WHERE id = :id";

/* --- the directory of inspection targets ---------------------------------- */

#define TARGET_SELECT \
  "SELECT t.id, t.name, t.credit_code, t.address, t.domain, t.region_code, t.notes " \
  "FROM inspection_target t "

static const char target_by_code_sql[] = TARGET_SELECT "WHERE t.credit_code = :credit_code";
/* Of two targets of one name, the one without a credit code is the one a
 * row of that name and a code completes. */
static const char target_by_name_sql[] =
  TARGET_SELECT "WHERE t.name = :name ORDER BY t.credit_code IS NOT NULL, t.id LIMIT 1";
static const char target_insert_sql[] =
  "INSERT INTO inspection_target (name, credit_code, address, domain, region_code, notes) "
  "VALUES (:name, :credit_code, :address, :domain, :region_code, :notes)";
static const char target_update_sql[] =
  "UPDATE inspection_target SET name = :name, credit_code = :credit_code, address = :address, "
  "domain = :domain, region_code = :region_code, notes = :notes, " TOUCH " WHERE id = :id";

/* --- the registers -------------------------------------------------------- */

gboolean
zf_store_import_find_list (ZfStore                 *self,
                           const ZfImportRegister  *reg,
                           char *const             *values,
                           gint64                  *id,
                           char                  ***current,
                           GError                 **error)
{
  switch (reg->id)
    {
    case ZF_IMPORT_ITEMS:
      return zf_store_import_find_with (self, reg, item_sql, values, id, current, error);
    case ZF_IMPORT_TARGETS:
      return zf_store_import_find_by_code (self, reg, target_by_code_sql, target_by_name_sql,
                                           values, id, current, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

gboolean
zf_store_import_write_list (ZfStore                 *self,
                            const ZfImportRegister  *reg,
                            gint64                   id,
                            char *const             *values,
                            GError                 **error)
{
  switch (reg->id)
    {
    case ZF_IMPORT_ITEMS:
      return zf_store_import_exec_values (self, reg, id ? item_update_sql : item_insert_sql, id,
                                          values, error);
    case ZF_IMPORT_TARGETS:
      return zf_store_import_exec_values (self, reg, id ? target_update_sql : target_insert_sql,
                                          id, values, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}
