#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A small rectangular result (headers + rows of text) that the store fills
 * from its constant SQL and the exporters write out as a sheet or a printed
 * table. For lists of at most a few thousand rows: registers stream. */
typedef struct
{
  char      *title;
  GPtrArray *headers;   /* char *, translated */
  GPtrArray *rows;      /* GPtrArray of char * per row */
} ZfTable;

ZfTable    *zf_table_new         (const char        *title,
                                  const char *const *headers);
GPtrArray  *zf_table_add_row     (ZfTable           *table);
void        zf_table_row_add     (GPtrArray         *row,
                                  const char        *text);
const char *zf_table_cell        (ZfTable           *table,
                                  guint              row,
                                  guint              column);
void        zf_table_free        (ZfTable           *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZfTable, zf_table_free)

G_END_DECLS
