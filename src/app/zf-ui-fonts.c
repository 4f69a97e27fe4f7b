#define G_LOG_DOMAIN "zhifa"

#include "config.h"

#include "zf-ui-fonts.h"

#include <fontconfig/fontconfig.h>

/* "append" puts the face right after the generic name it follows, before
 * the faces other configuration files add at the end of the list (the
 * brush face among them); weak binding, so a family the user named or a
 * language's own choice stays ahead of it. */
static const char plain_han_rules[] =
  "<?xml version=\"1.0\"?>\n"
  "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
  "<fontconfig>\n"
  "  <match target=\"pattern\">\n"
  "    <test qual=\"any\" name=\"family\"><string>sans-serif</string></test>\n"
  "    <edit name=\"family\" mode=\"append\" binding=\"weak\">"
  "<string>Noto Sans CJK SC</string></edit>\n"
  "  </match>\n"
  "  <match target=\"pattern\">\n"
  "    <test qual=\"any\" name=\"family\"><string>monospace</string></test>\n"
  "    <edit name=\"family\" mode=\"append\" binding=\"weak\">"
  "<string>Noto Sans Mono CJK SC</string></edit>\n"
  "  </match>\n"
  "</fontconfig>\n";

gboolean
zf_ui_fonts_prefer_plain_han (void)
{
  static gsize loaded = 0;
  static gboolean taken = FALSE;

  if (g_once_init_enter (&loaded))
    {
      FcConfig *config = FcConfigGetCurrent ();

      taken = config != NULL
              && FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) plain_han_rules, FcFalse);
      if (!taken)
        g_debug ("fontconfig did not take the interface's Han font rule");
      g_once_init_leave (&loaded, 1);
    }
  return taken;
}
