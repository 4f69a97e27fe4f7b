#pragma once

#include "zf-record.h"

G_BEGIN_DECLS

#define ZF_TYPE_OFFICER_EVENT (zf_officer_event_get_type ())

G_DECLARE_FINAL_TYPE (ZfOfficerEvent, zf_officer_event, ZF, OFFICER_EVENT, ZfRecord)

/* One entry of an officer's history (table officer_event): every change of
 * a certificate and every fact the rules of §2 look at. passed is 1/0 for
 * reviews, exams and tests, -1 when it does not apply; hours is NaN unless
 * it is a training record. */
ZfOfficerEvent *zf_officer_event_new       (const char     *kind,
                                            const char     *date);

/* Sets the kind, date and hours of an event made by zf_officer_event_new()
 * again, without notifications: for stand-ins used officer after officer
 * by a stream that owns them alone. */
void            zf_officer_event_refill    (ZfOfficerEvent *self,
                                            const char     *kind,
                                            const char     *date,
                                            double          hours);
const char     *zf_officer_event_get_kind  (ZfOfficerEvent *self);
const char     *zf_officer_event_get_date  (ZfOfficerEvent *self);
gint64          zf_officer_event_get_passed (ZfOfficerEvent *self);
double          zf_officer_event_get_hours (ZfOfficerEvent *self);
const char     *zf_officer_event_get_grade (ZfOfficerEvent *self);
const char     *zf_officer_event_get_ground (ZfOfficerEvent *self);
const char     *zf_officer_event_get_rule  (ZfOfficerEvent *self);
const char     *zf_officer_event_get_reason (ZfOfficerEvent *self);
const char     *zf_officer_event_get_doc_number (ZfOfficerEvent *self);
const char     *zf_officer_event_get_operator (ZfOfficerEvent *self);
const char     *zf_officer_event_get_certificate_number (ZfOfficerEvent *self);
/* The year an assessment grades: its own field, else its date's year. */
int             zf_officer_event_get_assessment_year (ZfOfficerEvent *self);
const char     *zf_officer_event_get_kind_label (ZfOfficerEvent *self);

G_END_DECLS
