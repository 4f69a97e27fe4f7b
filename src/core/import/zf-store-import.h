#pragma once

#include "zf-import-mapping.h"
#include "zf-store.h"

G_BEGIN_DECLS

/* The importer's statements. @values are aligned with @reg->fields: the
 * stored form of each field, NULL or "" for none. */

/* Finds the row a file row updates (by credit code or name for bodies, ID
 * number or certificate number for officers, body + code or name for
 * matters, body + case number for cases). On a match sets @id and fills
 * @current (n_fields strings, caller frees with g_strfreev-like care: use
 * zf_import_values_free) with the stored values. */
gboolean    zf_store_import_find            (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             char *const             *values,
                                             gint64                  *id,
                                             char                  ***current,
                                             GError                 **error);
/* Around a plan, inside its read transaction: reads once the keys that
 * zf_store_import_find() looks rows up by (officers' ID and certificate
 * numbers), so that a row whose keys are not stored needs no query. */
void        zf_store_import_set_planning    (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             gboolean                 planning);
/* Inserts (@id 0) or updates one row, with its certificate and 'issued'
 * event for officers. Call inside a transaction. */
gboolean    zf_store_import_write           (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             gint64                   id,
                                             char *const             *values,
                                             GError                 **error);
/* A large import writes more pages than SQLite's default cache holds; a
 * larger cache for its transaction keeps the time linear in the rows. */
void        zf_store_import_set_bulk        (ZfStore                 *self,
                                             gboolean                 bulk);
/* In bulk mode, inside the import's transaction, before writing @n_new
 * new rows: reserves their UUIDs, drops the audit insert triggers
 * (per-row auditing is off) and, of the tables the import more than
 * doubles, the secondary indexes. zf_store_import_finish_bulk() creates
 * them again from their stored definitions before the commit; a rollback
 * restores them as well. */
gboolean    zf_store_import_prepare_bulk    (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             guint                    n_new,
                                             GError                 **error);
gboolean    zf_store_import_finish_bulk     (ZfStore                 *self,
                                             GError                 **error);
/* In bulk mode, new officers are staged and written set-based
 * (zf_store_flush_officer_batch()): the importer names the file row it
 * writes next, writes what is staged before its commit, and on a refusal
 * asks which row it was (0 for the row it was writing). */
void        zf_store_import_set_row         (ZfStore                 *self,
                                             guint                    excel_row);
gboolean    zf_store_import_flush           (ZfStore                 *self,
                                             GError                 **error);
guint       zf_store_import_failed_row      (ZfStore                 *self);
gint64      zf_store_import_body_id         (ZfStore                 *self,
                                             const char              *name);

/* For a body name no body has: the one body whose name contains @name (a
 * file's short name, 三陂乡人民政府 for 孝感市云梦县三陂乡人民政府), to
 * suggest; NULL when none or more than one does. */
char       *zf_store_import_suggest_body    (ZfStore                 *self,
                                             const char              *name);

/* The officer a case file's officers cell names by @token, a certificate
 * number or a name (see zf-store-import-cases.c for the order); sets
 * @label to how the register writes them. Returns 0 (unknown) or -1
 * (ambiguous, failed) with @error. */
gint64      zf_store_import_case_officer    (ZfStore                 *self,
                                             const char              *body_name,
                                             const char              *token,
                                             char                   **label,
                                             GError                 **error);
/* The matter of @body_name's list that a cell (a case file's, an entry of
 * the four lists', a benchmark's, an inspection item's) names by @token,
 * its code or else its name; sets @label to how the register writes it.
 * Returns 0 (not on the list) or -1 (ambiguous, failed) with @error. */
gint64      zf_store_import_case_matter     (ZfStore                 *self,
                                             const char              *body_name,
                                             const char              *token,
                                             char                   **label,
                                             GError                 **error);

/* The article of the register that 《@title》@article names, @edition
 * (the law's document number or promulgation date, or NULL) picking one
 * of two laws of that title; a national law may be named by its short
 * title. Sets @label to how the register writes it
 * (ZF_ARTICLE_LABEL_OF()). Returns 0 (none) or -1 (more than one, naming
 * them; failed) with @error. */
gint64      zf_store_import_article         (ZfStore                 *self,
                                             const char              *title,
                                             const char              *edition,
                                             const char              *article,
                                             char                   **label,
                                             GError                 **error);

/* The law of the basis 《@title》@article of a matter of @body_name, as
 * its catalog holds it (the whole law or that article): its id, 0 when
 * none does, -1 with @error when it holds two laws of that title and
 * @edition (the document number or promulgation date the cell writes in
 * brackets after the title, or NULL) picks neither. @stored_title is set
 * to the title of the law the register has by that title, or by the
 * national law's short title (行政处罚法 for 中华人民共和国行政处罚法),
 * NULL when it has none; @cited to 《title》 as the register names the
 * law (with its document number where another law has its title);
 * @repealed to the day that law was repealed, NULL when it is in force. */
gint64      zf_store_import_basis_law       (ZfStore                 *self,
                                             const char              *body_name,
                                             const char              *title,
                                             const char              *edition,
                                             const char              *article,
                                             char                   **stored_title,
                                             char                   **cited,
                                             char                   **repealed,
                                             GError                 **error);
/* How many laws the register has of the row's title (@n_titled), and how
 * many of them its document number and promulgation date (where given)
 * match (@n_matching): a catalog row is the law of its title when there
 * is one, else the one law those pick. */
gboolean    zf_store_import_laws_of_title   (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             char *const             *values,
                                             guint                   *n_titled,
                                             guint                   *n_matching);
/* The articles of the law a catalog row names (none for a law the
 * register does not have), in the order they were added, with their
 * texts. */
GPtrArray  *zf_store_import_law_articles    (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             char *const             *values);
/* The matter a transfer row names, by its code else its name, in the
 * list of the body it left (@matter_id) and of the body that took it over
 * (@new_matter_id); 0 when that list has none. @names (two, NULL where
 * none; the caller frees them) are those matters' names. */
gboolean    zf_store_import_transfer_matters (ZfStore                *self,
                                              const ZfImportRegister *reg,
                                              char *const            *values,
                                              gint64                 *matter_id,
                                              gint64                 *new_matter_id,
                                              char                  **names);

/* The enforcement domain of the body named @body_name, NULL when it has
 * none (the four lists' C5 judges it with the entry's own). */
char       *zf_store_import_body_domain     (ZfStore                 *self,
                                             const char              *body_name);

/* What a duty row names, found as the commit finds it: ids 0 where the
 * register has none; the matter's name (a code may name another), how
 * many posts of the row's name its body has and how many officers of its
 * name, and the name of the officer found. */
typedef struct
{
  gint64  matter_id;
  gint64  section_id;
  gint64  post_id;
  gint64  officer_id;
  char   *matter_name;
  guint   n_posts;
  guint   n_officers;
  char   *officer_name;
} ZfImportDutyIds;

gboolean    zf_store_import_duty_ids        (ZfStore                 *self,
                                             const ZfImportRegister  *reg,
                                             char *const             *values,
                                             ZfImportDutyIds         *ids);
void        zf_import_duty_ids_clear        (ZfImportDutyIds         *ids);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZfImportDutyIds, zf_import_duty_ids_clear)

/* Called with each row's values (aligned with the register's fields, owned
 * by the caller); FALSE stops. */
typedef gboolean (*ZfImportValuesFunc) (char *const *values,
                                        gpointer     user_data);
/* The case files of @body_id (0 any) and @year (0 any), and among @ids
 * (gint64; NULL any), in the import's own layout, ordered by body, year
 * and number: what a register export writes. FALSE when @func stopped
 * (without an error) or on a failure. */
gboolean    zf_store_import_foreach_case    (ZfStore                 *self,
                                             gint64                   body_id,
                                             int                      year,
                                             GArray                  *ids,
                                             ZfImportValuesFunc       func,
                                             gpointer                 user_data,
                                             GError                 **error);

/* Every body, whatever its status, in the import's own layout and in name
 * order: what the internal register of bodies writes. */
gboolean    zf_store_import_foreach_body    (ZfStore                 *self,
                                             ZfImportValuesFunc       func,
                                             gpointer                 user_data,
                                             GError                 **error);

gboolean    zf_store_save_import_mapping    (ZfStore                 *self,
                                             const char              *register_name,
                                             const char              *name,
                                             const char              *json,
                                             GError                 **error);
/* The saved mapping's JSON, or NULL with ZF_ERROR_NOT_FOUND. */
char       *zf_store_load_import_mapping    (ZfStore                 *self,
                                             const char              *register_name,
                                             const char              *name,
                                             GError                 **error);
/* Names of the saved mappings of a register, sorted. */
GPtrArray  *zf_store_list_import_mappings   (ZfStore                 *self,
                                             const char              *register_name,
                                             GError                 **error);
/* Field column → header text from a mapping's JSON, checked to be of
 * @register_name when it says. */
GHashTable *zf_store_parse_import_mapping   (ZfStore                 *self,
                                             const char              *register_name,
                                             const char              *json,
                                             GError                 **error);

void        zf_import_values_free           (char                   **values,
                                             guint                    n);

G_END_DECLS
