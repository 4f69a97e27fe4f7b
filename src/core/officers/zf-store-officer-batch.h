#pragma once

#include "zf-officer.h"
#include "zf-officer-rules.h"
#include "zf-store-officer-events.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The columns a new officer's row is written with, and their values bound
 * from the record by name (zf_record_bind()). */
#define ZF_OFFICER_INSERT_COLUMNS \
  "name, id_number, sex, birth_date, body_id, section_id, post_id, title, staffing, financed, " \
  "enforcement_post, phone, enforcement_category, enforcement_area, last_activity_date, notes, " \
  "name_key"
#define ZF_OFFICER_INSERT_VALUES \
  ":name, :id_number, :sex, :birth_date, :body_id, :section_id, :post_id, :title, :staffing, " \
  ":financed, :enforcement_post, :phone, :enforcement_category, :enforcement_area, " \
  ":last_activity_date, :notes, pinyin_key (:name)"

/* The batch of a bulk import while zf_store_begin_officer_batch() holds;
 * NULL otherwise, and while a failed flush writes its rows one by one to
 * learn which one fails. */
typedef struct _ZfOfficerBatch ZfOfficerBatch;

ZfOfficerBatch *zf_store_officer_batch            (ZfStore                 *self);

/* Stages @officer (checked, derived and placed in its section: what
 * zf_store_insert_officer_bulk() does before its INSERT) with the id its
 * row will have, which is set on it. */
gboolean        zf_officer_batch_stage_officer    (ZfStore                 *self,
                                                   ZfOfficerBatch          *batch,
                                                   ZfOfficer               *officer,
                                                   GError                 **error);
/* Stages the taken-over card of the officer just staged, valid until
 * @until, with its application and issue on @issue_date. */
gboolean        zf_officer_batch_stage_card       (ZfStore                 *self,
                                                   ZfOfficerBatch          *batch,
                                                   ZfOfficer               *officer,
                                                   const ZfCertificateCard *card,
                                                   const char              *issue_date,
                                                   const char              *until,
                                                   const char              *doc_number,
                                                   const ZfOfficerSettings *settings,
                                                   GError                 **error);

G_END_DECLS
