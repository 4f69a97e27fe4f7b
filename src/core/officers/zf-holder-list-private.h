#pragma once

#include "zf-holder-list.h"

G_BEGIN_DECLS

/* Shared by the PDF (zf-holder-list.c) and the .docx
 * (zf-holder-list-docx.c) of the list of certificate holders. */

typedef struct
{
  gint64   offset;      /* first officer of the page in query order */
  guint    n_rows;      /* officers on the page */
  gboolean continued;   /* the page starts inside a body's group */
  gint64   first_index; /* the 序号 of its first row in its group, from 0 */
  gboolean ends_group;  /* its last row ends a group: the total follows */
} PageStart;

struct _ZfHolderList
{
  GObject          parent_instance;

  ZfStore         *store;
  gint64           body_id;
  char            *status;
  char            *search;
  gboolean         attention;
  char            *issuer;
  char            *date;
  double           width;
  double           height;
  guint            lines_per_page;
  GArray          *pages;      /* PageStart */
  gint64           n_rows;
};

typedef struct
{
  const char *title;    /* msgid */
  double      share;    /* of the table width */
} ZfHolderListColumn;

/* Headers of their own, in the context below: the narrow columns need
 * short English words ("Category", not "Enforcement category"), which
 * the list's title already qualifies. */
#define HEADER_CONTEXT "holder list"

#define ZF_HOLDER_LIST_N_COLUMNS 7
/* The unit is the group's heading, not a column. */
extern const ZfHolderListColumn zf_holder_list_columns[ZF_HOLDER_LIST_N_COLUMNS];

ZfOfficerFilter zf_holder_list_get_filter (ZfHolderList *self);

G_END_DECLS
