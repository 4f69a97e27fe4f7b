#define G_LOG_DOMAIN "zf-issue-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-document.h"
#include "zf-form-parts.h"
#include "zf-issue-dialog.h"

struct _ZfIssueDialog
{
  GtkWindow       parent_instance;

  ZfStore        *store;
  GWeakRef        owner;
  ZfIssueFunc     func;
  gpointer        data;
  GDestroyNotify  data_free;

  /* Template widgets */
  GtkButton      *accept_button;
  GtkDropDown    *series_drop_down;
  GtkEntry       *date_entry;
  char           *date;         /* the date typed, as ISO */
  GtkLabel       *preview_label;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (ZfIssueDialog, zf_issue_dialog, GTK_TYPE_WINDOW)

/* The drop-down lists the series in order, then "No number". */
const char *
zf_issue_dialog_get_series (ZfIssueDialog *self)
{
  guint n, selected;
  const ZfDocumentSeries *series = zf_document_series_list (&n);

  g_return_val_if_fail (ZF_IS_ISSUE_DIALOG (self), NULL);

  selected = gtk_drop_down_get_selected (self->series_drop_down);
  return selected < n ? series[selected].id : NULL;
}

const char *
zf_issue_dialog_get_date (ZfIssueDialog *self)
{
  g_return_val_if_fail (ZF_IS_ISSUE_DIALOG (self), NULL);
  g_free (self->date);
  self->date = zf_date_entry_get_iso (self->date_entry);
  return self->date ? self->date : "";
}

void
zf_issue_dialog_set_date (ZfIssueDialog *self,
                          const char    *date)
{
  g_return_if_fail (ZF_IS_ISSUE_DIALOG (self));
  zf_date_entry_set_iso (self->date_entry, date);
}

const char *
zf_issue_dialog_get_preview (ZfIssueDialog *self)
{
  g_return_val_if_fail (ZF_IS_ISSUE_DIALOG (self), NULL);
  return gtk_label_get_text (self->preview_label);
}

const char *
zf_issue_dialog_get_error (ZfIssueDialog *self)
{
  g_return_val_if_fail (ZF_IS_ISSUE_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

/* What the document will carry, as it will read. */
static void
on_changed (ZfIssueDialog *self)
{
  const char *series = zf_issue_dialog_get_series (self);
  const char *date = zf_issue_dialog_get_date (self);
  g_autofree char *number = NULL;
  g_autofree char *written = NULL;
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (!zf_date_is_valid (date))
    {
      g_autofree char *example = zf_date_format_display ("2026-01-31");
      /* TRANSLATORS: %s is a date in the interface's form (2026年1月31日) */
      g_autofree char *hint = g_strdup_printf (_("Type the date, e.g. %s."), example);

      gtk_label_set_text (self->preview_label, hint);
      return;
    }
  written = zf_document_format_date (date);
  number = series ? zf_document_next_number (self->store, series, date) : NULL;
  if (series != NULL && number == NULL)
    text = g_strdup_printf (_("Dated %s, without a number: this series has no prefix (Preferences, Document numbers)."),
                            written);
  else if (number != NULL)
    text = g_strdup_printf (_("Number %s, dated %s."), number, written);
  else
    text = g_strdup_printf (_("Dated %s, without a number."), written);
  gtk_label_set_text (self->preview_label, text);
}

gboolean
zf_issue_dialog_accept (ZfIssueDialog *self)
{
  g_autofree char *series = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GtkWidget) owner = NULL;
  ZfIssueFunc func;
  gpointer data;
  GDestroyNotify data_free;

  g_return_val_if_fail (ZF_IS_ISSUE_DIALOG (self), FALSE);

  date = g_strstrip (g_strdup (zf_issue_dialog_get_date (self)));
  if (!zf_date_is_valid (date))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date (write it as 2023-03-21)."),
                                                  gtk_editable_get_text (GTK_EDITABLE (self->date_entry)));

      zf_error_label_show (self->error_label, message);
      return FALSE;
    }
  series = g_strdup (zf_issue_dialog_get_series (self));
  owner = g_weak_ref_get (&self->owner);
  func = self->func;
  data = g_steal_pointer (&self->data);
  data_free = self->data_free;
  self->func = NULL;
  gtk_window_destroy (GTK_WINDOW (self));
  if (owner != NULL && func != NULL)
    func (owner, series, date, data);
  if (data_free != NULL && data != NULL)
    data_free (data);
  return TRUE;
}

static void
accept_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  zf_issue_dialog_accept (ZF_ISSUE_DIALOG (widget));
}

static void
zf_issue_dialog_dispose (GObject *object)
{
  ZfIssueDialog *self = ZF_ISSUE_DIALOG (object);

  if (self->data_free != NULL && self->data != NULL)
    self->data_free (g_steal_pointer (&self->data));
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_ISSUE_DIALOG);
  G_OBJECT_CLASS (zf_issue_dialog_parent_class)->dispose (object);
}

static void
zf_issue_dialog_finalize (GObject *object)
{
  ZfIssueDialog *self = ZF_ISSUE_DIALOG (object);

  g_weak_ref_clear (&self->owner);
  g_free (self->date);
  G_OBJECT_CLASS (zf_issue_dialog_parent_class)->finalize (object);
}

static void
zf_issue_dialog_class_init (ZfIssueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_issue_dialog_dispose;
  object_class->finalize = zf_issue_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-issue-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfIssueDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, ZfIssueDialog, series_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ZfIssueDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfIssueDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, ZfIssueDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);

  gtk_widget_class_install_action (widget_class, "issue.accept", NULL, accept_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_issue_dialog_init (ZfIssueDialog *self)
{
  g_weak_ref_init (&self->owner, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfIssueDialog *
zf_issue_dialog_new (GtkWidget      *owner,
                     ZfStore        *store,
                     const char     *series,
                     const char     *accept_label,
                     ZfIssueFunc     func,
                     gpointer        data,
                     GDestroyNotify  data_free)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *today = zf_date_today ();
  GtkRoot *root;
  ZfIssueDialog *self;
  guint n;
  const ZfDocumentSeries *list = zf_document_series_list (&n);
  guint selected = n;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  root = gtk_widget_get_root (owner);
  self = g_object_new (ZF_TYPE_ISSUE_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL);
  g_weak_ref_set (&self->owner, owner);
  self->func = func;
  self->data = data;
  self->data_free = data_free;
  gtk_button_set_label (self->accept_button, accept_label);

  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (names, _(list[i].label));
      if (g_strcmp0 (list[i].id, series) == 0)
        selected = i;
    }
  gtk_string_list_append (names, _("No number"));
  gtk_drop_down_set_model (self->series_drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->series_drop_down, selected);
  zf_date_entry_prepare (self->date_entry);
  zf_date_entry_set_iso (self->date_entry, today);
  /* The store last: the preview is written once, with both fields set. */
  self->store = g_object_ref (store);
  on_changed (self);
  return self;
}
