#define G_LOG_DOMAIN "zf-officer-event"

#include "config.h"

#include "zf-codes.h"
#include "zf-date.h"
#include "zf-officer-event.h"
#include "zf-record-accessor.h"

struct _ZfOfficerEvent
{
  ZfRecord  parent_instance;

  gint64    officer_id;
  gint64    certificate_id;
  char     *kind;
  char     *date;
  gint64    passed;
  double    hours;
  char     *grade;
  char     *ground;
  char     *rule;
  char     *reason;
  char     *doc_number;
  char     *operator;
  char     *certificate_number;
  gint64    assessment_year;
};

G_DEFINE_FINAL_TYPE (ZfOfficerEvent, zf_officer_event, ZF_TYPE_RECORD)

#define FIELD(col, type) { #col, ZF_FIELD_##type, G_STRUCT_OFFSET (ZfOfficerEvent, col) }

static const ZfField fields[] = {
  FIELD (officer_id, INT),
  FIELD (certificate_id, INT),
  FIELD (kind, STRING),
  FIELD (date, STRING),
  FIELD (passed, INT),
  FIELD (hours, DOUBLE),
  FIELD (grade, STRING),
  FIELD (ground, STRING),
  FIELD (rule, STRING),
  FIELD (reason, STRING),
  FIELD (doc_number, STRING),
  FIELD (operator, STRING),
  FIELD (assessment_year, INT),
  /* Joined: the card the event concerns, for the timeline. */
  FIELD (certificate_number, STRING),
};

static void
zf_officer_event_class_init (ZfOfficerEventClass *klass)
{
  zf_record_class_install_fields (ZF_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
zf_officer_event_init (ZfOfficerEvent *self)
{
  self->passed = -1;
}

ZfOfficerEvent *
zf_officer_event_new (const char *kind,
                      const char *date)
{
  return g_object_new (ZF_TYPE_OFFICER_EVENT, "kind", kind, "date", date, NULL);
}

void
zf_officer_event_refill (ZfOfficerEvent *self,
                         const char     *kind,
                         const char     *date,
                         double          hours)
{
  g_return_if_fail (ZF_IS_OFFICER_EVENT (self));

  if (g_strcmp0 (self->kind, kind) != 0)
    {
      g_free (self->kind);
      self->kind = g_strdup (kind);
    }
  if (g_strcmp0 (self->date, date) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (date);
    }
  self->hours = hours;
}

const char *
zf_officer_event_get_kind (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), NULL);
  return self->kind;
}

const char *
zf_officer_event_get_date (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), NULL);
  return self->date;
}

gint64
zf_officer_event_get_passed (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), -1);
  return self->passed;
}

double
zf_officer_event_get_hours (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), 0);
  return self->hours;
}

const char *
zf_officer_event_get_grade (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), NULL);
  return self->grade;
}

const char *
zf_officer_event_get_ground (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), NULL);
  return self->ground;
}

int
zf_officer_event_get_assessment_year (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), 0);
  if (self->assessment_year > 0)
    return (int) self->assessment_year;
  return zf_date_year (self->date);
}

const char *
zf_officer_event_get_kind_label (ZfOfficerEvent *self)
{
  g_return_val_if_fail (ZF_IS_OFFICER_EVENT (self), NULL);
  return zf_code_label (&zf_officer_event_kinds, self->kind);
}

#define STRING(field) \
  ZF_RECORD_ACCESSOR (ZfOfficerEvent, zf_officer_event, ZF_IS_OFFICER_EVENT, const char *, field, NULL)

STRING (rule)
STRING (reason)
STRING (doc_number)
STRING (operator)
STRING (certificate_number)
