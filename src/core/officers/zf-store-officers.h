#pragma once

#include <gio/gio.h>

#include "zf-officer.h"
#include "zf-officer-event.h"
#include "zf-officer-rules.h"
#include "zf-query-model.h"
#include "zf-store.h"
/* An officer's card and certificate change only through events: the
 * officers' register and its events are used together. */
#include "zf-store-officer-events.h"

G_BEGIN_DECLS

/* Sort columns of the officers list, in ZfQuerySpec order. */
typedef enum
{
  ZF_OFFICER_SORT_NAME,
  ZF_OFFICER_SORT_BODY,
  ZF_OFFICER_SORT_STAFFING,
  ZF_OFFICER_SORT_CERTIFICATE_NUMBER,
  ZF_OFFICER_SORT_STATUS,
  ZF_OFFICER_SORT_VALID_UNTIL,
  ZF_OFFICER_N_SORTS
} ZfOfficerSort;

/* Filter slots of the officers list. Status takes the derived status
 * ("expired" included, "none" for officers without a certificate);
 * attention takes 1 for "needs attention" (see zf_store_officer_check). */
enum
{
  ZF_OFFICER_FILTER_BODY = 1,
  ZF_OFFICER_FILTER_STATUS,
  ZF_OFFICER_FILTER_ATTENTION,
};

const ZfQuerySpec *zf_officer_query_spec (void);

/* Which officers an export or count covers (0 / NULL = any). status is a
 * derived status as in ZF_OFFICER_FILTER_STATUS. */
typedef struct
{
  gint64      body_id;
  const char *status;
  const char *search;     /* as the officers list searches, or NULL */
  gboolean    attention;  /* only those needing attention (需关注) */
} ZfOfficerFilter;

void        zf_store_get_officer_settings (ZfStore           *self,
                                           ZfOfficerSettings *settings);
gboolean    zf_store_set_officer_settings (ZfStore                 *self,
                                           const ZfOfficerSettings *settings,
                                           GError                 **error);

ZfOfficer  *zf_store_get_officer          (ZfStore     *self,
                                           gint64       id,
                                           GError     **error);
ZfOfficer  *zf_store_find_officer_by_id_number (ZfStore *self,
                                           const char  *id_number);
ZfOfficer  *zf_store_find_officer_by_certificate (ZfStore *self,
                                           const char  *number);
gint64      zf_store_count_officers       (ZfStore     *self,
                                           const ZfOfficerFilter *filter);

/* Names of a body's sections, and of the posts of its section
 * @section_name, sorted; for choosing in the officer dialog. */
GStrv       zf_store_list_section_names   (ZfStore     *self,
                                           gint64       body_id);
GStrv       zf_store_list_post_names      (ZfStore     *self,
                                           gint64       body_id,
                                           const char  *section_name);

/* Normalizes the ID number (upper-case X), derives birth date and sex from
 * it, validates (O0) and refuses duplicates naming the existing officer;
 * inserts or updates in one transaction. With section-id unset, the
 * section-name and post-name place the officer in the body's section and
 * post of those names, created in the same transaction when new. */
gboolean    zf_store_save_officer         (ZfStore     *self,
                                           ZfOfficer   *officer,
                                           GError     **error);

/* Inserts a new officer inside the caller's transaction with the checks
 * of zf_store_save_officer; a duplicate ID number is found by its UNIQUE
 * index rather than looked up first. For bulk imports. */
gboolean    zf_store_insert_officer_bulk  (ZfStore     *self,
                                           ZfOfficer   *officer,
                                           GError     **error);

/* Inside a bulk import's transaction: zf_store_insert_officer_bulk() and
 * zf_store_import_holder_bulk() stage their rows, and
 * zf_store_flush_officer_batch() writes what is staged, one statement per
 * table (zf-store-officer-batch.c). A refused flush writes the rows one
 * by one to say why, with the index of the refused one, in staging order,
 * in @failed (G_MAXUINT when none is); the caller then rolls back. */
gboolean    zf_store_begin_officer_batch  (ZfStore     *self,
                                           GError     **error);
guint       zf_store_officer_batch_length (ZfStore     *self);
gboolean    zf_store_flush_officer_batch  (ZfStore     *self,
                                           guint       *failed,
                                           GError     **error);
void        zf_store_end_officer_batch    (ZfStore     *self);

/* Streams officers ordered by body name then name, @offset rows skipped,
 * at most @limit (-1: all); one row alive at a time. */
typedef gboolean (*ZfOfficerFunc) (ZfOfficer *officer, gpointer user_data);
gboolean    zf_store_foreach_officer      (ZfStore     *self,
                                           const ZfOfficerFilter *filter,
                                           gint64       offset,
                                           gint64       limit,
                                           ZfOfficerFunc func,
                                           gpointer     user_data,
                                           GError     **error);
/* The same officers with only what the certificate-holder list shows:
 * name, body, title and post, the card's number, issue and end dates,
 * the enforcement category and area. */
gboolean    zf_store_foreach_holder       (ZfStore     *self,
                                           const ZfOfficerFilter *filter,
                                           gint64       offset,
                                           gint64       limit,
                                           ZfOfficerFunc func,
                                           gpointer     user_data,
                                           GError     **error);

/* Each officer of @body_id (0: every body) in the order of the indexes
 * (body, name), with his events in date order (a GPtrArray of
 * ZfOfficerEvent with the columns the rules read: kind, date, passed,
 * hours, grade, ground, rule, assessment year): statements read side by
 * side, one pass over each table, instead of a query per officer (the
 * check of a register of 100,000 officers). The events are lent to @func
 * for the call: it may keep one with a reference, and changes none.
 *
 * With @as_of, an officer whose summary says his history is plain and
 * dated by @as_of (zf-schema-v13.c) gets, instead of his events, the few
 * that the rules judged as of @as_of read and that decide the same
 * findings: the application, the issue, the last activity, and one
 * training per year judged (R5) with that year's hours. His events are
 * not read. NULL: every officer's events. */
typedef gboolean (*ZfOfficerHistoryFunc) (ZfOfficer *officer,
                                          GPtrArray *events,
                                          gpointer   user_data);
gboolean    zf_store_foreach_officer_history (ZfStore   *self,
                                           gint64       body_id,
                                           const char  *as_of,
                                           ZfOfficerHistoryFunc func,
                                           gpointer     user_data,
                                           GError     **error);

/* Body id of each officer in the same order, for pagination passes that
 * need no more than that. */
typedef gboolean (*ZfOfficerBodyFunc) (gint64 body_id, gpointer user_data);
gboolean    zf_store_foreach_officer_body (ZfStore     *self,
                                           const ZfOfficerFilter *filter,
                                           ZfOfficerBodyFunc func,
                                           gpointer     user_data,
                                           GError     **error);

G_END_DECLS
