#define G_LOG_DOMAIN "zf-officer-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-certificate-status.h"
#include "zf-code-dropdown.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-form-parts.h"
#include "zf-import-normalize.h"
#include "zf-officer-event-dialog.h"
#include "zf-store-officers.h"

struct _ZfOfficerEventDialog
{
  GtkWindow    parent_instance;

  ZfStore     *store;
  gint64       officer_id;
  char        *error_text;
  const char  *status;        /* the certificate's, from the events */

  GtkGrid     *grid;
  GtkWidget   *save_button;
  GtkDropDown *kind;
  GtkEntry    *date;
  GtkWidget   *result;        /* the box of the two choices below */
  GtkCheckButton *passed;
  GtkCheckButton *failed;
  GtkSpinButton *hours;
  GtkDropDown *grade;
  GtkEntry    *year;
  gboolean     year_edited;    /* the user typed the year: the date no longer sets it */
  gboolean     setting_year;
  GtkDropDown *ground;
  GtkEntry    *reason;
  GtkEntry    *doc_number;
  GtkEntry    *number;
  GtkEntry    *authority;
  GtkEntry    *valid_until;
  GtkLabel    *error_label;
  GtkWidget   *rows[12][2];
};

G_DEFINE_FINAL_TYPE (ZfOfficerEventDialog, zf_officer_event_dialog, GTK_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { ROW_KIND, ROW_DATE, ROW_PASSED, ROW_HOURS, ROW_GRADE, ROW_YEAR, ROW_GROUND, ROW_NUMBER,
       ROW_AUTHORITY, ROW_VALID, ROW_DOC, ROW_REASON, N_ROWS };

static void
add_row (ZfOfficerEventDialog *self,
         guint                 row,
         const char           *label,
         GtkWidget            *field)
{
  GtkWidget *name = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (name), 1.0);
  gtk_widget_add_css_class (name, "field-label");
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (self->grid, name, 0, row, 1, 1);
  gtk_grid_attach (self->grid, field, 1, row, 1, 1);
  self->rows[row][0] = name;
  self->rows[row][1] = field;
}

static void
show_row (ZfOfficerEventDialog *self,
          guint                 row,
          gboolean              visible)
{
  gtk_widget_set_visible (self->rows[row][0], visible);
  gtk_widget_set_visible (self->rows[row][1], visible);
}

/* Whether an event of @kind has a result the user must choose. */
static gboolean
kind_has_result (const char *kind)
{
  return kind != NULL && (g_str_has_prefix (kind, "review_") || g_str_equal (kind, "exam") ||
                          g_str_equal (kind, "capability_test") ||
                          g_str_equal (kind, "annual_review"));
}

static gboolean
result_chosen (ZfOfficerEventDialog *self)
{
  return gtk_check_button_get_active (self->passed) || gtk_check_button_get_active (self->failed);
}

/* Saving waits for an explicit pass or fail: none is the default. */
static void
update_save (ZfOfficerEventDialog *self)
{
  const char *kind = zf_code_dropdown_get_code (self->kind);

  gtk_widget_set_sensitive (self->save_button,
                            kind != NULL && (!kind_has_result (kind) || result_chosen (self)));
}

/* Only the fields the chosen kind needs are shown; a result chosen for
 * another kind is not carried over. */
static void
update_rows (ZfOfficerEventDialog *self)
{
  const char *kind = zf_code_dropdown_get_code (self->kind);
  gboolean card = g_strcmp0 (kind, "issued") == 0 || g_strcmp0 (kind, "lost_reissued") == 0;

  gtk_check_button_set_active (self->passed, FALSE);
  gtk_check_button_set_active (self->failed, FALSE);
  show_row (self, ROW_PASSED, kind_has_result (kind));
  show_row (self, ROW_HOURS, g_strcmp0 (kind, "training") == 0);
  show_row (self, ROW_GRADE, g_strcmp0 (kind, "assessment") == 0);
  show_row (self, ROW_YEAR, g_strcmp0 (kind, "assessment") == 0);
  show_row (self, ROW_GROUND, g_strcmp0 (kind, "misconduct") == 0);
  show_row (self, ROW_NUMBER, card);
  show_row (self, ROW_AUTHORITY, card);
  show_row (self, ROW_VALID, g_strcmp0 (kind, "issued") == 0);
  update_save (self);
}

/* The events the certificate's status machine allows next. */
static gboolean
kind_possible (const char *kind,
               gpointer    user_data)
{
  ZfOfficerEventDialog *self = user_data;

  return zf_certificate_next_status (self->status, kind) != NULL;
}

/* The assessment year follows the date until the user types one: a grade
 * for 2024 entered in January 2025 is 2024's. */
static void
on_date_changed (ZfOfficerEventDialog *self)
{
  g_autofree char *iso = zf_import_date (gtk_editable_get_text (GTK_EDITABLE (self->date)),
                                        ZF_CELL_TEXT, FALSE, NULL);
  int year = iso ? zf_date_year (iso) : 0;
  g_autofree char *text = NULL;

  if (self->year_edited || year == 0)
    return;
  text = g_strdup_printf ("%d", year);
  self->setting_year = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->year), text);
  self->setting_year = FALSE;
}

static void
on_year_changed (ZfOfficerEventDialog *self)
{
  if (!self->setting_year)
    self->year_edited = TRUE;
}

static const char *
entry_text (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return text && *text ? text : NULL;
}

static void
show_error (ZfOfficerEventDialog *self,
            const char           *message)
{
  g_free (self->error_text);
  self->error_text = g_strdup (message);
  zf_error_label_show (self->error_label, message);
}

/* A date field as the store keeps it (ISO), from the forms people write
 * (2023年3月21日 as shown, 2023-03-21, 2023.3.21); NULL when empty, or with
 * @ok FALSE when it is not a date. */
static char *
entry_date (ZfOfficerEventDialog *self,
            GtkEntry             *entry,
            const char           *label,
            gboolean             *ok)
{
  const char *text = entry_text (entry);
  char *iso;

  *ok = TRUE;
  if (text == NULL)
    return NULL;
  iso = zf_import_date (text, ZF_CELL_TEXT, FALSE, NULL);
  if (iso == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: “%s” is not a date."), label, text);

      show_error (self, message);
      *ok = FALSE;
    }
  return iso;
}

gboolean
zf_officer_event_dialog_save (ZfOfficerEventDialog *self)
{
  const char *kind = zf_code_dropdown_get_code (self->kind);
  g_autoptr(ZfOfficerEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *valid_until = NULL;
  gboolean ok;
  ZfCertificateCard card = {
    entry_text (self->number), entry_text (self->authority), NULL, NULL, NULL
  };

  g_return_val_if_fail (ZF_IS_OFFICER_EVENT_DIALOG (self), FALSE);

  date = entry_date (self, self->date, _("Date"), &ok);
  if (!ok)
    return FALSE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->valid_until)))
    {
      valid_until = entry_date (self, self->valid_until, _("Valid until"), &ok);
      if (!ok)
        return FALSE;
      card.valid_until = valid_until;
    }
  event = zf_officer_event_new (kind, date);

  if (kind == NULL || (kind_has_result (kind) && !result_chosen (self)))
    {
      g_free (self->error_text);
      self->error_text = g_strdup (kind == NULL ? _("Choose the event.")
                                                : _("Choose whether it was passed or failed."));
      zf_error_label_show (self->error_label, self->error_text);
      return FALSE;
    }
  g_object_set (event, "reason", entry_text (self->reason),
                "doc-number", entry_text (self->doc_number), NULL);
  if (kind_has_result (kind))
    g_object_set (event, "passed", (gint64) gtk_check_button_get_active (self->passed), NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->hours)))
    g_object_set (event, "hours", gtk_spin_button_get_value (self->hours), NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->grade)))
    g_object_set (event, "grade", zf_code_dropdown_get_code (self->grade), NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->year)) && entry_text (self->year) != NULL)
    {
      const char *text = entry_text (self->year);
      guint64 year = 0;

      if (!g_ascii_string_to_unsigned (text, 10, 1900, 9999, &year, NULL))
        {
          g_free (self->error_text);
          self->error_text = g_strdup_printf (_("The assessment year “%s” is not a year."), text);
          zf_error_label_show (self->error_label, self->error_text);
          return FALSE;
        }
      g_object_set (event, "assessment-year", (gint64) year, NULL);
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->ground)))
    g_object_set (event, "ground", zf_code_dropdown_get_code (self->ground), NULL);

  if (!zf_store_add_officer_event (self->store, self->officer_id, event, &card, &error))
    {
      g_free (self->error_text);
      self->error_text = g_strdup (error->message);
      zf_error_label_show (self->error_label, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (ZfOfficerEventDialog *self)
{
  zf_officer_event_dialog_save (self);
}

static void
zf_officer_event_dialog_dispose (GObject *object)
{
  ZfOfficerEventDialog *self = ZF_OFFICER_EVENT_DIALOG (object);

  /* GtkWindow disposes its own child tree: no gtk_widget_dispose_template(),
   * which would unparent the window's child behind its back. */
  g_clear_object (&self->store);
  g_clear_pointer (&self->error_text, g_free);
  G_OBJECT_CLASS (zf_officer_event_dialog_parent_class)->dispose (object);
}

static void
zf_officer_event_dialog_class_init (ZfOfficerEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_officer_event_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-officer-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfOfficerEventDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, ZfOfficerEventDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zf_officer_event_dialog_init (ZfOfficerEventDialog *self)
{
  g_autofree char *iso_today = zf_date_today ();
  /* Shown as every date is (2023年3月21日 in Chinese); typed either way. */
  g_autofree char *today = zf_date_format_display (iso_today);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The form is built here: which rows exist follows the code lists. */
  self->kind = zf_code_dropdown_new (&zf_officer_event_kinds);
  self->date = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (self->date), today);
  self->passed = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Passed")));
  self->failed = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Failed")));
  gtk_check_button_set_group (self->failed, self->passed);
  self->result = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_box_append (GTK_BOX (self->result), GTK_WIDGET (self->passed));
  gtk_box_append (GTK_BOX (self->result), GTK_WIDGET (self->failed));
  self->hours = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 1000, 0.5));
  self->grade = zf_code_dropdown_new (&zf_assessment_grades);
  self->year = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->year, _("Empty: the year of the date"));
  self->ground = zf_code_dropdown_new (&zf_misconduct_grounds);
  self->number = GTK_ENTRY (gtk_entry_new ());
  self->authority = GTK_ENTRY (gtk_entry_new ());
  self->valid_until = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->valid_until, _("Empty: from the validity setting"));
  self->doc_number = GTK_ENTRY (gtk_entry_new ());
  self->reason = GTK_ENTRY (gtk_entry_new ());

  add_row (self, ROW_KIND, _("Event"), GTK_WIDGET (self->kind));
  add_row (self, ROW_DATE, _("Date"), GTK_WIDGET (self->date));
  add_row (self, ROW_PASSED, _("Result"), self->result);
  add_row (self, ROW_HOURS, _("Hours"), GTK_WIDGET (self->hours));
  add_row (self, ROW_GRADE, _("Grade"), GTK_WIDGET (self->grade));
  add_row (self, ROW_YEAR, _("Year assessed"), GTK_WIDGET (self->year));
  add_row (self, ROW_GROUND, _("Ground"), GTK_WIDGET (self->ground));
  add_row (self, ROW_NUMBER, _("Certificate number"), GTK_WIDGET (self->number));
  add_row (self, ROW_AUTHORITY, _("Issuing authority"), GTK_WIDGET (self->authority));
  add_row (self, ROW_VALID, _("Valid until"), GTK_WIDGET (self->valid_until));
  add_row (self, ROW_DOC, _("Document number"), GTK_WIDGET (self->doc_number));
  add_row (self, ROW_REASON, _("Reason"), GTK_WIDGET (self->reason));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error-text");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_grid_attach (self->grid, GTK_WIDGET (self->error_label), 0, N_ROWS, 2, 1);

  g_signal_connect_object (self->kind, "notify::selected", G_CALLBACK (update_rows), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->passed, "notify::active", G_CALLBACK (update_save), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->failed, "notify::active", G_CALLBACK (update_save), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date, "changed", G_CALLBACK (on_date_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year, "changed", G_CALLBACK (on_year_changed), self,
                           G_CONNECT_SWAPPED);
  on_date_changed (self);
  update_rows (self);
}

ZfOfficerEventDialog *
zf_officer_event_dialog_new (ZfStore   *store,
                             gint64     officer_id,
                             GtkWindow *parent)
{
  ZfOfficerEventDialog *self = g_object_new (ZF_TYPE_OFFICER_EVENT_DIALOG,
                                             "transient-for", parent, NULL);

  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  self->officer_id = officer_id;

  /* Offer only what the status machine allows; the store checks it again.
   * The status is one of the machine's constant strings. */
  events = zf_store_list_officer_events (store, officer_id, FALSE, &error);
  if (events == NULL)
    g_warning ("Cannot read the officer's events: %s", error->message);
  self->status = zf_certificate_derive_status (events, NULL, NULL);
  zf_code_dropdown_set_list_filtered (self->kind, &zf_officer_event_kinds, kind_possible, self);
  update_rows (self);
  return self;
}

void
zf_officer_event_dialog_set_kind (ZfOfficerEventDialog *self,
                                  const char           *kind)
{
  g_return_if_fail (ZF_IS_OFFICER_EVENT_DIALOG (self));
  zf_code_dropdown_set_code (self->kind, kind);
}

void
zf_officer_event_dialog_set_field (ZfOfficerEventDialog *self,
                                   const char           *field,
                                   const char           *value)
{
  g_return_if_fail (ZF_IS_OFFICER_EVENT_DIALOG (self));

  if (g_str_equal (field, "date"))
    gtk_editable_set_text (GTK_EDITABLE (self->date), value);
  else if (g_str_equal (field, "grade"))
    zf_code_dropdown_set_code (self->grade, value);
  else if (g_str_equal (field, "assessment_year"))
    gtk_editable_set_text (GTK_EDITABLE (self->year), value);
  else if (g_str_equal (field, "ground"))
    zf_code_dropdown_set_code (self->ground, value);
  else if (g_str_equal (field, "passed"))
    gtk_check_button_set_active (g_str_equal (value, "1") ? self->passed : self->failed, TRUE);
  else if (g_str_equal (field, "hours"))
    gtk_spin_button_set_value (self->hours, g_ascii_strtod (value, NULL));
  else if (g_str_equal (field, "doc_number"))
    gtk_editable_set_text (GTK_EDITABLE (self->doc_number), value);
  else if (g_str_equal (field, "reason"))
    gtk_editable_set_text (GTK_EDITABLE (self->reason), value);
  else if (g_str_equal (field, "number"))
    gtk_editable_set_text (GTK_EDITABLE (self->number), value);
  else
    g_critical ("No field %s", field);
}

GStrv
zf_officer_event_dialog_dup_kinds (ZfOfficerEventDialog *self)
{
  g_autoptr(GStrvBuilder) kinds = g_strv_builder_new ();
  const char *code;

  g_return_val_if_fail (ZF_IS_OFFICER_EVENT_DIALOG (self), NULL);

  for (guint i = 0; (code = zf_code_dropdown_get_code_at (self->kind, i)) != NULL; i++)
    g_strv_builder_add (kinds, code);
  return g_strv_builder_end (kinds);
}

gboolean
zf_officer_event_dialog_can_save (ZfOfficerEventDialog *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

const char *
zf_officer_event_dialog_get_error (ZfOfficerEventDialog *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT_DIALOG (self), NULL);
  return self->error_text;
}
