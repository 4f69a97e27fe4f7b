#define G_LOG_DOMAIN "zf-import"

#include "config.h"

#include <string.h>

#include "zf-checklist-rules.h"
#include "zf-date.h"
#include "zf-error.h"
#include "zf-i18n.h"
#include "zf-import-articles.h"
#include "zf-import-plan-private.h"
#include "zf-officer-rules.h"
#include "zf-store-import.h"
#include "zf-util.h"

/* The checks of the checklists' rows: a matter's basis resolved against
 * its body's catalog of legal bases and its post within its section; a
 * law described alike on every row of the file; a transfer's matter on
 * the lists of both bodies. */

/* A refusal of one cell, named by its field as the file's header says it. */
static char *
field_refusal (ZfImport   *self,
               const char *column,
               int        *field,
               char       *message)
{
  int i = zf_import_register_field_index (self->reg, column);
  char *refusal = g_strdup_printf ("%s: %s", zf_import_field_label (&self->reg->fields[i]), message);

  *field = zf_import_plan_field_of (self, column, NULL);
  g_free (message);
  return refusal;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* What may stand between two articles of one law: 、 , ; 和 及 与 and
 * spaces. */
static const char *
skip_separators (const char *p)
{
  static const char *const words[] = { "、", ",", ";", "和", "及", "以及", "与", " ", "\t", "\n" };
  gboolean skipped = TRUE;

  while (skipped)
    {
      skipped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (g_str_has_prefix (p, words[i]))
          {
            p += strlen (words[i]);
            skipped = TRUE;
          }
    }
  return p;
}

/* The articles right after one 《law》 (@p just past its 》), each added
 * to @items as "《title》article", with what brackets before them say
 * (the law's document number or date, or an edition: 2021年修正) in
 * @editions; @p is moved past them. Text after them (the
 * article's wording, as 权力清单 quote it) is not a basis; a range
 * (第十条至第十二条) is refused rather than read as its first article. */
static gboolean
read_articles (GRegex      *articles,
               const char  *title,
               const char **p,
               GPtrArray   *items,
               GPtrArray   *titles,
               GPtrArray   *editions,
               GString     *leftover,
               char       **message)
{
  const char *q = skip_separators (*p);
  guint before = items->len;
  g_autofree char *edition = NULL;
  const char *next;

  if (*q == '(' && strchr (q, ')') != NULL)
    {
      edition = g_strstrip (g_strndup (q + 1, strchr (q, ')') - q - 1));
      q = skip_separators (strchr (q, ')') + 1);
    }
  for (;;)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *found = NULL;
      int end;

      if (!g_regex_match (articles, q, G_REGEX_MATCH_ANCHORED, &match))
        break;
      {
        g_autofree char *as_written = g_match_info_fetch (match, 0);

        found = zf_import_article_in_chinese (as_written);
      }
      g_match_info_fetch_pos (match, 0, NULL, &end);
      g_ptr_array_add (items, g_strdup_printf ("《%s》%s", title, found));
      g_ptr_array_add (titles, g_strdup (title));
      g_ptr_array_add (editions, edition && *edition ? g_strdup (edition) : NULL);
      q = skip_separators (q + end);
    }
  if (items->len == before)
    {
      *message = g_strdup_printf (_("《%s》 needs the articles the matter rests on (第…条)."),
                                  title);
      return FALSE;
    }
  if (g_str_has_prefix (q, "至") || g_str_has_prefix (q, "到") || g_str_has_prefix (q, "-") ||
      g_str_has_prefix (q, "~") || g_str_has_prefix (q, "～") || g_str_has_prefix (q, "—"))
    {
      *message = g_strdup_printf (_("《%s》: a range of articles cannot be read; write each "
                                    "article, separated by 、."), title);
      return FALSE;
    }
  next = strstr (q, "《");
  for (const char *c = q; c < (next ? next : q + strlen (q)); c = g_utf8_next_char (c))
    if (g_unichar_isalpha (g_utf8_get_char (c)))
      {
        g_string_append_printf (leftover, "%s%.*s", leftover->len ? " … " : "",
                                (int) ((next ? next : q + strlen (q)) - q), q);
        break;
      }
  *p = next ? next : q + strlen (q);
  return TRUE;
}

/* The articles a basis cell names after each 《law》, as "《title》article"
 * items (numbers and brackets half-width, the article's digits as the
 * catalog writes them); the law of each as the cell writes it in
 * @titles; what the cell says besides in @leftover. NULL with @message
 * when the cell names no law in 《》 or a law without its articles. */
static GPtrArray *
split_basis (const char  *cell,
             GPtrArray   *titles,
             GPtrArray   *editions,
             GString     *leftover,
             char       **message)
{
  g_autoptr(GRegex) articles = g_regex_new (
    "第[0-9零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?"
    "(第[0-9零〇一二三四五六七八九十百]+款)?(第\\(?[0-9零〇一二三四五六七八九十]+\\)?项)?",
    G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = g_utf8_normalize (cell, -1, G_NORMALIZE_NFKC);
  const char *p = text ? strstr (text, "《") : NULL;

  if (p == NULL)
    {
      *message = g_strdup (_("write each law in 《》 followed by its articles, e.g. "
                             "《中华人民共和国行政处罚法》第二十八条."));
      return NULL;
    }
  while (p != NULL && *p != '\0')
    {
      const char *open = p + strlen ("《");
      const char *close = strstr (open, "》");
      g_autofree char *title = NULL;

      if (close == NULL)
        {
          *message = g_strdup_printf (_("the title after 《 is not closed by 》: %s"), open);
          return NULL;
        }
      title = g_strstrip (g_strndup (open, close - open));
      p = close + strlen ("》");
      if (!read_articles (articles, title, &p, items, titles, editions, leftover, message))
        return NULL;
    }
  return g_steal_pointer (&items);
}

/* The basis cell becomes its articles as the register stores them, each
 * found in the body's catalog (C3), in byte order without repeats, so
 * that a basis that names the same articles compares as unchanged. Long:
 * each article's law found by title, then told apart by 文号 or date
 * where two share it, with a refusal for each way it can fail. */
static char *
resolve_basis (ZfImport     *self,
               ZfPlanState  *state,
               char        **values,
               int          *field)
{
  const char *cell = V ("basis");
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) editions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) resolved = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GString) leftover = g_string_new (NULL);
  char *message = NULL;

  if (cell == NULL)
    return NULL;
  items = split_basis (cell, titles, editions, leftover, &message);
  if (items == NULL)
    return field_refusal (self, "basis", field, message);
  /* The wording a list quotes after the articles is the law's, not the
   * matter's: not stored, and the preview says so. */
  if (leftover->len > 0)
    g_string_append_printf (state->notes, "%s%s: %s", state->notes->len ? "; " : "",
                            _("not stored from the basis"), leftover->str);
  for (guint i = 0; i < items->len; i++)
    {
      const char *title = titles->pdata[i];
      const char *edition = editions->pdata[i];
      const char *article = (const char *) items->pdata[i] + strlen ("《》") + strlen (title);
      g_autofree char *stored = NULL;
      g_autofree char *cited = NULL;
      g_autofree char *repealed = NULL;
      g_autoptr(GError) ambiguous = NULL;
      gint64 law_id = zf_store_import_basis_law (self->store, V ("body_name"), title, edition,
                                                 article, &stored, &cited, &repealed, &ambiguous);

      /* The edition in the title (《…法(2021年修正)》) is not part of it. */
      if (stored == NULL && g_str_has_suffix (title, ")") && strrchr (title, '(') > title)
        {
          g_autofree char *bare = g_strndup (title, strrchr (title, '(') - title);

          law_id = zf_store_import_basis_law (self->store, V ("body_name"), bare, edition, article,
                                              &stored, &cited, &repealed, &ambiguous);
        }
      /* Two laws of one title: never the first of them in silence. */
      if (law_id < 0)
        return field_refusal (self, "basis", field, g_strdup (ambiguous->message));
      if (law_id == 0)
        {
          g_autoptr(GPtrArray) findings = zf_findings_new ();
          g_autoptr(GError) error = NULL;
          ZfBasisLine line = { stored, article, FALSE, NULL };

          if (stored == NULL)
            return field_refusal (self, "basis", field,
                                  g_strdup_printf (_("there is no law 《%s》 in the catalog of "
                                                     "legal bases; import the catalog first, or "
                                                     "write the title as the catalog does."),
                                                   title));
          /* C3, as when the matter is saved in the window. */
          zf_rule_matter_basis (V ("name"), &line, 1, NULL, findings);
          zf_findings_to_error (findings, &error);
          return field_refusal (self, "basis", field, g_strdup (error->message));
        }
      /* C2, as when the matter is saved in the window: a repealed law is
       * no basis, judged on the day of the import (a matter row has no
       * date of its own). */
      if (repealed != NULL)
        {
          g_autoptr(GPtrArray) findings = zf_findings_new ();
          g_autoptr(GError) error = NULL;
          g_autofree char *today = zf_date_today ();
          ZfBasisLine line = { stored, article, TRUE, repealed };

          zf_rule_matter_basis (V ("name"), &line, 1, today, findings);
          if (!zf_findings_to_error (findings, &error))
            return field_refusal (self, "basis", field, g_strdup (error->message));
        }
      if (strcmp (stored, title) != 0)
        g_string_append_printf (state->notes, "%s《%s》 → 《%s》", state->notes->len ? "; " : "",
                                title, stored);
      g_ptr_array_add (resolved, g_strdup_printf ("%s%s", cited, article));
    }
  g_ptr_array_sort (resolved, compare_strings);
  for (guint i = 0; i < resolved->len; i++)
    if (i == 0 || strcmp (resolved->pdata[i], resolved->pdata[i - 1]) != 0)
      g_string_append_printf (joined, "%s%s", joined->len ? "；" : "",
                              (const char *) resolved->pdata[i]);
  zf_import_plan_set_value (self, values, "basis", joined->str);
  return NULL;
}

static char *
check_matter_row (ZfImport     *self,
                  ZfPlanState  *state,
                  char        **values,
                  int          *field)
{
  g_autoptr(GError) error = NULL;

  if (!zf_rule_officer_post_section (V ("post_name"), V ("section_name") != NULL, &error))
    {
      *field = zf_import_plan_field_of (self, "post_name", NULL);
      return g_strdup (error->message);
    }
  return resolve_basis (self, state, values, field);
}

/* The law's own columns, which every row of the law repeats
 * (zf_import_plan_law_in_file()). */
static const char *const law_columns[] = {
  "level", "issuing_organ", "doc_number", "promulgated", "effective", "amended", "repealed",
};

static char *
check_law_row (ZfImport     *self,
               char        **values,
               int          *field)
{
  static const char *const date_columns[] = { "promulgated", "effective", "amended", "repealed" };
  const char *dates[G_N_ELEMENTS (date_columns)];
  g_autoptr(GError) error = NULL;

  if (V ("level") == NULL)
    {
      *field = zf_import_plan_field_of (self, "level", "title");
      return g_strdup_printf (_("《%s》 is not in the register yet: give its level of force "
                                "(法律, 行政法规, 地方性法规…)."), V ("title"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (date_columns); i++)
    dates[i] = V (date_columns[i]);
  if (!zf_rule_law_fields (V ("title"), V ("level"), dates, G_N_ELEMENTS (dates), &error))
    return g_strdup (error->message);
  return NULL;
}

static char *
check_transfer_row (ZfImport  *self,
                    char     **values,
                    int       *field)
{
  gint64 matter_id = 0, new_matter_id = 0;
  g_autofree char *from_name = NULL;
  g_autofree char *to_name = NULL;
  char *names[2] = { NULL, NULL };
  char id_text[24];

  if (strcmp (V ("from_body"), V ("to_body")) == 0)
    {
      *field = zf_import_plan_field_of (self, "to_body", NULL);
      return g_strdup_printf (_("A matter is transferred to another body: “%s” is named on "
                                "both sides."), V ("to_body"));
    }
  zf_store_import_transfer_matters (self->store, self->reg, values, &matter_id, &new_matter_id,
                                    names);
  from_name = names[0];
  to_name = names[1];
  /* A code names the matter; a name that is another's says the code has
   * a typo, and the transfer would move the wrong matter. */
  for (guint i = 0; i < 2 && V ("code") != NULL; i++)
    if (names[i] != NULL && strcmp (names[i], V ("name")) != 0)
      {
        *field = zf_import_plan_field_of (self, "name", NULL);
        return g_strdup_printf (_("The matter %s of “%s” is “%s”, not “%s” as this row says: "
                                  "correct the code or the name."),
                                V ("code"), i == 0 ? V ("from_body") : V ("to_body"), names[i],
                                V ("name"));
      }
  if (matter_id == 0 || new_matter_id == 0)
    {
      *field = zf_import_plan_field_of (self, V ("code") ? "code" : "name", "name");
      return g_strdup_printf (_("“%s” is not on the list of enforcement matters of “%s” (by "
                                "code or name); import the body's matters first."),
                              V ("code") ? V ("code") : V ("name"),
                              matter_id == 0 ? V ("from_body") : V ("to_body"));
    }
  g_snprintf (id_text, sizeof id_text, "%" G_GINT64_FORMAT, matter_id);
  zf_import_plan_set_value (self, values, "matter_id", id_text);
  g_snprintf (id_text, sizeof id_text, "%" G_GINT64_FORMAT, new_matter_id);
  zf_import_plan_set_value (self, values, "new_matter_id", id_text);
  return NULL;
}

char *
zf_import_plan_check_checklist (ZfImport     *self,
                                ZfPlanState  *state,
                                char        **values,
                                int          *field)
{
  switch (self->reg->id)
    {
    case ZF_IMPORT_MATTERS:
      return check_matter_row (self, state, values, field);
    case ZF_IMPORT_LAWS:
      return check_law_row (self, values, field);
    case ZF_IMPORT_TRANSFERS:
      return check_transfer_row (self, values, field);
    case ZF_IMPORT_DUTIES:
      return zf_import_plan_check_duty (self, values, field);
    default:
      return zf_import_plan_check_list (self, state, values, field);
    }
}

/* The columns a benchmark repeats on the row of each of its tiers. */
static const char *const benchmark_columns[] = {
  "basis", "statutory_min", "statutory_max", "unit", "matter", "article", "notes",
};

/* A record on several rows of the file (a law of the catalog, on the row
 * of every body that holds it; a benchmark, on the row of each tier) is
 * one record: a cell of @columns the first row of @group gave and this
 * one leaves blank is the first row's, and one that says otherwise is
 * refused, so that no row silently overwrites another. Runs on the
 * file's cells, before the stored values fill the blanks. */
static gboolean
first_row_cells (ZfImport           *self,
                 ZfPlanState        *state,
                 const ZfRow        *raw,
                 char              **values,
                 gboolean           *present,
                 ZfImportRow        *out,
                 const char         *group,
                 const char *const  *columns,
                 guint               n)
{
  gboolean law = self->reg->id == ZF_IMPORT_LAWS;
  char **first = g_hash_table_lookup (state->laws, group);
  guint first_row;

  if (first == NULL)
    {
      char **given = g_new0 (char *, n + 2);

      for (guint c = 0; c < n; c++)
        given[c] = g_strdup (V (columns[c]) ? V (columns[c]) : "");
      given[n] = g_strdup_printf ("%u", raw->number);
      g_hash_table_insert (state->laws, g_strdup (group), given);
      return TRUE;
    }
  first_row = (guint) g_ascii_strtoull (first[n], NULL, 10);
  for (guint c = 0; c < n; c++)
    {
      int i = zf_import_register_field_index (self->reg, columns[c]);
      const ZfImportField *f = &self->reg->fields[i];
      const char *said = f->codes ? zf_code_label (f->codes, first[c]) : first[c];

      if (*first[c] == '\0')
        continue;
      if (V (columns[c]) == NULL)
        {
          zf_set_str (&values[i], first[c]);
          present[i] = TRUE;
        }
      else if (strcmp (V (columns[c]), first[c]) != 0)
        {
          out->status = ZF_IMPORT_ROW_ERROR;
          out->message = law
            ? g_strdup_printf (_("%s: 《%s》 is given %s in row %u of this file; "
                                 "a law is one law on every row."),
                               zf_import_field_label (f), V ("title"), said, first_row)
            : g_strdup_printf (_("%s: the benchmark of “%s” is given %s in row %u of this "
                                 "file; a benchmark is one on the rows of all its tiers."),
                               zf_import_field_label (f), V ("violation"), said, first_row);
          out->column = zf_import_column_letter (self, raw, self->mapping[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* An article on several rows of the file (one per body that holds it)
 * has one text: a blank cell is the first row's text, another text is
 * refused at its cell, naming that row. */
static gboolean
article_text_in_file (ZfImport     *self,
                      ZfPlanState  *state,
                      const ZfRow  *raw,
                      char        **values,
                      gboolean     *present,
                      ZfImportRow  *out)
{
  int i = zf_import_register_field_index (self->reg, "content");
  g_autofree char *key = NULL;
  char **first;

  if (V ("article") == NULL)
    return TRUE;
  /* A title holds no line break: the key cannot be a law's. */
  key = g_strconcat (V ("title"), "\n", V ("article"), NULL);
  first = g_hash_table_lookup (state->laws, key);
  if (first == NULL)
    {
      char **given = g_new0 (char *, 3);

      given[0] = g_strdup (V ("content") ? V ("content") : "");
      given[1] = g_strdup_printf ("%u", raw->number);
      g_hash_table_insert (state->laws, g_steal_pointer (&key), given);
      return TRUE;
    }
  if (*first[0] == '\0')
    {
      /* The first row left it blank: this row's text is the article's. */
      if (V ("content") != NULL)
        {
          zf_set_str (&first[0], V ("content"));
          g_free (first[1]);
          first[1] = g_strdup_printf ("%u", raw->number);
        }
      return TRUE;
    }
  if (V ("content") == NULL)
    {
      zf_set_str (&values[i], first[0]);
      present[i] = TRUE;
    }
  else if (strcmp (V ("content"), first[0]) != 0)
    {
      out->status = ZF_IMPORT_ROW_ERROR;
      out->message = g_strdup_printf (_("%s: 《%s》%s is given another text in row %s of this "
                                        "file; an article has one text on every row."),
                                      zf_import_field_label (&self->reg->fields[i]), V ("title"),
                                      V ("article"), first[1]);
      out->column = zf_import_column_letter (self, raw, self->mapping[i]);
      return FALSE;
    }
  return TRUE;
}

/* Two laws of one title in the register: the row's document number and
 * promulgation date must pick one (the preview says which), never the
 * first of them in silence. */
static gboolean
law_of_title (ZfImport     *self,
              ZfPlanState  *state,
              const ZfRow  *raw,
              char        **values,
              ZfImportRow  *out)
{
  guint n_titled = 0, n_matching = 0;
  int field;

  zf_store_import_laws_of_title (self->store, self->reg, values, &n_titled, &n_matching);
  if (n_titled <= 1)
    return TRUE;
  if (n_matching == 1)
    {
      g_autofree char *which = g_strdup_printf (
        _("《%s》 of %s: one of the %u laws of this title in the register"), V ("title"),
        V ("doc_number") ? V ("doc_number") : V ("promulgated"), n_titled);

      g_string_append_printf (state->notes, "%s%s", state->notes->len ? "; " : "", which);
      return TRUE;
    }
  field = zf_import_plan_field_of (self, "doc_number", "title");
  out->status = ZF_IMPORT_ROW_ERROR;
  out->message = g_strdup_printf (_("The register has %u laws titled 《%s》: give the document "
                                    "number (文号) or the promulgation date of the one this row "
                                    "means."), n_titled, V ("title"));
  out->column = zf_import_column_letter (self, raw, self->mapping[field]);
  return FALSE;
}

/* Refuses @out at field @column with @message. */
static gboolean
refuse_cell (ZfImport     *self,
             const ZfRow  *raw,
             ZfImportRow  *out,
             const char   *column,
             char         *message)
{
  int i = zf_import_register_field_index (self->reg, column);

  out->status = ZF_IMPORT_ROW_ERROR;
  out->message = g_strdup_printf ("%s: %s", zf_import_field_label (&self->reg->fields[i]), message);
  out->column = zf_import_column_letter (self, raw, self->mapping[i]);
  g_free (message);
  return FALSE;
}

/* A law held whole may give its articles and their texts in its text
 * cell, as the catalog export writes them (zf_import_split_law_text()):
 * the cell becomes the law's articles as stored, each with the text the
 * cell gives it (another row of the file giving it another text is
 * refused, naming that row), the ones the cell leaves out kept, and
 * those it adds after them, so that it compares with the register's. */
static gboolean
whole_law_text (ZfImport     *self,
                ZfPlanState  *state,
                const ZfRow  *raw,
                char        **values,
                ZfImportRow  *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) given = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autofree char *text = NULL;

  if (V ("article") != NULL || V ("content") == NULL)
    return TRUE;
  given = zf_import_split_law_text (V ("content"), &error);
  if (given == NULL)
    return refuse_cell (self, raw, out, "content",
                        g_strdup_printf ("《%s》: %s", V ("title"), error->message));
  merged = zf_store_import_law_articles (self->store, self->reg, values);
  for (guint i = 0; i < given->len; i++)
    {
      ZfLawTextArticle *g = given->pdata[i];
      g_autofree char *key = g_strconcat (V ("title"), "\n", g->article, NULL);
      char **first = g_hash_table_lookup (state->laws, key);
      guint m;

      if (first == NULL)
        {
          char **cells = g_new0 (char *, 3);

          cells[0] = g_strdup (g->content ? g->content : "");
          cells[1] = g_strdup_printf ("%u", raw->number);
          g_hash_table_insert (state->laws, g_steal_pointer (&key), cells);
        }
      else if (g->content != NULL && *first[0] != '\0' && strcmp (g->content, first[0]) != 0)
        return refuse_cell (self, raw, out, "content",
                            g_strdup_printf (_("《%s》%s is given another text in row %s of "
                                               "this file; an article has one text on every "
                                               "row."), V ("title"), g->article, first[1]));
      for (m = 0; m < merged->len; m++)
        if (strcmp (((ZfLawTextArticle *) merged->pdata[m])->article, g->article) == 0)
          break;
      if (m == merged->len)
        g_ptr_array_add (merged, g_ptr_array_steal_index (given, i--));
      else if (g->content != NULL)
        zf_set_str (&((ZfLawTextArticle *) merged->pdata[m])->content, g->content);
    }
  text = zf_import_join_law_text (merged);
  zf_import_plan_set_value (self, values, "content", text);
  return TRUE;
}

gboolean
zf_import_plan_law_in_file (ZfImport     *self,
                            ZfPlanState  *state,
                            const ZfRow  *raw,
                            char        **values,
                            gboolean     *present,
                            ZfImportRow  *out)
{
  /* A blank title is refused as a blank required cell, after. */
  if (V ("title") == NULL)
    return TRUE;
  return first_row_cells (self, state, raw, values, present, out, V ("title"), law_columns,
                          G_N_ELEMENTS (law_columns)) &&
         article_text_in_file (self, state, raw, values, present, out) &&
         law_of_title (self, state, raw, values, out) &&
         whole_law_text (self, state, raw, values, out);
}

gboolean
zf_import_plan_benchmark_in_file (ZfImport     *self,
                                  ZfPlanState  *state,
                                  const ZfRow  *raw,
                                  char        **values,
                                  gboolean     *present,
                                  ZfImportRow  *out)
{
  g_autofree char *group = NULL;

  /* A blank body or violation is refused as a blank required cell, after. */
  if (V ("body_name") == NULL || V ("violation") == NULL)
    return TRUE;
  group = g_strconcat (V ("body_name"), "\x1f", V ("violation"), NULL);
  return first_row_cells (self, state, raw, values, present, out, group, benchmark_columns,
                          G_N_ELEMENTS (benchmark_columns));
}
