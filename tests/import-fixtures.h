#pragma once

#include "zf-import.h"
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

/* The GTest fixture of the import tests: a fresh database (fixture_store()). */
typedef struct
{
  char    *dir;
  ZfStore *store;
} Fixture;

void     fixture_set_up      (Fixture           *f,
                              gconstpointer      data);
void     fixture_tear_down   (Fixture           *f,
                              gconstpointer      data);
char    *fixture_path        (const char        *dir,
                              const char        *name);

/* Commits @import and checks the import's promise, that what the preview
 * accepts is exactly what the commit stores: the commit succeeds; the
 * register's table grew by the new rows; planned again, every accepted
 * row (new, update, unchanged) is unchanged — each value it carries is
 * stored as planned — an updated or unchanged row still matching its
 * record, each new row a record of its own (the further rows of a record
 * over several rows, an evaluation's lines, that record). */
void     fixture_commit_checked (ZfImport   *import);

/* The first column of the first row of @sql in @store's database. */
gint64   fixture_db_int      (ZfStore           *store,
                              const char        *sql);
/* @path read into register @reg (its name) and planned, without errors. */
ZfImport *fixture_plan_file  (ZfStore           *store,
                              const char        *reg,
                              const char        *path);
/* The planned row of the sheet's row @excel_row. */
const ZfImportRow *fixture_row_at (ZfImport     *import,
                                   guint         excel_row);
/* A refused row names its column, and its reason says @part. */
void     fixture_assert_refused (ZfImport       *import,
                                 guint           excel_row,
                                 const char     *column,
                                 const char     *part);

G_END_DECLS
