#define G_LOG_DOMAIN "zf-history-view"

#include "config.h"

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-history-view.h"
#include "zf-i18n.h"
#include "zf-store-audit.h"

struct _ZfHistoryView
{
  GtkWidget   parent_instance;

  GtkListBox *list;
  guint       n_entries;
};

G_DEFINE_FINAL_TYPE (ZfHistoryView, zf_history_view, GTK_TYPE_WIDGET)

/* Column names as the forms label them; a column missing here shows its
 * own name, which is still better than hiding the change. Codes and flags
 * are shown as the forms show them (已公布, 是), not as stored. */
static const struct
{
  const char       *column;
  const char       *label;
  const ZfCodeList *codes;
} field_labels[] = {
  { "name", N_("Name") },
  { "credit_code", N_("Credit code") },
  { "kind", N_("Kind"), &zf_body_kinds },
  { "level", N_("Level"), &zf_body_levels },
  { "region_code", N_("Region code") },
  { "domain", N_("Enforcement domain") },
  { "parent_id", N_("Parent or entrusting body") },
  { "legal_basis", N_("Legal basis") },
  { "letter_number", N_("Entrustment letter number") },
  { "letter_date", N_("Entrustment letter date") },
  { "letter_scope", N_("Entrustment scope") },
  { "letter_start", N_("Entrustment starts") },
  { "letter_end", N_("Entrustment ends") },
  { "filed", N_("Filed") },
  { "filed_date", N_("Filing date") },
  { "has_legal_section", N_("Has a legal-affairs section") },
  { "legal_staff_count", N_("Legal staff") },
  { "address", N_("Address") },
  { "contact", N_("Contact") },
  { "phone", N_("Phone") },
  { "status", N_("Status"), &zf_body_statuses },
  { "published_date", N_("Published on") },
  { "notes", N_("Notes") },
};

static const char *
field_label (const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field_labels[i].column, column))
      return _(field_labels[i].label);
  return column;
}

static gboolean
is_flag (const char *column)
{
  return g_strcmp0 (column, "filed") == 0 || g_strcmp0 (column, "has_legal_section") == 0;
}

/* The value as the user reads it (dates as the lists show them); "—" for
 * none. */
static char *
field_value (const char *column,
             const char *value)
{
  if (value == NULL)
    return g_strdup ("—");
  if (is_flag (column))
    return g_strdup (g_str_equal (value, "0") ? _("No") : _("Yes"));
  if (g_str_has_suffix (column, "_date") || g_str_equal (column, "letter_start") ||
      g_str_equal (column, "letter_end"))
    return zf_date_format_display (value);
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field_labels[i].column, column) && field_labels[i].codes != NULL)
      return g_strdup (zf_code_label (field_labels[i].codes, value));
  return g_strdup (value);
}

static const char *
action_label (const char *action)
{
  if (g_strcmp0 (action, "insert") == 0)
    return _("Created");
  if (g_strcmp0 (action, "delete") == 0)
    return _("Deleted");
  return _("Changed");
}

static GtkWidget *
entry_row (const ZfAuditEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *at = g_strndup (entry->at ? entry->at : "", 16);
  g_autofree char *when = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *label;

  /* "2024-05-01T10:03": the day as every date is shown, then the time. */
  if (strlen (at) == 16 && at[10] == 'T')
    {
      g_autofree char *day = NULL;

      at[10] = '\0';
      day = zf_date_format_display (at);
      when = g_strdup_printf ("%s %s", day, at + 11);
    }
  else
    when = g_strdup (at);
  heading = g_markup_printf_escaped ("<b>%s</b>  %s · %s", action_label (entry->action), when,
                                     entry->who ? entry->who : _("unknown operator"));
  g_string_append (text, heading);
  for (guint i = 0; i < entry->changes->len; i++)
    {
      const ZfAuditChange *c = entry->changes->pdata[i];
      g_autofree char *old_value = field_value (c->field, c->old_value);
      g_autofree char *new_value = field_value (c->field, c->new_value);
      g_autofree char *line = NULL;

      if (g_strcmp0 (entry->action, "update") == 0)
        line = g_markup_printf_escaped ("\n%s: %s → %s", field_label (c->field), old_value,
                                        new_value);
      else
        line = g_markup_printf_escaped ("\n%s: %s", field_label (c->field),
                                        c->new_value ? new_value : old_value);
      g_string_append (text, line);
    }

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 8);
  gtk_widget_set_margin_end (label, 8);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  return label;
}

static void
clear (ZfHistoryView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_entries = 0;
}

void
zf_history_view_set_row (ZfHistoryView *self,
                         ZfStore       *store,
                         const char    *table,
                         gint64         row_id)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ZF_IS_HISTORY_VIEW (self));

  clear (self);
  if (store == NULL || table == NULL || row_id <= 0)
    return;

  entries = zf_store_row_history (store, table, row_id, &error);
  if (entries == NULL)
    {
      gtk_list_box_append (self->list, gtk_label_new (error->message));
      return;
    }
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, entry_row (entries->pdata[i]));
  self->n_entries = entries->len;
  if (entries->len == 0)
    gtk_list_box_append (self->list, gtk_label_new (_("No recorded changes.")));
}

guint
zf_history_view_get_n_entries (ZfHistoryView *self)
{
  g_return_val_if_fail (ZF_IS_HISTORY_VIEW (self), 0);

  return self->n_entries;
}

static void
zf_history_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), ZF_TYPE_HISTORY_VIEW);
  /* The box holding the heading and the list is not a bound child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zf_history_view_parent_class)->dispose (object);
}

static void
zf_history_view_class_init (ZfHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_history_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ZfHistoryView, list);
}

static void
zf_history_view_init (ZfHistoryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zf_history_view_new (void)
{
  return g_object_new (ZF_TYPE_HISTORY_VIEW, NULL);
}
