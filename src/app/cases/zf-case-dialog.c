#define G_LOG_DOMAIN "zf-case-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zf-case-codes.h"
#include "zf-case-dialog.h"
#include "zf-code-dropdown.h"
#include "zf-date-entry.h"
#include "zf-error.h"
#include "zf-form-parts.h"
#include "zf-store-bodies.h"
#include "zf-store-cases.h"
#include "zf-store-matters.h"
#include "zf-store-officers.h"
#include "zf-validate.h"

typedef enum
{
  FIELD_TEXT,
  FIELD_AMOUNT,
  FIELD_DATE,
} FieldKind;

/* The free-text fields of §4, in form order: one table drives building the
 * form, loading it and reading it back, so they cannot drift apart. */
static const struct
{
  const char *property;
  const char *label;
  FieldKind   kind;
} fields[] = {
  { "number", N_("Case number"), FIELD_TEXT },
  { "party-name", N_("Party"), FIELD_TEXT },
  { "party-code", N_("ID number or credit code"), FIELD_TEXT },
  { "basis", N_("Legal basis articles"), FIELD_TEXT },
  { "fine-amount", N_("Fine (yuan)"), FIELD_AMOUNT },
  { "confiscated-amount", N_("Confiscated (yuan)"), FIELD_AMOUNT },
  { "review-outcome", N_("Administrative review outcome"), FIELD_TEXT },
  { "litigation-outcome", N_("Litigation outcome"), FIELD_TEXT },
  { "notes", N_("Notes"), FIELD_TEXT },
  { "filed-date", N_("Case filed"), FIELD_DATE },
  { "investigated-date", N_("Investigated"), FIELD_DATE },
  { "notified-date", N_("Rights notified"), FIELD_DATE },
  { "hearing-date", N_("Hearing"), FIELD_DATE },
  { "legal-review-date", N_("Legal review"), FIELD_DATE },
  { "collective-date", N_("Collective discussion"), FIELD_DATE },
  { "decided-date", N_("Decided"), FIELD_DATE },
  { "served-date", N_("Served"), FIELD_DATE },
  { "executed-date", N_("Executed"), FIELD_DATE },
  { "closed-date", N_("Case closed"), FIELD_DATE },
  { "archived-date", N_("Archived"), FIELD_DATE },
};

struct _ZfCaseDialog
{
  GtkWindow       parent_instance;

  ZfStore        *store;
  ZfCaseFile     *case_file;      /* the copy being edited */
  GArray         *body_ids;       /* gint64, parallel to body_dropdown */
  GArray         *matter_ids;     /* gint64, parallel to matter_dropdown; [0] = none */
  GArray         *officer_ids;    /* gint64 checked now: the file's, then the user's changes */
  GPtrArray      *officer_checks; /* GtkCheckButton, "officer-id" data */
  char           *officers_failed; /* why the file's officers could not be read */
  GtkEntry       *entries[G_N_ELEMENTS (fields)];

  /* Template widgets */
  GtkLabel       *error_label;
  GtkDropDown    *body_dropdown;
  GtkDropDown    *category_dropdown;
  GtkDropDown    *procedure_dropdown;
  GtkDropDown    *party_kind_dropdown;
  GtkDropDown    *matter_dropdown;
  GtkCheckButton *major_check;
  GtkCheckButton *transferred_check;
  GtkGrid        *text_grid;
  GtkGrid        *dates_grid;
  GtkFlowBox     *officers_box;
};

G_DEFINE_FINAL_TYPE (ZfCaseDialog, zf_case_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return i != GTK_INVALID_LIST_POSITION && i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

/* The matters or officers of one body: a few hundred at most, fine for a
 * drop-down or a column of check buttons. */
static ZfQueryModel *
body_rows (ZfStore           *store,
           const ZfQuerySpec *spec,
           int                filter_slot,
           gint64             body_id)
{
  ZfQueryModel *model = zf_query_model_new (store, spec);

  zf_query_model_set_filter_int (model, filter_slot, body_id);
  return model;
}

static void
fill_matters (ZfCaseDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(ZfQueryModel) matters = body_rows (self->store, zf_matter_query_spec (),
                                               ZF_MATTER_FILTER_BODY,
                                               selected_id (self->body_dropdown, self->body_ids));
  gint64 current = zf_case_file_get_matter_id (self->case_file);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (matters));
  guint selected = 0;
  gint64 none = 0;

  g_array_set_size (self->matter_ids, 0);
  g_array_append_val (self->matter_ids, none);
  gtk_string_list_append (names, _("Not on the matters list"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZfMatter) matter = g_list_model_get_item (G_LIST_MODEL (matters), i);
      gint64 id = zf_record_get_id (ZF_RECORD (matter));
      g_autofree char *label = g_strdup_printf ("%s %s", zf_matter_get_code (matter) ?: "",
                                                zf_matter_get_name (matter) ?: "");

      g_array_append_val (self->matter_ids, id);
      gtk_string_list_append (names, g_strstrip (label));
      if (id == current)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->matter_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->matter_dropdown, selected);
}

static gboolean
has_officer (ZfCaseDialog *self,
             gint64        id)
{
  for (guint i = 0; i < self->officer_ids->len; i++)
    if (g_array_index (self->officer_ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* The checked set is the truth, not the check buttons: switching the body
 * rebuilds the buttons, and must not drop what was checked before. */
static void
on_officer_toggled (GtkCheckButton *check,
                    ZfCaseDialog   *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "officer-id"));
  gboolean active = gtk_check_button_get_active (check);

  if (active && !has_officer (self, id))
    g_array_append_val (self->officer_ids, id);
  for (guint i = 0; !active && i < self->officer_ids->len; i++)
    if (g_array_index (self->officer_ids, gint64, i) == id)
      g_array_remove_index (self->officer_ids, i--);
}

static void
add_officer_check (ZfCaseDialog *self,
                   gint64        id,
                   const char   *label)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_officer (self, id));
  g_object_set_data (G_OBJECT (check), "officer-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (check, "toggled", G_CALLBACK (on_officer_toggled), self);
  gtk_flow_box_append (self->officers_box, check);
  g_ptr_array_add (self->officer_checks, check);
}

static gboolean
is_shown (ZfCaseDialog *self,
          gint64        id)
{
  for (guint i = 0; i < self->officer_checks->len; i++)
    if (GPOINTER_TO_SIZE (g_object_get_data (self->officer_checks->pdata[i], "officer-id")) == (gsize) id)
      return TRUE;
  return FALSE;
}

/* The officers of the selected body, then every checked officer of another
 * body (joint enforcement, or a file moved between bodies), named with
 * their body so the user sees why they are there. */
static void
fill_officers (ZfCaseDialog *self)
{
  g_autoptr(ZfQueryModel) officers = body_rows (self->store, zf_officer_query_spec (),
                                                ZF_OFFICER_FILTER_BODY,
                                                selected_id (self->body_dropdown, self->body_ids));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (officers));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->officers_box))) != NULL)
    gtk_flow_box_remove (self->officers_box, child);
  g_ptr_array_set_size (self->officer_checks, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZfOfficer) officer = g_list_model_get_item (G_LIST_MODEL (officers), i);

      add_officer_check (self, zf_record_get_id (ZF_RECORD (officer)), zf_officer_get_name (officer));
    }
  for (guint i = 0; i < self->officer_ids->len; i++)
    {
      gint64 id = g_array_index (self->officer_ids, gint64, i);
      g_autoptr(ZfOfficer) officer = NULL;
      g_autofree char *label = NULL;

      if (is_shown (self, id))
        continue;
      /* Deleted since the file was loaded: its rows went with it. */
      if ((officer = zf_store_get_officer (self->store, id, NULL)) == NULL)
        {
          g_array_remove_index (self->officer_ids, i--);
          continue;
        }
      label = g_strdup_printf (_("%s (of %s)"), zf_officer_get_name (officer),
                               zf_officer_get_body_name (officer) ?: "");
      add_officer_check (self, id, label);
    }
  if (self->officer_checks->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("This body has no officers in the register yet."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_flow_box_append (self->officers_box, label);
    }
}

static void
on_body_changed (ZfCaseDialog *self)
{
  fill_matters (self);
  fill_officers (self);
}

static void
fill_bodies (ZfCaseDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(ZfQueryModel) bodies = zf_query_model_new (self->store, zf_body_query_spec ());
  guint n = g_list_model_get_n_items (G_LIST_MODEL (bodies));
  gint64 current = zf_case_file_get_body_id (self->case_file);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZfBody) body = g_list_model_get_item (G_LIST_MODEL (bodies), i);
      gint64 id = zf_record_get_id (ZF_RECORD (body));

      g_array_append_val (self->body_ids, id);
      gtk_string_list_append (names, zf_body_get_name (body));
      if (id == current)
        selected = i;
    }
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->body_dropdown, selected);
}

static void
build_fields (ZfCaseDialog *self)
{
  int text_row = 0, date_row = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *label = gtk_label_new (_(fields[i].label));
      GtkWidget *entry = gtk_entry_new ();
      gboolean is_date = fields[i].kind == FIELD_DATE;
      GtkGrid *grid = is_date ? self->dates_grid : self->text_grid;
      /* Dates go two to a row: eleven of them would make a long form. */
      int column = is_date ? (date_row % 2) * 2 : 0;
      int row = is_date ? date_row++ / 2 : text_row++;

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "field-label");
      gtk_widget_set_hexpand (entry, TRUE);
      if (is_date)
        zf_date_entry_prepare (GTK_ENTRY (entry));
      gtk_grid_attach (grid, label, column, row, 1, 1);
      gtk_grid_attach (grid, entry, column + 1, row, 1, 1);
      self->entries[i] = GTK_ENTRY (entry);
    }
}

static void
load_form (ZfCaseDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = NULL;

      if (fields[i].kind == FIELD_AMOUNT)
        {
          double value = NAN;

          g_object_get (self->case_file, fields[i].property, &value, NULL);
          text = isnan (value) ? g_strdup ("") : g_strdup_printf ("%.2f", value);
        }
      else
        g_object_get (self->case_file, fields[i].property, &text, NULL);
      if (fields[i].kind == FIELD_DATE)
        zf_date_entry_set_iso (self->entries[i], text);
      else
        gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), text ? text : "");
    }
  zf_code_dropdown_set_code (self->category_dropdown, zf_case_file_get_category (self->case_file));
  zf_code_dropdown_set_code (self->procedure_dropdown, zf_case_file_get_procedure (self->case_file));
  zf_code_dropdown_set_code (self->party_kind_dropdown, zf_case_file_get_party_kind (self->case_file));
  gtk_check_button_set_active (self->major_check, zf_case_file_get_major (self->case_file));
  gtk_check_button_set_active (self->transferred_check,
                               zf_case_file_get_transferred_judicial (self->case_file));
  fill_bodies (self);
  on_body_changed (self);
}

/* Copies the form into @case_file, text normalized (full-width digits and
 * letters to half-width). A malformed amount is refused here: the rules only
 * see numbers. */
static gboolean
read_form (ZfCaseDialog  *self,
           ZfCaseFile    *case_file,
           GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = fields[i].kind == FIELD_DATE
                               ? zf_date_entry_get_iso (self->entries[i])
                               : zf_text_normalize (gtk_editable_get_text (GTK_EDITABLE (self->entries[i])));

      if (fields[i].kind == FIELD_AMOUNT)
        {
          char *end = NULL;
          double amount = value && *value ? g_ascii_strtod (value, &end) : NAN;

          if (end != NULL && (*end != '\0' || amount < 0))
            {
              g_set_error (error, ZF_ERROR, ZF_ERROR_INVALID,
                           _("%s must be a number of yuan, like 2000 or 1500.50."), _(fields[i].label));
              return FALSE;
            }
          g_autofree char *column = g_strdelimit (g_strdup (fields[i].property), "-", '_');

          /* Not g_object_set(): GObject refuses NaN, which is "not entered". */
          zf_record_set_double (ZF_RECORD (case_file), column, amount);
        }
      else
        g_object_set (case_file, fields[i].property, value && *value ? value : NULL, NULL);
    }
  g_object_set (case_file,
                "body-id", selected_id (self->body_dropdown, self->body_ids),
                "matter-id", selected_id (self->matter_dropdown, self->matter_ids),
                "category", zf_code_dropdown_get_code (self->category_dropdown),
                "procedure", zf_code_dropdown_get_code (self->procedure_dropdown),
                "party-kind", zf_code_dropdown_get_code (self->party_kind_dropdown),
                "major", gtk_check_button_get_active (self->major_check),
                "transferred-judicial", gtk_check_button_get_active (self->transferred_check),
                NULL);
  return TRUE;
}

static void
show_error (ZfCaseDialog *self,
            const char   *message)
{
  zf_error_label_show (self->error_label, message);
}

gboolean
zf_case_dialog_save (ZfCaseDialog *self)
{
  g_autoptr(ZfCaseFile) candidate = ZF_CASE_FILE (zf_record_copy (ZF_RECORD (self->case_file)));
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZF_IS_CASE_DIALOG (self), FALSE);

  /* Saving without the file's officers would delete them. */
  if (self->officers_failed != NULL)
    {
      show_error (self, self->officers_failed);
      return FALSE;
    }
  /* Saving a copy keeps the loaded file intact if the store refuses. */
  if (!read_form (self, candidate, &error) ||
      !zf_store_save_case_file (self->store, candidate, self->officer_ids, &error))
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
  zf_case_dialog_save (ZF_CASE_DIALOG (widget));
}

static void
zf_case_dialog_dispose (GObject *object)
{
  ZfCaseDialog *self = ZF_CASE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_CASE_DIALOG);
  g_clear_object (&self->case_file);
  g_clear_object (&self->store);
  g_clear_pointer (&self->body_ids, g_array_unref);
  g_clear_pointer (&self->matter_ids, g_array_unref);
  g_clear_pointer (&self->officer_ids, g_array_unref);
  g_clear_pointer (&self->officer_checks, g_ptr_array_unref);
  g_clear_pointer (&self->officers_failed, g_free);
  G_OBJECT_CLASS (zf_case_dialog_parent_class)->dispose (object);
}

static void
zf_case_dialog_class_init (ZfCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_case_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-case-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ZfCaseDialog, name)
  BIND (error_label);
  BIND (body_dropdown);
  BIND (category_dropdown);
  BIND (procedure_dropdown);
  BIND (party_kind_dropdown);
  BIND (matter_dropdown);
  BIND (major_check);
  BIND (transferred_check);
  BIND (text_grid);
  BIND (dates_grid);
  BIND (officers_box);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_body_changed);

  gtk_widget_class_install_action (widget_class, "case.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "case.save", NULL);
}

static void
zf_case_dialog_init (ZfCaseDialog *self)
{
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->matter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->officer_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  zf_code_dropdown_set_list (self->category_dropdown, &zf_case_categories);
  zf_code_dropdown_set_list (self->procedure_dropdown, &zf_case_procedures);
  zf_code_dropdown_set_list (self->party_kind_dropdown, &zf_case_party_kinds);
  build_fields (self);
}

ZfCaseDialog *
zf_case_dialog_new (GtkWindow  *parent,
                    ZfStore    *store,
                    ZfCaseFile *case_file)
{
  ZfCaseDialog *self;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);
  g_return_val_if_fail (case_file == NULL || ZF_IS_CASE_FILE (case_file), NULL);

  self = g_object_new (ZF_TYPE_CASE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (case_file != NULL)
    {
      self->case_file = ZF_CASE_FILE (zf_record_copy (ZF_RECORD (case_file)));
      g_autoptr(GError) error = NULL;

      self->officer_ids = zf_store_list_case_officers (store, zf_record_get_id (ZF_RECORD (case_file)),
                                                       &error);
      if (self->officer_ids == NULL)
        {
          self->officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          self->officers_failed = g_strdup (error->message);
        }
    }
  else
    {
      self->case_file = zf_case_file_new ();
      self->officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  gtk_window_set_title (GTK_WINDOW (self), case_file ? _("Edit Case File") : _("New Case File"));
  load_form (self);
  if (self->officers_failed != NULL)
    show_error (self, self->officers_failed);
  return self;
}

GtkEditable *
zf_case_dialog_get_field (ZfCaseDialog *self,
                          const char   *property)
{
  g_return_val_if_fail (ZF_IS_CASE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].property, property))
      return GTK_EDITABLE (self->entries[i]);
  return NULL;
}

GtkCheckButton *
zf_case_dialog_get_officer (ZfCaseDialog *self,
                            gint64        officer_id)
{
  g_return_val_if_fail (ZF_IS_CASE_DIALOG (self), NULL);

  for (guint i = 0; i < self->officer_checks->len; i++)
    if (GPOINTER_TO_SIZE (g_object_get_data (self->officer_checks->pdata[i], "officer-id"))
        == (gsize) officer_id)
      return self->officer_checks->pdata[i];
  return NULL;
}

const char *
zf_case_dialog_get_error (ZfCaseDialog *self)
{
  g_return_val_if_fail (ZF_IS_CASE_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
