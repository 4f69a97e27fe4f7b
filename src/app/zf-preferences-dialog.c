#define G_LOG_DOMAIN "zf-preferences-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-document.h"
#include "zf-form-parts.h"
#include "zf-preferences-dialog.h"
#include "zf-store-cases.h"
#include "zf-store-officers.h"

struct _ZfPreferencesDialog
{
  GtkWindow      parent_instance;

  ZfStore       *store;

  /* Template widgets */
  GtkSpinButton *training_spin;
  GtkSpinButton *validity_spin;
  GtkSpinButton *warning_spin;
  GtkSpinButton *exam_spin;
  GtkSpinButton *inactive_spin;
  GtkSpinButton *years_back_spin;
  GtkTextView   *calendar_view;
  GtkEntry      *opinion_prefix_entry;
  GtkEntry      *notice_prefix_entry;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (ZfPreferencesDialog, zf_preferences_dialog, GTK_TYPE_WINDOW)

/* Each spin button and the setting key it edits. */
#define SPIN(widget, key) { G_STRUCT_OFFSET (ZfPreferencesDialog, widget), key }

static const struct
{
  gsize       offset;
  const char *key;
} spins[] = {
  SPIN (training_spin, "training_hours_min"),
  SPIN (validity_spin, "certificate_validity_years"),
  SPIN (warning_spin, "expiry_warning_days"),
  SPIN (exam_spin, "exam_before_expiry_months"),
  SPIN (inactive_spin, "inactive_years"),
  SPIN (years_back_spin, "training_years_back"),
};

/* Each series' 机关代字 entry (zf_document_series_list()). */
static GtkEntry *
prefix_entry (ZfPreferencesDialog *self,
              const char          *series)
{
  if (g_str_equal (series, "opinion"))
    return self->opinion_prefix_entry;
  if (g_str_equal (series, "notice"))
    return self->notice_prefix_entry;
  return NULL;
}

#define SPIN_BUTTON(self, i) (*(GtkSpinButton **) G_STRUCT_MEMBER_P (self, spins[i].offset))

static void
load_form (ZfPreferencesDialog *self)
{
  ZfOfficerSettings settings;

  zf_store_get_officer_settings (self->store, &settings);
  gtk_spin_button_set_value (self->training_spin, settings.training_hours_min);
  gtk_spin_button_set_value (self->validity_spin, settings.certificate_validity_years);
  gtk_spin_button_set_value (self->warning_spin, settings.expiry_warning_days);
  gtk_spin_button_set_value (self->exam_spin, settings.exam_before_expiry_months);
  gtk_spin_button_set_value (self->inactive_spin, settings.inactive_years);
  gtk_spin_button_set_value (self->years_back_spin, settings.training_years_back);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *calendar = zf_store_get_work_calendar_text (self->store, &error);

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->calendar_view),
                              calendar ? calendar : "", -1);
  }
  {
    guint n;
    const ZfDocumentSeries *series = zf_document_series_list (&n);

    for (guint i = 0; i < n; i++)
      {
        g_autofree char *key = zf_document_prefix_key (series[i].id);
        g_autofree char *prefix = zf_store_get_setting_text (self->store, key);
        GtkEntry *entry = prefix_entry (self, series[i].id);

        if (entry != NULL)
          gtk_editable_set_text (GTK_EDITABLE (entry), prefix ? prefix : "");
      }
  }
}

/* The 机关代字 as typed, trimmed, into the open transaction. */
static gboolean
save_prefixes (ZfPreferencesDialog  *self,
               GError              **error)
{
  guint n;
  const ZfDocumentSeries *series = zf_document_series_list (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkEntry *entry = prefix_entry (self, series[i].id);
      g_autofree char *key = zf_document_prefix_key (series[i].id);
      g_autofree char *prefix = NULL;
      g_autofree char *stored = zf_store_get_setting_text (self->store, key);

      if (entry == NULL)
        continue;
      prefix = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
      if (g_strcmp0 (prefix, stored ? stored : "") != 0 &&
          !zf_store_set_setting (self->store, key, prefix, error))
        return FALSE;
    }
  return TRUE;
}

static char *
calendar_text (ZfPreferencesDialog *self)
{
  return zf_text_buffer_dup_text (gtk_text_view_get_buffer (self->calendar_view));
}

gboolean
zf_preferences_dialog_save (ZfPreferencesDialog *self)
{
  g_autoptr(GError) error = NULL;
  ZfOfficerSettings settings;

  g_return_val_if_fail (ZF_IS_PREFERENCES_DIALOG (self), FALSE);

  /* Text typed but not yet committed with Enter counts too. */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_update (SPIN_BUTTON (self, i));
  settings.training_hours_min = gtk_spin_button_get_value (self->training_spin);
  settings.certificate_validity_years = gtk_spin_button_get_value_as_int (self->validity_spin);
  settings.expiry_warning_days = gtk_spin_button_get_value_as_int (self->warning_spin);
  settings.exam_before_expiry_months = gtk_spin_button_get_value_as_int (self->exam_spin);
  settings.inactive_years = gtk_spin_button_get_value_as_int (self->inactive_spin);
  settings.training_years_back = gtk_spin_button_get_value_as_int (self->years_back_spin);

  {
    g_autofree char *calendar = calendar_text (self);
    g_autofree char *stored = zf_store_get_work_calendar_text (self->store, NULL);

    /* One transaction: the settings and the calendar are saved together
     * or not at all. The calendar is written only when edited (its rows
     * are audited). */
    if (zf_store_begin (self->store, &error))
      {
        if ((g_strcmp0 (calendar, stored) != 0 &&
             !zf_store_set_work_calendar_text (self->store, calendar, &error)) ||
            !zf_store_set_officer_settings (self->store, &settings, &error) ||
            !save_prefixes (self, &error))
          zf_store_rollback (self->store);
        else
          zf_store_commit (self->store, &error);   /* rolls back itself on failure */
      }
  }

  if (error != NULL)
    {
      zf_error_label_show (self->error_label, error->message);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_preferences_dialog_save (ZF_PREFERENCES_DIALOG (widget));
}

static void
zf_preferences_dialog_dispose (GObject *object)
{
  ZfPreferencesDialog *self = ZF_PREFERENCES_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_preferences_dialog_parent_class)->dispose (object);
}

static void
zf_preferences_dialog_class_init (ZfPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, training_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, validity_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, warning_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, exam_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, inactive_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, years_back_spin);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, opinion_prefix_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, notice_prefix_entry);
  gtk_widget_class_bind_template_child (widget_class, ZfPreferencesDialog, error_label);

  gtk_widget_class_install_action (widget_class, "preferences.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_preferences_dialog_init (ZfPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZfPreferencesDialog *
zf_preferences_dialog_new (GtkWindow *parent,
                           ZfStore   *store)
{
  ZfPreferencesDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_PREFERENCES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  load_form (self);
  return self;
}

void
zf_preferences_dialog_set_calendar (ZfPreferencesDialog *self,
                                    const char          *text)
{
  g_return_if_fail (ZF_IS_PREFERENCES_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->calendar_view), text, -1);
}

void
zf_preferences_dialog_set_prefix (ZfPreferencesDialog *self,
                                  const char          *series,
                                  const char          *prefix)
{
  g_return_if_fail (ZF_IS_PREFERENCES_DIALOG (self));
  g_return_if_fail (prefix_entry (self, series) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (prefix_entry (self, series)), prefix);
}

void
zf_preferences_dialog_set_value (ZfPreferencesDialog *self,
                                 const char          *key,
                                 double               value)
{
  g_return_if_fail (ZF_IS_PREFERENCES_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    if (g_str_equal (spins[i].key, key))
      {
        gtk_spin_button_set_value (SPIN_BUTTON (self, i), value);
        return;
      }
  g_critical ("No setting %s", key);
}
