#define G_LOG_DOMAIN "zf-collation"

#include "config.h"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include "zf-collation.h"
#include "zf-error.h"
#include "zf-i18n.h"

/* A UCollator is not safe to share between threads, and a connection is
 * used by one thread at a time: each connection owns its collator. */

static UCollator *
open_collator (UErrorCode *status)
{
  UCollator *collator = ucol_open ("zh", status);

  if (U_FAILURE (*status))
    return NULL;
  ucol_setAttribute (collator, UCOL_NUMERIC_COLLATION, UCOL_ON, status);
  if (U_FAILURE (*status))
    g_clear_pointer (&collator, ucol_close);
  return collator;
}

static int
compare_utf8 (UCollator  *collator,
              const char *a,
              int         len_a,
              const char *b,
              int         len_b)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result = ucol_strcollUTF8 (collator, a, len_a, b, len_b, &status);

  if (U_FAILURE (status))
    {
      /* Invalid UTF-8 cannot come from the store's own writes; byte order
       * keeps the sort total all the same. */
      int c = memcmp (a, b, MIN (len_a, len_b));
      return c != 0 ? c : len_a - len_b;
    }
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

static int
sql_compare (void       *data,
             int         len_a,
             const void *a,
             int         len_b,
             const void *b)
{
  return compare_utf8 (data, a, len_a, b, len_b);
}

static void
close_collator (void *data)
{
  ucol_close (data);
}

/* pinyin_key()'s state: a list of 100,000 officers asks for the key of
 * the same few hundred body names again and again, so the last keys of
 * texts are kept, one per hash slot. */
#define KEY_CACHE_SLOTS 512

typedef struct
{
  UCollator *collator;
  char      *text[KEY_CACHE_SLOTS];
  GBytes    *key[KEY_CACHE_SLOTS];
} KeyFunction;

static void
key_function_free (void *data)
{
  KeyFunction *self = data;

  ucol_close (self->collator);
  for (guint i = 0; i < KEY_CACHE_SLOTS; i++)
    {
      g_free (self->text[i]);
      g_clear_pointer (&self->key[i], g_bytes_unref);
    }
  g_free (self);
}

static void
sql_sort_key (sqlite3_context *context,
              int              argc,
              sqlite3_value  **argv)
{
  KeyFunction *self = sqlite3_user_data (context);
  UCollator *collator = self->collator;
  guint slot;
  const char *text;
  int len;
  UErrorCode status = U_ZERO_ERROR;
  UChar stack_utf16[256];
  g_autofree UChar *heap_utf16 = NULL;
  UChar *utf16 = stack_utf16;
  int32_t len16 = 0;
  uint8_t stack_key[512];
  g_autofree uint8_t *heap_key = NULL;
  uint8_t *key = stack_key;
  int32_t key_len;

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  text = (const char *) sqlite3_value_text (argv[0]);
  len = sqlite3_value_bytes (argv[0]);
  slot = g_str_hash (text) % KEY_CACHE_SLOTS;
  if (self->text[slot] != NULL && strcmp (self->text[slot], text) == 0)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (self->key[slot], &size);

      sqlite3_result_blob (context, data, size, SQLITE_TRANSIENT);
      return;
    }

  u_strFromUTF8Lenient (utf16, G_N_ELEMENTS (stack_utf16), &len16, text, len, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      status = U_ZERO_ERROR;
      utf16 = heap_utf16 = g_new (UChar, len16 + 1);
      u_strFromUTF8Lenient (utf16, len16 + 1, &len16, text, len, &status);
    }
  if (U_FAILURE (status))
    {
      sqlite3_result_error (context, "pinyin_key: cannot read the text", -1);
      return;
    }

  key_len = ucol_getSortKey (collator, utf16, len16, key, sizeof stack_key);
  if (key_len > (int32_t) sizeof stack_key)
    {
      key = heap_key = g_malloc (key_len);
      key_len = ucol_getSortKey (collator, utf16, len16, key, key_len);
    }
  if (key_len <= 0)
    {
      sqlite3_result_error (context, "pinyin_key: no sort key", -1);
      return;
    }
  /* The key ends in its only zero byte, left out: readers that take the
   * column as text see the same bytes. */
  sqlite3_result_blob (context, key, key_len - 1, SQLITE_TRANSIENT);
  g_free (self->text[slot]);
  g_clear_pointer (&self->key[slot], g_bytes_unref);
  self->text[slot] = g_strndup (text, len);
  self->key[slot] = g_bytes_new (key, key_len - 1);
}

/* pinyin_key_version (): the collator's version, which names the keys
 * made by pinyin_key (): ICU changes them between versions (a new
 * Unicode, new tailoring), and stored keys of two versions would not
 * compare. */
static void
sql_key_version (sqlite3_context *context,
                 int              argc,
                 sqlite3_value  **argv)
{
  KeyFunction *self = sqlite3_user_data (context);
  UVersionInfo version;
  char text[U_MAX_VERSION_STRING_LENGTH];

  ucol_getVersion (self->collator, version);
  u_versionToString (version, text);
  sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
}

gboolean
zf_collation_register (sqlite3  *db,
                       GError  **error)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollator *for_compare = open_collator (&status);
  UCollator *for_keys = for_compare ? open_collator (&status) : NULL;
  KeyFunction *key_function = NULL;

  g_return_val_if_fail (db != NULL, FALSE);

  if (for_compare == NULL || for_keys == NULL)
    {
      g_clear_pointer (&for_compare, ucol_close);
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Cannot load the Chinese sort order (ICU): %s"), u_errorName (status));
      return FALSE;
    }
  /* A failed sqlite3_create_collation_v2() leaves its collator to us; a
   * failed sqlite3_create_function_v2() closes its own. */
  if (sqlite3_create_collation_v2 (db, ZF_COLLATION_NAME, SQLITE_UTF8, for_compare,
                                   sql_compare, close_collator) != SQLITE_OK)
    {
      ucol_close (for_compare);
      g_clear_pointer (&for_keys, ucol_close);
    }
  if (for_keys != NULL)
    {
      key_function = g_new0 (KeyFunction, 1);
      key_function->collator = for_keys;
    }
  if (key_function == NULL ||
      sqlite3_create_function_v2 (db, "pinyin_key", 1,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC, key_function,
                                  sql_sort_key, NULL, NULL, key_function_free) != SQLITE_OK ||
      sqlite3_create_function_v2 (db, "pinyin_key_version", 0, SQLITE_UTF8, key_function,
                                  sql_key_version, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, ZF_ERROR, ZF_ERROR_DATABASE,
                   _("Cannot load the Chinese sort order (ICU): %s"), sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

int
zf_collation_compare (const char *a,
                      const char *b)
{
  static UCollator *collator;
  static GMutex lock;
  int result;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  g_mutex_lock (&lock);
  if (collator == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;
      collator = open_collator (&status);
    }
  result = collator ? compare_utf8 (collator, a, strlen (a), b, strlen (b)) : strcmp (a, b);
  g_mutex_unlock (&lock);
  return result;
}
