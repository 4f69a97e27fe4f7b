#pragma once

#include "zf-store.h"
#include "zf-test-util.h"

G_BEGIN_DECLS

/* Synthetic test data: generated names (codes and ID numbers come from
 * zf-test-util.h). No real person or organization. */
char    *fixture_person_name (guint        n);
char    *fixture_body_name   (guint        n);

/* A zip written entry by entry: @entries alternates path and content,
 * NULL-terminated. For workbooks libxlsxwriter cannot write (1904 dates,
 * phonetic runs, error cells). */
void     fixture_write_zip   (const char        *path,
                              const char *const *entries);

/* A fresh database in a folder of its own under zf_test_tmp_dir(), which
 * is removed at exit; free @dir with g_free. */
ZfStore *fixture_store       (char             **dir);
char    *fixture_path        (const char        *dir,
                              const char        *name);

G_END_DECLS
