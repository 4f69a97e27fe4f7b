#define G_LOG_DOMAIN "zf-store"

#include "config.h"

#include <string.h>

#include "zf-store-private.h"

/* The UUIDs and row times of new rows in a bulk write (an import): drawn
 * and formatted once instead of by SQLite for each column of each row. */

typedef struct
{
  guint8  *uuids;        /* reserved UUIDs, 16 bytes each, nearly ascending */
  guint    n_uuids;
  guint    next_uuid;
  gint64   row_second;   /* the second row_time names, -1 none */
  char     row_time[32];
} RowStamps;

static void
row_stamps_free (gpointer data)
{
  RowStamps *stamps = data;

  g_free (stamps->uuids);
  g_free (stamps);
}

static GQuark
row_stamps_quark (void)
{
  return g_quark_from_static_string ("zf-row-stamps");
}

static RowStamps *
row_stamps (ZfStore *self)
{
  return g_object_get_qdata (G_OBJECT (self), row_stamps_quark ());
}

void
zf_store_set_row_stamps (ZfStore  *self,
                         gboolean  on)
{
  RowStamps *stamps = NULL;

  g_return_if_fail (ZF_IS_STORE (self));

  if (on)
    {
      stamps = g_new0 (RowStamps, 1);
      stamps->row_second = -1;
    }
  g_object_set_qdata_full (G_OBJECT (self), row_stamps_quark (), stamps, row_stamps_free);
}

/* A random (version 4) UUID's 16 bytes from @rand, which a bulk write
 * draws in one go and hands out sorted (reserve_uuids()). */
static void
uuid_fill_v4 (GRand  *rand,
              guint8  bytes[16])
{
  for (guint i = 0; i < 16; i += 4)
    {
      guint32 r = g_rand_int (rand);

      memcpy (bytes + i, &r, sizeof r);
    }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;   /* version 4 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80;   /* RFC 4122 variant */
}

/* The text form g_uuid_string_random() gives, written without allocating:
 * an officers import makes four per row. */
static void
uuid_format (const guint8 bytes[16],
             char         uuid[ZF_UUID_SIZE])
{
  static const char hex[] = "0123456789abcdef";
  char *p = uuid;

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *p++ = '-';
      *p++ = hex[bytes[i] >> 4];
      *p++ = hex[bytes[i] & 0x0f];
    }
  *p = '\0';
}

/* Random version 4 UUIDs for @n rows, handed out in ascending order of
 * their first two bytes (a counting sort): a new row's key then lands
 * where the previous one did in each UNIQUE (uuid) index, instead of on a
 * random page of an index growing past the cache. As a set they are as
 * random as any; only the order they are given in follows them. */
static void
reserve_uuids (RowStamps *bulk,
               guint      n)
{
  g_autoptr(GRand) rand = g_rand_new ();
  g_autofree guint8 *drawn = g_new (guint8, (gsize) n * 16);
  g_autofree guint *next = g_new0 (guint, 65536);
  guint total = 0;

  for (guint i = 0; i < n; i++)
    {
      guint8 *u = drawn + (gsize) i * 16;

      uuid_fill_v4 (rand, u);
      next[(u[0] << 8) | u[1]]++;
    }
  for (guint k = 0; k < 65536; k++)
    {
      guint count = next[k];

      next[k] = total;
      total += count;
    }
  g_free (bulk->uuids);
  bulk->uuids = g_new (guint8, (gsize) n * 16);
  for (guint i = 0; i < n; i++)
    {
      const guint8 *u = drawn + (gsize) i * 16;

      memcpy (bulk->uuids + (gsize) next[(u[0] << 8) | u[1]]++ * 16, u, 16);
    }
  bulk->n_uuids = n;
  bulk->next_uuid = 0;
}

void
zf_store_reserve_uuids (ZfStore *self,
                        guint    n)
{
  RowStamps *stamps = row_stamps (self);

  g_return_if_fail (stamps != NULL);
  reserve_uuids (stamps, n);
}

const char *
zf_store_row_time (ZfStore *self)
{
  RowStamps *bulk = row_stamps (self);
  gint64 second;

  if (bulk == NULL)
    return NULL;
  second = g_get_real_time () / G_USEC_PER_SEC;
  if (second != bulk->row_second)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (second);
      g_autofree char *text = now ? g_date_time_format (now, "%Y-%m-%dT%H:%M:%S") : NULL;

      if (text == NULL)
        return NULL;
      g_strlcpy (bulk->row_time, text, sizeof bulk->row_time);
      bulk->row_second = second;
    }
  return bulk->row_time;
}

void
zf_store_next_uuid (ZfStore *self,
                    char     uuid[ZF_UUID_SIZE])
{
  RowStamps *bulk = row_stamps (self);

  if (bulk != NULL && bulk->next_uuid < bulk->n_uuids)
    uuid_format (bulk->uuids + (gsize) bulk->next_uuid++ * 16, uuid);
  else
    {
      g_autofree char *random = g_uuid_string_random ();

      g_strlcpy (uuid, random, ZF_UUID_SIZE);
    }
}
