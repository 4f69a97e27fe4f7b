#define G_LOG_DOMAIN "zf-proposal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-clause.h"
#include "zf-codes.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-form-parts.h"
#include "zf-proposal-dialog.h"
#include "zf-store-officers.h"

struct _ZfProposalDialog
{
  GtkWindow    parent_instance;

  ZfStore     *store;
  gint64       officer_id;
  ZfProposal  *proposal;
  char        *error_text;

  GtkLabel    *action_label;
  GtkLabel    *clause_label;
  GtkLabel    *reason_label;
  GtkEntry    *date_entry;
  GtkEntry    *doc_entry;
  GtkLabel    *error_label;
  GtkWidget   *confirm_button;
};

G_DEFINE_FINAL_TYPE (ZfProposalDialog, zf_proposal_dialog, GTK_TYPE_WINDOW)

enum { CONFIRMED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Nothing changes without the document that decided it. */
static void
on_doc_changed (ZfProposalDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->doc_entry));

  gtk_widget_set_sensitive (self->confirm_button, text != NULL && *text != '\0');
}

gboolean
zf_proposal_dialog_confirm (ZfProposalDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (ZF_IS_PROPOSAL_DIALOG (self), FALSE);

  date = zf_date_entry_get_iso (self->date_entry);
  if (!zf_store_apply_proposal (self->store, self->officer_id, self->proposal, date,
                                gtk_editable_get_text (GTK_EDITABLE (self->doc_entry)), &error))
    {
      g_free (self->error_text);
      self->error_text = g_strdup (error->message);
      zf_error_label_show (self->error_label, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[CONFIRMED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_confirm_clicked (ZfProposalDialog *self)
{
  zf_proposal_dialog_confirm (self);
}

static void
zf_proposal_dialog_dispose (GObject *object)
{
  ZfProposalDialog *self = ZF_PROPOSAL_DIALOG (object);

  /* GtkWindow disposes its own child tree: no gtk_widget_dispose_template(),
   * which would unparent the window's child behind its back. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->proposal, zf_proposal_free);
  g_clear_pointer (&self->error_text, g_free);
  G_OBJECT_CLASS (zf_proposal_dialog_parent_class)->dispose (object);
}

static void
zf_proposal_dialog_class_init (ZfProposalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_proposal_dialog_dispose;

  signals[CONFIRMED] = g_signal_new ("confirmed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-proposal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, action_label);
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, clause_label);
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, doc_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZfProposalDialog, confirm_button);
  gtk_widget_class_bind_template_callback (widget_class, on_doc_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_proposal_dialog_init (ZfProposalDialog *self)
{
  g_autofree char *today = zf_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));
  zf_date_entry_prepare (self->date_entry);
  zf_date_entry_set_iso (self->date_entry, today);
}

ZfProposalDialog *
zf_proposal_dialog_new (ZfStore          *store,
                        gint64            officer_id,
                        const ZfProposal *proposal,
                        GtkWindow        *parent)
{
  ZfProposalDialog *self = g_object_new (ZF_TYPE_PROPOSAL_DIALOG, "transient-for", parent, NULL);
  g_autofree char *clause = zf_clause_heading (proposal->rule, proposal->clause);

  self->store = g_object_ref (store);
  self->officer_id = officer_id;
  self->proposal = zf_proposal_copy (proposal);
  gtk_label_set_text (self->action_label, zf_code_label (&zf_officer_event_kinds, proposal->action));
  gtk_label_set_text (self->clause_label, clause);
  gtk_label_set_text (self->reason_label, proposal->reason);
  return self;
}

void
zf_proposal_dialog_set_doc_number (ZfProposalDialog *self,
                                   const char       *doc_number)
{
  g_return_if_fail (ZF_IS_PROPOSAL_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->doc_entry), doc_number);
}

const char *
zf_proposal_dialog_get_error (ZfProposalDialog *self)
{
  g_return_val_if_fail (ZF_IS_PROPOSAL_DIALOG (self), NULL);
  return self->error_text;
}
