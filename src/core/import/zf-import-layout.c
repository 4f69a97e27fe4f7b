#define G_LOG_DOMAIN "zf-import-layout"

#include "config.h"

#include <math.h>

#include "zf-codes.h"
#include "zf-i18n.h"
#include "zf-import-layout.h"

/* Typical widths of the registers' own texts, so that the columns are
 * right before the widest cell has passed. */
static guint
column_estimate (const ZfImportField *f)
{
  static const struct { const char *column; guint width; } widths[] = {
    { "name", 20 }, { "body_name", 28 }, { "parent_name", 24 }, { "number", 22 },
    { "party_name", 16 }, { "party_code", 18 }, { "credit_code", 18 }, { "basis", 30 },
    { "legal_basis", 30 }, { "letter_scope", 24 }, { "address", 30 }, { "notes", 24 },
    { "officers", 24 }, { "matter", 24 }, { "review_outcome", 16 },
    { "litigation_outcome", 16 },
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

ZfXlsxColumn *
zf_import_layout_columns (const ZfImportRegister *reg,
                          guint                  *n_columns)
{
  ZfXlsxColumn *columns = g_new0 (ZfXlsxColumn, reg->n_fields);
  guint n = 0;

  for (guint i = 0; i < reg->n_fields; i++)
    if (reg->fields[i].kind != ZF_IMPORT_HIDDEN)
      columns[n++] = (ZfXlsxColumn) { zf_import_field_label (&reg->fields[i]),
                                      column_kind (&reg->fields[i]),
                                      column_estimate (&reg->fields[i]) };
  *n_columns = n;
  return columns;
}

/* Codes and flags by their labels in the user's language, dates as dates,
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

void
zf_import_layout_add_row (ZfXlsx                 *xlsx,
                          const ZfImportRegister *reg,
                          char *const            *values)
{
  for (guint i = 0; i < reg->n_fields; i++)
    if (reg->fields[i].kind != ZF_IMPORT_HIDDEN)
      add_cell (xlsx, &reg->fields[i], values[i]);
}
