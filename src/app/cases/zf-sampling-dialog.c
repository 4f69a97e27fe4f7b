#define G_LOG_DOMAIN "zf-sampling-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-case-codes.h"
#include "zf-codes.h"
#include "zf-evaluation-form.h"
#include "zf-form-parts.h"
#include "zf-sampling-dialog.h"
#include "zf-sampling.h"
#include "zf-store-cases.h"
#include "zf-store-evaluations.h"

struct _ZfSamplingDialog
{
  GtkWindow       parent_instance;

  ZfStore        *store;
  gint64          sampling_id;

  /* Template widgets */
  GtkLabel       *error_label;
  GtkSpinButton  *year_spin;
  GtkSpinButton  *min_spin;
  GtkSpinButton  *max_spin;
  GtkCheckButton *penalty_check;
  GtkCheckButton *coercion_check;
  GtkCheckButton *licensing_check;
  GtkCheckButton *inspection_check;
  GtkEntry       *seed_entry;
  GtkLabel       *result_label;
  GtkListBox     *result_list;
};

G_DEFINE_FINAL_TYPE (ZfSamplingDialog, zf_sampling_dialog, GTK_TYPE_WINDOW)

static void
show_error (ZfSamplingDialog *self,
            const char       *message)
{
  zf_error_label_show (self->error_label, message);
}

static void
on_evaluate_clicked (GtkButton        *button,
                     ZfSamplingDialog *self)
{
  gint64 case_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "case-id"));
  g_autoptr(GError) error = NULL;
  ZfEvaluationForm *form = zf_evaluation_form_new (GTK_WINDOW (self), self->store, case_id,
                                                   self->sampling_id, &error);

  if (form == NULL)
    show_error (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (form));
}

static GtkWidget *
result_row (ZfSamplingDialog *self,
            ZfCaseFile       *case_file)
{
  g_autofree char *text = g_strdup_printf ("%s · %s · %s", zf_case_file_get_body_name (case_file),
                                           zf_case_file_get_category_label (case_file),
                                           zf_case_file_get_number (case_file));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button = gtk_button_new_with_label (_("Evaluate…"));

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_set_data (G_OBJECT (button), "case-id",
                     GSIZE_TO_POINTER ((gsize) zf_record_get_id (ZF_RECORD (case_file))));
  g_signal_connect (button, "clicked", G_CALLBACK (on_evaluate_clicked), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

gboolean
zf_sampling_dialog_draw (ZfSamplingDialog *self)
{
  GtkCheckButton *checks[] = { self->penalty_check, self->coercion_check,
                               self->licensing_check, self->inspection_check };
  static const char *const codes[] = { "penalty", "coercion", "licensing", "inspection" };
  const char *categories[G_N_ELEMENTS (codes) + 1] = { NULL };
  const char *seed_text = gtk_editable_get_text (GTK_EDITABLE (self->seed_entry));
  guint per_min = gtk_spin_button_get_value_as_int (self->min_spin);
  guint per_max = gtk_spin_button_get_value_as_int (self->max_spin);
  g_autoptr(GArray) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint64 seed = 0;
  guint n = 0;
  GtkWidget *child;

  g_return_val_if_fail (ZF_IS_SAMPLING_DIALOG (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (gtk_check_button_get_active (checks[i]))
      categories[n++] = codes[i];
  if (n == 0)
    {
      show_error (self, _("Choose at least one category."));
      return FALSE;
    }
  if (per_max < per_min)
    {
      show_error (self, _("The most files per unit cannot be fewer than the least."));
      return FALSE;
    }
  /* An empty seed draws anew; a given one repeats an earlier draw. */
  if (*seed_text == '\0')
    seed = zf_sample_new_seed ();
  else if (!g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXINT64, &seed, NULL))
    {
      show_error (self, _("The seed must be a whole number, as shown by an earlier draw."));
      return FALSE;
    }

  self->sampling_id = zf_store_draw_sample (self->store, gtk_spin_button_get_value_as_int (self->year_spin),
                                            categories, per_min, per_max, seed, &chosen, &error);
  if (self->sampling_id <= 0)
    {
      show_error (self, error ? error->message : NULL);
      return FALSE;
    }
  show_error (self, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->result_list))) != NULL)
    gtk_list_box_remove (self->result_list, child);
  for (guint i = 0; i < chosen->len; i++)
    {
      g_autoptr(ZfCaseFile) case_file = zf_store_get_case_file (self->store,
                                                                g_array_index (chosen, gint64, i), NULL);
      if (case_file != NULL)
        gtk_list_box_append (self->result_list, result_row (self, case_file));
    }
  {
    g_autofree char *seed_str = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);
    g_autofree char *id_str = g_strdup_printf ("%" G_GINT64_FORMAT, self->sampling_id);

    gtk_editable_set_text (GTK_EDITABLE (self->seed_entry), seed_str);
    summary = g_strdup_printf (ngettext ("Draw no. %s recorded with seed %s: %u file.",
                                         "Draw no. %s recorded with seed %s: %u files.",
                                         chosen->len),
                               id_str, seed_str, chosen->len);
  }
  gtk_label_set_text (self->result_label, summary);
  return TRUE;
}

static void
draw_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_sampling_dialog_draw (ZF_SAMPLING_DIALOG (widget));
}

static void
zf_sampling_dialog_dispose (GObject *object)
{
  ZfSamplingDialog *self = ZF_SAMPLING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_SAMPLING_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_sampling_dialog_parent_class)->dispose (object);
}

static void
zf_sampling_dialog_class_init (ZfSamplingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_sampling_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-sampling-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfSamplingDialog, name)
  BIND (error_label);
  BIND (year_spin);
  BIND (min_spin);
  BIND (max_spin);
  BIND (penalty_check);
  BIND (coercion_check);
  BIND (licensing_check);
  BIND (inspection_check);
  BIND (seed_entry);
  BIND (result_label);
  BIND (result_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "sampling.draw", NULL, draw_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_sampling_dialog_init (ZfSamplingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_check_button_set_label (self->penalty_check, zf_code_label (&zf_case_categories, "penalty"));
  gtk_check_button_set_label (self->coercion_check, zf_code_label (&zf_case_categories, "coercion"));
  gtk_check_button_set_label (self->licensing_check, zf_code_label (&zf_case_categories, "licensing"));
  gtk_check_button_set_label (self->inspection_check, zf_code_label (&zf_case_categories, "inspection"));
}

ZfSamplingDialog *
zf_sampling_dialog_new (GtkWindow *parent,
                        ZfStore   *store,
                        int        year)
{
  ZfSamplingDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_SAMPLING_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  gtk_spin_button_set_value (self->year_spin, year);
  return self;
}

gint64
zf_sampling_dialog_get_sampling_id (ZfSamplingDialog *self)
{
  g_return_val_if_fail (ZF_IS_SAMPLING_DIALOG (self), 0);
  return self->sampling_id;
}
