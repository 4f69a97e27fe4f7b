#define G_LOG_DOMAIN "zf-certificate-status"

#include "config.h"

#include <string.h>

#include "zf-certificate-status.h"
#include "zf-date.h"

#define EV(events, i) ((ZfOfficerEvent *) g_ptr_array_index ((events), (i)))

/* A certificate's status, derived from its holder's events. */

static gboolean
is_blank (const char *s)
{
  return s == NULL || *s == '\0';
}

const char *
zf_certificate_next_status (const char *status,
                            const char *kind)
{
  gboolean none = status == NULL || strcmp (status, "none") == 0;

#define IS(s) (status != NULL && strcmp (status, s) == 0)
  if (g_strcmp0 (kind, "applied") == 0)
    return (none || IS ("cancelled") || IS ("expired")) ? "applying" : NULL;
  if (g_strcmp0 (kind, "issued") == 0)
    return IS ("applying") ? "valid" : NULL;
  if (g_strcmp0 (kind, "suspension") == 0)
    return IS ("valid") ? "suspended" : NULL;
  if (g_strcmp0 (kind, "return") == 0)
    return IS ("suspended") ? "valid" : NULL;
  if (g_strcmp0 (kind, "revocation") == 0)
    return (IS ("valid") || IS ("suspended") || IS ("expired")) ? "revoked" : NULL;
  if (g_strcmp0 (kind, "cancellation") == 0)
    return (IS ("applying") || IS ("valid") || IS ("suspended") || IS ("expired")) ? "cancelled" : NULL;
  if (g_strcmp0 (kind, "lost_reissued") == 0)
    return (IS ("valid") || IS ("suspended")) ? status : NULL;
  if (g_strcmp0 (kind, "review_first") == 0 || g_strcmp0 (kind, "review_second") == 0 ||
      g_strcmp0 (kind, "review_final") == 0)
    return IS ("applying") ? status : NULL;
#undef IS

  /* Facts (training, assessment, misconduct…) do not change the card. */
  return none ? "none" : status;
}

static const char *
fold_status (GPtrArray *events,
             guint      n)
{
  const char *status = "none";

  for (guint i = 0; events && i < n; i++)
    {
      const char *next = zf_certificate_next_status (status, zf_officer_event_get_kind (EV (events, i)));
      if (next != NULL)
        status = next;
    }
  return status;
}

const char *
zf_certificate_derive_status (GPtrArray  *events,
                              const char *valid_until,
                              const char *today)
{
  const char *status = fold_status (events, events ? events->len : 0);

  if (strcmp (status, "valid") == 0 && zf_date_is_valid (valid_until) &&
      today != NULL && strcmp (valid_until, today) < 0)
    return "expired";
  return status;
}

static gboolean
changes_status (const char *kind)
{
  static const char *const kinds[] = {
    "applied", "issued", "suspension", "return", "revocation", "cancellation", NULL
  };
  return kind != NULL && g_strv_contains (kinds, kind);
}

const char *
zf_certificate_status_on (GPtrArray   *events,
                          const char  *issue_date,
                          const char  *valid_until,
                          const char  *cached_status,
                          const char  *date,
                          const char **since)
{
  gboolean has_history = FALSE, has_issue = FALSE;
  const char *status = "none";
  const char *from = NULL;

  g_return_val_if_fail (since != NULL, "none");
  *since = NULL;

  for (guint i = 0; events && i < events->len; i++)
    {
      const char *kind = zf_officer_event_get_kind (EV (events, i));
      has_history |= changes_status (kind);
      has_issue |= g_strcmp0 (kind, "issued") == 0;
    }

  if (zf_date_is_valid (issue_date) && strcmp (issue_date, date) > 0)
    {
      *since = issue_date;
      return "none";
    }

  if (!has_history)
    {
      if (!zf_date_is_valid (issue_date) || is_blank (cached_status) ||
          strcmp (cached_status, "applying") == 0)
        return "none";
      if (strcmp (cached_status, "valid") != 0 && strcmp (cached_status, "expired") != 0)
        return cached_status;
      status = "valid";
    }
  else
    {
      /* A card entered with its dates but without an "issued" event was in
       * force from its issue date. */
      if (!has_issue && zf_date_is_valid (issue_date))
        {
          status = "valid";
          from = issue_date;
        }
      for (guint i = 0; i < events->len; i++)
        {
          ZfOfficerEvent *e = EV (events, i);
          const char *day = zf_officer_event_get_date (e);
          const char *next;

          if (!zf_date_is_valid (day) || strcmp (day, date) > 0)
            break;
          next = zf_certificate_next_status (status, zf_officer_event_get_kind (e));
          if (next != NULL && strcmp (next, status) != 0)
            {
              status = next;
              from = day;
            }
        }
      if (strcmp (status, "applying") == 0)
        status = "none";
    }

  if ((strcmp (status, "valid") == 0 || strcmp (status, "suspended") == 0) &&
      zf_date_is_valid (valid_until) && strcmp (valid_until, date) < 0)
    {
      *since = valid_until;
      return "expired";
    }
  if (strcmp (status, "none") != 0)
    *since = from;
  return status;
}

int
zf_certificate_card_on (const char *const *issue_dates,
                        guint               n,
                        const char         *date)
{
  int best = -1, first = -1;

  g_return_val_if_fail (n == 0 || issue_dates != NULL, -1);

  for (guint i = 0; i < n; i++)
    {
      const char *issued = issue_dates[i];

      if (zf_date_is_valid (issued) && strcmp (issued, date) <= 0)
        {
          if (best < 0 || strcmp (issued, issue_dates[best]) >= 0)
            best = (int) i;
        }
      else if (first < 0 || (zf_date_is_valid (issued) &&
                             (!zf_date_is_valid (issue_dates[first]) ||
                              strcmp (issued, issue_dates[first]) < 0)))
        first = (int) i;
    }
  return best >= 0 ? best : first;
}

GPtrArray *
zf_officer_events_until (GPtrArray  *events,
                         const char *date)
{
  GPtrArray *until = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; events && i < events->len; i++)
    if (g_strcmp0 (zf_officer_event_get_date (EV (events, i)), date) <= 0)
      g_ptr_array_add (until, g_object_ref (EV (events, i)));
  return until;
}
