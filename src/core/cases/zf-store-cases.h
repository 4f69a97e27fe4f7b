#pragma once

#include "zf-case-file.h"
#include "zf-case-rules.h"
#include "zf-query-model.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* Sort columns of the case files list, in ZfQuerySpec order. */
typedef enum
{
  ZF_CASE_SORT_NUMBER,
  ZF_CASE_SORT_BODY,
  ZF_CASE_SORT_CATEGORY,
  ZF_CASE_SORT_DECIDED,
  ZF_CASE_SORT_SCORE,
  ZF_CASE_N_SORTS
} ZfCaseSort;

/* Filter slots of the case files list. */
enum
{
  ZF_CASE_FILTER_BODY = 1,
  ZF_CASE_FILTER_CATEGORY,
  ZF_CASE_FILTER_YEAR,
  ZF_CASE_FILTER_GRADE,
};

const ZfQuerySpec *zf_case_file_query_spec (void);

ZfCaseFile *zf_store_get_case_file      (ZfStore     *self,
                                         gint64       id,
                                         GError     **error);
ZfCaseFile *zf_store_find_case_file     (ZfStore     *self,
                                         gint64       body_id,
                                         const char  *number);
/* Validates (E0) and inserts or updates in one transaction, together with
 * the handling officers (@officer_ids, or NULL to leave them unchanged).
 * The year defaults to that of the filing or decision date. */
gboolean    zf_store_save_case_file     (ZfStore     *self,
                                         ZfCaseFile  *case_file,
                                         GArray      *officer_ids,
                                         GError     **error);
gboolean    zf_store_delete_case_file   (ZfStore     *self,
                                         gint64       id,
                                         GError     **error);
/* Officer ids of the file, by name. */
GArray     *zf_store_list_case_officers (ZfStore     *self,
                                         gint64       case_id,
                                         GError     **error);
/* Ids of the case files of @body_id (0: every body), by body and number. */
GArray     *zf_store_list_case_ids      (ZfStore     *self,
                                         gint64       body_id,
                                         GError     **error);
/* The working-day calendar (public holidays and worked weekend days) as
 * the settings edit it: one line per day, "2024-10-01 休 国庆节" or
 * "2024-09-29 班 国庆节" (also "off" / "work"), in date order. A year is
 * known when at least one of its days is listed. */
char        *zf_store_get_work_calendar_text (ZfStore     *self,
                                              GError     **error);
/* Replaces the calendar with @text, in one transaction; a line that is not
 * a day is refused with its number and nothing changes. */
gboolean     zf_store_set_work_calendar_text (ZfStore     *self,
                                              const char  *text,
                                              GError     **error);

/* What the automatic checks E1–E8 read, from the registers as they are. */
ZfCaseFacts *zf_store_get_case_facts    (ZfStore     *self,
                                         gint64       case_id,
                                         GError     **error);
/* Whether the files' check wants @case_file's facts; its handlers'. */
typedef gboolean (*ZfCaseFileWantedFunc) (ZfCaseFile  *case_file,
                                          gpointer     user_data);
/* FALSE stops the run (a ZF_ERROR_CANCELLED). */
typedef gboolean (*ZfCaseFactsFunc)      (ZfCaseFacts *facts,
                                          gpointer     user_data);
/* The same for every file of @body_id (0: every body), by body and number
 * as zf_store_list_case_ids(), the files @wanted (NULL: all) only; a body,
 * a matter or a handling officer shared by many files is read once. Meant
 * for one read transaction. */
gboolean     zf_store_foreach_case_facts (ZfStore              *self,
                                          gint64                body_id,
                                          ZfCaseFileWantedFunc  wanted,
                                          ZfCaseFactsFunc       func,
                                          gpointer              user_data,
                                          GError              **error);

G_END_DECLS
