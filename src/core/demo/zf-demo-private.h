#pragma once

/* What the parts of the demo generator share: the state of one run, the
 * bodies and officers made so far, and the random helpers. Internal to
 * src/core/demo. */

#include "zf-demo-data.h"
#include "zf-demo.h"
#include "zf-store-demo.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char    issue[11];
} DemoOfficer;

typedef struct
{
  gint64      id;
  char       *name;
  char       *region_code;
  char       *region_name;
  char       *abbr;
  const ZfDemoDepartment *dept;   /* NULL for townships */
  gint64      section_id;
  gint64      post_id;
  gboolean    published;
  /* The days it may decide: from its publication (and an entrusted
   * body's letter) to the letter's end (NULL: no end). */
  char       *acts_from;
  char       *acts_until;
  guint       n_matters;          /* on its list, for their codes */
  GArray     *matters;            /* gint64 ids of its active matters */
  GArray     *category_of;        /* guint category index per matter */
  GArray     *officers;           /* DemoOfficer with a valid certificate */
  gboolean    has_item;           /* on the list of random inspection items */
} DemoBody;

/* A case file the demo may evaluate. */
typedef struct
{
  gint64      id;
  const char *category;
  const char *body_abbr;    /* its body's, owned by the body */
  char        closed[11];   /* the last date of its procedure */
} DemoCase;

typedef struct
{
  ZfStore           *store;
  GRand             *rand;
  const ZfDemoSizes *sizes;
  char              *today;
  int                year;
  const char        *operator_name;
  ZfDemoProgress     progress;
  gpointer           user_data;
  GArray            *bodies;         /* DemoBody */
  GArray            *cases;          /* DemoCase */
  GArray            *laws;           /* first article id of each law */
  GArray            *law_ids;        /* id of each law */
  GArray            *targets;        /* gint64 ids */
  GPtrArray         *target_names;
  GPtrArray         *target_codes;
  GHashTable        *id_numbers;
  guint              code_serial;
  guint64            n_events;
  guint64            n_certificates;
  guint64            n_items;
} Demo;

/* The categories of matters, with the prefix of their codes and how often
 * they come up. */
typedef struct
{
  const char *code;
  const char *prefix;
  guint       weight;
} DemoCategory;

extern const DemoCategory demo_categories[];
extern const guint        demo_n_categories;

/* An integer in [@lo, @hi]. */
int      demo_rint              (Demo        *d,
                                 int          lo,
                                 int          hi);
gboolean demo_chance            (Demo        *d,
                                 int          percent);
char    *demo_days_before_today (Demo        *d,
                                 int          days);
/* A day between @from and @to, both included. */
char    *demo_date_between      (Demo        *d,
                                 const char  *from,
                                 const char  *to);
void     demo_report            (Demo        *d,
                                 const char  *stage,
                                 guint64      done,
                                 guint64      total);
char    *demo_credit_code       (Demo        *d,
                                 const char  *kind,
                                 const char  *region);
char    *demo_id_number         (Demo        *d,
                                 const char  *region,
                                 char        *birth_out);
char    *demo_person_name       (Demo        *d);
char    *demo_phone             (Demo        *d);
char    *demo_address           (Demo        *d,
                                 const char  *city,
                                 const char  *county);

/* The stages, in the order zf_demo_generate() runs them. */
gboolean demo_generate_laws     (Demo        *d,
                                 GError     **error);
gboolean demo_generate_bodies   (Demo        *d,
                                 GError     **error);
gboolean demo_generate_catalogs (Demo        *d,
                                 GError     **error);
gboolean demo_generate_targets  (Demo        *d,
                                 GError     **error);
gboolean demo_generate_matters  (Demo        *d,
                                 GError     **error);
gboolean demo_generate_officers (Demo        *d,
                                 GError     **error);
gboolean demo_generate_cases    (Demo        *d,
                                 GError     **error);
gboolean demo_generate_evaluations (Demo     *d,
                                    GError  **error);
gboolean demo_generate_lists    (Demo        *d,
                                 GError     **error);

G_END_DECLS
