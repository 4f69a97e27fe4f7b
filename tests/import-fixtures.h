#pragma once

#include "zf-store.h"

G_BEGIN_DECLS

/* Synthetic test data: generated names, codes with valid check characters.
 * No real person or organization. */
char    *fixture_credit_code (guint        n);
char    *fixture_id_number   (guint        n,
                              gboolean     male);
char    *fixture_person_name (guint        n);
char    *fixture_body_name   (guint        n);

/* A zip written entry by entry: @entries alternates path and content,
 * NULL-terminated. For workbooks libxlsxwriter cannot write (1904 dates,
 * phonetic runs, error cells). */
void     fixture_write_zip   (const char        *path,
                              const char *const *entries);

/* A fresh database in a temporary folder (removed by fixture_cleanup). */
ZfStore *fixture_store       (char             **dir);
void     fixture_cleanup     (char              *dir);
char    *fixture_path        (const char        *dir,
                              const char        *name);

G_END_DECLS
