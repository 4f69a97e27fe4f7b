#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Names in the order a Chinese reader looks for them: the "zh" collation
 * of ICU (pinyin, then strokes for characters that read alike), digits
 * compared as numbers so that 〔2025〕15号 comes before 〔2025〕104号.
 *
 * In SQL, on every connection of a ZfStore:
 *   ORDER BY name COLLATE pinyin
 *   pinyin_key (name)   the ICU sort key of @name as a BLOB (NULL for
 *                       NULL): memcmp order of keys is the collation's
 *                       order, so lists sorted in memory compare bytes.
 *   pinyin_key_version ()  the collator's version, to which the keys
 *                       stored in body.name_key and officer.name_key
 *                       belong (setting pinyin_key_version). */
#define ZF_COLLATION_NAME "pinyin"

gboolean zf_collation_register (sqlite3    *db,
                                GError    **error);

/* The collation's order of two UTF-8 texts (<0, 0, >0): for code outside
 * SQL and for tests. */
int      zf_collation_compare  (const char *a,
                                const char *b);

G_END_DECLS
