#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* Who works with the register: the unit that keeps it (制表单位 /
 * 监督机构: name, level, administrative division code) and the user's own
 * name. Documents print the unit; draws, evaluations and the audit log name
 * the user. Stored as text settings (ZF_SETTING_*), shared by app and CLI. */

typedef struct
{
  const char *key;    /* ZF_SETTING_* */
  const char *label;  /* msgid */
} ZfUnitSetting;

/* The settings, in the order the settings page and the CLI show them. */
const ZfUnitSetting *zf_unit_settings_list     (guint       *n_settings);

/* Checks @value for @key and gives the form to store in @normalized
 * (trimmed; a level as its code, given the code or its label). A blank
 * value clears the setting. An unknown key or a bad value is
 * ZF_ERROR_INVALID with a message naming the key and what is wanted. */
gboolean             zf_unit_setting_check     (const char  *key,
                                                const char  *value,
                                                char       **normalized,
                                                GError     **error);
/* Checks, then stores. */
gboolean             zf_unit_setting_set       (ZfStore     *store,
                                                const char  *key,
                                                const char  *value,
                                                GError     **error);
/* The value as people read it (a level's label), or NULL when unset. */
char                *zf_unit_setting_display   (ZfStore     *store,
                                                const char  *key);
/* TRUE until the unit's name is set: the app's first start asks for it. */
gboolean             zf_unit_settings_missing  (ZfStore     *store);

G_END_DECLS
