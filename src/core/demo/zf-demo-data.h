#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The word lists of the demo generator (zf-demo.c): real Hubei divisions
 * (GB/T 2260), real department names, laws and typical violations. */

typedef struct
{
  const char *code;
  const char *name;
  const char *city;
  const char *towns;     /* space-separated; more are made up as needed */
} ZfDemoCounty;

typedef struct
{
  const char *code;
  const char *name;
} ZfDemoCity;

typedef struct
{
  const char *county_suffix;   /* after "鄂州市华容区" */
  const char *province_name;   /* NULL: no such body at province level */
  const char *domain;
  const char *abbr;            /* in case numbers: 鄂华市监罚决字… */
  guint       law;             /* index into zf_demo_laws */
  const char *subjects[4];     /* violations, for penalty and coercion matters */
  const char *licence;
  const char *inspection;
} ZfDemoDepartment;

typedef struct
{
  const char *title;
  const char *level;
  const char *organ;
  const char *doc_number;
  const char *promulgated;
  const char *effective;
  const char *amended;
  guint       n_articles;
} ZfDemoLaw;

typedef struct
{
  const char *suffix;
  const char *domain;
  const char *basis;
} ZfDemoAuthorized;

extern const ZfDemoCity       zf_demo_cities[];
extern const guint            zf_demo_n_cities;
extern const ZfDemoCounty     zf_demo_counties[];
extern const guint            zf_demo_n_counties;
extern const ZfDemoDepartment zf_demo_departments[];
extern const guint            zf_demo_n_departments;
extern const ZfDemoLaw        zf_demo_laws[];
extern const guint            zf_demo_n_laws;
extern const ZfDemoAuthorized zf_demo_authorized[];
extern const guint            zf_demo_n_authorized;
extern const char * const     zf_demo_surnames[];
extern const guint            zf_demo_n_surnames;
extern const char * const     zf_demo_given[];
extern const guint            zf_demo_n_given;
extern const char * const     zf_demo_town_first[30];
extern const char * const     zf_demo_town_second[30];
extern const char * const     zf_demo_trades[];
extern const guint            zf_demo_n_trades;
extern const char * const     zf_demo_roads[];
extern const guint            zf_demo_n_roads;

G_END_DECLS
