#define G_LOG_DOMAIN "zhifa"

#include "config.h"

#include "zf-application.h"
#include "zf-renderer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZfApplication) app = NULL;

  zf_renderer_choose ();
  zf_application_init_i18n ();
  app = zf_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
