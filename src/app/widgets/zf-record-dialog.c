#define G_LOG_DOMAIN "zf-record-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zf-clause.h"
#include "zf-code-dropdown.h"
#include "zf-error.h"
#include "zf-form-parts.h"
#include "zf-record-dialog.h"

struct _ZfRecordDialog
{
  GtkWindow               parent_instance;

  ZfRecord               *record;
  const ZfFormField      *fields;
  guint                   n_fields;
  GtkWidget             **editors;     /* one per field */
  ZfRecordDialogSaveFunc  save_func;
  gpointer                save_data;
  GDestroyNotify          save_destroy;
  char                   *error_text;

  /* Template widgets */
  GtkBox                 *content;
  GtkGrid                *grid;
  GtkListBox             *findings_list;
};

G_DEFINE_FINAL_TYPE (ZfRecordDialog, zf_record_dialog, GTK_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

GtkWidget *
zf_finding_row_new (const ZfFinding *finding)
{
  static const char *icons[] = {
    [ZF_SEVERITY_INFO] = "dialog-information-symbolic",
    [ZF_SEVERITY_WARNING] = "dialog-warning-symbolic",
    [ZF_SEVERITY_ERROR] = "dialog-error-symbolic",
  };
  g_autofree char *heading = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[finding->severity]);
  GtkWidget *message = gtk_label_new (finding->message);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  if (finding->severity == ZF_SEVERITY_ERROR)
    gtk_widget_add_css_class (icon, "error");
  else if (finding->severity == ZF_SEVERITY_WARNING)
    gtk_widget_add_css_class (icon, "warning");
  if (finding->rule != NULL && *finding->rule != '\0')
    {
      GtkWidget *clause;

      heading = finding->clause ? zf_clause_heading (finding->rule, finding->clause)
                                : g_strdup (finding->rule);
      clause = gtk_label_new (heading);
      gtk_label_set_xalign (GTK_LABEL (clause), 0.0);
      gtk_widget_add_css_class (clause, "finding-clause");
      gtk_box_append (GTK_BOX (text), clause);
    }
  gtk_label_set_xalign (GTK_LABEL (message), 0.0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (message), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_box_append (GTK_BOX (text), message);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

/* A refusal arrives as one GError whose lines read "C5 (S1 §二(三)5):
 * message" (zf_findings_to_error); each line becomes a finding again so that
 * the rule and clause stand out. Other errors are one finding without rule. */
void
zf_error_to_findings (const GError *error,
                      GPtrArray    *findings)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  g_autoptr(GRegex) regex = g_regex_new ("^([A-Z]+[0-9]+) \\((.+?)\\): (.*)$", 0, 0, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (*lines[i] == '\0')
        continue;
      if (g_regex_match (regex, lines[i], 0, &match))
        {
          g_autofree char *rule = g_match_info_fetch (match, 1);
          g_autofree char *clause = g_match_info_fetch (match, 2);
          g_autofree char *message = g_match_info_fetch (match, 3);

          zf_findings_add (findings, rule, clause, ZF_SEVERITY_ERROR, "%s", message);
        }
      else
        zf_findings_add (findings, NULL, NULL, ZF_SEVERITY_ERROR, "%s", lines[i]);
    }
}

void
zf_record_dialog_show_findings (ZfRecordDialog *self,
                                GPtrArray      *findings)
{
  GtkWidget *child;

  g_return_if_fail (ZF_IS_RECORD_DIALOG (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  for (guint i = 0; findings && i < findings->len; i++)
    gtk_list_box_append (self->findings_list, zf_finding_row_new (findings->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings && findings->len > 0);
}

static GtkWidget *
make_editor (const ZfFormField *field)
{
  if (field->kind == ZF_FORM_CODE)
    return GTK_WIDGET (zf_code_dropdown_new (field->codes));
  if (field->kind == ZF_FORM_CHOICE)
    {
      /* The usual texts to choose from; any other typed in (其他), and a
       * stored text shown as it is. */
      GtkWidget *combo = gtk_combo_box_text_new_with_entry ();

      for (guint i = 0; field->choices != NULL && field->choices[i] != NULL; i++)
        gtk_combo_box_text_append_text (GTK_COMBO_BOX_TEXT (combo), field->choices[i]);
      return combo;
    }
  if (field->kind == ZF_FORM_TEXT)
    {
      GtkWidget *view = gtk_text_view_new ();
      GtkWidget *scroller = gtk_scrolled_window_new ();

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 56);
      gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
      return scroller;
    }
  return gtk_entry_new ();
}

static GtkTextBuffer *
editor_buffer (GtkWidget *editor)
{
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (editor));

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static void
set_editor_text (ZfRecordDialog    *self,
                 guint              i,
                 const char        *text)
{
  const ZfFormField *field = &self->fields[i];
  GtkWidget *editor = self->editors[i];

  switch (field->kind)
    {
    case ZF_FORM_CODE:
      zf_code_dropdown_set_code (GTK_DROP_DOWN (editor), text);
      break;
    case ZF_FORM_TEXT:
      gtk_text_buffer_set_text (editor_buffer (editor), text ? text : "", -1);
      break;
    case ZF_FORM_CHOICE:
      gtk_editable_set_text (GTK_EDITABLE (gtk_combo_box_get_child (GTK_COMBO_BOX (editor))),
                             text ? text : "");
      break;
    case ZF_FORM_ENTRY:
    case ZF_FORM_NUMBER:
    case ZF_FORM_INT:
    default:
      gtk_editable_set_text (GTK_EDITABLE (editor), text ? text : "");
    }
}

static char *
editor_text (ZfRecordDialog *self,
             guint           i)
{
  const ZfFormField *field = &self->fields[i];
  GtkWidget *editor = self->editors[i];

  switch (field->kind)
    {
    case ZF_FORM_CODE:
      return g_strdup (zf_code_dropdown_get_code (GTK_DROP_DOWN (editor)));
    case ZF_FORM_TEXT:
      return g_strstrip (zf_text_buffer_dup_text (editor_buffer (editor)));
    case ZF_FORM_CHOICE:
      return g_strstrip (g_strdup (gtk_editable_get_text (
        GTK_EDITABLE (gtk_combo_box_get_child (GTK_COMBO_BOX (editor))))));
    case ZF_FORM_ENTRY:
    case ZF_FORM_NUMBER:
    case ZF_FORM_INT:
    default:
      return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor))));
    }
}

static void
load_fields (ZfRecordDialog *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    {
      const ZfFormField *field = &self->fields[i];
      g_autofree char *text = NULL;

      if (field->kind == ZF_FORM_NUMBER)
        {
          double value = zf_record_get_double (self->record, field->column);

          text = isnan (value) ? NULL : g_strdup_printf ("%g", value);
        }
      else if (field->kind == ZF_FORM_INT)
        {
          gint64 value = zf_record_get_int (self->record, field->column);

          text = value != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;
        }
      else
        text = g_strdup (zf_record_get_string (self->record, field->column));
      set_editor_text (self, i, text);
    }
}

/* Numbers are checked here, where the user typed them; everything else is
 * the store's to judge. */
static gboolean
read_fields (ZfRecordDialog  *self,
             GError         **error)
{
  for (guint i = 0; i < self->n_fields; i++)
    {
      const ZfFormField *field = &self->fields[i];
      g_autofree char *text = editor_text (self, i);
      char *end = NULL;

      if (field->kind == ZF_FORM_NUMBER || field->kind == ZF_FORM_INT)
        {
          double value = NAN;

          if (text != NULL && *text != '\0')
            {
              value = g_ascii_strtod (text, &end);
              if (end == text || *end != '\0' || isnan (value))
                {
                  g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                               _("“%s” is not a number (%s)."), text, _(field->label));
                  return FALSE;
                }
            }
          if (field->kind == ZF_FORM_NUMBER)
            zf_record_set_double (self->record, field->column, value);
          else
            zf_record_set_int (self->record, field->column, isnan (value) ? 0 : (gint64) value);
        }
      else
        zf_record_set_string (self->record, field->column,
                              text != NULL && *text != '\0' ? text : NULL);
    }
  return TRUE;
}

gboolean
zf_record_dialog_save (ZfRecordDialog *self)
{
  g_autoptr(GPtrArray) warnings = zf_findings_new ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZF_IS_RECORD_DIALOG (self), FALSE);
  g_return_val_if_fail (self->save_func != NULL, FALSE);

  g_clear_pointer (&self->error_text, g_free);
  if (!read_fields (self, &error) ||
      !self->save_func (self, self->record, warnings, self->save_data, &error))
    {
      g_autoptr(GPtrArray) findings = zf_findings_new ();

      self->error_text = g_strdup (error->message);
      zf_error_to_findings (error, findings);
      for (guint i = 0; i < warnings->len; i++)
        g_ptr_array_add (findings, zf_finding_copy (warnings->pdata[i]));
      zf_record_dialog_show_findings (self, findings);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, zf_record_get_id (self->record));
  if (warnings->len > 0)
    {
      /* Saved, but the user must see what to look at again. */
      gtk_window_set_title (GTK_WINDOW (self), _("Saved, with warnings"));
      zf_record_dialog_show_findings (self, warnings);
      return TRUE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (ZfRecordDialog *self)
{
  zf_record_dialog_save (self);
}

static void
zf_record_dialog_dispose (GObject *object)
{
  ZfRecordDialog *self = ZF_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_RECORD_DIALOG);
  if (self->save_destroy != NULL)
    g_clear_pointer (&self->save_data, self->save_destroy);
  g_clear_object (&self->record);
  g_clear_pointer (&self->editors, g_free);
  g_clear_pointer (&self->error_text, g_free);
  G_OBJECT_CLASS (zf_record_dialog_parent_class)->dispose (object);
}

static void
zf_record_dialog_class_init (ZfRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_record_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfRecordDialog, content);
  gtk_widget_class_bind_template_child (widget_class, ZfRecordDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, ZfRecordDialog, findings_list);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_record_dialog_init (ZfRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfRecordDialog *
zf_record_dialog_new (GtkWindow         *parent,
                      const char        *title,
                      ZfRecord          *record,
                      const ZfFormField *fields,
                      guint              n_fields)
{
  ZfRecordDialog *self;

  g_return_val_if_fail (ZF_IS_RECORD (record), NULL);

  self = g_object_new (ZF_TYPE_RECORD_DIALOG, "title", title, "transient-for", parent, NULL);
  /* Cancel must leave the list's row as it was. */
  self->record = zf_record_copy (record);
  self->fields = fields;
  self->n_fields = n_fields;
  self->editors = g_new0 (GtkWidget *, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      GtkWidget *label = gtk_label_new (_(fields[i].label));

      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_label_set_yalign (GTK_LABEL (label), fields[i].kind == ZF_FORM_TEXT ? 0.0 : 0.5);
      gtk_widget_add_css_class (label, "field-label");
      self->editors[i] = make_editor (&fields[i]);
      gtk_widget_set_hexpand (self->editors[i], TRUE);
      gtk_grid_attach (self->grid, label, 0, i, 1, 1);
      gtk_grid_attach (self->grid, self->editors[i], 1, i, 1, 1);
    }
  load_fields (self);
  return self;
}

void
zf_record_dialog_set_save_func (ZfRecordDialog         *self,
                                ZfRecordDialogSaveFunc  func,
                                gpointer                user_data,
                                GDestroyNotify          destroy)
{
  g_return_if_fail (ZF_IS_RECORD_DIALOG (self));
  self->save_func = func;
  self->save_data = user_data;
  self->save_destroy = destroy;
}

void
zf_record_dialog_prepend_row (ZfRecordDialog *self,
                              const char     *label,
                              GtkWidget      *widget)
{
  GtkWidget *name = gtk_label_new (label);

  g_return_if_fail (ZF_IS_RECORD_DIALOG (self));
  gtk_label_set_xalign (GTK_LABEL (name), 1.0);
  gtk_widget_add_css_class (name, "field-label");
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_insert_row (self->grid, 0);
  gtk_grid_attach (self->grid, name, 0, 0, 1, 1);
  gtk_grid_attach (self->grid, widget, 1, 0, 1, 1);
}

void
zf_record_dialog_add_section (ZfRecordDialog *self,
                              const char     *title,
                              GtkWidget      *widget)
{
  GtkWidget *label = gtk_label_new (title);

  g_return_if_fail (ZF_IS_RECORD_DIALOG (self));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (self->content, label);
  gtk_box_append (self->content, widget);
}

ZfRecord *
zf_record_dialog_get_record (ZfRecordDialog *self)
{
  g_return_val_if_fail (ZF_IS_RECORD_DIALOG (self), NULL);
  return self->record;
}

void
zf_record_dialog_set_field (ZfRecordDialog *self,
                            const char     *column,
                            const char     *text)
{
  g_return_if_fail (ZF_IS_RECORD_DIALOG (self));

  for (guint i = 0; i < self->n_fields; i++)
    if (g_str_equal (self->fields[i].column, column))
      {
        set_editor_text (self, i, text);
        return;
      }
  g_critical ("No field %s in this form", column);
}

const char *
zf_record_dialog_get_error (ZfRecordDialog *self)
{
  g_return_val_if_fail (ZF_IS_RECORD_DIALOG (self), NULL);
  return self->error_text;
}

GtkBox *
zf_dialog_frame (GtkWindow   *window,
                 const char  *accept_label,
                 GCallback    accept,
                 GtkListBox **findings_list,
                 GtkWidget  **accept_button)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (gtk_window_destroy), window);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), button);
  button = gtk_button_new_with_mnemonic (accept_label);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", accept, window);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), button);
  gtk_window_set_titlebar (window, header);
  if (accept_button != NULL)
    *accept_button = button;

  gtk_widget_set_margin_start (outer, 18);
  gtk_widget_set_margin_end (outer, 18);
  gtk_widget_set_margin_top (outer, 18);
  gtk_widget_set_margin_bottom (outer, 18);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (outer), content);
  *findings_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*findings_list, GTK_SELECTION_NONE);
  gtk_widget_set_visible (GTK_WIDGET (*findings_list), FALSE);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (*findings_list));
  gtk_window_set_child (window, outer);
  return GTK_BOX (content);
}

void
zf_findings_list_show_error (GtkListBox   *list,
                             const GError *error)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  if (error != NULL)
    zf_error_to_findings (error, findings);
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (list, zf_finding_row_new (findings->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (list), findings->len > 0);
}
