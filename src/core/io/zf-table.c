#define G_LOG_DOMAIN "zf-table"

#include "config.h"

#include "zf-i18n.h"
#include "zf-table.h"

ZfTable *
zf_table_new (const char        *title,
              const char *const *headers)
{
  ZfTable *table = g_new0 (ZfTable, 1);

  table->title = g_strdup (title);
  table->headers = g_ptr_array_new_with_free_func (g_free);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; headers && headers[i]; i++)
    g_ptr_array_add (table->headers, g_strdup (_(headers[i])));
  return table;
}

GPtrArray *
zf_table_add_row (ZfTable *table)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (table->rows, row);
  return row;
}

void
zf_table_row_add (GPtrArray  *row,
                  const char *text)
{
  g_ptr_array_add (row, g_strdup (text ? text : ""));
}

const char *
zf_table_cell (ZfTable *table,
               guint    row,
               guint    column)
{
  GPtrArray *r;

  if (row >= table->rows->len)
    return NULL;
  r = table->rows->pdata[row];
  return column < r->len ? r->pdata[column] : NULL;
}

void
zf_table_free (ZfTable *table)
{
  if (table == NULL)
    return;
  g_free (table->title);
  g_ptr_array_unref (table->headers);
  g_ptr_array_unref (table->rows);
  g_free (table);
}
