#define G_LOG_DOMAIN "zf-export-bodies"

#include "config.h"

#include "zf-body.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-export-bodies.h"
#include "zf-i18n.h"
#include "zf-import-layout.h"
#include "zf-store-import.h"
#include "zf-store-bodies.h"
#include "zf-xlsx.h"

typedef struct
{
  ZfXlsx       *xlsx;
  GCancellable *cancellable;
  gint64        number;
  GError       *error;
} ExportContext;

/* Headers have a context: "Kind" or "Level" mean something else on other
 * screens. Estimates are typical lengths of the register's own texts, so that the
 * columns are right even before the widest cell has passed. */
static const struct
{
  const char *header;
  ZfXlsxKind  kind;
  guint       estimate;
} columns[] = {
  { NC_("bodies export", "No."), ZF_XLSX_INTEGER, 4 },
  { NC_("bodies export", "Name of the body"), ZF_XLSX_TEXT, 28 },
  { NC_("bodies export", "Unified social credit code"), ZF_XLSX_TEXT, 18 },
  { NC_("bodies export", "Kind"), ZF_XLSX_TEXT, 16 },
  { NC_("bodies export", "Level"), ZF_XLSX_TEXT, 4 },
  { NC_("bodies export", "Enforcement domain"), ZF_XLSX_TEXT, 8 },
  { NC_("bodies export", "Entrusting or superior body"), ZF_XLSX_TEXT, 24 },
  { NC_("bodies export", "Legal basis"), ZF_XLSX_TEXT, 30 },
  { NC_("bodies export", "Published date"), ZF_XLSX_DATE, 10 },
  { NC_("bodies export", "Address"), ZF_XLSX_TEXT, 30 },
};

static gboolean
write_body (ZfBody   *body,
            gpointer  user_data)
{
  ExportContext *ctx = user_data;
  ZfRecord *record = ZF_RECORD (body);

  if (g_cancellable_is_cancelled (ctx->cancellable))
    {
      g_set_error (&ctx->error, ZF_ERROR, ZF_ERROR_CANCELLED,
                   _("The export was cancelled; no file was written."));
      return FALSE;
    }

  zf_xlsx_add_int (ctx->xlsx, ++ctx->number);
  zf_xlsx_add_text (ctx->xlsx, zf_body_get_name (body));
  zf_xlsx_add_text (ctx->xlsx, zf_body_get_credit_code (body));
  zf_xlsx_add_text (ctx->xlsx, zf_body_get_kind_label (body));
  zf_xlsx_add_text (ctx->xlsx, zf_body_get_level_label (body));
  zf_xlsx_add_text (ctx->xlsx, zf_record_get_string (record, "domain"));
  zf_xlsx_add_text (ctx->xlsx, zf_record_get_string (record, "parent_name"));
  zf_xlsx_add_text (ctx->xlsx, zf_record_get_string (record, "legal_basis"));
  zf_xlsx_add_date (ctx->xlsx, zf_record_get_string (record, "published_date"));
  zf_xlsx_add_text (ctx->xlsx, zf_record_get_string (record, "address"));
  return zf_xlsx_end_row (ctx->xlsx, &ctx->error);
}

gboolean
zf_export_bodies_xlsx (ZfStore       *store,
                       const char    *path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return zf_export_bodies_of_xlsx (store, path, NULL, cancellable, error);
}

gboolean
zf_export_bodies_of_xlsx (ZfStore       *store,
                          const char    *path,
                          GArray        *ids,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(ZfXlsx) xlsx = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *today = zf_date_today ();
  g_autofree char *today_display = zf_date_format_display (today);
  g_autofree char *subtitle = NULL;
  ZfXlsxColumn cols[G_N_ELEMENTS (columns)];
  ExportContext ctx = { 0 };

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    cols[i] = (ZfXlsxColumn) { g_dpgettext2 (GETTEXT_PACKAGE, "bodies export", columns[i].header), columns[i].kind, columns[i].estimate };

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;

  subtitle = g_strdup_printf (_("Exported on %s"), today_display);
  if (!zf_xlsx_begin_sheet (xlsx, _("Register of enforcement bodies"),
                            _("Register of enforcement bodies"), subtitle,
                            cols, G_N_ELEMENTS (cols), error))
    return FALSE;

  ctx.xlsx = xlsx;
  ctx.cancellable = cancellable;
  if (!zf_store_foreach_body_of (store, TRUE, ids, write_body, &ctx, &local_error))
    {
      /* The callback's own reason (disk full, cancelled) beats the
       * generic "stopped" the store reports. */
      g_propagate_error (error, ctx.error ? ctx.error : g_steal_pointer (&local_error));
      return FALSE;
    }

  return zf_xlsx_end_sheet (xlsx, error) && zf_xlsx_close (xlsx, error);
}

typedef struct
{
  ZfXlsx       *xlsx;
  GCancellable *cancellable;
  GError       *error;
} RegisterContext;

static gboolean
write_register_row (char *const *values,
                    gpointer     user_data)
{
  RegisterContext *ctx = user_data;

  if (g_cancellable_is_cancelled (ctx->cancellable))
    {
      g_set_error (&ctx->error, ZF_ERROR, ZF_ERROR_CANCELLED,
                   _("The export was cancelled; no file was written."));
      return FALSE;
    }
  zf_import_layout_add_row (ctx->xlsx, zf_import_register_get (ZF_IMPORT_BODIES), values);
  return zf_xlsx_end_row (ctx->xlsx, &ctx->error);
}

gboolean
zf_export_bodies_register_xlsx (ZfStore       *store,
                                const char    *path,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(ZfXlsx) xlsx = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree ZfXlsxColumn *layout = NULL;
  g_autofree char *today = zf_date_today ();
  g_autofree char *today_display = zf_date_format_display (today);
  g_autofree char *subtitle = NULL;
  RegisterContext ctx = { NULL, cancellable, NULL };
  guint n_columns;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  layout = zf_import_layout_columns (zf_import_register_get (ZF_IMPORT_BODIES), &n_columns);
  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  subtitle = g_strdup_printf ("%s    %s", _("Internal: every body, with its contacts"),
                              today_display);
  if (!zf_xlsx_begin_sheet (xlsx, _("Enforcement bodies"),
                            _("Register of enforcement bodies (internal)"), subtitle,
                            layout, n_columns, error))
    return FALSE;

  ctx.xlsx = xlsx;
  if (!zf_store_import_foreach_body (store, write_register_row, &ctx, &local_error))
    {
      g_propagate_error (error, ctx.error ? ctx.error : g_steal_pointer (&local_error));
      return FALSE;
    }
  return zf_xlsx_end_sheet (xlsx, error) && zf_xlsx_close (xlsx, error);
}
