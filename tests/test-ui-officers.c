#define G_LOG_DOMAIN "test-ui-officers"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "officer-test-util.h"
#include "ui-test-util.h"
#include "zf-application.h"
#include "zf-date.h"
#include "zf-officer-dialog.h"
#include "zf-officer-event-dialog.h"
#include "zf-officer-rules.h"
#include "zf-officers-view.h"
#include "zf-preferences-dialog.h"
#include "zf-register-page.h"
#include "zf-proposal-dialog.h"
#include "zf-store-bodies.h"
#include "zf-store-cases.h"
#include "zf-store-officers.h"

/* The officers page on a temporary database: open an officer, record a
 * 不称职 assessment, see the proposed suspension (rule and clause), confirm
 * it with a document number, see the status and the history change. */

static const char *
row_text (GtkListBox *list,
          int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);
  GtkWidget *child = row ? gtk_list_box_row_get_child (row) : NULL;

  return GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;
}

static gint64
make_holder (ZfStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZfBody) body = zf_body_new ();
  g_autoptr(ZfOfficer) officer = zf_officer_new ();
  g_autofree char *idn = officer_test_id_number ("19820304", 77);
  ZfCertificateCard card = { "42070109999", "湖北省人民政府", "2030-10-31", NULL, NULL };

  g_object_set (body, "name", "鄂城区农业农村局", NULL);
  zf_store_save_body (store, body, &error);
  g_assert_no_error (error);
  g_object_set (officer, "name", "刘洋", "id-number", idn,
                "body-id", zf_record_get_id (ZF_RECORD (body)), NULL);
  zf_store_import_holder (store, officer, &card, "2025-11-01", "鄂政发〔2025〕3号", &error);
  g_assert_no_error (error);
  return zf_record_get_id (ZF_RECORD (officer));
}

/* Every label's text under @widget, one per line: what the user reads. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* The window names the documents rules cite by their titles, never "S1". */
static void
assert_titles_not_codes (GtkWidget *widget)
{
  g_autoptr(GString) text = g_string_new (NULL);

  collect_labels (widget, text);
  g_test_message ("%s", text->str);
  g_assert_nonnull (strstr (text->str, "R2 · 《华容区开展行政执法协调监督体系工作的实施方案》二(二)2"));
  g_assert_null (strstr (text->str, "S1 §"));
  g_assert_null (strstr (text->str, "S0 §"));
}

static void
test_assessment_suspension (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autofree char *today = zf_date_today ();
  GtkWindow *window;
  ZfOfficersView *view;
  GtkWindow *dialog;
  GPtrArray *proposals;
  ZfProposal *suspension = NULL;
  guint index = 0;
  gint64 id;

  g_assert_no_error (error);
  zf_store_set_operator (store, "tester");
  id = make_holder (store);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 800);
  view = g_object_new (ZF_TYPE_OFFICERS_VIEW, "store", store, NULL);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ui_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (zf_officers_view_get_model (view)), ==, 1);
  zf_officers_view_select_id (view, id);
  ui_test_settle ();
  g_assert_nonnull (zf_officers_view_get_selected_officer (view));
  g_assert_cmpstr (zf_officer_get_certificate_status (zf_officers_view_get_selected_officer (view)),
                   ==, "valid");

  /* Record the assessment through the dialog. */
  dialog = zf_officers_view_record_event (view);
  g_assert_true (ZF_IS_OFFICER_EVENT_DIALOG (dialog));
  zf_officer_event_dialog_set_kind (ZF_OFFICER_EVENT_DIALOG (dialog), "assessment");
  zf_officer_event_dialog_set_field (ZF_OFFICER_EVENT_DIALOG (dialog), "date", today);
  zf_officer_event_dialog_set_field (ZF_OFFICER_EVENT_DIALOG (dialog), "grade", "incompetent");
  gtk_window_present (dialog);
  ui_test_settle ();
  ui_test_screenshot (GTK_WIDGET (dialog), "officer-event-assessment");
  g_assert_true (zf_officer_event_dialog_save (ZF_OFFICER_EVENT_DIALOG (dialog)));
  ui_test_settle ();
  /* The year assessed follows the date unless typed. */
  {
    g_autoptr(GPtrArray) events = zf_store_list_officer_events (store, id, TRUE, &error);
    ZfOfficerEvent *newest = events->pdata[0];

    g_assert_cmpstr (zf_officer_event_get_kind (newest), ==, "assessment");
    g_assert_cmpint (zf_officer_event_get_assessment_year (newest), ==, zf_date_year (today));
    g_assert_cmpint (zf_record_get_int (ZF_RECORD (newest), "assessment_year"), ==,
                     zf_date_year (today));
  }

  /* The rule proposes; nothing changed yet. */
  proposals = zf_officers_view_get_proposals (view);
  for (guint i = 0; i < proposals->len; i++)
    if (g_str_equal (((ZfProposal *) proposals->pdata[i])->action, "suspension"))
      {
        suspension = proposals->pdata[i];
        index = i;
      }
  g_assert_nonnull (suspension);
  g_assert_cmpstr (suspension->rule, ==, "R2");
  g_assert_cmpstr (suspension->clause, ==, "S1 §二(二)2");
  g_assert_cmpstr (zf_officer_get_certificate_status (zf_officers_view_get_selected_officer (view)),
                   ==, "valid");

  assert_titles_not_codes (GTK_WIDGET (view));

  /* 需关注 says why: the rule in the row's column, its finding with the
   * document's title in the cell's tooltip. */
  {
    g_autoptr(ZfOfficer) row = g_list_model_get_item (zf_officers_view_get_model (view), 0);
    const char *rules = zf_record_get_string (ZF_RECORD (row), "attention_rules");
    g_autofree char *shown = ui_test_shown_text (GTK_WIDGET (view));
    g_autofree char *labels = zf_officer_rule_labels (rules);
    g_autofree char *line = g_strdup_printf ("\n%s\n", labels);
    g_autofree char *why = zf_officers_view_get_attention_text (view, row);

    g_test_message ("attention: %s\n%s", rules, why);
    g_assert_nonnull (rules);
    g_assert_nonnull (strstr (rules, "R2"));
    g_assert_nonnull (strstr (shown, line));
    g_assert_nonnull (strstr (labels, g_getenv ("ZF_TEST_EXPECT_ZH") ? "考核不称职" : "Rated incompetent"));
    g_assert_null (strstr (shown, "\nR2\n"));
    g_assert_nonnull (why);
    g_assert_nonnull (strstr (why, "R2 · 《华容区开展行政执法协调监督体系工作的实施方案》二(二)2\n"));
    g_assert_null (strstr (why, "S1 §"));
  }

  /* Confirming without a document number is refused. */
  dialog = zf_officers_view_confirm_proposal (view, index);
  g_assert_true (ZF_IS_PROPOSAL_DIALOG (dialog));
  assert_titles_not_codes (GTK_WIDGET (dialog));
  g_assert_false (zf_proposal_dialog_confirm (ZF_PROPOSAL_DIALOG (dialog)));
  g_assert_nonnull (strstr (zf_proposal_dialog_get_error (ZF_PROPOSAL_DIALOG (dialog)), "文号"));
  zf_proposal_dialog_set_doc_number (ZF_PROPOSAL_DIALOG (dialog), "鄂区执监〔2026〕12号");
  g_assert_true (zf_proposal_dialog_confirm (ZF_PROPOSAL_DIALOG (dialog)));
  ui_test_settle ();

  g_assert_cmpstr (zf_officer_get_certificate_status (zf_officers_view_get_selected_officer (view)),
                   ==, "suspended");
  {
    const char *newest = row_text (zf_officers_view_get_timeline (view), 0);
    const char *next = row_text (zf_officers_view_get_timeline (view), 1);

    g_assert_nonnull (newest);
    g_test_message ("timeline: %s", newest);
    g_assert_nonnull (strstr (newest, "鄂区执监〔2026〕12号"));
    g_assert_nonnull (strstr (newest, "R2"));
    g_assert_nonnull (strstr (newest, "tester"));
    g_assert_nonnull (next);
    g_assert_nonnull (strstr (next, g_getenv ("ZF_TEST_EXPECT_ZH") ? "不称职" : "Incompetent"));
  }
  /* No more proposal for the same facts. */
  for (guint i = 0; i < zf_officers_view_get_proposals (view)->len; i++)
    g_assert_cmpstr (((ZfProposal *) zf_officers_view_get_proposals (view)->pdata[i])->action, !=,
                     "suspension");

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

static ZfOfficersView *
open_view (ZfStore    *store,
           GtkWindow **window)
{
  ZfOfficersView *view = g_object_new (ZF_TYPE_OFFICERS_VIEW, "store", store, NULL);

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 1200, 800);
  gtk_window_set_child (*window, GTK_WIDGET (view));
  gtk_window_present (*window);
  ui_test_settle ();
  return view;
}

/* Create an officer through the dialog: the ID number is read while it is
 * typed (lower-case x accepted), a new section and post are created, a
 * duplicate is refused naming the officer who has the number, and an edit
 * keeps the certificate. */
/* An officer who already holds a certificate, in one dialog: the card and
 * its issue event (文号) are recorded with the officer; a bad date is named
 * and nothing is stored; the new officer is selected in the list. */
static void
test_officer_with_certificate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autofree char *idn = officer_test_id_number ("19850612", 31);
  g_autoptr(ZfOfficer) saved = NULL;
  g_autoptr(GPtrArray) events = NULL;
  GtkWindow *window;
  ZfOfficersView *view;
  ZfOfficerDialog *dialog;
  ZfOfficerEvent *issued;

  g_assert_no_error (error);
  make_holder (store);
  view = open_view (store, &window);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);

  dialog = ZF_OFFICER_DIALOG (zf_officers_view_edit_officer (view, TRUE));
  zf_officer_dialog_set_field (dialog, "name", "张敏");
  zf_officer_dialog_set_field (dialog, "id_number", idn);
  zf_officer_dialog_set_field (dialog, "certificate_number", "42070100123");
  zf_officer_dialog_set_field (dialog, "issuing_authority", "湖北省人民政府");
  zf_officer_dialog_set_field (dialog, "issue_date", "2024年13月1日");
  zf_officer_dialog_set_field (dialog, "doc_number", "鄂政发〔2024〕8号");
  g_assert_false (zf_officer_dialog_save (dialog));
  g_assert_nonnull (strstr (zf_officer_dialog_get_error (dialog), "2024年13月1日"));
  g_assert_null (zf_store_find_officer_by_id_number (store, idn));

  zf_officer_dialog_set_field (dialog, "issue_date", "2024年3月1日");
  g_assert_true (zf_officer_dialog_save (dialog));
  ui_test_settle ();

  saved = zf_store_find_officer_by_id_number (store, idn);
  g_assert_nonnull (saved);
  g_assert_cmpstr (zf_officer_get_certificate_number (saved), ==, "42070100123");
  g_assert_cmpstr (zf_officer_get_certificate_status (saved), ==, "valid");
  events = zf_store_list_officer_events (store, zf_record_get_id (ZF_RECORD (saved)), TRUE,
                                         &error);
  g_assert_no_error (error);
  /* Newest first: the issue (a taken-over card may come with its record). */
  g_assert_cmpuint (events->len, >=, 1);
  issued = events->pdata[0];
  g_assert_cmpstr (zf_officer_event_get_kind (issued), ==, "issued");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (issued), "date"), ==, "2024-03-01");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (issued), "doc_number"), ==,
                   "鄂政发〔2024〕8号");
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (zf_officers_view_get_selected_officer (view))), ==,
                   zf_record_get_id (ZF_RECORD (saved)));

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

/* The event dialog offers only what the certificate's status allows, and
 * a review or exam is saved only once pass or fail is chosen: neither is
 * the default. */
static gboolean
offers (ZfOfficerEventDialog *dialog,
        const char           *kind)
{
  g_auto(GStrv) kinds = zf_officer_event_dialog_dup_kinds (dialog);

  return g_strv_contains ((const char *const *) kinds, kind);
}

static void
test_event_choices (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autofree char *idn = officer_test_id_number ("19900101", 12);
  g_autoptr(ZfOfficer) applicant = zf_officer_new ();
  g_autoptr(ZfOfficerEvent) applied = zf_officer_event_new ("applied", "2025-03-01");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(ZfOfficer) holder_officer = NULL;
  ZfOfficerEventDialog *dialog;
  GtkWindow *window;
  ZfOfficersView *view;
  gint64 holder;

  g_assert_no_error (error);
  holder = make_holder (store);
  holder_officer = zf_store_get_officer (store, holder, &error);
  g_assert_no_error (error);
  g_object_set (applicant, "name", "陈静", "id-number", idn, "body-id",
                zf_officer_get_body_id (holder_officer), NULL);
  g_assert_true (zf_store_save_officer (store, applicant, &error));
  g_assert_no_error (error);
  view = open_view (store, &window);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);

  /* A valid card: suspension or revocation, not an application, an issue
   * or a return. */
  zf_officers_view_select_id (view, holder);
  ui_test_settle ();
  dialog = ZF_OFFICER_EVENT_DIALOG (zf_officers_view_record_event (view));
  g_assert_true (offers (dialog, "suspension"));
  g_assert_true (offers (dialog, "revocation"));
  g_assert_true (offers (dialog, "training"));
  g_assert_false (offers (dialog, "applied"));
  g_assert_false (offers (dialog, "issued"));
  g_assert_false (offers (dialog, "return"));
  g_assert_false (offers (dialog, "review_first"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* No card: an application, no review or suspension. */
  zf_officers_view_select_id (view, zf_record_get_id (ZF_RECORD (applicant)));
  ui_test_settle ();
  dialog = ZF_OFFICER_EVENT_DIALOG (zf_officers_view_record_event (view));
  g_assert_true (offers (dialog, "applied"));
  g_assert_false (offers (dialog, "review_first"));
  g_assert_false (offers (dialog, "suspension"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Applying: the first review, whose result is chosen, never assumed. */
  g_assert_true (zf_store_add_officer_event (store, zf_record_get_id (ZF_RECORD (applicant)),
                                             applied, NULL, &error));
  g_assert_no_error (error);
  ui_test_settle ();
  dialog = ZF_OFFICER_EVENT_DIALOG (zf_officers_view_record_event (view));
  g_assert_true (offers (dialog, "review_first"));
  g_assert_false (offers (dialog, "applied"));
  zf_officer_event_dialog_set_kind (dialog, "review_first");
  /* Dates are typed as they are shown (年月日), or as ISO. */
  zf_officer_event_dialog_set_field (dialog, "date", "2025年3月5日");
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_settle ();
  ui_test_screenshot (GTK_WIDGET (dialog), "officer-event-review");
  g_assert_false (zf_officer_event_dialog_can_save (dialog));
  g_assert_false (zf_officer_event_dialog_save (dialog));
  g_assert_nonnull (zf_officer_event_dialog_get_error (dialog));
  zf_officer_event_dialog_set_field (dialog, "passed", "1");
  g_assert_true (zf_officer_event_dialog_can_save (dialog));
  zf_officer_event_dialog_set_field (dialog, "date", "2025年13月5日");
  g_assert_false (zf_officer_event_dialog_save (dialog));
  g_assert_nonnull (strstr (zf_officer_event_dialog_get_error (dialog), "2025年13月5日"));
  zf_officer_event_dialog_set_field (dialog, "date", "2025年3月5日");
  g_assert_true (zf_officer_event_dialog_save (dialog));
  ui_test_settle ();
  events = zf_store_list_officer_events (store, zf_record_get_id (ZF_RECORD (applicant)), TRUE,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpstr (zf_officer_event_get_kind (events->pdata[0]), ==, "review_first");
  g_assert_cmpstr (zf_officer_event_get_date (events->pdata[0]), ==, "2025-03-05");
  g_assert_cmpint (zf_officer_event_get_passed (events->pdata[0]), ==, 1);

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

/* The drop-downs under @widget whose first item reads @first (a list of
 * GtkStringObject), or any drop-down of bodies when @first is NULL. */
static GtkDropDown *
find_dropdown (GtkWidget  *widget,
               const char *first)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found;

      if (GTK_IS_DROP_DOWN (child))
        {
          GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (child));
          g_autoptr(GObject) item = model ? g_list_model_get_item (model, 0) : NULL;

          if (GTK_IS_STRING_OBJECT (item) &&
              g_str_equal (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), first))
            return GTK_DROP_DOWN (child);
        }
      if ((found = find_dropdown (child, first)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Types @text into the drop-down's search and returns what it then lists. */
static char *
search_dropdown (GtkDropDown *dropdown,
                 const char  *text)
{
  GtkWidget *entry = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW);
  GString *shown = g_string_new (NULL);
  GListModel *model;

  g_assert_nonnull (entry);
  g_assert_nonnull (list);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ui_test_settle ();
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (shown, "%s\n", gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
    }
  return g_string_free (shown, FALSE);
}

/* A body is found in the pickers by any part of its name: the list's body
 * filter and the officer dialog's body. */
static void
test_body_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfBody) other = zf_body_new ();
  g_autofree char *shown = NULL;
  GtkDropDown *filter, *picker;
  GtkWindow *window, *dialog;
  ZfOfficersView *view;

  g_assert_no_error (error);
  make_holder (store);
  g_object_set (other, "name", "鄂城区交通运输局", NULL);
  g_assert_true (zf_store_save_body (store, other, &error));
  view = open_view (store, &window);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);

  filter = find_dropdown (GTK_WIDGET (view), g_getenv ("ZF_TEST_EXPECT_ZH") ? "全部执法主体" : "All bodies");
  g_assert_nonnull (filter);
  shown = search_dropdown (filter, "农业");
  g_assert_cmpstr (shown, ==, "鄂城区农业农村局\n");
  g_clear_pointer (&shown, g_free);

  dialog = zf_officers_view_edit_officer (view, TRUE);
  gtk_window_present (dialog);
  ui_test_settle ();
  picker = find_dropdown (GTK_WIDGET (dialog), "鄂城区交通运输局");
  if (picker == NULL)
    picker = find_dropdown (GTK_WIDGET (dialog), "鄂城区农业农村局");
  g_assert_nonnull (picker);
  shown = search_dropdown (picker, "运输");
  g_assert_cmpstr (shown, ==, "鄂城区交通运输局\n");
  gtk_window_destroy (dialog);

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

static void
test_officer_dialog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autofree char *with_x = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(ZfOfficer) saved = NULL;
  g_auto(GStrv) posts = NULL;
  GtkWindow *window;
  ZfOfficersView *view;
  ZfOfficerDialog *dialog;
  ZfOfficer *selected;
  gint64 holder;

  g_assert_no_error (error);
  holder = make_holder (store);
  view = open_view (store, &window);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);

  for (guint seq = 0; with_x == NULL || with_x[17] != 'X'; seq++)
    {
      g_free (with_x);
      with_x = officer_test_id_number ("19910817", seq);
    }
  lower = g_ascii_strdown (with_x, -1);

  dialog = ZF_OFFICER_DIALOG (zf_officers_view_edit_officer (view, TRUE));
  g_assert_true (ZF_IS_OFFICER_DIALOG (dialog));
  zf_officer_dialog_set_field (dialog, "id_number", "4207");
  g_assert_nonnull (strstr (zf_officer_dialog_get_id_info (dialog), "4"));
  zf_officer_dialog_set_field (dialog, "id_number", lower);
  g_assert_nonnull (strstr (zf_officer_dialog_get_id_info (dialog), "1991"));
  zf_officer_dialog_set_field (dialog, "name", "  王芳 ");
  zf_officer_dialog_set_field (dialog, "section_name", "法规股");
  zf_officer_dialog_set_field (dialog, "post_name", "法制审核岗");
  zf_officer_dialog_set_field (dialog, "title", "副股长");
  zf_officer_dialog_set_field (dialog, "phone", "13800000000");
  g_assert_true (zf_officer_dialog_save (dialog));
  ui_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (zf_officers_view_get_model (view)), ==, 2);
  saved = zf_store_find_officer_by_id_number (store, with_x);
  g_assert_nonnull (saved);
  g_assert_cmpstr (zf_officer_get_name (saved), ==, "王芳");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (saved), "birth_date"), ==, "1991-08-17");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (saved), "section_name"), ==, "法规股");
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (saved), "post_name"), ==, "法制审核岗");
  posts = zf_store_list_post_names (store, zf_officer_get_body_id (saved), "法规股");
  g_assert_cmpuint (g_strv_length (posts), ==, 1);
  selected = zf_officers_view_get_selected_officer (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (zf_record_get_id (ZF_RECORD (selected)), ==, zf_record_get_id (ZF_RECORD (saved)));

  /* The same ID number again: refused, naming 王芳; the dialog stays. */
  dialog = ZF_OFFICER_DIALOG (zf_officers_view_edit_officer (view, TRUE));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zf_officer_dialog_set_field (dialog, "name", "王芳芳");
  zf_officer_dialog_set_field (dialog, "id_number", with_x);
  g_assert_false (zf_officer_dialog_save (dialog));
  g_assert_nonnull (strstr (zf_officer_dialog_get_error (dialog), "王芳"));
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();
  g_assert_null (dialog);
  g_assert_cmpint (zf_store_count_officers (store, NULL), ==, 2);

  /* Edit the holder: the title changes, the card stays valid. */
  zf_officers_view_select_id (view, holder);
  ui_test_settle ();
  dialog = ZF_OFFICER_DIALOG (zf_officers_view_edit_officer (view, FALSE));
  zf_officer_dialog_set_field (dialog, "title", "大队长");
  g_assert_true (zf_officer_dialog_save (dialog));
  ui_test_settle ();
  selected = zf_officers_view_get_selected_officer (view);
  g_assert_cmpstr (zf_record_get_string (ZF_RECORD (selected), "title"), ==, "大队长");
  g_assert_cmpstr (zf_officer_get_certificate_status (selected), ==, "valid");
  g_assert_cmpstr (zf_officer_get_name (selected), ==, "刘洋");

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

static gboolean
has_finding (ZfStore    *store,
             gint64      officer_id,
             const char *rule,
             const char *text)
{
  g_autoptr(GPtrArray) findings = zf_findings_new ();
  g_autofree char *today = zf_date_today ();

  g_assert_true (zf_store_officer_check (store, officer_id, today, findings, NULL, NULL));
  for (guint i = 0; i < findings->len; i++)
    {
      const ZfFinding *f = findings->pdata[i];
      if (g_str_equal (f->rule, rule) && strstr (f->message, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The register settings: the dialog shows the stored values, saves them in
 * the setting table, and the rules use them at once (R5 at 60 hours). */
static void
test_preferences (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  ZfPreferencesDialog *dialog;
  ZfOfficerSettings settings;
  gint64 holder;

  g_assert_no_error (error);
  holder = make_holder (store);
  g_assert_true (has_finding (store, holder, "R5", "40"));

  dialog = zf_preferences_dialog_new (NULL, store);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_settle ();
  zf_preferences_dialog_set_value (dialog, "training_hours_min", 60);
  zf_preferences_dialog_set_value (dialog, "certificate_validity_years", 6);
  zf_preferences_dialog_set_value (dialog, "expiry_warning_days", 120);
  g_assert_true (zf_preferences_dialog_save (dialog));
  ui_test_settle ();
  g_assert_null (dialog);

  zf_store_get_officer_settings (store, &settings);
  g_assert_cmpfloat (settings.training_hours_min, ==, 60);
  g_assert_cmpint (settings.certificate_validity_years, ==, 6);
  g_assert_cmpint (settings.expiry_warning_days, ==, 120);
  g_assert_cmpint (settings.exam_before_expiry_months, ==, 6);
  g_assert_true (has_finding (store, holder, "R5", "60"));

  /* The years still reported and the holiday calendar: a line that is not
   * a day is refused with its number and nothing is stored; a year added
   * (2027, not announced when the calendar was shipped) is then known. */
  dialog = zf_preferences_dialog_new (NULL, store);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_settle ();
  ui_test_screenshot (GTK_WIDGET (dialog), "preferences");
  zf_preferences_dialog_set_value (dialog, "training_years_back", 3);
  zf_preferences_dialog_set_calendar (dialog, "2027-01-01 休 元旦\n2027-13-01 休\n");
  g_assert_false (zf_preferences_dialog_save (dialog));
  g_assert_nonnull (dialog);
  {
    g_autofree char *text = zf_store_get_work_calendar_text (store, &error);
    g_assert_nonnull (strstr (text, "2024-10-01 休 国庆节"));
    g_assert_null (strstr (text, "2027-01-01"));
  }
  zf_preferences_dialog_set_calendar (dialog, "2026-10-01 休 国庆节\n2027-01-01 休 元旦\n"
                                              "2027-02-06 班 春节\n");
  g_assert_true (zf_preferences_dialog_save (dialog));
  ui_test_settle ();
  g_assert_null (dialog);
  zf_store_get_officer_settings (store, &settings);
  g_assert_cmpint (settings.training_years_back, ==, 3);
  {
    g_autofree char *text = zf_store_get_work_calendar_text (store, &error);
    g_assert_cmpstr (text, ==, "2026-10-01 休 国庆节\n2027-01-01 休 元旦\n2027-02-06 班 春节\n");
  }

  /* Reopened, it shows what is stored; closing without saving keeps it. */
  dialog = zf_preferences_dialog_new (NULL, store);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zf_preferences_dialog_set_value (dialog, "training_hours_min", 80);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();
  g_assert_null (dialog);
  zf_store_get_officer_settings (store, &settings);
  g_assert_cmpfloat (settings.training_hours_min, ==, 60);

  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

/* The print button prints the holder list the PDF export writes: same
 * rows, on A4, through GtkPrintOperation (here to a file, as the print
 * dialog's "Print to File" does). */
static void
test_print (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  ZfOfficersView *view;

  g_assert_no_error (error);
  make_holder (store);
  window = GTK_WINDOW (gtk_window_new ());
  view = g_object_new (ZF_TYPE_OFFICERS_VIEW, "store", store, NULL);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ui_test_settle ();

  operation = zf_officers_view_new_print_operation (view);
  text = ui_test_print_to_text (operation);
  g_assert_nonnull (strstr (text, "刘洋"));
  g_assert_nonnull (strstr (text, "42070109999"));
  g_assert_nonnull (strstr (text, "鄂城区农业农村局"));
  g_assert_nonnull (strstr (text, "Pages: 1"));
  g_assert_nonnull (strstr (text, "(A4)"));

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  ui_test_remove_database (dir, path);
}

/* What the window exports and prints is what its list shows: with "明"
 * in the search, the holder list holds the officers found, no one else. */
static void
test_filtered_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zf-ui-officers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ui.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "holders.pdf", NULL);
  g_autoptr(ZfStore) store = zf_store_open (path, &error);
  g_autoptr(ZfOfficer) first = NULL;
  g_autoptr(ZfOfficer) found = zf_officer_new ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *idn = officer_test_id_number ("19900512", 78);
  g_autofree char *printed = NULL, *exported = NULL;
  ZfCertificateCard card = { "42070109998", "湖北省人民政府", "2030-10-31", NULL, NULL };
  GObject *page;
  GtkWindow *window;
  ZfOfficersView *view;

  g_assert_no_error (error);
  first = zf_store_get_officer (store, make_holder (store), &error);
  g_assert_nonnull (first);
  g_object_set (found, "name", "明某", "id-number", idn, "body-id", zf_officer_get_body_id (first), NULL);
  zf_store_import_holder (store, found, &card, "2025-11-01", "鄂政发〔2025〕4号", &error);
  g_assert_no_error (error);

  view = open_view (store, &window);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  g_assert_cmpuint (g_list_model_get_n_items (zf_officers_view_get_model (view)), ==, 2);
  page = gtk_widget_get_template_child (GTK_WIDGET (view), ZF_TYPE_OFFICERS_VIEW, "page");
  gtk_editable_set_text (GTK_EDITABLE (zf_register_page_get_search_entry (ZF_REGISTER_PAGE (page))), "明");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (zf_officers_view_get_model (view)), ==, 1);

  operation = zf_officers_view_new_print_operation (view);
  printed = ui_test_print_to_text (operation);
  g_assert_nonnull (strstr (printed, "明某"));
  g_assert_nonnull (strstr (printed, "42070109998"));
  g_assert_null (strstr (printed, "刘洋"));
  g_assert_null (strstr (printed, "42070109999"));

  zf_officers_view_export_to (view, "officers.export-pdf", pdf);
  while (zf_officers_view_is_exporting (view))
    g_main_context_iteration (NULL, TRUE);
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &exported, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (exported, "明某"));
  g_assert_null (strstr (exported, "刘洋"));
  /* The message offers to open the file or its folder. */
  g_assert_cmpstr (zf_register_page_get_status_file (ZF_REGISTER_PAGE (page)), ==, pdf);
  {
    g_autofree char *shown = ui_test_shown_text (GTK_WIDGET (page));

    g_assert_nonnull (strstr (shown, "\nOpen\n"));
    g_assert_nonnull (strstr (shown, "\nOpen Folder\n"));
  }

  gtk_window_destroy (window);
  ui_test_settle ();
  g_assert_null (view);
  g_clear_object (&store);
  g_unlink (pdf);
  ui_test_remove_database (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* The build's translation, for LANGUAGE=zh_CN runs (screenshots). */
  zf_application_init_i18n ();
  g_test_add_func ("/ui/officers/assessment-suspension", test_assessment_suspension);
  g_test_add_func ("/ui/officers/officer-dialog", test_officer_dialog);
  g_test_add_func ("/ui/officers/event-choices", test_event_choices);
  g_test_add_func ("/ui/officers/body-search", test_body_search);
  g_test_add_func ("/ui/officers/officer-with-certificate", test_officer_with_certificate);
  g_test_add_func ("/ui/officers/preferences", test_preferences);
  g_test_add_func ("/ui/officers/print", test_print);
  g_test_add_func ("/ui/officers/filtered-export", test_filtered_export);
  return g_test_run ();
}
