#define G_LOG_DOMAIN "zf-case-export"

#include "config.h"

#include <math.h>

#include "zf-case-export.h"
#include "zf-codes.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-mapping.h"
#include "zf-store-bodies.h"
#include "zf-store-import.h"
#include "zf-xlsx.h"

typedef struct
{
  const ZfImportRegister *reg;
  ZfXlsx                 *xlsx;
  GCancellable           *cancellable;
  GError                 *error;
} ExportContext;

/* Typical widths of the register's own texts, so that the columns are
 * right before the widest cell has passed. */
static guint
column_estimate (const ZfImportField *f)
{
  static const struct { const char *column; guint width; } widths[] = {
    { "body_name", 28 }, { "number", 22 }, { "party_name", 16 }, { "party_code", 18 },
    { "basis", 30 }, { "notes", 24 }, { "officers", 24 }, { "matter", 24 },
    { "review_outcome", 16 }, { "litigation_outcome", 16 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    if (g_str_equal (f->column, widths[i].column))
      return widths[i].width;
  switch (f->kind)
    {
    case ZF_IMPORT_DATE:
    case ZF_IMPORT_DOUBLE:
      return 10;
    case ZF_IMPORT_CODE:
      return 8;
    case ZF_IMPORT_INT:
    case ZF_IMPORT_BOOL:
      return 4;
    default:
      return 0;
    }
}

static ZfXlsxKind
column_kind (const ZfImportField *f)
{
  switch (f->kind)
    {
    case ZF_IMPORT_DATE:
      return ZF_XLSX_DATE;
    case ZF_IMPORT_DOUBLE:
      return ZF_XLSX_NUMBER;
    case ZF_IMPORT_INT:
      return ZF_XLSX_INTEGER;
    default:
      return ZF_XLSX_TEXT;
    }
}

/* Each cell in the form the import reads back to the same stored value:
 * codes and flags by their labels in the user's language, dates as dates,
 * amounts as numbers. */
static void
add_cell (ZfXlsx              *xlsx,
          const ZfImportField *f,
          const char          *value)
{
  gboolean empty = value == NULL || *value == '\0';

  switch (f->kind)
    {
    case ZF_IMPORT_DATE:
      zf_xlsx_add_date (xlsx, value);
      break;
    case ZF_IMPORT_DOUBLE:
      zf_xlsx_add_number (xlsx, empty ? NAN : g_ascii_strtod (value, NULL));
      break;
    case ZF_IMPORT_INT:
      if (empty)
        zf_xlsx_add_text (xlsx, NULL);
      else
        zf_xlsx_add_int (xlsx, g_ascii_strtoll (value, NULL, 10));
      break;
    case ZF_IMPORT_BOOL:
      zf_xlsx_add_text (xlsx, !empty && g_ascii_strtoll (value, NULL, 10) != 0 ? _("Yes") : _("No"));
      break;
    case ZF_IMPORT_CODE:
      zf_xlsx_add_text (xlsx, empty ? NULL : zf_code_label (f->codes, value));
      break;
    default:
      zf_xlsx_add_text (xlsx, value);
      break;
    }
}

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
  for (guint i = 0; i < ctx->reg->n_fields; i++)
    add_cell (ctx->xlsx, &ctx->reg->fields[i], values[i]);
  return zf_xlsx_end_row (ctx->xlsx, &ctx->error);
}

/* Says what the file covers and that it is not for publication. */
static char *
make_subtitle (ZfStore *store,
               gint64   body_id,
               int      year)
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
  g_string_append (subtitle, _("Internal: contains the parties' ID numbers"));
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
  const ZfImportRegister *reg = zf_import_register_get (ZF_IMPORT_CASES);
  g_autoptr(ZfXlsx) xlsx = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree ZfXlsxColumn *columns = g_new0 (ZfXlsxColumn, reg->n_fields);
  g_autofree char *subtitle = NULL;
  ExportContext ctx = { reg, NULL, cancellable, NULL };

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; i < reg->n_fields; i++)
    columns[i] = (ZfXlsxColumn) { zf_import_field_label (&reg->fields[i]),
                                  column_kind (&reg->fields[i]),
                                  column_estimate (&reg->fields[i]) };

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  subtitle = make_subtitle (store, body_id, year);
  if (!zf_xlsx_begin_sheet (xlsx, _("Case files"), _("Register of case files"), subtitle,
                            columns, reg->n_fields, error))
    return FALSE;

  ctx.xlsx = xlsx;
  if (!zf_store_import_foreach_case (store, body_id, year, write_case, &ctx, &local_error))
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
