#define G_LOG_DOMAIN "zf-case-opinion"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "zf-case-codes.h"
#include "zf-case-reports.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-pdf-text.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"
#include "zf-store-standards.h"

#define FONT_FAMILY "Noto Sans CJK SC"
#define MARGIN 56.0           /* points: about 2 cm */
#define PARAGRAPH_GAP 6.0

typedef struct
{
  char    *markup;
  double   size;        /* points */
  gboolean centered;
  /* Set by pagination. */
  guint    page;
  double   y;
} Paragraph;

struct _ZfCaseOpinion
{
  GPtrArray *paragraphs;
  double     width;
  double     height;
  guint      n_pages;
};

static void
paragraph_free (Paragraph *p)
{
  g_free (p->markup);
  g_free (p);
}

static void
add (ZfCaseOpinion *op,
     double         size,
     gboolean       centered,
     const char    *markup)
{
  Paragraph *p = g_new0 (Paragraph, 1);

  p->markup = g_strdup (markup);
  p->size = size;
  p->centered = centered;
  g_ptr_array_add (op->paragraphs, p);
}

/* "<b>Label:</b> value", escaped. */
static void
add_field (ZfCaseOpinion *op,
           const char    *label,
           const char    *value)
{
  g_autofree char *l = g_markup_escape_text (label, -1);
  g_autofree char *v = g_markup_escape_text (value ? value : "", -1);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", l, v);

  add (op, 11, FALSE, markup);
}

static void
add_heading (ZfCaseOpinion *op,
             const char    *text)
{
  g_autofree char *t = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", t);

  add (op, 13, FALSE, markup);
}

static char *
date_text (const char *iso)
{
  return iso && *iso ? zf_date_format_display (iso) : g_strdup ("—");
}

static void
add_case_section (ZfCaseOpinion *op,
                  ZfCaseFile    *cf)
{
  ZfRecord *r = ZF_RECORD (cf);
  g_autofree char *filed = date_text (zf_record_get_string (r, "filed_date"));
  g_autofree char *decided = date_text (zf_record_get_string (r, "decided_date"));
  double fine = zf_record_get_double (r, "fine_amount");
  g_autofree char *fine_text = isnan (fine) ? g_strdup ("—") : g_strdup_printf ("%.2f", fine);

  add_heading (op, _("1. The case file"));
  add_field (op, _("Unit:"), zf_case_file_get_body_name (cf));
  add_field (op, _("Case number:"), zf_case_file_get_number (cf));
  add_field (op, _("Category:"), zf_case_file_get_category_label (cf));
  add_field (op, _("Procedure:"), zf_case_file_get_procedure_label (cf));
  /* The party's name only: the opinion is handed to the unit and may be
   * circulated, so no ID number or credit code. */
  add_field (op, _("Party:"), zf_record_get_string (r, "party_name"));
  add_field (op, _("Matter:"), zf_record_get_string (r, "matter_name"));
  add_field (op, _("Handling officers:"), zf_record_get_string (r, "officer_names"));
  add_field (op, _("Filed (立案):"), filed);
  add_field (op, _("Decided:"), decided);
  add_field (op, _("Fine (yuan):"), fine_text);
  add_field (op, _("Legal basis:"), zf_record_get_string (r, "basis"));
}

static void
add_evaluation_section (ZfCaseOpinion *op,
                        ZfEvaluation  *e,
                        ZfStandard    *s)
{
  g_autofree char *standard = g_strdup_printf (_("%s (version %d)"), s->name, s->version);
  g_autofree char *date = date_text (e->date);
  g_autofree char *score = g_strdup_printf ("%g", e->score);
  gboolean any = FALSE;

  add_heading (op, _("2. Evaluation"));
  add_field (op, _("Standard:"), standard);
  add_field (op, _("Mode:"), zf_code_label (&zf_evaluation_modes, e->mode));
  add_field (op, _("Evaluator:"), e->evaluator);
  add_field (op, _("Date:"), date);

  add_heading (op, _("3. Vetoes and deductions"));
  for (guint i = 0; i < e->lines->len; i++)
    {
      ZfEvaluationLine *l = &g_array_index (e->lines, ZfEvaluationLine, i);
      ZfStandardItem *item = zf_standard_find_item (s, l->item_id);
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      if (item == NULL || (!l->veto && l->deduction <= 0))
        continue;
      if (l->veto)
        line = g_strdup_printf (_("Veto — %s: %s"), item->name, l->reason ? l->reason : "");
      else
        line = g_strdup_printf (_("%s: −%g of %g points. %s"), item->name,
                                MIN (l->deduction, item->max_points), item->max_points,
                                l->reason ? l->reason : "");
      escaped = g_markup_escape_text (line, -1);
      add (op, 11, FALSE, escaped);
      any = TRUE;
    }
  if (!any)
    add (op, 11, FALSE, _("No deductions."));

  add_heading (op, _("4. Result"));
  add_field (op, _("Score:"), score);
  add_field (op, _("Grade:"), zf_code_label (&zf_evaluation_grades, e->grade));
  if (e->vetoed)
    add (op, 11, FALSE, _("A veto item applies: the file fails with score 0."));
  add_heading (op, _("5. Comments"));
  {
    g_autofree char *c = g_markup_escape_text (e->comments && *e->comments ? e->comments : "—", -1);
    add (op, 11, FALSE, c);
  }
}

ZfCaseOpinion *
zf_case_opinion_new (ZfStore  *store,
                     gint64    evaluation_id,
                     GError  **error)
{
  g_autoptr(ZfEvaluation) e = NULL;
  g_autoptr(ZfStandard) s = NULL;
  g_autoptr(ZfCaseFile) cf = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *today = zf_date_today ();
  ZfCaseOpinion *op;
  gboolean any = FALSE;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  if ((e = zf_store_get_evaluation (store, evaluation_id, error)) == NULL ||
      (s = zf_store_get_standard (store, e->standard_id, error)) == NULL ||
      (cf = zf_store_get_case_file (store, e->case_id, error)) == NULL ||
      (rows = zf_store_list_rectifications (store, today, FALSE, error)) == NULL)
    return NULL;

  op = g_new0 (ZfCaseOpinion, 1);
  op->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  {
    g_autofree char *title = g_markup_escape_text (_("Opinion on the evaluation of an administrative enforcement case file"), -1);
    g_autofree char *markup = g_strdup_printf ("<b>%s</b>", title);
    add (op, 17, TRUE, markup);
  }
  add_case_section (op, cf);
  add_evaluation_section (op, e, s);

  add_heading (op, _("6. Rectification requirements"));
  for (guint i = 0; i < rows->len; i++)
    {
      ZfRectification *r = rows->pdata[i];
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      if (r->case_id != e->case_id && r->evaluation_id != e->id)
        continue;
      line = g_strdup_printf (_("%s — %s (deadline %s, responsible %s)"), r->problem,
                              r->requirement ? r->requirement : "", r->deadline ? r->deadline : "—",
                              r->responsible ? r->responsible : "—");
      escaped = g_markup_escape_text (line, -1);
      add (op, 11, FALSE, escaped);
      any = TRUE;
    }
  if (!any)
    add (op, 11, FALSE, _("None."));
  return op;
}

void
zf_case_opinion_free (ZfCaseOpinion *op)
{
  if (op == NULL)
    return;
  g_ptr_array_unref (op->paragraphs);
  g_free (op);
}

static PangoLayout *
layout_for (cairo_t         *cr,
            const Paragraph *p,
            double           width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (p->size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, p->centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  {
    /* Rare characters of a party's name print as their code point ([U+20000]), not as a box. */
    g_autofree char *printable = zf_pdf_printable_text (layout, p->markup);
    pango_layout_set_markup (layout, printable, -1);
  }
  return layout;
}

guint
zf_case_opinion_paginate (ZfCaseOpinion *op,
                          cairo_t       *cr,
                          double         width,
                          double         height)
{
  double y = MARGIN;
  guint page = 0;

  op->width = width;
  op->height = height;
  for (guint i = 0; i < op->paragraphs->len; i++)
    {
      Paragraph *p = op->paragraphs->pdata[i];
      g_autoptr(PangoLayout) layout = layout_for (cr, p, width);
      int w, h;

      pango_layout_get_size (layout, &w, &h);
      if (y + (double) h / PANGO_SCALE > height - MARGIN && y > MARGIN)
        {
          page++;
          y = MARGIN;
        }
      p->page = page;
      p->y = y;
      y += (double) h / PANGO_SCALE + PARAGRAPH_GAP;
    }
  op->n_pages = page + 1;
  return op->n_pages;
}

void
zf_case_opinion_draw_page (ZfCaseOpinion *op,
                           cairo_t       *cr,
                           guint          page)
{
  for (guint i = 0; i < op->paragraphs->len; i++)
    {
      Paragraph *p = op->paragraphs->pdata[i];
      g_autoptr(PangoLayout) layout = NULL;

      if (p->page != page)
        continue;
      layout = layout_for (cr, p, op->width);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, MARGIN, p->y);
      pango_cairo_show_layout (cr, layout);
    }
}

gboolean
zf_case_opinion_write_pdf (ZfCaseOpinion  *op,
                           const char     *path,
                           GError        **error)
{
  /* A4 in points. */
  const double width = 595.276, height = 841.89;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  guint n;

  n = zf_case_opinion_paginate (op, cr, width, height);
  for (guint page = 0; page < n; page++)
    {
      zf_case_opinion_draw_page (op, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_IO, _("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
