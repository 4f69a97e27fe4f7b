#define G_LOG_DOMAIN "zf-officer-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zf-code-dropdown.h"
#include "zf-codes.h"
#include "zf-date-entry.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-form-parts.h"
#include "zf-import-normalize.h"
#include "zf-officer-dialog.h"
#include "zf-officer-rules.h"
#include "zf-store-bodies.h"
#include "zf-store-officers.h"
#include "zf-validate.h"

struct _ZfOfficerDialog
{
  GtkWindow        parent_instance;

  ZfStore         *store;
  ZfOfficer       *officer;      /* the copy being edited */
  GArray          *body_ids;     /* gint64, parallel to body_dropdown */
  char            *error_text;

  /* Template widgets */
  GtkLabel        *error_label;
  GtkEntry        *name_entry;
  GtkEntry        *id_entry;
  GtkLabel        *id_info;
  GtkDropDown     *body_dropdown;
  GtkComboBoxText *section_combo;
  GtkComboBoxText *post_combo;
  GtkEntry        *title_entry;
  GtkDropDown     *staffing_dropdown;
  GtkCheckButton  *financed_check;
  GtkCheckButton  *enforcement_post_check;
  GtkLabel        *eligibility_label;
  GtkEntry        *phone_entry;
  GtkEntry        *category_entry;
  GtkEntry        *area_entry;
  GtkEntry        *activity_entry;
  GtkEntry        *notes_entry;

  /* A new officer who already holds a certificate: its card and the issue
   * event, entered with the officer (built in code, below the template). */
  GtkCheckButton  *holds_check;
  GtkWidget       *card_rows[5];
  GtkEntry        *card_entries[5];
};

enum { CARD_NUMBER, CARD_AUTHORITY, CARD_ISSUED, CARD_VALID_UNTIL, CARD_DOC_NUMBER };

static const struct
{
  const char *field;  /* for zf_officer_dialog_set_field() */
  const char *label;  /* msgid */
  const char *hint;   /* msgid, or NULL */
} card_fields[] = {
  { "certificate_number", N_("Certificate number"), NULL },
  { "issuing_authority", N_("Issuing authority"), N_("e.g. the provincial government") },
  { "issue_date", N_("Issued on"), NULL },
  { "valid_until", N_("Valid until"), N_("Empty: the issue date plus the validity period") },
  { "doc_number", N_("Document number (文号)"), NULL },
};

G_DEFINE_FINAL_TYPE (ZfOfficerDialog, zf_officer_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Plain text fields and the column each one edits. */
#define TEXT_FIELD(widget, column) { G_STRUCT_OFFSET (ZfOfficerDialog, widget), column }

static const struct
{
  gsize       offset;
  const char *column;
} text_fields[] = {
  TEXT_FIELD (name_entry, "name"),
  TEXT_FIELD (id_entry, "id_number"),
  TEXT_FIELD (title_entry, "title"),
  TEXT_FIELD (phone_entry, "phone"),
  TEXT_FIELD (category_entry, "enforcement_category"),
  TEXT_FIELD (area_entry, "enforcement_area"),
  TEXT_FIELD (activity_entry, "last_activity_date"),
  TEXT_FIELD (notes_entry, "notes"),
};

#define FIELD_ENTRY(self, i) (*(GtkEntry **) G_STRUCT_MEMBER_P (self, text_fields[i].offset))

static GtkEditable *
combo_editable (GtkComboBoxText *combo)
{
  return GTK_EDITABLE (gtk_combo_box_get_child (GTK_COMBO_BOX (combo)));
}

static gint64
selected_body_id (ZfOfficerDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->body_dropdown);

  return i < self->body_ids->len ? g_array_index (self->body_ids, gint64, i) : 0;
}

/* Replaces the choices of @combo and keeps what is typed in it. */
static void
set_choices (GtkComboBoxText *combo,
             GStrv            names)
{
  GtkEditable *editable = combo_editable (combo);
  g_autofree char *typed = g_strdup (gtk_editable_get_text (editable));

  gtk_combo_box_text_remove_all (combo);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    gtk_combo_box_text_append_text (combo, names[i]);
  gtk_editable_set_text (editable, typed);
}

static void
on_section_changed (ZfOfficerDialog *self)
{
  const char *section = gtk_editable_get_text (combo_editable (self->section_combo));
  g_auto(GStrv) posts = zf_store_list_post_names (self->store, selected_body_id (self), section);

  set_choices (self->post_combo, posts);
}

static void
on_body_changed (ZfOfficerDialog *self)
{
  g_auto(GStrv) sections = zf_store_list_section_names (self->store, selected_body_id (self));

  set_choices (self->section_combo, sections);
  on_section_changed (self);
}

/* What the ID number says about its holder, while it is typed. */
static void
on_id_changed (ZfOfficerDialog *self)
{
  g_autofree char *id = zf_id_number_normalize (gtk_editable_get_text (GTK_EDITABLE (self->id_entry)));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean bad = FALSE;
  char birth[11];

  if (id == NULL || *id == '\0')
    text = g_strdup (_("Birth date and sex are read from the ID number."));
  else if (strlen (id) < 18)
    text = g_strdup_printf (_("%u of 18 characters."), (guint) strlen (id));
  else if (!zf_id_number_validate (id, &error))
    {
      text = g_strdup (error->message);
      bad = TRUE;
    }
  else
    {
      g_autofree char *date = NULL;
      ZfSex sex = zf_id_number_sex (id);

      zf_id_number_birth_date (id, birth);
      date = zf_date_format_display (birth);
      text = g_strdup_printf (_("Born %s · %s"), date,
                              zf_code_label (&zf_sexes, sex == ZF_SEX_FEMALE ? "female" : "male"));
    }
  gtk_label_set_text (self->id_info, text);
  if (bad)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->id_info), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->id_info), "error-text");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->id_info), "error-text");
      gtk_widget_add_css_class (GTK_WIDGET (self->id_info), "dim-label");
    }
}

/* Saving is allowed for anyone (auxiliary staff are recorded too), but the
 * user learns at once who may not apply for a certificate, and why (O1). */
static void
update_eligibility (ZfOfficerDialog *self)
{
  g_autoptr(ZfOfficer) probe = zf_officer_new ();
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autoptr(GString) text = g_string_new (_("May not apply for a certificate:"));

  g_object_set (probe, "staffing", zf_code_dropdown_get_code (self->staffing_dropdown),
                "financed", gtk_check_button_get_active (self->financed_check),
                "enforcement-post", gtk_check_button_get_active (self->enforcement_post_check),
                NULL);
  zf_rule_officer_eligibility (probe, findings);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = zf_finding_to_string (findings->pdata[i]);
      g_string_append_printf (text, "\n%s", line);
    }
  gtk_label_set_text (self->eligibility_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->eligibility_label), findings->len > 0);
}

static gboolean
add_body_choice (ZfBody   *body,
                 gpointer  user_data)
{
  ZfOfficerDialog *self = g_object_get_data (user_data, "dialog");
  gint64 id = zf_record_get_id (ZF_RECORD (body));

  g_array_append_val (self->body_ids, id);
  gtk_string_list_append (GTK_STRING_LIST (user_data), zf_body_get_name (body));
  return TRUE;
}

static void
load_form (ZfOfficerDialog *self,
           gint64           body_id)
{
  ZfRecord *r = ZF_RECORD (self->officer);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *section = zf_officer_get_section_name (self->officer);
  const char *post = zf_officer_get_post_name (self->officer);

  g_object_set_data (G_OBJECT (names), "dialog", self);
  if (!zf_store_foreach_body (self->store, FALSE, add_body_choice, names, &error))
    g_warning ("Cannot list the bodies: %s", error->message);
  zf_dropdown_enable_search (self->body_dropdown,
                             gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (names));
  if (zf_officer_get_body_id (self->officer) > 0)
    body_id = zf_officer_get_body_id (self->officer);
  for (guint i = 0; i < self->body_ids->len; i++)
    if (g_array_index (self->body_ids, gint64, i) == body_id)
      gtk_drop_down_set_selected (self->body_dropdown, i);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const char *value = zf_record_get_string (r, text_fields[i].column);

      if (FIELD_ENTRY (self, i) == self->activity_entry)
        zf_date_entry_set_iso (self->activity_entry, value);
      else
        gtk_editable_set_text (GTK_EDITABLE (FIELD_ENTRY (self, i)), value ? value : "");
    }
  gtk_editable_set_text (combo_editable (self->section_combo), section ? section : "");
  gtk_editable_set_text (combo_editable (self->post_combo), post ? post : "");
  zf_code_dropdown_set_code (self->staffing_dropdown, zf_officer_get_staffing (self->officer));
  gtk_check_button_set_active (self->financed_check, zf_officer_get_financed (self->officer));
  gtk_check_button_set_active (self->enforcement_post_check,
                               zf_officer_get_enforcement_post (self->officer));
  on_body_changed (self);
  on_id_changed (self);
  update_eligibility (self);
}

static char *
editable_value (GtkEditable *editable)
{
  g_autofree char *value = zf_text_normalize (gtk_editable_get_text (editable));

  return value != NULL && *value != '\0' ? g_steal_pointer (&value) : NULL;
}

/* Copies the form into @officer, text normalized and empty text unset.
 * section-id is cleared so that the store places the officer by the
 * section and post names (creating them when they are new). */
static void
read_form (ZfOfficerDialog *self,
           ZfOfficer       *officer)
{
  ZfRecord *r = ZF_RECORD (officer);
  g_autofree char *section = editable_value (combo_editable (self->section_combo));
  g_autofree char *post = editable_value (combo_editable (self->post_combo));

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = FIELD_ENTRY (self, i) == self->activity_entry
                               ? zf_date_entry_get_iso (self->activity_entry)
                               : editable_value (GTK_EDITABLE (FIELD_ENTRY (self, i)));

      zf_record_set_string (r, text_fields[i].column, value);
    }
  g_object_set (officer,
                "body-id", selected_body_id (self),
                "section-id", (gint64) 0,
                "post-id", (gint64) 0,
                "section-name", section,
                "post-name", post,
                "staffing", zf_code_dropdown_get_code (self->staffing_dropdown),
                "financed", gtk_check_button_get_active (self->financed_check),
                "enforcement-post", gtk_check_button_get_active (self->enforcement_post_check),
                NULL);
}

static void
show_error (ZfOfficerDialog *self,
            const char      *message)
{
  g_free (self->error_text);
  self->error_text = g_strdup (message);
  zf_error_label_show (self->error_label, message);
}

/* The date as the store keeps it, from the forms people write. */
static char *
card_date (ZfOfficerDialog  *self,
           guint             field,
           GError          **error)
{
  g_autofree char *text = editable_value (GTK_EDITABLE (self->card_entries[field]));
  g_autoptr(GError) local = NULL;
  char *iso;

  if (text == NULL)
    return NULL;
  iso = zf_import_date (text, ZF_CELL_TEXT, FALSE, &local);
  if (iso == NULL)
    g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("%s: “%s” is not a date."),
                 _(card_fields[field].label), text);
  return iso;
}

/* The officer and the issue event of the card they hold, in one step. */
static gboolean
save_holder (ZfOfficerDialog  *self,
             ZfOfficer        *candidate,
             GError          **error)
{
  g_autofree char *number = editable_value (GTK_EDITABLE (self->card_entries[CARD_NUMBER]));
  g_autofree char *authority = editable_value (GTK_EDITABLE (self->card_entries[CARD_AUTHORITY]));
  g_autofree char *doc = editable_value (GTK_EDITABLE (self->card_entries[CARD_DOC_NUMBER]));
  g_autofree char *issued = NULL;
  g_autofree char *until = NULL;
  ZfCertificateCard card = { 0 };

  issued = card_date (self, CARD_ISSUED, error);
  if (issued == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID, _("Give the date the certificate was issued."));
      return FALSE;
    }
  until = editable_value (GTK_EDITABLE (self->card_entries[CARD_VALID_UNTIL]));
  if (until != NULL)
    {
      g_clear_pointer (&until, g_free);
      until = card_date (self, CARD_VALID_UNTIL, error);
      if (until == NULL)
        return FALSE;
    }
  card.number = number;
  card.issuing_authority = authority;
  card.valid_until = until;
  return zf_store_import_holder (self->store, candidate, &card, issued, doc, error);
}

gboolean
zf_officer_dialog_save (ZfOfficerDialog *self)
{
  g_autoptr(ZfOfficer) candidate = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZF_IS_OFFICER_DIALOG (self), FALSE);

  /* A copy is saved, so that a refusal leaves the loaded officer as it was
   * for the next attempt. */
  candidate = ZF_OFFICER (zf_record_copy (ZF_RECORD (self->officer)));
  read_form (self, candidate);
  if (self->holds_check != NULL && gtk_check_button_get_active (self->holds_check))
    {
      if (!save_holder (self, candidate, &error))
        {
          show_error (self, error->message);
          return FALSE;
        }
    }
  else if (!zf_store_save_officer (self->store, candidate, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, zf_record_get_id (ZF_RECORD (candidate)));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zf_officer_dialog_save (ZF_OFFICER_DIALOG (widget));
}

static void
on_holds_toggled (ZfOfficerDialog *self)
{
  gboolean holds = gtk_check_button_get_active (self->holds_check);

  for (guint i = 0; i < G_N_ELEMENTS (card_fields); i++)
    {
      gtk_widget_set_visible (self->card_rows[i], holds);
      gtk_widget_set_visible (GTK_WIDGET (self->card_entries[i]), holds);
    }
}

/* Every register's first day is officers who already hold a certificate:
 * one form records the officer and the issue of their card (the event a
 * six-step application would end with), under the last template row. */
static void
add_card_rows (ZfOfficerDialog *self)
{
  GtkGrid *grid = GTK_GRID (gtk_widget_get_parent (GTK_WIDGET (self->notes_entry)));
  int row = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int r;

      gtk_grid_query_child (grid, child, NULL, &r, NULL, NULL);
      row = MAX (row, r + 1);
    }

  self->holds_check = GTK_CHECK_BUTTON (
    gtk_check_button_new_with_mnemonic (_("Already _holds a certificate: record its issue")));
  gtk_widget_set_margin_top (GTK_WIDGET (self->holds_check), 12);
  gtk_grid_attach (grid, GTK_WIDGET (self->holds_check), 1, row++, 1, 1);
  for (guint i = 0; i < G_N_ELEMENTS (card_fields); i++, row++)
    {
      GtkWidget *label = gtk_label_new (_(card_fields[i].label));
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "field-label");
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
      gtk_widget_set_hexpand (entry, TRUE);
      if (card_fields[i].hint != NULL)
        gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _(card_fields[i].hint));
      else if (i == CARD_ISSUED)
        zf_date_entry_prepare (GTK_ENTRY (entry));
      gtk_grid_attach (grid, label, 0, row, 1, 1);
      gtk_grid_attach (grid, entry, 1, row, 1, 1);
      self->card_rows[i] = label;
      self->card_entries[i] = GTK_ENTRY (entry);
    }
  g_signal_connect_object (self->holds_check, "toggled", G_CALLBACK (on_holds_toggled), self,
                           G_CONNECT_SWAPPED);
  on_holds_toggled (self);
}

static void
zf_officer_dialog_dispose (GObject *object)
{
  ZfOfficerDialog *self = ZF_OFFICER_DIALOG (object);

  g_clear_object (&self->officer);
  g_clear_object (&self->store);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->error_text, g_free);
  G_OBJECT_CLASS (zf_officer_dialog_parent_class)->dispose (object);
}

static void
zf_officer_dialog_class_init (ZfOfficerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_officer_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cn/zhifa/Zhifa/ui/zf-officer-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfOfficerDialog, name)
  BIND (error_label);
  BIND (name_entry);
  BIND (id_entry);
  BIND (id_info);
  BIND (body_dropdown);
  BIND (section_combo);
  BIND (post_combo);
  BIND (title_entry);
  BIND (staffing_dropdown);
  BIND (financed_check);
  BIND (enforcement_post_check);
  BIND (eligibility_label);
  BIND (phone_entry);
  BIND (category_entry);
  BIND (area_entry);
  BIND (activity_entry);
  BIND (notes_entry);
#undef BIND

  gtk_widget_class_install_action (widget_class, "officer.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "officer.save", NULL);
}

static void
zf_officer_dialog_init (ZfOfficerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  zf_code_dropdown_set_list (self->staffing_dropdown, &zf_officer_staffings);
  zf_date_entry_prepare (self->activity_entry);
}

ZfOfficerDialog *
zf_officer_dialog_new (GtkWindow *parent,
                       ZfStore   *store,
                       ZfOfficer *officer,
                       gint64     body_id)
{
  ZfOfficerDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (officer == NULL || ZF_IS_OFFICER (officer), NULL);

  self = g_object_new (ZF_TYPE_OFFICER_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->officer = officer != NULL ? ZF_OFFICER (zf_record_copy (ZF_RECORD (officer)))
                                  : zf_officer_new ();
  gtk_window_set_title (GTK_WINDOW (self), officer != NULL ? _("Edit Officer") : _("New Officer"));
  if (officer == NULL)
    add_card_rows (self);
  load_form (self, body_id);

  /* Connected after loading, so that filling the form runs each update once. */
  g_signal_connect_object (self->id_entry, "changed", G_CALLBACK (on_id_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (on_body_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section_combo, "changed", G_CALLBACK (on_section_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staffing_dropdown, "notify::selected",
                           G_CALLBACK (update_eligibility), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->financed_check, "toggled", G_CALLBACK (update_eligibility), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->enforcement_post_check, "toggled",
                           G_CALLBACK (update_eligibility), self, G_CONNECT_SWAPPED);
  return self;
}

void
zf_officer_dialog_set_field (ZfOfficerDialog *self,
                             const char      *field,
                             const char      *value)
{
  g_return_if_fail (ZF_IS_OFFICER_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (g_str_equal (field, text_fields[i].column))
      {
        gtk_editable_set_text (GTK_EDITABLE (FIELD_ENTRY (self, i)), value);
        return;
      }
  for (guint i = 0; self->holds_check != NULL && i < G_N_ELEMENTS (card_fields); i++)
    if (g_str_equal (field, card_fields[i].field))
      {
        gtk_check_button_set_active (self->holds_check, TRUE);
        gtk_editable_set_text (GTK_EDITABLE (self->card_entries[i]), value);
        return;
      }
  if (g_str_equal (field, "section_name"))
    gtk_editable_set_text (combo_editable (self->section_combo), value);
  else if (g_str_equal (field, "post_name"))
    gtk_editable_set_text (combo_editable (self->post_combo), value);
  else if (g_str_equal (field, "staffing"))
    zf_code_dropdown_set_code (self->staffing_dropdown, value);
  else if (g_str_equal (field, "financed"))
    gtk_check_button_set_active (self->financed_check, g_str_equal (value, "1"));
  else if (g_str_equal (field, "enforcement_post"))
    gtk_check_button_set_active (self->enforcement_post_check, g_str_equal (value, "1"));
  else
    g_critical ("No field %s", field);
}

const char *
zf_officer_dialog_get_error (ZfOfficerDialog *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_DIALOG (self), NULL);
  return self->error_text;
}

const char *
zf_officer_dialog_get_id_info (ZfOfficerDialog *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_DIALOG (self), NULL);
  return gtk_label_get_text (self->id_info);
}
