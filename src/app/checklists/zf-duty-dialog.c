#define G_LOG_DOMAIN "zf-duty-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "zf-checklist-codes.h"
#include "zf-code-dropdown.h"
#include "zf-duty-dialog.h"
#include "zf-record-dialog.h"
#include "zf-store-matters.h"
#include "zf-util.h"

/* The three pickers, in the order of the decomposition. */
enum { LEVEL_SECTION, LEVEL_POST, LEVEL_OFFICER, N_LEVELS };

static const char *const level_kinds[N_LEVELS] = { "section", "post", "officer" };

struct _ZfDutyDialog
{
  GtkWindow     parent_instance;

  ZfStore      *store;
  gint64        matter_id;
  GArray       *ids[N_LEVELS];        /* gint64 per drop-down row; row 0 is "none" */
  GtkDropDown  *pickers[N_LEVELS];
  GtkListBox   *findings_list;
  char         *error_text;
};

G_DEFINE_FINAL_TYPE (ZfDutyDialog, zf_duty_dialog, GTK_TYPE_WINDOW)

enum {
  ASSIGNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
picked (ZfDutyDialog *self,
        int           level)
{
  guint row = gtk_drop_down_get_selected (self->pickers[level]);

  return row < self->ids[level]->len ? g_array_index (self->ids[level], gint64, row) : 0;
}

static void
show_error (ZfDutyDialog *self,
            const GError *error)
{
  zf_set_str (&self->error_text, error ? error->message : NULL);
  zf_findings_list_show_error (self->findings_list, error);
}

gboolean
zf_duty_dialog_run (ZfDutyDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_val_if_fail (ZF_IS_DUTY_DIALOG (self), FALSE);
  id = zf_store_assign_duty (self->store, self->matter_id, picked (self, LEVEL_SECTION),
                             picked (self, LEVEL_POST), picked (self, LEVEL_OFFICER), &error);
  show_error (self, error);
  if (id <= 0)
    return FALSE;
  g_signal_emit (self, signals[ASSIGNED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
zf_duty_dialog_get_error (ZfDutyDialog *self)
{
  g_return_val_if_fail (ZF_IS_DUTY_DIALOG (self), NULL);
  return self->error_text;
}

gboolean
zf_duty_dialog_set_holder (ZfDutyDialog *self,
                           const char   *kind,
                           gint64        id)
{
  g_return_val_if_fail (ZF_IS_DUTY_DIALOG (self), FALSE);
  for (int level = 0; level < N_LEVELS; level++)
    {
      if (g_strcmp0 (kind, level_kinds[level]) != 0)
        continue;
      for (guint row = 0; row < self->ids[level]->len; row++)
        if (g_array_index (self->ids[level], gint64, row) == id)
          {
            gtk_drop_down_set_selected (self->pickers[level], row);
            return TRUE;
          }
    }
  return FALSE;
}

static void
on_assign_clicked (ZfDutyDialog *self)
{
  zf_duty_dialog_run (self);
}

/* One drop-down per level over the body's holders, "none" first. */
static void
build_pickers (ZfDutyDialog *self,
               gint64        body_id,
               GtkGrid      *grid,
               int           first_row)
{
  static const char *const labels[N_LEVELS] = {
    N_("_Section"), N_("_Post"), N_("_Officer"),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) holders = zf_store_list_duty_holders (self->store, body_id, &error);
  GtkStringList *names[N_LEVELS];

  for (int level = 0; level < N_LEVELS; level++)
    {
      gint64 none = 0;

      names[level] = gtk_string_list_new (NULL);
      gtk_string_list_append (names[level], _("(none)"));
      g_array_append_val (self->ids[level], none);
    }
  for (guint i = 0; holders != NULL && i < holders->len; i++)
    {
      const ZfDutyHolder *holder = holders->pdata[i];

      for (int level = 0; level < N_LEVELS; level++)
        if (g_strcmp0 (holder->kind, level_kinds[level]) == 0)
          {
            gtk_string_list_append (names[level], holder->name);
            g_array_append_val (self->ids[level], holder->id);
          }
    }
  for (int level = 0; level < N_LEVELS; level++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (_(labels[level]));

      self->pickers[level] = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (names[level]), NULL));
      zf_dropdown_enable_search (self->pickers[level],
                                 gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                              "string"));
      gtk_widget_set_hexpand (GTK_WIDGET (self->pickers[level]), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->pickers[level]));
      gtk_grid_attach (grid, label, 0, first_row + level, 1, 1);
      gtk_grid_attach (grid, GTK_WIDGET (self->pickers[level]), 1, first_row + level, 1, 1);
    }
  if (error != NULL)
    show_error (self, error);
}

static GtkWidget *
context_row (GtkGrid    *grid,
             int         row,
             const char *title,
             const char *text)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *value = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, value, 1, row, 1, 1);
  return value;
}

ZfDutyDialog *
zf_duty_dialog_new (ZfStore   *store,
                    gint64     matter_id,
                    GtkWindow *parent)
{
  ZfDutyDialog *self;
  g_autoptr(ZfMatter) matter = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button, *box, *grid;
  const char *duties;
  const char *status;

  g_return_val_if_fail (ZF_IS_STORE (store), NULL);

  self = g_object_new (ZF_TYPE_DUTY_DIALOG, "transient-for", parent, "modal", TRUE,
                       "title", _("Assign duties"), "default-width", 520, NULL);
  self->store = g_object_ref (store);
  self->matter_id = matter_id;

  box = GTK_WIDGET (zf_dialog_frame (GTK_WINDOW (self), _("_Assign"),
                                     G_CALLBACK (on_assign_clicked), &self->findings_list, &button));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_box_append (GTK_BOX (box), grid);

  matter = zf_store_get_matter (store, matter_id, &error);
  if (matter == NULL)
    {
      show_error (self, error);
      gtk_widget_set_sensitive (button, FALSE);
      return self;
    }
  status = zf_matter_get_status (matter);
  duties = zf_matter_get_duties (matter);
  context_row (GTK_GRID (grid), 0, _("Matter"), zf_matter_get_name (matter));
  context_row (GTK_GRID (grid), 1, _("Body"),
               zf_matter_get_body_name (matter));
  context_row (GTK_GRID (grid), 2, _("Status"), zf_code_label (&zf_matter_statuses, status));
  context_row (GTK_GRID (grid), 3, _("Duties held"), duties ? duties : _("none yet"));
  build_pickers (self, zf_matter_get_body_id (matter), GTK_GRID (grid), 4);
  return self;
}

static void
zf_duty_dialog_finalize (GObject *object)
{
  ZfDutyDialog *self = ZF_DUTY_DIALOG (object);

  g_clear_object (&self->store);
  for (int level = 0; level < N_LEVELS; level++)
    g_clear_pointer (&self->ids[level], g_array_unref);
  g_free (self->error_text);
  G_OBJECT_CLASS (zf_duty_dialog_parent_class)->finalize (object);
}

static void
zf_duty_dialog_class_init (ZfDutyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = zf_duty_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* The id of the new duty_assignment row. */
  signals[ASSIGNED] = g_signal_new ("assigned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
zf_duty_dialog_init (ZfDutyDialog *self)
{
  for (int level = 0; level < N_LEVELS; level++)
    self->ids[level] = g_array_new (FALSE, FALSE, sizeof (gint64));
}
