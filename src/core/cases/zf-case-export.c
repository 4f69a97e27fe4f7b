#define G_LOG_DOMAIN "zf-case-export"

#include "config.h"

#include "zf-case-export.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-layout.h"
#include "zf-store-bodies.h"
#include "zf-store-import-evaluations.h"
#include "zf-store-import.h"
#include "zf-xlsx.h"

typedef struct
{
  const ZfImportRegister *reg;
  ZfXlsx                 *xlsx;
  GCancellable           *cancellable;
  GError                 *error;
} ExportContext;

static gboolean
write_case (char *const *values,
            gpointer     user_data)
{
  ExportContext *ctx = user_data;

  if (g_cancellable_is_cancelled (ctx->cancellable))
    {
      g_set_error (&ctx->error, ZF_ERROR, ZF_ERROR_CANCELLED,
                   _("The export was cancelled; no file was written."));
      return FALSE;
    }
  zf_import_layout_add_row (ctx->xlsx, ctx->reg, values);
  return zf_xlsx_end_row (ctx->xlsx, &ctx->error);
}

/* Says what the file covers and that it is not for publication. */
static char *
make_subtitle (ZfStore    *store,
               gint64      body_id,
               int         year,
               const char *note)
{
  g_autofree char *today = zf_date_today ();
  g_autofree char *today_display = zf_date_format_display (today);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (body_id > 0)
    {
      g_autoptr(ZfBody) body = zf_store_get_body (store, body_id, NULL);
      if (body != NULL)
        g_string_append_printf (subtitle, "%s    ", zf_body_get_name (body));
    }
  if (year > 0)
    {
      g_string_append_printf (subtitle, _("Year %d"), year);
      g_string_append (subtitle, "    ");
    }
  g_string_append_printf (subtitle, _("Exported on %s"), today_display);
  g_string_append (subtitle, "    ");
  g_string_append (subtitle, note);
  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

gboolean
zf_export_cases_xlsx (ZfStore       *store,
                      const char    *path,
                      gint64         body_id,
                      int            year,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return zf_export_cases_of_xlsx (store, path, body_id, year, NULL, cancellable, error);
}

/* One internal register (case files or evaluations) in the import's own
 * layout, as @foreach hands over its rows, on one sheet. */
typedef gboolean (*ForeachRows) (ZfStore *store, gint64 body_id, int year, GArray *ids,
                                 ZfImportValuesFunc func, gpointer user_data, GError **error);

static gboolean
export_register (ZfStore             *store,
                 const char          *path,
                 ZfImportRegisterId   register_id,
                 const char          *sheet,
                 const char          *title,
                 const char          *note,
                 ForeachRows          foreach,
                 gint64               body_id,
                 int                  year,
                 GArray              *ids,
                 GCancellable        *cancellable,
                 GError             **error)
{
  const ZfImportRegister *reg = zf_import_register_get (register_id);
  g_autoptr(ZfXlsx) xlsx = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree ZfXlsxColumn *columns = NULL;
  guint n_columns;
  g_autofree char *subtitle = NULL;
  ExportContext ctx = { reg, NULL, cancellable, NULL };

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  columns = zf_import_layout_columns (reg, &n_columns);
  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  subtitle = make_subtitle (store, body_id, year, note);
  if (!zf_xlsx_begin_sheet (xlsx, sheet, title, subtitle, columns, n_columns, error))
    return FALSE;

  ctx.xlsx = xlsx;
  if (!foreach (store, body_id, year, ids, write_case, &ctx, &local_error))
    {
      /* The row writer's own reason (disk full, cancelled) comes first. */
      if (ctx.error != NULL)
        g_propagate_error (error, ctx.error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return zf_xlsx_end_sheet (xlsx, error) && zf_xlsx_close (xlsx, error);
}

gboolean
zf_export_cases_of_xlsx (ZfStore       *store,
                         const char    *path,
                         gint64         body_id,
                         int            year,
                         GArray        *ids,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return export_register (store, path, ZF_IMPORT_CASES, _("Case files"),
                          _("Register of case files"),
                          _("Internal: contains the parties' ID numbers"),
                          zf_store_import_foreach_case, body_id, year, ids, cancellable, error);
}

gboolean
zf_export_evaluations_xlsx (ZfStore       *store,
                            const char    *path,
                            gint64         body_id,
                            int            year,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return zf_export_evaluations_of_xlsx (store, path, body_id, year, NULL, cancellable, error);
}

gboolean
zf_export_evaluations_of_xlsx (ZfStore       *store,
                               const char    *path,
                               gint64         body_id,
                               int            year,
                               GArray        *ids,
                               GCancellable  *cancellable,
                               GError       **error)
{
  return export_register (store, path, ZF_IMPORT_EVALUATIONS, _("Evaluations"),
                          _("Register of case evaluations"),
                          _("Internal register: one row per line of an evaluation"),
                          zf_store_import_foreach_evaluation, body_id, year, ids, cancellable,
                          error);
}
