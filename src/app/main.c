#define G_LOG_DOMAIN "zhifa"

#include "config.h"

#include "zf-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZfApplication) app = NULL;

  zf_application_init_i18n ();
  app = zf_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
