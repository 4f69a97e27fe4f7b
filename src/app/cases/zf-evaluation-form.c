#define G_LOG_DOMAIN "zf-evaluation-form"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-case-codes.h"
#include "zf-case-rules.h"
#include "zf-clause.h"
#include "zf-codes.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-evaluation-form.h"
#include "zf-form-parts.h"
#include "zf-store-evaluations.h"

/* Days the ledger gives a unit to put a problem right, unless the
 * evaluator sets another deadline. */
#define DEFAULT_RECTIFICATION_DAYS 30

/* The widgets of one item of the standard. */
typedef struct
{
  ZfEvaluationForm *form;
  gint64          item_id;
  gboolean        is_veto;
  GtkSpinButton  *spin;      /* scored items */
  GtkCheckButton *check;     /* veto items */
  GtkEntry       *reason;
} ItemRow;

struct _ZfEvaluationForm
{
  GtkWindow          parent_instance;

  ZfStore           *store;
  ZfEvaluationDraft *draft;
  GHashTable        *rows;       /* &ItemRow.item_id → ItemRow */
  gboolean           syncing;    /* widgets follow the draft, not the reverse */

  /* Template widgets */
  GtkLabel          *error_label;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *standard_label;
  GtkLabel          *score_label;
  GtkLabel          *grade_label;
  GtkEntry          *evaluator_entry;
  GtkEntry          *date_entry;
  GtkTextView       *comments_view;
  GtkBox            *items_box;
  GtkListBox        *suggestions_list;
  GtkCheckButton    *ledger_check;
  GtkEntry          *deadline_entry;
  GtkEntry          *responsible_entry;
};

G_DEFINE_FINAL_TYPE (ZfEvaluationForm, zf_evaluation_form, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const grade_classes[] = { "grade-excellent", "grade-pass", "grade-fail" };

static void
update_score (ZfEvaluationForm *self)
{
  const char *grade = zf_evaluation_draft_get_grade (self->draft);
  g_autofree char *score = g_strdup_printf ("%.1f", zf_evaluation_draft_get_score (self->draft));
  g_autofree char *css = g_strconcat ("grade-", grade ? grade : "fail", NULL);

  gtk_label_set_text (self->score_label, score);
  gtk_label_set_text (self->grade_label, grade ? zf_code_label (&zf_evaluation_grades, grade) : "");
  for (guint i = 0; i < G_N_ELEMENTS (grade_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->grade_label), grade_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->grade_label), css);
}

/* Widgets → draft */

static void
push_row (ZfEvaluationForm *self,
          ItemRow          *row)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (row->reason));

  if (self->syncing)
    return;
  if (row->is_veto)
    zf_evaluation_draft_set_veto (self->draft, row->item_id,
                                  gtk_check_button_get_active (row->check), reason);
  else
    zf_evaluation_draft_set_deduction (self->draft, row->item_id,
                                       gtk_spin_button_get_value (row->spin), reason);
}

static void
on_row_changed (GtkWidget *widget,
                ItemRow   *row)
{
  push_row (row->form, row);
}

/* Draft → widgets, when a suggestion filled a line in. */
static void
pull_row (ZfEvaluationForm *self,
          ItemRow          *row)
{
  const ZfEvaluationLine *line = zf_evaluation_draft_get_line (self->draft, row->item_id);

  self->syncing = TRUE;
  if (row->is_veto)
    gtk_check_button_set_active (row->check, line != NULL && line->veto);
  else
    gtk_spin_button_set_value (row->spin, line ? line->deduction : 0);
  gtk_editable_set_text (GTK_EDITABLE (row->reason), line && line->reason ? line->reason : "");
  self->syncing = FALSE;
}

static void
on_item_changed (ZfEvaluationForm  *self,
                 gint64             item_id,
                 ZfEvaluationDraft *draft)
{
  ItemRow *row = g_hash_table_lookup (self->rows, &item_id);

  if (row != NULL)
    {
      pull_row (self, row);
      gtk_widget_grab_focus (GTK_WIDGET (row->reason));
    }
}

/* The items of the standard */

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkWidget *
item_widget (ZfEvaluationForm     *self,
             const ZfStandardItem *item)
{
  ItemRow *row = g_new0 (ItemRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *reason = gtk_entry_new ();

  row->form = self;
  row->item_id = item->id;
  row->is_veto = item->is_veto;
  row->reason = GTK_ENTRY (reason);
  gtk_entry_set_placeholder_text (row->reason, _("Reason"));
  gtk_widget_set_size_request (reason, 260, -1);

  if (item->is_veto)
    {
      GtkWidget *check = gtk_check_button_new_with_label (item->name);

      row->check = GTK_CHECK_BUTTON (check);
      gtk_widget_set_hexpand (check, TRUE);
      gtk_widget_set_tooltip_text (check, item->description);
      gtk_box_append (GTK_BOX (box), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_row_changed), row);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("%s (%g points)"), item->name, item->max_points);
      GtkWidget *label = gtk_label_new (text);
      double step = item->deduction_step > 0 ? item->deduction_step : 0.5;
      GtkWidget *spin = gtk_spin_button_new_with_range (0, item->max_points, step);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_tooltip_text (label, item->description);
      row->spin = GTK_SPIN_BUTTON (spin);
      gtk_spin_button_set_digits (row->spin, 1);
      /* Each keystroke rescores, not only Enter or leaving the field. */
      gtk_spin_button_set_update_policy (row->spin, GTK_UPDATE_IF_VALID);
      gtk_widget_set_tooltip_text (spin, _("Points deducted"));
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), spin);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_row_changed), row);
    }
  gtk_box_append (GTK_BOX (box), reason);
  g_signal_connect (reason, "changed", G_CALLBACK (on_row_changed), row);
  g_hash_table_insert (self->rows, &row->item_id, row);
  pull_row (self, row);
  return box;
}

static void
build_items (ZfEvaluationForm *self)
{
  const ZfStandard *standard = zf_evaluation_draft_get_standard (self->draft);
  g_autofree char *header = g_strdup_printf (_("%s, version %d"), standard->name, standard->version);

  gtk_label_set_text (self->standard_label, header);
  gtk_box_append (self->items_box, heading (_("Veto items (any one fails the file)")));
  for (guint i = 0; i < standard->items->len; i++)
    {
      const ZfStandardItem *item = standard->items->pdata[i];
      if (item->is_veto)
        gtk_box_append (self->items_box, item_widget (self, item));
    }
  for (guint g = 0; g < standard->groups->len; g++)
    {
      const ZfStandardGroup *group = standard->groups->pdata[g];
      g_autofree char *title = g_strdup_printf (_("%s (%g points)"), group->name, group->points);

      gtk_box_append (self->items_box, heading (title));
      for (guint i = 0; i < standard->items->len; i++)
        {
          const ZfStandardItem *item = standard->items->pdata[i];
          if (!item->is_veto && item->group == (int) g)
            gtk_box_append (self->items_box, item_widget (self, item));
        }
    }
}

/* Suggestions of the checks E1–E7 */

static void
show_error (ZfEvaluationForm *self,
            const char       *message)
{
  zf_error_label_show (self->error_label, message);
}

static void
on_apply_clicked (GtkButton        *button,
                  ZfEvaluationForm *self)
{
  const ZfFinding *finding = g_object_get_data (G_OBJECT (button), "finding");

  show_error (self, zf_evaluation_draft_apply_suggestion (self->draft, finding, NULL)
                    ? NULL : _("The standard of this file has no item for this suggestion."));
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
suggestion_row (ZfEvaluationForm *self,
                const ZfFinding  *finding)
{
  g_autofree char *title = finding->clause ? zf_clause_heading (finding->rule, finding->clause)
                                           : g_strdup (finding->rule);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *item_name = NULL;
  gboolean veto = FALSE;
  double deduction = 0;

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), wrapped_label (title, "finding-clause"));
  gtk_box_append (GTK_BOX (box), wrapped_label (finding->message,
                                                finding->severity == ZF_SEVERITY_INFO ? "dim-label" : NULL));
  if (zf_case_check_suggestion (finding, &item_name, &veto, &deduction))
    {
      g_autofree char *label = veto ? g_strdup_printf (_("Mark veto: %s"), item_name)
                                    : g_strdup_printf (_("Deduct %g from %s"), deduction, item_name);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (button), "finding", (gpointer) finding);
      g_signal_connect (button, "clicked", G_CALLBACK (on_apply_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static void
build_suggestions (ZfEvaluationForm *self)
{
  GPtrArray *findings = zf_evaluation_draft_get_suggestions (self->draft);

  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->suggestions_list, suggestion_row (self, findings->pdata[i]));
  if (findings->len == 0)
    gtk_list_box_append (self->suggestions_list,
                         wrapped_label (_("The automatic checks found nothing."), "dim-label"));
}

/* Saving */

static char *
comments_text (ZfEvaluationForm *self)
{
  return zf_text_buffer_dup_text (gtk_text_view_get_buffer (self->comments_view));
}

gboolean
zf_evaluation_form_save (ZfEvaluationForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *comments = comments_text (self);
  g_autofree char *deadline = zf_date_entry_get_iso (self->deadline_entry);
  g_autofree char *date = zf_date_entry_get_iso (self->date_entry);
  const char *responsible = gtk_editable_get_text (GTK_EDITABLE (self->responsible_entry));
  gboolean to_ledger = gtk_check_button_get_active (self->ledger_check);

  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), FALSE);

  zf_evaluation_draft_set_evaluator (self->draft,
                                     gtk_editable_get_text (GTK_EDITABLE (self->evaluator_entry)));
  zf_evaluation_draft_set_date (self->draft, date ? date : "");
  zf_evaluation_draft_set_comments (self->draft, *comments ? comments : NULL);
  if (!zf_evaluation_draft_save_with_ledger (self->draft, to_ledger ? deadline : NULL,
                                             *responsible ? responsible : NULL, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, zf_evaluation_draft_get_id (self->draft));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_evaluation_form_save (ZF_EVALUATION_FORM (widget));
}

static void
on_ledger_toggled (ZfEvaluationForm *self)
{
  gboolean active = gtk_check_button_get_active (self->ledger_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->deadline_entry), active);
  gtk_widget_set_sensitive (GTK_WIDGET (self->responsible_entry), active);
}

static void
zf_evaluation_form_dispose (GObject *object)
{
  ZfEvaluationForm *self = ZF_EVALUATION_FORM (object);

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_EVALUATION_FORM);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->draft);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_evaluation_form_parent_class)->dispose (object);
}

static void
zf_evaluation_form_class_init (ZfEvaluationFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_evaluation_form_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-evaluation-form.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfEvaluationForm, name)
  BIND (error_label);
  BIND (title_label);
  BIND (subtitle_label);
  BIND (standard_label);
  BIND (score_label);
  BIND (grade_label);
  BIND (evaluator_entry);
  BIND (date_entry);
  BIND (comments_view);
  BIND (items_box);
  BIND (suggestions_list);
  BIND (ledger_check);
  BIND (deadline_entry);
  BIND (responsible_entry);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_ledger_toggled);

  gtk_widget_class_install_action (widget_class, "evaluation.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "evaluation.save", NULL);
}

static void
zf_evaluation_form_init (ZfEvaluationForm *self)
{
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
load_form (ZfEvaluationForm *self)
{
  ZfCaseFile *case_file = zf_evaluation_draft_get_case_file (self->draft);
  const char *comments = zf_evaluation_draft_get_comments (self->draft);
  const char *evaluator = zf_evaluation_draft_get_evaluator (self->draft);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", zf_case_file_get_body_name (case_file),
                                               zf_case_file_get_category_label (case_file));
  g_autofree char *today = zf_date_today ();
  g_autofree char *deadline = zf_date_add_days (today, DEFAULT_RECTIFICATION_DAYS);
  g_autofree char *user = NULL;

  gtk_label_set_text (self->title_label, zf_case_file_get_number (case_file));
  gtk_label_set_text (self->subtitle_label, subtitle);
  /* A new evaluation is the user's, by the name in the settings; never the
   * login name, which the opinion would print as 评查人. */
  if (evaluator == NULL)
    evaluator = user = zf_store_get_setting_text (self->store, ZF_SETTING_USER_NAME);
  gtk_editable_set_text (GTK_EDITABLE (self->evaluator_entry), evaluator ? evaluator : "");
  zf_date_entry_prepare (self->date_entry);
  zf_date_entry_set_iso (self->date_entry, zf_evaluation_draft_get_date (self->draft)
                                           ? zf_evaluation_draft_get_date (self->draft) : today);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comments_view), comments ? comments : "", -1);
  zf_date_entry_prepare (self->deadline_entry);
  zf_date_entry_set_iso (self->deadline_entry, deadline);
  on_ledger_toggled (self);
  build_items (self);
  build_suggestions (self);
  update_score (self);
}

ZfEvaluationForm *
zf_evaluation_form_new (GtkWindow  *parent,
                        ZfStore    *store,
                        gint64      case_id,
                        gint64      sampling_id,
                        GError    **error)
{
  g_autoptr(ZfEvaluationDraft) draft = NULL;
  ZfEvaluationForm *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  draft = zf_evaluation_draft_new (store, case_id, error);
  if (draft == NULL)
    return NULL;
  if (sampling_id > 0)
    zf_evaluation_draft_set_sampling (draft, sampling_id);

  self = g_object_new (ZF_TYPE_EVALUATION_FORM, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->draft = g_steal_pointer (&draft);
  g_signal_connect_swapped (self->draft, "notify::score", G_CALLBACK (update_score), self);
  g_signal_connect_swapped (self->draft, "notify::grade", G_CALLBACK (update_score), self);
  g_signal_connect_swapped (self->draft, "item-changed", G_CALLBACK (on_item_changed), self);
  load_form (self);
  return self;
}

ZfEvaluationDraft *
zf_evaluation_form_get_draft (ZfEvaluationForm *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  return self->draft;
}

static ItemRow *
lookup_row (ZfEvaluationForm *self,
            gint64            item_id)
{
  return g_hash_table_lookup (self->rows, &item_id);
}

GtkSpinButton *
zf_evaluation_form_get_deduction (ZfEvaluationForm *self,
                                  gint64            item_id)
{
  ItemRow *row;

  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  row = lookup_row (self, item_id);
  return row ? row->spin : NULL;
}

GtkCheckButton *
zf_evaluation_form_get_veto (ZfEvaluationForm *self,
                             gint64            item_id)
{
  ItemRow *row;

  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  row = lookup_row (self, item_id);
  return row ? row->check : NULL;
}

GtkEditable *
zf_evaluation_form_get_reason (ZfEvaluationForm *self,
                               gint64            item_id)
{
  ItemRow *row;

  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  row = lookup_row (self, item_id);
  return row ? GTK_EDITABLE (row->reason) : NULL;
}

GtkEditable *
zf_evaluation_form_get_evaluator (ZfEvaluationForm *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  return GTK_EDITABLE (self->evaluator_entry);
}

GtkLabel *
zf_evaluation_form_get_grade_label (ZfEvaluationForm *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  return self->grade_label;
}

GtkLabel *
zf_evaluation_form_get_score_label (ZfEvaluationForm *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  return self->score_label;
}

const char *
zf_evaluation_form_get_error (ZfEvaluationForm *self)
{
  g_return_val_if_fail (ZF_IS_EVALUATION_FORM (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
