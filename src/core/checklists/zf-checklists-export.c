#define G_LOG_DOMAIN "zf-checklists-export"

#include "config.h"

#include <string.h>


#include "zf-checklist-codes.h"
#include "zf-checklist-rules.h"
#include "zf-checklists-export.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-pdf-text.h"
#include "zf-store-benchmarks.h"
#include "zf-store-checklists.h"
#include "zf-store-draw-results.h"
#include "zf-store-draws.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"
#include "zf-xlsx.h"

/* How each column of a register's ZfTable is headed and written: the store
 * gives text (codes as stored), the sheet gets numbers and dates that Excel
 * can sum and sort, and codes as their labels. Estimates are typical widths
 * of the register's own texts (CJK counts 2). */
typedef struct
{
  const char       *header;   /* N_() */
  ZfXlsxKind        kind;
  guint             estimate;
  const ZfCodeList *labels;
} ColumnFormat;

#define T(h, w)    { h, ZF_XLSX_TEXT, w, NULL }
#define L(h, w, l) { h, ZF_XLSX_TEXT, w, &l }
#define I(h)       { h, ZF_XLSX_INTEGER, 6, NULL }
#define N(h)       { h, ZF_XLSX_NUMBER, 10, NULL }
#define D(h)       { h, ZF_XLSX_DATE, 10, NULL }

static const ColumnFormat catalog_formats[] = {
  T (N_("Body"), 24), L (N_("Level"), 12, zf_law_levels), T (N_("Title"), 32),
  T (N_("Issuing organ"), 24), T (N_("Document number"), 16), D (N_("Promulgated")),
  D (N_("Effective")), D (N_("Amended")), D (N_("Repealed")), T (N_("Article"), 10),
  T (N_("Article text"), 40), T (N_("Sections applying it"), 16), T (N_("Cooperating departments"), 16),
};
/* The supervision phone is a public hotline, published by design. The
 * time limit comes as its days and as the list words it. */
static const ColumnFormat matter_formats[] = {
  T (N_("Body"), 24), T (N_("Code"), 14), T (N_("Matter"), 30),
  L (N_("Category"), 12, zf_matter_categories), T (N_("Basis"), 40),
  T (N_("Responsible section"), 12), T (N_("Responsible post"), 10),
  T (N_("Cooperating departments"), 16), I (N_("Time limit in days")), T (N_("Time limit"), 14),
  T (N_("Responsibility items"), 30), T (N_("Accountability cases"), 30),
  T (N_("Supervision phone"), 14), L (N_("Status"), 6, zf_matter_statuses),
  T (N_("Enforcement category"), 12), T (N_("Transferred to"), 30),
};
static const ColumnFormat transfer_formats[] = {
  D (N_("Date")), T (N_("Code"), 14), T (N_("Matter"), 30), T (N_("From"), 24),
  T (N_("To"), 24), T (N_("Document number"), 16), T (N_("Reason"), 24),
  T (N_("Operator"), 8),
};
/* An officer by name and card number, which is published anyway (R10). */
static const ColumnFormat duty_formats[] = {
  T (N_("Body"), 24), T (N_("Code"), 14), T (N_("Matter"), 30), T (N_("Section"), 12),
  T (N_("Post"), 10), T (N_("Officer"), 8), T (N_("Certificate number"), 14),
};
static const ColumnFormat leniency_formats[] = {
  T (N_("Body"), 24), L (N_("List"), 10, zf_leniency_lists), T (N_("Domain"), 10),
  T (N_("Violation"), 30), T (N_("Basis"), 30), T (N_("Conditions"), 36), T (N_("Notes"), 16),
  T (N_("Enforcement matter"), 24), T (N_("Article"), 30),
};
static const ColumnFormat benchmark_formats[] = {
  T (N_("Body"), 24), T (N_("Violation"), 30), T (N_("Basis"), 30),
  N (N_("Statutory minimum")), N (N_("Statutory maximum")),
  L (N_("Tier"), 6, zf_benchmark_tiers), T (N_("Circumstances"), 36), N (N_("Tier minimum")),
  N (N_("Tier maximum")), L (N_("Unit"), 6, zf_benchmark_units), T (N_("Enforcement matter"), 24),
  T (N_("Article"), 30), T (N_("Notes"), 16),
};
static const ColumnFormat item_formats[] = {
  T (N_("Body"), 24), T (N_("Item"), 24), T (N_("Basis"), 30), T (N_("Inspecting body"), 24),
  T (N_("Target type"), 12), T (N_("Content"), 30), T (N_("Method"), 16),
  N (N_("Ratio (%)")), T (N_("Frequency"), 10), T (N_("Cooperating departments"), 16),
  T (N_("Enforcement matter"), 24), T (N_("Enforcement category"), 12), T (N_("Notes"), 16),
};
static const ColumnFormat target_formats[] = {
  T (N_("Name"), 30), T (N_("Credit code"), 18), T (N_("Address"), 36), T (N_("Domain"), 12),
  T (N_("Region code"), 8), T (N_("Notes"), 20),
};
static const ColumnFormat draw_formats[] = {
  I (N_("No.")), T (N_("Target"), 28), T (N_("Credit code"), 18), T (N_("Address"), 30),
  T (N_("Inspectors"), 36), T (N_("Done"), 6), D (N_("Date done")), T (N_("Findings"), 30),
};
static const ColumnFormat statistics_formats[] = {
  T (N_("Body"), 28), I (N_("Planned inspections")), I (N_("Double-random inspections")),
  I (N_("Done")), N (N_("Share (%)")), N (N_("Floor (%)")), T (N_("Meets the floor"), 6),
};

#undef T
#undef L
#undef I
#undef N
#undef D

typedef gboolean (*FetchFunc) (ZfStore  *store,
                               gint64    body_id,
                               GArray   *ids,
                               ZfTable  *table,
                               GError  **error);

typedef struct
{
  const char         *name;
  const char         *title;   /* N_() */
  FetchFunc           fetch;
  const ColumnFormat *formats;
  guint               n_formats;
} RegisterExport;

#define REGISTER(name, title, fetch, formats) \
  { name, title, fetch, formats, G_N_ELEMENTS (formats) }

static const RegisterExport registers[ZF_CHECKLIST_N_REGISTERS] = {
  [ZF_CHECKLIST_LAWS] = REGISTER ("laws", N_("Catalog of legal bases"), zf_store_catalog_rows,
                                  catalog_formats),
  [ZF_CHECKLIST_MATTERS] = REGISTER ("matters", N_("Enforcement matters"), zf_store_matters_rows,
                                     matter_formats),
  [ZF_CHECKLIST_LENIENCY] = REGISTER ("leniency", N_("Four lists"), zf_store_leniency_rows,
                                      leniency_formats),
  [ZF_CHECKLIST_BENCHMARKS] = REGISTER ("benchmarks", N_("Discretion benchmarks"),
                                        zf_store_benchmarks_rows, benchmark_formats),
  [ZF_CHECKLIST_ITEMS] = REGISTER ("items", N_("Random inspection items"),
                                   zf_store_inspection_items_rows, item_formats),
  [ZF_CHECKLIST_TARGETS] = REGISTER ("targets", N_("Directory of inspection targets"),
                                     zf_store_inspection_targets_rows, target_formats),
};
static const RegisterExport transfers_register =
  REGISTER ("transfers", N_("Transfers of matters"), zf_store_transfers_rows, transfer_formats);
static const RegisterExport duties_register =
  REGISTER ("duties", N_("Duty assignments"), zf_store_duties_rows, duty_formats);

#undef REGISTER

const char *
zf_checklist_register_name (ZfChecklistRegister reg)
{
  g_return_val_if_fail (reg < ZF_CHECKLIST_N_REGISTERS, NULL);

  return registers[reg].name;
}

gboolean
zf_checklist_register_from_name (const char          *name,
                                 ZfChecklistRegister *reg)
{
  for (guint i = 0; name && i < ZF_CHECKLIST_N_REGISTERS; i++)
    if (g_str_equal (registers[i].name, name))
      {
        *reg = i;
        return TRUE;
      }
  return FALSE;
}

/* The register's table: its title and headers, the store's rows, codes
 * shown as their labels. */
/* A new table titled @title, headed by the headers of @formats. */
static ZfTable *
new_table (const char          *title,
           const ColumnFormat  *formats,
           guint                n_formats)
{
  g_autofree const char **headers = g_new0 (const char *, n_formats + 1);

  for (guint c = 0; c < n_formats; c++)
    headers[c] = formats[c].header;
  return zf_table_new (title, headers);
}

static ZfTable *
fetch_table (ZfStore               *store,
             const RegisterExport  *spec,
             gint64                 body_id,
             GArray                *ids,
             GError               **error)
{
  g_autoptr(ZfTable) table = new_table (_(spec->title), spec->formats, spec->n_formats);

  if (!spec->fetch (store, body_id, ids, table, error))
    return NULL;
  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = table->rows->pdata[r];

      for (guint c = 0; c < spec->n_formats && c < row->len; c++)
        {
          const char *code = row->pdata[c];

          if (spec->formats[c].labels != NULL && *code != '\0')
            {
              row->pdata[c] = g_strdup (zf_code_label (spec->formats[c].labels, code));
              g_free ((char *) code);
            }
        }
    }
  return g_steal_pointer (&table);
}

ZfTable *
zf_checklist_table (ZfStore              *store,
                    ZfChecklistRegister   reg,
                    gint64                body_id,
                    GError              **error)
{
  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (reg < ZF_CHECKLIST_N_REGISTERS, NULL);

  return fetch_table (store, &registers[reg], body_id, NULL, error);
}

ZfTable *
zf_checklist_transfers_table (ZfStore  *store,
                              gint64    body_id,
                              GError  **error)
{
  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  return fetch_table (store, &transfers_register, body_id, NULL, error);
}

ZfTable *
zf_checklist_draw_table (ZfStore  *store,
                         gint64    draw_id,
                         GError  **error)
{
  g_autoptr(ZfTable) table = new_table (_("Double-random draw record"), draw_formats,
                                        G_N_ELEMENTS (draw_formats));

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if (!zf_store_draw_rows (store, draw_id, table, error))
    return NULL;
  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = table->rows->pdata[r];
      gboolean done = g_strcmp0 (row->pdata[5], "1") == 0;

      g_free (row->pdata[5]);
      /* "Pending" of a body means awaiting confirmation; here, inspection. */
      row->pdata[5] = g_strdup (done ? C_("draw result", "Inspected")
                                     : C_("draw result", "Not yet inspected"));
    }
  return g_steal_pointer (&table);
}

/* Summary columns of zf_checklist_draw_summary() and result columns of
 * zf_checklist_draw_table() the record prints. */
enum { S_BODY, S_ITEM, S_BASIS, S_DATE, S_TARGETS, S_INSPECTORS, S_DRAWN, S_PER_TARGET,
       S_SEED, S_ALGORITHM, S_NUMBER, S_OPERATOR, S_DRAWN_AT };
enum { R_NO, R_TARGET, R_CODE, R_ADDRESS, R_INSPECTORS, R_STATUS, R_DONE_DATE, R_FINDINGS };

ZfTable *
zf_checklist_draw_summary (ZfStore  *store,
                           gint64    draw_id,
                           GError  **error)
{
  static const char *const headers[] = {
    N_("Inspecting body"), N_("Item"), N_("Basis"), N_("Inspection date"),
    N_("Targets in pool"), N_("Inspectors in pool"), N_("Targets drawn"),
    N_("Inspectors per target"), N_("Seed"), N_("Algorithm version"), N_("Document number"),
    N_("Operator"), N_("Drawn at"), NULL,
  };
  g_autoptr(ZfTable) table = zf_table_new (_("Double-random draw"), headers);

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if (!zf_store_draw_summary_rows (store, draw_id, table, error))
    return NULL;
  /* The 经办人 stored with a draw is the user's name from the settings. A
   * draw stored before that named the account it was run from, and a login
   * name ("root") is not a person to print on a record. */
  {
    GPtrArray *row = table->rows->pdata[0];

    if (g_strcmp0 (row->pdata[S_OPERATOR], g_get_user_name ()) == 0)
      {
        g_free (row->pdata[S_OPERATOR]);
        row->pdata[S_OPERATOR] = g_strdup ("");
      }
  }
  return g_steal_pointer (&table);
}

ZfTable *
zf_checklist_random_statistics (ZfStore    *store,
                                int         year,
                                GPtrArray  *findings,
                                GError    **error)
{
  enum { NAME, PLANNED, DRAWN, DONE, BODY_ID };
  g_autofree char *title = g_strdup_printf (_("Double-random inspections in %d"), year);
  double floor_percent = zf_store_get_setting_double (store, "random_inspection_share_min", 30);
  g_autoptr(ZfTable) rows = zf_table_new (NULL, NULL);
  g_autoptr(ZfTable) table = new_table (title, statistics_formats,
                                        G_N_ELEMENTS (statistics_formats));

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if (!zf_store_random_share_rows (store, year, rows, error))
    return NULL;
  for (guint r = 0; r < rows->rows->len; r++)
    {
      GPtrArray *row = zf_table_add_row (table);
      const char *name = zf_table_cell (rows, r, NAME);
      gint64 planned = g_ascii_strtoll (zf_table_cell (rows, r, PLANNED), NULL, 10);
      gint64 drawn = g_ascii_strtoll (zf_table_cell (rows, r, DRAWN), NULL, 10);
      double share = planned > 0 ? 100.0 * (double) drawn / (double) planned : 0;
      g_autofree char *share_text = g_strdup_printf ("%.1f", share);
      g_autofree char *floor_text = g_strdup_printf ("%g", floor_percent);
      guint before = findings ? findings->len : 0;

      zf_table_row_add (row, name);
      zf_table_row_add (row, zf_table_cell (rows, r, PLANNED));
      zf_table_row_add (row, zf_table_cell (rows, r, DRAWN));
      zf_table_row_add (row, zf_table_cell (rows, r, DONE));
      zf_table_row_add (row, share_text);
      zf_table_row_add (row, floor_text);
      zf_table_row_add (row, planned > 0 && share >= floor_percent ? _("Yes") : _("No"));

      zf_rule_random_share (name, year, planned, drawn, floor_percent, findings);
      zf_findings_locate (findings, before, "body",
                          g_ascii_strtoll (zf_table_cell (rows, r, BODY_ID), NULL, 10));
    }
  return g_steal_pointer (&table);
}

static void
add_cell (ZfXlsx     *xlsx,
          ZfXlsxKind  kind,
          const char *text)
{
  if (text == NULL || *text == '\0')
    {
      zf_xlsx_add_text (xlsx, NULL);
      return;
    }
  switch (kind)
    {
    case ZF_XLSX_INTEGER:
      zf_xlsx_add_int (xlsx, g_ascii_strtoll (text, NULL, 10));
      break;
    case ZF_XLSX_NUMBER:
      zf_xlsx_add_number (xlsx, g_ascii_strtod (text, NULL));
      break;
    case ZF_XLSX_DATE:
      zf_xlsx_add_date (xlsx, text);
      break;
    case ZF_XLSX_TEXT:
    default:
      zf_xlsx_add_text (xlsx, text);
      break;
    }
}

static char *
exported_on (void)
{
  g_autofree char *today = zf_date_today ();
  g_autofree char *display = zf_date_format_display (today);

  return g_strdup_printf (_("Exported on %s"), display);
}

/* One sheet in the standard layout. @numbered puts a "No." column first,
 * as every register Zhifa hands out has one. */
static gboolean
write_table (ZfXlsx              *xlsx,
             ZfTable             *table,
             const ColumnFormat  *formats,
             guint                n_formats,
             gboolean             numbered,
             GError             **error)
{
  g_autofree char *subtitle = exported_on ();
  g_autofree ZfXlsxColumn *cols = NULL;
  guint first = numbered ? 1 : 0;
  guint n_cols = table->headers->len + first;

  /* A store table and its formats are written together; a mismatch is a
   * programming error, caught by the export tests. */
  g_assert (n_formats == table->headers->len);

  cols = g_new0 (ZfXlsxColumn, n_cols);
  if (numbered)
    cols[0] = (ZfXlsxColumn) { C_("checklists export", "No."), ZF_XLSX_INTEGER, 4 };
  for (guint c = 0; c < table->headers->len; c++)
    cols[c + first] = (ZfXlsxColumn) { table->headers->pdata[c], formats[c].kind,
                                       formats[c].estimate };

  if (!zf_xlsx_begin_sheet (xlsx, table->title, table->title, subtitle, cols, n_cols, error))
    return FALSE;
  for (guint r = 0; r < table->rows->len; r++)
    {
      if (numbered)
        zf_xlsx_add_int (xlsx, r + 1);
      for (guint c = 0; c < table->headers->len; c++)
        add_cell (xlsx, formats[c].kind, zf_table_cell (table, r, c));
      if (!zf_xlsx_end_row (xlsx, error))
        return FALSE;
    }
  return zf_xlsx_end_sheet (xlsx, error);
}

gboolean
zf_export_checklist_xlsx (ZfStore              *store,
                          ZfChecklistRegister   reg,
                          gint64                body_id,
                          const char           *path,
                          GError              **error)
{
  return zf_export_checklist_of_xlsx (store, reg, body_id, NULL, path, error);
}

gboolean
zf_export_checklist_of_xlsx (ZfStore              *store,
                             ZfChecklistRegister   reg,
                             gint64                body_id,
                             GArray               *ids,
                             const char           *path,
                             GError              **error)
{
  const RegisterExport *spec;
  g_autoptr(ZfTable) table = NULL;
  g_autoptr(ZfTable) transfers = NULL;
  g_autoptr(ZfTable) duties = NULL;
  g_autoptr(ZfXlsx) xlsx = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (reg < ZF_CHECKLIST_N_REGISTERS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  spec = &registers[reg];
  /* Read everything before creating the file: a store error leaves no
   * half-written workbook behind. */
  table = fetch_table (store, spec, body_id, ids, error);
  if (table == NULL)
    return FALSE;
  if (reg == ZF_CHECKLIST_MATTERS)
    {
      transfers = fetch_table (store, &transfers_register, body_id, ids, error);
      if (transfers == NULL)
        return FALSE;
      duties = fetch_table (store, &duties_register, body_id, ids, error);
      if (duties == NULL)
        return FALSE;
    }

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  if (!write_table (xlsx, table, spec->formats, spec->n_formats, TRUE, error))
    return FALSE;
  if (transfers != NULL &&
      !write_table (xlsx, transfers, transfer_formats, G_N_ELEMENTS (transfer_formats), TRUE, error))
    return FALSE;
  if (duties != NULL &&
      !write_table (xlsx, duties, duty_formats, G_N_ELEMENTS (duty_formats), TRUE, error))
    return FALSE;
  return zf_xlsx_close (xlsx, error);
}

/* The summary has one row of many columns; published, it reads better as
 * a two-column list of particulars. */
static gboolean
write_summary (ZfXlsx   *xlsx,
               ZfTable  *summary,
               GError  **error)
{
  g_autofree char *subtitle = exported_on ();
  const ZfXlsxColumn cols[] = {
    { C_("draw summary", "Particular"), ZF_XLSX_TEXT, 16 },
    { C_("draw summary", "Value"), ZF_XLSX_TEXT, 40 },
  };

  if (!zf_xlsx_begin_sheet (xlsx, summary->title, summary->title, subtitle, cols,
                            G_N_ELEMENTS (cols), error))
    return FALSE;
  for (guint c = 0; c < summary->headers->len; c++)
    {
      zf_xlsx_add_text (xlsx, summary->headers->pdata[c]);
      zf_xlsx_add_text (xlsx, zf_table_cell (summary, 0, c));
      if (!zf_xlsx_end_row (xlsx, error))
        return FALSE;
    }
  return zf_xlsx_end_sheet (xlsx, error);
}

gboolean
zf_export_draw_xlsx (ZfStore     *store,
                     gint64       draw_id,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(ZfTable) summary = NULL;
  g_autoptr(ZfTable) record = NULL;
  g_autoptr(ZfXlsx) xlsx = NULL;

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  summary = zf_checklist_draw_summary (store, draw_id, error);
  if (summary == NULL || (record = zf_checklist_draw_table (store, draw_id, error)) == NULL)
    return FALSE;

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  if (!write_summary (xlsx, summary, error) ||
      !write_table (xlsx, record, draw_formats, G_N_ELEMENTS (draw_formats), FALSE, error))
    return FALSE;
  return zf_xlsx_close (xlsx, error);
}

gboolean
zf_export_random_statistics_xlsx (ZfStore     *store,
                                  int          year,
                                  const char  *path,
                                  GError     **error)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(ZfTable) table = NULL;
  g_autoptr(ZfXlsx) xlsx = NULL;
  g_autofree char *subtitle = exported_on ();
  const ZfXlsxColumn finding_cols[] = {
    { C_("statistics export", "Rule"), ZF_XLSX_TEXT, 4 },
    { C_("statistics export", "Clause"), ZF_XLSX_TEXT, 10 },
    { C_("statistics export", "Finding"), ZF_XLSX_TEXT, 60 },
  };

  g_return_val_if_fail (ZF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  table = zf_checklist_random_statistics (store, year, findings, error);
  if (table == NULL)
    return FALSE;

  xlsx = zf_xlsx_new (path, error);
  if (xlsx == NULL)
    return FALSE;
  if (!write_table (xlsx, table, statistics_formats, G_N_ELEMENTS (statistics_formats), TRUE, error))
    return FALSE;

  if (!zf_xlsx_begin_sheet (xlsx, _("Findings"), _("Findings"), subtitle, finding_cols,
                            G_N_ELEMENTS (finding_cols), error))
    return FALSE;
  for (guint i = 0; i < findings->len; i++)
    {
      const ZfFinding *f = findings->pdata[i];

      zf_xlsx_add_text (xlsx, f->rule);
      zf_xlsx_add_text (xlsx, f->clause);
      zf_xlsx_add_text (xlsx, f->message);
      if (!zf_xlsx_end_row (xlsx, error))
        return FALSE;
    }
  return zf_xlsx_close (xlsx, error);
}

/* The draw's facts above its table: who inspects what, on which basis,
 * the pools and how many were drawn, when, by whom, and what reproduces it. */
static void
add_draw_fields (ZfDocument *doc,
                 ZfTable    *summary,
                 const char *drawn_day)
{
  g_autofree char *day = zf_document_format_date (zf_table_cell (summary, 0, S_DATE));
  g_autofree char *pools = g_strdup_printf (_("%s targets in the pool, %s inspectors in the pool"),
                                            zf_table_cell (summary, 0, S_TARGETS),
                                            zf_table_cell (summary, 0, S_INSPECTORS));
  g_autofree char *drawn = g_strdup_printf (_("%s targets, %s inspectors for each"),
                                            zf_table_cell (summary, 0, S_DRAWN),
                                            zf_table_cell (summary, 0, S_PER_TARGET));
  const char *at = zf_table_cell (summary, 0, S_DRAWN_AT);
  const char *who = zf_table_cell (summary, 0, S_OPERATOR);
  g_autofree char *at_day = zf_document_format_date (drawn_day);
  g_autofree char *when = g_strdup_printf ("%s %s", at_day, strlen (at) > 11 ? at + 11 : "");
  g_autofree char *audit = g_strdup_printf (_("seed %s, algorithm version %s"),
                                            zf_table_cell (summary, 0, S_SEED),
                                            zf_table_cell (summary, 0, S_ALGORITHM));

  zf_document_add_field (doc, _("Inspecting body"), zf_table_cell (summary, 0, S_BODY));
  zf_document_add_field (doc, _("Item"), zf_table_cell (summary, 0, S_ITEM));
  zf_document_add_field (doc, _("Basis"), zf_table_cell (summary, 0, S_BASIS));
  zf_document_add_field (doc, _("Inspection date"), day);
  zf_document_add_field (doc, _("Pools"), pools);
  zf_document_add_field (doc, _("Drawn"), drawn);
  zf_document_add_field (doc, _("Drawn at"), when);
  if (who != NULL && *who != '\0')
    zf_document_add_field (doc, _("Operator"), zf_table_cell (summary, 0, S_OPERATOR));
  /* What lets anyone draw again and get the same result. */
  zf_document_add_field (doc, _("Reproducible with"), audit);
}

ZfDocument *
zf_export_draw_document (ZfStore     *store,
                         gint64       draw_id,
                         const char  *date,
                         GError     **error)
{
  /* At 五号 across the 156 mm type width: the credit code (18 characters)
   * and an inspector's card number in its brackets each on one line, the
   * headers 序号 and 检查状态 unbroken; the target's name wraps. */
  static const double shares[] = { 0.07, 0.16, 0.28, 0.25, 0.12, 0.12 };
  const char *headers[] = {
    C_("draw record", "No."), C_("draw record", "Target"), C_("draw record", "Credit code"),
    C_("draw record", "Inspectors"), C_("draw record", "Inspection status"),
    C_("draw record", "Result"),
  };
  g_autoptr(ZfTable) summary = zf_checklist_draw_summary (store, draw_id, error);
  g_autoptr(ZfTable) record = NULL;
  g_autofree char *drawn_day = NULL;
  ZfDocumentTable *table;
  ZfDocument *doc;

  if (summary == NULL || (record = zf_checklist_draw_table (store, draw_id, error)) == NULL)
    return NULL;

  doc = zf_document_new (_("Double-random draw record"));
  zf_document_set_prose (doc, FALSE);
  zf_document_set_page_total (doc, TRUE);
  zf_document_set_number (doc, zf_table_cell (summary, 0, S_NUMBER));
  zf_document_set_unit (doc, zf_table_cell (summary, 0, S_BODY));
  zf_document_set_subject (doc, zf_table_cell (summary, 0, S_ITEM));
  drawn_day = g_strndup (zf_table_cell (summary, 0, S_DRAWN_AT), 10);
  zf_document_set_date (doc, date ? date : drawn_day);

  add_draw_fields (doc, summary, drawn_day);

  table = zf_document_add_table (doc, G_N_ELEMENTS (headers), headers, shares);
  for (guint r = 0; r < record->rows->len; r++)
    {
      g_auto(GStrv) inspectors = g_strsplit (zf_table_cell (record, r, R_INSPECTORS), "、", -1);
      /* One inspector a line: a name is never split. */
      g_autofree char *inspector_lines = g_strjoinv ("\n", inspectors);
      const char *done_date = zf_table_cell (record, r, R_DONE_DATE);
      const char *findings = zf_table_cell (record, r, R_FINDINGS);
      g_autofree char *done_day = zf_document_format_date (done_date);
      g_autofree char *result = g_strdup_printf ("%s%s%s", done_day, *done_day && *findings ? "\n" : "",
                                                 findings);
      const char *cells[] = {
        zf_table_cell (record, r, R_NO), zf_table_cell (record, r, R_TARGET),
        zf_table_cell (record, r, R_CODE), inspector_lines,
        zf_table_cell (record, r, R_STATUS), result,
      };

      zf_document_table_add_row (table, cells);
    }
  /* The one who drew signs the record by hand, named above or not. */
  {
    g_autofree char *drawn_on = zf_document_format_date (drawn_day);
    g_autofree char *dated = g_strdup_printf (_("Date: %s"), drawn_on);

    /* TRANSLATORS: the line the one who ran the draw signs by hand */
    zf_document_add_sign_line (doc, _("Operator (signature):"), dated);
  }
  return doc;
}

gboolean
zf_export_draw_pdf (ZfStore     *store,
                    gint64       draw_id,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(ZfDocument) doc = zf_export_draw_document (store, draw_id, NULL, error);

  return doc != NULL && zf_document_write_pdf (doc, path, error);
}
