#pragma once

#include <sqlite3.h>
#include <glib.h>

#include "zf-check.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* Helpers shared by every test program (tests/meson.build: zf_test_util_dep). */

/* A new empty temporary directory, removed with its content at exit. */
char     *zf_test_tmp_dir          (void);
/* A path for a database file that does not exist yet, in zf_test_tmp_dir(). */
char     *zf_test_db_path          (const char  *name);
/* Removes a file and the -wal and -shm files SQLite derives from it. */
void      zf_test_remove_db        (const char  *path);

/* Switches the messages to Chinese from the build's .mo file. Fails the test
 * when that file is missing, so a test of translated output cannot pass in
 * English by accident. Call before anything is translated. */
void      zf_test_use_zh_CN        (void);

/* A second connection to the same file, for fixtures and independent
 * checks the store has no API for (yet). Foreign keys on; defines the SQL
 * functions the audit triggers call (operator "test-fixture"). */
sqlite3  *zf_test_sqlite_open      (const char  *path);
void      zf_test_sqlite_exec      (sqlite3     *db,
                                    const char  *sql);
gint64    zf_test_sqlite_int       (sqlite3     *db,
                                    const char  *sql);
char     *zf_test_sqlite_text      (sqlite3     *db,
                                    const char  *sql);

/* Synthetic identifiers with valid check characters (GB 32100, GB 11643),
 * unique for each @n. */
char     *zf_test_credit_code      (guint        n);
char     *zf_test_id_number        (guint        n,
                                    gboolean     male);

/* The outcome of a rule that refuses: @expected is the ZF_ERROR code it
 * must set, or -1 when it must accept (@ok TRUE, no error). @what names
 * the case in the failure message. */
void      zf_test_assert_refusal   (const char   *what,
                                    gboolean      ok,
                                    const GError *error,
                                    int           expected);

/* Saves an administrative organ called @name with credit code @n; returns
 * its id. */
gint64    zf_test_add_body         (ZfStore     *store,
                                    const char  *name,
                                    guint        n);

/* A ZfCheckFunc that appends each finding of a check run to @lines (a
 * GPtrArray of strings) as one line: family, rule, severity, proposal,
 * subject and message, for comparing two runs. */
gboolean  zf_test_collect_check_line (const ZfCheckItem *item,
                                      gpointer           lines);

G_END_DECLS
