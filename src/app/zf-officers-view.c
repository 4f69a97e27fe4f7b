#define G_LOG_DOMAIN "zf-officers-view"

#include "config.h"

#include "zf-officers-view.h"

/* The page of the main window for this register. Its content comes with the
 * register's own branch; until then it says what the page is for. */
struct _ZfOfficersView
{
  GtkWidget  parent_instance;

  ZfStore   *store;
};

G_DEFINE_FINAL_TYPE (ZfOfficersView, zf_officers_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zf_officers_view_dispose (GObject *object)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZF_TYPE_OFFICERS_VIEW);
  /* Only bound template children are unparented by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zf_officers_view_parent_class)->dispose (object);
}

static void
zf_officers_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_officers_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZfOfficersView *self = ZF_OFFICERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zf_officers_view_class_init (ZfOfficersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zf_officers_view_dispose;
  object_class->get_property = zf_officers_view_get_property;
  object_class->set_property = zf_officers_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ZF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/zhifa/Zhifa/ui/zf-officers-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zf_officers_view_init (ZfOfficersView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
