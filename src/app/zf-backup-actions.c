#define G_LOG_DOMAIN "zf-backup-actions"

#include "config.h"

#include "zf-backup-actions.h"
#include "zf-backup.h"
#include "zf-i18n.h"

enum
{
  RESPONSE_RESTORE = 1,
};

static void
destroy_on_response (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
tell (GtkApplication *app,
      GtkMessageType  type,
      const char     *title,
      const char     *detail)
{
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL |
                                              GTK_DIALOG_DESTROY_WITH_PARENT,
                                              type, GTK_BUTTONS_CLOSE, "%s", title);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_window_set_application (GTK_WINDOW (dialog), app);
  g_signal_connect (dialog, "response", G_CALLBACK (destroy_on_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── Back up ─────────────────────────────────────────────────────────── */

static void
on_backup_chosen (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  ZfApplication *app = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (!zf_backup_to_file (zf_application_get_store (app), path, &error))
    tell (GTK_APPLICATION (app), GTK_MESSAGE_ERROR, _("The backup failed"), error->message);
  else
    {
      g_autofree char *detail = g_strdup_printf (_("Backup written to %s"), path);
      tell (GTK_APPLICATION (app), GTK_MESSAGE_INFO, _("Backup complete"), detail);
    }
}

static void
on_backup (GSimpleAction *action,
           GVariant      *param,
           gpointer       user_data)
{
  ZfApplication *app = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "zhifa-backup-%Y-%m-%d.db");
  GtkFileChooserNative *chooser;

  if (zf_application_get_store (app) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Back Up the Register"),
                                         gtk_application_get_active_window (GTK_APPLICATION (app)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Back Up"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_chosen), app);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ── Restore ─────────────────────────────────────────────────────────── */

static void
on_restore_confirmed (GtkDialog *dialog,
                      int        response,
                      gpointer   user_data)
{
  ZfApplication *app = g_object_get_data (G_OBJECT (dialog), "app");
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  if (response == RESPONSE_RESTORE)
    {
      kept = zf_backup_restore (zf_application_get_store (app), backup, &error);
      if (kept == NULL)
        tell (GTK_APPLICATION (app), GTK_MESSAGE_ERROR, _("Nothing was restored"), error->message);
      else
        {
          g_autofree char *detail = g_strdup_printf (_("The register now holds the data of %s.\n"
                                                       "The previous data was kept as %s."),
                                                     backup, kept);
          tell (GTK_APPLICATION (app), GTK_MESSAGE_INFO, _("Backup restored"), detail);
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_restore_chosen (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  ZfApplication *app = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  /* Checked before asking, so that nobody confirms a file that cannot be used. */
  if (!zf_backup_verify (path, &error))
    {
      tell (GTK_APPLICATION (app), GTK_MESSAGE_ERROR, _("Nothing was restored"), error->message);
      return;
    }

  dialog = gtk_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (app)),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("Replace the register with this backup?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Everything in the register is replaced by the "
                                              "contents of %s. The current data is kept as a "
                                              "backup first."), path);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Restore"), RESPONSE_RESTORE, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data (G_OBJECT (dialog), "app", app);
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_steal_pointer (&path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_restore_confirmed), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restore (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  ZfApplication *app = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (zf_application_get_store (app) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Restore a Backup"),
                                         gtk_application_get_active_window (GTK_APPLICATION (app)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Zhifa databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  {
    g_autofree char *dir = zf_backup_dir_for (zf_store_get_path (zf_application_get_store (app)));
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    if (g_file_query_exists (folder, NULL))
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_restore_chosen), app);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
zf_backup_actions_install (ZfApplication *app)
{
  static const GActionEntry entries[] = {
    { .name = "backup", .activate = on_backup },
    { .name = "restore", .activate = on_restore },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
}

/* ── A damaged register at start ─────────────────────────────────────── */

static void
on_damaged_response (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  ZfApplication *app = ZF_APPLICATION (user_data);
  const char *db_path = g_object_get_data (G_OBJECT (dialog), "db-path");
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  if (response == RESPONSE_RESTORE)
    kept = zf_backup_restore_file (db_path, backup, &error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (kept != NULL)
    g_application_activate (G_APPLICATION (app));
  else if (error != NULL)
    tell (GTK_APPLICATION (app), GTK_MESSAGE_ERROR, _("Nothing was restored"), error->message);
  g_application_release (G_APPLICATION (app));
}

void
zf_backup_actions_offer_restore (ZfApplication *app,
                                 const char    *db_path,
                                 const GError  *error)
{
  g_autofree char *good = zf_backup_latest_good (db_path);
  g_autoptr(GString) detail = g_string_new (error->message);
  GtkWidget *dialog;

  g_string_append (detail, "\n\n");
  g_string_append (detail, _("The file was not changed."));
  if (good != NULL)
    {
      g_string_append (detail, " ");
      g_string_append_printf (detail, _("The latest good backup is %s. Restoring it keeps the "
                                        "damaged file beside the backups."), good);
    }
  else
    {
      g_string_append (detail, " ");
      g_string_append (detail, _("No good backup was found beside it. Keep a copy of the file "
                                 "and restore a backup from another place with "
                                 "“zhifa-cli restore FILE”."));
    }

  /* Held until the user answers: there is no window yet. */
  g_application_hold (G_APPLICATION (app));
  dialog = gtk_message_dialog_new (NULL, 0, GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE,
                                   _("The register is damaged"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail->str);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Quit"), GTK_RESPONSE_CLOSE);
  if (good != NULL)
    gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Restore the Backup"), RESPONSE_RESTORE);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Zhifa"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (app));
  g_object_set_data_full (G_OBJECT (dialog), "db-path", g_strdup (db_path), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_steal_pointer (&good), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_damaged_response), app, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
