#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include "zf-i18n.h"
#include "zf-import-normalize.h"
#include "zf-import-plan-private.h"
#include "zf-store-import.h"

/* Bodies whose parent or entrusting body is a row of the same file:
 * read before the rows are planned, refused when that row is, and
 * written after it. */

/* The name and kind of every body row of the file, read before the rows
 * are planned, so that a row may name a parent listed below it. */
void
zf_import_plan_collect_file_bodies (ZfImport    *self,
                                    ZfPlanState *state)
{
  int name = zf_import_register_field_index (self->reg, "name");
  int kind = zf_import_register_field_index (self->reg, "kind");

  for (guint i = 0; self->reg->id == ZF_IMPORT_BODIES && i < self->data->len; i++)
    {
      const ZfRow *raw = g_ptr_array_index (self->data, i);
      const ZfImportField *f = &self->reg->fields[kind];
      g_autofree char *text = zf_import_text (zf_row_get_text (raw, self->mapping[name]));
      char *code = NULL;

      if (*text == '\0')
        continue;
      if (self->mapping[kind] >= 0)
        code = zf_import_code (f->codes, f->aliases, zf_row_get_text (raw, self->mapping[kind]),
                               NULL, NULL);
      g_hash_table_insert (state->file_bodies, g_steal_pointer (&text), code ? code : g_strdup (""));
    }
}

gboolean
zf_import_row_accepted (const ZfImportRow *row)
{
  return row->status == ZF_IMPORT_ROW_NEW || row->status == ZF_IMPORT_ROW_UPDATE;
}

/* The accepted row of the file that writes the body @name, or NULL. */
static ZfImportRow *
file_row_named (ZfImport   *self,
                const char *name)
{
  int f = zf_import_register_field_index (self->reg, "name");

  for (guint i = 0; i < self->rows->len; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);

      if (zf_import_row_accepted (row) && g_strcmp0 (row->values[f], name) == 0)
        return row;
    }
  return NULL;
}

static void
refuse_row (ZfImportRow *row,
            guint        n_fields,
            char        *message)
{
  row->status = ZF_IMPORT_ROW_ERROR;
  g_free (row->message);
  row->message = message;
  zf_import_values_free (row->values, n_fields);
  row->values = NULL;
}

/* A row whose parent is a row of the file stands only if that row does,
 * and a chain of such parents must end outside the file's loop: refused
 * rows refuse the rows under them, until nothing changes. */
void
zf_import_plan_settle_file_parents (ZfImport    *self,
                                    ZfPlanState *state)
{
  int parent_field = zf_import_register_field_index (self->reg, "parent_name");
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint k = 0; k < state->in_file->len; k++)
        {
          ZfImportRow *row = &g_array_index (self->rows, ZfImportRow,
                                             g_array_index (state->in_file, guint, k));
          const char *parent;
          ZfImportRow *up;
          guint steps = 0;

          if (!zf_import_row_accepted (row))
            continue;
          parent = row->values[parent_field];
          up = file_row_named (self, parent);
          if (up == NULL)
            {
              refuse_row (row, self->reg->n_fields,
                          g_strdup_printf (_("Its parent or entrusting body “%s” is refused in "
                                             "this file; correct that row first."), parent));
              changed = TRUE;
              continue;
            }
          /* Up the chain of parents written by the file: back at this row
           * is a loop. */
          while (up != NULL && up != row && steps++ <= state->in_file->len)
            up = up->values[parent_field] ? file_row_named (self, up->values[parent_field]) : NULL;
          if (up == row)
            {
              refuse_row (row, self->reg->n_fields,
                          g_strdup_printf (_("“%s” is its own parent or entrusting body, "
                                             "through the rows of this file."), row->name));
              changed = TRUE;
            }
        }
    }
}


guint *
zf_import_commit_order (ZfImport *self)
{
  guint n = self->rows->len, n_done = 0;
  guint *order = g_new (guint, MAX (n, 1));
  g_autofree gboolean *done = g_new0 (gboolean, MAX (n, 1));
  int name = zf_import_register_field_index (self->reg, "name");
  int parent = zf_import_register_field_index (self->reg, "parent_name");
  g_autoptr(GHashTable) pending = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->reg->id != ZF_IMPORT_BODIES)
    {
      for (guint i = 0; i < n; i++)
        order[i] = i;
      return order;
    }
  /* A body is written after the body of the file it names as its parent,
   * which the insert looks up by name. The plan refused loops. */
  for (guint i = 0; i < n; i++)
    {
      ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);

      if (zf_import_row_accepted (row) && row->values[name] != NULL)
        g_hash_table_insert (pending, row->values[name], GUINT_TO_POINTER (i + 1));
    }
  while (n_done < n)
    {
      guint before = n_done;

      for (guint i = 0; i < n; i++)
        {
          ZfImportRow *row = &g_array_index (self->rows, ZfImportRow, i);
          const char *up = zf_import_row_accepted (row) ? row->values[parent] : NULL;

          if (done[i] || (up != NULL && g_hash_table_contains (pending, up)))
            continue;
          done[i] = TRUE;
          order[n_done++] = i;
          if (zf_import_row_accepted (row) && row->values[name] != NULL &&
              GPOINTER_TO_UINT (g_hash_table_lookup (pending, row->values[name])) == i + 1)
            g_hash_table_remove (pending, row->values[name]);
        }
      g_assert (n_done > before);
    }
  return order;
}
