#define G_LOG_DOMAIN "zf-application"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "zf-application.h"
#include "zf-backup-actions.h"
#include "zf-error.h"
#include "zf-store-startup.h"
#include "zf-bench.h"
#include "zf-ui-fonts.h"
#include "zf-window.h"

struct _ZfApplication
{
  GtkApplication  parent_instance;

  char           *database;
  ZfStore        *store;
  /* Once per store: a second window of the same store is not checked again. */
  gboolean        check_started;
};

G_DEFINE_FINAL_TYPE (ZfApplication, zf_application, GTK_TYPE_APPLICATION)

void
zf_application_init_i18n (void)
{
  g_autofree char *build_mo = NULL;
  const char *dir = LOCALEDIR;

  setlocale (LC_ALL, "");
  /* Any translation present in the build tree means we run uninstalled. */
  build_mo = g_build_filename (BUILD_LOCALEDIR, "zh_CN", "LC_MESSAGES",
                               GETTEXT_PACKAGE ".mo", NULL);
  if (g_file_test (build_mo, G_FILE_TEST_EXISTS))
    dir = BUILD_LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

ZfStore *
zf_application_get_store (ZfApplication *self)
{
  g_return_val_if_fail (ZF_IS_APPLICATION (self), NULL);
  return self->store;
}

static void
on_open_failed_response (GtkDialog *dialog,
                         int        response,
                         gpointer   user_data)
{
  GApplication *app = user_data;

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_application_release (app);
}

/* Without a database there is nothing to show: say why in the user's
 * language and quit once it has been read. */
static void
show_open_error (ZfApplication *self,
                 const char    *path,
                 const GError  *error)
{
  GtkWidget *dialog;

  g_application_hold (G_APPLICATION (self));
  dialog = gtk_message_dialog_new (NULL, 0, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("The database cannot be opened"));
  /* Most messages of the store name the file already. */
  if (strstr (error->message, path) != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              _("%s\n\nFile: %s"), error->message, path);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Zhifa"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_failed_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_open_error (ZfApplication *self,
                   const char    *path,
                   const GError  *error)
{
  if (g_error_matches (error, ZF_ERROR, ZF_ERROR_DAMAGED))
    zf_backup_actions_offer_restore (self, path, error);
  else
    show_open_error (self, path, error);
}

static void
on_store_checked (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(ZfApplication) self = user_data;
  ZfStore *store = ZF_STORE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) backup_error = NULL;
  g_autofree char *path = g_strdup (zf_store_get_path (store));

  if (zf_store_check_at_start_finish (store, result, NULL, &backup_error, &error))
    {
      if (backup_error != NULL)
        g_message ("Today's automatic backup failed: %s", backup_error->message);
      return;
    }

  /* The windows go first: they hold the store, which has written nothing
   * and must be closed before the file can be restored. */
  {
    g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

    /* Kept alive while it has no window. */
    g_application_hold (G_APPLICATION (self));
    for (GList *l = windows; l != NULL; l = l->next)
      if (ZF_IS_WINDOW (l->data) && zf_window_get_store (l->data) == store)
        gtk_window_destroy (l->data);
    if (self->store == store)
      {
        g_clear_object (&self->store);
        self->check_started = FALSE;
      }
    report_open_error (self, path, error);
    g_application_release (G_APPLICATION (self));
  }
}

/* The quick check reads the whole file: started once the window has shown
 * its first frame, on a thread, it delays nothing the user sees. */
static void
on_first_frame (GdkFrameClock *clock,
                ZfApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  if (self->store != NULL && !self->check_started)
    {
      self->check_started = TRUE;
      zf_store_check_at_start_async (self->store, NULL, on_store_checked, g_object_ref (self));
    }
}

static void
start_check_after_first_frame (ZfApplication *self,
                               GtkWidget     *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame), self, 0);
}

static void
present_window (ZfApplication *self)
{
  GtkWindow *window = GTK_WINDOW (zf_window_new (GTK_APPLICATION (self), self->store));

  zf_bench_attach (window);
  g_signal_connect_object (window, "map", G_CALLBACK (start_check_after_first_frame), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_window_present (window);
  /* A benchmark measures the window, not a first day. */
  if (g_getenv ("ZHIFA_BENCH") == NULL)
    zf_window_welcome (ZF_WINDOW (window));
}

static gboolean
pulse (GtkWidget     *bar,
       GdkFrameClock *clock,
       gpointer       user_data)
{
  /* About ten steps a second. */
  if (gdk_frame_clock_get_frame_counter (clock) % 6 == 0)
    gtk_progress_bar_pulse (GTK_PROGRESS_BAR (bar));
  return G_SOURCE_CONTINUE;
}

/* What shows while a register is checked and upgraded on a thread: the
 * program has started, and why it takes a while. */
static GtkWidget *
new_opening_window (ZfApplication *self,
                    const char    *path)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Opening the register…"));
  GtkWidget *text = gtk_label_new (_("Zhifa checks the register before it opens it, and "
                                     "brings it up to date after an update of Zhifa, keeping "
                                     "a copy of it as it was. For a large register this can "
                                     "take a minute."));
  GtkWidget *file = gtk_label_new (path);
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Zhifa"));
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  /* Closing it would not stop the work; the main window follows it. */
  gtk_window_set_deletable (GTK_WINDOW (window), FALSE);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 460, -1);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_add_css_class (heading, "detail-title");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 50);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (file), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (file), 0);
  gtk_widget_add_css_class (file, "dim-label");
  gtk_widget_add_tick_callback (bar, pulse, NULL, NULL);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), file);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_window_set_child (GTK_WINDOW (window), box);
  return window;
}

typedef struct
{
  ZfApplication *self;
  GtkWidget     *opening;
  char          *path;
} Opening;

static void
on_store_opened (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Opening *opening = user_data;
  ZfApplication *self = opening->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) backup_error = NULL;
  ZfStore *store = zf_store_open_at_start_finish (result, &backup_error, &error);

  if (backup_error != NULL)
    g_message ("Today's automatic backup failed: %s", backup_error->message);
  if (store == NULL)
    report_open_error (self, opening->path, error);
  else
    {
      self->store = store;
      /* Checked on the thread already. */
      self->check_started = TRUE;
      present_window (self);
    }
  gtk_window_destroy (GTK_WINDOW (opening->opening));
  g_application_release (G_APPLICATION (self));
  g_object_unref (self);
  g_free (opening->path);
  g_free (opening);
}

static void
zf_application_activate (GApplication *app)
{
  ZfApplication *self = ZF_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = zf_store_resolve_path (self->database);

      /* A register to check and perhaps upgrade first opens on a thread,
       * with a window that says so; the window's own comes after. */
      if (!zf_store_opens_at_once (path))
        {
          Opening *opening = g_new0 (Opening, 1);

          opening->self = g_object_ref (self);
          opening->path = g_strdup (path);
          opening->opening = new_opening_window (self, path);
          g_application_hold (app);
          gtk_window_present (GTK_WINDOW (opening->opening));
          zf_store_open_at_start_async (path, NULL, on_store_opened, opening);
          return;
        }
      /* The same start as zhifa-cli's, quick check and the day's backup,
       * except that the check of a sound-looking file waits for the
       * window's first frame (see start_check_after_first_frame()). */
      self->store = zf_store_open_for_window (path, &error);
      if (self->store == NULL)
        {
          report_open_error (self, path, error);
          return;
        }
    }

  present_window (self);
}

static int
zf_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ZfApplication *self = ZF_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      g_free (self->database);
      self->database = g_file_get_path (file);
      /* Another register opens in a window of its own program; without
       * --database a second start brings the first window forward. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  return -1;
}

static void
zf_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (zf_application_parent_class)->startup (app);
  zf_ui_fonts_prefer_plain_han ();

  /* Plain GTK (no libadwaita) does not load the application's style.css. */
  gtk_css_provider_load_from_resource (css, "/cn/zhifa/Zhifa/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APP_ID);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
}

static void
on_quit (GSimpleAction *action,
         GVariant      *param,
         gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing the windows (not g_application_quit) lets each save its state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
on_about (GSimpleAction *action,
          GVariant      *param,
          gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *authors[] = { "The Zhifa developers", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Zhifa"),
                         "comments", _("Registers of administrative law enforcement"),
                         "version", PACKAGE_VERSION,
                         "logo-icon-name", APP_ID,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = on_quit },
  { .name = "about", .activate = on_about },
};

static void
zf_application_finalize (GObject *object)
{
  ZfApplication *self = ZF_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->database, g_free);
  G_OBJECT_CLASS (zf_application_parent_class)->finalize (object);
}

static void
zf_application_class_init (ZfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = zf_application_finalize;
  app_class->activate = zf_application_activate;
  app_class->startup = zf_application_startup;
  app_class->handle_local_options = zf_application_handle_local_options;
}

static void
zf_application_init (ZfApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database at PATH instead of $ZHIFA_DB or the default"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  zf_backup_actions_install (self);
}

ZfApplication *
zf_application_new (void)
{
  /* Unique: a second start activates the first instance, which presents
   * its window. --database makes the instance non-unique, so that two
   * registers may be open side by side. */
  return g_object_new (ZF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}
