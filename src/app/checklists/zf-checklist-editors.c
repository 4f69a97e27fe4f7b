#define G_LOG_DOMAIN "zf-checklist-editors"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zf-checklist-codes.h"
#include "zf-checklist-editors.h"
#include "zf-code-dropdown.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-form-parts.h"
#include "zf-store-benchmarks.h"
#include "zf-store-bodies.h"
#include "zf-store-checklists.h"
#include "zf-store-laws.h"
#include "zf-store-matters.h"

/* What one editor holds besides the record's own fields. Owned by the
 * dialog (its save function's data). */
typedef struct
{
  ZfStore        *store;
  GtkDropDown    *body;            /* NULL for targets */

  /* Law: its articles as typed, and the catalog it goes into. */
  GtkTextBuffer  *articles;
  GtkCheckButton *in_catalog;
  GtkEntry       *sections;
  GtkEntry       *cooperating;

  /* Matter: the articles offered from the body's catalog. */
  GtkListBox     *basis_list;
  GArray         *basis_ids;       /* article id of each check button */
  GPtrArray      *basis_checks;
  GArray         *chosen;          /* the basis as stored, kept across body changes */

  /* Benchmark: one line per tier, lightest first. */
  GtkCheckButton *tier_used[4];
  GtkEntry       *tier_min[4];
  GtkEntry       *tier_max[4];
  GtkEntry       *tier_text[4];
} Editor;

static void
editor_free (Editor *editor)
{
  g_clear_object (&editor->store);
  g_clear_pointer (&editor->basis_ids, g_array_unref);
  g_clear_pointer (&editor->basis_checks, g_ptr_array_unref);
  g_clear_pointer (&editor->chosen, g_array_unref);
  g_free (editor);
}

static Editor *
editor_of (ZfRecordDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "zf-editor");
}

static Editor *
attach_editor (ZfRecordDialog         *dialog,
               ZfStore                *store,
               ZfRecordDialogSaveFunc  save)
{
  Editor *editor = g_new0 (Editor, 1);

  editor->store = g_object_ref (store);
  zf_record_dialog_set_save_func (dialog, save, editor, (GDestroyNotify) editor_free);
  g_object_set_data (G_OBJECT (dialog), "zf-editor", editor);
  return editor;
}

static void
select_body (Editor *editor,
             gint64  body_id)
{
  ZfQueryModel *bodies = ZF_QUERY_MODEL (gtk_drop_down_get_model (editor->body));

  gtk_drop_down_set_selected (editor->body, body_id > 0 ? zf_query_model_find_id (bodies, body_id)
                                                         : GTK_INVALID_LIST_POSITION);
}

static gint64
selected_body (Editor *editor)
{
  gpointer body = editor->body ? gtk_drop_down_get_selected_item (editor->body) : NULL;

  return body != NULL ? zf_record_get_id (ZF_RECORD (body)) : 0;
}

/* The body a record belongs to, chosen by name; fixed once saved (the
 * store moves matters between bodies only by a documented transfer). */
static void
add_body_row (ZfRecordDialog *dialog,
              Editor         *editor,
              ZfRecord       *record,
              gint64          body_id)
{
  ZfQueryModel *bodies = zf_query_model_new (editor->store, zf_body_query_spec ());
  GtkExpression *name = gtk_property_expression_new (ZF_TYPE_BODY, NULL, "name");
  /* By name, not a typed accessor: @record is a law, matter, leniency
   * entry, benchmark or item, and each has its body_id. */
  gint64 own = zf_record_get_int (record, "body_id");

  zf_query_model_set_sort (bodies, ZF_BODY_SORT_NAME, FALSE);
  editor->body = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (bodies), NULL));
  zf_dropdown_enable_search (editor->body, name);
  select_body (editor, own > 0 ? own : body_id);
  gtk_widget_set_sensitive (GTK_WIDGET (editor->body), zf_record_get_id (record) <= 0);
  zf_record_dialog_prepend_row (dialog, _("Body"), GTK_WIDGET (editor->body));
}

/* New records take the chosen body; saved ones keep theirs. */
static gboolean
take_body (Editor    *editor,
           ZfRecord  *record,
           GError   **error)
{
  if (zf_record_get_id (record) > 0)
    return TRUE;
  if (selected_body (editor) <= 0)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("Choose the body first."));
      return FALSE;
    }
  zf_record_set_int (record, "body_id", selected_body (editor));
  return TRUE;
}

/* The dialog over @record (NULL: a new record of @type), with the body row
 * unless @body_id is negative. */
static ZfRecordDialog *
open_editor (ZfStore                *store,
             ZfRecord               *record,
             GType                   type,
             const char             *new_title,
             const char             *edit_title,
             const ZfFormField      *fields,
             guint                   n_fields,
             ZfRecordDialogSaveFunc  save,
             gint64                  body_id,
             GtkWindow              *parent,
             Editor                **out)
{
  g_autoptr(ZfRecord) fresh = record ? NULL : g_object_new (type, NULL);
  ZfRecord *shown = record ? record : fresh;
  ZfRecordDialog *dialog =
    zf_record_dialog_new (parent, record ? edit_title : new_title, shown, fields, n_fields);
  Editor *editor = attach_editor (dialog, store, save);

  if (body_id >= 0)
    add_body_row (dialog, editor, shown, body_id);
  if (out != NULL)
    *out = editor;
  return dialog;
}

void
zf_editor_set_body (ZfRecordDialog *dialog,
                    gint64          body_id)
{
  Editor *editor = editor_of (dialog);

  g_return_if_fail (editor != NULL && editor->body != NULL);
  select_body (editor, body_id);
}

static GtkEntry *
labelled_entry (GtkGrid    *grid,
                int         row,
                const char *label)
{
  GtkWidget *name = gtk_label_new (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (name), 1.0);
  gtk_widget_add_css_class (name, "field-label");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_grid_attach (grid, name, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_ENTRY (entry);
}

static GtkWidget *
hint_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* ── Laws ──────────────────────────────────────────────────────────────── */

static const ZfFormField law_fields[] = {
  { "title", N_("Title"), ZF_FORM_ENTRY, NULL },
  { "level", N_("Level"), ZF_FORM_CODE, &zf_law_levels },
  { "issuing_organ", N_("Issuing organ"), ZF_FORM_ENTRY, NULL },
  { "doc_number", N_("Document number"), ZF_FORM_ENTRY, NULL },
  { "promulgated", N_("Promulgated"), ZF_FORM_ENTRY, NULL },
  { "effective", N_("Effective"), ZF_FORM_ENTRY, NULL },
  { "amended", N_("Amended"), ZF_FORM_ENTRY, NULL },
  { "repealed", N_("Repealed"), ZF_FORM_ENTRY, NULL },
  { "notes", N_("Notes"), ZF_FORM_TEXT, NULL },
};

/* "第二十八条 内容" → number and text; a full-width space counts too. */
static void
split_article (const char  *line,
               char       **number,
               char       **content)
{
  const char *p = line;

  while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  *number = g_strndup (line, p - line);
  *content = g_strstrip (g_strdup (p));
  if (**content == '\0')
    g_clear_pointer (content, g_free);
}

static gboolean
save_law (ZfRecordDialog  *dialog,
          ZfRecord        *record,
          GPtrArray       *warnings,
          gpointer         data,
          GError         **error)
{
  Editor *editor = data;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = zf_text_buffer_dup_text (editor->articles);
  g_auto(GStrv) lines = NULL;
  gint64 body_id = 0;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *number, *content;

      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      split_article (lines[i], &number, &content);
      g_ptr_array_add (numbers, number);
      g_ptr_array_add (contents, content);
    }

  if (gtk_check_button_get_active (editor->in_catalog))
    {
      body_id = selected_body (editor);
      if (body_id <= 0)
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("Choose the body whose catalog receives the law."));
          return FALSE;
        }
    }
  return zf_store_save_law_with_articles (editor->store, ZF_LAW (record),
                                          (const char *const *) numbers->pdata,
                                          (const char *const *) contents->pdata, numbers->len,
                                          body_id,
                                          gtk_editable_get_text (GTK_EDITABLE (editor->sections)),
                                          gtk_editable_get_text (GTK_EDITABLE (editor->cooperating)),
                                          error);
}

void
zf_law_editor_set_articles (ZfRecordDialog *dialog,
                            const char     *text)
{
  Editor *editor = editor_of (dialog);

  g_return_if_fail (editor != NULL && editor->articles != NULL);
  gtk_text_buffer_set_text (editor->articles, text, -1);
}

ZfRecordDialog *
zf_law_editor_new (ZfStore   *store,
                   ZfLaw     *law,
                   gint64     body_id,
                   GtkWindow *parent)
{
  Editor *editor;
  ZfRecordDialog *dialog =
    open_editor (store, (ZfRecord *) law, ZF_TYPE_LAW, _("New Law"), _("Edit Law"), law_fields,
                 G_N_ELEMENTS (law_fields), save_law, -1, parent, &editor);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  g_autoptr(GPtrArray) articles = NULL;
  ZfQueryModel *bodies = zf_query_model_new (store, zf_body_query_spec ());
  GtkExpression *name = gtk_property_expression_new (ZF_TYPE_BODY, NULL, "name");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  editor->articles = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
  if (law != NULL)
    articles = zf_store_list_law_articles (store, zf_record_get_id (ZF_RECORD (law)), NULL);
  for (guint i = 0; articles && i < articles->len; i++)
    {
      ZfArticleRef *ref = articles->pdata[i];
      g_autofree char *line = g_strdup_printf ("%s%s%s\n", ref->article, ref->content ? " " : "",
                                               ref->content ? ref->content : "");
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (editor->articles, &end);
      gtk_text_buffer_insert (editor->articles, &end, line, -1);
    }
  gtk_box_append (GTK_BOX (box), hint_label (_("One article per line: its number, a space, "
                                               "then its text (e.g. 第二十八条 违法行为轻微…).")));
  gtk_box_append (GTK_BOX (box), scroller);
  zf_record_dialog_add_section (dialog, _("Articles"), box);

  /* The catalog: which body applies the law, by which sections, with whom. */
  editor->in_catalog = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Add to the catalog of")));
  gtk_check_button_set_active (editor->in_catalog, body_id > 0);
  zf_query_model_set_sort (bodies, ZF_BODY_SORT_NAME, FALSE);
  editor->body = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (bodies), NULL));
  zf_dropdown_enable_search (editor->body, name);
  gtk_widget_set_hexpand (GTK_WIDGET (editor->body), TRUE);
  select_body (editor, body_id);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->in_catalog), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (editor->body), 1, 0, 1, 1);
  editor->sections = labelled_entry (GTK_GRID (grid), 1, _("Sections applying it"));
  editor->cooperating = labelled_entry (GTK_GRID (grid), 2, _("Cooperating departments"));
  zf_record_dialog_add_section (dialog, _("Catalog of legal bases"), grid);
  return dialog;
}

/* ── Matters ───────────────────────────────────────────────────────────── */

static const ZfFormField matter_fields[] = {
  { "code", N_("Code"), ZF_FORM_ENTRY, NULL },
  { "name", N_("Matter"), ZF_FORM_ENTRY, NULL },
  { "category", N_("Category"), ZF_FORM_CODE, &zf_matter_categories },
  { "enforcement_category", N_("Enforcement category"), ZF_FORM_ENTRY, NULL },
  { "cooperating", N_("Cooperating departments"), ZF_FORM_ENTRY, NULL },
  { "time_limit_days", N_("Time limit (days)"), ZF_FORM_INT, NULL },
  { "time_limit_text", N_("Time limit"), ZF_FORM_ENTRY, NULL },
  { "responsibility", N_("Responsibility items"), ZF_FORM_TEXT, NULL },
  { "accountability", N_("Accountability cases"), ZF_FORM_TEXT, NULL },
  { "supervision_phone", N_("Supervision phone"), ZF_FORM_ENTRY, NULL },
  { "notes", N_("Notes"), ZF_FORM_TEXT, NULL },
};

static gboolean
is_chosen (Editor *editor,
           gint64  article_id)
{
  for (guint i = 0; i < editor->chosen->len; i++)
    if (g_array_index (editor->chosen, gint64, i) == article_id)
      return TRUE;
  return FALSE;
}

static GtkWidget *
basis_row (ZfArticleRef *ref,
           GtkWidget   **check)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *label = NULL;

  if (ref->repealed != NULL)
    label = g_strdup_printf (_("《%s》%s (repealed on %s)"), ref->title, ref->article, ref->repealed);
  else
    label = g_strdup_printf ("《%s》%s", ref->title, ref->article);
  *check = gtk_check_button_new_with_label (label);
  gtk_box_append (GTK_BOX (box), *check);
  if (ref->content != NULL)
    {
      GtkWidget *content = hint_label (ref->content);

      gtk_widget_set_margin_start (content, 28);
      gtk_label_set_ellipsize (GTK_LABEL (content), PANGO_ELLIPSIZE_END);
      gtk_label_set_wrap (GTK_LABEL (content), FALSE);
      gtk_box_append (GTK_BOX (box), content);
    }
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  return box;
}

/* Offers what the body's catalog holds; ticks what the matter cites. */
static void
fill_basis (Editor *editor)
{
  g_autoptr(GPtrArray) refs = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  /* What the user ticked so far survives a change of body. */
  for (guint i = 0; i < editor->basis_checks->len; i++)
    {
      gint64 id = g_array_index (editor->basis_ids, gint64, i);
      gboolean on = gtk_check_button_get_active (editor->basis_checks->pdata[i]);

      if (on && !is_chosen (editor, id))
        g_array_append_val (editor->chosen, id);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (editor->basis_list))) != NULL)
    gtk_list_box_remove (editor->basis_list, child);
  g_array_set_size (editor->basis_ids, 0);
  g_ptr_array_set_size (editor->basis_checks, 0);

  refs = zf_store_list_catalog_articles (editor->store, selected_body (editor), &error);
  for (guint i = 0; refs && i < refs->len; i++)
    {
      ZfArticleRef *ref = refs->pdata[i];
      GtkWidget *check;

      gtk_list_box_append (editor->basis_list, basis_row (ref, &check));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_chosen (editor, ref->id));
      g_array_append_val (editor->basis_ids, ref->id);
      g_ptr_array_add (editor->basis_checks, check);
    }
  if (error != NULL)
    gtk_list_box_append (editor->basis_list, hint_label (error->message));
}

static gboolean
save_matter (ZfRecordDialog  *dialog,
             ZfRecord        *record,
             GPtrArray       *warnings,
             gpointer         data,
             GError         **error)
{
  Editor *editor = data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *today = zf_date_today ();

  if (!take_body (editor, record, error))
    return FALSE;
  for (guint i = 0; i < editor->basis_checks->len; i++)
    if (gtk_check_button_get_active (editor->basis_checks->pdata[i]))
      g_array_append_val (ids, g_array_index (editor->basis_ids, gint64, i));
  return zf_store_save_matter (editor->store, ZF_MATTER (record), (const gint64 *) ids->data,
                               ids->len, today, error);
}

gboolean
zf_matter_editor_set_article (ZfRecordDialog *dialog,
                              gint64          article_id,
                              gboolean        in_basis)
{
  Editor *editor = editor_of (dialog);

  g_return_val_if_fail (editor != NULL && editor->basis_list != NULL, FALSE);
  for (guint i = 0; i < editor->basis_ids->len; i++)
    if (g_array_index (editor->basis_ids, gint64, i) == article_id)
      {
        gtk_check_button_set_active (editor->basis_checks->pdata[i], in_basis);
        return TRUE;
      }
  return FALSE;
}

ZfRecordDialog *
zf_matter_editor_new (ZfStore   *store,
                      ZfMatter  *matter,
                      gint64     body_id,
                      GtkWindow *parent)
{
  Editor *editor;
  ZfRecordDialog *dialog =
    open_editor (store, (ZfRecord *) matter, ZF_TYPE_MATTER, _("New Matter"), _("Edit Matter"),
                 matter_fields, G_N_ELEMENTS (matter_fields), save_matter, body_id, parent,
                 &editor);
  GtkWidget *placeholder = hint_label (_("The body's catalog of legal bases holds no article "
                                         "yet: add the laws it applies on the Legal bases page."));

  editor->basis_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  editor->basis_checks = g_ptr_array_new ();
  editor->chosen = matter ? zf_store_get_matter_basis (store, zf_record_get_id (ZF_RECORD (matter)), NULL)
                          : NULL;
  if (editor->chosen == NULL)
    editor->chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  editor->basis_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (editor->basis_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (editor->basis_list), "boxed-list");
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (editor->basis_list, placeholder);
  fill_basis (editor);
  g_signal_connect_swapped (editor->body, "notify::selected", G_CALLBACK (fill_basis), editor);
  zf_record_dialog_add_section (dialog, _("Basis (from the body's catalog)"),
                                GTK_WIDGET (editor->basis_list));
  return dialog;
}

/* ── Four lists ────────────────────────────────────────────────────────── */

static const ZfFormField leniency_fields[] = {
  { "list", N_("List"), ZF_FORM_CODE, &zf_leniency_lists },
  { "domain", N_("Domain"), ZF_FORM_ENTRY, NULL },
  { "violation", N_("Violation"), ZF_FORM_ENTRY, NULL },
  { "basis", N_("Basis"), ZF_FORM_ENTRY, NULL },
  { "conditions", N_("Conditions"), ZF_FORM_TEXT, NULL },
  { "notes", N_("Notes"), ZF_FORM_TEXT, NULL },
};

static gboolean
save_leniency (ZfRecordDialog  *dialog,
               ZfRecord        *record,
               GPtrArray       *warnings,
               gpointer         data,
               GError         **error)
{
  Editor *editor = data;

  return take_body (editor, record, error) &&
         zf_store_save_leniency_entry (editor->store, ZF_LENIENCY_ENTRY (record), error);
}

ZfRecordDialog *
zf_leniency_editor_new (ZfStore         *store,
                        ZfLeniencyEntry *entry,
                        gint64           body_id,
                        GtkWindow       *parent)
{
  ZfRecordDialog *dialog =
    open_editor (store, (ZfRecord *) entry, ZF_TYPE_LENIENCY_ENTRY, _("New Four-List Entry"),
                 _("Edit Four-List Entry"), leniency_fields, G_N_ELEMENTS (leniency_fields),
                 save_leniency, body_id, parent, NULL);

  zf_record_dialog_add_section (dialog, _("Excluded domains"),
                                hint_label (_("The four lists do not apply to work safety, food "
                                              "and drugs, ecology and environment or epidemic "
                                              "prevention (C5).")));
  return dialog;
}

/* ── Benchmarks ────────────────────────────────────────────────────────── */

static const ZfFormField benchmark_fields[] = {
  { "violation", N_("Violation"), ZF_FORM_ENTRY, NULL },
  { "basis", N_("Basis"), ZF_FORM_ENTRY, NULL },
  { "unit", N_("Unit"), ZF_FORM_CODE, &zf_benchmark_units },
  { "statutory_min", N_("Statutory minimum"), ZF_FORM_NUMBER, NULL },
  { "statutory_max", N_("Statutory maximum"), ZF_FORM_NUMBER, NULL },
  { "notes", N_("Notes"), ZF_FORM_TEXT, NULL },
};

static gboolean
parse_bound (const char  *text,
             double      *value)
{
  char *end = NULL;

  while (g_ascii_isspace (*text))
    text++;
  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && !isnan (*value);
}

static gboolean
save_benchmark (ZfRecordDialog  *dialog,
                ZfRecord        *record,
                GPtrArray       *warnings,
                gpointer         data,
                GError         **error)
{
  Editor *editor = data;
  ZfTierLine tiers[4];
  const char *circumstances[4];
  guint n = 0;

  if (!take_body (editor, record, error))
    return FALSE;
  for (guint i = 0; i < zf_benchmark_tiers.n_codes; i++)
    {
      const char *code = zf_benchmark_tiers.codes[i].code;

      if (!gtk_check_button_get_active (editor->tier_used[i]))
        continue;
      if (!parse_bound (gtk_editable_get_text (GTK_EDITABLE (editor->tier_min[i])),
                        &tiers[n].range_min) ||
          !parse_bound (gtk_editable_get_text (GTK_EDITABLE (editor->tier_max[i])),
                        &tiers[n].range_max))
        {
          g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                       _("Write the range of the tier “%s” as two numbers."),
                       zf_code_label (&zf_benchmark_tiers, code));
          return FALSE;
        }
      tiers[n].tier = code;
      circumstances[n] = gtk_editable_get_text (GTK_EDITABLE (editor->tier_text[i]));
      n++;
    }
  return zf_store_save_benchmark (editor->store, ZF_BENCHMARK (record), tiers, circumstances, n,
                                  warnings, error);
}

void
zf_benchmark_editor_set_tier (ZfRecordDialog *dialog,
                              const char     *tier,
                              const char     *range_min,
                              const char     *range_max,
                              const char     *circumstances)
{
  Editor *editor = editor_of (dialog);
  int i = zf_code_index (&zf_benchmark_tiers, tier);

  g_return_if_fail (editor != NULL && i >= 0);
  gtk_check_button_set_active (editor->tier_used[i], TRUE);
  gtk_editable_set_text (GTK_EDITABLE (editor->tier_min[i]), range_min);
  gtk_editable_set_text (GTK_EDITABLE (editor->tier_max[i]), range_max);
  gtk_editable_set_text (GTK_EDITABLE (editor->tier_text[i]), circumstances ? circumstances : "");
}

static GtkWidget *
tier_grid (Editor   *editor,
           ZfStore  *store,
           gint64    benchmark_id)
{
  static const char *const headers[] = { N_("Tier"), N_("Lower bound"), N_("Upper bound"),
                                         N_("Circumstances") };
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  g_autoptr(GPtrArray) stored = benchmark_id > 0
                                ? zf_store_list_benchmark_tiers (store, benchmark_id, NULL) : NULL;

  gtk_grid_set_column_spacing (grid, 8);
  gtk_grid_set_row_spacing (grid, 6);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      GtkWidget *label = gtk_label_new (_(headers[c]));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_add_css_class (label, "field-label");
      gtk_grid_attach (grid, label, c, 0, 1, 1);
    }
  for (guint i = 0; i < zf_benchmark_tiers.n_codes && i < 4; i++)
    {
      editor->tier_used[i] =
        GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_(zf_benchmark_tiers.codes[i].label)));
      editor->tier_min[i] = GTK_ENTRY (gtk_entry_new ());
      editor->tier_max[i] = GTK_ENTRY (gtk_entry_new ());
      editor->tier_text[i] = GTK_ENTRY (gtk_entry_new ());
      gtk_editable_set_width_chars (GTK_EDITABLE (editor->tier_min[i]), 8);
      gtk_editable_set_width_chars (GTK_EDITABLE (editor->tier_max[i]), 8);
      gtk_widget_set_hexpand (GTK_WIDGET (editor->tier_text[i]), TRUE);
      gtk_grid_attach (grid, GTK_WIDGET (editor->tier_used[i]), 0, i + 1, 1, 1);
      gtk_grid_attach (grid, GTK_WIDGET (editor->tier_min[i]), 1, i + 1, 1, 1);
      gtk_grid_attach (grid, GTK_WIDGET (editor->tier_max[i]), 2, i + 1, 1, 1);
      gtk_grid_attach (grid, GTK_WIDGET (editor->tier_text[i]), 3, i + 1, 1, 1);
    }
  for (guint s = 0; stored && s < stored->len; s++)
    {
      ZfTierRow *row = stored->pdata[s];
      g_autofree char *from = g_strdup_printf ("%g", row->range_min);
      g_autofree char *to = g_strdup_printf ("%g", row->range_max);
      int i = zf_code_index (&zf_benchmark_tiers, row->tier);

      if (i < 0 || i >= 4)
        continue;
      gtk_check_button_set_active (editor->tier_used[i], TRUE);
      gtk_editable_set_text (GTK_EDITABLE (editor->tier_min[i]), from);
      gtk_editable_set_text (GTK_EDITABLE (editor->tier_max[i]), to);
      gtk_editable_set_text (GTK_EDITABLE (editor->tier_text[i]),
                             row->circumstances ? row->circumstances : "");
    }
  return GTK_WIDGET (grid);
}

ZfRecordDialog *
zf_benchmark_editor_new (ZfStore     *store,
                         ZfBenchmark *benchmark,
                         gint64       body_id,
                         GtkWindow   *parent)
{
  Editor *editor;
  ZfRecordDialog *dialog =
    open_editor (store, (ZfRecord *) benchmark, ZF_TYPE_BENCHMARK, _("New Benchmark"),
                 _("Edit Benchmark"), benchmark_fields, G_N_ELEMENTS (benchmark_fields),
                 save_benchmark, body_id, parent, &editor);

  zf_record_dialog_add_section (dialog, _("Tiers (inside the statutory range, no overlap, no gap)"),
                                tier_grid (editor, store, zf_record_get_id (zf_record_dialog_get_record (dialog))));
  return dialog;
}

/* ── Inspection items and targets ──────────────────────────────────────── */

/* How often an item is inspected, as the lists of 双随机 items write it:
 * the usual frequencies to choose from, stored as the text the published
 * list prints (any other typed in). */
static const char *const item_frequencies[] = {
  "每年一次", "每半年一次", "每季度一次", "每月一次", NULL
};

static const ZfFormField item_fields[] = {
  { "item", N_("Item"), ZF_FORM_ENTRY, NULL },
  { "basis", N_("Basis"), ZF_FORM_ENTRY, NULL },
  { "inspecting_body", N_("Inspecting body"), ZF_FORM_ENTRY, NULL },
  { "enforcement_category", N_("Enforcement category"), ZF_FORM_ENTRY, NULL },
  { "target_type", N_("Target type"), ZF_FORM_ENTRY, NULL },
  { "content", N_("Content"), ZF_FORM_TEXT, NULL },
  { "method", N_("Method"), ZF_FORM_ENTRY, NULL },
  { "ratio", N_("Ratio (%)"), ZF_FORM_NUMBER, NULL },
  { "frequency", N_("Frequency"), ZF_FORM_CHOICE, NULL, item_frequencies },
  { "cooperating", N_("Cooperating departments"), ZF_FORM_ENTRY, NULL },
  { "notes", N_("Notes"), ZF_FORM_TEXT, NULL },
};

static gboolean
save_item (ZfRecordDialog  *dialog,
           ZfRecord        *record,
           GPtrArray       *warnings,
           gpointer         data,
           GError         **error)
{
  Editor *editor = data;

  return take_body (editor, record, error) &&
         zf_store_save_inspection_item (editor->store, ZF_INSPECTION_ITEM (record), error);
}

ZfRecordDialog *
zf_item_editor_new (ZfStore          *store,
                    ZfInspectionItem *item,
                    gint64            body_id,
                    GtkWindow        *parent)
{
  return open_editor (store, (ZfRecord *) item, ZF_TYPE_INSPECTION_ITEM, _("New Inspection Item"),
                      _("Edit Inspection Item"), item_fields, G_N_ELEMENTS (item_fields), save_item,
                      body_id, parent, NULL);
}

static const ZfFormField target_fields[] = {
  { "name", N_("Name"), ZF_FORM_ENTRY, NULL },
  { "credit_code", N_("Credit code"), ZF_FORM_ENTRY, NULL },
  { "address", N_("Address"), ZF_FORM_ENTRY, NULL },
  { "domain", N_("Domain"), ZF_FORM_ENTRY, NULL },
  { "region_code", N_("Region code"), ZF_FORM_ENTRY, NULL },
  { "notes", N_("Notes"), ZF_FORM_TEXT, NULL },
};

static gboolean
save_target (ZfRecordDialog  *dialog,
             ZfRecord        *record,
             GPtrArray       *warnings,
             gpointer         data,
             GError         **error)
{
  Editor *editor = data;

  return zf_store_save_inspection_target (editor->store, ZF_INSPECTION_TARGET (record), error);
}

ZfRecordDialog *
zf_target_editor_new (ZfStore            *store,
                      ZfInspectionTarget *target,
                      GtkWindow          *parent)
{
  return open_editor (store, (ZfRecord *) target, ZF_TYPE_INSPECTION_TARGET,
                      _("New Inspection Target"), _("Edit Inspection Target"), target_fields,
                      G_N_ELEMENTS (target_fields), save_target, -1, parent, NULL);
}
