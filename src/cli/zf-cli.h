#pragma once

#include "zf-store.h"
#include "zf-table.h"

G_BEGIN_DECLS

/* What every command gets: the global options and a way to open the store. */
typedef struct
{
  const char *database;   /* --database, or NULL */
  gboolean    quiet;
} ZfCliContext;

/* A command: argv[0] is the last word of the command name, its own options follow. Returns
 * the exit status: 0 success, 1 failure (message already on stderr). */
typedef int (*ZfCliFunc) (ZfCliContext *ctx,
                          int           argc,
                          char        **argv);

typedef struct
{
  const char *name;
  const char *args;       /* usage after the name, untranslated syntax */
  const char *summary;    /* msgid */
  ZfCliFunc   func;
} ZfCliCommand;

/* What every command shares (zf-cli.c). */

/* Opens the store as a program start does: quick check (a damaged file is
 * explained with the backup to restore), then the day's automatic backup. */
ZfStore *zf_cli_open_store (ZfCliContext *ctx);
/* For a command that only reads: a file that needs no migration opens
 * refusing writes, without the check and the backup (see
 * zf_store_try_open_to_read()); any other as zf_cli_open_store(). */
ZfStore *zf_cli_open_store_to_read (ZfCliContext *ctx);
/* Prints @error's message and frees it; returns 1, a command's exit
 * status on failure. */
int      zf_cli_fail       (GError       *error);
/* Parses a command's options (@entries may be NULL), then wants between
 * @min_args and @max_args arguments, which @parameter names in --help:
 * FALSE (message printed) on an error, a stray argument or too few. */
gboolean zf_cli_parse_arguments (int            *argc,
                                 char         ***argv,
                                 GOptionEntry   *entries,
                                 const char     *parameter,
                                 const char     *summary,
                                 int             min_args,
                                 int             max_args);
/* The same for a command that takes options only. */
gboolean zf_cli_parse_options (int            *argc,
                               char         ***argv,
                               GOptionEntry   *entries,
                               const char     *summary);
/* Reads a row's id given on the command line: digits only, above 0;
 * FALSE (message printed) for anything else. */
gboolean zf_cli_parse_id      (const char     *text,
                               gint64         *id);

/* Prints @table's title, then its headers and rows separated by tabs. */
void     zf_cli_print_table   (ZfTable        *table);

/* Command groups, one file each. */
int zf_cli_init   (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_demo   (ZfCliContext *ctx, int argc, char **argv);
/* zhifa-cli check (zf-cli-check.c) */
int zf_cli_check  (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_export_bodies (ZfCliContext *ctx, int argc, char **argv);
/* Backups (zf-cli-backup.c). */
int zf_cli_backup  (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_restore (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_backups (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_bodies_set_domain (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_bodies_training (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_bodies_training_list (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_bodies_training_delete (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_export_officers (ZfCliContext *ctx, int argc, char **argv);
/* officers event add (zf-cli-officers.c) */
int zf_cli_officers (ZfCliContext *ctx, int argc, char **argv);
/* The unit and the user (zf-cli-settings.c). */
int zf_cli_settings (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_cases  (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_export_cases (ZfCliContext *ctx, int argc, char **argv);
/* Exit status 2 when some rows were refused (the others were stored). */
int zf_cli_import (ZfCliContext *ctx, int argc, char **argv);

/* Checklists (zf-cli-checklists.c) */
int zf_cli_export_checklist   (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_draw               (ZfCliContext *ctx, int argc, char **argv);
int zf_cli_stats_random_share (ZfCliContext *ctx, int argc, char **argv);

G_END_DECLS
